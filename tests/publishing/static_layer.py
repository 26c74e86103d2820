"""Requests to the static layer of `make run` (publishing.serve.StaticSite), as a WSGI server
would make them, with a stand-in for the CMS behind it."""

import io
from wsgiref.util import setup_testing_defaults


class Cms:
    """Stands in for the CMS behind the layer and records what reached it."""

    def __init__(self, status="200 OK", body=b"from the CMS"):
        self.calls = []
        self.status, self.body = status, body

    def __call__(self, environ, start_response):
        self.calls.append((environ["REQUEST_METHOD"], environ["PATH_INFO"]))
        start_response(self.status, [("Content-Type", "text/plain")])
        return [self.body]


def request(app, path, method="GET", **headers):
    path, _, query = path.partition("?")
    environ = {
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "REQUEST_METHOD": method,
        "wsgi.input": io.BytesIO(b""),
    }
    environ.update({f"HTTP_{key.upper()}": value for key, value in headers.items()})
    setup_testing_defaults(environ)
    result = {}

    def start_response(status, response_headers, exc_info=None):
        result["status"] = int(status.split()[0])
        result["headers"] = dict(response_headers)

    body = b"".join(app(environ, start_response))
    return result["status"], result["headers"], body
