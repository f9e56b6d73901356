"""Random SIGKILLs during ``opendata publish``, each followed by a normal run, with the shipped
``dagster_home/dagster.yaml`` (the ``duckdb`` pool limited to one step). Prints, over N kills:

- hangs: normal runs that did not end within the timeout (a pool slot never given back...);
- failures: normal runs that did not exit 0;
- lag: normal runs after which ``latest``, ``versions.json`` and the warehouse (its releases and
  the release its views show) disagree;
- leftovers: partial files (``.staging-*``, ``*.tmp-*``) left after a normal run;
- stale: runs still "started" or pool slots still held in the Dagster instance after a normal run.

Half the kills land on a named point of the publishing sequence (``OPENDATA_PAUSE_AT``), half at a
random moment of the run. ``.venv/bin/python -m bench.kills -n 20``; tests/adversarial/test_kills.py
runs a handful of them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PACKAGE = "numericamp-cua"
POINTS = ("staged", "warehouse-loading", "before-rename", "after-rename", "warehouse-before-replace")
EDITED = "numericamp-2024-bilan.txt"


def make_workdir(base: Path) -> tuple[Path, dict]:
    """Sources copied, a Dagster home with the shipped dagster.yaml, and the environment."""
    shutil.copytree(ROOT / "sources", base / "sources")
    home = base / "home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env["DAGSTER_HOME"] = str(home)
    return base, env


def spawn(workdir: Path, env: dict, **extra) -> subprocess.Popen:
    return subprocess.Popen([str(BIN / "opendata"), "publish", "--sources", "sources", "--datasets", "datasets"],
                            cwd=workdir, env=env | extra, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def edit_source(workdir: Path, step: int) -> None:
    """A change that calls for a new version: the announced speakers' count."""
    path = workdir / "sources" / EDITED
    text = path.read_text(encoding="utf-8")
    import re

    path.write_text(re.sub(r"\b\d+ intervenants", f"{60 + step} intervenants", text, count=1), encoding="utf-8")


def kill_during_run(workdir: Path, env: dict, point: str | None, delay: float, wait: float = 120) -> str:
    """Start a run and SIGKILL it at ``point`` (a named pause) or after ``delay`` seconds. Returns
    where it was killed ("point", "time" or "finished" when it ended first)."""
    marker = workdir / "paused"
    marker.unlink(missing_ok=True)
    extra = {"OPENDATA_PAUSE_AT": point, "OPENDATA_PAUSE_FILE": str(marker)} if point else {}
    victim = spawn(workdir, env, **extra)
    deadline = time.monotonic() + (wait if point else delay)
    where = "time"
    while time.monotonic() < deadline:
        if victim.poll() is not None:
            where = "finished"
            break
        if point and marker.exists():
            where = "point"
            break
        time.sleep(0.02)
    if victim.poll() is None:
        victim.send_signal(signal.SIGKILL)
    _, err = victim.communicate(timeout=30)
    marker.unlink(missing_ok=True)
    if where == "finished" and victim.returncode != 0:
        where = f"failed: {' | '.join(err.strip().splitlines()[-2:])}"
    return where


def normal_run(workdir: Path, env: dict, timeout: float = 120) -> tuple[int | None, str]:
    """A normal run; returncode None when it hung (killed after ``timeout``)."""
    run = spawn(workdir, env)
    try:
        out, err = run.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        run.send_signal(signal.SIGKILL)
        out, err = run.communicate(timeout=30)
        return None, err
    return run.returncode, err


def inspect(workdir: Path, env: dict) -> dict:
    """The state after a normal run: lag, leftovers, stale runs and slots."""
    import duckdb

    datasets = workdir / "datasets"
    package = datasets / PACKAGE
    warehouse = datasets / "warehouse.duckdb"
    listed = [r["version"] for r in json.loads((package / "versions.json").read_text())["releases"]]
    latest = os.readlink(package / "latest")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        loaded = [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY created, release").fetchall()]
        current = con.execute("SELECT max(release) FROM history.current").fetchone()[0]
        shown = con.execute("SELECT DISTINCT release FROM history.events WHERE release = ?", [current]).fetchall()
    folders = sorted((p.name for p in package.iterdir() if p.name[0].isdigit()),
                     key=lambda v: tuple(int(x) for x in v.split(".")))
    lag = not (listed == folders == loaded and latest == listed[-1] == current and shown)
    leftovers = sorted(p.name for d in (datasets, package) for p in d.iterdir()
                       if p.name.startswith(".staging-") or ".tmp-" in p.name or p.name.endswith(".wal"))
    stale = _stale(env["DAGSTER_HOME"])
    return {"latest": latest, "versions": listed, "warehouse": loaded, "views": current, "lag": lag,
            "leftovers": leftovers, "stale": stale}


def _stale(home: str) -> list[str]:
    """Runs left "started" and slots left held, read in a child process (its own instance)."""
    code = (
        "import json\nfrom dagster import DagsterInstance, DagsterRunStatus, RunsFilter\n"
        "with DagsterInstance.get() as i:\n"
        "    runs = i.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING]))\n"
        "    info = i.event_log_storage.get_concurrency_info('duckdb')\n"
        "    print(json.dumps([f'run {r.run_id}' for r in runs] + [f'slot {s.run_id}' for s in info.claimed_slots]"
        " + [f'pending {p.run_id}' for p in info.pending_steps]))\n")
    done = subprocess.run([sys.executable, "-c", code], env=os.environ | {"DAGSTER_HOME": home},
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        return [f"could not read the instance: {done.stderr.strip().splitlines()[-1:]}"]
    return json.loads(done.stdout)


def campaign(workdir: Path, env: dict, kills: int, seed: int, timeout: float = 120,
             points: tuple[str, ...] | None = None, log=print) -> dict:
    """``kills`` rounds of (edit a source, kill a run, run normally, inspect)."""
    rng = random.Random(seed)
    first, err = normal_run(workdir, env, timeout)
    if first != 0:
        raise RuntimeError(f"the first run failed: {err[-2000:]}")
    totals = {"kills": 0, "hangs": 0, "failures": 0, "lag": 0, "leftovers": 0, "stale": 0, "rounds": []}
    for step in range(kills):
        edit_source(workdir, step)
        if points is not None:
            point, delay = points[step % len(points)], 0.0
        elif rng.random() < 0.5:
            point, delay = rng.choice(POINTS), 0.0
        else:
            point, delay = None, rng.uniform(0.3, 5.0)
        where = kill_during_run(workdir, env, point, delay)
        code, err = normal_run(workdir, env, timeout)
        state = inspect(workdir, env) if code is not None else {"lag": False, "leftovers": [], "stale": []}
        round_ = {"kill": point or f"{delay:.2f} s", "killed": where, "next_exit": code, **state}
        if code is not None and code != 0:
            round_["error"] = err.strip().splitlines()[-3:]
        totals["rounds"].append(round_)
        totals["kills"] += where in ("point", "time")
        totals["hangs"] += code is None
        totals["failures"] += code not in (0, None)
        totals["lag"] += bool(state["lag"])
        totals["leftovers"] += bool(state["leftovers"])
        totals["stale"] += bool(state["stale"])
        log(f"{step + 1:>3}: kill at {round_['kill']:<26} ({where:<8}) next run: "
            f"{'HANG' if code is None else 'exit ' + str(code)}  lag={state['lag']} "
            f"leftovers={state['leftovers'] or '-'} stale={state['stale'] or '-'}"
            + (f"\n     next run error: {' | '.join(round_['error'])}" if "error" in round_ else ""))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120, help="seconds after which a normal run counts as hung")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="opendata-kills-") as tmp:
        workdir, env = make_workdir(Path(tmp))
        started = time.monotonic()
        totals = campaign(workdir, env, args.kills, args.seed, args.timeout)
        took = time.monotonic() - started
    print(f"\n{totals['kills']} kills ({args.kills} rounds, seed {args.seed}, {took:.0f} s): "
          f"hangs {totals['hangs']}, failed next runs {totals['failures']}, lag {totals['lag']}, "
          f"leftovers {totals['leftovers']}, stale runs or slots {totals['stale']}")
    if totals["hangs"] or totals["failures"] or totals["lag"] or totals["leftovers"] or totals["stale"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
