"""What an incremental publish must re-render after some pages changed.

For each changed page (published, unpublished, moved, renamed, deleted):
- the page itself, at its new URL (and its old files removed when the URL changed or it is gone);
- its descendants, when its URL, title or presence changed (their URLs and breadcrumbs show it);
- its ancestors and its old parent (child listings, index pages, the home page's latest news and
  upcoming events);
- its translations (their language switchers and hreflang alternates);
- pages that reference it, from Wagtail's reference index (rich text, page choosers, amendments);
- pages its main content linked to before or links to now (relations shown from both sides, such
  as "amended by" / "amends");
- pages other apps declare through the `publishing_related_pages` hook (country guides appear on
  the line-of-action pages);
- every page of a language whose main navigation changed; the whole site when a language's home
  page appears, disappears or moves.
Rendering is cheap to repeat: files whose bytes do not change are not rewritten.
"""

from dataclasses import dataclass, field

from wagtail import hooks
from wagtail.models import Page, ReferenceIndex

from themes.navigation import homes, main_navigation_pages, section_navigation_pages

RELATED_PAGES_HOOK = "publishing_related_pages"


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


def related_page_ids(page):
    """Pages that show `page` without being its ancestors (the `publishing_related_pages` hook)."""
    return {
        getattr(related, "pk", related)
        for hook in hooks.get_hooks(RELATED_PAGES_HOOK)
        for related in hook(page) or []
    }


def navigation_signature(request):
    """The parts of the layout shared by every page: homes per language and each main menu."""
    all_homes = homes(request)
    return {
        "homes": {code: home.get_url(request) for code, home in sorted(all_homes.items())},
        "nav": {
            code: [
                [page.pk, page.title, page.get_url(request)]
                for page in main_navigation_pages(request, code)
                + section_navigation_pages(request, code)
            ]
            for code in sorted(all_homes)
        },
    }


@dataclass
class Plan:
    render: set  # page ids to render
    remove: set  # page ids (from the previous manifest) that left the public site
    full: bool = False  # the change touches every page: do a full publish instead


def plan(changes, manifest, published_ids, url_of):
    """First pass: what to render and remove, from the changes and the previous manifest.

    `url_of(page)` gives the page's public URL path now.
    """
    old_pages = manifest["pages"]
    render, remove, keys = set(), set(), set()
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
                render.update(old["links"])  # relations shown from both sides ("amends")
            if old.get("parent"):
                render.add(old["parent"])
                render.update(_ancestor_ids(old["parent"]))
        if page is None:
            continue
        render.update(_ancestor_ids(page.pk))
        render.update(related_page_ids(page.specific))
        address_changed = not old or not published or old["path"] != url_of(page)
        if address_changed:
            keys.add(str(page.translation_key))  # their language switchers link to it
        if address_changed or old["title"] != page.title:
            descendants = _descendant_ids(page)
            render |= descendants
            if address_changed:
                moved |= descendants
    if moved:
        keys.update(
            str(key)
            for key in Page.objects.filter(pk__in=moved).values_list("translation_key", flat=True)
        )
    translations = set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))
    render |= translations
    render |= referencing_page_ids(changed | moved | translations)
    render |= changes.referencing
    render &= published_ids
    return Plan(render=render, remove=remove)


def _ancestor_ids(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return set()
    return set(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))


def _descendant_ids(page):
    return set(page.get_descendants().values_list("pk", flat=True))
