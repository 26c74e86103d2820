"""Helpers that turn `T` texts into StreamField block values (see content/blocks.py).

They return Spanish values; `Ref` placeholders for internal links are resolved by `tree.py` once
the page they point to exists.
"""

from dataclasses import dataclass

from wagtail.rich_text import RichText


@dataclass(frozen=True)
class Ref:
    """An internal link: a path of Spanish slugs below the Spanish home page, e.g. "noticias"."""

    path: str


def heading(text):
    return ("heading", text.es)


def para(text):
    return ("paragraph", RichText(text.es))


def notice(text, title=None, kind="info"):
    return ("notice", {"kind": kind, "title": title.es if title else "", "text": RichText(text.es)})


def steps(title, items):
    """`items`: [(step title, rich text)]."""
    return (
        "steps",
        {
            "heading": title.es if title else "",
            "steps": [{"title": name.es, "text": RichText(text.es)} for name, text in items],
        },
    )


def link(title, url="", page=None, description=None):
    return {
        "title": title.es,
        "url": url,
        "page": page,
        "description": description.es if description else "",
    }


def links(title, items):
    return ("links", {"heading": title.es if title else "", "links": items})


def contact_value(name, phone=None, email="", url="", address=None, emergency=False):
    return {
        "name": name.es,
        "address": address.es if address else "",
        "phone": phone.es if phone else "",
        "email": email,
        "url": url,
        "emergency": emergency,
    }


def contact(name, **kwargs):
    return ("contact", contact_value(name, **kwargs))


def source(title, url=""):
    return ("source", {"title": title.es, "url": url})


def panel_item(title, url="", page=None):
    return ("item", link(title, url=url, page=page))


def voice_form():
    """The "La voz del migrante" form block (it has no text of its own)."""
    return ("voice_form", None)
