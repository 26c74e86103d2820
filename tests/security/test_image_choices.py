"""Images a page refers to are checked on the server against the editor's collections, and a
page form with missing StreamField keys is a bad request, through real admin requests."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, streamfield

from content.models import NewsPage
from core import groups
from demo.files import image_bytes
from network.models import RegionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def puno_editor(client):
    user = get_user_model().objects.create_user("editora.puno", "p@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name="Región Puno – editores"))
    client.force_login(user)
    return user


def region(ubigeo):
    return RegionPage.objects.get(ubigeo=ubigeo, locale__language_code="es")


def puno_news():
    return NewsPage.objects.child_of(region("21")).first()


def news_form(news, image=None, body=()):
    data = nested_form_data(
        {
            "title": news.title,
            "slug": news.slug,
            "intro": news.intro,
            "date": str(news.date),
            "scope": news.scope,
            "image": image.pk if image else "",
            "image_alt": "Descripción" if image else "",
            "body": streamfield(list(body)),
        }
    )
    return data


def image_block(image):
    return ("image", {"image": image.pk, "alt_text": "Escudo", "caption": ""})


def private_image():
    from django.core.files.uploadedfile import SimpleUploadedFile

    root = Collection.get_first_root_node()
    private = root.add_child(name="Privado DML")
    return get_image_model().objects.create(
        title="Foto privada",
        collection=private,
        file=SimpleUploadedFile("privada.png", image_bytes("P", size=(120, 90))),
    )


@pytest.mark.parametrize("where", ["image field", "body"])
@pytest.mark.parametrize("whose", ["cusco crest", "private"])
def test_puno_editor_cannot_use_images_outside_their_collections(client, puno_editor, where, whose):
    news = puno_news()
    image = region("08").crest if whose == "cusco crest" else private_image()
    edit = reverse("wagtailadmin_pages:edit", args=(news.pk,))
    revisions = news.revisions.count()
    if where == "image field":
        data = news_form(news, image=image)
    else:
        data = news_form(news, body=[image_block(image)])
    data["action-submit"] = "1"
    response = client.post(edit, data)
    assert response.status_code == 200
    assert image.title in response.content.decode()
    assert news.revisions.count() == revisions
    news.refresh_from_db()
    assert news.image_id != image.pk and not news.workflow_in_progress


def test_puno_editor_uses_their_own_crest_and_keeps_images_others_chose(client, puno_editor):
    news = puno_news()
    own = region("21").crest
    edit = reverse("wagtailadmin_pages:edit", args=(news.pk,))
    response = client.post(edit, news_form(news, image=own, body=[image_block(own)]))
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.get_latest_revision_as_object().image_id == own.pk

    # A DML editor adds a national image; the Puno editor can still save the page.
    national = private_image()
    revision = news.get_latest_revision_as_object()
    revision.image = national
    revision.save_revision()
    response = client.post(edit, news_form(news, image=national, body=[image_block(own)]))
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.get_latest_revision_as_object().image_id == national.pk


def test_dml_editor_may_use_any_image(client):
    user = get_user_model().objects.create_user("editor.dml", "d@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=groups.DML_EDITORS))
    client.force_login(user)
    news = puno_news()
    crest = region("08").crest
    edit = reverse("wagtailadmin_pages:edit", args=(news.pk,))
    assert client.post(edit, news_form(news, body=[image_block(crest)])).status_code == 302


@pytest.mark.parametrize("missing", ["body-count", "body-0-type", "body-0-order"])
def test_missing_streamfield_keys_are_a_bad_request(client, puno_editor, missing):
    news = puno_news()
    edit = reverse("wagtailadmin_pages:edit", args=(news.pk,))
    data = news_form(news, body=[("paragraph", "<p>Hola</p>")])
    data.pop(missing)
    response = client.post(edit, data)
    assert response.status_code == 400
