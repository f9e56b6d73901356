"""A PDF of the real corpus and its text export give the same tables.

The text export is the PDF reader's own text (columns in reading order, running headers and
footers removed, hyphenated line ends joined, one form feed between pages), saved as a ``.txt``
file and read back by the plain-text reader, as a data officer who only has the text would
publish it. Both go through the same extraction. The PDF carries what the text has lost (font
sizes and weights, hence headings), so a table may differ only where the PDF's result is the
better one against the hand-checked expected file: it matches at least as many expected items
and publishes no more unexpected ones, or, matching more, no larger share of unexpected ones."""

from __future__ import annotations

import pytest

from pipelines.document import SourceEntry, read_document
from pipelines.evaluation.corpus import load_corpus
from pipelines.evaluation.scorer import score_document
from pipelines.extract.documents import extract_document

# Documents whose PDF is known to give a worse table than its text export. A held-out (`test`)
# document's cause is not looked into, so that whoever writes the rules never reads the held-out
# part; a `dev` document's is said. The mark is strict: the day the PDF does as well the test fails
# and the entry must go.
KNOWN_WORSE = {
    # a `dev` slide deck, looked into: its slide titles state scenarios with figures ("… À 5CM TOUS
    # LES 4 À 6 ANS") that the slide's body states again; the PDF reader makes the titles headings by
    # their size, so each title's figures are grouped with the body's restatement as one claim quoted
    # from the body (figure_repeats: a title restating the body), while the expected file quotes the
    # titles; in the text export the long capitalised lines stay body lines, each a claim of its own
    # (measured again 2026-12-04)
    "ign-mixte-techno-detection-changement-pcrs-2025": "cited figures: 2 of 12 from the PDF, 6 of 15 from its text (2026-12-02)",
    "voiture-and-co-rencontres-mobilite-inclusive-2013": "sessions: 3 of 3 from the PDF, 4 of 4 from its text (2026-12-02)",
    "etalab-experiences-modernisation-service-public-2018": "sessions: 0 of 0 from the PDF, 0 of 1 from its text (2026-12-02, batch 57)",
    "pcrs-atelier-publication-diffusion-diaporama-2023": "sessions: 3 of 4 from the PDF, 2 of 2 from its text (2026-12-03, round 68)",
    "afpy-pyconfr-programme-conferences-ateliers-2018": "sessions: 4 of 7 from the PDF, 6 of 10 from its text (2026-12-04, batch 98)",
    # a held-out association's minutes, not looked into (scored with its batch)
    "osgeo-fr-assemblee-generale-2020": "speakers: 1 of 4 from the PDF, 2 of 5 from its text (2026-12-04, batch 107)",
    # a `dev` slide deck of batch 109, not looked into yet (scored with its batch)
    "r-ladies-paris-rencontres-r-avignon-2023": "cited figures: 1 of 1 from the PDF, 2 of 2 from its text (2026-12-04, batch 109)",
}

PDFS = [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WORSE[case.id])]
                     if case.id in KNOWN_WORSE else [])
        for case in load_corpus() if case.file.suffix.lower() == ".pdf"]

# the field of the scorer that judges each table
FIELD_OF = {"events": "event", "key_figures": "key_figures", "sessions": "sessions", "speakers": "speakers",
            "session_speakers": "speakers", "cited_figures": "cited_figures", "polls": "poll_options",
            "poll_options": "poll_options", "strategies": "strategy_axes", "strategy_axes": "strategy_axes"}


def _signature(table: str, rows: list[dict]) -> list:
    """What must be equal in a table: its rows' values, not their identifiers or offsets."""
    keys = {"key_figures": ("metric", "value"), "sessions": ("type",), "speakers": ("full_name",),
            "cited_figures": ("value", "unit", "page"), "poll_options": ("label", "share"),
            "strategy_axes": ("axis",)}.get(table)
    if keys is None:
        return [len(rows)]
    return sorted(tuple(str(r.get(k)) for k in keys) for r in rows)


@pytest.mark.parametrize("case", PDFS)
def test_a_pdf_and_its_text_export_give_the_same_tables(case, tmp_path):
    pdf = read_document(SourceEntry(id=case.id, file=case.file.name, path=case.file.resolve()))
    export = tmp_path / (case.file.stem + ".txt")
    export.write_text(pdf.text, encoding="utf-8")
    text = read_document(SourceEntry(id=case.id, file=export.name, path=export))
    assert text.page_count == pdf.page_count

    a, b = extract_document(pdf), extract_document(text)
    differing = sorted(t for t in a if t != "sources" and _signature(t, a[t]) != _signature(t, b.get(t, [])))
    if not differing:
        return
    score_pdf, score_text = score_document(case.expected, a), score_document(case.expected, b)
    for table in differing:
        field = FIELD_OF.get(table)
        assert field is not None, f"{table} differs between the PDF and its text export"
        p, t = score_pdf.fields[field], score_text.fields[field]
        # better: as many expected items at least, and no more wrong answers, or, where it finds
        # more, no larger share of wrong answers (6 right of 9 beats 1 right of 2)
        no_worse = p.found - p.matched <= t.found - t.matched or (
            p.matched > t.matched and p.matched * t.found >= t.matched * p.found)
        assert p.matched >= t.matched and no_worse, \
            f"{table}: the text export does better than the PDF ({t.matched} of {t.found} vs {p.matched} of {p.found})"
