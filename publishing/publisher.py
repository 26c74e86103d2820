"""Full and incremental publishes of the public site into release folders.

A full publish renders every live, public page of every language (in parallel worker processes),
the 404 page of each language, the sitemap, robots.txt, the news feeds and the event calendars,
copies the assets those files use, and adds the brand stylesheet and the static search
(`extras`). An incremental publish starts from a hard-linked copy of the current release and
re-renders only what a change affects (see `targets`); its static search index follows a moment
after the switch (`search_index`). Either way the new release is switched in with one atomic
rename, or not at all.
"""

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections
from django.utils import timezone
from wagtail.models import Locale, Page

from content.navigation import prefetch_translations
from search.static_index import BUNDLE_DIR

from . import extras, feeds, ical, redirects, search_index, sitemap, targets
from .assets import AssetCollector
from .release import ReleaseStore
from .render import Renderer, output_path, public_rendering
from .writer import SiteWriter

logger = logging.getLogger(__name__)


class PublishError(Exception):
    pass


@dataclass
class Report:
    kind: str  # "full", "incremental", or "skipped"
    release_id: str | None = None
    pages: int = 0  # pages rendered
    written: list = field(default_factory=list)  # release-relative paths (re)written
    removed: list = field(default_factory=list)
    skipped_assets: list = field(default_factory=list)
    seconds: float = 0.0
    reason: str = ""

    @property
    def pages_per_second(self):
        return self.pages / self.seconds if self.seconds else 0.0

    def summary(self):
        return {
            "kind": self.kind,
            "release": self.release_id,
            "pages": self.pages,
            "written": len(self.written),
            "removed": len(self.removed),
            "seconds": round(self.seconds, 3),
            "reason": self.reason,
        }


def published_page_ids():
    """Ids of every live page outside private sections, in tree order."""
    return list(
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .order_by("path")
        .values_list("pk", flat=True)
    )


def page_record(page, rendered, parents, languages):
    return {
        "path": rendered.path,
        "title": page.title,
        "locale": languages[page.locale_id],
        "parent": parents.get(page.path[: -page.steplen]),
        "key": str(page.translation_key),
        "type": page._meta.label_lower,
        "lastmod": page.last_published_at.isoformat() if page.last_published_at else None,
        "assets": sorted(rendered.assets),
        "links": sorted(rendered.links),
        "subpaths": [],
    }


def render_pages(page_ids, renderer, writer, keep=None):
    """Render pages into the release; returns {page id: manifest record}. `keep(page, subpath,
    members)`, if given, tells which addresses of a listing keep the file already there."""
    records = {}
    pages = list(Page.objects.filter(pk__in=page_ids).specific())
    prefetch_translations(pages, renderer.url_request)
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    parents = dict(
        Page.objects.filter(
            depth__gt=1, path__in={page.path[: -page.steplen] for page in pages}
        ).values_list("path", "pk")
    )
    for page in pages:
        rendered = renderer.render_page(page)
        if rendered is None:
            continue  # not under any site: no public URL
        writer.write(output_path(rendered.path), rendered.content)
        record = page_record(page, rendered, parents, languages)
        members = targets.listing_members(page)
        if members is None:
            subpaths = targets.static_subpaths(page)
        else:
            record["members"] = members
            subpaths = [subpath for subpath in members if subpath]
        for subpath in subpaths:
            if keep is not None and keep(page, subpath, members):
                record["subpaths"].append(subpath)
                continue
            extra = renderer.render_subpage(page, subpath)
            writer.write(output_path(extra.path), extra.content)
            record["subpaths"].append(subpath)
            record["assets"] = sorted(set(record["assets"]) | extra.assets)
        records[page.pk] = record
    return records


# -- parallel rendering (worker processes forked from the publishing process) ---------------------
_worker = {}


def _die_with_parent():
    """Linux: a worker whose publishing process is killed dies too, instead of lingering."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != _worker.get("parent"):  # it died before prctl took effect
        os._exit(1)


def _start_worker():
    # The parent closed its connections before forking: each child opens its own. The renderer
    # (middleware, compiled templates, layout caches) is inherited from the parent.
    _die_with_parent()
    connections.close_all()


def _render_chunk(page_ids):
    writer = _worker["writer"]
    records = render_pages(page_ids, _worker["renderer"], writer)
    written, writer.written = writer.written, []
    return records, written


def render_in_parallel(page_ids, renderer, writer, workers, progress=None):
    total = len(page_ids)
    size = max(5, min(50, total // (workers * 8) or 5))
    chunks = [page_ids[i : i + size] for i in range(0, total, size)]
    _worker.update(renderer=renderer, writer=SiteWriter(writer.root), parent=os.getpid())
    connections.close_all()
    records, written, done = {}, [], 0
    context = multiprocessing.get_context("fork")
    # The workers inherit every object of this process. Frozen, the garbage collector leaves them
    # alone in the workers: traversing them would cost time and write to (hence copy) the memory
    # pages they share with this process.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker
        ) as pool:
            futures = [pool.submit(_render_chunk, chunk) for chunk in chunks]
            try:
                for future in as_completed(futures):
                    chunk_records, chunk_written = future.result()
                    records.update(chunk_records)
                    written.extend(chunk_written)
                    done += len(chunk_records)
                    if progress:
                        progress(done, total)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    finally:
        gc.unfreeze()
    _worker.clear()
    return records, written


def render_serially(page_ids, renderer, writer, progress=None):
    records = {}
    for start in range(0, len(page_ids), 50):
        records.update(render_pages(page_ids[start : start + 50], renderer, writer))
        if progress:
            progress(len(records), len(page_ids))
    written, writer.written = writer.written, []
    return records, written


@contextmanager
def quiet_not_found():
    """Rendering the 404 pages is not a visitor hitting a missing page: keep it out of the logs."""
    request_logger = logging.getLogger("django.request")
    level = request_logger.level
    request_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        request_logger.setLevel(level)


# -- builds ------------------------------------------------------------------------------------------
def _write_not_found_pages(writer, renderer, languages=None):
    """The 404 page of each language (served for missing URLs under /<lang>/)."""
    assets = set()
    for code, _name in settings.LANGUAGES:
        if languages is not None and code not in languages:
            continue
        with quiet_not_found():
            not_found = renderer.render_path(f"/{code}/404.html", expected=404)
        writer.write(f"{code}/404.html", not_found.content)
        assets |= not_found.assets
    return assets


# The site-wide files that page types name in `site_files` (see targets.site_files).
SITE_FILES = {"feeds": feeds.write, "calendars": ical.write}


def _finish(writer, pages, site_assets, *, full, site_files=(), languages=None):
    """Everything besides pages: sitemap, robots, feeds, calendars, assets.

    An incremental build rewrites the feeds or calendars only when pages listed in them changed,
    and the sitemaps, feeds and calendars only of `languages`, those of the pages it rendered or
    removed: a change that shows in another language's (a page's address in the hreflang
    alternates, say) re-renders the translations too (`targets.plan`).
    """
    codes = [code for code, _name in settings.LANGUAGES if languages is None or code in languages]
    sitemap.write(writer, pages, codes)
    for name, write in SITE_FILES.items():
        if full or name in site_files:
            write(writer, pages, codes)
    assets = AssetCollector(writer)
    needed = set(site_assets)
    for record in pages.values():
        needed.update(record["assets"])
    if full:
        assets.add_public_static()
    assets.add(needed)
    if not full:
        assets.prune(needed)
    return sorted(assets.skipped)


def _build_full(staging, workers, progress):
    page_ids = published_page_ids()
    writer = SiteWriter(staging)
    renderer = Renderer()
    # Rendering the 404 pages first also warms the templates the forked workers inherit.
    site_assets = _write_not_found_pages(writer, renderer)
    if workers > 1 and len(page_ids) > workers:
        records, written = render_in_parallel(page_ids, renderer, writer, workers, progress)
    else:
        records, written = render_serially(page_ids, renderer, writer, progress)
    pages = {str(pk): record for pk, record in records.items()}
    skipped = _finish(writer, pages, site_assets, full=True)
    extras.write(staging, writer, renderer)
    manifest = {
        "kind": "full",
        "created": timezone.now().isoformat(),
        "pages": pages,
        "site_assets": sorted(site_assets),
        "signature": targets.navigation_signature(renderer.request("/")),
        "redirects": redirects.write(writer, renderer, set(page_ids), pages, previous={}),
    }
    return manifest, len(records), written + writer.written, [], skipped


def _build_incremental(staging, manifest, changes, search_index_now=False):
    writer = SiteWriter(staging)
    renderer = Renderer()
    published = set(published_page_ids())

    def url_of(page):
        return renderer.url_of(page)[1]

    plan = targets.plan(changes, manifest, published, url_of)
    pages = dict(manifest["pages"])
    # A changed main menu or home page shows on every page of the language (or of the site).
    old_signature = manifest.get("signature", {})
    if old_signature and not targets.touches_layout(changes, manifest):
        signature = old_signature
    else:
        signature = targets.navigation_signature(renderer.request("/"))
    if signature["homes"] != old_signature.get("homes"):
        return None
    languages = {
        code
        for code, items in signature["nav"].items()
        if items != old_signature.get("nav", {}).get(code)
    }

    kept = set()

    def keep(page, subpath, members):
        """A listing's address stays as published when it lists the same pages as before and
        none of them is being rendered again (see targets.Plan.whole)."""
        old = pages.get(str(page.pk))
        if (
            members is None  # not a listing: every address is rendered again
            or page.pk in plan.whole
            or old is None
            or old["locale"] in languages
            or old.get("members") != members
            or plan.render.intersection(members[subpath])
        ):
            return False
        kept.add(page.pk)
        return True

    records = render_pages(sorted(plan.render), renderer, writer, keep)
    for pk in kept:  # the files kept still use what they used
        records[pk]["assets"] = sorted(set(records[pk]["assets"]) | set(pages[str(pk)]["assets"]))

    # Relations shown from both sides: pages a re-rendered page links to now or linked to before.
    path_to_id = {record["path"]: int(pk) for pk, record in pages.items()}
    path_to_id.update({record["path"]: pk for pk, record in records.items()})
    second = set()
    for pk, record in records.items():
        old = pages.get(str(pk))
        before = set(old["links"]) if old else set()
        for path in before ^ set(record["links"]):
            linked = path_to_id.get(path)
            if linked and linked not in records and linked in published:
                second.add(linked)

    if languages:
        second |= set(
            Page.objects.filter(pk__in=published, locale__language_code__in=languages)
            .exclude(pk__in=list(records))
            .values_list("pk", flat=True)
        )
    records.update(render_pages(sorted(second), renderer, writer))

    # Merge into the manifest, then remove the files of pages that left the site or moved away.
    previous = {pk: pages.pop(str(pk), None) for pk in plan.remove}
    for pk, record in records.items():
        previous.setdefault(pk, pages.get(str(pk)))
        pages[str(pk)] = record
    in_use = {
        record["path"] + subpath
        for record in pages.values()
        for subpath in ["", *record.get("subpaths", [])]
    }
    for old in previous.values():
        for subpath in ["", *(old or {}).get("subpaths", [])]:
            if old and old["path"] + subpath not in in_use:
                writer.remove(output_path(old["path"] + subpath))

    # The 404 pages show the layout only: re-rendered when a language's menu changed.
    site_assets = set(manifest.get("site_assets", []))
    site_assets |= _write_not_found_pages(writer, renderer, languages)
    changed = [*records.values(), *(old for old in previous.values() if old)]
    skipped = _finish(
        writer,
        pages,
        site_assets,
        full=False,
        site_files=targets.site_files({record.get("type") for record in changed}),
        languages={record["locale"] for record in changed},
    )
    extras.write(
        staging, writer, renderer, layout_languages=languages, search_index=search_index_now
    )
    manifest = {
        "kind": "incremental",
        "created": timezone.now().isoformat(),
        "pages": pages,
        "site_assets": sorted(site_assets),
        "signature": signature,
        "redirects": redirects.write(
            writer, renderer, published, pages, previous=manifest.get("redirects", {})
        ),
    }
    return manifest, len(records), writer.written, writer.removed, skipped


# -- entry points ------------------------------------------------------------------------------------
def publish_site(workers=None, progress=None, store=None):
    """Full publish; returns a Report. Raises PublishError (the current release stays)."""
    store = store or ReleaseStore()
    with store.locked():
        return _publish_full_locked(store, workers, progress)


def _publish_full_locked(store, workers, progress, reason="full publish"):
    started = time.monotonic()
    workers = workers or settings.PUBLISH_WORKERS
    previous = store.manifest(store.current_id()) if store.current_id() else None
    release_id, staging = store.start()
    try:
        with public_rendering():
            manifest, count, written, removed, skipped = _build_full(staging, workers, progress)
        store.finish(release_id, staging, manifest)
    except Exception as error:
        store.discard_staging()
        raise PublishError(str(error)) from error
    store.switch(release_id)
    redirects.announce_change(store.root, manifest, previous)
    # Older releases cannot become the next edits' spares (every file here is new): copies now.
    store.prepare_spare(release_id)
    store.prepare_reserves(release_id, settings.PUBLISH_KEEP_RELEASES - 1)
    store.delete(store.prune())
    return Report(
        kind="full",
        release_id=release_id,
        pages=count,
        written=written,
        removed=removed,
        skipped_assets=skipped,
        seconds=time.monotonic() - started,
        reason=reason,
    )


def publish_changes(changes, store=None):
    """Incremental publish of `targets.Changes`; a full one when the change touches everything.

    Nothing happens before the site was first published with `manage.py publish`.
    """
    store = store or ReleaseStore()
    with store.locked():
        current = store.current_id()
        if current is None:
            return Report(kind="skipped", reason="nothing published yet: run manage.py publish")
        manifest = store.manifest(current)
        reason = ", ".join(sorted(changes.reasons)) or "changes"
        if changes.full or manifest is None or store.is_rolled_back():
            return _publish_full_locked(store, None, None, reason=reason)
        started = time.monotonic()
        release_id, staging = store.start(base_id=current)
        # A page made private (or public) leaves (or joins) the search with the page itself.
        search_index_now = targets.PRIVACY_CHANGED in changes.reasons
        try:
            with public_rendering():
                result = _build_incremental(staging, manifest, changes, search_index_now)
            if result is None:
                store.discard_staging()
                return _publish_full_locked(store, None, None, reason=reason)
            new_manifest, count, written, removed, skipped = result
            if not written and not removed:
                store.keep_as_spare(staging, current)
                return Report(
                    kind="skipped",
                    pages=count,
                    seconds=time.monotonic() - started,
                    reason="nothing changed",
                )
            store.finish(
                release_id, staging, new_manifest, base_id=current, changed=[*written, *removed]
            )
        except Exception as error:
            store.discard_staging()
            raise PublishError(str(error)) from error
        store.switch(release_id)
        redirects.announce_change(store.root, new_manifest, manifest)
        if not search_index_now:
            search_index.index_later(store, release_id)
        # The next build starts from a spare copy of this release: an old release (or a reserve
        # copy of the last full one) brought up to date with a few file operations, else a copy
        # made in the background.
        trash = store.recycle_as_spare(
            release_id, store.prune(), rewritten_after_switch=[BUNDLE_DIR]
        )
        if not store.has_spare(release_id):
            trash += store.recycle_as_spare(
                release_id, store.take_reserve(), rewritten_after_switch=[BUNDLE_DIR]
            )
        threading.Thread(
            target=_housekeeping,
            args=(store, release_id, trash),
            name="publish-housekeeping",
            daemon=True,
        ).start()
        return Report(
            kind="incremental",
            release_id=release_id,
            pages=count,
            written=written,
            removed=removed,
            skipped_assets=skipped,
            seconds=time.monotonic() - started,
            reason=reason,
        )


def _housekeeping(store, release_id, trash):
    """A spare copied (under the lock, like any build) when no old release could be recycled
    into one, first, so that the next edit finds it; then old releases deleted outside the lock."""
    if not store.has_spare(release_id):
        with store.locked():
            if store.current_id() == release_id and not store.has_spare(release_id):
                store.prepare_spare(release_id)
    store.delete(trash)


def rollback(store=None):
    store = store or ReleaseStore()
    with store.locked():
        previous = store.manifest(store.current_id())
        release_id = store.rollback()
        redirects.announce_change(store.root, store.manifest(release_id) or {}, previous)
        return release_id
