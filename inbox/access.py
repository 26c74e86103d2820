"""Who may read mailbox messages: members of the operators' group, or of one line's group.

Membership is checked explicitly, superusers included (core.membership). The group names are in
core.groups; `setup_roles` and the data migration `content/migrations/0007_mailbox_roles.py`
create the groups.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from core.groups import LINE_OPERATORS, MAILBOX_OPERATORS, mailbox_group_names
from core.membership import is_member

from .models import ContactLine


def mailbox_lines(user):
    """The lines of action whose messages `user` may read: all of them for the operators'
    group, one per line group they belong to."""
    if is_member(user, MAILBOX_OPERATORS):
        return set(ContactLine.values)
    return {line for line, group in LINE_OPERATORS.items() if is_member(user, group)}


class MailboxPolicy(BasePermissionPolicy):
    """Mailbox messages: operators of every line, or of the message's own line."""

    actions = frozenset({"view", "change"})

    def user_has_permission(self, user, action):
        return action in self.actions and bool(mailbox_lines(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return action in self.actions and instance.line in mailbox_lines(user)

    def users_with_any_permission(self, actions):
        users = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=mailbox_group_names())
            .distinct()
        )
        return users if self.actions.intersection(actions) else users.none()
