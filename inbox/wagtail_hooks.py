"""Admin registrations: permission policies, the two viewsets, the operators' dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy

from core.groups import DML_MODERATORS
from core.membership import GroupMembershipPolicy

from .access import MailboxPolicy, mailbox_lines
from .admin_views import ContactMessageViewSet, MigrantVoiceViewSet
from .models import ContactMessage, MailServerState, MigrantVoice, OutboxEntry

register_permission_policy(ContactMessage, MailboxPolicy(ContactMessage))
register_permission_policy(
    MigrantVoice,
    GroupMembershipPolicy(MigrantVoice, DML_MODERATORS, {"view", "change"}),
)


@hooks.register("register_admin_viewset")
def register_mailbox_viewset():
    return ContactMessageViewSet()


@hooks.register("register_admin_viewset")
def register_voice_viewset():
    return MigrantVoiceViewSet()


class MailboxSummaryPanel(Component):
    """On the admin dashboard of operators: new messages and failed deliveries."""

    name = "mailbox_summary"
    order = 90
    template_name = "inbox/admin/mailbox_summary.html"

    def __init__(self, lines):
        self.lines = lines

    def get_context_data(self, parent_context):
        messages = ContactMessage.objects.filter(line__in=self.lines)
        entries = OutboxEntry.objects.filter(message__line__in=self.lines)
        return {
            "new": messages.filter(status=ContactMessage.Status.NEW).count(),
            "failed": entries.filter(status=OutboxEntry.Status.FAILED).count(),
            "waiting": entries.filter(status=OutboxEntry.Status.PENDING).count(),
            "server": MailServerState.load(),
            "title": _("Infomigra mailbox"),
        }


@hooks.register("construct_homepage_panels")
def add_mailbox_summary(request, panels):
    lines = mailbox_lines(request.user)
    if lines:
        panels.append(MailboxSummaryPanel(lines))
