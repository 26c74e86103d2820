"""The content type of PageFeedback follows it (see core/moved_models.py), and with
it the permissions `view_monthly_report` and `view_content_freshness` that groups hold.

Also the anchor of this app's later migrations: it runs after content renamed the table.
"""

from django.db import migrations

from core.moved_models import move_content_types


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("content", "0012_monitoring_app"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [move_content_types("content", "monitoring", ["pagefeedback"])]
