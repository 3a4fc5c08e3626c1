"""the audit log is append-only: the database itself refuses UPDATE and DELETE on review_audit

Revision ID: 0003
Revises: 0002
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MESSAGE = "review_audit is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION review_audit_append_only() RETURNS trigger AS $$
            BEGIN RAISE EXCEPTION '{MESSAGE}'; END; $$ LANGUAGE plpgsql""")
        op.execute("""CREATE TRIGGER review_audit_append_only BEFORE UPDATE OR DELETE ON review_audit
                      FOR EACH ROW EXECUTE FUNCTION review_audit_append_only()""")
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"""CREATE TRIGGER review_audit_no_{event.lower()} BEFORE {event} ON review_audit
                           BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER review_audit_append_only ON review_audit")
        op.execute("DROP FUNCTION review_audit_append_only()")
    else:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER review_audit_no_{event}")
