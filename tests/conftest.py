import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "data" / "articles" / "lang-son-van-phong-tinh-uy-90-nam.txt"
SEED_GOLD = FIXTURES / "lang-son-van-phong-tinh-uy-90-nam.gold.json"
REF = dt.date(2020, 10, 16)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (browser tests only)."""
    from browser_support import launch
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()
