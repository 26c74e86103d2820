"""Public form endpoints under /<lang>/forms/ (the static server forwards this prefix to the CMS).

Issue 4 adds the contact form and "la voz del migrante" here.
"""

from django.urls import path

from content import forms_guard
from content.monitoring import feedback_views

app_name = "forms"

urlpatterns = [
    path("ticket.css", forms_guard.ticket_css, name="ticket"),
    path("feedback/", feedback_views.feedback, name="feedback"),
]
