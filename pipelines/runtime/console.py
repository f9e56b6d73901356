"""Standard error as the command's user sees it, also while a Dagster run is executing.

During a run, Dagster's compute-log manager points file descriptor 2 at the step's log file and
copies that file back to the terminal with ``tail -F`` (``dagster._core.execution.compute_logs``).
That copy polls about once a second and is stopped when the run ends: on a loaded machine the last
lines written during the run never reach the terminal. What the command itself shows during a run
(progress, the watchdog's refusal) is written to a duplicate of descriptor 2 taken when this module
is first imported, before any run, so it reaches the user whatever the capture does."""

from __future__ import annotations

import os
import sys
from typing import TextIO


def _duplicate_stderr() -> TextIO | None:
    try:
        fd = os.dup(sys.stderr.fileno())
    except (AttributeError, OSError, ValueError):     # no real descriptor (an embedding host, a test's capture)
        return None
    return os.fdopen(fd, "w", encoding=sys.stderr.encoding or "utf-8", errors="backslashreplace", buffering=1)


_STDERR = _duplicate_stderr()


def stderr() -> TextIO:
    """The user's standard error: the duplicate taken before any run, or ``sys.stderr`` when
    there was no descriptor to duplicate."""
    return _STDERR if _STDERR is not None and not _STDERR.closed else sys.stderr
