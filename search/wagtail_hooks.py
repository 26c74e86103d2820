"""The published site's own search: the empty search page per language and the Pagefind index."""

from django.conf import settings
from wagtail import hooks

from publishing.publisher import EXTRA_FILES_HOOK
from publishing.render import Renderer

from .static_index import write_static_index


@hooks.register(EXTRA_FILES_HOOK)
def publish_static_search(context):
    """Runs at the end of every full and incremental publish, on the release being built.

    `/<lang>/search/` without a query is then a file: the static search page, whose script
    searches the Pagefind index in the browser. With a query (no JavaScript) it reaches the CMS.
    """
    renderer = Renderer()
    for code, _name in settings.LANGUAGES:
        page = renderer.render_path(f"/{code}/search/")
        context.writer.write(f"{code}/search/index.html", page.content)
    write_static_index(context.path, context.writer)
