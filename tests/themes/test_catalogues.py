"""Message catalogues: complete, not fuzzy, placeholders intact, and served by Django.

Needs no database: it reads locale/<lang>/LC_MESSAGES/django.po with polib.
"""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ["es", "en", "qu", "ay"]
NEEDS_REVIEW = ["qu", "ay"]
REVIEW_COMMENT = "Translators: needs native-speaker review"
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")

SKIP_LINK = {
    "es": "Saltar al contenido principal",
    "en": "Skip to main content",
    "qu": "Hatun willakuyman phinkiy",
    "ay": "Jach'a yatiyäwir thuqt'aña",
}


def po_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def load(language):
    return polib.pofile(str(po_path(language)))


def entries(language):
    return [entry for entry in load(language) if not entry.obsolete]


def translations(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def names(text):
    return sorted(set(PLACEHOLDER.findall(text)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(language):
    catalogue = load(language)
    assert len(entries(language)) > 0
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    assert catalogue.percent_translated() == 100, untranslated
    assert catalogue.fuzzy_entries() == []
    assert not catalogue.metadata_is_fuzzy


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_headers(language):
    metadata = load(language).metadata
    assert metadata["Language"] == language
    assert metadata["Plural-Forms"] == PLURAL_FORMS
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_entry_has_both_forms(language):
    for entry in entries(language):
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1], entry.msgid
            assert all(translations(entry)), entry.msgid


@pytest.mark.parametrize("language", NEEDS_REVIEW)
def test_quechua_and_aymara_entries_are_marked_for_native_review(language):
    unmarked = [e.msgid for e in entries(language) if REVIEW_COMMENT not in (e.tcomment or "")]
    assert unmarked == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language):
    for entry in entries(language):
        if "python-format" not in entry.flags:
            continue
        expected = names(entry.msgid)
        if entry.msgid_plural:
            assert names(entry.msgid_plural) == expected, entry.msgid
        for text in translations(entry):
            assert names(text) == expected, (entry.msgid, text)


def test_english_catalogue_repeats_the_source():
    for entry in entries("en"):
        if entry.msgid_plural:
            assert translations(entry) == [entry.msgid, entry.msgid_plural]
        else:
            assert entry.msgstr == entry.msgid


def test_all_catalogues_hold_the_same_msgids():
    reference = {(e.msgid, e.msgid_plural) for e in entries("es")}
    for language in LANGUAGES[1:]:
        assert {(e.msgid, e.msgid_plural) for e in entries(language)} == reference, language


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext (msgfmt) is not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_compiles_with_msgfmt(language, tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "django.mo"), str(po_path(language))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def compiled_locale(tmp_path):
    """The .po files compiled afresh, so a stale or missing .mo cannot hide a problem."""
    for language in LANGUAGES:
        target = tmp_path / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        load(language).save_as_mofile(str(target / "django.mo"))
    return tmp_path


@pytest.mark.parametrize("language", LANGUAGES)
def test_django_serves_the_translation(language, compiled_locale, settings):
    from django.utils import translation

    settings.LOCALE_PATHS = [compiled_locale]
    with translation.override(language):
        assert translation.gettext("Skip to main content") == SKIP_LINK[language]
        line = translation.gettext("Line %(number)s") % {"number": 3}
        assert "3" in line
        counted = translation.ngettext("%(counter)s norm", "%(counter)s norms", 2) % {"counter": 2}
        assert counted.startswith("2 ")
