"""`make ui`: the Dagster UI (``dagster dev``) that stops on SIGTERM as on Ctrl-C.

Started in the background by a shell, a process inherits SIGINT ignored, and ``dagster dev`` turns
SIGTERM into a SIGINT to itself: it then ignores both and outlives ``kill``. This launcher starts
it with SIGINT restored, in its own process group, and passes SIGTERM and SIGINT on as SIGINT
(``dagster dev`` then stops its web server, daemon and code servers); whatever is still running
after a grace period is killed with its group.

    python -m pipelines.runtime.ui [dagster dev options]
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

GRACE_SECONDS = 20


def _restore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.setpgrp()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv) or ["-h", "127.0.0.1", "-p", "3000"]
    command = [sys.executable, "-m", "dagster", "dev", "-m", "pipelines.definitions", *args]
    child = subprocess.Popen(command, preexec_fn=_restore_interrupt)
    stopping = False

    def stop(signum, frame) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            try:
                os.killpg(child.pid, signal.SIGINT)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        try:
            code = child.wait(timeout=1 if stopping else None)
            break
        except subprocess.TimeoutExpired:
            pass
        if stopping:
            try:
                code = child.wait(timeout=GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                code = child.wait()
            break
    # code servers and run workers the UI started are in the group too
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return 0 if stopping else code


if __name__ == "__main__":  # pragma: no cover - run by `make ui` and the UI test
    sys.exit(main())
