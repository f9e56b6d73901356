"""How `document_extracts` goes from its step to the steps that read it (`tables`, `release`).

Its value is every row of every document of the package (about 50 MB pickled for 1,000
documents), and the extraction cache already holds each document's rows under its key. Dagster's
filesystem IO manager would pickle the whole value again on every run and unpickle it once per
reading step, although only the documents added or changed are new. This IO manager writes, in
the same place, only a reference: the cache folder, each document's key, the rows of the
documents that are not cached (refused for their extraction budget) and a token. The value itself
is kept by the IO manager, which the in-process executor (the default) builds once per run: a step
of the same run gets the value as it was returned. Any other reader (another executor's process,
a re-execution) gets the same rows back from the cache, by key, when it asks for them.
"""

from __future__ import annotations

import pickle
import uuid
from pathlib import Path
from typing import Any

import dagster as dg
from upath import UPath

from ..runtime.batch import DocumentExtracts, LazyExtracts


def reference(obj, token: str) -> dict:
    return {"token": token, "cache_root": str(obj.cache_root), "keys": list(obj.keys),
            "inline": {i: obj[i] for i, key in enumerate(obj.keys) if key is None}}


def from_reference(ref: dict) -> LazyExtracts:
    """The rows a reference stands for: the cached ones read from the cache when asked for."""
    rows = [ref["inline"].get(i) for i in range(len(ref["keys"]))]
    return LazyExtracts(rows, ref["keys"], Path(ref["cache_root"]))


class ExtractsIOManager(dg.UPathIOManager):
    """Files under the instance's storage folder, one per asset as the filesystem IO manager lays
    them out, holding a reference in place of the rows (module docstring). A value without cache
    keys is pickled as usual."""

    def __init__(self, base_dir: str):
        super().__init__(base_path=UPath(base_dir))
        # token of the reference this manager last wrote -> the value it stands for (one at a time)
        self._live: dict[str, Any] = {}

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(obj, (DocumentExtracts, LazyExtracts)):
            token = uuid.uuid4().hex
            self._live = {token: obj}
            obj = reference(obj, token)
        with path.open("wb") as file:
            pickle.dump(obj, file, pickle.HIGHEST_PROTOCOL)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        with path.open("rb") as file:
            found = pickle.load(file)
        if not (isinstance(found, dict) and "token" in found and "keys" in found):
            return found
        live = self._live.get(found["token"])
        return live if live is not None else from_reference(found)


@dg.io_manager(description="document_extracts : une référence aux lignes du cache d'extraction, pas les lignes "
               "elles-mêmes (pipelines/defs/io.py).")
def extracts_io_manager(init_context) -> ExtractsIOManager:
    return ExtractsIOManager(base_dir=init_context.instance.storage_directory())
