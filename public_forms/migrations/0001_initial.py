"""RateLimitWindow, moved from the content app with its table and rows."""

from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("content", "0010_mailbox_delivery_and_lines"),
    ]

    operations = [
        # The tables exist already (created by content's migrations): only the state moves here.
        # content/migrations/0011_* renames the tables; 0002_content_types renames the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='RateLimitWindow',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('key', models.CharField(max_length=64, unique=True)),
                        ('count', models.PositiveIntegerField(default=0)),
                        ('ends_at', models.DateTimeField(db_index=True)),
                    ],
                    options={
                        'verbose_name': 'rate-limit window',
                        'verbose_name_plural': 'rate-limit windows',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
