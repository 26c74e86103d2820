"""Who the client is: the connection's address, or the one the trusted reverse proxies forwarded."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or X-Forwarded-For's entry `TRUSTED_PROXIES` from the right behind proxies.

    With no trusted proxy no header is believed: a client could write any address in it. Each
    trusted proxy appends the address it received the request from, so the client is the entry
    added by the outermost one.
    """
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            hop.strip()
            for hop in request.headers.get("X-Forwarded-For", "").split(",")
            if hop.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
