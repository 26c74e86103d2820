"""Run in a process of its own on an empty database (DATABASE_URL): loads the database of the
layout before the restructuring (content 0010, every other app at its leaf of that time) from the
engine's committed dump (tests/migrations/before_dump.py; `--write-dump` writes it), stores
rows through the historical models, migrates to the current layout and checks that nothing was
lost; then, on PostgreSQL (the production engine; the way back costs SQLite half the scenario's
time again, for a direction only an operator undoing a deployment takes), migrates back and
checks again. Prints "ok" and exits 0 when everything holds.

    DATABASE_URL=sqlite:////tmp/x.sqlite3 DJANGO_SETTINGS_MODULE=portal.settings.test \
        python tests/migrations/migration_scenario.py
"""

import os
import sys
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Group, Permission  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page, Revision  # noqa: E402

from inbox.models import ContactMessage, MailboxSettings, MailServerState, MigrantVoice  # noqa: E402
from inbox.models import OutboxEntry  # noqa: E402
from monitoring.models import PageFeedback  # noqa: E402
from network.models import OfficePage, RegionPage  # noqa: E402
from public_forms.models import RateLimitWindow  # noqa: E402
from tests.migrations import before_dump  # noqa: E402

# The apps that did not exist before the restructuring (or came after it), and content's last
# migration then.
NEW_APPS = {"inbox", "public_forms", "monitoring", "network", "roles", "demo", "registrations"}
CONTENT_BEFORE = ("content", "0010_mailbox_delivery_and_lines")
# Moved model -> its app now.
MOVED = {
    "contactmessage": "inbox",
    "outboxentry": "inbox",
    "migrantvoice": "inbox",
    "mailserverstate": "inbox",
    "mailboxsettings": "inbox",
    "ratelimitwindow": "public_forms",
    "pagefeedback": "monitoring",
    "senepnetworkpage": "network",
    "regionpage": "network",
    "officepage": "network",
    "officefinderpage": "network",
    "employmentservice": "network",
}


def targets_before():
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    return [CONTENT_BEFORE] + [
        leaf for leaf in leaves if leaf[0] not in NEW_APPS and leaf[0] != "content"
    ]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state(targets).apps


def page(apps, model, parent, slug, content_type, **fields):
    """A page row written the way treebeard would (historical models have no tree methods)."""
    Page_ = apps.get_model("wagtailcore", "Page")
    depth = parent.depth + 1
    path = parent.path + f"{Page_.objects.filter(depth=depth, path__startswith=parent.path).count() + 1:04d}"
    created = model.objects.create(
        title=slug.title(),
        draft_title=slug.title(),
        slug=slug,
        path=path,
        depth=depth,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        content_type=content_type,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        **fields,
    )
    Page_.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    return created


def populate(apps):
    """Rows of every moved model, a page tree with a region and an office, a revision and a
    group permission on a moved model; returns what to look for afterwards."""
    CT = apps.get_model("contenttypes", "ContentType")
    Perm = apps.get_model("auth", "Permission")
    Page_ = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    get = lambda name: apps.get_model("content", name)  # noqa: E731

    # What post_migrate would have created on a database of that time.
    cts = {model: CT.objects.get_or_create(app_label="content", model=model)[0] for model in MOVED}
    view_messages = Perm.objects.create(
        name="Can view mailbox message", content_type=cts["contactmessage"], codename="view_contactmessage"
    )
    view_report = Perm.objects.create(
        name="Can view the monthly portal report and its exports",
        content_type=cts["pagefeedback"],
        codename="view_monthly_report",
    )
    group = apps.get_model("auth", "Group").objects.create(name="Operadores (migración)")
    group.permissions.add(view_messages, view_report)

    locale = Locale.objects.get_or_create(language_code="es")[0]
    root = Page_.objects.get(depth=1)
    Page_.objects.filter(depth__gt=1).update(locale=locale)
    home = Page_.objects.filter(depth=2).first()
    network = page(apps, get("SenepNetworkPage"), home, "red-senep", cts["senepnetworkpage"])
    network = Page_.objects.get(pk=network.pk)
    region = page(
        apps, get("RegionPage"), network, "puno", cts["regionpage"],
        name="Puno", ubigeo="21", directorate="DRTPE Puno",
    )
    region_page = Page_.objects.get(pk=region.pk)
    office = page(
        apps, get("OfficePage"), region_page, "oficina-puno", cts["officepage"],
        address="Jr. Deustua 123", ubigeo="210101", opening_hours="8:30-16:30",
    )
    # Through the table: a historical model has no ClusterableModel.save() to commit `services`.
    through = get("OfficePage")._meta.get_field("services").remote_field.through
    through.objects.bulk_create(
        through(officepage_id=office.pk, employmentservice_id=code)
        for code in ["job-bank", "migrant-guidance"]
    )
    revision = apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=cts["regionpage"],
        base_content_type=CT.objects.get_or_create(app_label="wagtailcore", model="page")[0],
        object_id=str(region.pk),
        created_at=timezone.now(),
        content={"pk": region.pk, "title": "Puno", "content_type": cts["regionpage"].pk},
    )
    Page_.objects.filter(pk=region.pk).update(latest_revision=revision)

    message = get("ContactMessage").objects.create(
        reference="IM-2026-000042", language="es", name="Rosa", email="rosa@example.pe",
        country="Chile", line="3", subject="Contrato", text="Hola", consent_at=timezone.now(),
        source_page_id=region.pk,
    )
    entry = get("OutboxEntry").objects.create(message=message, kind="mailbox", attempts=2)
    voice = get("MigrantVoice").objects.create(
        language="es", country="Chile", city="Santiago", kind="concern", text="Trámites lentos"
    )
    feedback = get("PageFeedback").objects.create(
        page_id=office.pk, locale=locale, useful=False, comment="Falta el horario"
    )
    window = get("RateLimitWindow").objects.create(
        key="k" * 64, count=3, ends_at=timezone.now() + timedelta(minutes=5)
    )
    get("MailboxSettings").objects.create(line_3_email="linea3@example.pe")
    get("MailServerState").objects.create(pk=1, last_error="timeout")
    return {
        "content_types": {model: ct.pk for model, ct in cts.items()},
        "permissions": {view_messages.pk, view_report.pk},
        "group": group.pk,
        "region": region.pk,
        "office": office.pk,
        "revision": revision.pk,
        "message": message.pk,
        "entry": entry.pk,
        "voice": voice.pk,
        "feedback": feedback.pk,
        "window": window.pk,
        "pages": Page_.objects.count(),
        "root": root.pk,
    }


def check_after(ids):
    """Everything is there, with the same ids, under the new apps."""
    tables = set(connection.introspection.table_names())
    for model, app in MOVED.items():
        assert f"{app}_{model}" in tables and f"content_{model}" not in tables, model
    assert "network_officepage_services" in tables and "content_officepage_services" not in tables

    for model, app in MOVED.items():
        ct = ContentType.objects.get(pk=ids["content_types"][model])
        assert (ct.app_label, ct.model) == (app, model), (ct.app_label, ct.model)
        assert not ContentType.objects.filter(app_label="content", model=model).exists()

    group = Group.objects.get(pk=ids["group"])
    held = {(p.pk, p.content_type.app_label, p.codename) for p in group.permissions.all()}
    assert held >= {
        (min(ids["permissions"]), "inbox", "view_contactmessage"),
        (max(ids["permissions"]), "monitoring", "view_monthly_report"),
    }, held
    operator = Group.objects.get(pk=ids["group"])
    assert Permission.objects.filter(group=operator, content_type__app_label="inbox").exists()

    assert Page.objects.count() == ids["pages"]
    region = Page.objects.get(pk=ids["region"]).specific
    office = Page.objects.get(pk=ids["office"]).specific
    assert type(region) is RegionPage and region.name == "Puno", type(region)
    assert type(office) is OfficePage and office.get_parent().pk == region.pk, type(office)
    assert sorted(s.code for s in office.services.all()) == ["job-bank", "migrant-guidance"]
    revision = Revision.objects.get(pk=ids["revision"])
    assert revision.content_type.model_class() is RegionPage
    assert Page.objects.get(pk=ids["region"]).latest_revision_id == revision.pk

    message = ContactMessage.objects.get(pk=ids["message"])
    assert message.reference == "IM-2026-000042" and message.source_page_id == ids["region"]
    entry = OutboxEntry.objects.get(pk=ids["entry"])
    assert entry.message_id == message.pk and entry.attempts == 2
    assert list(message.outbox.values_list("pk", flat=True)) == [entry.pk]
    assert MigrantVoice.objects.get(pk=ids["voice"]).city == "Santiago"
    assert PageFeedback.objects.get(pk=ids["feedback"]).page_id == ids["office"]
    assert RateLimitWindow.objects.get(pk=ids["window"]).count == 3
    assert MailboxSettings.objects.get().line_3_email == "linea3@example.pe"
    assert MailServerState.load().last_error == "timeout"
    # New rows continue the ids (PostgreSQL's identity sequences moved with the tables).
    assert OutboxEntry.objects.create(message=message, kind="confirmation").pk > entry.pk


def check_back(ids):
    """Migrating back to the old layout puts tables and content types back under content."""
    tables = set(connection.introspection.table_names())
    for model in MOVED:
        assert f"content_{model}" in tables, model
        ct = ContentType.objects.get(pk=ids["content_types"][model])
        assert ct.app_label == "content", (ct.app_label, model)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reference FROM content_contactmessage WHERE id = %s", [ids["message"]])
        assert cursor.fetchone() == ("IM-2026-000042",)


def main():
    before = targets_before()
    before_dump.load(connection)
    ids = populate(migrate(before))  # applies only what came after the dump, if anything
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    check_after(ids)
    if connection.vendor == "postgresql":
        migrate(before)
        check_back(ids)
    print("ok")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-dump"]:
        migrate(targets_before())
        before_dump.write(connection)
    else:
        main()
