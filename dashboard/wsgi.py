"""The app for a production WSGI server:

    .venv/bin/waitress-serve --host 0.0.0.0 --port 8050 dashboard.wsgi:server

BIEN_NIEN_DATA names the articles folder (default: data/articles/).
"""
import os

from .app import create_app

app = create_app(os.environ.get("BIEN_NIEN_DATA"))
server = app.server
