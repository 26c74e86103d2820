"""La voz del migrante: stored, moderated by the DML group, published anonymised on line 3."""

import pytest
from contact_support import Visitor, endpoint
from django.contrib.auth.models import Group, User
from wagtail.models import Page

from content.models import LineOfActionPage
from core import groups
from core.signals import shown_object_changed
from inbox.models import MigrantVoice

pytestmark = pytest.mark.django_db


@pytest.fixture
def voice_page():
    return Page.objects.get(locale__language_code="es", slug="la-voz-del-migrante").specific


def data(**changes):
    values = {
        "country": "Italia",
        "city": "Milán",
        "kind": "suggestion",
        "text": "Que el consulado atienda los sábados. Me llamo Carlos y trabajo en la obra.",
        "may_publish": "on",
        "website": "",
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


def test_the_voice_page_shows_the_form_and_stores_entries(client, voice_page):
    html = client.get(voice_page.url).content.decode()
    assert f'action="/es/forms/voice/{voice_page.pk}/"' in html
    response = Visitor(client).post(endpoint(voice_page, "forms:voice"), data())
    assert response.status_code == 303
    thanks = client.get(response["Location"])
    assert "Gracias por compartir" in thanks.content.decode()
    entry = MigrantVoice.objects.get()
    assert (entry.country, entry.city, entry.kind, entry.may_publish) == (
        "Italia",
        "Milán",
        "suggestion",
        True,
    )
    assert entry.status == "new" and entry.language == "es"


@pytest.mark.parametrize("language", ["es", "en"])
def test_bad_voice_input_re_renders_the_page_in_the_visitors_language(client, language):
    page = Page.objects.get(
        locale__language_code=language, slug__in=["la-voz-del-migrante", "the-migrants-voice"]
    )
    response = Visitor(client).post(
        endpoint(page, "forms:voice"), data(city="", kind="queja", text="x" * 3001)
    )
    assert response.status_code == 400
    html = response.content.decode()
    expected = {
        "es": ["Escribe la ciudad donde vives.", "Elige una de las opciones que se muestran."],
        "en": ["Enter the city where you live.", "Choose one of the options shown."],
    }[language]
    for text in expected:
        assert text in html
    assert 'value="Italia"' in html
    assert not MigrantVoice.objects.exists()


def test_pages_without_the_voice_form_do_not_accept_posts(client):
    other = Page.objects.get(locale__language_code="es", slug="convenios-bilaterales")
    response = Visitor(client).post(f"/es/forms/voice/{other.pk}/", data())
    assert response.status_code == 404


def moderator():
    account = User.objects.create_user("moderadora", "m@example.pe", "x")
    account.groups.add(Group.objects.get(name=groups.DML_MODERATORS))
    return account


def test_moderators_publish_anonymised_testimonials_on_the_line_3_page(
    client, voice_page, django_capture_on_commit_callbacks
):
    Visitor(client).post(endpoint(voice_page, "forms:voice"), data())
    private = MigrantVoice.objects.create(
        language="es", country="Chile", city="Arica", kind="concern", text="…", may_publish=False
    )
    entry = MigrantVoice.objects.get(may_publish=True)
    line_3 = LineOfActionPage.objects.get(locale__language_code="es", number=3)

    client.force_login(moderator())
    assert client.get("/admin/voice/").status_code == 200
    assert (
        "Que el consulado" in client.get("/admin/voice/", {"may_publish": "true"}).content.decode()
    )

    refused = client.post(
        f"/admin/voice/edit/{private.pk}/", {"status": "published", "testimonial": "Algo"}
    )
    assert refused.status_code == 200
    assert "El autor no autorizó la publicación." in refused.content.decode()
    empty = client.post(
        f"/admin/voice/edit/{entry.pk}/", {"status": "published", "testimonial": ""}
    )
    assert "Escribe el texto anonimizado que se publicará." in empty.content.decode()

    testimonial = "Que el consulado atienda los sábados: muchos trabajamos toda la semana."
    changed = []

    def receiver(instance, **kwargs):
        changed.append(instance.pk)

    shown_object_changed.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                f"/admin/voice/edit/{entry.pk}/",
                {"status": "published", "testimonial": testimonial},
            )
    finally:
        shown_object_changed.disconnect(receiver)
    assert response.status_code == 302
    assert changed == [entry.pk]  # the static publisher re-publishes the line 3 pages
    entry.refresh_from_db()
    assert entry.status == "published" and entry.published_at is not None

    client.logout()
    html = client.get(line_3.url).content.decode()
    assert testimonial in html
    assert "Carlos" not in html and "Milán" not in html
    assert "Un peruano que vive en Italia" in html
    english = LineOfActionPage.objects.get(locale__language_code="en", number=3)
    html = client.get(english.url).content.decode()
    assert testimonial in html and "A Peruvian living in Italy" not in html
    assert "A Peruvian living in Italia" in html


def test_people_outside_the_moderators_group_get_403(client, voice_page):
    entry = MigrantVoice.objects.create(
        language="es", country="Chile", city="Arica", kind="concern", text="Privado"
    )
    operator = User.objects.create_user("operadora", "o@example.pe", "x")
    operator.groups.add(Group.objects.get(name=groups.MAILBOX_OPERATORS))
    admin = User.objects.create_superuser("jefa", "j@example.pe", "x")
    for account in (operator, admin):
        client.force_login(account)
        for url in (
            "/admin/voice/",
            f"/admin/voice/edit/{entry.pk}/",
            f"/admin/voice/inspect/{entry.pk}/",
        ):
            response = client.get(url)
            assert response.status_code == 403
            assert b"Privado" not in response.content
