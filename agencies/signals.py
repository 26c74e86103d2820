"""An agency added, changed or deleted (in the admin or by a CSV import) announces it once per
transaction, after commit, with `core.signals.shown_object_changed`: the publisher re-publishes
the pages that show the registry (`OfferCheckPage.pages_showing`), i.e. the look-up pages and
their published registry file."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.signals import shown_object_changed

from .registry import EmploymentAgency


def _announce(instance):
    shown_object_changed.send(sender=EmploymentAgency, instance=instance)


@receiver(post_save, sender=EmploymentAgency)
@receiver(post_delete, sender=EmploymentAgency)
def registry_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    connection = transaction.get_connection()
    # One announcement per transaction: an import of 500 rows publishes once.
    pending = getattr(connection, "_agency_registry_announced", None)
    if pending is not None and any(
        func is pending for _ids, func, _robust in connection.run_on_commit
    ):
        return

    def announce():
        connection._agency_registry_announced = None
        _announce(instance)

    connection._agency_registry_announced = announce
    transaction.on_commit(announce)
