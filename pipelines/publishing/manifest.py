"""``sources.yaml`` of a release: the source documents with their checksums, one YAML item per
document; the items of documents unchanged since the previous release are taken from its file as
they are, not dumped again."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import yaml


MANIFEST_HEADER = "# The source documents of this release, with their checksums.\n"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)   # libyaml's emitter when PyYAML has it: the same text, sooner


def manifest_document(source: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in source.items() if v is not None}


def manifest_item(document: dict) -> str:
    """The text of one document in ``sources.yaml``: the whole file is the header, ``documents:``
    and these items one after the other (a block sequence's items do not depend on each other)."""
    return yaml.dump({"documents": [document]}, Dumper=_DUMPER, allow_unicode=True,
                     sort_keys=False).removeprefix("documents:\n")


def kept_manifest_items(release_dir: Path, tables: dict[str, pa.Table]) -> dict[str, str] | None:
    """The items of the previous release's ``sources.yaml`` by their document (as JSON), when
    that file is the one this code writes for its ``sources`` rows (its first item written again
    is the same text): a document unchanged since is not dumped to YAML again. None otherwise."""
    try:
        text = (release_dir / "sources.yaml").read_text(encoding="utf-8")
    except OSError:
        return None
    previous = tables.get("sources")
    prefix = MANIFEST_HEADER + "documents:\n"
    if previous is None or not previous.num_rows or not text.startswith(prefix):
        return None
    items = re.split(r"(?m)^(?=- )", text[len(prefix):])
    documents = [manifest_document(s) for s in previous.to_pylist()]
    if items[0] != "" or len(items) - 1 != len(documents) or manifest_item(documents[0]) != items[1]:
        return None
    return {json.dumps(d, ensure_ascii=False, default=str): item for d, item in zip(documents, items[1:])}


def write_manifest(path: Path, sources: list[dict], kept: dict[str, str] | None = None) -> None:
    """``sources.yaml``: ``yaml.dump({"documents": ...})`` of the release's ``sources`` rows
    after a header line, each document's item taken from ``kept`` (:func:`kept_manifest_items`)
    when it is there (the same text)."""
    kept = kept or {}
    documents = [manifest_document(s) for s in sources]
    if not documents:
        body = yaml.dump({"documents": documents}, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
    else:
        body = "documents:\n" + "".join(kept.get(json.dumps(d, ensure_ascii=False, default=str)) or manifest_item(d)
                                         for d in documents)
    path.write_text(MANIFEST_HEADER + body, encoding="utf-8")
