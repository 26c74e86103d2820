"""Template helpers for the public forms (contact, "La voz del migrante", page feedback)."""

from django import template

register = template.Library()


@register.simple_tag
def described_widget(field):
    """The field's widget, pointing at its hint and error text for assistive technology."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    return field.as_widget(attrs=attrs)


@register.simple_tag
def form_min_fill_seconds():
    """How long a form must have been shown before it may be sent (public_forms/ticket.py)."""
    from django.conf import settings

    return settings.FORMS_MIN_FILL_SECONDS
