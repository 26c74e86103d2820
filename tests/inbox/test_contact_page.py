"""The contact page: in every language, static-safe, and a message stored before anything else."""

import re
import time

import pytest
import time_machine
from contact_support import Visitor, endpoint, valid_data
from django.core import mail
from wagtail.models import Page

from content.models import HomePage
from inbox.models import ContactMessage, OutboxEntry

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(r"IM-\d{4}-\d{6}")


def test_contact_page_exists_in_every_language_and_the_home_panel_points_to_it(
    client, contact_pages
):
    for language, page in contact_pages.items():
        assert page.url == f"/{language}/{page.slug}/"
        home = HomePage.objects.get(locale__language_code=language)
        panel_pages = [item.value["page"] for item in home.panel if item.value["page"]]
        assert page.pk in [p.pk for p in panel_pages], language
        html = client.get(page.url).content.decode()
        assert f'action="/{language}/forms/contact/{page.pk}/"' in html
        assert f'href="/{language}/forms/ticket.css"' in html


def test_published_html_carries_nothing_per_visitor(client, contact_pages):
    """What the static publisher writes to disk must be the same for everyone: no token, no cookie."""
    page = contact_pages["es"]
    first = client.get(page.url)
    client.cookies.clear()
    second = client.get(page.url, HTTP_COOKIE="sessionid=x; infomigra_form=y")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "Set-Cookie" not in str(first.headers)
    assert not first.cookies
    assert "Cookie" not in first.headers.get("Vary", "")


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_message_is_stored_then_delivered_and_the_visitor_sees_its_reference(
    language, contact_pages, visitor, django_capture_on_commit_callbacks
):
    page = contact_pages[language]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = visitor.post(endpoint(page), valid_data(line="3"))
    assert response.status_code == 303
    assert response["Cache-Control"].startswith("max-age=0")
    message = ContactMessage.objects.get()
    assert REFERENCE.fullmatch(message.reference)
    assert message.status == ContactMessage.Status.NEW
    assert message.language == language
    assert message.source_page_id == page.pk
    assert (message.name, message.country, message.line) == ("Rosa Huamán", "España", "3")
    assert message.consent_at is not None
    assert sorted(message.outbox.values_list("kind", flat=True)) == ["confirmation", "mailbox"]
    # The delivery tasks are enqueued only once the transaction has committed.
    assert len(callbacks) == 1
    assert set(message.outbox.values_list("status", flat=True)) == {OutboxEntry.Status.SENT}
    assert len(mail.outbox) == 2

    thanks = visitor.client.get(response["Location"])
    assert thanks.status_code == 200
    assert "no-store" in thanks["Cache-Control"]
    html = thanks.content.decode()
    assert f'<strong id="reference-number">{message.reference}</strong>' in html
    assert f'<html lang="{language}">' in html
    expected = {"es": "Tu número de referencia es", "en": "Your reference number is"}[language]
    assert expected in html


def test_the_thank_you_link_cannot_be_forged(client, contact_pages):
    page = contact_pages["es"]
    url = endpoint(page) + "thanks/"
    assert client.get(url, {"r": "IM-2026-999999"}).status_code == 404
    assert client.get(url).status_code == 404


def test_get_on_the_endpoint_leads_to_the_page_and_unknown_pages_are_404(client, contact_pages):
    page = contact_pages["es"]
    response = client.get(endpoint(page))
    assert response.status_code == 302
    assert response["Location"] == page.url
    other = Page.objects.get(locale__language_code="es", slug="noticias")
    for url in [
        f"/es/forms/contact/{other.pk}/",  # not a contact page
        f"/en/forms/contact/{page.pk}/",  # the Spanish page under the English prefix
        "/es/forms/contact/99999999/",
        "/es/forms/contact/123456789012345678901234567890/",
    ]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, valid_data(), HTTP_ORIGIN="http://testserver").status_code == 404


def test_a_double_click_stores_the_message_once(client, contact_pages):
    visitor = Visitor(client)
    # The thanks address is signed with the time: the two clicks land in the same second.
    with time_machine.travel(time.time(), tick=False):
        first = visitor.post(endpoint(contact_pages["es"]), valid_data())
        second = visitor.post(endpoint(contact_pages["es"]), valid_data())
    assert first.status_code == second.status_code == 303
    assert first["Location"] == second["Location"]
    assert ContactMessage.objects.count() == 1
    different = visitor.post(endpoint(contact_pages["es"]), valid_data(text="Otra pregunta"))
    assert different["Location"] != first["Location"]
    assert ContactMessage.objects.count() == 2
