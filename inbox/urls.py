"""Mounted at /<lang>/forms/ by portal/urls.py (inside i18n_patterns)."""

from django.urls import path

from content.monitoring import feedback_views
from public_forms import ticket

from . import views

app_name = "forms"

urlpatterns = [
    path("ticket.css", ticket.ticket_css, name="ticket"),
    path("contact/<int:page_id>/", views.ContactFormView.as_view(), name="contact"),
    path("contact/<int:page_id>/thanks/", views.contact_thanks, name="contact_thanks"),
    path("voice/<int:page_id>/", views.VoiceFormView.as_view(), name="voice"),
    path("voice/<int:page_id>/thanks/", views.voice_thanks, name="voice_thanks"),
    # Issue 7: "Was this page useful?" from every page.
    path("feedback/", feedback_views.feedback, name="feedback"),
]
