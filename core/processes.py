"""Names for worker processes that tell, later, whether the process is still alive.

A name is `host:pid:start`, where `start` is the process's start time in clock ticks since boot
(Linux /proc), so a recycled pid is not taken for the process that died. Whether a process on
another machine is alive cannot be told from here: such names are never declared gone.
"""

import os
import socket
from functools import cache
from pathlib import Path

HOST_LENGTH = 40


@cache
def _host():
    return socket.gethostname()[:HOST_LENGTH]


def _start_time(pid):
    """The process's start time in clock ticks, or None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[19]  # field 22 of proc(5), counted after the name


def this_process():
    pid = os.getpid()
    return f"{_host()}:{pid}:{_start_time(pid) or ''}"


def process_is_gone(name):
    """True when `name` (from `this_process`) is a process of this machine that has ended."""
    host, _, rest = (name or "").partition(":")
    pid, _, start = rest.partition(":")
    if host != _host() or not pid.isdigit():
        return False
    current = _start_time(int(pid))
    return current is None or bool(start and current and current != start)
