"""What a change affects on the published site: the rules, and the one place that reads what page
types declare about themselves (`PortalPage`, content/pages/base.py).

An incremental publish re-renders, for each changed page (published, unpublished, moved, renamed,
deleted):
- the page itself, at its new URL (and its old files removed when the URL changed or it is gone),
  with its addresses below its own: `static_subpaths()` (a listing's further pages and filters);
- its descendants, when its URL, title or presence changed (their URLs and breadcrumbs show it);
- its ancestors and its old parent (child listings, index pages, the home page's latest news and
  upcoming events), and the ancestors' translations (they list a child that has no translation
  in their language as the Spanish page): in every language when the page appeared, left or
  moved (the order of their lists follows the Spanish one), else only in the languages where the
  page has no published translation of its own;
- its translations (their language switchers and hreflang alternates);
- pages that reference it, from Wagtail's reference index (rich text, page choosers, amendments);
- pages its main content linked to before or links to now (relations shown from both sides, such
  as "amended by" / "amends");
- the pages that show it without being its ancestors, as their types declare in
  `pages_showing(obj)` (country guides on the line-of-action pages; news, events and offices on
  the indexes of every section around them);
- the site-wide files that list its type, as the type declares in `site_files` ("feeds": the news
  feeds, "calendars": the event calendars);
- every page of a language whose main navigation or footer pages changed, the 404 pages
  included: the layout every page shares (`navigation_signature`, worked out again only when a
  home page or a child of one changed: deeper pages never show in it); the whole site when a
  language's home page appears, disappears or moves.
Changes to other objects (recorded by publishing/signals.py):
- an object that pages show but that is not a page (a "La voz del migrante" testimonial, a link of
  interest, an employment agency; announced with `core.signals.shown_object_changed`): the pages
  whose types declare that they show it, in `pages_showing(obj)`;
- an image or document: the pages that use it (reference index);
- a redirect: no page; every publish rewrites the release's redirects (publishing.redirects);
- a page view restriction added or removed (`PRIVACY_CHANGED`): the page, as if it were
  unpublished or published again, and its descendants with it (they become private, or public,
  with it); the static search index is then rebuilt before the switch, not after it, so that a
  private page's text leaves the search when the page leaves the site;
- a snippet, a site or generic setting (unless its model declares `shown_on_pages = False`, e.g.
  the mailbox addresses), a site, a collection view restriction: the whole site.
Rendering is cheap to repeat: files whose bytes do not change are not rewritten.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import QuerySet
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    ReferenceIndex,
    Site,
    get_page_models,
)
from wagtail.snippets.models import get_snippet_models

from content.navigation import (
    LAYOUT_DEPTH,
    footer_pages,
    homes,
    main_navigation_pages,
    section_navigation_pages,
)
from content.pages.base import PortalPage
from content.pages.listing import StaticListingMixin

PRIVACY_CHANGED = "page view restriction changed"  # the reason recorded for such a change


@dataclass
class Changes:
    """What happened, as collected by the signal receivers (JSON-friendly for the task queue)."""

    pages: set = field(default_factory=set)  # ids of pages that changed (possibly deleted)
    referencing: set = field(default_factory=set)  # pages that referenced since-deleted pages
    full: bool = False
    reasons: set = field(default_factory=set)

    def merge(self, other):
        self.pages |= other.pages
        self.referencing |= other.referencing
        self.full = self.full or other.full
        self.reasons |= other.reasons

    def to_json(self):
        return {
            "pages": sorted(self.pages),
            "referencing": sorted(self.referencing),
            "full": self.full,
            "reasons": sorted(self.reasons),
        }

    @classmethod
    def from_json(cls, data):
        return cls(
            pages={int(pk) for pk in data.get("pages", [])},
            referencing={int(pk) for pk in data.get("referencing", [])},
            full=bool(data.get("full")),
            reasons=set(data.get("reasons", [])),
        )


def referencing_page_ids(page_ids):
    """Pages whose content refers to any of these pages (Wagtail's reference index)."""
    if not page_ids:
        return set()
    page_type = ReferenceIndex._get_base_content_type(Page)
    return {
        int(pk)
        for pk in ReferenceIndex.objects.filter(
            to_content_type=page_type,
            to_object_id__in=[str(pk) for pk in page_ids],
            base_content_type=page_type,
        ).values_list("object_id", flat=True)
    }


# -- what page types declare (PortalPage) ----------------------------------------------------------
def page_types():
    """The portal's page types: those that declare what shows them (PortalPage)."""
    return [model for model in get_page_models() if issubclass(model, PortalPage)]


def _ids(pages):
    if isinstance(pages, QuerySet):
        return set(pages.values_list("pk", flat=True))
    return {page.pk for page in pages}


def static_subpaths(page):
    """The addresses below `page`'s own that are published too, e.g. ["page/2/"]."""
    return page.static_subpaths() if isinstance(page, PortalPage) else []


def listing_members(page):
    """{address below `page` ("" for its own): ids of the pages listed there} for a listing
    (content.pages.listing), else None."""
    return page.listing_members() if isinstance(page, StaticListingMixin) else None


def pages_showing(obj):
    """Ids of the pages that show `obj` (a page, or an object that is not one) without being its
    ancestors, as each page type declares in `pages_showing`."""
    ids = set()
    for model in page_types():
        ids |= _ids(model.pages_showing(obj))
    return ids


def site_files(type_labels):
    """The site-wide files ("feeds", "calendars") that list pages of these types; labels as the
    manifest records them ("content.newspage"). A type that no longer exists lists nothing."""
    files = set()
    for label in filter(None, type_labels):
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        if issubclass(model, PortalPage):
            files |= model.site_files
    return files


# -- other objects -----------------------------------------------------------------------------------
def affects_every_page(model):
    """Snippets, settings, sites and collection view restrictions show on (or decide) every
    page."""
    if not getattr(model, "shown_on_pages", True):  # e.g. the mailbox addresses
        return False
    return (
        model in get_snippet_models()
        or issubclass(model, (BaseGenericSetting, BaseSiteSetting))
        or model in (CollectionViewRestriction, Site)
    )


def pages_using(obj):
    """Ids of the pages that use an image or document (Wagtail's reference index); None for any
    other object."""
    if not isinstance(obj, (get_image_model(), get_document_model())):
        return None
    return {
        int(pk)
        for pk in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ReferenceIndex._get_base_content_type(Page))
        .values_list("object_id", flat=True)
    }


# -- the layout every page shares --------------------------------------------------------------------
def touches_layout(changes, manifest):
    """Whether `changes` may show in the layout every page shares (`navigation_signature`): only
    a home page or a child of one, now or before (a page moved away from a home), can."""
    if Page.objects.filter(pk__in=changes.pages, depth__lte=LAYOUT_DEPTH).exists():
        return True
    old_parents = {
        record.get("parent")
        for pk in changes.pages
        if (record := manifest["pages"].get(str(pk))) is not None
    }
    if None in old_parents:  # a home page (its parent, the root, is not published)
        return True
    return Page.objects.filter(pk__in=old_parents, depth__lt=LAYOUT_DEPTH).exists()


def navigation_signature(request):
    """The parts of the layout shared by every page: homes per language, each main menu and
    each footer's pages about the service."""
    all_homes = homes(request)
    return {
        "homes": {code: home.get_url(request) for code, home in sorted(all_homes.items())},
        "nav": {
            code: [
                [page.pk, page.title, page.get_url(request)]
                for page in main_navigation_pages(request, code)
                + section_navigation_pages(request, code)
                + footer_pages(request, code)
            ]
            for code in sorted(all_homes)
        },
    }


@dataclass
class Plan:
    render: set  # page ids to render
    remove: set  # page ids (from the previous manifest) that left the public site
    full: bool = False  # the change touches every page: do a full publish instead
    # Of `render`, the pages to render at every address of theirs. The others are rendered only
    # because they list a changed page (as its section or a listing of its type): a listing's
    # further addresses that show none of the changed pages, and list the same pages as before,
    # stay as they are (publishing.publisher).
    whole: set = field(default_factory=set)


def plan(changes, manifest, published_ids, url_of):
    """First pass: what to render and remove, from the changes and the previous manifest.

    `url_of(page)` gives the page's public URL path now.
    """
    old_pages = manifest["pages"]
    render, remove, keys = set(), set(), set()
    listing = set()  # sections and listings of the changed pages
    linked = set()  # pages the changed pages linked to (their breadcrumbs too)
    moved = set()  # pages whose address or presence changed: translations and referrers follow
    changed = set(changes.pages)
    existing = {page.pk: page for page in Page.objects.filter(pk__in=changed)}

    for pk in changed:
        old = old_pages.get(str(pk))
        page = existing.get(pk)
        published = pk in published_ids
        if old and not published:
            remove.add(pk)
        if published:
            render.add(pk)
        if old:
            if not published:
                keys.add(old["key"])
            if not published or page is None or old["title"] != page.title:
                linked.update(old["links"])  # relations shown from both sides ("amends")
        address_changed = page is None or not old or not published or old["path"] != url_of(page)
        # Where it has a published translation, its ancestors' translations list that instead.
        translated = set() if address_changed else _translated_locales(page, published_ids)
        if old and old.get("parent"):  # where it was listed (before a move, say)
            listing |= _translation_ids(
                {old["parent"]} | _ancestor_ids(old["parent"]), except_locales=translated
            )
        if page is None:
            continue
        listing |= _translation_ids(_ancestor_ids(page.pk), except_locales=translated)
        listing |= pages_showing(page.specific)
        if address_changed:
            keys.add(str(page.translation_key))  # their language switchers link to it
        if address_changed or old["title"] != page.title:
            descendants = _descendant_ids(page)
            render |= descendants
            if address_changed:
                moved |= descendants
    # Descendants of a page that left the public site (made private) leave with it.
    for pk in moved - published_ids:
        old = old_pages.get(str(pk))
        if old:
            remove.add(pk)
            linked.update(old["links"])
    if moved:
        keys.update(
            str(key)
            for key in Page.objects.filter(pk__in=moved).values_list("translation_key", flat=True)
        )
    translations = set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))
    render |= translations
    render |= referencing_page_ids(changed | moved | translations)
    render |= changes.referencing
    render |= linked - listing  # a section or listing shows its link on its own address anyway
    render &= published_ids
    return Plan(render=render | (listing & published_ids), remove=remove, whole=render)


def _ancestor_ids(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return set()
    return set(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))


def _translation_ids(page_ids, except_locales=()):
    """The pages and their translations (a translated section lists a child that has no
    translation yet as the Spanish page), but for those in `except_locales`."""
    keys = Page.objects.filter(pk__in=page_ids).values_list("translation_key", flat=True)
    return set(page_ids) | set(
        Page.objects.filter(translation_key__in=keys)
        .exclude(locale_id__in=except_locales)
        .values_list("pk", flat=True)
    )


def _translated_locales(page, published_ids):
    """Ids of the other locales where `page` has a published translation in the translation of
    its parent (the one its section lists in place of it)."""
    translations = [
        (path, locale_id)
        for pk, path, locale_id in Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("pk", "path", "locale_id")
        if pk in published_ids
    ]
    parent_keys = dict(
        Page.objects.filter(
            path__in={path[: -page.steplen] for path, _ in translations}
            | {page.path[: -page.steplen]}
        ).values_list("path", "translation_key")
    )
    parent_key = parent_keys.get(page.path[: -page.steplen])
    return {
        locale_id
        for path, locale_id in translations
        if parent_key is not None and parent_keys.get(path[: -page.steplen]) == parent_key
    }


def _descendant_ids(page):
    return set(page.get_descendants().values_list("pk", flat=True))
