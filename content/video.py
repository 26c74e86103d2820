"""Videos: the id of a video on YouTube's privacy-enhanced host, and WebVTT captions.

No oEmbed request is ever made: the editor pastes an address (or the id), the page stores the
11-character id and builds the player's address from it (`player_url`), so a page renders the
same offline and on the static site. The captions an editor pastes are checked here as WebVTT
(https://www.w3.org/TR/webvtt1/: the header, cue timings, blocks separated by blank lines), with
an error naming the line.
"""

import re
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PLAYER_ORIGIN = "https://www.youtube-nocookie.com"
VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{11}")
VIDEO_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
    "youtu.be",
}
PATH_PREFIXES = ("/embed/", "/shorts/", "/live/", "/v/")


def parse_video_id(value):
    """The 11-character video id in `value`: the id itself, or a YouTube address
    (watch?v=…, youtu.be/…, /embed/…, /shorts/…, on youtube.com or youtube-nocookie.com)."""
    value = (value or "").strip()
    if VIDEO_ID.fullmatch(value):
        return value
    parts = urlsplit(value if "//" in value else f"https://{value}")
    host = (parts.hostname or "").lower()
    candidate = None
    if parts.scheme in ("http", "https") and host in VIDEO_HOSTS:
        if host == "youtu.be":
            candidate = parts.path.strip("/")
        elif parts.path == "/watch":
            candidate = (parse_qs(parts.query).get("v") or [""])[0]
        else:
            for prefix in PATH_PREFIXES:
                if parts.path.startswith(prefix):
                    candidate = parts.path[len(prefix) :].strip("/")
    if candidate and VIDEO_ID.fullmatch(candidate):
        return candidate
    raise ValidationError(
        _(
            "Paste the address of a YouTube video (for example "
            "https://www.youtube.com/watch?v=aBcDeFgHiJk) or its 11-character id."
        ),
        code="invalid_video",
    )


def validate_video(value):
    parse_video_id(value)


def player_url(video_id, language):
    """The privacy-enhanced player's address, with captions on in the page's language."""
    query = urlencode({"cc_load_policy": 1, "cc_lang_pref": language, "hl": language})
    return f"{PLAYER_ORIGIN}/embed/{video_id}?{query}"


# -- WebVTT ---------------------------------------------------------------------------------------

TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
TIMING = re.compile(rf"{TIMESTAMP}[ \t]+-->[ \t]+{TIMESTAMP}(?:[ \t]+.*)?")
HEADER = re.compile(r"WEBVTT(?:[ \t].*)?")


def _seconds(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def webvtt_cues(text):
    """[(start, end, text)] of a WebVTT file; ValidationError naming the first bad line."""
    lines = (text or "").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not HEADER.fullmatch(lines[0]):
        raise ValidationError(
            _('This is not WebVTT: the first line must be "WEBVTT".'), code="invalid_webvtt"
        )
    cues = []
    number = 1  # the header block runs until the first blank line
    while number < len(lines) and lines[number].strip():
        number += 1
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        start_line = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append(lines[number])
            number += 1
        if block[0].startswith(("NOTE", "STYLE", "REGION")) and "-->" not in block[0]:
            continue
        timing_at = 1 if "-->" not in block[0] and len(block) > 1 else 0
        match = TIMING.fullmatch(block[timing_at].strip())
        if match is None:
            raise ValidationError(
                _(
                    "Line %(line)s of the captions is not a cue timing such as "
                    '"00:00:01.000 --> 00:00:04.000": %(text)s'
                ),
                code="invalid_webvtt",
                params={"line": start_line + timing_at + 1, "text": block[timing_at][:80]},
            )
        start = _seconds(*match.groups()[:4])
        end = _seconds(*match.groups()[4:])
        if end <= start:
            raise ValidationError(
                _("Line %(line)s of the captions: a cue must end after it starts."),
                code="invalid_webvtt",
                params={"line": start_line + timing_at + 1},
            )
        cue_text = "\n".join(block[timing_at + 1 :])
        if "-->" in cue_text:
            raise ValidationError(
                _(
                    "Line %(line)s of the captions: a cue's text cannot contain "
                    '"-->"; leave a blank line between cues.'
                ),
                code="invalid_webvtt",
                params={"line": start_line + timing_at + 2},
            )
        cues.append((start, end, cue_text))
    if not cues:
        raise ValidationError(_("These captions have no cues."), code="invalid_webvtt")
    return cues


def validate_webvtt(text):
    webvtt_cues(text)


def _hours_minutes_seconds(duration):
    hours, rest = divmod(int(duration.total_seconds()), 3600)
    return (hours, *divmod(rest, 60))


def clock(duration):
    """A duration as a visitor reads it: "2:05", "1:02:05"."""
    if duration is None:
        return ""
    hours, minutes, seconds = _hours_minutes_seconds(duration)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def iso_duration(duration):
    """A duration for `<time datetime>`: "PT2M5S"."""
    if duration is None:
        return ""
    hours, minutes, seconds = _hours_minutes_seconds(duration)
    return (
        "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds}S"
    )


def positive_duration(value):
    if value is not None and value <= timedelta(0):
        raise ValidationError(_("The duration must be more than zero."), code="invalid_duration")
