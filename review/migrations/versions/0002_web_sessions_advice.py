"""web sessions, 执行建议书 letters, 案由 and decision columns

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('review_documents') as batch:
        batch.add_column(sa.Column('cause', sa.Text(), nullable=True))
        batch.create_index('ix_review_documents_cause', ['cause'])
    with op.batch_alter_table('review_items') as batch:
        batch.add_column(sa.Column('reason', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('decided_by_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key('fk_review_items_decided_by', 'review_users', ['decided_by_id'], ['id'])
        batch.create_index('ix_review_items_decided_at', ['decided_at'])
    op.create_table('review_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['review_users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_index('ix_review_sessions_user_id', 'review_sessions', ['user_id'])
    op.create_table('review_advice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('item_ids', sa.JSON(), nullable=False),
    sa.Column('docx', sa.LargeBinary(), nullable=False),
    sa.Column('html', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['review_users.id'], ),
    sa.ForeignKeyConstraint(['document_id'], ['review_documents.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_review_advice_document_id', 'review_advice', ['document_id'])
    op.create_index('ix_review_advice_created_at', 'review_advice', ['created_at'])


def downgrade() -> None:
    op.drop_table('review_advice')
    op.drop_table('review_sessions')
    with op.batch_alter_table('review_items') as batch:
        batch.drop_index('ix_review_items_decided_at')
        batch.drop_constraint('fk_review_items_decided_by', type_='foreignkey')
        batch.drop_column('decided_at')
        batch.drop_column('decided_by_id')
        batch.drop_column('reason')
    with op.batch_alter_table('review_documents') as batch:
        batch.drop_index('ix_review_documents_cause')
        batch.drop_column('cause')
