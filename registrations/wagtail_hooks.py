"""Admin registrations: the permission policies and the two viewsets."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .access import RETURN_USERS, SIVITMA_USERS, CheckedPolicy, sees_returns, sees_sivitma
from .admin_views import ReturnViewSet, SivitmaViewSet
from .records import ReturnRegistration, SivitmaRegistration

register_permission_policy(
    SivitmaRegistration, CheckedPolicy(SivitmaRegistration, sees_sivitma, SIVITMA_USERS)
)
register_permission_policy(
    ReturnRegistration, CheckedPolicy(ReturnRegistration, sees_returns, RETURN_USERS)
)


@hooks.register("register_admin_viewset")
def register_sivitma_viewset():
    return SivitmaViewSet()


@hooks.register("register_admin_viewset")
def register_return_viewset():
    return ReturnViewSet()
