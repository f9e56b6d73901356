"""How `document_extracts` goes from its step to the steps that read it (`tables`, `release`), and
how the published tables go from the `tables` step to the `release` step.

Its value is every row of every document of the package (about 50 MB pickled for 1,000
documents), and the extraction cache already holds each document's rows under its key. Dagster's
filesystem IO manager would pickle the whole value again on every run and unpickle it once per
reading step, although only the documents added or changed are new. This IO manager writes, in
the same place, only a reference: the cache folder, each document's key, the rows of the
documents that are not cached (refused for their extraction budget) and a token. The value itself
is kept by the IO manager, which the in-process executor (the default) builds once per run: a step
of the same run gets the value as it was returned. Any other reader (another executor's process,
a re-execution) gets the same rows back from the cache, by key, when it asks for them.

The published tables (Arrow tables, the package's rows: 370 MB of cited figures for 10,000
documents) went through Dagster's filesystem IO manager: pickled on every run, then unpickled by
the `release` step into a second copy of every table, held beside the first while the release was
written (the add of one document to 10,000 peaked over 2 GB). :class:`TablesIOManager` hands the
`release` step of the same run the table the `tables` step returned (no copy) and writes, for any
other reader, the table as an Arrow IPC file, which such a reader maps rather than unpickles.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import uuid
import weakref
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


# Schema metadata of a table's Arrow file naming the value the writing manager keeps (dropped on reading).
TOKEN = b"opendata_io_token"

# id of a table -> (a weak reference to it, the Arrow file a TablesIOManager of this process wrote
# it to): the `release` step keeps that file as its copy of the published table rather than
# writing the same rows again (pipelines/publishing/release.py, ReleaseTables)
_FILES: dict[int, tuple[weakref.ref, str]] = {}


def arrow_file(table: Any) -> Path | None:
    """The Arrow IPC file holding ``table`` itself (the very object), written by a
    :class:`TablesIOManager` of this process and not replaced since; None otherwise."""
    found = _FILES.get(id(table))
    if found is None or found[0]() is not table or not os.path.isfile(found[1]):
        return None
    return Path(found[1])


def _forget(path: str) -> None:
    for key, (ref, where) in list(_FILES.items()):
        if where == path or ref() is None:
            del _FILES[key]


def _remember(table: Any, path: str) -> None:
    _forget(path)
    _FILES[id(table)] = (weakref.ref(table), path)


class TablesIOManager(dg.UPathIOManager):
    """The published tables (module docstring): one file per table, where the filesystem IO
    manager puts it, holding the table as an Arrow IPC file; the value itself, kept by this
    manager for the steps of the same run. Any other value is pickled as usual."""

    def __init__(self, base_dir: str):
        super().__init__(base_path=UPath(base_dir))
        # path -> (token of the file last written there, the table it holds): one per table of the run
        self._live: dict[str, tuple[str, Any]] = {}

    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        import pyarrow as pa
        import pyarrow.ipc  # noqa: F401  (pa.ipc)

        path.parent.mkdir(parents=True, exist_ok=True)
        if not isinstance(obj, pa.Table):
            self._live.pop(str(path), None)
            _forget(str(path))
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path))      # not written through a link the release keeps of a table
            with path.open("wb") as file:
                pickle.dump(obj, file, pickle.HIGHEST_PROTOCOL)
            return
        token = uuid.uuid4().hex
        metadata = dict(obj.schema.metadata or {})
        metadata[TOKEN] = token.encode()
        # written aside and renamed: a reader never maps a file being rewritten
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, obj.schema.with_metadata(metadata)) as writer:
            for batch in obj.to_batches():
                writer.write_batch(batch)
        os.replace(str(tmp), str(path))
        self._live[str(path)] = (token, obj)
        _remember(obj, str(path))

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        import pyarrow as pa
        import pyarrow.ipc  # noqa: F401  (pa.ipc)

        with path.open("rb") as file:
            magic = file.read(6)
        if magic != b"ARROW1":        # a pickled value (or a table of the filesystem IO manager before)
            with path.open("rb") as file:
                return pickle.load(file)
        source = pa.memory_map(str(path))
        reader = pa.ipc.open_file(source)
        metadata = dict(reader.schema.metadata or {})
        token = metadata.pop(TOKEN, b"").decode()
        live = self._live.get(str(path))
        if live is not None and live[0] == token:
            return live[1]
        table = reader.read_all()
        return table.replace_schema_metadata(metadata or None)


@dg.io_manager(description="Tables publiées : la table elle-même pour l'étape `release` de la même exécution, un "
               "fichier Arrow pour toute autre lecture (pipelines/defs/io.py).")
def tables_io_manager(init_context) -> TablesIOManager:
    return TablesIOManager(base_dir=init_context.instance.storage_directory())
