"""Browser tests: a real portal process on loopback, driven in Debian's headless Chromium.

The server runs in its own process against its own SQLite file with the demo content, the way
a visitor meets it; Playwright only drives the system Chromium (no browser is ever downloaded).
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.demo_snapshot import copy_site

# Playwright's sync API keeps an asyncio loop running in this thread while a browser is open;
# Django would then refuse the ORM calls of fixtures set up later in the session (the test
# database itself, the static release of test_static_search) although nothing runs concurrently.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the portal server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the portal server did not answer at {url}")


@pytest.fixture(scope="session")
def portal_port():
    return _free_port()


@pytest.fixture(scope="session")
def portal_env(tmp_path_factory, demo_snapshot):
    """Environment of a throwaway portal: a copy of the run's demo snapshot (database, media and
    published site) and its static files. The site was published for the snapshot's public
    address (PUBLIC_BASE_URL, http://testserver): only canonical and hreflang links name it;
    `public_url()` maps them onto this portal."""
    if demo_snapshot.postgres:
        pytest.skip(
            "the browser portal is a SQLite file; run the browser tests without DATABASE_URL"
        )
    base = tmp_path_factory.mktemp("portal")
    shutil.copyfile(demo_snapshot.sqlite, base / "db.sqlite3")
    shutil.copytree(demo_snapshot.media, base / "media")
    copy_site(demo_snapshot.site, base / "site")
    return demo_snapshot.env(
        DATABASE_URL=f"sqlite:///{base / 'db.sqlite3'}",
        MEDIA_ROOT=str(base / "media"),
        PUBLISH_ROOT=str(base / "site"),
    )


@pytest.fixture(scope="session")
def public_url(portal_env, portal_url):
    """A function mapping an absolute URL of the published site onto the running portal."""
    base = portal_env["PUBLIC_BASE_URL"]
    return lambda url: portal_url + url[len(base) :] if url.startswith(base + "/") else url


@pytest.fixture(scope="session")
def portal_url(portal_env, portal_port):
    """Base URL of the running portal: the published site in front of the CMS, as in `make run`."""
    port = portal_port
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "runserver",
            "--noreload",
            "--insecure",
            f"127.0.0.1:{port}",
        ],
        env=portal_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/es/", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


# Prints "app_label.ModelName:lang" -> URL of the first live page of each model in each language.
_LIST_DEMO_PAGES = """
import json
from wagtail.models import Page
urls = {}
pages = Page.objects.live().public().filter(depth__gt=1).order_by("path").specific()
for page in pages.select_related("locale"):
    urls.setdefault(f"{page._meta.label}:{page.locale.language_code}", page.get_url())
print(json.dumps(urls))
"""


@pytest.fixture(scope="session")
def demo_pages(portal_env):
    """One live page per page model and language, read from the test portal's own database."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-v0", "-c", _LIST_DEMO_PAGES],
        env=portal_env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: `make test` installs Debian's chromium package"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class ConsoleLog:
    """Collects console errors and uncaught exceptions of one page."""

    def __init__(self, page):
        self.errors = []
        page.on(
            "console", lambda message: message.type == "error" and self.errors.append(message.text)
        )
        page.on("pageerror", lambda error: self.errors.append(str(error)))


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(locale="es-PE", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.console = ConsoleLog(page)
    yield page
    context.close()


@pytest.fixture
def new_page(chromium):
    """Factory: a page in a fresh context with the given options (viewport, zoom, media...)."""
    contexts = []

    def make(**options):
        options.setdefault("locale", "es-PE")
        context = chromium.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.console = ConsoleLog(page)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def _audit_pages(chromium):
    pages = {}
    yield chromium, pages
    for page in pages.values():
        page.context.close()


@pytest.fixture
def audit_page(_audit_pages):
    """Factory like `new_page`, for tests that only open pages and read them (the audits of
    every page type): one context per set of options for the whole session, since a new context
    costs Chromium about 0.3 CPU-s. Each call gives its page back at the options' viewport,
    without cookies or the console errors seen before."""
    chromium, pages = _audit_pages

    def get(**options):
        options.setdefault("locale", "es-PE")
        key = repr(sorted(options.items()))
        if key not in pages:
            pages[key] = chromium.new_context(**options).new_page()
            pages[key].console = ConsoleLog(pages[key])
        page = pages[key]
        page.context.clear_cookies()
        page.set_viewport_size(options.get("viewport", {"width": 1280, "height": 720}))
        page.console.errors.clear()
        return page

    return get


@pytest.fixture
def no_js_page(chromium):
    context = chromium.new_context(java_script_enabled=False, locale="es-PE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    def save(page, name, full_page=True):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return save


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Every test here is marked `browser`, and all go to one xdist worker (`--dist loadgroup`):
    they mostly wait for Chromium, so the other worker's tests use the CPU meanwhile, and one
    portal process and one Chromium serve them all instead of one per worker."""
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


def pytest_runtest_setup(item):
    """Fail loudly if pytest-xdist ignored the group (it did silently with pytest 9.2): the
    browser tests would then start a portal and a Chromium on every worker."""
    if getattr(item.config.option, "loadgroup", False) and not item.nodeid.endswith("@browser"):
        pytest.fail("pytest-xdist did not put this browser test in its group (--dist loadgroup)")
