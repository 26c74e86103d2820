"""iCalendar (RFC 5545) feeds of the events: /<lang>/events.ics with every published event.

Written by hand (the format is small): CRLF line ends, lines folded at 75 octets, text escaped.
Regional calendars are added to `calendars()` once events belong to regions.
"""

from datetime import UTC

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from content.models import EventPage

from .render import public_base
from .sitemap import absolute


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Split a content line into chunks of at most 75 octets, continuation lines start with a space."""
    data = line.encode("utf-8")
    chunks, start, limit = [], 0, 75
    while len(data) - start > limit:
        end = start + limit
        while end > start and (data[end] & 0xC0) == 0x80:  # never split a UTF-8 character
            end -= 1
        chunks.append(data[start:end])
        start, limit = end, 74
    chunks.append(data[start:])
    return b"\r\n ".join(chunks)


def utc(value):
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(name, events, pages):
    _scheme, host = public_base()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//MTPE//Peru Infomigra//ES",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
    ]
    for event in events:
        record = pages[str(event.pk)]
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{event.pk}@{host}",
            f"DTSTAMP:{utc(event.last_published_at or event.first_published_at or event.start)}",
            f"DTSTART:{utc(event.start)}",
            f"DTEND:{utc(event.end)}",
            f"SUMMARY:{escape(event.title)}",
            f"URL:{absolute(record['path'])}",
            f"CATEGORIES:{escape(event.get_scope_display())}",
        ]
        if event.intro:
            lines.append(f"DESCRIPTION:{escape(event.intro)}")
        place = event.place or event.online_url
        if place:
            lines.append(f"LOCATION:{escape(place)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) + b"\r\n" for line in lines)


def calendars(language_code, pages):
    """{file name: bytes} for one language."""
    events = [
        event
        for event in EventPage.objects.live()
        .public()
        .filter(locale__language_code=language_code)
        .defer_streamfields()
        .order_by("start", "pk")
        if str(event.pk) in pages
    ]
    with translation.override(language_code):
        return {"events.ics": calendar(_("Perú Infomigra: events"), events, pages)}


def write(writer, pages, languages):
    for code in languages:
        for name, content in calendars(code, pages).items():
            writer.write(f"{code}/{name}", content)
