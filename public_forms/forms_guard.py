"""One call for the anti-abuse checks of a public form posted from a static page.

The checks themselves are in guards.py and ticket.py (see docs/development.md, "Public forms"):
same origin, body size, per-address rate limit (the `RateLimitWindow` table), and the form ticket (the signed SameSite=Strict cookie that `/<lang>/forms/ticket.css`
hands out, with the minimum fill time). Endpoints that answer with a short message rather than
by re-rendering a page (page feedback, and its JSON for the script) call `check()` and show the
`Refusal`; the honeypot is a form field (`public_forms.fields.HoneypotMixin`).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from public_forms import guards, ticket
from themes.brand import BrandSettings

FOREIGN_ORIGIN = _("This form can only be sent from the Perú Infomigra website.")
TOO_LARGE = _("What you sent is too long. Please shorten it and try again.")
RATE_LIMITED = _(
    "You have sent this form many times in a short while. Please wait a few minutes and try again."
)


@dataclass(frozen=True)
class Refusal:
    """Why a POST was refused: the HTTP status and a message in the visitor's language."""

    status: int
    message: str
    retry_after: int | None = None


def check(request, scope):
    """None when the POST to the form `scope` may be processed; otherwise a `Refusal`."""
    if not guards.same_origin(request):
        return Refusal(403, FOREIGN_ORIGIN)
    if guards.body_too_large(request):
        return Refusal(413, TOO_LARGE)
    wait = guards.over_rate_limit(request, scope)
    if wait is not None:
        return Refusal(429, RATE_LIMITED, retry_after=wait)
    problem = ticket.problem(request)
    if problem is not None:
        return Refusal(400, str(problem) % {"mailbox": BrandSettings.load().mailbox_email})
    return None
