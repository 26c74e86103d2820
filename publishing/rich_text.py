"""Rich-text links to pages that are not on the public site are rendered without an address.

Wagtail links unpublished and private pages too; on the static site those addresses do not
exist. The link text stays, as plain text (`<a>` without `href`), and the page is re-rendered
with a real link once the target is published again (the reference index tells which pages).
"""

from django.utils.html import escape
from wagtail.models import PageViewRestriction
from wagtail.rich_text.pages import PageLinkHandler


class PublishedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        pages = cls.get_many(attrs_list)
        restricted = None
        tags = []
        for page in pages:
            if page is not None:
                page = page.localized
            if page is None or not page.live:
                tags.append("<a>")
                continue
            if restricted is None:
                restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
            if any(page.path.startswith(path) for path in restricted):
                tags.append("<a>")
            else:
                tags.append(f'<a href="{escape(page.url)}">')
        return tags
