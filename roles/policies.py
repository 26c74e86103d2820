"""Wagtail permission policies that depend on group membership only."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from roles.membership import is_member


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
