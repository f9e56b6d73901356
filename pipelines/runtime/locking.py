"""One writer at a time: an exclusive lock file per Dagster home, per published package and per
warehouse. The lock is the kernel's (``flock``): it goes with the process that holds it, so a killed
run never leaves a lock behind. A waiting run sleeps in short steps, so SIGINT and SIGTERM stop it."""

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
        from ..settings import env_number

        wait_seconds = float(env_number("OPENDATA_LOCK_WAIT"))
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
                    holder = _holder(path)
                    raise PipelineError(
                        f"une autre publication{holder} écrit {what} ({path}) ; attendu {wait_seconds:.0f} s "
                        "(OPENDATA_LOCK_WAIT) : relancez quand elle sera terminée"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)


def _holder(path: Path) -> str:
    """The holder's process id, from the lock file where the holder writes it, as " (processus N)"."""
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (processus {pid})" if pid.isdigit() else ""
