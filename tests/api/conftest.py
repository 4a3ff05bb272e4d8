"""The API tests' apps and store (tests/support/web_app.py)."""

from web_app import client, exposed, token, web_store, web_store_template

__all__ = ["client", "exposed", "token", "web_store", "web_store_template"]
