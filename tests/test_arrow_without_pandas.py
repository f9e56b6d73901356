"""pipelines/runtime/arrow.py: Arrow's conversions without importing pandas, pandas still importable.

Run in a fresh interpreter: the test process may have imported pandas already."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import datetime, sys
import pyarrow as pa
from pipelines.runtime.arrow import arrow_without_pandas

assert "pandas" not in sys.modules
assert arrow_without_pandas() is True
words = pa.array(["un", None, "deux"])                      # inferred type, Python values
numbers = pa.array([3, None, 1])
days = pa.array([datetime.date(2024, 5, 17), None], type=pa.date32())
table = pa.table({"n": numbers, "w": words})
print(words.to_pylist(), numbers.to_numpy(zero_copy_only=False).tolist(), days.to_pylist()[0].isoformat(),
      table.num_rows)
print("after conversions", "pandas" in sys.modules)
import pandas
frame = table.to_pandas()
print("to_pandas", type(frame).__name__, len(frame), arrow_without_pandas())
"""


def run(script: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines()


def test_conversions_do_not_import_pandas_and_pandas_stays_usable():
    lines = run(SCRIPT)
    assert lines[0] == "['un', None, 'deux'] [3.0, nan, 1.0] 2024-05-17 3"
    assert lines[1] == "after conversions False"
    # pandas imported by its user works with Arrow; a second call sees it and does nothing
    assert lines[2] == "to_pandas DataFrame 3 False"


def test_without_the_call_arrow_imports_pandas():
    """The cost the function removes is real in this environment (else the test above proves nothing)."""
    lines = run("import sys, pyarrow as pa\npa.array(['un', None])\nprint('pandas' in sys.modules)")
    assert lines == ["True"]
