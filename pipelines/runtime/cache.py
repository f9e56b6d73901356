"""Per-document extraction results cached by content: the key is the document's sha256, its
manifest entry and the version of the rules (extraction code and lexicons), so an unchanged
document is never extracted twice and any change to it or to the rules is seen."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import cache
from pathlib import Path

from ..ingest import Document

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RULE_FILES = ("extract/*.py", "ingest/*.py", "document/*.py", "lexicons/*.yaml", "lexicons/*.py")


@cache
def rules_version() -> str:
    """A hash of the code and data that turn a document into rows."""
    digest = hashlib.sha256()
    for pattern in RULE_FILES:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(doc: Document, options: dict) -> str:
    """Content key of one document's extraction: its bytes, its manifest metadata, the options."""
    metadata = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)
                if f.name not in ("text", "page_starts", "headings", "notes")}
    payload = json.dumps({"doc": metadata, "options": options, "rules": rules_version()}, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


class ExtractCache:
    def __init__(self, root: Path):
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        path = self._path(key)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps(value, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(tmp, path)
