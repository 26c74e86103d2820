"""A video's captions, `<video page>/captions.<language>.vtt`: a file next to the page, in the CMS
and (written by the publisher, `VideoPage.static_subpaths`) on the published site. Wagtail's own
page route only answers addresses ending in "/", hence a view of its own."""

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Page

from content.pages.media import VideoPage


def video_captions(request, page_path, language):
    page = Page.find_for_request(request, page_path)
    page = page.specific if page is not None else None
    if not isinstance(page, VideoPage):
        raise Http404
    # What Wagtail checks before serving the page itself (view restrictions, private pages).
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, (), {})
        if isinstance(result, HttpResponse):
            return result
    return page.captions_response(language)
