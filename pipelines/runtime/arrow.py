"""Arrow in a process that has no use for pandas.

pyarrow imports pandas, when it is installed, the first time it converts values: ``pa.array``
asks its pandas shim whether the input is a pandas object (a Series, a Categorical...), and its
C++ converters (``to_numpy``, a ``pa.array`` whose type is inferred) load pandas' missing-value
markers. A publish never hands pandas objects to Arrow, yet paid that import (0.4 to 0.65 s) in
every run. Both places try the import once per process and remember a failure, so making it fail
once, before the run, leaves pyarrow as it is on an installation without pandas: the same
conversions of Python and NumPy values, with the same results. pandas itself stays importable:
whoever imports it gets it, and ``to_pandas()`` imports it on demand as always.
"""

from __future__ import annotations

import sys


def arrow_without_pandas() -> bool:
    """Let pyarrow's conversions run without importing pandas for the rest of the process.

    Does nothing (False) when pandas is already imported: Arrow then uses it, at no further
    cost. Afterwards, in this process, pyarrow's checks for pandas objects answer no until a call
    that needs pandas (``to_pandas``, ``Table.from_pandas``) imports it: ``pa.array(series)`` then
    reads a series as a plain sequence and fails on ``pd.NA``. No step of the pipeline hands
    pandas objects to Arrow; code that does must call ``Table.from_pandas``. Call it from the main thread before work starts: for the instant of the two
    conversions below, ``import pandas`` fails in this process.
    """
    if "pandas" in sys.modules:
        return False
    import pyarrow as pa

    sys.meta_path.insert(0, _NoPandas)
    try:
        pa.array([], type=pa.int64())                        # the shim's one import attempt
        pa.array([0, None]).to_numpy(zero_copy_only=False)   # the C++ converters' attempt
    finally:
        sys.meta_path.remove(_NoPandas)
    return True


class _NoPandas:
    """An import finder that answers ``import pandas`` with ModuleNotFoundError. (Setting
    ``sys.modules["pandas"] = None`` does not do: pyarrow's compiled ``import`` takes the None
    as the module.)"""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas":
            raise ModuleNotFoundError("pandas n'est pas chargé pendant cette étape", name=name)
        return None
