"""Multilingual texts, and the translation memory built from them.

Every text of the demo is a `T`: Spanish, English, and for the home page, the four lines of action
and the contact page also Quechua and Aymara. In the YAML files (demo/data/) a text is a mapping
of languages (`{es: …, en: …}`) or, when it is the same in every language (numbers, phones,
acronyms, names), one plain string. Creating a `T` registers it, so the translation step can map
each wagtail-localize source segment to its translation by exact Spanish text.

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


def text(value):
    """The `T` of a YAML text: a mapping of languages, or one value for every language."""
    if isinstance(value, T):
        return value
    if isinstance(value, dict):
        if not {"es", "en"} <= value.keys() <= set(LANGUAGES):
            raise ImproperlyConfigured(
                f"A text needs es and en, and no other than {LANGUAGES}: {value}"
            )
        return T(**value)
    return same(str(value))


def _segments(html_or_text, rich):
    if rich:
        _template, strings = extract_strings(html_or_text)
        return [string.data for string, _attrs in strings]
    return [StringValue.from_plaintext(html_or_text).data]


def memory(language):
    """{Spanish segment: translated segment} for one target language, from every registered T."""
    return _memory(language, len(_REGISTRY))


@cache
def _memory(language, size):
    """`memory()`, computed again whenever texts were added since (e.g. the demo was read)."""
    result = {}
    for item in _REGISTRY[:size]:
        target = item.get(language)
        if target is None:
            continue
        source_segments = _segments(item.es, item.is_rich)
        target_segments = _segments(target, item.is_rich)
        if len(source_segments) != len(target_segments):
            raise ImproperlyConfigured(
                f"{language}: {len(target_segments)} segments for {len(source_segments)} "
                f"Spanish ones in {item!r}; keep the same paragraphs and list items."
            )
        for source, translated in zip(source_segments, target_segments, strict=True):
            if result.setdefault(source, translated) != translated:
                raise ImproperlyConfigured(
                    f"{language}: two different translations for {source!r}: "
                    f"{result[source]!r} and {translated!r}"
                )
    return result
