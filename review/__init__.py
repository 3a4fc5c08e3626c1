"""The reviewer queue: documents, flags as review items, decisions, comments and an immutable audit log.

This package holds the data layer and the queue workflow (models, migrations, queue); the web application and the
API build on it.
"""
