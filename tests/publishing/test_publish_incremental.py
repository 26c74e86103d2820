"""Incremental publishing: what a change re-renders, what it removes, and nothing else."""

import gzip
import json
import os
import re
import shutil
from datetime import datetime, time, timedelta
from pathlib import Path
from time import sleep

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from content.models import (
    CountryGuidePage,
    EventPage,
    HomePage,
    LegislationAmendment,
    LegislationPage,
    LineOfActionPage,
    LinkOfInterest,
    LinksPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
    StudyIndexPage,
    TopicPage,
    VideoPage,
)
from publishing import release, targets
from publishing.render import Renderer, output_path
from publishing.search_index import wait_for_index
from publishing.tasks import next_review_change, refresh_ended_events_task

pytestmark = pytest.mark.django_db


def tree_state(folder):
    """{relative path: (inode, mtime_ns)} of every file under a folder."""
    folder = Path(folder).resolve()
    state = {}
    for directory, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(directory) / name
            stat = path.stat()
            state[str(path.relative_to(folder))] = (stat.st_ino, stat.st_mtime_ns)
    return state


def with_variants(*paths):
    return {variant for path in paths for variant in (path, f"{path}.gz", f"{path}.br")}


def changed_files(store, before_id, after_id):
    before = tree_state(store.path(before_id))
    after = tree_state(store.path(after_id))
    changed = {
        path for path, (_ino, mtime) in after.items() if before.get(path, (0, 0))[1] != mtime
    }
    return changed, set(before) - set(after)


def moved_to(store, url):
    """The new address announced by the redirect page now at `url` (publishing.redirects)."""
    body = (store.root / "current" / output_path(url)).read_text()
    return re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', body).group(1)


def searchable(store):
    """URLs of the pages in the served release's static search index (Pagefind fragments)."""
    urls = set()
    for fragment in (store.root / "current" / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls.add(json.loads(data)["url"])
    return urls


def links_to(store, url):
    """Release files that link to (or name) a page URL."""
    pattern = re.compile(r'(?:href|src)="(?:https?://[^/"]+)?' + re.escape(url) + '"')
    return [
        str(path.relative_to(store.root / "current"))
        for path in (store.root / "current").rglob("*")
        if path.suffix in (".html", ".xml", ".rss", ".atom") and pattern.search(path.read_text())
    ] + [
        str(path.relative_to(store.root / "current"))
        for path in (store.root / "current").glob("*/*.ics")
        if url in path.read_text().replace("\r\n ", "")
    ]


@pytest.mark.static_index
def test_an_edited_news_item_rewrites_its_page_listings_sitemap_and_feeds_and_nothing_else(
    site, django_capture_on_commit_callbacks
):
    before = site.current_id()
    national = NewsIndexPage.objects.get(locale__language_code="es")
    news = NewsPage.objects.child_of(national).live().order_by("-date").first()
    news.title = "Perú Infomigra estrena su portal estático"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()

    after = site.current_id()
    assert after != before
    assert wait_for_index(timeout=60)
    changed, removed = changed_files(site, before, after)
    # The static search index is rebuilt (after the switch): its changed files are
    # content-addressed.
    index_changes = {path for path in changed | removed if path.startswith("pagefind/")}
    assert any(path.startswith("pagefind/fragment/") for path in index_changes)
    changed, removed = changed - index_changes, removed - index_changes
    assert removed == set()
    assert changed == with_variants(
        output_path(news.url),
        "es/noticias/index.html",
        f"es/noticias/scope/{news.scope}/index.html",  # the news index filtered by its scope
        "es/index.html",
        "sitemap.xml",  # the index: the Spanish sitemap's last change
        "sitemap-es.xml",  # the other languages' sitemaps stay as they are
        "es/news.rss",
        "es/news.atom",
    )
    current = site.root / "current"
    for path in (output_path(news.url), "es/noticias/index.html", "es/index.html", "es/news.rss"):
        assert "Perú Infomigra estrena su portal estático" in (current / path).read_text(), path
    assert site.manifest(after)["kind"] == "incremental"


def test_other_languages_sections_are_rendered_again_only_where_they_list_the_spanish_page(
    site, django_capture_on_commit_callbacks, monkeypatch
):
    """A translated section lists a child without a translation as the Spanish page: a title
    change of that child shows there; a child with a translation shows as that instead."""
    spanish_line = LineOfActionPage.objects.get(locale__language_code="es", number=1)
    english_line = spanish_line.get_translation(Locale.objects.get(language_code="en"))
    translated = next(
        child
        for child in TopicPage.objects.child_of(spanish_line).live()
        if TopicPage.objects.child_of(english_line)
        .live()
        .filter(translation_key=child.translation_key)
        .exists()
    )
    untranslated = spanish_line.add_child(
        instance=TopicPage(title="Tema sin traducir", slug="tema-sin-traducir")
    )
    with django_capture_on_commit_callbacks(execute=True):
        untranslated.save_revision().publish()
    rendered = []
    render = Renderer._render

    def spy(self, request, path, expected):
        rendered.append(path)
        return render(self, request, path, expected)

    monkeypatch.setattr(Renderer, "_render", spy)

    translated.title = "Tema traducido, retitulado en castellano"
    with django_capture_on_commit_callbacks(execute=True):
        translated.save_revision().publish()
    assert spanish_line.url in rendered and english_line.url not in rendered

    rendered.clear()
    untranslated.title = "Tema sin traducir, retitulado"
    with django_capture_on_commit_callbacks(execute=True):
        untranslated.save_revision().publish()
    assert english_line.url in rendered
    english = (site.root / "current" / output_path(english_line.url)).read_text()
    assert "Tema sin traducir, retitulado" in english


def test_an_edited_event_rewrites_the_calendar_and_not_the_feeds(
    site, django_capture_on_commit_callbacks
):
    before = site.current_id()
    event = EventPage.objects.live().filter(locale__language_code="es").order_by("start").last()
    event.title = "Feria de empleo para migrantes retornantes"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()

    changed, _removed = changed_files(site, before, site.current_id())
    assert "es/events.ics" in changed
    assert not changed & with_variants("es/news.rss", "es/news.atom")
    assert event.title in (site.root / "current" / "es" / "events.ics").read_text()


def test_a_listing_renders_again_only_the_addresses_that_show_the_edited_page(
    site, django_capture_on_commit_callbacks, monkeypatch
):
    rendered = []
    render_subpage = Renderer.render_subpage

    def counted(renderer, page, subpath):
        rendered.append((page.pk, subpath))
        return render_subpage(renderer, page, subpath)

    monkeypatch.setattr(Renderer, "render_subpage", counted)
    index = NewsIndexPage.objects.get(locale__language_code="es")
    news = NewsPage.objects.child_of(index).live().filter(scope="national").first()
    news.title = "Título corregido de una noticia nacional"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    addresses = {subpath for pk, subpath in rendered if pk == index.pk}
    assert addresses == {"scope/national/"}  # "scope/international/" lists other news
    current = site.root / "current"
    for subpath in ("", "scope/national/"):
        assert news.title in (current / output_path(index.url + subpath)).read_text()

    # A new item changes what the addresses list: each is rendered again.
    rendered.clear()
    fresh = NewsPage(
        title="Nueva noticia internacional",
        slug="nueva-noticia-internacional",
        date=timezone.localdate(),
        scope="international",
    )
    index.add_child(instance=fresh)
    with django_capture_on_commit_callbacks(execute=True):
        fresh.save_revision().publish()
    addresses = {subpath for pk, subpath in rendered if pk == index.pk}
    assert addresses == {"scope/national/", "scope/international/"}
    assert fresh.title in (current / output_path(index.url + "scope/international/")).read_text()


def test_a_regional_news_item_and_office_reach_the_national_listings(
    site, django_capture_on_commit_callbacks
):
    from network.models import OfficeFinderPage, OfficePage, RegionPage

    puno = RegionPage.objects.get(locale__language_code="es", ubigeo="21")
    news = NewsPage.objects.child_of(puno).live().first()
    office = OfficePage.objects.child_of(puno).live().order_by("path").first()
    news.title = "Puno abre una ventanilla para migrantes retornantes"
    office.title = "Centro de Empleo Puno (sede nueva)"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
        office.save_revision().publish()

    current = site.root / "current"
    national_news = NewsIndexPage.objects.get(locale__language_code="es")
    assert news.title in (current / output_path(national_news.url)).read_text()
    finder = OfficeFinderPage.objects.get(locale__language_code="es")
    for address in (finder.url, finder.url + "region/21/"):
        assert office.title in (current / output_path(address)).read_text(), address


@pytest.mark.parametrize(
    "pick",
    [
        # a country guide: listed on the guide index and on three line-of-action pages
        lambda: CountryGuidePage.objects.get(locale__language_code="es", country_code="ES"),
        # an index page: its children's breadcrumbs lead to it
        lambda: StudyIndexPage.objects.get(locale__language_code="es"),
        # a line of action: in the main menu of every Spanish page
        lambda: LineOfActionPage.objects.get(locale__language_code="es", number=3),
    ],
    ids=["country-guide", "index-with-children", "line-of-action"],
)
def test_unpublishing_a_page_removes_it_and_every_link_to_it(
    site, django_capture_on_commit_callbacks, pick
):
    page = pick()
    url = page.url
    assert links_to(site, url)
    descendants = list(page.get_descendants().live())
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert not (site.root / "current" / output_path(url)).exists()
    assert links_to(site, url) == []
    for child in descendants:  # still live, as in Wagtail: still published
        assert (site.root / "current" / output_path(child.url)).exists()


def test_renaming_a_page_moves_it_and_its_descendants(
    site, settings, django_capture_on_commit_callbacks
):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    children = list(index.get_children().live().order_by("path"))
    old_urls = [index.url] + [child.url for child in children]
    index.slug = "novedades"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()

    new_urls = [
        page.specific.url
        for page in Page.objects.filter(pk__in=[index.pk] + [c.pk for c in children]).order_by(
            "path"
        )
    ]
    assert new_urls[0] == "/es/novedades/"
    for old, new in zip(old_urls, new_urls, strict=True):
        assert moved_to(site, old) == new, old  # the page left; a redirect took its place
        assert (site.root / "current" / output_path(new)).exists(), new
        assert links_to(site, old) == []
    assert links_to(site, "/es/novedades/")  # the menu and the home page link to the new address
    # The other languages' sitemaps give the translation's new address as its hreflang alternate
    # (a build rewrites the sitemaps of the languages of the pages it rendered: those too).
    english = index.get_translation(Locale.objects.get(language_code="en"))
    sitemap_en = (site.root / "current" / "sitemap-en.xml").read_text()
    assert f"<loc>{settings.PUBLIC_BASE_URL}{english.url}</loc>" in sitemap_en
    assert f'hreflang="es" href="{settings.PUBLIC_BASE_URL}/es/novedades/"' in sitemap_en
    assert f'href="{settings.PUBLIC_BASE_URL}{old_urls[0]}"' not in sitemap_en


def test_moving_a_page_moves_its_files_and_updates_both_parents(
    site, django_capture_on_commit_callbacks
):
    topic = TopicPage.objects.live().filter(locale__language_code="es", depth=4).first()
    old_parent = topic.get_parent()
    new_parent = (
        LineOfActionPage.objects.filter(locale__language_code="es")
        .exclude(pk=old_parent.pk)
        .first()
    )
    old_url = topic.url
    with django_capture_on_commit_callbacks(execute=True):
        topic.move(new_parent, pos="last-child")

    topic.refresh_from_db()
    current = site.root / "current"
    assert moved_to(site, old_url) == topic.url
    assert (current / output_path(topic.url)).exists()
    assert topic.url in (current / output_path(new_parent.url)).read_text()
    assert old_url not in (current / output_path(old_parent.url)).read_text()
    assert links_to(site, old_url) == []


def test_a_footer_page_moved_away_from_the_home_changes_the_shared_layout(site):
    """Every footer lists the home's standard pages: one moved below another is a change of the
    layout (the whole language is rendered again, as for the line of action unpublished above)
    although it is no longer a child of a home."""
    home = HomePage.objects.get(locale__language_code="es")
    footer_page, new_parent = StandardPage.objects.child_of(home).live()[:2]
    footer_page.move(new_parent, pos="last-child")
    manifest = site.manifest(site.current_id())
    assert targets.touches_layout(targets.Changes(pages={footer_page.pk}), manifest)


def test_an_edit_below_the_homes_children_leaves_the_shared_layout_alone(
    site, django_capture_on_commit_callbacks, monkeypatch
):
    """Only a home page or a child of one shows in the menus and footers: a news item's edit
    keeps the last publish's layout signature instead of working it out for every language."""
    asked = []
    signature = targets.navigation_signature
    monkeypatch.setattr(
        targets, "navigation_signature", lambda request: asked.append(1) or signature(request)
    )
    before = site.manifest(site.current_id())["signature"]
    news = NewsPage.objects.live().filter(locale__language_code="es").first()
    news.title = "Noticia retitulada"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert asked == []
    assert site.manifest(site.current_id())["signature"] == before


def test_deleting_a_page_removes_it_and_every_link_to_it(site, django_capture_on_commit_callbacks):
    news = NewsPage.objects.live().filter(locale__language_code="es").order_by("-date").first()
    url = news.url
    with django_capture_on_commit_callbacks(execute=True):
        news.delete()
    assert not (site.root / "current" / output_path(url)).exists()
    assert links_to(site, url) == []


def test_an_amendment_shows_on_both_norms(site, django_capture_on_commit_callbacks):
    amended, amending = LegislationPage.objects.filter(
        locale__language_code="es", amendments__isnull=True
    ).order_by("date_issued")[:2]
    amended.amendments.add(LegislationAmendment(amending_norm=amending))
    with django_capture_on_commit_callbacks(execute=True):
        amended.save_revision().publish()
    current = site.root / "current"
    assert f'href="{amending.url}"' in (current / output_path(amended.url)).read_text()
    assert f'href="{amended.url}"' in (current / output_path(amending.url)).read_text()

    amended = LegislationPage.objects.get(pk=amended.pk)
    amended.amendments.clear()  # and taking it back removes it from both
    with django_capture_on_commit_callbacks(execute=True):
        amended.save_revision().publish()
    assert f'href="{amending.url}"' not in (current / output_path(amended.url)).read_text()
    assert f'href="{amended.url}"' not in (current / output_path(amending.url)).read_text()


def test_a_section_made_private_leaves_the_site_with_its_pages_and_comes_back(
    site, django_capture_on_commit_callbacks
):
    index = StudyIndexPage.objects.get(locale__language_code="es")
    urls = [index.url] + [child.url for child in index.get_descendants().live()]
    assert len(urls) > 1 and links_to(site, index.url)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.PASSWORD, password="secreto"
        )
    assert site.manifest(site.current_id())["kind"] == "incremental"
    for url in urls:
        assert not (site.root / "current" / output_path(url)).exists(), url
        assert links_to(site, url) == [], url
    assert not set(urls) & searchable(site)  # from the moment the pages left, not later

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()  # public again: back, linked and found again
    for url in urls:
        assert (site.root / "current" / output_path(url)).exists(), url
    assert links_to(site, index.url)
    assert set(urls) - {index.url} <= searchable(site)  # the index page is a listing: not indexed


def test_a_link_of_interest_republishes_the_links_page_of_its_language(
    site, django_capture_on_commit_callbacks
):
    link = LinkOfInterest.objects.filter(locale__language_code="es").first()
    before = site.current_id()
    link.title = "Superintendencia Nacional de Migraciones (actualizado)"
    with django_capture_on_commit_callbacks(execute=True):
        link.save()
    assert site.manifest(site.current_id())["kind"] == "incremental"
    spanish, english = (
        LinksPage.objects.get(locale__language_code=code).url for code in ("es", "en")
    )
    published = site.root / "current" / output_path(spanish)
    assert "Superintendencia Nacional de Migraciones (actualizado)" in published.read_text()
    changed, _removed = changed_files(site, before, site.current_id())
    assert output_path(spanish) in changed
    assert output_path(english) not in changed  # the English page lists the English links

    with django_capture_on_commit_callbacks(execute=True):
        link.delete()
    assert "(actualizado)" not in published.read_text()


def test_rollback_serves_the_previous_release_and_the_next_publish_is_full(
    site, settings, django_capture_on_commit_callbacks
):
    first = site.current_id()
    news = NewsPage.objects.live().filter(locale__language_code="es").first()
    news.title = "Título nuevo"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    second = site.current_id()
    assert second != first

    call_command("publish", "--rollback", verbosity=0)
    assert site.current_id() == first
    assert "Título nuevo" not in (site.root / "current" / output_path(news.url)).read_text()

    news.title = "Otro título"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    full = site.current_id()
    assert site.manifest(full)["kind"] == "full"
    assert "Otro título" in (site.root / "current" / output_path(news.url)).read_text()
    # The releases before a full publish cannot become the next edits' copies: it leaves a
    # spare, and a reserve for each edit until old releases are pruned (PUBLISH_KEEP_RELEASES).
    releases = site.root / "releases"
    spare, reserves = releases / f".spare-{full}", sorted(releases.glob(f".reserve-{full}-*"))
    assert len(reserves) == settings.PUBLISH_KEEP_RELEASES - 1
    assert tree_state(spare) == tree_state(site.path(full))
    assert all(tree_state(reserve) == tree_state(site.path(full)) for reserve in reserves)

    # The next edit's spare is a reserve brought up to date, there as soon as the edit is live.
    news.title = "Título de la edición siguiente"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    edit = site.current_id()
    assert site.manifest(edit)["kind"] == "incremental"
    assert tree_state(releases / f".spare-{edit}") == tree_state(site.path(edit))
    assert len(list(releases.glob(".reserve-*"))) == settings.PUBLISH_KEEP_RELEASES - 2


def test_an_event_that_ends_moves_to_the_past_events(site):
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="es", end__gt=timezone.now())
        .order_by("start")
        .first()
    )
    current = site.root / "current"
    index = output_path(event.get_parent().url)

    def upcoming_section(path):
        html = (current / path).read_text()
        return html.split('id="upcoming-title"', 1)[1].split("</section>", 1)[0]

    assert event.url in upcoming_section(index)
    # Time passes (no signal: nothing was edited), then the scheduled refresh runs.
    EventPage.objects.filter(pk=event.pk).update(
        start=timezone.now() - timedelta(hours=3), end=timezone.now() - timedelta(hours=1)
    )
    refresh_ended_events_task.call()

    assert event.url not in upcoming_section(index)
    assert event.url in (current / index).read_text()  # among the past events
    assert event.url not in (current / "es" / "index.html").read_text()  # home: upcoming only
    assert "ya se realizó" in (current / output_path(event.url)).read_text()


def test_a_published_testimonial_reaches_the_line_3_pages(site, django_capture_on_commit_callbacks):
    from inbox.models import MigrantVoice

    entry = MigrantVoice.objects.create(
        language="es", country="Chile", city="Arica", kind="concern", text="…", may_publish=True
    )
    testimonial = "Que el consulado en Arica atienda también los sábados."
    with django_capture_on_commit_callbacks(execute=True):
        entry.status = MigrantVoice.Status.PUBLISHED
        entry.testimonial = testimonial
        entry.save()

    line_3 = LineOfActionPage.objects.get(locale__language_code="es", number=3)
    assert testimonial in (site.root / "current" / output_path(line_3.url)).read_text()


def test_a_guide_whose_review_date_passes_says_it_is_under_review(site):
    today = timezone.localdate()
    guide = (
        CountryGuidePage.objects.live()
        .filter(locale__language_code="es", next_review_due__gt=today)
        .first()
    )
    published = site.root / "current" / output_path(guide.url)
    assert "En revisión." not in published.read_text()
    # The next refresh is queued for the night the date passes.
    assert next_review_change(today) <= timezone.make_aware(
        datetime.combine(guide.next_review_due + timedelta(days=1), time.min)
    )
    # Time passes (nothing was edited), then the scheduled refresh runs.
    CountryGuidePage.objects.filter(pk=guide.pk).update(next_review_due=today - timedelta(days=1))
    refresh_ended_events_task.call()
    assert "En revisión." in published.read_text()


def test_an_edited_video_rewrites_the_contests_page_and_its_captions_are_published(
    site, django_capture_on_commit_callbacks
):
    """The contests page lists its videos (its children: nothing to declare) and every video's
    captions are files next to it in the release."""
    current = site.root / "current"
    video = VideoPage.objects.get(locale__language_code="es", video="R7nKp0wZ4sE")
    contests = video.get_parent()
    for language in ("es", "en", "qu", "ay"):
        vtt = current / output_path(video.url) / ".." / f"captions.{language}.vtt"
        assert vtt.resolve().read_text().startswith("WEBVTT\n\n1\n00:00:00.000 --> ")
    before = site.current_id()
    video.title = "Retorno Productivo: vuelve con trabajo"
    video.date = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        video.save_revision().publish()

    after = site.current_id()
    assert after != before
    changed, removed = changed_files(site, before, after)
    assert removed - {path for path in removed if path.startswith("pagefind/")} == set()
    assert {output_path(video.url), output_path(contests.url)} <= changed
    listing = (current / output_path(contests.url)).read_text()
    titles = re.findall(r'<h3 class="video-card__title"><a href="[^"]+">([^<]+)</a>', listing)
    assert titles[0] == "Retorno Productivo: vuelve con trabajo"  # the newest first
    # its captions did not change: the files are left as they were
    assert not any(path.endswith(".vtt") for path in changed)


@pytest.fixture
def whole_tree_comparisons(monkeypatch):
    """The folders that `release.sync_tree` compares whole (it still does the comparing)."""
    compared = []
    real_sync_tree = release.sync_tree
    monkeypatch.setattr(
        release,
        "sync_tree",
        lambda source, target: compared.append(Path(source)) or real_sync_tree(source, target),
    )
    return compared


def test_the_next_build_starts_from_an_exact_copy_of_the_release_served(
    site, settings, whole_tree_comparisons, django_capture_on_commit_callbacks
):
    """After an edit, a move, a deletion and an unpublication, the spare copy the next build
    starts from holds exactly the files of the release being served (the same inodes), made
    from the builds' own lists of changed files: only the search index is compared whole.

    The first edit prunes a release older than the full publish that made the demo's: every
    file differs, so it is not relinked (8 s at 10,000 pages, under the lock) but deleted, and
    with no reserve copy of the full release left (`site` has none; see the rollback test),
    housekeeping copies the spare; the next edits prune releases their lists lead back to."""
    settings.PUBLISH_KEEP_RELEASES = 2
    older = site.root / "releases" / "20000101T000000000000Z"  # sorts before every release
    shutil.copytree(site.path(site.current_id()), older, copy_function=shutil.copy2)
    news = NewsPage.objects.live().filter(locale__language_code="es").order_by("-date")
    topic = TopicPage.objects.live().filter(locale__language_code="es", depth=4).first()
    other_line = (
        LineOfActionPage.objects.filter(locale__language_code="es")
        .exclude(pk=topic.get_parent().pk)
        .first()
    )
    guide = CountryGuidePage.objects.live().filter(locale__language_code="es").first()
    edited = news.first()
    edited.title = "Noticia corregida"
    changes = [
        lambda: edited.save_revision().publish(),
        lambda: topic.move(other_line, pos="last-child"),
        lambda: news.last().delete(),
        lambda: guide.unpublish(),
    ]
    for change in changes:
        with django_capture_on_commit_callbacks(execute=True):
            change()
        current = site.current_id()
        assert site.manifest(current)["kind"] == "incremental"
        spare = site.root / "releases" / f".spare-{current}"
        for _attempt in range(200):  # housekeeping copies a spare in a thread of its own
            if spare.is_dir():
                break
            sleep(0.05)
        assert tree_state(spare) == tree_state(site.path(current))
    assert not older.exists()
    compared = whole_tree_comparisons  # the search index only, changed after the switch
    assert compared and all("pagefind" in path.parts for path in compared)
