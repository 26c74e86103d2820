"""An exclusive lock on a file, held across processes (fcntl): one publish at a time, one build of
the tests' demo snapshot at a time."""

import fcntl
from contextlib import contextmanager


@contextmanager
def exclusive_lock(path):
    """Wait until no other process holds the lock on `path` (created if missing), then hold it."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
