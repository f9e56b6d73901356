"""The ``opendata`` console command: its entry point (:func:`main`), and the answer of a
``publish`` whose inputs equal the last run's.

The commands themselves are a Typer application (``pipelines/commands.py``). Importing Typer
and letting it parse the arguments costs about 0.15 s (it builds a Pydantic validator for every
option), as much as the whole no-op answer otherwise: so :func:`main` first recognises the plain
form of ``publish`` (only ``--sources``, ``--datasets``, ``--warehouse``, ``--quiet``/``-q`` and
``--json``) and, when the inputs are unchanged, prints the same answer as the Typer command
without importing it. Anything else, or inputs that changed, goes to the Typer command, which
decides again from the start. Up to that answer only light modules are imported (standard
library, YAML): never Dagster, DuckDB, Arrow, pandas or Frictionless (tests/test_cli_noop.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .settings import load_settings

# The Typer application and the helpers some callers import from here, loaded on first use.
_FROM_COMMANDS = ("app", "run_publish_job", "sync_document_partitions")


def __getattr__(name: str):
    if name in _FROM_COMMANDS:
        from . import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


from .publish_answer import PUBLISH_JSON_KEYS, _set_env, no_op_release, print_unchanged, publish_json  # noqa: F401


# --------------------------------------------------------------------------- the no-op shortcut
_FOLDER_OPTIONS = {"--sources": "sources", "--datasets": "datasets", "--warehouse": "warehouse"}
_FLAGS = {"--quiet": "quiet", "-q": "quiet", "--json": "as_json"}


def plain_publish_options(argv: list[str]) -> dict | None:
    """The options of ``publish`` in its plain form (folders, ``--quiet``, ``--json``), or None for
    any other command line: other commands or options, ``--help``, an option given twice, a
    folder option without a value or with one that looks like an option. None only means "let
    Typer read it", so this stays strict rather than complete."""
    if not argv or argv[0] != "publish":
        return None
    options: dict = {"sources": None, "datasets": None, "warehouse": None, "quiet": False, "as_json": False}
    seen = set()
    rest = argv[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, value = (arg.split("=", 1) + [None])[:2] if arg.startswith("--") else (arg, None)
        if name in seen:
            return None
        seen.add(name)
        if name in _FLAGS and value is None:
            options[_FLAGS[name]] = True
        elif name in _FOLDER_OPTIONS:
            if value is None:
                i += 1
                if i == len(rest):
                    return None
                value = rest[i]
            if not value or value.startswith("-"):
                return None
            options[_FOLDER_OPTIONS[name]] = Path(value)
        else:
            return None
        i += 1
    return options


def publish_if_unchanged(argv: list[str]) -> bool:
    """Answer ``opendata publish`` as the Typer command would when its inputs are unchanged, and
    say so; False (nothing printed) whenever the full command has to decide."""
    options = plain_publish_options(argv)
    if options is None:
        return False
    from .errors import ConfigError
    from .settings import check_environment

    try:
        check_environment()            # the Typer callback reports a refused variable
        _set_env(options["sources"], options["datasets"], options["warehouse"])
        settings = load_settings()
        fingerprint, latest = no_op_release(settings, remember=True)
    except (ConfigError, OSError):     # the full command reports it in its own words
        return False
    if latest is None:
        return False
    print_unchanged(latest, settings, fingerprint, options["quiet"], options["as_json"])
    return True


# --------------------------------------------------------------------------- process
# Process tuning of the console command (``opendata``), measured by bench/ (README, Performance):
# - the collector's first generation runs every GC_GEN0_THRESHOLD allocations instead of 700:
#   importing the stack creates about a million objects, and at the default the collector walks
#   them over and over (about 0.2 s of a run);
# - once the command has finished, every exit handler has run and the output is flushed, the
#   process ends with ``os._exit``: Python's own teardown of the modules of the stack (Dagster,
#   pandas, SQLAlchemy...) frees every object one by one, about 0.6 s after the work is done. All
#   files are closed and synced before that point (the release is fsynced and renamed, the
#   DuckDB and SQLite connections are closed), so nothing is lost by not tearing down.
GC_GEN0_THRESHOLD = 50_000


class _ExitStatus:
    code = 1     # an exception that escapes the command exits with 1, as Python does


def _fast_exit() -> None:
    """Registered first, so run last among the exit handlers."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(_ExitStatus.code)


def main() -> None:  # pragma: no cover - console entry point, run by the CLI tests as a subprocess
    """The ``opendata`` command."""
    import atexit
    import gc

    atexit.register(_fast_exit)
    gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])
    try:
        if not publish_if_unchanged(sys.argv[1:]):
            from .commands import app

            app()
        _ExitStatus.code = 0
    except SystemExit as exc:
        # as Python: None is success, an int is the status, anything else is printed and means 1
        _ExitStatus.code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
