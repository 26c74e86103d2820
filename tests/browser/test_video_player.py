"""A video page in Chromium, on the published static site under production's
Content-Security-Policy: nothing comes from the video host until the visitor presses play; then
the player (youtube-nocookie, captions on in the page's language) takes the poster's place, by
mouse or keyboard; without JavaScript the play link opens the video in a new page. At 360 × 640
the title and the play control are on the first screen. The video host is never really reached:
the browser's requests to it are answered here and recorded."""

from pathlib import Path

import pytest
from a11y import assert_no_axe_violations
from playwright.sync_api import expect
from static_server import serve_release
from test_static_search import Handler

PHONE = {"width": 360, "height": 640}
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
VIDEO = "/es/concursos-y-videos/como-registrar-tu-contrato-en-sivitma/"
QU_VIDEO = "/qu/atipanakuykuna-videokuna/sivitmapi-contratota-qillqachiy/"
PLAYER = "https://www.youtube-nocookie.com/embed/q8Vt3mLr2Xo"
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


@pytest.fixture(scope="module")
def static_site(portal_env):
    with serve_release(portal_env, Handler) as base_url:
        yield base_url


def watch_other_origins(page, base_url):
    """Every request to another origin, answered with a stub page instead of leaving the
    machine."""
    elsewhere = []

    def answer(route):
        if route.request.url.startswith(base_url):
            route.continue_()
            return
        elsewhere.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>player</title>")

    page.context.route("**/*", answer)
    return elsewhere


def test_the_player_loads_only_when_asked_with_captions_in_the_page_language(static_site, new_page):
    page = new_page(viewport=PHONE)
    page.context.add_init_script(RECORD_VIOLATIONS)
    elsewhere = watch_other_origins(page, static_site)
    page.goto(static_site + VIDEO)
    page.wait_for_load_state("networkidle")

    title = page.locator("h1")
    play = page.get_by_role("link", name="Reproducir el video")
    expect(title).to_have_text("Cómo registrar tu contrato en SIVITMA")
    expect(play).to_have_accessible_name(
        "Reproducir el video: Cómo registrar tu contrato en SIVITMA "
        "(abre YouTube en una página nueva)"
    )
    # the first screen of a phone shows the title and the whole play control
    for element in (title, play.locator(".video-player__button")):
        box = element.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone-video-page-360x640.png"))
    assert elsewhere == []  # nothing from the video host (or anyone else) before play
    assert page.locator("iframe").count() == 0

    play.click()
    frame = page.locator(".video-player iframe")
    expect(frame).to_have_count(1)
    assert frame.get_attribute("loading") == "lazy"
    assert frame.get_attribute("title") == "Video: Cómo registrar tu contrato en SIVITMA"
    src = frame.get_attribute("src")
    assert src.startswith(PLAYER + "?") and "cc_load_policy=1&cc_lang_pref=es" in src
    expect(frame).to_be_focused()
    page.wait_for_timeout(300)
    assert [url.split("?")[0] for url in elsewhere] == [PLAYER]
    assert len(page.context.pages) == 1  # played in place
    assert page.evaluate("window.__cspViolations") == []
    assert page.console.errors == []


def test_the_page_passes_axe_before_and_after_play(static_site, new_page):
    # bypass_csp: axe-core is injected as an inline script, which the strict CSP would block.
    page = new_page(viewport=PHONE, bypass_csp=True)
    watch_other_origins(page, static_site)
    page.goto(static_site + VIDEO)
    assert_no_axe_violations(page, "the video page")
    page.get_by_role("link", name="Reproducir el video").click()
    expect(page.locator(".video-player iframe")).to_have_count(1)
    assert_no_axe_violations(page, "the video page with its player")


def test_the_keyboard_plays_the_video_in_quechua(static_site, new_page):
    page = new_page(viewport=PHONE, locale="qu")
    elsewhere = watch_other_origins(page, static_site)
    page.goto(static_site + QU_VIDEO)
    play = page.get_by_role("link", name="Videota qallarichiy")
    for _step in range(40):
        page.keyboard.press("Tab")
        if play.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the play link")
    assert elsewhere == []
    page.keyboard.press("Enter")
    frame = page.locator(".video-player iframe")
    expect(frame).to_have_count(1)
    assert "cc_lang_pref=qu" in frame.get_attribute("src")
    expect(frame).to_be_focused()


def test_without_javascript_the_play_link_opens_the_video_in_a_new_page(static_site, chromium):
    context = chromium.new_context(java_script_enabled=False, locale="es-PE", viewport=PHONE)
    try:
        page = context.new_page()
        elsewhere = watch_other_origins(page, static_site)
        page.goto(static_site + VIDEO)
        play = page.get_by_role("link", name="Reproducir el video")
        assert play.get_attribute("target") == "_blank"
        with context.expect_page() as opened:
            play.click()
        video = opened.value
        video.wait_for_load_state()
        assert video.url.startswith(PLAYER + "?cc_load_policy=1&cc_lang_pref=es")
        assert page.url == static_site + VIDEO  # the portal's page stays where it was
        assert page.locator("iframe").count() == 0
        assert [url.split("?")[0] for url in elsewhere] == [PLAYER]
    finally:
        context.close()


def test_the_contests_page_lists_the_videos_and_the_captions_download(static_site, new_page):
    page = new_page(viewport=PHONE)
    elsewhere = watch_other_origins(page, static_site)
    page.goto(static_site + "/es/concursos-y-videos/")
    cards = page.locator(".video-card h3")
    expect(cards).to_have_text(
        ["Cómo registrar tu contrato en SIVITMA", "Retorno Productivo: tu regreso con empleo"]
    )
    cards.first.get_by_role("link").click()
    expect(page).to_have_url(static_site + VIDEO)
    captions = page.get_by_role("link", name="Runasimi (WebVTT)")
    with page.expect_download() as download:
        captions.click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert text.startswith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\nNapaykullayki.")
    assert elsewhere == []
