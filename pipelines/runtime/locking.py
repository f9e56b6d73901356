"""One writer at a time: an exclusive lock file per published package and per warehouse."""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import PipelineError


@contextmanager
def exclusive_lock(path: Path, what: str, wait_seconds: float | None = None):
    """Hold an exclusive lock on ``path``; wait up to ``wait_seconds`` (OPENDATA_LOCK_WAIT,
    default 30 s) for another run to finish, then refuse with a clear message."""
    if wait_seconds is None:
        wait_seconds = float(os.environ.get("OPENDATA_LOCK_WAIT", "30"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PipelineError(
                        f"another run is writing {what} ({path}); waited {wait_seconds:.0f} s "
                        "(OPENDATA_LOCK_WAIT), try again when it has finished"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)
