"""Prefect flows. Only this package imports Prefect; the logic they run lives in plain functions (zhixing.batch)."""
