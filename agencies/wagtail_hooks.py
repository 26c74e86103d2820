"""Admin registrations: the registry of employment agencies as a snippet (admin_views.py)."""

from wagtail.snippets.models import register_snippet

from .admin_views import EmploymentAgencyViewSet

register_snippet(EmploymentAgencyViewSet)
