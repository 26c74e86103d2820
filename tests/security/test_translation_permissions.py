"""Translation views (wagtail-localize) obey the editing rules, through real admin requests.

wagtail-localize publishes translations when the database transaction commits; each request
here runs inside `django_capture_on_commit_callbacks(execute=True)` so that publishing happens
as it would in the running portal.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from content.models import EventPage, LineOfActionPage, NewsPage
from content.snippets import LinkOfInterest
from core import groups
from network.models import RegionPage

pytestmark = pytest.mark.django_db

PUNO = "Región Puno – editores"


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def assert_denied(response):
    """Wagtail's admin refuses with 403, or by sending the user to the dashboard with its
    "no permission" message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        expected = translation.gettext("Sorry, you do not have permission to access this area.")
    assert expected in [str(m).strip() for m in get_messages(response.wsgi_request)]


def region(ubigeo, language="es"):
    return RegionPage.objects.get(ubigeo=ubigeo, locale__language_code=language)


def locale(code):
    return Locale.objects.get(language_code=code)


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def _post(url, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return _post


@pytest.fixture(params=[PUNO, groups.TRANSLATORS])
def outsider(request, client):
    """A Puno regional editor, then a translator: neither may edit Cusco or national pages."""
    user = user_in(request.param, "fuera.de.alcance")
    client.force_login(user)
    return user


def draft_news(parent, title, slug):
    """A news item that was never published (saved as a draft by its region's editors)."""
    page = NewsPage(title=title, slug=slug, intro="Borrador.", live=False)
    parent.add_child(instance=page)
    page.save_revision()
    return page


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def update_url(source):
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def translation_count():
    return Page.objects.count(), Translation.objects.count(), TranslationSource.objects.count()


def live_page_ids():
    return set(Page.objects.filter(live=True).values_list("pk", flat=True))


# -- route 1: submitting another region's page (or subtree) for translation -------------------


def test_submitting_another_regions_page_is_refused(client, outsider, post):
    cusco = region("08")
    before, live_before = translation_count(), live_page_ids()
    response = client.get(submit_url(cusco))
    assert_denied(response)
    assert cusco.title not in response.content.decode()
    data = {"locales": [locale("qu").pk], "include_subtree": "on"}
    assert_denied(post(submit_url(cusco), data))
    assert translation_count() == before and live_page_ids() == live_before


def test_a_national_page_is_not_translated_by_a_region_or_translator(client, outsider, post):
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    before = translation_count()
    assert_denied(client.get(submit_url(line)))
    assert_denied(post(submit_url(line), {"locales": [locale("qu").pk]}))
    assert translation_count() == before


# -- route 2: "update translations" with publish, on any source ---------------------------------


def unpublished_english_line():
    """The English translation of a national page, unpublished by a DML moderator."""
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    english = line.get_translation(locale("en"))
    english.unpublish()
    return line, english, TranslationSource.objects.get_for_instance(line)


def test_update_translations_does_not_republish_pages(client, outsider, post):
    _line, english, source = unpublished_english_line()
    response = client.get(update_url(source))
    assert_denied(response)
    assert english.title not in response.content.decode()
    assert_denied(post(update_url(source), {"publish_translations": "on"}))
    english.refresh_from_db()
    assert not english.live


def test_dml_editor_may_still_update_and_publish_translations(client, post):
    client.force_login(user_in(groups.DML_EDITORS, "editora.dml"))
    _line, english, source = unpublished_english_line()
    assert client.get(update_url(source)).status_code == 200
    response = post(update_url(source), {"publish_translations": "on"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live


# -- route 3: a draft waiting in moderation does not go live through its translation ------------


def test_own_draft_in_moderation_stays_unpublished_in_every_language(client, post):
    client.force_login(user_in(PUNO, "editora.puno"))
    puno = region("21")
    add = reverse("wagtailadmin_pages:add", args=("content", "newspage", puno.pk))
    response = client.post(
        add,
        {
            "title": "Noticia sin revisar",
            "slug": "noticia-sin-revisar",
            "intro": "Texto que nadie revisó.",
            "date": "2031-03-01",
            "scope": "national",
            "body-count": "0",
            "action-submit": "1",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    news = NewsPage.objects.get(slug="noticia-sin-revisar")
    assert not news.live and news.workflow_in_progress

    # Translating it is allowed (the editor may edit it) but only as a draft.
    response = post(submit_url(news), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = news.get_translation(locale("en"))
    assert not english.live

    # "Publish translations" does not make it live either.
    source = TranslationSource.objects.get_for_instance(news)
    assert post(update_url(source), {"publish_translations": "on"}).status_code == 302
    english.refresh_from_db()
    news.refresh_from_db()
    assert not english.live and not news.live
    assert client.get(english.url or "/en/").status_code in (200, 404)


# -- route 4: another region's never-published draft -------------------------------------------


def test_another_regions_draft_cannot_be_published_or_read(client, outsider, post):
    cusco_draft = draft_news(region("08"), "Borrador secreto del Cusco", "borrador-secreto")
    # A DML editor had started its translation, so a translation source exists.
    source, _ = TranslationSource.get_or_create_from_instance(cusco_draft)
    Translation.objects.create(source=source, target_locale=locale("en"), enabled=True)
    live_before = live_page_ids()

    for url in (submit_url(cusco_draft), update_url(source)):
        response = client.get(url)
        assert_denied(response)
        assert "Borrador secreto" not in response.content.decode()
    assert_denied(post(submit_url(cusco_draft), {"locales": [locale("en").pk]}))
    assert_denied(post(update_url(source), {"publish_translations": "on"}))
    assert cusco_draft.get_translation_or_none(locale("en")) is None
    assert live_page_ids() == live_before

    # Nor does the translations report list it.
    report = client.get(reverse("wagtail_localize:translations_report"))
    assert report.status_code == 200
    assert "Borrador secreto" not in report.content.decode()


# -- route 5: links of interest (snippets) ------------------------------------------------------


def test_links_of_interest_are_not_translated_by_a_region_or_translator(client, outsider, post):
    link = LinkOfInterest.objects.filter(locale__language_code="es").first()
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("content", "linkofinterest", link.pk),
    )
    before = LinkOfInterest.objects.count()
    assert_denied(client.get(url))
    assert_denied(post(url, {"locales": [locale("qu").pk]}))
    assert LinkOfInterest.objects.count() == before


# -- the legitimate paths ---------------------------------------------------------------------


def test_dml_editor_translates_a_national_page(client, post):
    client.force_login(user_in(groups.DML_EDITORS, "editor.nacional"))
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    draft = draft_news(line, "Guía nueva", "guia-nueva")
    draft.save_revision().publish()
    assert client.get(submit_url(draft)).status_code == 200
    response = post(submit_url(draft), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = draft.get_translation(locale("en"))
    assert english.live


def test_puno_editor_translates_a_puno_event(client, post):
    client.force_login(user_in(PUNO, "editora.eventos"))
    area = region("21").events_area
    event = EventPage.objects.child_of(area).live().first()
    event.get_translation(locale("en")).delete()
    response = client.get(submit_url(event))
    assert response.status_code == 200
    response = post(submit_url(event), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = EventPage.objects.get(translation_key=event.translation_key, locale=locale("en"))
    # Region editors publish events in their region's events area in every language.
    assert english.live
    assert english.get_parent().pk == area.get_translation(locale("en")).pk


def test_puno_editor_translations_of_other_puno_pages_stay_drafts(client, post):
    client.force_login(user_in(PUNO, "editora.oficinas"))
    news = NewsPage.objects.child_of(region("21")).live().first()
    news.get_translation(locale("en")).delete()
    response = post(submit_url(news), {"locales": [locale("en").pk]})
    assert response.status_code == 302
    english = news.get_translation(locale("en"))
    assert not english.live


def test_translator_saves_a_draft_that_a_moderator_publishes(client, post):
    client.force_login(user_in(groups.TRANSLATORS, "traductora"))
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    english = line.get_translation(locale("en"))
    live_title = english.title
    record = Translation.objects.get(
        source__object_id=line.translation_key, target_locale=locale("en")
    )
    title = StringSegment.objects.get(source=record.source, context__path="title")
    edit_string = reverse("wagtail_localize:edit_string_translation", args=(record.pk, title.pk))
    body = encode_multipart(BOUNDARY, {"value": "Working abroad?"})
    response = client.put(edit_string, body, content_type=MULTIPART_CONTENT)
    assert response.status_code in (200, 201)

    edit = reverse("wagtailadmin_pages:edit", args=(english.pk,))
    assert client.get(edit).status_code == 200
    assert post(edit, {"action": "publish"}).status_code == 302
    english.refresh_from_db()
    assert english.title == live_title  # not live yet
    assert english.get_latest_revision_as_object().title == "Working abroad?"
    state = WorkflowState.objects.for_instance(english).get(status="in_progress")

    client.force_login(user_in(groups.DML_MODERATORS, "moderadora"))
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(english.pk, "approve", state.current_task_state.pk),
    )
    assert post(approve, {"comment": ""}).status_code in (200, 302)
    english.refresh_from_db()
    assert english.live and english.title == "Working abroad?"
