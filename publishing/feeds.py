"""RSS 2.0 and Atom feeds of the news, one pair per language: /<lang>/news.rss, /<lang>/news.atom.

Only news items in the release (from its manifest) are listed; links are absolute.
"""

from datetime import UTC, datetime, time
from itertools import islice

from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from content.models import NewsIndexPage, NewsPage

from .sitemap import absolute

FEED_LENGTH = 20


class StableDateMixin:
    """Django dates an empty feed "now"; a feed must only change when its news do."""

    def latest_post_date(self):
        if self.items:
            return super().latest_post_date()
        return datetime(2000, 1, 1, tzinfo=UTC)


class RssFeed(StableDateMixin, Rss201rev2Feed):
    pass


class AtomFeed(StableDateMixin, Atom1Feed):
    pass


FEEDS = {"news.rss": RssFeed, "news.atom": AtomFeed}


def news_feeds(language_code, pages):
    """{file name: bytes} for one language."""
    published = {int(pk): record for pk, record in pages.items()}
    newest = (
        NewsPage.objects.live()
        .public()
        .filter(locale__language_code=language_code)
        .defer_streamfields()
        .order_by("-date", "-pk")
    )
    items = list(islice((item for item in newest.iterator() if item.pk in published), FEED_LENGTH))
    index = next(
        (
            index
            for index in NewsIndexPage.objects.live().filter(locale__language_code=language_code)
            if index.pk in published
        ),
        None,
    )
    home = next(
        (
            record
            for record in published.values()
            if record["locale"] == language_code and record["parent"] is None
        ),
        None,
    )
    link_path = published[index.pk]["path"] if index else (home or {}).get("path", "/")
    files = {}
    with translation.override(language_code):
        for name, feed_class in FEEDS.items():
            feed = feed_class(
                title=_("Perú Infomigra: news"),
                link=absolute(link_path),
                description=_("News on labour migration from Perú Infomigra."),
                language=language_code,
                feed_url=absolute(f"/{language_code}/{name}"),
            )
            for item in items:
                link = absolute(published[item.pk]["path"])
                published_at = timezone.make_aware(datetime.combine(item.date, time(8)))
                feed.add_item(
                    title=item.title,
                    link=link,
                    description=item.intro,
                    pubdate=published_at,
                    updateddate=item.last_published_at or published_at,
                    unique_id=link,
                    categories=[item.get_scope_display()],
                )
            files[name] = feed.writeString("utf-8").encode("utf-8")
    return files


def write(writer, pages, languages):
    for code in languages:
        for name, content in news_feeds(code, pages).items():
            writer.write(f"{code}/{name}", content)
