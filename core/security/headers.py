"""Response headers Django's SecurityMiddleware does not set."""

from django.conf import settings

SVG_POLICY = "default-src 'none'"


def permissions_policy(features):
    """`{"camera": [], "fullscreen": ["self", "https://x"]}` -> `camera=(), fullscreen=(self "https://x")`."""
    parts = []
    for feature, allowed in features.items():
        origins = " ".join(origin if origin == "self" else f'"{origin}"' for origin in allowed)
        parts.append(f"{feature}=({origins})")
    return ", ".join(parts)


class SecurityHeadersMiddleware:
    """Adds Permissions-Policy everywhere and locks down SVG served as a document.

    Sits before WhiteNoise so static files get the headers too. An SVG opened directly (a crest,
    a logo, an uploaded image) is an XML document that could run script: whatever policy another
    layer chose, it gets `Content-Security-Policy: default-src 'none'`.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if response.get("Content-Type", "").split(";")[0].strip() == "image/svg+xml":
            response["Content-Security-Policy"] = SVG_POLICY
            response["X-Content-Type-Options"] = "nosniff"
        return response


def _canonical_policy(policy):
    """A CSP string with its directives in a stable order (django-csp's order varies by process)."""
    directives = dict(
        part.strip().split(" ", 1) if " " in part.strip() else (part.strip(), "")
        for part in policy.split(";")
        if part.strip()
    )
    ordered = ["default-src"] + sorted(name for name in directives if name != "default-src")
    return "; ".join(f"{name} {directives[name]}".strip() for name in ordered if name in directives)


def static_site_headers(svg=False):
    """The headers nginx must add to the published static site: the same as Django's public pages.

    `svg=True` gives the variant for SVG files, whose policy forbids everything.
    """
    from csp.utils import build_policy

    headers = [
        ("Content-Security-Policy", SVG_POLICY if svg else _canonical_policy(build_policy())),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", settings.SECURE_REFERRER_POLICY),
        ("Permissions-Policy", permissions_policy(settings.PERMISSIONS_POLICY)),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS),
        ("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY),
    ]
    if settings.SECURE_HSTS_SECONDS:
        hsts = f"max-age={settings.SECURE_HSTS_SECONDS}"
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            hsts += "; includeSubDomains"
        if settings.SECURE_HSTS_PRELOAD:
            hsts += "; preload"
        headers.append(("Strict-Transport-Security", hsts))
    return headers
