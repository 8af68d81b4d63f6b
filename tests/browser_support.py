"""What the browser tests share: Chromium's flags for this machine, launching it, a server.
The `browser` fixture itself is in conftest.py."""
import shutil
import threading

import pytest

CHROME_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-proxy-server"]


def require_chromium() -> None:
    pytest.importorskip("playwright")
    if shutil.which("chromium") is None:
        pytest.skip("scripts/test.sh installs Debian's chromium", allow_module_level=True)


def launch(playwright):
    return playwright.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=CHROME_FLAGS)


def serve(app):
    """Serve a Dash app on a free loopback port in a thread: (server, base URL)."""
    from werkzeug.serving import make_server
    srv = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_port}/"
