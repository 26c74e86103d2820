"""The static search index of incremental publishes, rebuilt after the switch, off the editor's way.

Pagefind reads every page of the release (a second for the demo, many at 10,000 pages), while an
edit re-renders a handful. So an incremental release goes live at once with its base's index
(hard-linked: whole and consistent, one edit behind), and a background thread of the publishing
process then indexes the newest release aside and puts the bundle in place under the publish
lock, if that release is still the one served. Edits arriving meanwhile are not held up, and
when several arrive, only the newest release is indexed. If the process dies first, the index
stays one edit behind until the next publish. Full publishes index inline (publishing.extras).
"""

import logging
import tempfile
import threading
from pathlib import Path

from search.static_index import BUNDLE_DIR, build_static_index, install_bundle

from .writer import SiteWriter

logger = logging.getLogger(__name__)

_condition = threading.Condition()
_state = {"pending": None, "busy": False, "thread": None}


def index_later(store, release_id):
    """Ask for `release_id`'s index (replacing any older request not yet started)."""
    with _condition:
        _state["pending"] = (store, release_id)
        thread = _state["thread"]
        if thread is None or not thread.is_alive():
            thread = threading.Thread(target=_run, name="static-search-index", daemon=True)
            _state["thread"] = thread
            thread.start()


def wait_for_index(timeout=None):
    """Block until no index is pending or being built (tests, the benchmark); False on timeout."""
    with _condition:
        return _condition.wait_for(
            lambda: _state["pending"] is None and not _state["busy"], timeout
        )


def _run():
    while True:
        with _condition:
            job, _state["pending"] = _state["pending"], None
            if job is None:
                _state["thread"] = None
                _condition.notify_all()
                return
            _state["busy"] = True
        try:
            _index(*job)
        except Exception:
            logger.exception("The static search index was not rebuilt; it stays one edit behind")
        finally:
            with _condition:
                _state["busy"] = False
                _condition.notify_all()


def _index(store, release_id):
    release = store.path(release_id)
    with tempfile.TemporaryDirectory(prefix="infomigra-pagefind-") as scratch:
        report = build_static_index(release, Path(scratch) / BUNDLE_DIR, background=True)
        with store.locked():
            if store.current_id() == release_id:
                install_bundle(SiteWriter(release), report.bundle_dir)
