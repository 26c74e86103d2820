"""Files of every release besides pages, feeds and calendars, rendered through the CMS like pages.

- `/brand.css`: the palette of the brand setting (themes). Changing the brand setting publishes
  the whole site, so pages and stylesheet always agree.
- The static search: `/<lang>/search/` without a query is a file, the static search page whose
  script searches the Pagefind index in the browser (with a query, without JavaScript, it reaches
  the CMS); then the index itself (search.static_index), once every page is in the release.
  Incremental publishes leave the index to publishing.search_index, after the switch.
"""

from django.conf import settings

from search.static_index import write_static_index

from .render import Renderer


def write(release_path, writer, index=True):
    """Written at the end of every full and incremental publish, into the release being built."""
    renderer = Renderer()
    writer.write("brand.css", renderer.render_path("/brand.css").content)
    for code, _name in settings.LANGUAGES:
        page = renderer.render_path(f"/{code}/search/")
        writer.write(f"{code}/search/index.html", page.content)
    if index:
        write_static_index(release_path, writer)
