"""The review web application (FastAPI, server-rendered Jinja2 pages in Chinese) and the case-system REST API."""
