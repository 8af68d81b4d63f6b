"""The app for a production WSGI server:

    .venv/bin/waitress-serve --host 0.0.0.0 --port 8050 dashboard.wsgi:server

The corpus store is BIEN_NIEN_DB (a SQLAlchemy URL; default var/bien-nien.sqlite); set
BIEN_NIEN_DATA to show a folder of articles instead.
"""
import os

from .app import create_app
from .store import Store

if os.environ.get("BIEN_NIEN_DATA"):
    app = create_app(os.environ["BIEN_NIEN_DATA"])
else:
    app = create_app(store=Store())
server = app.server
