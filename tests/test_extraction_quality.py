"""Extraction measured against the hand-checked expected files of tests/expected/: the event's
fields must match, and the headline figures must reach the recall and precision floors."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
import yaml

from pipelines.evaluation.scorer import score_key_figures
from pipelines.extract.events import extract_event
from pipelines.extract.headline import extract_headline_figures

from .conftest import EXPECTED, FIXTURES, SOURCES, read_case_document

RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.95
CASES = sorted(p.stem for p in EXPECTED.glob("*.yaml"))


def normalise(text) -> str | None:
    if text is None:
        return None
    if isinstance(text, dt.date):
        return text.isoformat()
    text = unicodedata.normalize("NFKC", str(text)).replace("’", "'")
    return " ".join(text.split()).casefold()


def load_case(stem: str):
    expected = yaml.safe_load((EXPECTED / f"{stem}.yaml").read_text(encoding="utf-8"))
    name = expected["document"]
    publisher = "Communauté Urbaine d'Arras" if (SOURCES / name).exists() else None
    return read_case_document(name, FIXTURES, publisher), expected


def test_every_document_has_an_expected_file():
    documents = {p.name for p in FIXTURES.iterdir() if p.is_file()}
    documents |= {p.name for p in SOURCES.iterdir() if p.is_file() and p.suffix != ".yaml"}
    covered = {yaml.safe_load((EXPECTED / f"{s}.yaml").read_text())["document"] for s in CASES}
    assert documents <= covered
    assert len(CASES) >= 4


@pytest.mark.parametrize("stem", CASES)
def test_event_fields(stem):
    doc, expected = load_case(stem)
    event = extract_event(doc)
    assert event is not None
    want = expected["event"]
    for field in ("name", "edition", "start_date", "end_date", "venue", "organizer"):
        assert normalise(getattr(event, field)) == normalise(want[field]), field


@pytest.mark.parametrize("stem", CASES)
def test_headline_figures_recall_and_precision(stem, record_property):
    doc, expected = load_case(stem)
    got = extract_headline_figures(doc)
    rows = [{"metric": f.metric, "value": f.value, "quote": f.quote} for f in got]
    tally = score_key_figures(expected, {"key_figures": rows})
    record_property("recall", tally.recall)
    record_property("precision", tally.precision)
    print(f"{stem}: recall {tally.recall:.2f}, precision {tally.precision:.2f} ({tally.found} found, {tally.expected} expected)")
    assert tally.recall >= RECALL_FLOOR, f"missing: {tally.misses}"
    assert tally.precision >= PRECISION_FLOOR, f"unexpected: {tally.unexpected}"
    found = {(f.metric, float(f.value)): f for f in got}
    for exp in expected["key_figures"]:
        fig = found[(exp["metric"], float(exp["value"]))]
        assert fig.approximate == exp.get("approximate", False), exp
        # The quote is verbatim text of the document, at the offsets given, and holds the expected text.
        assert doc.text[fig.char_start:fig.char_end].startswith(fig.quote.split(" | ")[0])
        assert normalise(exp["quote"]) in normalise(fig.quote)
