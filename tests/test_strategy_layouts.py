"""Strategies as articles and slides write them: axes announced in a sentence without a count, a
strategy named without a period, and a heading naming a strategy over a list of its axes."""

from __future__ import annotations

from pipelines.document.markdown import read_markdown
from pipelines.extract.strategy import strategy_rows
from pipelines.document import Document


def doc_of(text: str, blocks=None) -> Document:
    return Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                    text=text, page_starts=[0], blocks=blocks or [])


def axes(doc: Document) -> list[tuple]:
    return [(r["strategy_name"], r["period_start"], r["period_end"], r["axis"]) for r in strategy_rows([doc])]


def test_axes_announced_without_a_count():
    text = "Le président a présenté un plan avec plusieurs volets, pour l'économie locale, les écoles et les territoires.\n"
    assert axes(doc_of(text)) == [("plan", None, None, "l'économie locale"), ("plan", None, None, "les écoles"),
                                  ("plan", None, None, "les territoires")]


def test_semicolons_keep_an_item_with_et_whole():
    text = ("Le projet de territoire 2021-2026 porte sur les axes suivants : soutenir l'emploi ; "
            "préserver le climat et l'eau ; accueillir.\n")
    assert [a[3] for a in axes(doc_of(text))] == ["soutenir l'emploi", "préserver le climat et l'eau", "accueillir"]
    assert axes(doc_of(text))[0][1:3] == (2021, 2026)


def test_a_heading_over_a_list():
    built, _ = read_markdown("## Plan d'action 2024\n\n- Sobriété\n- Formation des agents\n- Achats durables\n")
    doc = doc_of(built.text(), built.blocks)
    assert axes(doc) == [("Plan d'action 2024", 2024, 2024, a) for a in ("Sobriété", "Formation des agents", "Achats durables")]


def test_a_timetable_under_a_programme_heading_is_not_a_strategy():
    built, _ = read_markdown("## Programme\n\n- 9h : accueil\n- 9h30 : ouverture\n- 10h : ateliers\n")
    assert axes(doc_of(built.text(), built.blocks)) == []


def test_an_enumeration_without_strategy_or_axis_word_is_nothing():
    assert axes(doc_of("Nos priorités du jour : la sécurité, la santé.\n")) == []
