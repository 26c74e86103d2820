"""The look-up endpoints; part of the `forms` namespace that portal/urls.py mounts at
/<lang>/forms/ (inside i18n_patterns)."""

from django.urls import path

from . import views

urlpatterns = [
    path("agencias/<int:page_id>/", views.lookup, name="agency_lookup"),
    path("agencias/count/", views.count, name="agency_count"),
]
