"""The one scorer (pipelines/evaluation/scorer.py): each matching rule, optional items, the figures
that must not be figures, and the micro and macro averages."""

from __future__ import annotations

import pytest

from pipelines.evaluation.scorer import name_key, score_document, summarise, text_key

EXPECTED = {
    "document": "x.md",
    "event": {"name": "Forum du numérique", "edition": 3, "start_date": "2024-05-14", "end_date": None,
              "venue": "Palais des congrès", "organizer": None},
    "key_figures": [{"metric": "attendance", "value": 350, "quote": "plus de 350 participants"},
                    {"metric": "exhibitors", "value": 40, "optional": True}],
    "sessions": [{"title": "Table ronde 1 : la cybersécurité des communes", "type": "round_table"}],
    "speakers": [{"name": "Élise de La Tour", "organization": "Région Sud"},
                 {"name": "Jean-Marc Petit", "organization": None}],
    "cited_figures": [
        {"value": 30, "unit": "percent", "quote": "30 % d'économies", "speaker": "Élise de La Tour"},
        {"value": 1200000, "unit": "eur", "quote": "un budget de 1,2 M€", "speaker": None},
        {"value": 3, "unit": "count", "quote": "trois agents", "optional": True},
    ],
    "polls": [{"question": "Q ?", "options": [{"text": "Oui", "share": 62}, {"text": "Non", "share": 38}]}],
    "strategy": {"name": "S", "axes": ["Un territoire connecté", "Une administration sobre"]},
    "not_figures": [{"value": 9, "quote": "9h00 accueil"}],
}


def rows(**changes):
    base = {
        "events": [{"name": "Forum du Numérique", "edition": 3, "start_date": "2024-05-14", "end_date": None,
                    "venue": "au Palais des Congrès d'Ici", "organizer": "Ville"}],
        "key_figures": [{"metric": "participants", "value": 350.0, "quote": "Plus de 350 participants"},
                        {"metric": "exhibitors", "value": 40, "quote": "40 exposants"}],
        "sessions": [{"title": "Table ronde 1 – La cybersécurité des communes", "type": "round_table"}],
        "speakers": [{"speaker_id": "a", "full_name": "DE LA TOUR Elise", "organization": "Région Sud"},
                     {"speaker_id": "b", "full_name": "Jean-Marc PETIT", "organization": "Mairie"}],
        "cited_figures": [
            {"value": 30, "unit": "percent", "quote": "Nous avons fait **30 % d’économies** en un an.", "speaker_id": "a"},
            {"value": 1200000, "unit": "eur", "quote": "Avec un budget de 1,2 M€.", "speaker_id": None},
            {"value": 3, "unit": "count", "quote": "trois agents", "speaker_id": None},
        ],
        "poll_options": [{"option_text": "Oui", "audience_share": 62}, {"option_text": "Non", "audience_share": 38}],
        "strategy_axes": [{"axis": "Un territoire connecté"}, {"axis": "Une administration plus sobre"}],
    }
    return base | changes


def test_a_perfect_extraction_scores_one_everywhere():
    score = score_document(EXPECTED, rows())
    for name, tally in score.fields.items():
        if name != "event_fields":
            assert tally.recall in (1.0, None) and tally.precision in (1.0, None), (name, tally)
    # The text names no organiser (null in the expected file): the one extracted is an error.
    assert score.event_by_field["organizer"].found == 1 and score.event_by_field["organizer"].matched == 0
    fields = score.fields["event_fields"]
    assert (fields.expected, fields.found, fields.matched) == (4, 5, 4)
    assert score.sessions_count_right is True
    assert score.forbidden == []


def test_optional_items_are_neither_missed_nor_wrong():
    score = score_document(EXPECTED, rows(key_figures=[{"metric": "visitors", "value": 350, "quote": "350"}],
                                          cited_figures=rows()["cited_figures"][:2]))
    assert (score.fields["key_figures"].expected, score.fields["key_figures"].matched) == (1, 1)
    assert score.fields["cited_figures"].recall == 1.0 and score.fields["cited_figures"].precision == 1.0


def test_misses_and_unexpected_rows_are_counted_and_named():
    extra = {"value": 9, "unit": "hour", "quote": "9h00 Accueil des participants", "speaker_id": None}
    wrong = dict(rows()["cited_figures"][0], value=31)
    score = score_document(EXPECTED, rows(cited_figures=[wrong, rows()["cited_figures"][1], extra], speakers=[]))
    figures = score.fields["cited_figures"]
    assert (figures.expected, figures.found, figures.matched) == (2, 3, 1)
    assert any("30 % d'économies" in m for m in figures.misses)
    assert score.forbidden == ["9 (9h00 accueil)"]
    assert score.fields["speakers"].recall == 0.0


def test_attribution_counts_figures_whose_text_names_the_speaker():
    swapped = [dict(r, speaker_id="b") for r in rows()["cited_figures"]]
    score = score_document(EXPECTED, rows(cited_figures=swapped))
    attribution = score.fields["attribution"]
    assert attribution.expected == 1 and attribution.matched == 0
    assert any("a speaker is given where the text names none" in u for u in attribution.unexpected)


def test_a_document_without_event_must_not_get_one():
    expected = dict(EXPECTED, event=None)
    invented = score_document(expected, rows())
    assert invented.fields["event"].precision == 0.0 and invented.fields["event"].unexpected
    assert score_document(expected, rows(events=[])).fields["event"].found == 0


def test_units_values_ranges_and_quotes_must_all_agree():
    base = rows()["cited_figures"][1]
    for change in ({"unit": "count"}, {"value": 1.2}, {"quote": "Un autre budget."}):
        score = score_document(EXPECTED, rows(cited_figures=[dict(base, **change)]))
        assert score.fields["cited_figures"].matched == 0, change
    ranged = {"document": "r", "cited_figures": [{"value": 120, "value_max": 130, "unit": "count", "quote": "entre"}]}
    assert score_document(ranged, {"cited_figures": [{"value": 120, "value_max": None, "unit": "count",
                                                      "quote": "entre 120 et 130"}]}).fields["cited_figures"].matched == 0


def test_polls_need_the_share():
    score = score_document(EXPECTED, rows(poll_options=[{"option_text": "Oui", "audience_share": 60}]))
    assert score.fields["poll_options"].matched == 0


def test_pages_scope_of_long_documents():
    expected = dict(EXPECTED, cited_figures_pages=[2, 3])
    outside = dict(rows()["cited_figures"][0], value=77, page=9)
    inside = [dict(r, page=2) for r in rows()["cited_figures"]]
    score = score_document(expected, rows(cited_figures=inside + [outside]))
    assert score.fields["cited_figures"].precision == 1.0


def test_micro_and_macro_averages():
    perfect = score_document(EXPECTED, rows())
    empty = score_document(EXPECTED, {})
    total = summarise([perfect, empty])
    assert total["speakers"]["recall"] == 0.5 and total["speakers"]["macro_recall"] == 0.5
    assert total["speakers"]["precision"] == 1.0 and total["speakers"]["documents"] == 2
    assert total["sessions_count"] == {"programmes": 2, "right": 1, "share": 0.5}


@pytest.mark.parametrize("a, b", [("Élise de La Tour", "DE LA TOUR Elise"), ("Jean-Marc Petit", "PETIT Jean Marc")])
def test_names_match_whatever_case_accents_and_order(a, b):
    assert name_key(a) == name_key(b)


def test_text_key_ignores_markup_and_apostrophes():
    assert text_key("**30 %** d’économies\n<br>") == text_key("30 % d'economies br")
