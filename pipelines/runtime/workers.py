"""A function over a batch of items by worker processes, one per core, results in the items'
order; the items left are done in this process if the workers cannot run (a calling script
without a ``__main__`` guard, no semaphores on this system...), with one warning. Used to read
(``reading.py``) and to extract (``batch.py``) a large batch of new documents."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def in_workers(func: Callable, items: list, workers: int, warn: Callable[[str], None] | None = None,
               doing: str = "de travail", done_here: str = "traités") -> Iterator:
    """``func`` of each item, in order: by ``workers`` processes when there are more than one;
    the warning names the workers (``doing``: "d'extraction") and what is done here instead
    (``done_here``: "extraits")."""
    finished = 0
    if workers > 1:
        pool = None
        try:
            # "forkserver": workers start from a clean process, not a copy of this one and its open
            # connections; each imports the code it runs once.
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"))
            for result in pool.map(func, items, chunksize=max(1, len(items) // (workers * 8))):
                yield result
                finished += 1
            return
        except (BrokenProcessPool, OSError, ValueError) as exc:
            if warn is not None:
                warn(f"processus {doing} indisponibles ({type(exc).__name__} : {exc}) ; "
                     f"les documents restants sont {done_here} dans le processus de l'exécution")
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
    for item in items[finished:]:
        yield func(item)
