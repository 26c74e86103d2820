"""Writing files into a release: atomically, only when the bytes change, with compressed twins.

Every file is written to a temporary name and renamed over the target, so a reader never sees a
half-written file, and files hard-linked from the previous release are replaced, never modified.
Text files get `.gz` and `.br` variants next to them for nginx's gzip_static/brotli_static and
the development server.
"""

import gzip
import os
import shutil
from pathlib import Path

import brotli

COMPRESSIBLE = {
    ".html",
    ".xml",
    ".txt",
    ".css",
    ".js",
    ".mjs",
    ".json",
    ".svg",
    ".ics",
    ".rss",
    ".atom",
    ".map",
    ".vtt",
}
VARIANTS = (".gz", ".br")
MIN_COMPRESS_SIZE = 256


def write_atomic(path, data: bytes):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)


def compressed_variants(data: bytes, brotli_quality=5):
    """{suffix: bytes} for the variants worth keeping (at least 5% smaller than the original).

    Pages use brotli quality 5 (about 1 ms for a page, within 1% of quality 9's size); assets,
    compressed once per release, use 11.
    """
    if len(data) < MIN_COMPRESS_SIZE:
        return {}
    candidates = {
        ".gz": gzip.compress(data, compresslevel=9, mtime=0),
        ".br": brotli.compress(data, quality=brotli_quality),
    }
    return {suffix: blob for suffix, blob in candidates.items() if len(blob) < len(data) * 0.95}


class SiteWriter:
    """Writes into one release folder (paths are relative to it, with or without a leading /)."""

    def __init__(self, root):
        self.root = Path(root)
        self.written = []  # relative paths written or copied (compressed variants not listed)
        self.removed = []

    def path(self, relative):
        relative = str(relative).lstrip("/")
        path = (self.root / relative).resolve()
        if self.root.resolve() not in path.parents and path != self.root.resolve():
            raise ValueError(f"{relative!r} is outside the release")
        return path

    def write(self, relative, data: bytes, brotli_quality=5):
        """Write when the content differs from what is there; returns True when it wrote."""
        path = self.path(relative)
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return False
        except FileNotFoundError:
            pass
        write_atomic(path, data)
        self.written.append(self.relative(path))
        variants = compressed_variants(data, brotli_quality) if path.suffix in COMPRESSIBLE else {}
        for suffix in VARIANTS:
            variant = path.with_name(path.name + suffix)
            if suffix in variants:
                write_atomic(variant, variants[suffix])
            else:
                variant.unlink(missing_ok=True)
        return True

    def copy(self, source, relative, variants=None):
        """Put an existing file (an asset) into the release: hard link when possible.

        `variants` maps ".gz"/".br" to ready-made compressed files (whitenoise makes them for
        collected static files); missing ones are computed for compressible types.
        """
        path = self.path(relative)
        if path.exists():
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(source, path)
        self.written.append(self.relative(path))
        variants = variants or {}
        if path.suffix in COMPRESSIBLE and not variants:
            for suffix, blob in compressed_variants(Path(source).read_bytes(), 11).items():
                write_atomic(path.with_name(path.name + suffix), blob)
        for suffix, variant_source in variants.items():
            _link_or_copy(variant_source, path.with_name(path.name + suffix))
        return True

    def remove(self, relative):
        """Delete a file, its compressed variants, and folders left empty; True if it existed."""
        path = self.path(relative)
        existed = path.exists()
        for candidate in (path, *(path.with_name(path.name + s) for s in VARIANTS)):
            candidate.unlink(missing_ok=True)
        if existed:
            self.removed.append(self.relative(path))
        folder = path.parent
        root = self.root.resolve()
        while folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
        return existed

    def relative(self, path):
        return os.path.relpath(path, self.root.resolve())

    def exists(self, relative):
        return self.path(relative).exists()

    def files(self, folder):
        """Relative paths of the files under `folder` (compressed variants left out)."""
        return relative_files(self.root, self.path(folder))


def relative_files(root, folder=None):
    """Paths relative to `root` ("/"-separated) of the files under `folder` (by default `root`
    itself), without the compressed variants the writer adds; none when it is not a folder."""
    found = []
    for directory, _dirs, names in os.walk(folder or root):
        prefix = os.path.relpath(directory, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found.extend(prefix + name for name in names if not name.endswith(VARIANTS))
    return found


def _link_or_copy(source, target):
    temporary = Path(target).with_name(f".{Path(target).name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        os.link(source, temporary)
    except OSError:
        shutil.copyfile(source, temporary)
    os.replace(temporary, target)
