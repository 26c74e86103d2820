"""Accessibility checks for browser tests: axe-core, keyboard focus, reflow, form errors.

Every helper takes a Playwright page that is already showing the page under test and either
returns findings (lists of readable strings, empty when all is well) or raises AssertionError
with a readable list. axe-core comes from npm (`tests/browser/package.json`, installed by
`make test`); it is injected into the page under test, never fetched from the network.
"""

from pathlib import Path

import pytest

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe's own tag names).
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it.
FOCUS_CONTRAST = 3.0
# What a keyboard user can reach with Tab (hidden, disabled and inert ones are filtered in JS).
FOCUSABLE = (
    "a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, "
    "iframe, [tabindex]:not([tabindex='-1']), [contenteditable='true']"
)


# -- axe-core ---------------------------------------------------------------------------------


def axe_violations(page, tags=WCAG_AA_TAGS):
    """Run axe-core on the current document; one readable line per failing element."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci --prefix tests/browser` (make test does)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, tags: v.tags,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
            }));
        }""",
        tags,
    )
    lines = []
    for violation in violations:
        criteria = ", ".join(
            t for t in violation["tags"] if t.startswith("wcag") and t[4].isdigit()
        )
        for node in violation["nodes"]:
            summary = " ".join(node["summary"].split())
            lines.append(
                f"[{violation['impact']}] {violation['id']} ({criteria}): {violation['help']}"
                f"\n      at {node['target']}\n      {summary}"
            )
    return lines


def assert_no_axe_violations(page, where=""):
    lines = axe_violations(page)
    assert not lines, (
        f"axe-core found {len(lines)} WCAG 2.2 A/AA violation(s) on {where or page.url}:\n"
        + ("\n".join(f"  - {line}" for line in lines))
    )


# -- keyboard ---------------------------------------------------------------------------------

_MARK_FOCUSABLE = """(selector) => {
    const visible = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: false})
        && el.getClientRects().length > 0;
    const usable = (el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && visible(el);
    const found = [];
    const groups = {};
    for (const el of document.querySelectorAll(selector)) {
        if (!usable(el)) continue;
        // A radio group is one Tab stop (arrow keys move inside it): one marker for all of it.
        const group = el.type === 'radio' && el.name ? `${el.form ? el.form.action : ''}|${el.name}` : null;
        if (group && group in groups) { el.dataset.a11yTabTarget = groups[group]; continue; }
        el.dataset.a11yTabTarget = String(found.length);
        if (group) groups[group] = el.dataset.a11yTabTarget;
        found.push(el);
    }
    return found.map((el) => {
        const label = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || '')
            .trim().replace(/\\s+/g, ' ').slice(0, 50);
        return `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}> "${label}"`;
    });
}"""

# Colour maths in the page: the outline's colour against the background next to it,
# compositing translucent layers up to the first opaque ancestor (WCAG relative luminance).
_FOCUS_STEP = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const parse = (c) => {
        const m = c.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
    };
    const over = (top, bottom) => ({
        r: top.r * top.a + bottom.r * (1 - top.a),
        g: top.g * top.a + bottom.g * (1 - top.a),
        b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
    });
    const backgroundFrom = (node) => {
        const layers = [];
        for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
            const c = parse(getComputedStyle(n).backgroundColor);
            if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
        }
        let colour = {r: 255, g: 255, b: 255, a: 1};
        for (const layer of layers.reverse()) colour = over(layer, colour);
        return colour;
    };
    const luminance = ({r, g, b}) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth) || 0;
    const offset = parseFloat(style.outlineOffset) || 0;
    // The first line box: a link that wraps has a bounding box wider than any of its lines.
    const rect = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0)
        || el.getBoundingClientRect();
    const cx = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const cy = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(cx, cy);
    const label = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || '')
        .trim().replace(/\\s+/g, ' ').slice(0, 50);
    const result = {
        marker: el.dataset.a11yTabTarget || el.outerHTML.slice(0, 80),
        description: `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}> "${label}"`,
        focusVisible: el.matches(':focus-visible'),
        outlineStyle: style.outlineStyle, outlineWidth: width,
        inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
        obscuredBy: hit && !el.contains(hit) && !hit.contains(el) ? hit.tagName.toLowerCase()
            + (hit.className ? '.' + String(hit.className).split(' ')[0] : '') : null,
        contrast: null,
    };
    const outline = parse(style.outlineColor);
    if (style.outlineStyle !== 'none' && width > 0 && outline) {
        // Outside the box the ring sits on the parent's background; inset, on the element's own.
        const behind = backgroundFrom(offset < 0 ? el : el.parentElement);
        const ring = over(outline, behind);
        const [hi, lo] = [luminance(ring), luminance(behind)].sort((a, b) => b - a);
        result.contrast = (hi + 0.05) / (lo + 0.05);
    }
    return result;
}"""


def focus_problems(state):
    """Why the focused element fails WCAG 2.4.7 / 1.4.11 / 2.4.11, or [] when it passes."""
    description = state["description"]
    problems = []
    if not state["focusVisible"]:
        problems.append(f"{description}: focused but :focus-visible does not match")
    if state["outlineStyle"] == "none" or state["outlineWidth"] < 2:
        problems.append(
            f"{description}: no visible focus outline (outline {state['outlineStyle']} "
            f"{state['outlineWidth']}px; the portal's focus indicator is a >= 2px outline)"
        )
    elif state["contrast"] is not None and state["contrast"] < FOCUS_CONTRAST:
        problems.append(
            f"{description}: focus outline contrast {state['contrast']:.2f}:1 is below 3:1"
        )
    if not state["inViewport"]:
        problems.append(f"{description}: focused but scrolled out of view")
    elif state["obscuredBy"]:
        problems.append(f"{description}: focused but covered by <{state['obscuredBy']}>")
    return problems


def focus_ring_painted(page, element, description, margin=8):
    """[] when the focused `element` looks different on screen from the same element unfocused."""
    box = element.bounding_box()
    if not box:
        return [f"{description}: focused but has no box on screen"]
    size = page.viewport_size
    x, y = max(box["x"] - margin, 0), max(box["y"] - margin, 0)
    clip = {
        "x": x,
        "y": y,
        "width": min(box["x"] + box["width"] + margin, size["width"]) - x,
        "height": min(box["y"] + box["height"] + margin, size["height"]) - y,
    }
    if clip["width"] <= 0 or clip["height"] <= 0:
        return [f"{description}: focused but outside the viewport"]
    focused = page.screenshot(clip=clip)
    page.evaluate("(el) => el.blur()", element)
    unfocused = page.screenshot(clip=clip)
    page.evaluate("(el) => el.focus()", element)  # keyboard modality: still :focus-visible
    return [] if focused != unfocused else [f"{description}: focus changes nothing on screen"]


def tab_through(page, max_steps=400, paint_check=False):
    """Press Tab from the top of the page until focus leaves the document or comes back around.

    Call it on a freshly loaded page. Returns (reached, expected, problems): descriptions of the
    elements focused in order, of every visible, enabled interactive element, and the problems
    seen on the way. `paint_check` also compares screenshots with and without focus (slower).
    """
    expected = page.evaluate(_MARK_FOCUSABLE, FOCUSABLE)
    reached, problems, seen, previous = [], [], set(), None
    for _step in range(max_steps):
        page.keyboard.press("Tab")
        state = page.evaluate(_FOCUS_STEP)
        if state is None:
            break  # focus left the document: the end of the page
        if state["marker"] == previous:
            continue  # still inside an embedded frame
        if state["marker"] in seen:
            break  # focus wrapped around to the start
        seen.add(previous := state["marker"])
        reached.append(state["description"])
        problems += focus_problems(state)
        if paint_check:
            element = page.evaluate_handle("document.activeElement")
            problems += focus_ring_painted(page, element, state["description"])
    else:
        problems.append(f"Tab never left the page after {max_steps} steps (keyboard trap?)")
    problems += [
        f"{description}: never reached with Tab"
        for index, description in enumerate(expected)
        if str(index) not in seen
    ]
    return reached, expected, problems


# -- reflow -----------------------------------------------------------------------------------

_OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) {
        out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
    }
    for (const el of document.body.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.right <= width + 0.5) continue;
        if (el.closest('.skip-link')) continue;  // parked off-screen until focused
        out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> reaches ${Math.round(rect.right)}px`);
    }
    return out;
}"""

# WCAG 1.4.12 text spacing: what a reader's own style sheet may impose.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""


def horizontal_overflow(page):
    """Readable list of what sticks out to the right of the viewport ([] when nothing does)."""
    return page.evaluate(_OVERFLOW)


# -- forms ------------------------------------------------------------------------------------

_FORM_ERRORS = """(form) => {
    const text = (el) => (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ');
    const shown = (el) => el.checkVisibility() && el.getClientRects().length > 0;
    const idsOf = (el) => el ? [el.getAttribute('aria-describedby'), el.getAttribute('aria-errormessage')]
        .filter(Boolean).join(' ').split(/\\s+/).filter(Boolean) : [];
    const LIVE = '[role=alert], [role=status], [aria-live]:not([aria-live=off])';
    const invalid = [...form.querySelectorAll('[aria-invalid="true"]')];
    const controls = invalid.map((control) => {
        // A radio or checkbox group is described once, on its fieldset (or ARIA group).
        const group = control.closest('fieldset, [role=group], [role=radiogroup]');
        const ids = [...idsOf(control), ...(form.contains(group) ? idsOf(group) : [])];
        const messages = ids.map((id) => document.getElementById(id)).filter(Boolean);
        return {
            name: control.name || control.id, ids,
            messages: messages.filter(shown).map(text).filter(Boolean),
            missing: ids.filter((id) => !document.getElementById(id)),
        };
    });
    const live = [...document.querySelectorAll(LIVE)].map(text).filter(Boolean);
    const active = document.activeElement;
    const focusedLive = active && active !== document.body ? active.closest(LIVE) : null;
    return {
        controls, live,
        focusedInvalid: invalid.includes(active),
        focusedSummary: focusedLive ? text(focusedLive) : '',
    };
}"""


def form_error_problems(page, form_selector):
    """Why the errors of the form at `form_selector` are not announced, or [] when they are.

    Call it after the visitor submitted invalid input and the page answered. It asks that
    1. at least one control carries aria-invalid="true" (Django adds it to fields with errors);
    2. each such control (or its fieldset, for radio groups) names its error message with
       aria-describedby (or aria-errormessage), and every message exists, is visible and has text;
    3. the errors are announced without JavaScript: focus sits on an invalid control (its
       description is read with it) or on an error summary that is a live region
       (role=alert, e.g. with `autofocus`), or a live region holds the messages.
    The contact, "voz del migrante" and feedback forms use it (tests/browser/test_forms.py).
    """
    form = page.locator(form_selector)
    if form.count() != 1:
        return [f"expected one form at {form_selector!r}, found {form.count()}"]
    state = page.evaluate(_FORM_ERRORS, form.element_handle())
    if not state["controls"]:
        return [f'{form_selector}: no control is marked aria-invalid="true" after the error']
    problems = []
    messages = []
    for control in state["controls"]:
        if not control["ids"]:
            problems.append(f"{control['name']}: invalid but without aria-describedby")
        for missing in control["missing"]:
            problems.append(
                f"{control['name']}: aria-describedby names #{missing}, which is absent"
            )
        if control["ids"] and not control["messages"]:
            problems.append(f"{control['name']}: its error message is empty or hidden")
        messages += control["messages"]
    announced = (
        state["focusedInvalid"]
        or bool(state["focusedSummary"])
        or any(message in text for message in messages for text in state["live"])
    )
    if messages and not announced:
        problems.append(
            "the errors are not announced: focus is not on an invalid control or on an error "
            "summary with role=alert, and no live region holds the messages"
        )
    return problems
