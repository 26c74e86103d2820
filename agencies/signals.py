"""An agency added, changed or deleted (in the admin or by a CSV import) announces it once per
transaction, after commit (`core.signals.announce_shown_object_changed`): the publisher
re-publishes the pages that show the registry (`OfferCheckPage.pages_showing`), i.e. the look-up
pages and their published registry file."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.signals import announce_shown_object_changed

from .registry import EmploymentAgency


@receiver(post_save, sender=EmploymentAgency)
@receiver(post_delete, sender=EmploymentAgency)
def registry_changed(sender, instance, **kwargs):
    if not kwargs.get("raw"):
        announce_shown_object_changed(EmploymentAgency, instance)
