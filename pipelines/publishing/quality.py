"""How good the extraction of a published document is, measured at publish time against a
hand-checked expected file when one exists for it (``OPENDATA_EXPECTED``, by default the
``tests/expected/claims/`` folder: YAML files naming their ``document`` and listing its
``cited_figures`` with the speaker and organisation the text supports), with the scorer of
``pipelines/evaluation``. The release's ``validation.md`` states the result in plain words;
documents without such a file are not measured."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from .. import yamlio

from ..evaluation.scorer import attribution_accuracy, score_cited_figures
from ..labels import number
from ..settings import PROJECT_ROOT


def _percent(ratio: float) -> str:
    return f"{number(round(100 * ratio))}\u00a0%"


def expected_dir() -> Path:
    return Path(os.environ.get("OPENDATA_EXPECTED", PROJECT_ROOT / "tests" / "expected" / "claims"))


def _expected_files(folder: Path) -> dict[str, dict]:
    found = {}
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data = yamlio.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yamlio.YAMLError):
            continue
        if isinstance(data, dict) and data.get("document") and isinstance(data.get("cited_figures"), list):
            found[str(data["document"])] = data | {"_path": path.name}
    return found


def _rows_of(table: pa.Table | None, source_ids: set[str]) -> list[dict]:
    """The rows of ``table`` whose ``source_id`` is one of ``source_ids``, in table order."""
    if table is None:
        return []
    keep = pc.is_in(table.column("source_id"), value_set=pa.array(sorted(source_ids), table.schema.field("source_id").type))
    return table.filter(keep).to_pylist()


def quality_lines(tables: dict[str, pa.Table], docs, folder: Path | None = None) -> list[str]:
    expected = _expected_files(folder or expected_dir())
    measured = [doc for doc in docs if doc.file_name in expected]
    if not measured:
        return []
    # only the rows of the documents measured become Python rows, not a whole package's
    figures = _rows_of(tables.get("cited_figures"), {doc.source_id for doc in measured})
    speakers = tables["speakers"].to_pylist() if "speakers" in tables else []
    names = {s["speaker_id"]: s.get("full_name") or "" for s in speakers}
    lines = []
    for doc in docs:
        spec = expected.get(doc.file_name)
        if spec is None:
            continue
        own = [r for r in figures if r["source_id"] == doc.source_id]
        items = spec["cited_figures"]
        found, _, _ = score_cited_figures({"cited_figures": items}, {"cited_figures": own})
        result = attribution_accuracy(own, items, names)
        lines.append(
            f"`{doc.file_name}` comparé au fichier vérifié à la main `{spec['_path']}` : {found.matched} chiffres cités "
            f"trouvés sur {found.expected} attendus (rappel {number(found.recall or 0, 2)} ; {number(len(own))} publiés). "
            f"Attribution à un intervenant juste pour {_percent(result['accuracy'])} des {number(result['matched'])} "
            f"chiffres appariés (une attribution vide là où le texte ne nomme personne compte comme juste) ; "
            f"intervenants donnés justes dans {_percent(result['precision'])} des cas ; organisme juste dans "
            f"{_percent(result['organization_accuracy'])} des cas.")
    return lines
