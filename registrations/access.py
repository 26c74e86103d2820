"""Who may see which registrations (personal data, Ley N.° 29733).

- SIVITMA: members of the SIVITMA team (core.groups.SIVITMA_TEAM) and superusers.
- Retorno Productivo: DML (the "DML – Moderadores" group) and superusers see every region; the
  staff of a regional office (its "Región <name> – editores" group, which holds page permissions
  on the region's page; roles/setup.py) see that region's registrations only.

Membership is checked explicitly (core.membership), never through model permissions.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import GroupPagePermission
from wagtail.permission_policies.base import BasePermissionPolicy

from core.groups import DML_MODERATORS, REGION_GROUP_PREFIX, SIVITMA_TEAM
from core.membership import is_member
from network.models import RegionPage


def active(user):
    return user.is_authenticated and user.is_active


def sees_sivitma(user):
    return active(user) and (user.is_superuser or is_member(user, SIVITMA_TEAM))


def sees_every_region(user):
    return active(user) and (user.is_superuser or is_member(user, DML_MODERATORS))


def region_keys(user):
    """The translation keys of the regions whose office staff `user` is one of."""
    if not active(user):
        return set()
    permissions = GroupPagePermission.objects.filter(
        group__in=user.groups.all(),
        group__name__startswith=REGION_GROUP_PREFIX,
        page__in=RegionPage.objects.all(),
    )
    return set(permissions.values_list("page__translation_key", flat=True))


def visible_returns(user, queryset):
    """The Retorno Productivo registrations of `queryset` that `user` may see."""
    if sees_every_region(user):
        return queryset
    return queryset.filter(region__translation_key__in=region_keys(user))


def sees_returns(user):
    return sees_every_region(user) or bool(region_keys(user))


class CheckedPolicy(BasePermissionPolicy):
    """Wagtail permission policy: `check(user)` says whether `user` may use the model's admin
    views (viewing and changing the status); the views check each registration again."""

    actions = frozenset({"view", "change"})

    def __init__(self, model, check, users):
        super().__init__(model)
        self.check = check
        self.users = users

    def user_has_permission(self, user, action):
        return action in self.actions and self.check(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True).filter(self.users).distinct()
        return users if self.actions.intersection(actions) else users.none()


SIVITMA_USERS = Q(is_superuser=True) | Q(groups__name=SIVITMA_TEAM)
RETURN_USERS = (
    Q(is_superuser=True)
    | Q(groups__name=DML_MODERATORS)
    | Q(groups__name__startswith=REGION_GROUP_PREFIX)
)
