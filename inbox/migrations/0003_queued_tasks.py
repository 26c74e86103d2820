"""Deliveries already queued when the mailbox moved to this app run the task at its new path."""

from django.db import migrations

from core.moved_models import move_queued_tasks


class Migration(migrations.Migration):
    dependencies = [
        ("inbox", "0002_content_types"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        move_queued_tasks(
            {"content.contact.tasks.deliver_outbox_entry": "inbox.tasks.deliver_outbox_entry"}
        )
    ]
