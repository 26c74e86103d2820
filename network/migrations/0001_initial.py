"""The SENEP network's page types and the Centro de Empleo services, moved from the content app
with their tables, rows and page tree."""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("content", "0012_monitoring_app"),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        # The tables exist already (created by content's migrations): only the state moves here.
        # content/migrations/0013_* renames the tables; 0002_content_types renames the content types.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EmploymentService',
                    fields=[
                        ('code', models.SlugField(choices=[('labour-market-information', 'Information on the labour market'), ('business-outreach', 'Business outreach'), ('vocational-guidance', 'Vocational guidance'), ('job-training', 'Job training'), ('entrepreneurship-training', 'Entrepreneurship training'), ('entrepreneurship-guidance', 'Entrepreneurship guidance'), ('job-bank', 'Job bank'), ('job-search-counselling', 'Job-search counselling'), ('certificado-unico-laboral', 'Certificado Único Laboral (single labour certificate)'), ('temporary-employment', 'Temporary employment'), ('competence-certification', 'Certification of labour competences'), ('migrant-guidance', 'Guidance for migrants')], max_length=40, primary_key=True, serialize=False, verbose_name='code')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                    ],
                    options={
                        'verbose_name': 'Centro de Empleo service',
                        'verbose_name_plural': 'Centro de Empleo services',
                        'ordering': ['sort_order'],
                    },
                ),
                migrations.CreateModel(
                    name='OfficeFinderPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences in plain language. Shown in listings and search results.', max_length=500, verbose_name='summary')),
                    ],
                    options={
                        'verbose_name': 'office finder',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='SenepNetworkPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences in plain language. Shown in listings and search results.', max_length=500, verbose_name='summary')),
                    ],
                    options={
                        'verbose_name': 'SENEP network',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='OfficePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences in plain language. Shown in listings and search results.', max_length=500, verbose_name='summary')),
                        ('kind', models.CharField(choices=[('regional', 'Regional SENEP office'), ('local', 'Local SENEP office'), ('centro-de-empleo', 'Centro de Empleo')], default='regional', max_length=20, verbose_name='type of office')),
                        ('address', models.CharField(max_length=250, verbose_name='address')),
                        ('ubigeo', models.CharField(help_text="The district's six-digit ubigeo code, e.g. 210101 for Puno.", max_length=6, validators=[django.core.validators.RegexValidator('^\\d{6}$', 'Six digits: department, province, district.')], verbose_name='ubigeo code')),
                        ('opening_hours', models.CharField(help_text='For example: Monday to Friday, 8:30 to 16:30.', max_length=200, verbose_name='opening hours')),
                        ('phone', models.CharField(blank=True, max_length=30, validators=[django.core.validators.RegexValidator('^[0-9+()\\- ]{6,30}$', 'Use digits, spaces, +, parentheses and hyphens only.')], verbose_name='phone')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('latitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, validators=[django.core.validators.MinValueValidator(-90), django.core.validators.MaxValueValidator(90)], verbose_name='latitude')),
                        ('longitude', models.DecimalField(blank=True, decimal_places=6, max_digits=9, null=True, validators=[django.core.validators.MinValueValidator(-180), django.core.validators.MaxValueValidator(180)], verbose_name='longitude')),
                        ('services', modelcluster.fields.ParentalManyToManyField(related_name='offices', to='network.employmentservice', verbose_name='services')),
                    ],
                    options={
                        'verbose_name': 'office',
                        'verbose_name_plural': 'offices',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='RegionPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, help_text='One or two sentences in plain language. Shown in listings and search results.', max_length=500, verbose_name='summary')),
                        ('name', models.CharField(help_text='As written in the ubigeo register, with accents: Áncash, Lima Metropolitana.', max_length=60, verbose_name='official name')),
                        ('ubigeo', models.CharField(help_text='Department code (e.g. 21 for Puno); 1501 for Lima Metropolitana.', max_length=4, validators=[django.core.validators.RegexValidator('^\\d{2}(\\d{2})?$', 'Two digits, or four for a province.')], verbose_name='ubigeo code')),
                        ('directorate', models.CharField(max_length=200, verbose_name='regional directorate')),
                        ('address', models.CharField(blank=True, max_length=250, verbose_name='address')),
                        ('phone', models.CharField(blank=True, max_length=30, validators=[django.core.validators.RegexValidator('^[0-9+()\\- ]{6,30}$', 'Use digits, spaces, +, parentheses and hyphens only.')], verbose_name='phone')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('crest_alt', models.CharField(blank=True, help_text='For example: Escudo de la Región Puno.', max_length=200, verbose_name='crest alternative text')),
                        ('body', wagtail.fields.StreamField([('heading', 0), ('paragraph', 1), ('image', 5), ('notice', 9), ('steps', 15), ('links', 22), ('document', 25), ('video', 28), ('contact', 35), ('voice_form', 36)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'form_classname': 'title', 'label': 'Heading', 'max_length': 120, 'template': 'components/blocks/heading_block.html'}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['h2', 'h3', 'h4', 'bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Paragraph'}), 2: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe the image for people who cannot see it. Leave empty if decorative.', 'label': 'Alternative text', 'max_length': 250, 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('image', 2), ('alt_text', 3), ('caption', 4)]], {}), 6: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('info', 'Information'), ('warning', 'Warning'), ('tip', 'Tip')], 'label': 'Kind'}), 7: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120, 'required': False}), 8: ('wagtail.blocks.RichTextBlock', (), {'features': ['h2', 'h3', 'h4', 'bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'Text'}), 9: ('wagtail.blocks.StructBlock', [[('kind', 6), ('title', 7), ('text', 8)]], {}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 120, 'required': False}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Step', 'max_length': 200}), 12: ('wagtail.blocks.RichTextBlock', (), {'features': ['h2', 'h3', 'h4', 'bold', 'italic', 'ol', 'ul', 'link', 'document-link'], 'label': 'What to do'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.ListBlock', (13,), {'label': 'Steps'}), 15: ('wagtail.blocks.StructBlock', [[('heading', 10), ('steps', 14)]], {}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 200}), 17: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 18: ('wagtail.blocks.URLBlock', (), {'label': 'External address', 'required': False}), 19: ('wagtail.blocks.CharBlock', (), {'label': 'Description', 'max_length': 300, 'required': False}), 20: ('wagtail.blocks.StructBlock', [[('title', 16), ('page', 17), ('url', 18), ('description', 19)]], {}), 21: ('wagtail.blocks.ListBlock', (20,), {'label': 'Links'}), 22: ('wagtail.blocks.StructBlock', [[('heading', 10), ('links', 21)]], {}), 23: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 24: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 200, 'required': False}), 25: ('wagtail.blocks.StructBlock', [[('document', 23), ('title', 24)]], {}), 26: ('wagtail.embeds.blocks.EmbedBlock', (), {'label': 'Video address'}), 27: ('wagtail.blocks.TextBlock', (), {'label': 'Transcript or description', 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('video', 26), ('title', 16), ('transcript', 27)]], {}), 29: ('wagtail.blocks.CharBlock', (), {'label': 'Name', 'max_length': 200}), 30: ('wagtail.blocks.CharBlock', (), {'label': 'Address', 'max_length': 300, 'required': False}), 31: ('wagtail.blocks.CharBlock', (), {'label': 'Phone', 'max_length': 60, 'required': False}), 32: ('wagtail.blocks.EmailBlock', (), {'label': 'Email', 'required': False}), 33: ('wagtail.blocks.URLBlock', (), {'label': 'Website', 'required': False}), 34: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Shown first and highlighted.', 'label': 'Emergency contact', 'required': False}), 35: ('wagtail.blocks.StructBlock', [[('name', 29), ('address', 30), ('phone', 31), ('email', 32), ('url', 33), ('emergency', 34)]], {}), 36: ('content.blocks.VoiceFormBlock', (), {})}, verbose_name='body')),
                        ('crest', models.ForeignKey(blank=True, help_text="Shown next to the national brand on this region's pages. PNG, WebP or SVG from the region's folder in the “Escudos” collection.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='crest')),
                    ],
                    options={
                        'verbose_name': 'region',
                        'verbose_name_plural': 'regions',
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
            database_operations=[],
        ),
    ]
