"""Page weight and Lighthouse scores of the pages a migrant opens first, in real Chromium.

    python benchmarks/page_weight.py                       # a throwaway published demo portal
    python benchmarks/page_weight.py --base-url https://…  # any running server

For each page (home, a line of action, a country guide, a legislation item, search) it opens
the page in Debian's Chromium with an empty cache and records, from the DevTools protocol, every
request and the bytes that crossed the wire (`Network.loadingFinished.encodedDataLength`:
compressed body plus headers), per resource type. Text answers sent without compression are
flagged and their Brotli size is shown beside (what a compressing static host would send).
Then it runs Lighthouse 12 (mobile defaults: Moto G Power emulation, simulated slow 4G) on the
same URL and prints performance, accessibility, best-practices and SEO scores.

The default mode builds the demo portal in a temporary folder, publishes it (`manage.py
publish`) and serves it as `make run` does: the CMS answers public URLs from the published
release, with the precompressed `.br`/`.gz` files beside each file, and static files hashed and
precompressed by WhiteNoise. The search row is the CMS's dynamic search (a query string always
goes to the CMS). Lighthouse is installed from `benchmarks/package-lock.json` on first use
(`npm ci`, no browser download); `--no-lighthouse` skips it.
"""

import argparse
import base64
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import brotli

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
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
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
LIGHTHOUSE_CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}

# Demo content paths (demo/); the published site keeps the same paths.
PAGES = {
    "home": "/es/",
    "line of action": "/es/vas-a-trabajar-en-el-extranjero/",
    "country guide": "/es/guias-por-pais/trabajar-en-espana/",
    "legislation item": "/es/legislacion/ley-29381/",
    "search": "/es/search/?q=trabajo",
}
# Budget of the issue: home and guide pages within 60 KB and 8 requests on first load.
BUDGET = {"home": (60 * 1024, 8), "country guide": (60 * 1024, 8)}
TYPES = {
    "Document": "HTML",
    "Stylesheet": "CSS",
    "Script": "JS",
    "Font": "fonts",
    "Image": "images",
}
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, process=None, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered at {url}")


# -- what to measure --------------------------------------------------------------------------


@contextlib.contextmanager
def demo_portal():
    """The demo content in a throwaway portal, published and served as `make run` serves it."""
    with tempfile.TemporaryDirectory(prefix="infomigra-bench-") as base:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{base}/db.sqlite3",
            "MEDIA_ROOT": f"{base}/media",
            "STATIC_ROOT": f"{base}/static",
            "PUBLISH_ROOT": f"{base}/site",
            "PUBLIC_BASE_URL": url,  # the published pages' absolute links
            "LOG_LEVEL": "WARNING",
        }
        manage = [sys.executable, str(ROOT / "manage.py")]
        print("Building the demo portal (migrate, load_demo, search index, publish)…")
        for command in (
            ["migrate", "--no-input", "-v0"],
            ["load_demo", "-v0"],
            ["db_worker", "--batch", "--no-startup-delay", "-v0"],  # search and reference index
            ["collectstatic", "--no-input", "-v0"],
            ["publish", "-v0"],
        ):
            subprocess.run(
                manage + command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL
            )
        process = subprocess.Popen(
            manage + ["runserver", "--noreload", "--nostatic", f"127.0.0.1:{port}"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_up(url + "/es/", process)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


# -- page weight ------------------------------------------------------------------------------


def measure(browser, url):
    """Requests and wire bytes of a first visit to `url`, grouped by resource type."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="es-PE")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    requests = {}

    def new_entry(url, kind="Other"):
        return {"url": url, "type": kind, "bytes": 0, "status": None, "encoding": "", "mime": ""}

    def on_request(event):
        requests[event["requestId"]] = new_entry(
            event["request"]["url"], event.get("type", "Other")
        )

    def on_response(event):
        entry = requests.setdefault(event["requestId"], new_entry(event["response"]["url"]))
        headers = {key.lower(): value for key, value in event["response"]["headers"].items()}
        entry.update(
            type=event.get("type", entry.get("type", "Other")),
            status=event["response"]["status"],
            encoding=headers.get("content-encoding", ""),
            mime=event["response"]["mimeType"],
        )

    def on_finished(event):
        if event["requestId"] in requests:
            requests[event["requestId"]]["bytes"] = event["encodedDataLength"]

    def on_failed(event):
        if event["requestId"] in requests:
            requests[event["requestId"]]["status"] = f"failed: {event.get('errorText')}"

    cdp.on("Network.requestWillBeSent", on_request)
    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    cdp.on("Network.loadingFailed", on_failed)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    response = page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    # Text sent without compression: how much Brotli (quality 11, as precompressed) would save.
    saving = {}
    for request_id, entry in requests.items():
        if entry["mime"].startswith(COMPRESSIBLE) and not entry["encoding"]:
            body = cdp.send("Network.getResponseBody", {"requestId": request_id})
            data = (
                base64.b64decode(body["body"]) if body["base64Encoded"] else body["body"].encode()
            )
            saving[request_id] = len(data) - len(brotli.compress(data, quality=11))
    context.close()

    by_type = {label: 0 for label in [*TYPES.values(), "other"]}
    for entry in requests.values():
        by_type[TYPES.get(entry["type"], "other")] += entry["bytes"]
    wire = sum(entry["bytes"] for entry in requests.values())
    return {
        "status": response.status if response else None,
        "requests": len(requests),
        "bytes": wire,
        "brotli_bytes": wire - sum(saving.values()),
        "by_type": by_type,
        "uncompressed": [requests[request_id]["url"] for request_id in saving],
        "failed": [
            f"{entry['url']}: {entry['status']}"
            for entry in requests.values()
            if not isinstance(entry["status"], int) or entry["status"] >= 400
        ],
    }


# -- Lighthouse -------------------------------------------------------------------------------


def ensure_lighthouse():
    """Install Lighthouse 12 from the lock file on first use (npm ci; no browser download)."""
    if LIGHTHOUSE.exists():
        return
    if shutil.which("npm") is None:
        sys.exit("npm is needed for Lighthouse (Debian: apt-get install nodejs npm)")
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1", "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1"}
    subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE, env=env, check=True
    )


def lighthouse(url, attempts=3):
    """Category scores (0-100) and the scored audits that fell short, mobile defaults.

    Lighthouse sometimes fails to drive a freshly started Chromium on a busy machine: it is
    retried, and its own error is shown if it never succeeds."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={LIGHTHOUSE_CHROME_FLAGS}",
    ]
    for attempt in range(1, attempts + 1):
        with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
            report = Path(folder) / "report.json"
            run = subprocess.run(
                [*command, f"--output-path={report}"],
                env={**os.environ, "CHROME_PATH": CHROMIUM},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            if run.returncode == 0:
                result = json.loads(report.read_text())
                break
        if attempt == attempts:
            sys.exit(f"Lighthouse failed {attempts} times on {url}:\n{run.stderr[-2000:]}")
        print(f"Lighthouse failed on {url}; trying again", file=sys.stderr)
    scores = {key: round(result["categories"][key]["score"] * 100) for key in CATEGORIES}
    short = []
    for key in CATEGORIES:
        for ref in result["categories"][key]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                short.append(f"{key}: {audit['title']} {audit.get('displayValue', '')}".strip())
    return scores, short


# -- report -----------------------------------------------------------------------------------


def kb(value):
    return f"{value / 1024:.1f}"


def verdict(name, result):
    if name not in BUDGET:
        return "–"
    limit_bytes, limit_requests = BUDGET[name]
    within = result["bytes"] <= limit_bytes and result["requests"] <= limit_requests
    return "within" if within else "**over**"


def table(results, scores):
    header = (
        "| page | HTML | CSS | JS | fonts | images | other | total KB | total KB, text as br "
        "| requests | budget (60 KB, 8 req.) | perf. | a11y | best pr. | SEO |"
    )
    lines = [header, "|" + "---|" * (header.count("|") - 1)]
    for name, result in results.items():
        by_type = result["by_type"]
        score = scores.get(name, {})
        lines.append(
            f"| {name} | "
            + " | ".join(kb(by_type[label]) for label in [*TYPES.values(), "other"])
            + f" | {kb(result['bytes'])} | {kb(result['brotli_bytes'])} | {result['requests']}"
            + f" | {verdict(name, result)} | "
            + " | ".join(str(score.get(key, "–")) for key in CATEGORIES)
            + " |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="measure a running server, e.g. http://127.0.0.1:8000")
    parser.add_argument(
        "--page",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="measure PATH as NAME (repeatable; replaces the default pages)",
    )
    parser.add_argument("--no-lighthouse", action="store_true", help="page weight only")
    args = parser.parse_args()
    pages = dict(item.split("=", 1) for item in args.page) or PAGES

    if args.base_url:
        server = contextlib.nullcontext(args.base_url.rstrip("/"))
    else:
        server = demo_portal()
    if not args.no_lighthouse:
        ensure_lighthouse()

    from playwright.sync_api import sync_playwright

    results, scores, notes = {}, {}, []
    with server as base_url, sync_playwright() as playwright:
        wait_until_up(base_url + next(iter(pages.values())))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in pages.items():
            results[name] = result = measure(browser, base_url + path)
            if result["status"] != 200:
                notes.append(f"{name}: {path} answered {result['status']}")
            notes += [f"{name}: failed request {item}" for item in result["failed"]]
            notes += [f"{name}: sent uncompressed: {item}" for item in result["uncompressed"]]
        browser.close()
        if not args.no_lighthouse:
            for name, path in pages.items():
                print(f"Lighthouse: {name}…", file=sys.stderr)
                scores[name], short = lighthouse(base_url + path)
                notes += [f"{name}: Lighthouse {item}" for item in short]
                notes += [
                    f"{name}: {key} {value} is below the target {TARGETS[key]}"
                    for key, value in scores[name].items()
                    if value < TARGETS[key]
                ]

    print()
    print(table(results, scores))
    print()
    print("Bytes are as transferred (compressed bodies plus headers), first visit, empty cache.")
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
