"""A published state to break: sources, a Dagster home with the shipped dagster.yaml, and release
1.0.0 with its warehouse, built once per session and copied for each test."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ..conftest import ROOT

BIN = Path(sys.executable).parent
PACKAGE = "numericamp-cua"
EDITED = "numericamp-2024-bilan.txt"


def _interruptible() -> None:
    """In the child, before exec: SIGINT back to its default action."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Site:
    """One working folder: ``publish()`` runs the real command in a child process."""

    def __init__(self, root: Path):
        self.root = root
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
        self.env["DAGSTER_HOME"] = str(root / "home")
        self.env["OPENDATA_LOCK_WAIT"] = "5"

    @property
    def datasets(self) -> Path:
        return self.root / "datasets"

    @property
    def package(self) -> Path:
        return self.datasets / PACKAGE

    @property
    def warehouse(self) -> Path:
        return self.datasets / "warehouse.duckdb"

    def spawn(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        # SIGINT as a terminal delivers it (Ctrl-C): a suite started in the background of a shell
        # without job control inherits SIGINT ignored, and Python then installs no handler for it
        return subprocess.Popen([str(BIN / "opendata"), "publish", "--sources", "sources", "--datasets", "datasets", *args],
                                cwd=self.root, env=(env or self.env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, preexec_fn=_interruptible)

    def publish(self, *args: str, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
        """Run ``opendata publish``; a run that does not end within ``timeout`` is killed and fails the test."""
        proc = self.spawn(*args, env=env)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate()
            pytest.fail(f"opendata publish hung (killed after {timeout} s): {err[-2000:]}")
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    def edit(self, count: int = 58) -> None:
        path = self.root / "sources" / EDITED
        text = path.read_text(encoding="utf-8")
        import re

        path.write_text(re.sub(r"\b\d+ intervenants", f"{count} intervenants", text, count=1), encoding="utf-8")

    def listed(self) -> list[str]:
        return [r["version"] for r in json.loads((self.package / "versions.json").read_text())["releases"]]

    def folders(self) -> list[str]:
        return sorted(p.name for p in self.package.iterdir() if p.name[0].isdigit())

    def latest(self) -> str:
        return os.readlink(self.package / "latest")

    def warehouse_view(self, path: Path | None = None) -> tuple[list[str], str | None]:
        """(releases loaded, release the views show), read-only."""
        with duckdb.connect(str(path or self.warehouse), read_only=True) as con:
            loaded = [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY created, release").fetchall()]
            shown = con.execute("SELECT DISTINCT release FROM history.events WHERE release IN "
                                "(SELECT release FROM history.current)").fetchall()
            current = con.execute("SELECT max(release) FROM history.current").fetchone()[0]
            assert shown == [(current,)]
            # The view itself reads that release.
            assert con.execute("SELECT count(*) FROM events").fetchone()[0] == con.execute(
                "SELECT count(*) FROM history.events WHERE release = ?", [current]).fetchone()[0]
        return loaded, current

    def leftovers(self) -> list[str]:
        found = []
        for folder in {self.datasets, self.package, self.warehouse.parent}:
            if folder.is_dir():
                found += [p.name for p in folder.iterdir()
                          if p.name.startswith(".staging-") or ".tmp-" in p.name]
        return sorted(found)

    def assert_unchanged_at(self, version: str) -> None:
        """Nothing new is visible: folders, versions.json, latest and warehouse all on ``version``."""
        assert self.folders()[-1] == version
        assert self.listed()[-1] == version and self.latest() == version
        assert self.leftovers() == []


def assert_clean_refusal(done: subprocess.CompletedProcess, *reasons: str) -> None:
    """Exit 1, the reasons named, no traceback, and the message does not claim a publication."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    assert "rien n'a été publié" in done.stderr
    for reason in reasons:
        assert reason in done.stderr, done.stderr
    assert "publiée dans" not in done.stdout


@pytest.fixture(scope="session")
def published_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("published")
    shutil.copytree(ROOT / "sources", root / "sources")
    (root / "home").mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", root / "home" / "dagster.yaml")
    done = Site(root).publish()
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture
def site(published_template, tmp_path) -> Site:
    """Release 1.0.0 published, with its warehouse; the sources edited so that a run publishes 1.0.1."""
    root = tmp_path / "site"
    shutil.copytree(published_template, root, symlinks=True)
    s = Site(root)
    s.edit()
    return s
