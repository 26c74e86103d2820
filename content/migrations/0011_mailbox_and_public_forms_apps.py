"""The mailbox models move to the `inbox` app and RateLimitWindow to `public_forms`.

State: the models leave content (the new apps' 0001_initial created them). Database: each table
is renamed to the new app's name (content_contactmessage -> inbox_contactmessage, ...), rows,
ids, indexes and constraints unchanged. The content types follow in the new apps' 0002.
"""

from django.db import migrations

MOVED = {
    "inbox": ["outboxentry", "contactmessage", "migrantvoice", "mailserverstate", "mailboxsettings"],
    "public_forms": ["ratelimitwindow"],
}


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0010_mailbox_delivery_and_lines"),
        ("inbox", "0001_initial"),
        ("public_forms", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name=model) for models in MOVED.values() for model in models
            ],
            database_operations=[
                migrations.AlterModelTable(name=model, table=f"{app}_{model}")
                for app, models in MOVED.items()
                for model in models
            ],
        ),
    ]
