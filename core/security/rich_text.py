"""The rich text editor's input, checked before Wagtail converts it."""

import json
import logging

from draftjs_exporter.error import ExporterException
from wagtail.admin.rich_text import DraftailRichTextArea

logger = logging.getLogger(__name__)


class CheckedDraftailRichTextArea(DraftailRichTextArea):
    """Draftail, refusing submissions that are not Draftail's JSON.

    The browser editor always posts JSON, which Wagtail converts through its allow-list of
    features. A forged request posting anything else made Wagtail fail with a server error; here
    such a value counts as missing, so the form answers with its usual validation error.
    """

    def value_from_datadict(self, data, files, name):
        raw = data.get(name)
        if raw is not None:
            try:
                parsed = json.loads(raw)
            except (TypeError, ValueError):
                parsed = None
            if not isinstance(parsed, dict) or not isinstance(parsed.get("blocks"), list):
                logger.warning("Rich text field %s: not Draftail JSON, ignored", name)
                return None
        try:
            return super().value_from_datadict(data, files, name)
        except (AttributeError, ExporterException, KeyError, TypeError, ValueError):
            logger.warning("Rich text field %s: malformed Draftail JSON, ignored", name)
            return None
