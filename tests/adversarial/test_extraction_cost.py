"""Documents built to make extraction slow: their output stays bounded (no quote longer than a
sentence-sized span, one row per figure at most), a document over the extraction budget (figures,
time) is refused with a message naming the file and the limit while the others publish. Times are
measured in bench/extraction_worst.py; here a generous timeout turns a hang into a failure."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.errors import BudgetExceeded, ConfigError
from pipelines.extract.budget import ExtractionBudget, ExtractionBudgetExceeded
from pipelines.extract.documents import extract_document, figure_count
from pipelines.extract.mentions import MAX_QUOTE
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.runtime.batch import extract_all
from pipelines.settings import PACKAGE_NAME, Settings, load_settings

from ..conftest import ROOT

# A hang (a pass quadratic in the document's length) fails the test instead of blocking the suite.
TIMEOUT = 300
QUOTE_BOUND = 2 * MAX_QUOTE


def read(path: Path):
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def extract_in_child(path: Path, env: dict | None = None) -> dict:
    """Read and extract ``path`` in a child process (killed after TIMEOUT): a summary of its rows."""
    code = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from pipelines.extract.budget import ExtractionBudget
        from pipelines.extract.documents import extract_document
        from pipelines.document import read_document
        from pipelines.document.manifest import SourceEntry
        path = Path({str(path)!r})
        doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
        rows = extract_document(doc, budget=ExtractionBudget(0, 0))
        figures = rows["cited_figures"]
        print(json.dumps({{
            "figures": len(figures),
            "longest_quote": max((len(r["quote"]) for r in figures), default=0),
            "quotes_are_spans": all(" ".join(doc.text[r["char_start"]:r["char_end"]].split()) == r["quote"]
                                    for r in figures),
            "longest_id": max((len(r["figure_id"]) for r in figures), default=0),
            "unique_ids": len({{r["figure_id"] for r in figures}}) == len(figures),
        }}))
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=TIMEOUT, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_hundred_kilobytes_of_percentages_give_bounded_quotes(tmp_path):
    path = tmp_path / "pourcentages.txt"
    # shares with what they measure (a line of bare shares is a chart's labels, no figures)
    path.write_text("12 % des communes, " * 5_300, encoding="utf-8")
    out = extract_in_child(path)
    # one row per figure at most, each quote a sentence-sized span of the text, short identifiers
    assert 0 < out["figures"] <= 5_300
    assert out["longest_quote"] <= QUOTE_BOUND
    assert out["quotes_are_spans"] and out["unique_ids"]
    assert out["longest_id"] < 60


def test_one_long_line_of_prose_gives_bounded_quotes(tmp_path):
    sentence = "la commune a planté 40 arbres, rénové 3 écoles et installé 12 bornes sans jamais finir sa phrase "
    path = tmp_path / "ligne.txt"
    path.write_text("Bilan 2024\n\n" + sentence * 3_000 + "\n", encoding="utf-8")
    out = extract_in_child(path)
    assert out["figures"] > 0
    assert out["longest_quote"] <= QUOTE_BOUND
    assert out["quotes_are_spans"] and out["unique_ids"]


def test_many_short_lines_give_one_row_per_figure_at_most(tmp_path):
    path = tmp_path / "lignes.txt"
    path.write_text("".join(f"{i % 90 + 10} visiteurs\n" for i in range(20_000)), encoding="utf-8")
    out = extract_in_child(path)
    assert 0 < out["figures"] <= 20_000
    assert out["longest_quote"] <= QUOTE_BOUND
    assert out["quotes_are_spans"] and out["unique_ids"]


# --------------------------------------------------------------------------- the budget
def over_budget(tmp_path: Path) -> Path:
    path = tmp_path / "inventaire.txt"
    path.write_text("Inventaire 2024\n\n" + "".join(f"- {i} lampadaires\n" for i in range(1, 601)), encoding="utf-8")
    return path


def test_a_document_with_more_figures_than_the_budget_is_refused_naming_file_and_limit(tmp_path):
    doc = read(over_budget(tmp_path))
    assert figure_count(doc.text) == 601
    with pytest.raises(ExtractionBudgetExceeded) as err:
        extract_document(doc, budget=ExtractionBudget(max_figures=500, seconds=0))
    assert isinstance(err.value, BudgetExceeded)
    assert err.value.file == "inventaire.txt"
    assert "500" in err.value.reason and "OPENDATA_MAX_FIGURES" in err.value.reason
    assert "refusé" in err.value.reason
    # under the limit (or without one), the same document is extracted
    assert extract_document(doc, budget=ExtractionBudget(max_figures=1000, seconds=0))["cited_figures"]
    assert extract_document(doc, budget=ExtractionBudget(max_figures=0, seconds=0))["cited_figures"]


def test_a_document_past_its_time_budget_is_refused_naming_file_and_limit(tmp_path):
    doc = read(over_budget(tmp_path))
    with pytest.raises(ExtractionBudgetExceeded) as err:
        extract_document(doc, budget=ExtractionBudget(max_figures=0, seconds=1e-9))
    assert err.value.file == "inventaire.txt"
    assert "OPENDATA_EXTRACT_SECONDS" in err.value.reason and "1e-09 secondes" in err.value.reason


def test_the_batch_refuses_the_document_over_budget_and_extracts_the_others(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    big = over_budget(sources)
    small = sources / "salon.txt"
    small.write_text("Salon du numérique 2025\n\n850 visiteurs\n24 exposants\n", encoding="utf-8")
    settings = Settings(sources_dir=sources, datasets_dir=tmp_path / "d", warehouse_path=tmp_path / "w.duckdb",
                        schemas_dir=ROOT / "schemas", cache_dir=tmp_path / "cache", max_figures=500, workers=1)
    warnings: list[str] = []
    for run in range(2):        # a refusal is not cached: the second run extracts (and refuses) it again
        rows, fresh = extract_all([read(big), read(small)], settings, warn=warnings.append)
        assert fresh == (["inventaire.txt", "salon.txt"] if run == 0 else ["inventaire.txt"])
        [refused] = rows[0]["refused"]
        assert refused["file"] == "inventaire.txt" and refused["status"] == "skipped"
        assert "OPENDATA_MAX_FIGURES" in refused["reason"]
        assert not any(rows[0].get(table) for table in ("sources", "cited_figures"))
        assert rows[1]["sources"] and "refused" not in rows[1]
    assert len(warnings) == 2 and all(w.startswith("inventaire.txt: ") for w in warnings)


@pytest.mark.parametrize("name,value", [("OPENDATA_MAX_FIGURES", "beaucoup"), ("OPENDATA_MAX_FIGURES", "-1"),
                                        ("OPENDATA_EXTRACT_SECONDS", "une minute")])
def test_a_bad_budget_setting_is_refused_naming_the_variable(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert name in str(err.value)


def test_budget_settings_default_and_zero(monkeypatch):
    monkeypatch.delenv("OPENDATA_MAX_FIGURES", raising=False)
    monkeypatch.setenv("OPENDATA_EXTRACT_SECONDS", "0")
    settings = load_settings()
    assert settings.max_figures == 100_000 and settings.extract_seconds == 0
    assert ExtractionBudget.from_settings(settings) == ExtractionBudget(100_000, 0)


@pytest.mark.slow
def test_a_run_publishes_the_others_and_names_the_document_over_budget(workdir, monkeypatch):
    over_budget(workdir / "sources")
    monkeypatch.setenv("OPENDATA_MAX_FIGURES", "500")
    result = CliRunner().invoke(app, ["publish"])
    assert result.exit_code == 0, result.output
    assert "inventaire.txt" in result.output and "OPENDATA_MAX_FIGURES" in result.output
    release = workdir / "datasets" / PACKAGE_NAME / "latest"
    report = (release / "validation.md").read_text(encoding="utf-8")
    line = next(line for line in report.splitlines() if "inventaire.txt" in line)
    assert "500" in line and "OPENDATA_MAX_FIGURES" in line
    sources = (release / "data" / "sources.csv").read_text(encoding="utf-8")
    assert "numericamp-2024-bilan" in sources and "inventaire" not in sources
