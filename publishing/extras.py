"""Files of every release besides pages, feeds and calendars, rendered through the CMS like pages.

- `/brand.css`: the palette of the brand setting (themes). Changing the brand setting publishes
  the whole site, so pages and stylesheet always agree.
- The static search: `/<lang>/search/` without a query is a file, the static search page whose
  script searches the Pagefind index in the browser (with a query, without JavaScript, it reaches
  the CMS); then the index itself (search.static_index), once every page is in the release.
  Incremental publishes leave the index to publishing.search_index, after the switch.
- Files that apps above publishing register with `register_file(path)` from their
  AppConfig.ready() (e.g. the registry of employment agencies, /agencias-de-empleo.json): each is
  the CMS's answer at that path, rewritten by every publish.
"""

from django.conf import settings

from search.static_index import write_static_index

from .render import Renderer

_FILES = []


def register_file(path):
    """Publish the CMS's answer at `path` (outside the language prefix, e.g. "/data.json") as a
    file of every release."""
    if path not in _FILES:
        _FILES.append(path)


def write(release_path, writer, index=True):
    """Written at the end of every full and incremental publish, into the release being built."""
    renderer = Renderer()
    writer.write("brand.css", renderer.render_path("/brand.css").content)
    for code, _name in settings.LANGUAGES:
        page = renderer.render_path(f"/{code}/search/")
        writer.write(f"{code}/search/index.html", page.content)
    for path in _FILES:
        writer.write(path.lstrip("/"), renderer.render_path(path).content)
    if index:
        write_static_index(release_path, writer)
