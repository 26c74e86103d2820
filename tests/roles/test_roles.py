"""Editor roles through real admin HTTP requests, logged in as each role.

The groups come from `setup_roles`, which `load_demo` runs for the session's test database.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Locale,
    Page,
    WorkflowState,
)
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from content.models import EventIndexPage, EventPage, HomePage, LineOfActionPage
from core import groups
from demo.files import image_bytes
from network.models import OfficePage, RegionPage
from roles import setup
from themes.brand import BrandSettings

pytestmark = pytest.mark.django_db


def assert_denied(response):
    """Wagtail's admin answers a forbidden request with 403, or by sending the user back to the
    dashboard with its "no permission" message; both mean the action was refused."""
    if response.status_code == 403:
        return
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        expected = translation.gettext("Sorry, you do not have permission to access this area.")
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert expected in messages, messages


def region(ubigeo, language="es"):
    return RegionPage.objects.get(ubigeo=ubigeo, locale__language_code=language)


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def puno_editor(client):
    user = user_in("Región Puno – editores", "editora.puno")
    client.force_login(user)
    return user


def event_form(title, slug):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Charla abierta sobre trabajo seguro en el extranjero.",
            "start": "2031-03-10 10:00",
            "end": "2031-03-10 12:00",
            "place": "Puno",
            "online_url": "",
            "scope": "regional",
            "body": streamfield([("paragraph", rich_text("<p>Ingreso libre.</p>"))]),
            "action-publish": "action-publish",
        }
    )


def office_form(office, **changes):
    data = {
        "title": office.title,
        "slug": office.slug,
        "intro": office.intro,
        "kind": office.kind,
        "address": office.address,
        "ubigeo": office.ubigeo,
        "opening_hours": office.opening_hours,
        "phone": office.phone,
        "email": office.email,
        "latitude": str(office.latitude),
        "longitude": str(office.longitude),
        **changes,
    }
    form = nested_form_data(data)
    form["services"] = [service.code for service in office.services.all()]
    return form


# -- the command ------------------------------------------------------------------------------


def test_setup_roles_is_rerunnable_and_complete():
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    report = setup.setup_roles()
    assert (report.groups_created, report.permissions_added) == (0, 0)
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before

    region_groups = Group.objects.filter(name__startswith="Región ")
    assert region_groups.count() == 26
    for name in [
        groups.DML_EDITORS,
        groups.DML_MODERATORS,
        groups.BRAND_TEAM,
        groups.MAILBOX_OPERATORS,
        groups.TRANSLATORS,
    ]:
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    # DML editors: add/change/publish on every language's home page.
    editors = Group.objects.get(name=groups.DML_EDITORS)
    for home in HomePage.objects.all():
        codenames = set(
            editors.page_permissions.filter(page=home).values_list(
                "permission__codename", flat=True
            )
        )
        assert {"add_page", "change_page", "publish_page"} <= codenames, home.locale
        assert home.get_workflow().name == setup.WORKFLOW_NAME


def test_each_region_group_covers_its_region_in_every_language_and_nothing_else():
    puno = region("21")
    group = Group.objects.get(name="Región Puno – editores")
    pages = {
        (perm.page_id, perm.permission.codename)
        for perm in group.page_permissions.select_related("permission")
    }
    expected = set()
    for version in puno.get_translations(inclusive=True):
        expected |= {(version.pk, "add_page"), (version.pk, "change_page")}
        area = EventIndexPage.objects.child_of(version).get()
        expected.add((area.pk, "publish_page"))
    assert pages == expected
    assert len({page for page, _ in pages}) == 4  # Spanish and English region and events area
    collections = set(group.collection_permissions.values_list("collection__name", flat=True))
    assert collections == {"Puno"}
    paths = {p.collection.get_parent().name for p in group.collection_permissions.all()}
    assert paths == {"Red SENEP", "Escudos"}


# -- a Puno regional editor -------------------------------------------------------------------


def test_puno_editor_creates_and_publishes_an_event_in_puno(client, puno_editor):
    area = region("21").events_area
    url = reverse("wagtailadmin_pages:add", args=("content", "eventpage", area.pk))
    assert client.get(url).status_code == 200
    response = client.post(url, event_form("Charla de prueba en Puno", "charla-prueba-puno"))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="charla-prueba-puno")
    assert event.live and not event.has_unpublished_changes
    assert event.get_parent().pk == area.pk
    assert client.get(event.url).status_code == 200


def test_puno_editor_cannot_touch_cusco_or_national_pages(client, puno_editor):
    cusco = region("08")
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    for page in [cusco, cusco.events_area, OfficePage.objects.child_of(cusco).first(), line]:
        edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
        assert_denied(client.get(edit))
        assert_denied(client.post(edit, {"title": "Cambiado", "action-publish": "1"}))
        page.refresh_from_db()
        assert page.title != "Cambiado"
    add_event = reverse(
        "wagtailadmin_pages:add", args=("content", "eventpage", cusco.events_area.pk)
    )
    assert_denied(client.get(add_event))
    assert_denied(client.post(add_event, event_form("Intrusa", "intrusa")))
    assert not EventPage.objects.filter(slug="intrusa").exists()


def test_puno_editor_cannot_change_the_brand(client, puno_editor):
    brand = BrandSettings.load()
    url = reverse("wagtailsettings:edit", args=("themes", "brandsettings", brand.pk))
    assert_denied(client.get(url))
    assert_denied(client.post(url, {"colour_primary": "#000000"}))
    brand.refresh_from_db()
    assert brand.colour_primary == "#b3121f"


def test_brand_team_can_change_the_brand(client):
    client.force_login(user_in(groups.BRAND_TEAM, "imagen.dgsenep"))
    brand = BrandSettings.load()
    url = reverse("wagtailsettings:edit", args=("themes", "brandsettings", brand.pk))
    assert client.get(url).status_code == 200
    data = {
        field.name: getattr(brand, field.attname) or ""
        for field in BrandSettings._meta.concrete_fields
        if field.name != "id"
    }
    data["colour_accent"] = "#ffcc00"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    brand.refresh_from_db()
    assert brand.colour_accent == "#ffcc00"


def test_puno_editor_cannot_use_another_regions_collection(client, puno_editor):
    cusco_media = Collection.objects.get(name="Cusco", depth=3, path__startswith=_top("Red SENEP"))
    Image = get_image_model()
    before = Image.objects.count()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto ajena",
            "collection": cusco_media.pk,
            "file": SimpleUploadedFile("foto.png", image_bytes("Foto", size=(300, 200))),
        },
    )
    assert response.status_code == 200
    assert "collection" in response.context["form"].errors
    assert Image.objects.count() == before
    cusco_crest = region("08").crest
    edit = reverse("wagtailimages:edit", args=(cusco_crest.pk,))
    assert_denied(client.get(edit))
    assert_denied(client.post(edit, {"title": "Cambiado", "collection": cusco_crest.collection_id}))
    cusco_crest.refresh_from_db()
    assert cusco_crest.title != "Cambiado"
    # Its own collection works.
    puno_media = Collection.objects.get(name="Puno", depth=3, path__startswith=_top("Red SENEP"))
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto de la feria",
            "collection": puno_media.pk,
            "file": SimpleUploadedFile("feria.png", image_bytes("Feria", size=(300, 200))),
        },
    )
    assert response.status_code == 302
    assert Image.objects.filter(title="Foto de la feria", collection=puno_media).exists()


def _top(name):
    return Collection.objects.get(depth=2, name=name).path


def test_other_puno_changes_go_to_dml_moderation(client, puno_editor):
    office = OfficePage.objects.get(slug="centro-de-empleo-puno", locale__language_code="es")
    edit = reverse("wagtailadmin_pages:edit", args=(office.pk,))
    new_hours = "Lunes a sábado, de 8:00 a 17:00"

    # "Publish" is not theirs: the change is saved as a draft only.
    client.post(edit, office_form(office, opening_hours=new_hours, **{"action-publish": "1"}))
    office.refresh_from_db()
    assert office.opening_hours != new_hours

    response = client.post(
        edit, office_form(office, opening_hours=new_hours, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    office.refresh_from_db()
    state = WorkflowState.objects.for_instance(office).get(status="in_progress")
    assert state.workflow.name == setup.WORKFLOW_NAME
    assert office.opening_hours != new_hours  # still the published version
    assert new_hours not in client.get(office.url).content.decode()

    # A DML moderator approves; the change goes live.
    moderator = user_in(groups.DML_MODERATORS, "moderador.dml")
    client.force_login(moderator)
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(office.pk, "approve", task_state.pk)
    )
    response = client.post(approve, {"comment": "Conforme."})
    assert response.status_code in (200, 302)
    office.refresh_from_db()
    assert office.opening_hours == new_hours and office.live
    state.refresh_from_db()
    assert state.status == "approved"
    assert new_hours in client.get(office.url).content.decode()


def test_puno_editor_cannot_approve_their_own_change(client, puno_editor):
    office = OfficePage.objects.get(slug="centro-de-empleo-puno", locale__language_code="es")
    client.post(
        reverse("wagtailadmin_pages:edit", args=(office.pk,)),
        office_form(office, intro="Resumen nuevo.", **{"action-submit": "1"}),
    )
    state = WorkflowState.objects.for_instance(office).get(status="in_progress")
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(office.pk, "approve", state.current_task_state.pk),
    )
    assert_denied(client.post(approve, {"comment": ""}))
    state.refresh_from_db()
    assert state.status == "in_progress"
    office.refresh_from_db()
    assert office.intro != "Resumen nuevo."


def test_dml_editor_publishes_national_pages_directly(client):
    client.force_login(user_in(groups.DML_EDITORS, "editor.dml"))
    line = LineOfActionPage.objects.filter(locale__language_code="es").first()
    tester = line.permissions_for_user(get_user_model().objects.get(username="editor.dml"))
    assert tester.can_publish()
    assert client.get(reverse("wagtailadmin_pages:edit", args=(line.pk,))).status_code == 200


# -- translations keep the region's permissions -----------------------------------------------


def test_translating_a_region_keeps_its_editors_rights(client, puno_editor):
    quechua = Locale.objects.get(language_code="qu")
    puno = region("21")
    assert puno.get_translation_or_none(quechua) is None
    translated = puno.copy_for_translation(quechua, copy_parents=True)
    translated.save_revision().publish()
    area = puno.events_area.copy_for_translation(quechua)
    area.save_revision().publish()

    group = Group.objects.get(name="Región Puno – editores")
    assert set(
        group.page_permissions.filter(page=translated).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page"}
    assert group.page_permissions.filter(page=area, permission__codename="publish_page").exists()
    assert translated.get_workflow().name == setup.WORKFLOW_NAME

    edit = reverse("wagtailadmin_pages:edit", args=(translated.pk,))
    assert client.get(edit).status_code == 200
    other = Page.objects.get(pk=region("08").pk).copy_for_translation(quechua)
    assert_denied(client.get(reverse("wagtailadmin_pages:edit", args=(other.pk,))))
