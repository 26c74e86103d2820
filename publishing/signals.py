"""Signal receivers that queue a publish when public content changes.

Changes made in one transaction (a subtree deleted, pages unpublished together, a translation
synced) are collected and queued as one task when the transaction commits; the task never sees
uncommitted data, and nothing is queued for a rolled-back transaction. What each change affects is
decided in `targets` (its docstring has the rules):

- pages published, unpublished, moved or deleted (slug changes arrive as publishes): incremental;
- an object that pages show but that is not a page (`core.signals.shown_object_changed`, e.g. a
  "La voz del migrante" testimonial or a link of interest): the pages that show it;
- an image or document changed: the pages that use it;
- a redirect added, changed or deleted: no page, but the release's redirects (every publish
  rewrites them, see `redirects`);
- a page view restriction added or removed: the page and its descendants leave (or rejoin) the
  public site, incrementally;
- a snippet, a site or generic setting (e.g. the brand), a collection view restriction changed:
  full publish (they show on many pages, or change what is public).
"""

import threading

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.signals import shown_object_changed

from . import targets
from .targets import Changes
from .tasks import publish_changes_task

_state = threading.local()


class _Batch:
    def __init__(self):
        self.changes = Changes()

    def flush(self):
        if getattr(_state, "batch", None) is self:
            _state.batch = None
        publish_changes_task.enqueue(self.changes.to_json())


def queue(**kwargs):
    """Record a change; it is queued for publishing when the current transaction commits."""
    change = Changes(**kwargs)
    connection = transaction.get_connection()
    batch = getattr(_state, "batch", None)
    if (
        batch is not None
        and connection.in_atomic_block
        and any(func == batch.flush for _ids, func, _robust in connection.run_on_commit)
    ):
        batch.changes.merge(change)
        return
    batch = _Batch()
    batch.changes.merge(change)
    _state.batch = batch if connection.in_atomic_block else None
    transaction.on_commit(batch.flush)


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    queue(pages={instance.pk}, reasons={"page published"})


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    queue(pages={instance.pk}, reasons={"page unpublished"})


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs):
    queue(pages={instance.pk}, reasons={"page moved"})


@receiver(pre_delete)
def on_page_deleted(sender, instance, **kwargs):
    # Wagtail drops the references to a deleted page: note who linked to it or listed it first.
    if isinstance(instance, Page) and sender is Page:
        queue(
            pages={instance.pk},
            referencing=(
                targets.referencing_page_ids({instance.pk})
                | targets.pages_showing(instance.specific)
            )
            - {instance.pk},
            reasons={"page deleted"},
        )


@receiver(shown_object_changed)
def on_shown_object_changed(sender, instance, **kwargs):
    pages = targets.pages_showing(instance)
    if pages:
        queue(pages=pages, reasons={f"{sender._meta.verbose_name} changed"})


def _on_save_or_delete(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    if sender is Redirect:
        queue(reasons={"redirects changed"})
        return
    if sender is PageViewRestriction:
        queue(pages={instance.page_id}, reasons={targets.PRIVACY_CHANGED})
        return
    if targets.affects_every_page(sender):
        queue(full=True, reasons={f"{sender._meta.verbose_name} changed"})
        return
    users = targets.pages_using(instance)
    if users:
        queue(pages=users, reasons={f"{sender._meta.verbose_name} changed"})


# Deletions are caught before they happen: Wagtail drops an object's references once it is gone.
post_save.connect(_on_save_or_delete, dispatch_uid="publishing_post_save")
pre_delete.connect(_on_save_or_delete, dispatch_uid="publishing_pre_delete")
