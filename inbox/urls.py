"""The contact and "La voz del migrante" endpoints; part of the `forms` namespace that
portal/urls.py mounts at /<lang>/forms/ (inside i18n_patterns)."""

from django.urls import path

from inbox import views

urlpatterns = [
    path("contact/<int:page_id>/", views.ContactFormView.as_view(), name="contact"),
    path("contact/<int:page_id>/thanks/", views.contact_thanks, name="contact_thanks"),
    path("voice/<int:page_id>/", views.VoiceFormView.as_view(), name="voice"),
    path("voice/<int:page_id>/thanks/", views.voice_thanks, name="voice_thanks"),
]
