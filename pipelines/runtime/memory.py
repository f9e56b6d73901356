"""Memory of the run's process in the steps that hold the package's tables (``tables``,
``release``): Arrow allocates from the C library's allocator, which gives a freed table's large
buffers back to the system, rather than from its default pool (mimalloc), which keeps them for
reuse: measured on a cold publish of 1,000 documents, the pool kept about 80 MB more at the
release step's peak, and what it keeps grows with the package. Between the steps' phases the C
library's own freed memory is handed back too (:func:`give_back`)."""

from __future__ import annotations

from functools import cache

import pyarrow as pa


def lean_arrow() -> None:
    """Arrow's allocations from now on in this process come from the system allocator (module
    docstring). The tables are the same; only where their buffers live changes."""
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def give_back() -> None:
    """Hand the memory the C library's allocator holds freed back to the system (glibc's
    ``malloc_trim``; nothing where there is none). Freed blocks between live ones are otherwise
    kept by the process: called once the ``tables`` step's checks are done, at the start of the
    release step and before the warehouse is loaded (about 40 MB less at the start of the release
    step of 1,000 documents, measured on the same caches)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():
    """glibc's ``malloc_trim``, looked up once per process (finding the C library runs a helper
    program), or None."""
    import ctypes
    import ctypes.util

    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    return trim
