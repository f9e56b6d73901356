"""`make ui` (pipelines/runtime/ui.py): the Dagster UI started in the background, as a shell does
(SIGINT ignored), stops with all its processes on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest

from .conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


@pytest.mark.slow
def test_the_ui_started_in_the_background_stops_on_sigterm(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home), OPENDATA_DATASETS=str(tmp_path / "datasets"),
               OPENDATA_CACHE=str(tmp_path / "cache"))

    def background():            # what `make ui &` gets from a shell
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    launcher = subprocess.Popen([sys.executable, "-m", "pipelines.runtime.ui", "-h", "127.0.0.1", "-p", str(port)],
                                cwd=ROOT, env=env, preexec_fn=background,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not _listening(port):
            assert launcher.poll() is None, "the UI stopped before serving"
            assert time.monotonic() < deadline, "the UI did not start"
            time.sleep(0.5)
        children = subprocess.run(["pgrep", "-P", str(launcher.pid)], capture_output=True, text=True).stdout.split()
        assert children, "dagster dev runs under the launcher"
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=90) == 0
        deadline = time.monotonic() + 30
        while any(_group_alive(int(c)) for c in children) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not any(_group_alive(int(c)) for c in children), "a UI process outlived SIGTERM"
        assert not _listening(port)
    finally:
        if launcher.poll() is None:
            launcher.kill()
