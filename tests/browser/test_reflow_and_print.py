"""Reading: reflow at 320 px, 200 % zoom and WCAG text spacing; printing guides and legislation."""

import pytest
from a11y import TEXT_SPACING_CSS, horizontal_overflow
from page_types import BY_NAME, NAMES, PAGE_TYPES, sample, samples

# WCAG 1.4.10: 320 CSS px wide. 1.4.4: a 1280 x 800 window zoomed to 200 % lays out
# 640 x 400 CSS px (the device pixel ratio changes sharpness, not layout).
NARROW = {"width": 320, "height": 640}
ZOOM_200 = {"width": 640, "height": 400}


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=NAMES)
def test_no_horizontal_scroll_at_320px_200pc_zoom_and_text_spacing(
    portal_url, demo_pages, audit_page, page_type
):
    problems = []
    for found in samples(page_type, demo_pages):
        page = audit_page(viewport=NARROW, bypass_csp=True)  # the text-spacing <style> is inline
        page.goto(portal_url + found.url)
        for label, viewport, css in (
            ("320 px", NARROW, None),
            ("200 % zoom", ZOOM_200, None),
            ("320 px with WCAG text spacing", NARROW, TEXT_SPACING_CSS),
        ):
            page.set_viewport_size(viewport)
            if css:
                page.add_style_tag(content=css)
            problems += [f"{found.url} {label}: {p}" for p in horizontal_overflow(page)]
    assert not problems, "\n".join(f"  - {p}" for p in problems[:20])


@pytest.mark.parametrize("page_type", ["country guide", "legislation item"])
def test_print_keeps_brand_drops_navigation_and_writes_out_links(
    portal_url, demo_pages, new_page, page_type
):
    page = new_page(viewport={"width": 800, "height": 1100})
    page.goto(portal_url + sample(BY_NAME[page_type], "es", demo_pages).url)
    # Brand, crests and figures: every image shown on screen is printed too.
    on_screen = page.eval_on_selector_all(
        "img", "els => els.map((e, i) => e.checkVisibility() ? i : -1).filter(i => i >= 0)"
    )
    assert page.locator(".brand img").count() >= 1
    page.emulate_media(media="print")

    for selector in (
        ".skip-link",
        "nav.language-switcher",
        "form.search-form",
        "nav.main-nav",
        "nav.breadcrumbs",
        "nav.toc",
    ):
        hidden = page.locator(selector)
        assert hidden.count() == 0 or not hidden.first.is_visible(), f"{selector} is printed"

    images = page.locator("img")
    for index in on_screen:
        image = images.nth(index)
        assert image.is_visible(), f"{image.get_attribute('alt')} is not printed"
    assert page.locator("h1").is_visible()

    links = page.eval_on_selector_all(
        "main a[href]",
        """els => els.filter(a => a.checkVisibility()).map(a => ({
            href: a.getAttribute('href'), text: a.innerText.trim(),
            after: getComputedStyle(a, '::after').content,
        }))""",
    )
    assert links, "expected links in the printed content"
    for link in links:
        if link["href"].startswith(("http", "/")) and link["href"] != link["text"]:
            assert link["href"] in link["after"], f"“{link['text']}” prints without its address"

    # Printed text is near-black on white paper, without the screen's coloured bars.
    colours = page.evaluate(
        """() => ['body', '.site-header', '.site-footer', '.site-footer a'].map(s => {
            const style = getComputedStyle(document.querySelector(s));
            return [s, style.color, style.backgroundColor];
        })"""
    )
    for selector, colour, background in colours:
        channels = [int(c) for c in colour.removeprefix("rgb(").removesuffix(")").split(",")]
        assert max(channels) <= 64, f"{selector} prints in {colour}, not near-black"
        assert background in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), (selector, background)
