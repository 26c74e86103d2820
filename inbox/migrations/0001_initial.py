"""The mailbox models, moved from the content app with their tables and rows."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("content", "0010_mailbox_delivery_and_lines"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        # The tables exist already (created by content's migrations): only the state moves here.
        # content/migrations/0011_* renames the tables; 0002_content_types renames the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='MailboxSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('line_1_email', models.EmailField(blank=True, max_length=254, verbose_name='line 1 mailbox')),
                        ('line_2_email', models.EmailField(blank=True, max_length=254, verbose_name='line 2 mailbox')),
                        ('line_3_email', models.EmailField(blank=True, max_length=254, verbose_name='line 3 mailbox')),
                        ('line_4_email', models.EmailField(blank=True, max_length=254, verbose_name='line 4 mailbox')),
                        ('other_email', models.EmailField(blank=True, max_length=254, verbose_name='other topics mailbox')),
                    ],
                    options={
                        'verbose_name': 'mailboxes per line of action',
                    },
                ),
                migrations.CreateModel(
                    name='MailServerState',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('unreachable_since', models.DateTimeField(blank=True, null=True)),
                        ('checked_at', models.DateTimeField(blank=True, null=True)),
                        ('last_error', models.CharField(blank=True, max_length=500)),
                    ],
                    options={
                        'verbose_name': 'mail server state',
                    },
                ),
                migrations.CreateModel(
                    name='ContactMessage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reference', models.CharField(editable=False, max_length=20, null=True, unique=True, verbose_name='reference')),
                        ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='received')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('language', models.CharField(max_length=8, verbose_name='language')),
                        ('name', models.CharField(blank=True, max_length=100, verbose_name='name')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('country', models.CharField(blank=True, max_length=100, verbose_name='country of residence')),
                        ('line', models.CharField(choices=[('1', 'Line 1: going to work abroad'), ('2', 'Line 2: returning to Peru'), ('3', 'Line 3: working abroad'), ('4', 'Line 4: Andean and foreign workers in Peru'), ('other', 'Other topics')], max_length=8, verbose_name='line of action')),
                        ('subject', models.CharField(blank=True, max_length=150, verbose_name='subject')),
                        ('text', models.TextField(blank=True, verbose_name='message')),
                        ('consent_at', models.DateTimeField(editable=False, verbose_name='privacy notice accepted')),
                        ('status', models.CharField(choices=[('new', 'New'), ('in_progress', 'In progress'), ('answered', 'Answered')], db_index=True, default='new', max_length=16, verbose_name='status')),
                        ('answered_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='answered')),
                        ('anonymised_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='anonymised')),
                        ('source_page', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='sent from')),
                    ],
                    options={
                        'verbose_name': 'mailbox message',
                        'verbose_name_plural': 'mailbox messages',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='MigrantVoice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='received')),
                        ('language', models.CharField(max_length=8, verbose_name='language')),
                        ('country', models.CharField(max_length=100, verbose_name='country')),
                        ('city', models.CharField(max_length=100, verbose_name='city')),
                        ('kind', models.CharField(choices=[('concern', 'Concern'), ('suggestion', 'Suggestion')], max_length=16, verbose_name='kind')),
                        ('text', models.TextField(verbose_name='concern or suggestion')),
                        ('may_publish', models.BooleanField(default=False, verbose_name='may be published anonymously')),
                        ('status', models.CharField(choices=[('new', 'New'), ('published', 'Published as a testimonial'), ('archived', 'Archived')], db_index=True, default='new', max_length=16, verbose_name='status')),
                        ('testimonial', models.TextField(blank=True, help_text='The anonymised text shown on the line 3 page: remove names, places and anything else that could identify the author.', max_length=1000, verbose_name='published text')),
                        ('published_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='published')),
                        ('source_page', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='sent from')),
                    ],
                    options={
                        'verbose_name': 'voice of the migrant entry',
                        'verbose_name_plural': 'voice of the migrant entries',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='OutboxEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('mailbox', 'Infomigra mailbox'), ('confirmation', 'confirmation to the visitor')], max_length=16, verbose_name='kind')),
                        ('status', models.CharField(choices=[('pending', 'pending'), ('sending', 'sending'), ('sent', 'sent'), ('failed', 'failed')], default='pending', max_length=16, verbose_name='status')),
                        ('attempts', models.PositiveIntegerField(default=0, verbose_name='attempts')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                        ('retrying_since', models.DateTimeField(default=django.utils.timezone.now, verbose_name='retrying since')),
                        ('next_attempt_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='next attempt')),
                        ('claimed_at', models.DateTimeField(blank=True, null=True, verbose_name='claimed')),
                        ('claimed_by', models.CharField(blank=True, max_length=100, verbose_name='claimed by')),
                        ('claim_token', models.CharField(blank=True, max_length=32)),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent')),
                        ('last_error', models.CharField(blank=True, max_length=500, verbose_name='last error')),
                        ('operators_alerted_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='operators alerted')),
                        ('message', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='outbox', to='inbox.contactmessage', verbose_name='message')),
                    ],
                    options={
                        'verbose_name': 'outbox entry',
                        'verbose_name_plural': 'outbox entries',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.AddIndex(
                    model_name='contactmessage',
                    index=models.Index(fields=['line', 'status', 'created_at'], name='content_con_line_f4caa1_idx'),
                ),
                migrations.AddIndex(
                    model_name='outboxentry',
                    index=models.Index(fields=['status', 'next_attempt_at'], name='content_out_status_d45326_idx'),
                ),
                migrations.AddConstraint(
                    model_name='outboxentry',
                    constraint=models.UniqueConstraint(fields=('message', 'kind'), name='one_outbox_entry_per_kind'),
                ),
            ],
            database_operations=[],
        ),
    ]
