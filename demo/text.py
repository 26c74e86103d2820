"""Bilingual (and sometimes quadrilingual) texts, and the translation memory built from them.

Every text of the demo is a `T`: Spanish first, then English, and for the home page and the four
lines of action also Quechua and Aymara. Creating a `T` registers it, so the translation step can
map each wagtail-localize source segment to its translation by exact Spanish text.

Rich text (anything starting with "<") is split the way wagtail-localize splits it: one segment
per block element (paragraph, list item, heading). Spanish and translated HTML must therefore have
the same block structure, which `memory()` checks.
"""

from functools import cache

from django.core.exceptions import ImproperlyConfigured
from wagtail_localize.strings import StringValue, extract_strings

LANGUAGES = ("es", "en", "qu", "ay")

_REGISTRY = []


class T:
    """A text in Spanish with its translations (`None` where a language is not provided)."""

    __slots__ = ("es", "en", "qu", "ay")

    def __init__(self, es, en, qu=None, ay=None):
        self.es, self.en, self.qu, self.ay = es, en, qu, ay
        _REGISTRY.append(self)

    def __repr__(self):
        return f"T({self.es[:40]!r})"

    def get(self, language):
        return getattr(self, language)

    @property
    def is_rich(self):
        return self.es.lstrip().startswith("<")


def same(text):
    """A text that is identical in every language: numbers, phone numbers, acronyms, names."""
    return T(text, text, text, text)


def _segments(html_or_text, rich):
    if rich:
        _template, strings = extract_strings(html_or_text)
        return [string.data for string, _attrs in strings]
    return [StringValue.from_plaintext(html_or_text).data]


@cache
def memory(language):
    """{Spanish segment: translated segment} for one target language, from every registered T."""
    result = {}
    for text in _REGISTRY:
        target = text.get(language)
        if target is None:
            continue
        source_segments = _segments(text.es, text.is_rich)
        target_segments = _segments(target, text.is_rich)
        if len(source_segments) != len(target_segments):
            raise ImproperlyConfigured(
                f"{language}: {len(target_segments)} segments for {len(source_segments)} "
                f"Spanish ones in {text!r}; keep the same paragraphs and list items."
            )
        for source, translated in zip(source_segments, target_segments, strict=True):
            if result.setdefault(source, translated) != translated:
                raise ImproperlyConfigured(
                    f"{language}: two different translations for {source!r}: "
                    f"{result[source]!r} and {translated!r}"
                )
    return result
