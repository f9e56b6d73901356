"""Live polls (pipelines/extract/polls.py) against the hand-checked expected files of
tests/expected/claims/: questions, options and shares in order, average scores, the shares check,
sessions, and the Table Schemas."""

from __future__ import annotations

import pytest

from pipelines.extract.documents import source_rows
from pipelines.extract.polls import find_polls, poll_rows, poll_share_warnings
from pipelines.schemas import table_schema, to_arrow
from pipelines.validation.frictionless import validate_tables

from .test_claims import CASES, SCHEMAS, load_case, text_doc


def rows_for(stem):
    doc, expected, programme, events = load_case(stem)
    return doc, expected, poll_rows([doc], events, programme)


@pytest.mark.parametrize("stem", CASES)
def test_polls_match_the_expected_file(stem):
    doc, expected, tables = rows_for(stem)
    questions, options = tables["poll_questions"], tables["poll_options"]
    assert len(questions) == len(expected["polls"])
    for question, want in zip(questions, expected["polls"]):
        assert question["question"] == want["question"]
        assert (question["position"], question["page"], question["session_id"]) == (want["position"], want["page"], want["session"])
        assert question["average_score"] == want.get("average_score")
        assert question["score_scale_max"] == want.get("score_scale_max")
        # the question is traceable to its verbatim text
        assert " ".join(doc.text[question["char_start"]:question["char_end"]].split()) == question["question"]
        got = [(o["option_label"], o["option_text"], o["audience_share"])
               for o in sorted((o for o in options if o["poll_id"] == question["poll_id"]), key=lambda o: o["position"])]
        assert got == [tuple(o) for o in want["options"]]
        assert [o["position"] for o in options if o["poll_id"] == question["poll_id"]] == list(range(1, len(got) + 1))


@pytest.mark.parametrize("stem", CASES)
def test_poll_shares_sum_to_100(stem):
    doc, expected, tables = rows_for(stem)
    warnings = poll_share_warnings(tables["poll_questions"], tables["poll_options"])
    assert len(warnings) == len(expected["poll_warnings"])
    for warning, part in zip(warnings, expected["poll_warnings"]):
        assert part in warning


def test_share_warnings_rules():
    questions = [{"poll_id": p, "average_score": None, "score_scale_max": None} for p in ("ok", "off", "ints", "missing", "empty")]
    questions.append({"poll_id": "score", "average_score": 12, "score_scale_max": 10})
    options = [
        {"poll_id": "ok", "option_label": l, "audience_share": s, "position": i}
        for i, (l, s) in enumerate(zip("ABCD", (4.5, 9.1, 22.7, 63.6)), 1)          # 99.9: rounding
    ] + [
        {"poll_id": "off", "option_label": l, "audience_share": s, "position": i}
        for i, (l, s) in enumerate(zip("ABC", (55, 30, 10)), 1)                     # 95: wrong
    ] + [
        {"poll_id": "ints", "option_label": l, "audience_share": s, "position": i}
        for i, (l, s) in enumerate(zip("ABC", (33, 33, 33)), 1)                     # 99 with whole numbers
    ] + [
        {"poll_id": "missing", "option_label": "A", "audience_share": 60, "position": 1},
        {"poll_id": "missing", "option_label": "B", "audience_share": None, "position": 2},
        {"poll_id": "ghost", "option_label": "A", "audience_share": 100, "position": 1},
    ]
    warnings = poll_share_warnings(questions, options)
    text = "\n".join(warnings)
    assert not any(w.startswith("ok:") or w.startswith("ints:") for w in warnings)
    assert "off: audience shares sum to 95" in text
    assert "missing: options without an audience share: B" in text
    assert "empty: no answer options and no average score" in text
    assert "score: average score 12 outside its scale" in text
    assert "ghost: options for an unknown poll" in text
    assert poll_share_warnings(questions[:1], options[:4], tolerance=0.05) != []


def test_poll_layouts():
    text = ("Quiz en direct\n\nQ\nQuelle part de vos démarches faites-vous en ligne ?\n\n"
            "A - Aucune\nB - La moitié\nC - Toutes\n\n20%\n50%\n30%\n\nPROPOSITIONS RÉPONSES\n\n"
            "Le débat a repris ensuite avec 40 personnes.\n\n"
            "Êtes-vous satisfait de la journée ?\n1 : pas du tout ; 10 : tout à fait\n\nNote moyenne : 7,5/10\n")
    doc = text_doc(text)
    polls = find_polls(doc)
    assert [p.question for p in polls] == ["Quelle part de vos démarches faites-vous en ligne ?",
                                           "Êtes-vous satisfait de la journée ?"]
    assert polls[0].options == [("A", "Aucune"), ("B", "La moitié"), ("C", "Toutes")]
    assert polls[0].shares == [20, 50, 30]
    assert (polls[1].average, polls[1].scale_max) == (7.5, 10)
    assert text[polls[0].start:].startswith("Quiz en direct")
    assert text[:polls[0].end].endswith("PROPOSITIONS RÉPONSES")
    # a lettered list without a question is not a poll
    assert find_polls(text_doc("Les étapes :\n\nA - Diagnostic\nB - Plan\n")) == []


def test_poll_ids_are_stable_and_content_based():
    doc, _, tables = rows_for("numericamp-2024-bilan")
    again = poll_rows([doc])
    assert [q["poll_id"] for q in again["poll_questions"]] == [q["poll_id"] for q in tables["poll_questions"]]
    assert all(q["session_id"] is None for q in again["poll_questions"])     # no programme: no session


def test_poll_tables_validate_against_their_schemas():
    docs, questions, options = [], [], []
    for stem in CASES:
        doc, _, tables = rows_for(stem)
        docs.append(doc)
        questions += tables["poll_questions"]
        options += tables["poll_options"]
    for table, rows in (("poll_questions", questions), ("poll_options", options)):
        names = [f["name"] for f in table_schema(SCHEMAS, table)["fields"]]
        assert all(list(r) == names for r in rows)
    tables = {
        "sources": to_arrow(source_rows(docs), table_schema(SCHEMAS, "sources")),
        "poll_questions": to_arrow(questions, table_schema(SCHEMAS, "poll_questions")),
        "poll_options": to_arrow(options, table_schema(SCHEMAS, "poll_options")),
    }
    report = validate_tables(tables, SCHEMAS)
    assert report.valid, report.summary()
    # an option of an unknown poll breaks the foreign key
    tables["poll_options"] = to_arrow(options + [dict(options[0], poll_id="nowhere")], table_schema(SCHEMAS, "poll_options"))
    report = validate_tables(tables, SCHEMAS)
    assert not report.valid and {e["type"] for e in report.errors} == {"foreign-key"}
