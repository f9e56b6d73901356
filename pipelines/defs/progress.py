"""Progress for the command line: the ``progress`` logger shows each stage of the run as it ends,
and the assets' own progress messages (documents read, extracted), on standard error so that the
summary and ``--json`` on standard output stay clean. On a terminal it keeps to one line updated in
place; in a log file it writes one line per stage. The CLI turns it on; runs started from the UI do
not configure it and keep Dagster's own logs."""

import logging
import time

import dagster as dg

from ..labels import number, stage_label
from ..runtime.console import stderr


class ProgressHandler(logging.Handler):
    def __init__(self, stream=None):
        super().__init__(logging.DEBUG)
        # not sys.stderr: Dagster redirects it during the run and may drop its last lines (runtime/console.py)
        self.stream = stream or stderr()
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started: dict[str, float] = {}
        self.done = 0

    def emit(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        step = meta.get("step_key") or ""
        if event is None:
            # Messages the assets log themselves: documents read and extracted.
            if step and record.levelno == logging.INFO:
                self._show(f"{stage_label(step)} : {meta.get('orig_message', record.getMessage())}", keep=False)
            return
        kind = event.event_type_value
        if kind == "STEP_START":
            self.started[step] = time.perf_counter()
            if self.live:
                self._show(f"{stage_label(step)}…", keep=False)
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE"):
            self.done += 1
            took = time.perf_counter() - self.started.get(step, time.perf_counter())
            state = "terminée" if kind == "STEP_SUCCESS" else "ÉCHEC"
            self._show(f"{stage_label(step)} : {state} ({number(took, 2)} s)", keep=kind == "STEP_FAILURE")

    def _show(self, text: str, keep: bool) -> None:
        line = f"[étapes terminées : {self.done}] {text}"
        if self.live and not keep:
            self.stream.write("\r\033[K" + line[:150])
        else:
            self.stream.write(("\r\033[K" if self.live else "") + line + "\n")
        self.stream.flush()


@dg.logger(description="Shows the stages of a run and the assets' progress messages on standard error.")
def progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.Logger("opendata.progress", level=logging.DEBUG)
    logger.addHandler(ProgressHandler())
    return logger
