"""Which pages the accessibility suite opens: one per page type, in Spanish and in Quechua.

To put a new page type under the suite add one line to PAGE_TYPES: either the Wagtail model
(the test portal's database gives a live demo page of it in each language) or a fixed path
under the language prefix for views that are not Wagtail pages. `test_every_page_model_is_covered`
fails when a page model of the project is missing here.
"""

from dataclasses import dataclass

# The source language and the least-translated one (only the home page and the four lines
# exist in Quechua: for other page types a Quechua visitor meets the Spanish page).
LANGUAGES = ("es", "qu")
PROJECT_APPS = ("content", "network", "themes", "search", "agencies")


@dataclass(frozen=True)
class PageType:
    name: str
    model: str = ""  # "app_label.ModelName": a live demo page of this model
    path: str = ""  # or a path under /<lang>/ (a view that is not a page), or "/<lang>/..."
    # (one given page, the same for every visitor)
    status: int = 200


PAGE_TYPES = [
    PageType("home", model="content.HomePage"),
    PageType("line of action", model="content.LineOfActionPage"),
    PageType("topic", model="content.TopicPage"),
    PageType("country guide index", model="content.CountryGuideIndexPage"),
    PageType("country guide", model="content.CountryGuidePage"),
    PageType("legislation index", model="content.LegislationIndexPage"),
    PageType("legislation item", model="content.LegislationPage"),
    PageType("news index", model="content.NewsIndexPage"),
    PageType("news item", model="content.NewsPage"),
    PageType("event index", model="content.EventIndexPage"),
    PageType("event", model="content.EventPage"),
    PageType("study index", model="content.StudyIndexPage"),
    PageType("study", model="content.StudyPage"),
    PageType("links of interest", model="content.LinksPage"),
    PageType("contests and videos", model="content.ContestsVideosPage"),
    PageType("video", model="content.VideoPage"),
    PageType("standard page", model="content.StandardPage"),
    PageType("contact page", model="content.ContactPage"),
    PageType("SENEP network", model="network.SenepNetworkPage"),
    PageType("region", model="network.RegionPage"),
    PageType("office", model="network.OfficePage"),
    PageType("office finder", model="network.OfficeFinderPage"),
    PageType("offer check (agency look-up)", model="agencies.OfferCheckPage"),
    PageType("office finder, filtered", path="/es/red-senep/encuentra-una-oficina/region/01/"),
    PageType(
        "topic with the migrant's voice form",
        path="/es/trabajas-en-el-extranjero/la-voz-del-migrante/",
    ),
    PageType(
        "topic with charts and tables of figures",
        path="/es/vas-a-retornar-al-peru/indicadores-del-mercado-laboral/",
    ),
    PageType(
        "topic with charts and tables of figures, in Quechua",
        path="/qu/peruman-kutimuy/llamkay-mercadopa-yupaykunan/",
    ),
    PageType("search results", path="search/?q=Infomigra"),
    PageType("search without query", path="search/"),
    PageType("page not found", path="esta-pagina-no-existe/", status=404),
]

BY_NAME = {page_type.name: page_type for page_type in PAGE_TYPES}


@dataclass(frozen=True)
class Sample:
    """The page a visitor of `language` meets for a page type, and the language it is in."""

    url: str
    language: str
    content_language: str
    status: int


def sample(page_type, language, demo_pages):
    """Where a visitor in `language` meets `page_type`.

    `demo_pages` maps "app_label.ModelName:lang" to the URL of a live page (the `demo_pages`
    fixture). A page type with no page in `language` falls back to the Spanish page: that is
    what the visitor reaches from the links of their language's home page, and it must say
    lang="es".
    """
    if page_type.path.startswith("/"):
        return Sample(page_type.path, language, page_type.path.split("/")[1], page_type.status)
    if page_type.path:
        return Sample(f"/{language}/{page_type.path}", language, language, page_type.status)
    url = demo_pages.get(f"{page_type.model}:{language}")
    if url is not None:
        return Sample(url, language, language, page_type.status)
    url = demo_pages.get(f"{page_type.model}:es")
    if url is None:
        raise LookupError(f"the demo content has no live {page_type.model} page in Spanish")
    return Sample(url, language, "es", page_type.status)


def samples(page_type, demo_pages):
    """The distinct pages of `page_type` met by visitors in LANGUAGES (a fallback counts once)."""
    found = {}
    for language in LANGUAGES:
        page = sample(page_type, language, demo_pages)
        found.setdefault(page.url, page)
    return list(found.values())


NAMES = [page_type.name for page_type in PAGE_TYPES]
