"""A plain `http.server` on loopback for a folder of published files (no Django involved)."""

import contextlib
import threading
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path


@contextlib.contextmanager
def serve_folder(directory, handler):
    """Serve `directory` with `handler` (a SimpleHTTPRequestHandler class); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def serve_release(portal_env, handler):
    """Serve the browser portal's published release (its `current`) with `handler`."""
    return serve_folder((Path(portal_env["PUBLISH_ROOT"]) / "current").resolve(), handler)
