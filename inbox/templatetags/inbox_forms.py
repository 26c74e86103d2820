"""Template helpers of the mailbox's public forms."""

from django import template

from inbox.forms import VoiceForm

register = template.Library()


@register.simple_tag(takes_context=True)
def voice_form(context):
    """The bound form when the endpoint re-renders the page with errors, else an empty one."""
    return context.get("voice_form") or VoiceForm()
