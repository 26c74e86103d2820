"""The delivery task moved from inbox.tasks into inbox.outbox (next to `deliver` and `enqueue`,
which need each other); deliveries already queued run it at its new path."""

from django.db import migrations

from core.moved_models import move_queued_tasks


class Migration(migrations.Migration):
    dependencies = [("inbox", "0003_queued_tasks")]

    operations = [
        move_queued_tasks(
            {"inbox.tasks.deliver_outbox_entry": "inbox.outbox.deliver_outbox_entry"}
        )
    ]
