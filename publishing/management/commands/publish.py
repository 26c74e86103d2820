"""`manage.py publish`: publish the whole public site; `--rollback` serves the previous release."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from publishing.publisher import PublishError, publish_site, rollback
from publishing.release import ReleaseError, ReleaseStore
from publishing.tasks import schedule_event_refresh


class Command(BaseCommand):
    help = (
        "Render every live public page in every language, the 404 pages, sitemap, robots.txt, "
        "feeds, calendars and assets into a new release under PUBLISH_ROOT, then switch "
        "PUBLISH_ROOT/current to it atomically. Keeps the last PUBLISH_KEEP_RELEASES releases."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rollback",
            action="store_true",
            help="Serve the release before the current one again (no rendering).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Rendering processes (default: PUBLISH_WORKERS, the number of cores).",
        )
        parser.add_argument(
            "--list", action="store_true", help="List the releases and which one is served."
        )

    def handle(self, *args, rollback=False, workers=None, list=False, verbosity=1, **options):
        store = ReleaseStore()
        if list:
            return self.list_releases(store)
        if rollback:
            return self.rollback(store)
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1")
        progress = self.progress if verbosity >= 1 else None
        try:
            report = publish_site(workers=workers, progress=progress, store=store)
        except PublishError as error:
            raise CommandError(
                f"Publish failed; the site being served is unchanged. {error}"
            ) from error
        schedule_event_refresh()
        if verbosity >= 1:
            if sys.stdout.isatty():
                self.stdout.write("")
            for path in report.skipped_assets:
                self.stderr.write(f"Not published (private or missing): {path}")
            self.stdout.write(
                self.style.SUCCESS(
                    f"Published release {report.release_id}: {report.pages} pages in "
                    f"{report.seconds:.1f} s ({report.pages_per_second:.0f} pages/s), "
                    f"{len(report.written)} files written"
                )
            )
            self.stdout.write(f"Serving {store.current_link} -> releases/{report.release_id}")

    def progress(self, done, total):
        if sys.stdout.isatty():
            self.stdout.write(f"\rRendering pages: {done}/{total}", ending="")
            self.stdout.flush()
            return
        tenth = done * 10 // max(total, 1)
        if tenth > getattr(self, "_tenth", -1):
            self._tenth = tenth
            self.stdout.write(f"Rendering pages: {done}/{total} ({tenth * 10}%)")

    def rollback(self, store):
        try:
            release_id = rollback(store)
        except ReleaseError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Rolled back: now serving releases/{release_id}"))
        self.stdout.write(
            "The next publish (manual or after an edit) builds a new full release from the CMS."
        )

    def list_releases(self, store):
        current = store.current_id()
        for release_id in store.release_ids():
            manifest = store.manifest(release_id) or {}
            marker = "*" if release_id == current else " "
            self.stdout.write(
                f"{marker} {release_id}  {manifest.get('kind', '?'):<11} "
                f"{len(manifest.get('pages', {}))} pages"
            )
        if current is None:
            self.stdout.write(f"Nothing published yet under {settings.PUBLISH_ROOT}.")
