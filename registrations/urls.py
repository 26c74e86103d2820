"""The registration endpoints; part of the `forms` namespace that portal/urls.py mounts at
/<lang>/forms/ (inside i18n_patterns)."""

from django.urls import path

from . import views

urlpatterns = [
    path("sivitma/<int:page_id>/", views.SivitmaFormView.as_view(), name="sivitma"),
    path("sivitma/<int:page_id>/thanks/", views.sivitma_thanks, name="sivitma_thanks"),
    path("retorno/<int:page_id>/", views.ReturnFormView.as_view(), name="retorno"),
    path("retorno/<int:page_id>/thanks/", views.retorno_thanks, name="retorno_thanks"),
]
