"""The web UI: server-rendered pages over `storyline.query`, with charts drawn by plotly.js.

Pages are Jinja2 templates (autoescaped: article text is always shown as text);
every script is a static file, chart data travels in JSON blocks, and plotly.js
and the API docs' swagger-ui are served from their Python packages, so nothing
is fetched from elsewhere.
"""

from storyline.web.pages import router

__all__ = ["router"]
