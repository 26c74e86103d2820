"""Region editors publish events directly: a new events area under a region grants them that."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page

from content.models import EventIndexPage
from network.models import RegionPage
from roles.setup import grant_event_publishing


@receiver(post_save)
def events_area_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not isinstance(instance, EventIndexPage):
        return
    parent = instance.get_parent()
    if parent is not None and issubclass(parent.specific_class or Page, RegionPage):
        grant_event_publishing(instance)
