"""The weekly content-freshness email to the DML editors, as a django-tasks task.

`send_freshness_digest` mails every active user holding `monitoring.view_content_freshness` the
reviews overdue or due soon and the outdated translations (nothing is sent when the list is
empty), then queues its own next run: the coming FRESHNESS_DIGEST_WEEKDAY at
FRESHNESS_DIGEST_HOUR, Lima time. `manage.py schedule_freshness_digest` (run by `make run` and at
deploy) queues the first run; it is idempotent, so the chain never doubles.

Mail leaves through `deliver()`, Django's mail API. The mailbox outbox (inbox/outbox.py)
cannot carry it yet: an `OutboxEntry` belongs to a contact message and is built from it by kind.
Moving the digest there means a nullable `message`, a "digest" kind whose entry stores the rendered
email, and `mail_for()` returning it; then `deliver()` stores the entry instead of sending.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from django_tasks import task
from django_tasks.base import TaskResultStatus

from .freshness import due_reviews, outdated_by_source
from .report import language_name

PERMISSION = "monitoring.view_content_freshness"


@task()
def send_freshness_digest():
    try:
        return deliver_digest()
    finally:
        schedule_next_digest()


def digest_recipients():
    # Group permissions as Django's ModelBackend grants them (django-axes is the other backend).
    users = get_user_model().objects.with_perm(
        PERMISSION,
        is_active=True,
        include_superusers=False,
        backend="django.contrib.auth.backends.ModelBackend",
    )
    return users.exclude(email="").select_related("wagtail_userprofile").order_by("pk")


def deliver_digest(today=None):
    """Mail the current list to every recipient; the number of emails sent."""
    today = today or timezone.localdate()
    reviews = due_reviews(today)
    outdated = outdated_by_source()
    if not reviews and not outdated:
        return 0
    sent = 0
    for user in digest_recipients():
        profile = getattr(user, "wagtail_userprofile", None)
        language = (profile and profile.preferred_language) or settings.LANGUAGE_CODE
        with translation.override(language):
            deliver(digest_email(user, reviews, outdated, today))
        sent += 1
    return sent


def admin_edit_url(page_id):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailadmin_pages:edit", args=[page_id]
    )


def digest_email(user, reviews, outdated, today):
    overdue = [item for item in reviews if item.overdue]
    due_soon = [item for item in reviews if not item.overdue]
    context = {
        "user": user,
        "today": today,
        "overdue": [(item, admin_edit_url(item.page.pk)) for item in overdue],
        "due_soon": [(item, admin_edit_url(item.page.pk)) for item in due_soon],
        "outdated": [
            (source, ", ".join(map(language_name, languages)), admin_edit_url(source["id"]))
            for source, languages in outdated
        ],
        "due_soon_days": settings.FRESHNESS_DUE_SOON_DAYS,
        "dashboard_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
    }
    summary = ", ".join(
        [
            ngettext("%(count)d overdue review", "%(count)d overdue reviews", len(overdue))
            % {"count": len(overdue)},
            ngettext("%(count)d due soon", "%(count)d due soon", len(due_soon))
            % {"count": len(due_soon)},
            ngettext(
                "%(count)d outdated translation", "%(count)d outdated translations", len(outdated)
            )
            % {"count": len(outdated)},
        ]
    )
    subject = gettext("[Infomigra] Content to review: %(summary)s") % {"summary": summary}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("monitoring/email/freshness_digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(
        render_to_string("monitoring/email/freshness_digest.html", context), "text/html"
    )
    return message


def deliver(message):
    """The one place the digest leaves (see the module's note on the outbox)."""
    message.send()


# -- the weekly schedule --------------------------------------------------------------------------
def next_run_after(moment):
    """The first FRESHNESS_DIGEST_WEEKDAY at FRESHNESS_DIGEST_HOUR (local time) after `moment`."""
    local = timezone.localtime(moment)
    days_ahead = (settings.FRESHNESS_DIGEST_WEEKDAY - local.weekday()) % 7
    candidate = local.replace(
        hour=settings.FRESHNESS_DIGEST_HOUR, minute=0, second=0, microsecond=0
    ) + datetime.timedelta(days=days_ahead)
    if candidate <= local:
        candidate += datetime.timedelta(days=7)
    return candidate


def pending_run():
    """When the queued weekly run is due, or None (only the database backend can tell)."""
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(send_freshness_digest.get_backend(), DatabaseBackend):
        return None
    return (
        DBTaskResult.objects.filter(
            status=TaskResultStatus.READY, task_path=send_freshness_digest.module_path
        )
        .order_by("run_after")
        .values_list("run_after", flat=True)
        .first()
    )


def schedule_next_digest(now=None):
    """Queue the next weekly run unless one is queued already; when it runs, or None.

    Backends that cannot defer work (the immediate one of the tests) get nothing queued.
    """
    if not send_freshness_digest.get_backend().supports_defer:
        return None
    queued = pending_run()
    if queued is not None:
        return queued
    run_after = next_run_after(now or timezone.now())
    send_freshness_digest.using(run_after=run_after).enqueue()
    return run_after
