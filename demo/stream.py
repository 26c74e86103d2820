"""StreamField values from YAML (see content/blocks.py for the blocks).

A StreamField is a list of one-key mappings, the key being the block's name:

    - heading: {es: …, en: …}
    - paragraph: {es: <p>…</p>, en: <p>…</p>}
    - notice: {kind: warning, title: …, text: <p>…</p>}    # kind: info (default), warning, tip
    - steps: {heading: …, steps: [{title: …, text: <p>…</p>}]}
    - links: {heading: …, links: [{title: …, page: noticias, url: …, description: …}]}
    - contact: {name: …, address: …, phone: …, hours: …, email: …, url: …, emergency: true}
    - source: {title: …, url: …}
    - item: {title: …, page: eventos}    # an entry of the home page's complementary panel
    - voice_form:                         # the "La voz del migrante" form, no value
    - office_finder:                      # "Encuentra tu Centro de Empleo", no value
    - sign: {sign: …, explanation: <p>…</p>}  # a warning sign ("¿Es segura esta oferta?")
    - dataset_chart: {title: …, kind: bars, csv: "Región,…", source: …, date: 2024-12-31}
    - contest: {title: …, opens: {days_ago: 30}, closes: {in_days: 45}, description: <p>…</p>,
                rules: [{title: …, text: <p>…</p>}]}   # only on the contests-and-videos page

Texts become their Spanish values; `page` is a path of Spanish slugs below the Spanish home page,
kept as a `Ref` that `tree.py` resolves once the page exists.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from wagtail.rich_text import RichText

from .text import text


@dataclass(frozen=True)
class Ref:
    """An internal link: a path of Spanish slugs below the Spanish home page, e.g. "noticias"."""

    path: str


def day(value):
    """A date written as such, or `{days_ago: n}` / `{in_days: n}` from today."""
    if isinstance(value, date):
        return value
    return date.today() + timedelta(days=value.get("in_days", 0) - value.get("days_ago", 0))


def spanish(value):
    """The Spanish value of an optional YAML text ("" when missing)."""
    return "" if value is None else text(value).es


def rich(value):
    return RichText(text(value).es)


def link(value):
    page = value.get("page")
    return {
        "title": spanish(value["title"]),
        "url": value.get("url", ""),
        "page": Ref(page) if page else None,
        "description": spanish(value.get("description")),
    }


BLOCKS = {
    "heading": spanish,
    "paragraph": rich,
    "notice": lambda value: {
        "kind": value.get("kind", "info"),
        "title": spanish(value.get("title")),
        "text": rich(value["text"]),
    },
    "steps": lambda value: {
        "heading": spanish(value.get("heading")),
        "steps": [{"title": spanish(s["title"]), "text": rich(s["text"])} for s in value["steps"]],
    },
    "links": lambda value: {
        "heading": spanish(value.get("heading")),
        "links": [link(item) for item in value["links"]],
    },
    "contact": lambda value: {
        "name": spanish(value["name"]),
        "address": spanish(value.get("address")),
        "phone": spanish(value.get("phone")),
        "hours": spanish(value.get("hours")),
        "email": value.get("email", ""),
        "url": value.get("url", ""),
        "emergency": value.get("emergency", False),
    },
    "source": lambda value: {"title": spanish(value["title"]), "url": value.get("url", "")},
    "item": link,
    "voice_form": lambda value: None,
    "office_finder": lambda value: None,
    "sign": lambda value: {
        "sign": spanish(value["sign"]),
        "explanation": rich(value["explanation"]) if value.get("explanation") else RichText(""),
    },
    "dataset_chart": lambda value: {
        "title": spanish(value["title"]),
        "document": None,
        "csv": spanish(value["csv"]),
        "kind": value.get("kind", "bars"),
        "source": spanish(value["source"]),
        "date": day(value["date"]),  # YAML reads 2024-12-31 as a date
    },
    "contest": lambda value: {
        "title": spanish(value["title"]),
        "opens": day(value["opens"]),
        "closes": day(value["closes"]),
        "description": rich(value["description"]),
        "rules": [
            {"title": spanish(s["title"]), "text": rich(s["text"])} for s in value.get("rules", [])
        ],
    },
}


def stream(items):
    """[(block name, value)] for a StreamField, from the YAML list of one-key mappings."""
    blocks = []
    for item in items:
        [(name, value)] = item.items()
        blocks.append((name, BLOCKS[name](value)))
    return blocks
