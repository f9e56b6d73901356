"""How `document_extracts` goes from its step to the steps that read it (`tables`, `release`).

Its value is every row of every document of the package (about 50 MB pickled for 1,000
documents), and the extraction cache already holds each document's rows under its key. Dagster's
filesystem IO manager would pickle the whole value again on every run and unpickle it once per
reading step, although only the documents added or changed are new. This IO manager writes, in
the same place, only a reference: the cache folder, each document's key, the rows of the
documents that are not cached (refused for their extraction budget) and a token. The value itself
is kept in the run's process: a step of the same run in the same process (the in-process
executor, the default) gets it as it was returned. Any other reader (another executor's process,
a re-execution) gets the same rows back from the cache, by key, when it asks for them.
"""

from __future__ import annotations

import pickle
import uuid
from pathlib import Path
from typing import Any

import dagster as dg
from dagster._core.storage.fs_io_manager import PickledObjectFilesystemIOManager
from dagster._utils import PICKLE_PROTOCOL

from ..runtime.batch import DocumentExtracts, LazyExtracts

# token of the reference last written by this process -> the value it stands for (one at a time:
# a run's value replaces the previous run's)
_LIVE: dict[str, Any] = {}


def reference(obj, token: str) -> dict:
    return {"token": token, "cache_root": str(obj.cache_root), "keys": list(obj.keys),
            "inline": {i: obj[i] for i, key in enumerate(obj.keys) if key is None}}


def from_reference(ref: dict) -> LazyExtracts:
    """The rows a reference stands for: the cached ones read from the cache when asked for."""
    rows = [ref["inline"].get(i) for i in range(len(ref["keys"]))]
    return LazyExtracts(rows, ref["keys"], Path(ref["cache_root"]))


class ExtractsIOManager(PickledObjectFilesystemIOManager):
    """The filesystem IO manager's files and paths, with a reference in place of the rows (module
    docstring). A value without cache keys is pickled as usual."""

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path) -> None:
        if not isinstance(obj, (DocumentExtracts, LazyExtracts)):
            return super().dump_to_path(context, obj, path)
        token = uuid.uuid4().hex
        with path.open("wb") as file:
            pickle.dump(reference(obj, token), file, PICKLE_PROTOCOL)
        _LIVE.clear()
        _LIVE[token] = obj

    def load_from_path(self, context: dg.InputContext, path) -> Any:
        found = super().load_from_path(context, path)
        if not (isinstance(found, dict) and "token" in found and "keys" in found):
            return found
        live = _LIVE.get(found["token"])
        return live if live is not None else from_reference(found)


@dg.io_manager(description="document_extracts : une référence aux lignes du cache d'extraction, pas les lignes "
               "elles-mêmes (pipelines/defs/io.py).")
def extracts_io_manager(init_context) -> ExtractsIOManager:
    return ExtractsIOManager(base_dir=init_context.instance.storage_directory())
