"""Helpers of the agency look-up tests: asking the CMS as a visitor without JavaScript does."""

import html
import re

from django.test import Client
from django.urls import reverse
from django.utils import translation

ANSWER = re.compile(
    r'<div id="agency-answer"[^>]*>(.*?)</div>\s*<div class="agency-next-steps">', re.S
)
TITLE = re.compile(r'<h3 class="agency-answer__title[^"]*">([^<]*)</h3>')
ERROR = re.compile(r'<p class="form-error" id="agency-q-error">([^<]*)</p>')
NAMES = re.compile(r'<strong data-field="name">([^<]*)</strong>')


def lookup_url(page):
    with translation.override(page.locale.language_code):
        return reverse("forms:agency_lookup", args=[page.pk])


def look_up(page, query, ip="203.0.113.20", client=None):
    """(response, what the answer says: title, agency names, error) for a look-up of `query`."""
    client = client or Client(REMOTE_ADDR=ip)
    response = client.get(lookup_url(page), {"q": query} if query is not None else {})
    content = response.content.decode()
    answer = ANSWER.search(content)
    answer = answer.group(1) if answer else ""
    title = TITLE.search(answer)
    error = ERROR.search(content)
    return response, {
        "title": html.unescape(title.group(1)) if title else None,
        "agencies": [html.unescape(name) for name in NAMES.findall(answer)],
        "error": html.unescape(error.group(1)) if error else None,
        "html": content,
    }
