"""The national brand setting: the only source of logos, colours and footer."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from content.models import CountryGuidePage, EventPage, HomePage
from network.models import OfficePage
from themes.brand import CONTRAST_RULES, PALETTE, BrandSettings
from themes.palette import contrast_ratio

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [
    ROOT / app / "templates"
    for app in ("content", "network", "inbox", "monitoring", "themes", "search")
]
STYLESHEETS = sorted((ROOT / "themes" / "static").rglob("*.css"))

HEX_COLOUR = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
FUNCTION_COLOUR = re.compile(r"\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(", re.I)
STATIC_TAG = re.compile(r"""{%\s*static\s+['"]([^'"]+)['"]""")
IMAGE_PATH = re.compile(r"\.(?:svg|png|jpe?g|gif|webp|ico)\b", re.I)
# Named colours are colours too; `transparent`, `currentColor` and `inherit` are not brand colours.
NAMED_COLOUR = re.compile(
    r":\s*(?:[^;{}]*\s)?(?:white|black|red|blue|navy|green|yellow|gold|maroon|crimson|gray|grey)\b",
    re.I,
)


def templates():
    files = [path for folder in TEMPLATE_DIRS for path in folder.rglob("*.html")]
    assert len(files) > 40
    return files


def pages():
    """Three page types: the home page, a country guide and a regional office."""
    return [
        HomePage.objects.get(locale__language_code="es"),
        CountryGuidePage.objects.filter(locale__language_code="es").first(),
        OfficePage.objects.filter(locale__language_code="es").first(),
    ]


def stylesheet_of(html):
    match = re.search(r'<link rel="stylesheet" href="(/brand\.css\?v=[0-9a-f]{12})">', html)
    assert match, "the page does not load the brand stylesheet"
    return match.group(1)


# -- no template or stylesheet carries its own colours or logos -------------------------------


def test_no_template_has_a_colour_a_style_or_a_logo_path():
    for path in templates():
        text = path.read_text()
        without_anchors = re.sub(r'href="#[^"]*"', "", text)
        name = path.relative_to(ROOT)
        assert not HEX_COLOUR.search(without_anchors), name
        assert not FUNCTION_COLOUR.search(text), name
        assert not IMAGE_PATH.search(text), name
        assert "style=" not in text and "<style" not in text, name
        for asset in STATIC_TAG.findall(text):  # static files are stylesheets and scripts only
            assert asset.endswith((".css", ".js")), (name, asset)


def test_stylesheets_take_every_colour_from_the_brand():
    assert {path.name for path in STYLESHEETS} >= {"portal.css"}
    for path in STYLESHEETS:
        css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
        assert not HEX_COLOUR.search(css), path.name
        assert not FUNCTION_COLOUR.search(css), path.name
        assert not NAMED_COLOUR.search(css), path.name
        assert not IMAGE_PATH.search(css), path.name
    used = set(
        re.findall(r"var\((--[\w-]+)\)", (ROOT / "themes/static/themes/css/portal.css").read_text())
    )
    brand_properties = {prop for prop, _field in PALETTE}
    assert used - {"--radius", "--measure"} <= brand_properties


def test_no_logo_or_image_file_is_served_as_a_static_asset():
    images = [p for p in (ROOT / "themes" / "static").rglob("*") if IMAGE_PATH.search(p.name)]
    assert images == []


# -- the palette reaches every page through /brand.css ----------------------------------------


@pytest.mark.django_db
def test_changing_the_palette_changes_every_pages_colours():
    client = Client()
    before = {page.url: stylesheet_of(client.get(page.url).content.decode()) for page in pages()}
    assert len(set(before.values())) == 1  # one brand for every page type
    old_css = client.get(next(iter(before.values()))).content.decode()
    assert "--brand-primary: #b3121f;" in old_css

    brand = BrandSettings.load()
    brand.colour_primary = "#0b5c73"
    brand.colour_secondary = "#2b2d42"
    brand.full_clean()
    brand.save()

    for page in pages():
        url = stylesheet_of(client.get(page.url).content.decode())
        assert url != before[page.url], page.url
        css = client.get(url).content.decode()
        assert "--brand-primary: #0b5c73;" in css and "--brand-secondary: #2b2d42;" in css
        assert "#b3121f" not in css


@pytest.mark.django_db
def test_brand_stylesheet_is_cacheable_only_under_its_current_hash():
    client = Client()
    url = stylesheet_of(client.get("/es/").content.decode())
    current = client.get(url)
    assert current.status_code == 200
    assert current["Content-Type"] == "text/css; charset=utf-8"
    assert (
        "immutable" in current["Cache-Control"] and "max-age=31536000" in current["Cache-Control"]
    )
    stale = client.get("/brand.css?v=000000000000")
    assert "max-age=0" in stale["Cache-Control"] and "immutable" not in stale["Cache-Control"]
    assert stale.content == current.content
    assert client.post(url).status_code == 405
    assert client.get("/es/brand.css").status_code == 404  # outside the language prefix only


@pytest.mark.django_db
def test_every_page_shows_the_brand_logos_from_the_setting():
    brand = BrandSettings.load()
    client = Client()
    for page in pages():
        html = client.get(page.url).content.decode()
        for name in ("senep", "infomigra", "mtpe"):
            image = getattr(brand, f"{name}_logo")
            alt = getattr(brand, f"{name}_logo_alt")
            assert f'class="logo logo--{name}" src="/media/images/' in html, (page.url, name)
            assert f'alt="{alt}"' in html
            assert image.file.name.rsplit("/", 1)[-1].split(".")[0] in html
        assert brand.footer_text_es in html
        assert brand.mailbox_email in html


@pytest.mark.django_db
def test_logos_fall_back_to_their_names_and_footer_follows_the_language():
    brand = BrandSettings.load()
    brand.senep_logo = None
    brand.footer_text_en = "Footer written by the DGSENEP image team."
    brand.facebook_url = "https://www.facebook.com/ejemplo"
    brand.save()
    client = Client()
    spanish = client.get("/es/").content.decode()
    assert (
        '<span class="logo logo--senep logo--text">Servicio Nacional del Empleo</span>' in spanish
    )
    assert brand.footer_text_es in spanish
    assert 'href="https://www.facebook.com/ejemplo"' in spanish
    english = client.get("/en/").content.decode()
    assert "Footer written by the DGSENEP image team." in english
    assert 'lang="es">Servicio Nacional del Empleo</span>' in english


# -- the palette itself -----------------------------------------------------------------------


def test_default_palette_meets_wcag_aa():
    brand = BrandSettings()
    for foreground, background, minimum in CONTRAST_RULES:
        ratio = contrast_ratio(getattr(brand, foreground), getattr(brand, background))
        assert ratio >= minimum, (foreground, background, ratio)
    brand.clean()


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_a_low_contrast_palette_is_refused_with_a_reason():
    brand = BrandSettings(colour_primary="#ff9999")
    with pytest.raises(ValidationError) as error:
        brand.clean()
    assert "colour_primary" in error.value.message_dict
    assert "WCAG" in error.value.message_dict["colour_primary"][0]


def test_malformed_colours_are_refused():
    brand = BrandSettings(colour_primary="red; } body { display:none")
    with pytest.raises(ValidationError) as error:
        brand.clean_fields()
    assert "colour_primary" in error.value.message_dict


@pytest.mark.django_db
def test_events_and_guides_print_with_brand_and_crest():
    """The print rules (portal.css, `@media print`) keep the co-branding visible on paper."""
    portal_css = (ROOT / "themes/static/themes/css/portal.css").read_text()
    print_css = portal_css[portal_css.index("@media print {") :]
    hidden = re.search(r"^(.*)\{\s*display:\s*none", print_css, re.M).group(1)
    for selector in (".cobrand", ".crest", ".brand", ".logo", ".site-header"):
        assert selector not in hidden
    assert re.search(r"\.cobrand[^{]*\{[^}]*display:\s*flex\s*!important", print_css)
    client = Client()
    for page in [
        EventPage.objects.get(slug="feria-laboral-juliaca"),
        CountryGuidePage.objects.filter(locale__language_code="es").first(),
    ]:
        html = client.get(page.url).content.decode()
        assert 'href="/static/themes/css/portal.css"' in html
        assert 'class="logo logo--senep"' in html


def test_no_page_block_or_snippet_field_sets_colours_or_logos():
    """Editors choose content, never the brand: no field or block is about colours or logos."""
    from django.apps import apps
    from wagtail.fields import StreamField

    forbidden = re.compile(r"colou?r|logo|palette|brand", re.I)

    def block_names(block):
        for name, child in getattr(block, "child_blocks", {}).items():
            yield name
            yield from block_names(child)
        if getattr(block, "child_block", None) is not None:
            yield from block_names(block.child_block)

    checked = 0
    for model in [
        *apps.get_app_config("content").get_models(),
        *apps.get_app_config("network").get_models(),
    ]:
        for field in model._meta.get_fields():
            checked += 1
            assert not forbidden.search(field.name), (model.__name__, field.name)
            if isinstance(field, StreamField):
                for name in block_names(field.stream_block):
                    assert not forbidden.search(name), (model.__name__, field.name, name)
    assert checked > 100
