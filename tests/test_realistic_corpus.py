"""bench/realistic.py: every kind of document it writes reads back, with the project's reader,
into a text that states what its expectation says (the event, the speakers, every cited figure),
and the same seed writes the same documents."""

from __future__ import annotations

import re

import pytest

from bench import realistic
from pipelines.extract.documents import extract_document
from pipelines.document import SourceEntry, read_document

SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def _plain(text: str) -> str:
    return SPACES.sub(" ", text).casefold()


@pytest.mark.parametrize("kind, pages", [("pdf", 3), ("slides", 8), ("html", 1), ("md", 2), ("txt", 2)])
def test_documents_read_back_hold_their_expectation(tmp_path, kind, pages):
    expected = realistic.write_document(tmp_path, 7, kind, pages)
    path = tmp_path / expected["file"]
    assert path.suffix == "." + realistic.SUFFIX[kind] and expected["kind"] == kind
    doc = read_document(SourceEntry(id="doc", file=path.name, path=path))
    text = _plain(doc.text)
    if kind in ("pdf", "slides"):
        assert doc.page_count == expected["pages"] >= pages // 2
    assert _plain(str(expected["event"]["year"])) in text
    for name in expected["speakers"]:
        assert _plain(name) in text, f"{name} is expected but not in the text of {path.name}"
    assert expected["cited_figures"], "a realistic document cites figures"
    for figure in expected["cited_figures"]:
        assert _plain(figure["text"]) in text, f"{figure['text']} is expected but not in {path.name}"
    rows = extract_document(doc)
    assert rows["events"] and rows["cited_figures"]


def test_longer_documents_state_more_facts(tmp_path):
    short = realistic.write_document(tmp_path / "a", 3, "pdf", 2)
    long = realistic.write_document(tmp_path / "b", 3, "pdf", 12)
    assert long["pages"] > 3 * short["pages"] and len(long["cited_figures"]) > 3 * len(short["cited_figures"])


def test_same_seed_same_documents(tmp_path):
    first = realistic.generate(tmp_path / "a", 4, seed=5)
    again = realistic.generate(tmp_path / "b", 4, seed=5)
    assert first == again
    for e in first:
        assert (tmp_path / "a" / e["file"]).read_bytes() == (tmp_path / "b" / e["file"]).read_bytes()
    assert len({(e["event"]["name"], e["event"]["year"]) for e in first}) == 4
