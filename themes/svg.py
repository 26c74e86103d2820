"""SVG sanitising: an SVG served from /media/ runs in the portal's origin when opened directly.

Parsed with defusedxml (entity declarations and external entities make the file rejected; a plain
DOCTYPE line, as drawing programs write it, is dropped), then rebuilt from an allow-list: only
the SVG elements that draw a static picture, only their geometry, presentation and accessibility
attributes, and in `style` only the listed CSS properties with plain values. Whatever is not
listed goes: scripts, foreign content, animation, event handlers, @-rules, CSS escapes (a
backslash anywhere in CSS or an attribute), comments. The only references kept are same-document
fragments (`#id`, `url(#id)`) and embedded raster images (`data:image/png;base64,…`). Documents
nested deeper than `MAX_DEPTH` are refused.
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

MAX_DEPTH = 64  # drawing programs nest a few groups deep; thousands of levels is an attack

ALLOWED_ELEMENTS = frozenset(
    """svg g defs symbol use title desc a switch
    path rect circle ellipse line polyline polygon text tspan textPath image style
    linearGradient radialGradient stop pattern clipPath mask marker
    filter feBlend feColorMatrix feComponentTransfer feComposite feDropShadow feFlood feFuncA
    feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset""".split()
)

# CSS properties, allowed both as presentation attributes and inside `style`.
PRESENTATION = frozenset(
    """fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap
    stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display
    visibility clip-path clip-rule mask filter marker-start marker-mid marker-end
    font-family font-size font-weight font-style font-variant font-stretch text-anchor
    dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing
    text-decoration writing-mode direction unicode-bidi stop-color stop-opacity flood-color
    flood-opacity lighting-color color-interpolation color-interpolation-filters shape-rendering
    text-rendering image-rendering paint-order vector-effect overflow mix-blend-mode isolation
    transform-origin""".split()
)
CSS_PROPERTIES = PRESENTATION | {"font", "transform", "line-height", "text-transform"}

ATTRIBUTES = PRESENTATION | frozenset(
    """id class lang role aria-label aria-labelledby aria-describedby aria-hidden focusable
    viewBox width height x y preserveAspectRatio version
    d x1 y1 x2 y2 cx cy r rx ry fx fy fr points pathLength transform
    dx dy rotate textLength lengthAdjust startOffset method spacing side
    gradientUnits gradientTransform spreadMethod offset
    patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits
    markerUnits markerWidth markerHeight refX refY orient
    filterUnits primitiveUnits in in2 result stdDeviation mode type values operator
    k1 k2 k3 k4 radius tableValues slope intercept amplitude exponent edgeMode
    href style""".split()
)
XLINK_ATTRIBUTES = frozenset({"href", "title"})
XML_ATTRIBUTES = frozenset({"space", "lang"})

SAFE_DATA_URI = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$", re.I)
FRAGMENT = re.compile(r"^#[A-Za-z_][\w.-]*$")
# A value may call only these functions; url() only with a same-document fragment.
FUNCTION = re.compile(r"([A-Za-z-]*)\(")
SAFE_FUNCTIONS = frozenset(
    "url rgb rgba hsl hsla matrix translate scale rotate skewX skewY".lower().split()
)
FRAGMENT_URL = re.compile(r"url\(\s*(['\"]?)#[A-Za-z_][\w.-]*\1\s*\)", re.I)
# Never in a kept value: escapes, @-rules, comments, markup, schemes, protocol-relative paths.
UNSAFE_TEXT = re.compile(r"[\\@<>{}]|/\*|//|javascript:|expression|[a-z][a-z0-9+.-]*:\S", re.I)
SELECTOR = re.compile(r"^[\w\s.#,>+~*:()\[\]=\"'|^$-]+$")

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


def safe_value(value):
    """A CSS value or attribute value that calls no function beyond colours, transforms and
    `url(#fragment)`, and contains no escape, @-rule, comment or address."""
    if UNSAFE_TEXT.search(value) or any(ord(char) < 32 and char not in "\t\n\r" for char in value):
        return False
    for match in FUNCTION.finditer(value):
        name = match.group(1).lower()
        if name not in SAFE_FUNCTIONS:
            return False
        if name == "url" and not FRAGMENT_URL.match(value, match.start()):
            return False
    return True


def _safe_reference(value):
    value = value.strip()
    return bool(FRAGMENT.match(value) or SAFE_DATA_URI.match(value))


def clean_declarations(text, removed):
    """The declarations of a `style` attribute or rule, keeping only listed properties with
    safe values."""
    kept = []
    for declaration in text.split(";"):
        if not declaration.strip():
            continue
        name, colon, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        if colon and name in CSS_PROPERTIES and value and safe_value(value):
            kept.append(f"{name}:{value}")
        else:
            removed.append(f"css declaration: {declaration.strip()[:40]}")
    return ";".join(kept)


def clean_stylesheet(text, removed):
    """A `<style>` sheet rebuilt from plain `selector { declarations }` rules; anything else
    (@-rules, escapes, stray text) is dropped."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules = []
    position = 0
    for match in re.finditer(r"([^{}]*)\{([^{}]*)\}", text):
        stray = text[position : match.start()].strip()
        if stray:
            removed.append(f"css: {stray[:40]}")
        position = match.end()
        selector = match.group(1).strip()
        if not selector or not SELECTOR.match(selector) or "\\" in selector:
            removed.append(f"css rule: {selector[:40]}")
            continue
        declarations = clean_declarations(match.group(2), removed)
        if declarations:
            rules.append(f"{selector}{{{declarations}}}")
    if text[position:].strip():
        removed.append(f"css: {text[position:].strip()[:40]}")
    return "\n".join(rules)


def _clean_attributes(element, removed):
    for name in list(element.attrib):
        namespace, local = _split(name)
        value = element.attrib[name]
        if namespace is None:
            allowed = local in ATTRIBUTES
        elif namespace == XLINK_NS:
            allowed = local in XLINK_ATTRIBUTES
        else:
            allowed = namespace == XML_NS and local in XML_ATTRIBUTES
        if allowed and local == "href":
            allowed = _safe_reference(value)
        elif allowed and local == "style":
            cleaned = clean_declarations(value, removed)
            if cleaned:
                element.attrib[name] = cleaned
                continue
            allowed = False
        elif allowed:
            allowed = safe_value(value)
        if not allowed:
            del element.attrib[name]
            removed.append(f"attribute: {local}")


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


def _clean(root, removed):
    """Clean the tree without recursion (depth has been checked, but stay iterative anyway)."""
    _clean_attributes(root, removed)
    pending = [root]
    while pending:
        element = pending.pop()
        for child in list(element):
            if not isinstance(child.tag, str):  # comments and processing instructions
                _remove(element, child)
                continue
            namespace, local = _split(child.tag)
            if namespace != SVG_NS or local not in ALLOWED_ELEMENTS:
                _remove(element, child)
                removed.append(f"element: {local}")
                continue
            _clean_attributes(child, removed)
            if local == "style":
                for grandchild in list(child):
                    _remove(child, grandchild)
                child.text = clean_stylesheet(child.text or "", removed)
                continue
            pending.append(child)


def _depth(root):
    deepest, pending = 1, [(root, 1)]
    while pending:
        element, depth = pending.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        pending.extend((child, depth + 1) for child in element)
    return deepest


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
    if _depth(root) > MAX_DEPTH:
        raise SvgRejected(
            _("The SVG file nests its elements more than %(limit)s levels deep.")
            % {"limit": MAX_DEPTH}
        )
    removed = []
    _clean(root, removed)
    return SanitisedSvg(ET.tostring(root, encoding="utf-8", xml_declaration=True), removed)
