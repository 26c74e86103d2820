"""Steps of the backup round trip, run inside a portal process (`manage.py shell -c ...`).

`populate` adds what the demo lacks so that every kind of record is present: a contact message
(with its outbox entries), a "La voz del migrante" entry, page feedback, a Wagtail form submission, a document and an image in a private collection, a private page, a
draft revision, a redirect, an editor with page permissions, every registered settings model.
`fingerprint` prints, as JSON, every table's row count and content hash and every media file's
hash: two databases with equal fingerprints hold the same data.
"""

import hashlib
import io
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import connection


def _png():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 16, 46)).save(buffer, format="PNG")
    return buffer.getvalue()


def populate():
    from django.contrib.auth import get_user_model
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        GroupPagePermission,
        Page,
        PageViewRestriction,
        Site,
    )

    from content.models import NewsPage

    private = Collection.get_first_root_node().add_child(name="Privada (copia de seguridad)")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    get_document_model().objects.create(
        title="Informe interno",
        collection=private,
        file=ContentFile(b"%PDF-1.4\n% informe interno\n%%EOF\n", name="informe-interno.pdf"),
    )
    get_image_model().objects.create(
        title="Foto interna",
        collection=private,
        file=ContentFile(_png(), name="foto-interna.png"),
        width=8,
        height=8,
    )

    news = NewsPage.objects.filter(locale__language_code="es").live().first()
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    news.title = news.title + " (borrador)"
    news.save_revision()

    Redirect.objects.create(old_path="/antiguo-portal", redirect_link="/es/")
    editors = Group.objects.create(name="Editores regionales (copia)")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=news.get_parent(), permission_type="change"
    )
    editor = get_user_model().objects.create_user("editora-copia", password="Una clave larga 2025")
    editor.groups.add(editors)

    home = Page.objects.get(depth=2, locale__language_code="es")
    FormSubmission.objects.create(
        page=home, form_data={"nombre": "Rosa", "mensaje": "¿Cómo legalizo mi contrato?"}
    )

    from inbox.models import MigrantVoice
    from inbox.outbox import submit_message

    submit_message(
        language="es",
        name="Rosa Quispe",
        email="rosa@example.pe",
        country="Chile",
        line="3",
        subject="Contrato",
        text="¿Cómo legalizo mi contrato en Santiago?",
    )
    MigrantVoice.objects.create(
        language="es", country="Chile", city="Arica", kind="concern", text="Horarios del consulado"
    )
    from monitoring.models import PageFeedback

    PageFeedback.objects.create(page=home, locale=home.locale, useful=False, comment="Falta Chile")

    site = Site.objects.get(is_default_site=True)
    for model in settings_registry:
        model.for_site(site) if hasattr(model, "for_site") else model.load()


def _rows(table):
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {quoted}")
        rows = [
            repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))
            for row in cursor.fetchall()
        ]
    return sorted(rows)


def fingerprint():
    from django.apps import apps

    tables = {}
    for table in sorted(connection.introspection.table_names()):
        rows = _rows(table)
        digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        tables[table] = {"rows": len(rows), "sha256": digest}
    media_root = Path(settings.MEDIA_ROOT)
    media = {
        path.relative_to(media_root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(media_root.rglob("*"))
        if path.is_file()
    }
    models = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if not model._meta.proxy
    }
    print(json.dumps({"tables": tables, "media": media, "models": models}))


def damage():
    """What a bad day looks like: pages deleted, a file lost, a stray file and a stray table."""
    from wagtail.models import Page

    Page.objects.get(depth=3, slug="noticias").delete()
    media_root = Path(settings.MEDIA_ROOT)
    next(media_root.joinpath("documents").iterdir()).unlink()
    media_root.joinpath("stray.txt").write_text("not in the backup")
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE stray_table (x integer)")
