"""PageFeedback (with the monitoring permissions), moved from the content app with its table and rows."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("content", "0011_mailbox_and_public_forms_apps"),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # The tables exist already (created by content's migrations): only the state moves here.
        # content/migrations/0012_* renames the tables; 0002_content_types renames the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PageFeedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('useful', models.BooleanField(verbose_name='useful')),
                        ('comment', models.TextField(blank=True, max_length=500, verbose_name='comment')),
                        ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='date')),
                        ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale', verbose_name='language')),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='page')),
                    ],
                    options={
                        'verbose_name': 'page feedback',
                        'verbose_name_plural': 'page feedback',
                        'ordering': ['-created_at'],
                        'permissions': [('view_monthly_report', 'Can view the monthly portal report and its exports'), ('view_content_freshness', 'Can see content freshness and get its weekly email')],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
