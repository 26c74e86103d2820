"""Rich-text links to pages that are not on the public site are rendered without an address.

Wagtail links unpublished and private pages too; on the static site those addresses do not
exist. The link text stays, as plain text (`<a>` without `href`), and the page is re-rendered
with a real link once the target is published again (the reference index tells which pages).
"""

from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.models import Locale, Page
from wagtail.rich_text.pages import PageLinkHandler

from content.navigation import is_published
from core.request_cache import cached, request_cache


def _active_locale_id():
    code = get_language()
    return cached(
        None,
        ("locale_id", code),
        lambda: Locale.objects.filter(language_code=code).values_list("pk", flat=True).first(),
    )


class PublishedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        """`<a>` tags for page links; in a publish run each page and language is looked up once."""
        cache = request_cache(None)
        language = get_language()
        keys = [("page_link", str(attrs.get("id")), language) for attrs in attrs_list]
        missing = [attrs for attrs, key in zip(attrs_list, keys, strict=True) if key not in cache]
        if missing:
            for attrs, tag in zip(missing, cls._tags(missing), strict=True):
                cache[("page_link", str(attrs.get("id")), language)] = tag
        return [cache[key] for key in keys]

    @classmethod
    def get_many(cls, attrs_list):
        """The linked pages as plain `Page`s, in one query. Wagtail loads them as their specific
        types (a query per type besides) for page types that compute their own address; none
        here does, and a link needs only the address, the language and whether it is public."""
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = Page.objects.filter(id__in=ids).defer_streamfields().in_bulk()
        return [pages.get(int(pk)) if pk.isdigit() else None for pk in ids]

    @classmethod
    def _tags(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        active_locale = _active_locale_id() if any(pages) else None
        tags = []
        for page in pages:
            if page is not None and page.locale_id != active_locale:
                page = page.localized  # the translation in the reader's language, when live
            if is_published(page):
                tags.append(f'<a href="{escape(page.url)}">')
            else:
                tags.append("<a>")
        return tags
