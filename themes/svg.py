"""SVG sanitising: an SVG served from /media/ runs in the portal's origin when opened directly.

Parsed with defusedxml (entity declarations and external entities make the file rejected; a plain
DOCTYPE line, as drawing programs write it, is dropped), then
rebuilt keeping only SVG-namespace elements that draw. Removed: scripts, foreignObject, embedded
documents, animation elements (they can rewrite `href` into `javascript:`), every event-handler
attribute, and every reference that leaves the file (`href`/`xlink:href`, `url(...)` and
`@import` in styles) except same-document fragments (`#id`) and embedded raster images.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext_lazy as _

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"

FORBIDDEN_ELEMENTS = {
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
    "set",
    "animate",
    "animateColor",
    "animateMotion",
    "animateTransform",
    "discard",
}
SAFE_DATA_URI = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$", re.I)
EXTERNAL_URL = re.compile(r"url\(\s*(?!['\"]?#)", re.I)
DANGEROUS_TEXT = re.compile(
    r"@import|javascript:|expression\(|-moz-binding|behavior\s*:|image-set\(|[a-z][a-z0-9+.-]*://",
    re.I,
)

ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


class SvgRejected(ValueError):
    """The file is not a well-formed, self-contained SVG document."""


@dataclass
class SanitisedSvg:
    data: bytes
    removed: list = field(default_factory=list)  # what was taken out, for logs and tests


def _split(name):
    if name.startswith("{"):
        namespace, _sep, local = name[1:].partition("}")
        return namespace, local
    return None, name


def _safe_reference(value):
    value = value.strip()
    return value.startswith("#") or bool(SAFE_DATA_URI.match(value))


def _clean_attributes(element, removed):
    for name in list(element.attrib):
        namespace, local = _split(name)
        value = element.attrib[name]
        reason = None
        if local.lower().startswith("on"):
            reason = "event handler"
        elif namespace not in (None, XLINK_NS, XML_NS):
            reason = "foreign attribute"
        elif local == "href" and not _safe_reference(value):
            reason = "external reference"
        elif EXTERNAL_URL.search(value) or DANGEROUS_TEXT.search(value):
            reason = "external reference"
        if reason:
            del element.attrib[name]
            removed.append(f"{reason}: {local}")


def _remove(parent, child):
    """Remove `child` but keep the text that follows it (ElementTree stores it on the child)."""
    if child.tail:
        previous = None
        for sibling in parent:
            if sibling is child:
                break
            previous = sibling
        if previous is not None:
            previous.tail = (previous.tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _clean_children(element, removed):
    for child in list(element):
        if not isinstance(child.tag, str):  # comments and processing instructions
            _remove(element, child)
            continue
        namespace, local = _split(child.tag)
        text = child.text or ""
        if namespace != SVG_NS or local in FORBIDDEN_ELEMENTS:
            _remove(element, child)
            removed.append(f"element: {local}")
            continue
        if local == "style" and (EXTERNAL_URL.search(text) or DANGEROUS_TEXT.search(text)):
            _remove(element, child)
            removed.append("element: style with external reference")
            continue
        _clean_attributes(child, removed)
        _clean_children(child, removed)


def sanitise_svg(data):
    """A `SanitisedSvg` for the bytes of an SVG file; `SvgRejected` when it cannot be trusted."""
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise SvgRejected(
            _("The SVG file declares XML entities, which are not allowed.")
        ) from error
    except ET.ParseError as error:
        raise SvgRejected(_("The SVG file is not well-formed XML.")) from error
    if root.tag != f"{{{SVG_NS}}}svg":
        raise SvgRejected(_("The file is not an SVG image (its root element is not <svg>)."))
    removed = []
    _clean_attributes(root, removed)
    _clean_children(root, removed)
    return SanitisedSvg(ET.tostring(root, encoding="utf-8", xml_declaration=True), removed)
