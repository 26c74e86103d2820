"""Is a user a member of a group? Superusers included: nobody is a member by default. And the
Wagtail permission policy that depends on group membership only.

Messages hold personal data (Ley N.° 29733) and are for the mailbox operators only. An
administrator who needs access adds themselves to the group, which is visible to everyone who
manages users.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


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
