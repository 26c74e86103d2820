"""The weekly freshness email already queued when monitoring moved to this app runs the task at
its new path (and `schedule_freshness_digest` finds it, instead of queueing a second one)."""

from django.db import migrations

from core.moved_models import move_queued_tasks


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0002_content_types"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        move_queued_tasks(
            {"content.monitoring.tasks.send_freshness_digest": "monitoring.tasks.send_freshness_digest"}
        )
    ]
