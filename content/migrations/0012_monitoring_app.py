"""PageFeedback moves to the `monitoring` app (with the report and freshness permissions).

State: the model leaves content (monitoring's 0001_initial created it). Database: the table is
renamed to monitoring_pagefeedback, rows and ids unchanged. The content type, and with it the
permissions held by groups, follows in monitoring's 0002.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0011_mailbox_and_public_forms_apps"),
        ("monitoring", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="pagefeedback")],
            database_operations=[
                migrations.AlterModelTable(name="pagefeedback", table="monitoring_pagefeedback")
            ],
        ),
    ]
