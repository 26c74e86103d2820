"""The content types of the network's models follow them (see core/moved_models.py):
existing pages, their revisions, translation sources and reference-index rows keep pointing at
the same content type rows, now labelled `network`.

Also the anchor of this app's later migrations: it runs after content renamed the tables.
"""

from django.db import migrations

from core.moved_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("content", "0013_network_app"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        move_content_types(
            "content",
            "network",
            ["senepnetworkpage", "regionpage", "officepage", "officefinderpage", "employmentservice"],
        )
    ]
