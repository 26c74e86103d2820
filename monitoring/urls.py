""" "Was this page useful?" from every page; part of the `forms` namespace that portal/urls.py
mounts at /<lang>/forms/."""

from django.urls import path

from monitoring import feedback_views

urlpatterns = [
    path("feedback/", feedback_views.feedback, name="feedback"),
]
