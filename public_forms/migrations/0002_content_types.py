"""The content types of the models moved from content follow them (see core/moved_models.py).

Also the anchor of this app's later migrations: it runs after content renamed the tables.
"""

from django.db import migrations

from core.moved_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("public_forms", "0001_initial"),
        ("content", "0011_mailbox_and_public_forms_apps"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [move_content_types("content", "public_forms", ["ratelimitwindow"])]
