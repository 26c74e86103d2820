"""Files of every release besides pages, feeds and calendars, rendered through the CMS like pages.

- `/brand.css`: the palette of the brand setting (themes). Changing the brand setting publishes
  the whole site, so pages and stylesheet always agree.
- The static search: `/<lang>/search/` without a query is a file, the static search page whose
  script searches the Pagefind index in the browser (with a query, without JavaScript, it reaches
  the CMS); then the index itself (search.static_index), once every page is in the release.
  Incremental publishes leave the index to publishing.search_index, after the switch, unless a
  page became private or public (`search_index=True`).
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


def write(release_path, writer, renderer=None, layout_languages=None, search_index=False):
    """Written at the end of every full publish, and of every incremental one with
    `layout_languages`, the languages whose layout (menu, footer) changed: the stylesheet changes
    only in a full publish (the brand setting publishes everything) and the static search page
    shows only the layout, so an incremental publish renders them again only where it changed.
    The registered files are rendered every time; the static search index only in a full
    publish or with `search_index` (an incremental one's follows after the switch,
    publishing.search_index)."""
    full = layout_languages is None
    renderer = renderer or Renderer()
    if full:
        writer.write("brand.css", renderer.render_path("/brand.css").content)
    for code, _name in settings.LANGUAGES:
        if full or code in layout_languages:
            page = renderer.render_path(f"/{code}/search/")
            writer.write(f"{code}/search/index.html", page.content)
    for path in _FILES:
        writer.write(path.lstrip("/"), renderer.render_path(path).content)
    if full or search_index:
        write_static_index(release_path, writer)
