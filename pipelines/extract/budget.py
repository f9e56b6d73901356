"""The extraction budget of one document: how many figures it may hold and how long its extraction
may take. A document over either limit is refused, with a message naming the file and the limit,
and the other documents are published. Every pass is linear in the document's length; the budget
bounds what is left (a real report never comes near it; a file built to be slow does)."""

from __future__ import annotations

import signal
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass

from ..errors import BudgetExceeded

DEFAULT_MAX_FIGURES = 100_000        # numbers written in digits in one document
DEFAULT_EXTRACT_SECONDS = 60         # wall time of one document's extraction, in seconds


class ExtractionBudgetExceeded(BudgetExceeded):
    """A document over its extraction budget (figures or time): it is left out of the release and
    named in its notes, the other documents are published."""


@dataclass(frozen=True)
class ExtractionBudget:
    """``max_figures``: numbers in digits a document may hold (0: no limit); ``seconds``: wall time
    of its extraction (0: no limit)."""

    max_figures: int = DEFAULT_MAX_FIGURES
    seconds: float = DEFAULT_EXTRACT_SECONDS

    @classmethod
    def from_settings(cls, settings) -> ExtractionBudget:
        return cls(getattr(settings, "max_figures", DEFAULT_MAX_FIGURES),
                   getattr(settings, "extract_seconds", DEFAULT_EXTRACT_SECONDS))


UNLIMITED = ExtractionBudget(0, 0)


class _Clock:
    """The running extraction's deadline, checked by the passes between candidates."""

    __slots__ = ("file", "seconds", "deadline")

    def __init__(self, file: str, seconds: float):
        self.file, self.seconds = file, seconds
        self.deadline = time.monotonic() + seconds if seconds > 0 else None

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def check(self) -> None:
        if self.expired():
            raise self.refusal()

    def refusal(self) -> ExtractionBudgetExceeded:
        return ExtractionBudgetExceeded(
            self.file, f"document refusé : son extraction dépasse {self.seconds:g} secondes, la limite "
            "de temps d'extraction par document (OPENDATA_EXTRACT_SECONDS)")


_CLOCK: ContextVar[_Clock | None] = ContextVar("extraction_clock", default=None)


def check_time() -> None:
    """Raise :class:`ExtractionBudgetExceeded` if the running document's extraction is past its
    deadline. Cheap: called once per candidate figure or block by the passes."""
    clock = _CLOCK.get()
    if clock is not None:
        clock.check()


class running:
    """``with running(file, budget):`` the extraction of one document, under its time limit.

    The passes check the deadline between candidates (:func:`check_time`). In a process's main
    thread (the CLI, a worker process) a timer also interrupts whatever pass is running when the
    deadline passes, so that a pass without checks cannot overrun it; it is not used when another
    timer is already set (a test runner's timeout, for one). Leaving the block past the deadline
    raises too, should a pass have caught the interruption."""

    def __init__(self, file: str, budget: ExtractionBudget):
        self.clock = _Clock(file, budget.seconds)
        self.previous = None

    def __enter__(self) -> _Clock:
        self.token = _CLOCK.set(self.clock)
        try:
            if self.clock.deadline is not None and _can_set_timer():
                self.previous = signal.signal(signal.SIGALRM, self._interrupt)
                signal.setitimer(signal.ITIMER_REAL, self.clock.seconds)
        except BaseException:
            # the timer fired before the block began (a limit shorter than its own set-up):
            # leave nothing behind, neither the timer nor the running clock
            self._restore()
            _CLOCK.reset(self.token)
            raise
        return self.clock

    def _interrupt(self, signum, frame) -> None:
        raise self.clock.refusal()

    def _restore(self) -> None:
        if self.previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.previous = None

    def __exit__(self, kind, exc, tb) -> None:
        self._restore()
        _CLOCK.reset(self.token)
        if kind is None and self.clock.expired():
            raise self.clock.refusal()


def _can_set_timer() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
            and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None))


def check_figures(file: str, figures: int, budget: ExtractionBudget) -> None:
    """Refuse a document that holds more figures than the budget allows."""
    if budget.max_figures and figures > budget.max_figures:
        raise ExtractionBudgetExceeded(
            file, f"document refusé : il contient plus de {_fmt(budget.max_figures)} nombres écrits en chiffres, "
            f"la limite de {_fmt(budget.max_figures)} nombres par document (OPENDATA_MAX_FIGURES)")


def _fmt(n: int) -> str:
    return f"{n:,}".replace(",", " ")
