# Quick start: `make run` publishes a release, `make test` runs the tests.
# Everything is installed in .venv/ from uv.lock (uv itself is bootstrapped in .tools/ with pip).

PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
export DAGSTER_HOME := $(CURDIR)/dagster_home
export UV_PYTHON_DOWNLOADS := never

.PHONY: install bytecode run test ui bench eval clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock Makefile | $(UV)
	$(UV) sync --frozen --all-groups --compile-bytecode --python $(PYTHON)
	@touch $@

# The project's own modules are not in site-packages, so uv leaves their bytecode out; without it
# each run compiles them again when PYTHONDONTWRITEBYTECODE is set (as on this machine).
bytecode: $(VENV)/.installed
	@$(VENV)/bin/python -m compileall -q pipelines bench

install: $(VENV)/.installed bytecode

run: install
	$(VENV)/bin/opendata publish

# Two workers, a test file per worker at a time (tests of one file share their fixtures).
test: install
	$(VENV)/bin/pytest -n 2 --dist loadfile

# The UI stops on SIGTERM and Ctrl-C even when started in the background (pipelines/runtime/ui.py).
ui: install
	$(VENV)/bin/python -m pipelines.runtime.ui -h 127.0.0.1 -p 3000

bench: install
	$(VENV)/bin/python -m bench

# Extraction scored on the real corpus of tests/real/ (table on stdout, details in eval/results.json).
eval: install
	$(VENV)/bin/python -m pipelines.evaluation

clean:
	rm -rf $(VENV) .tools .pytest_cache
