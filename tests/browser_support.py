"""What the browser tests share: Chromium's flags for this machine, launching it, a server.
The `browser` fixture itself is in conftest.py."""
import re
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


def choose_option(page, dropdown: str, value: str) -> None:
    """Open a Dash dropdown, narrow it by its search box and pick the option starting with `value`.

    Why not click-then-type: the dropdown's code loads asynchronously and its popover opens a moment
    after the click, so keystrokes typed at once can land nowhere (a CI run lost them). Wait until
    the search box is there, retrying the click if the first one came too early, and fill it."""
    search = page.locator(".dash-dropdown-search").first
    for attempt in range(3):
        page.locator(f"#{dropdown}").click()
        try:
            search.wait_for(state="visible", timeout=5000)
            break
        except Exception:
            if attempt == 2:
                raise
    search.fill(value)
    page.locator(".dash-dropdown-option").filter(has_text=re.compile("^" + re.escape(value))).first.click()
    page.keyboard.press("Escape")
