"""Permissions follow translations, and links of interest announce their changes.

A link of interest added, changed or deleted announces itself after commit, once per transaction
and language (`core.signals.announce_shown_object_changed`): the publisher re-publishes the links
page of its language (`LinksPage.pages_showing`).

Permissions follow translations (DESIGN: each language is a separate page tree).

A `GroupPagePermission` or workflow assignment on the Spanish region page does not cover its
English or Quechua copy. When a page is created as the translation (or alias) of an existing page,
it receives the group page permissions and the workflow assignment of its other translations, so a
region's editors keep their rights on the translated subtree and a new language's home page gets
the DML editors, translators and the moderation workflow. (Region editors' right to publish in
a new events area is granted by roles.signals.)
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from content.snippets import LinkOfInterest
from core.signals import announce_shown_object_changed


@receiver(post_save, sender=LinkOfInterest)
@receiver(post_delete, sender=LinkOfInterest)
def link_of_interest_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        announce_shown_object_changed(LinkOfInterest, instance, group=instance.locale_id)


def copy_permissions_from_translations(page):
    others = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    if not others.exists():
        return
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_id, page=page, permission_id=permission_id)
            for group_id, permission_id in GroupPagePermission.objects.filter(page__in=others)
            .values_list("group_id", "permission_id")
            .distinct()
        ],
        ignore_conflicts=True,
    )
    assignment = WorkflowPage.objects.filter(page__in=others).first()
    if assignment is not None:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": assignment.workflow})


@receiver(post_save)
def page_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, Page):
        return
    copy_permissions_from_translations(instance)
