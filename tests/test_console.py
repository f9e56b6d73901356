"""What the command shows during a run reaches the user although Dagster captures descriptor 2."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import ROOT

SCRIPT = textwrap.dedent("""
    import sys
    from pipelines.runtime.console import stderr
    from pipelines.defs.progress import ProgressHandler
    from dagster._core.execution.compute_logs import redirect_to_file

    handler = ProgressHandler()
    with redirect_to_file(sys.stderr, sys.argv[1]):      # what the compute-log manager does during a step
        handler._show("progrès pendant la capture", keep=True)
        sys.stderr.write("écrit sur sys.stderr\\n")
        sys.stderr.flush()
    stderr().write("après la capture\\n")
""")


def test_progress_lines_bypass_the_runs_capture_of_stderr(tmp_path):
    captured = tmp_path / "step.err"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(captured)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    # the progress line went straight to the user's standard error, not to the step's log file
    assert "[étapes terminées : 0] progrès pendant la capture" in done.stderr
    assert "après la capture" in done.stderr
    log = captured.read_text(encoding="utf-8")
    assert "écrit sur sys.stderr" in log and "écrit sur sys.stderr" not in done.stderr
    assert "progrès" not in log
