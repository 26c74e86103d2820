"""Result snippets: a short passage of the page with the matched words marked.

Everything is escaped; only the words whose analysed term matches the query are wrapped in <mark>.
"""

import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

from search.analysis import term, words
from search.index import searchable_text

SNIPPET_WORDS = 32
WORDS_BEFORE_MATCH = 8


def page_text(page):
    """The summary and body text of a page, in reading order (title excluded)."""
    parts = [page.search_description or "", getattr(page, "intro", "") or ""]
    for field in type(page).get_searchable_search_fields():
        if field.field_name not in ("title", "intro"):
            parts.append(searchable_text(index.BaseField.get_value(field, page)))
    return "\n".join(part for part in parts if part.strip())


def highlight(text, highlight_terms, language, length=SNIPPET_WORDS):
    """An escaped passage of `text` around the first match, matches wrapped in <mark>."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    found = words(text)
    if not found:
        return mark_safe("")
    matched = [
        position
        for position, (word, _span) in enumerate(found)
        if term(word, language) in highlight_terms
    ]
    start = max(0, matched[0] - WORDS_BEFORE_MATCH) if matched else 0
    end = min(len(found), start + length)
    matched = set(matched)
    cursor = found[start][1][0] if start else 0
    pieces = ["… "] if start > 0 else []
    for position in range(start, end):
        word_start, word_end = found[position][1]
        pieces.append(escape(text[cursor:word_start]))
        word = escape(text[word_start:word_end])
        pieces.append(f"<mark>{word}</mark>" if position in matched else word)
        cursor = word_end
    if end < len(found):
        pieces.append(" …")
    else:
        pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))
