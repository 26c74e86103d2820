"""Static files, image renditions and documents in a release.

- Static files: the portal's own (everything under its apps' static namespaces, hashed by the
  staticfiles storage when it is the manifest storage, as in production), plus anything else a
  published page or stylesheet refers to. Compressed variants come from collectstatic (whitenoise)
  when present, otherwise they are made here.
- Media (renditions) and documents: only those that published pages use, and never one whose
  image or document sits in a private collection (such links keep going to the CMS, which asks
  for the permission).
"""

import logging
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import HashedFilesMixin, staticfiles_storage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.privacy import private_collection_ids

logger = logging.getLogger(__name__)

# The portal's own static namespaces: published whole, since scripts may load files by name.
PUBLIC_STATIC_PREFIXES = ("themes/", "content/", "search/", "publishing/")
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
DOCUMENT_URL = re.compile(r"^/documents/(\d+)/(.+)$")


class AssetCollector:
    def __init__(self, writer):
        self.writer = writer
        self.private_collections = private_collection_ids()
        self.static_url = settings.STATIC_URL
        self.media_url = settings.MEDIA_URL
        self.skipped = set()  # URL paths that must not (or cannot) be published

    # -- entry points ------------------------------------------------------------------------------
    def add(self, url_paths):
        """Copy the assets behind these URL paths into the release (already there: skipped)."""
        static, media, documents = [], [], []
        for url_path in sorted(set(url_paths)):
            if self.writer.exists(unquote(url_path)):
                continue
            if url_path.startswith(self.static_url):
                static.append(url_path)
            elif url_path.startswith(self.media_url):
                media.append(url_path)
            elif url_path.startswith("/documents/"):
                documents.append(url_path)
        self._add_static(static)
        self._add_media(media)
        self._add_documents(documents)

    def add_public_static(self):
        """Every file of the portal's own static namespaces, under the names templates use."""
        names = set()
        storage = staticfiles_storage
        if isinstance(storage, HashedFilesMixin) and storage.hashed_files:
            names = {
                hashed
                for name, hashed in storage.hashed_files.items()
                if name.startswith(PUBLIC_STATIC_PREFIXES)
            }
        else:
            for finder in finders.get_finders():
                for path, _storage in finder.list(["*.scss", "*.less"]):
                    if path.replace("\\", "/").startswith(PUBLIC_STATIC_PREFIXES):
                        names.add(path.replace("\\", "/"))
        self._add_static(self.static_url + name for name in names)

    def prune(self, needed):
        """Remove media and documents that no published page uses any more."""
        needed = {unquote(url_path) for url_path in needed}
        removed = []
        for folder in (self.media_url.strip("/"), "documents"):
            for relative in self.writer.files(folder):
                url_path = "/" + relative.replace("\\", "/")
                if url_path not in needed:
                    self.writer.remove(relative)
                    removed.append(url_path)
        return removed

    # -- static ------------------------------------------------------------------------------------
    def _static_source(self, name):
        """(file, {variant suffix: file}) for a static name, from STATIC_ROOT or the finders."""
        root = Path(settings.STATIC_ROOT) if settings.STATIC_ROOT else None
        if root and (root / name).is_file():
            source = root / name
            variants = {
                suffix: source.with_name(source.name + suffix)
                for suffix in (".gz", ".br")
                if source.with_name(source.name + suffix).is_file()
            }
            return source, variants
        found = finders.find(name)
        return (Path(found), {}) if found else (None, {})

    def _add_static(self, url_paths):
        queue = list(url_paths)
        seen = set()
        while queue:
            url_path = queue.pop()
            if url_path in seen:
                continue
            seen.add(url_path)
            name = unquote(url_path[len(self.static_url) :])
            source, variants = self._static_source(name)
            if source is None:
                logger.warning("Static file %s not found: run collectstatic", url_path)
                self.skipped.add(url_path)
                continue
            self.writer.copy(source, unquote(url_path), variants)
            if name.endswith(".css"):
                queue.extend(self._css_references(url_path, source))

    def _css_references(self, url_path, source):
        text = source.read_text("utf-8", "replace")
        found = []
        for match in CSS_URL.finditer(text):
            reference = (match.group(1) or match.group(2)).strip()
            if reference.startswith(("data:", "#", "http:", "https:", "//")):
                continue
            path = urlsplit(reference).path
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(url_path), path))
            if resolved.startswith(self.static_url):
                found.append(resolved)
        return found

    # -- media and documents -----------------------------------------------------------------------
    def _add_media(self, url_paths):
        if not url_paths:
            return
        Image = get_image_model()
        Rendition = Image.get_rendition_model()
        names = {unquote(url_path[len(self.media_url) :]): url_path for url_path in url_paths}
        collection_of = dict(
            Rendition.objects.filter(file__in=names).values_list("file", "image__collection_id")
        )
        collection_of.update(Image.objects.filter(file__in=names).values_list("file", "collection"))
        for name, url_path in names.items():
            if name not in collection_of:
                logger.warning("%s is not an image rendition; not published", url_path)
                self.skipped.add(url_path)
                continue
            if collection_of[name] in self.private_collections:
                logger.warning("%s is in a private collection; not published", url_path)
                self.skipped.add(url_path)
                continue
            source = Path(settings.MEDIA_ROOT) / name
            if not source.is_file() and not self._regenerate_rendition(Rendition, name):
                logger.warning("%s is missing from MEDIA_ROOT", url_path)
                self.skipped.add(url_path)
                continue
            self.writer.copy(source, unquote(url_path))

    @staticmethod
    def _regenerate_rendition(Rendition, name):
        """A rendition whose file was lost (a restored backup, a cleaned disk) is made again from
        its original image, under its own name; False when that is not possible."""
        from wagtail.images.models import Filter

        rendition = Rendition.objects.filter(file=name).select_related("image").first()
        if rendition is None:
            return False
        try:
            made = rendition.image.generate_rendition_file(Filter(spec=rendition.filter_spec))
        except Exception:  # the original is gone or unreadable: nothing to publish
            logger.exception("could not remake the rendition %s", name)
            return False
        target = Path(settings.MEDIA_ROOT) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made.read())
        logger.warning("remade the lost rendition %s", name)
        return True

    def _add_documents(self, url_paths):
        if not url_paths:
            return
        Document = get_document_model()
        wanted = {}
        for url_path in url_paths:
            match = DOCUMENT_URL.match(unquote(url_path))
            if match:
                wanted[url_path] = (int(match.group(1)), match.group(2))
        documents = Document.objects.in_bulk({doc_id for doc_id, _name in wanted.values()})
        for url_path, (doc_id, filename) in wanted.items():
            document = documents.get(doc_id)
            if document is None or document.filename != filename:
                self.skipped.add(url_path)
                continue
            if document.collection_id in self.private_collections:
                self.skipped.add(url_path)
                continue
            try:
                source = document.file.path
            except NotImplementedError:
                with document.file.open("rb") as handle:
                    self.writer.write(unquote(url_path), handle.read())
                continue
            self.writer.copy(source, unquote(url_path))
