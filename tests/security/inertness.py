"""What in a document could run script: the check applied to whatever the portal publishes."""

import re
from html.parser import HTMLParser


class _Inertness(HTMLParser):
    """Collects everything in a document that could run script."""

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in self.URL_ATTRIBUTES and value:
                cleaned = re.sub(r"[\x00-\x20]", "", value).lower()
                if cleaned.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not dict(attrs).get("src", "").startswith("/static/"):
            self.problems.append("<script> that is not a static file")
        if tag in {"iframe", "object", "embed", "base"}:
            self.problems.append(f"<{tag}>")


def active_content(html):
    """What in `html` could execute: an empty list means the markup is inert."""
    parser = _Inertness()
    parser.feed(html)
    parser.close()
    return parser.problems
