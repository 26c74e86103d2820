"""Who may read mailbox messages and moderate "La voz del migrante": members of a group.

Membership is checked explicitly, superusers included: messages hold personal data (Ley N.° 29733)
and are for the mailbox operators only. An administrator who needs access adds themselves to the
group, which is visible to everyone who manages users. The groups are created by the data
migration `content/migrations/*_mailbox_roles.py` (get-or-create by name). The names are those of
issue 3's `content/roles.py` (`setup_roles`), so both create and use the same two groups.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.base import BasePermissionPolicy

from .models import ContactLine

MAILBOX_OPERATORS = "Operadores del buzón Infomigra"
VOICE_MODERATORS = "DML – Moderadores"
# Operators of one line of action see only that line's messages (directive 003, 5.6).
LINE_OPERATORS = {
    line: f"{MAILBOX_OPERATORS} – " + ("Otros temas" if line == "other" else f"Línea {line}")
    for line in ContactLine.values
}

GROUP_DESCRIPTIONS = {
    MAILBOX_OPERATORS: _("Read, answer and export the messages of the Infomigra mailbox."),
    VOICE_MODERATORS: _("Moderate “La voz del migrante” and publish anonymised testimonials."),
    **{
        name: _("Read, answer and export the Infomigra mailbox messages of one line of action.")
        for name in LINE_OPERATORS.values()
    },
}


def mailbox_group_names():
    return [MAILBOX_OPERATORS, *LINE_OPERATORS.values()]


def mailbox_lines(user):
    """The lines of action whose messages `user` may read: all of them for the operators'
    group, one per line group they belong to."""
    if is_member(user, MAILBOX_OPERATORS):
        return set(ContactLine.values)
    return {line for line, group in LINE_OPERATORS.items() if is_member(user, group)}


def is_member(user, group_name):
    if not (user.is_authenticated and user.is_active):
        return False
    cache = user.__dict__.setdefault("_portal_group_names", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user.__dict__["_portal_group_names"] = cache
    return group_name in cache


class GroupMembershipPolicy(BasePermissionPolicy):
    """Wagtail permission policy: members of one group may do `actions` on the model; nobody else."""

    def __init__(self, model, group_name, actions):
        super().__init__(model)
        self.group_name = group_name
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_member(user, self.group_name)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, groups__name=self.group_name)
        return users if self.actions.intersection(actions) else users.none()


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
