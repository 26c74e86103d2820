"""Who may translate what: the page and snippet rules applied to wagtail-localize's views.

wagtail-localize itself only checks `wagtail_localize.submit_translation`; these rules add what
editing requires (`content/translation_views.py` applies them to every translation route):

- A page may be translated (submitted, updated, "synced") only by a user who may edit it, and only
  into a locale where the user may add pages under the destination: the translation's parent in
  that locale, or its nearest ancestor already translated there (wagtail-localize copies the
  missing parents). Each language is a separate page tree, so the destination's own permissions
  count, not the source's.
- A snippet may be translated only by a user who may add and change that snippet type.
- Translations of pages are always written as drafts (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE`
  is off); one goes live only when its source page is live and the user may publish the
  translated page. Otherwise an explicit "publish" saves a draft and submits it to the page's
  workflow, so a draft or a page waiting in moderation never becomes live through a translation.
"""

import json

from django.db.models import Q
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation

PUBLISHED = "published"
SUBMITTED = "submitted"
DRAFT = "draft"


def may_translate_snippet_type(user, model):
    return user.has_perms([get_permission_name("add", model), get_permission_name("change", model)])


def may_translate(user, instance):
    """May `user` create or update translations of this page or snippet at all?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return may_translate_snippet_type(user, type(instance))


def destination(page, locale):
    """The page in `locale` under which a translation of `page` is created (or the existing
    alias it replaces): the nearest ancestor (or the page itself) already present there."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing, True
    for ancestor in page.get_ancestors(inclusive=False).reverse():
        translated = ancestor.get_translation_or_none(locale)
        if translated is not None:
            return translated, False
    return None, False


def may_translate_into(user, instance, locale):
    if not isinstance(instance, Page):
        return may_translate_snippet_type(user, type(instance))
    page, is_existing = destination(instance, locale)
    if page is None:
        return user.is_superuser
    perms = page.permissions_for_user(user)
    return perms.can_edit() if is_existing else perms.can_add_subpage()


def locales_for(user, instance):
    """The locales `user` may translate `instance` into (the source locale excluded)."""
    allowed = [
        locale.pk
        for locale in Locale.objects.exclude(pk=instance.locale_id)
        if may_translate_into(user, instance, locale)
    ]
    return Locale.objects.filter(pk__in=allowed)


def translations_visible_to(user, queryset):
    """Translations whose source page the user may edit, or whose snippet type they may edit."""
    if user.is_superuser:
        return queryset
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    page_keys = editable.values_list("translation_key", flat=True)
    visible = Q(source__object_id__in=page_keys)
    for content_type_id in (
        queryset.exclude(source__object_id__in=page_keys)
        .values_list("source__specific_content_type", flat=True)
        .distinct()
    ):
        from django.contrib.contenttypes.models import ContentType

        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and not issubclass(model, Page):
            if may_translate_snippet_type(user, model):
                visible |= Q(source__specific_content_type_id=content_type_id)
    return queryset.filter(visible)


def may_go_live(user, source, target):
    """A translated page goes live only if its source is live and the user may publish it."""
    return bool(source.live) and target.permissions_for_user(user).can_publish()


def submit_to_workflow(user, page):
    """Submit the page's latest revision to its workflow; False when no workflow applies."""
    workflow = page.get_workflow()
    if workflow is None:
        return False
    state = page.current_workflow_state
    if state is not None:
        if state.status == state.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return True
    workflow.start(page, user)
    return True


def save_draft(translation, user):
    """Write the translation as a new draft revision of its target.

    wagtail-localize writes the target's row as well as the revision, which for a live page
    would change what the public sees; the row gets its live content back."""
    target = translation.get_target_instance()
    live_content = target.to_json() if isinstance(target, Page) and target.live else None
    translation.save_target(user=user, publish=False)
    if live_content is not None:
        saved = type(target).objects.get(pk=target.pk)
        saved.with_content_json(json.loads(live_content)).save(clean=False)


def settle(user, translation, publish):
    """After a translation's draft was written: publish it, submit it to moderation or leave it
    as a draft, following the rules above. Returns PUBLISHED, SUBMITTED or DRAFT."""
    target = translation.get_target_instance()
    if not isinstance(target, Page):
        return PUBLISHED
    target = target.specific
    source = translation.source.get_source_instance()
    if publish and may_go_live(user, source, target):
        target.get_latest_revision().publish(user=user)
        return PUBLISHED
    if publish and source.live and submit_to_workflow(user, target):
        return SUBMITTED
    return DRAFT


def enabled_translations(source):
    return Translation.objects.filter(source=source, enabled=True).select_related("target_locale")
