"""The form ticket; part of the `forms` namespace that portal/urls.py mounts at /<lang>/forms/."""

from django.urls import path

from public_forms import ticket

urlpatterns = [
    path("ticket.css", ticket.ticket_css, name="ticket"),
]
