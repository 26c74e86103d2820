"""Translations through wagtail-localize's own models, with texts from the demo data.

For each object: `TranslationSource` (the frozen Spanish content, split into segments), a
`StringTranslation` for every `String` segment (looked up by exact Spanish text in
`text.memory(language)`; a missing one is an error), a `Translation` record (so editors can keep
syncing it in the admin), then `create_or_update_translation()` and an explicit publish of the
new revision (wagtail-localize would publish on transaction commit, which never happens inside a
test transaction).

Page links are synchronised fields in wagtail-localize (they keep pointing at the Spanish page);
`localise_links()` adds segment overrides so translated pages link to translated pages, and
`localise_amendments()` does the same for legislation amendments (a plain foreign key, copied as
is).
"""

import json

from django.core.management.base import CommandError
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links

from content.models import LegislationPage

from .text import memory


class Translator:
    def __init__(self, language, log):
        self.language = language
        self.locale = Locale.objects.get(language_code=language)
        self.memory = memory(language)
        self.log = log
        self.sources = []  # sources translated in this run
        self.created = 0

    # -- one object -------------------------------------------------------------------------
    def translate(self, instance):
        """The translation of `instance` in this language, created and published if missing."""
        existing = instance.get_translation_or_none(self.locale)
        if existing is not None:
            return existing
        # Always extract from the database: the caller's copy may predate a later revision.
        instance = type(instance).objects.get(pk=instance.pk)
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        self.fill_strings(source)
        Translation.objects.get_or_create(
            source=source, target_locale=self.locale, defaults={"enabled": True}
        )
        target = self.save_target(source)
        self.sources.append(source)
        self.created += 1
        self.log(f"    {self.language}: {target}", verbosity=2)
        return target

    def save_target(self, source):
        is_draftable = issubclass(source.specific_content_type.model_class(), DraftStateMixin)
        target, _created = source.create_or_update_translation(
            self.locale, publish=not is_draftable, fallback=False
        )
        if is_draftable:
            target.get_latest_revision().publish()
        return target

    def fill_strings(self, source):
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        done = set(
            StringTranslation.objects.filter(
                locale=self.locale, context__object_id=source.object_id
            ).values_list("translation_of_id", "context_id")
        )
        new, missing = {}, []
        for segment in segments:
            key = (segment.string_id, segment.context_id)
            if key in done or key in new:
                continue
            translated = self.memory.get(segment.string.data)
            if translated is None:
                missing.append(segment.string.data)
                continue
            StringValue.from_translated_html(translated)
            validate_translation_links(segment.string.data, translated)
            new[key] = StringTranslation(
                translation_of=segment.string,
                locale=self.locale,
                context=segment.context,
                data=translated,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name="load_demo",
            )
        if missing:
            lines = "\n".join(f"  - {text}" for text in missing)
            raise CommandError(
                f"No {self.language} translation for {len(missing)} segment(s) of "
                f"“{source.object_repr}”:\n{lines}"
            )
        StringTranslation.objects.bulk_create(new.values())

    # -- a page subtree ---------------------------------------------------------------------
    def translate_tree(self, page, depth=None):
        """`page` and its descendants (down to `depth` levels), parents before children."""
        self.translate(page)
        if depth == 0:
            return
        for child in page.get_children().specific():
            self.translate_tree(child, None if depth is None else depth - 1)

    # -- links ------------------------------------------------------------------------------
    def localise_links(self):
        """Point page choosers of translated pages at translated pages (segment overrides)."""
        for source in self.sources:
            changed = False
            overridables = OverridableSegment.objects.filter(source=source).select_related(
                "context"
            )
            for segment in overridables:
                value = json.loads(segment.data_json)
                if not segment.context.path.endswith(".page") or not isinstance(value, int):
                    continue
                page = Page.objects.filter(pk=value).first()
                translated = page and page.get_translation_or_none(self.locale)
                if translated is None:
                    continue
                _override, created = SegmentOverride.objects.update_or_create(
                    locale=self.locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(translated.pk)},
                )
                changed = changed or created
            if changed:
                self.save_target(source)

    def localise_amendments(self):
        """Translated legislation: amendments point at the translated amending norm."""
        pages = LegislationPage.objects.filter(locale=self.locale).prefetch_related(
            "amendments__amending_norm"
        )
        for page in pages:
            amendments = list(page.amendments.all())
            stale = [a for a in amendments if a.amending_norm.locale_id != self.locale.pk]
            if not stale:
                continue
            for amendment in stale:
                translated = amendment.amending_norm.get_translation_or_none(self.locale)
                if translated is None:
                    raise CommandError(
                        f"{page.title}: the amending norm “{amendment.amending_norm.title}” "
                        f"has no {self.language} translation"
                    )
                amendment.amending_norm = translated.specific
            page.amendments = amendments
            page.save_revision().publish()
