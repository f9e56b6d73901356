"""Bombs against the reading stage: a PDF whose stream inflates to a hundred million characters,
twenty thousand pages sharing one stream, a page of millions of characters, and text over the
character budget. Each is refused naming the file and the limit (OPENDATA_MAX_PAGES,
OPENDATA_MAX_TEXT_CHARS), in a child process whose peak memory is measured, and a run with a bomb
beside an ordinary document publishes the ordinary one. Times are measured in bench/bombs.py."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from bench.bombs import form_bomb, inflation_bomb, measure, shared_stream_bomb, text_pdf, text_run_pdf
from pipelines.cli import app
from pipelines.errors import BudgetExceeded
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.settings import PACKAGE_NAME, ReadingBudget

MEMORY_MB = 1024          # the goal: refused with under 1 GB
LINES = ["Rencontres du numérique 2025", "Le salon s'est tenu au Théâtre municipal le 12 mai 2025.",
         "850 visiteurs", "24 exposants"]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


def read(path: Path, budget: ReadingBudget | None = None):
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path), budget=budget)


def refused_in_child(path: Path, env: dict | None = None) -> dict:
    figures = measure("read", path, env={"OPENDATA_CACHE": str(path.parent.parent / "cache"), **(env or {})},
                      timeout=300)
    assert figures["outcome"].startswith("BudgetExceeded: "), figures
    assert figures["peak_mb"] < MEMORY_MB, figures
    return figures


def test_an_inflation_bomb_is_refused_before_it_is_parsed(tmp_path):
    path = write(tmp_path, "bombe.pdf", inflation_bomb(110_000_000))
    assert path.stat().st_size < 1_000_000
    outcome = refused_in_child(path)["outcome"]
    assert "bombe.pdf" in outcome and "page 1" in outcome and "Mo une fois décompressée" in outcome


def test_twenty_thousand_pages_sharing_one_stream_are_refused_by_the_page_limit(tmp_path):
    path = write(tmp_path, "pages.pdf", shared_stream_bomb(20_000))
    outcome = refused_in_child(path)["outcome"]
    assert "pages.pdf" in outcome and "20 000 pages" in outcome and "OPENDATA_MAX_PAGES" in outcome


def test_a_page_of_millions_of_characters_is_refused_by_the_text_limit(tmp_path):
    path = write(tmp_path, "texte.pdf", text_run_pdf(5_000_000))
    outcome = refused_in_child(path)["outcome"]
    assert "texte.pdf" in outcome and "OPENDATA_MAX_TEXT_CHARS" in outcome and "2 000 000" in outcome


def test_a_form_drawn_ten_thousand_times_is_counted_each_time(tmp_path):
    path = write(tmp_path, "formulaire.pdf", form_bomb(10_000, 1_000))
    assert path.stat().st_size < 100_000
    outcome = refused_in_child(path)["outcome"]
    assert "formulaire.pdf" in outcome and "10 000 000 caractères" in outcome and "OPENDATA_MAX_TEXT_CHARS" in outcome


def test_the_limits_come_from_the_environment(tmp_path):
    path = write(tmp_path, "court.pdf", text_pdf([LINES] * 5))
    outcome = refused_in_child(path, env={"OPENDATA_MAX_PAGES": "4"})["outcome"]
    assert "5 pages" in outcome and "limite de 4 pages" in outcome


def test_the_text_budget_stops_the_reading_at_the_page_that_passes_it(tmp_path):
    path = write(tmp_path, "long.pdf", text_pdf([LINES] * 40))
    with pytest.raises(BudgetExceeded) as err:
        read(path, ReadingBudget(max_pages=100, max_text_chars=500))
    assert err.value.file == "long.pdf"
    assert "à la page 5," in err.value.reason and "500 caractères" in err.value.reason   # not read to the end


def test_a_text_file_over_the_character_budget_is_refused(tmp_path):
    path = write(tmp_path, "long.txt", ("\n".join(LINES) + "\n").encode() * 1000)
    with pytest.raises(BudgetExceeded) as err:
        read(path, ReadingBudget(max_text_chars=10_000))
    assert err.value.file == "long.txt" and "OPENDATA_MAX_TEXT_CHARS" in err.value.reason


def test_an_ordinary_pdf_within_the_budget_is_read_whole(tmp_path):
    path = write(tmp_path, "salon.pdf", text_pdf([LINES, LINES[2:]]))
    doc = read(path, ReadingBudget(max_pages=2, max_text_chars=1_000))
    assert doc.page_count == 2 and "Théâtre municipal" in doc.text and "850 visiteurs" in doc.text


@pytest.mark.slow
def test_a_run_with_a_bomb_refuses_it_and_publishes_the_other_documents(workdir):
    (workdir / "sources" / "bombe.pdf").write_bytes(inflation_bomb(110_000_000))
    (workdir / "sources" / "pages.pdf").write_bytes(shared_stream_bomb(20_000))
    result = CliRunner().invoke(app, ["publish"])
    assert result.exit_code == 0, result.output
    assert "écarté : bombe.pdf : document refusé" in result.output
    assert "écarté : pages.pdf : document refusé : le PDF a 20 000 pages" in result.output
    release = workdir / "datasets" / PACKAGE_NAME / "latest"
    sources = pq.read_table(release / "data" / "sources.parquet").column("source_id").to_pylist()
    assert sources == ["numericamp-2024-bilan"]
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    skipped = {d["file"]: d["reason"] for d in descriptor["x_release"]["skipped_documents"]}
    assert set(skipped) == {"bombe.pdf", "pages.pdf"} and "OPENDATA_MAX_PAGES" in skipped["pages.pdf"]
    report = (release / "validation.md").read_text(encoding="utf-8")
    line = next(ln for ln in report.splitlines() if ln.startswith("- `pages.pdf`"))
    assert "document refusé : le PDF a 20 000 pages" in line and "OPENDATA_MAX_PAGES" in line


def test_the_strings_of_a_content_stream_bound_what_its_text_operators_show():
    """The measure of a page's text before pdfium parses it: the bytes of its strings, literal
    (nested parentheses and escapes included) or hexadecimal; dictionaries and drawing are not text."""
    from pipelines.document.budget import _shown_characters

    assert _shown_characters(b"BT /F1 12 Tf 72 700 Td (Bonjour) Tj ET") == 7
    assert _shown_characters(rb"BT (a (b) \) c) Tj ET") == len(rb"a (b) \) c")
    assert _shown_characters(b"BT [(Sa) -120 (lon)] TJ <48656C6C6F> Tj ET") == 2 + 3 + 5
    assert _shown_characters(b"/Span <</ActualText <FEFF0041>>> BDC EMC") == 4
    drawing = b"".join(b"%d %d m %d %d l S\n" % (i, i, i + 5, i + 7) for i in range(20_000))
    assert _shown_characters(drawing) == 0
    assert _shown_characters(b"BT (ouverte sans fin Tj") == len(b"ouverte sans fin Tj")
