"""A plain `http.server` on loopback for a folder of published files (no Django involved)."""

import contextlib
import threading
from functools import partial
from http.server import ThreadingHTTPServer


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
