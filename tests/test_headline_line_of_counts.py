"""A line of counts opening with people ("500 personnes, 48 intervenants, 28 partenaires") gives
the attendance with the other metrics of the line (round 279). Invented text only."""

from pipelines.extract.documents import extract_document

from .support import doc_of

_TEXT = ("Retour sur le Festival de Valbrune 2031\n\nLe festival a eu lieu le 12 mars 2031 à Valbrune.\n\n"
         "C'était impressionnant :\n\n{line}\n")


def _figures(line: str) -> dict:
    rows = extract_document(doc_of(_TEXT.format(line=line), title="Retour sur le Festival de Valbrune 2031"))
    return {r["metric"]: r["value"] for r in rows["key_figures"]}


def test_people_first_in_a_line_of_counts_are_the_attendance():
    assert _figures("500 personnes, 48 intervenants, 28 partenaires, 4 scènes en parallèle !") == {
        "participants": 500, "speakers": 48, "partners": 28}


def test_people_in_a_sentence_of_the_line_are_not():
    assert "participants" not in _figures("500 personnes de la commune ont été invitées par courrier.")


def test_sponsors_and_patrons_are_partners():
    # metrics.yaml: "sponsors" and "mécènes" count the partners as "partenaires" does (round 326)
    assert _figures("600 personnes, 40 speakers, 22 sponsors, 3 scènes en parallèle !") == {
        "participants": 600, "speakers": 40, "partners": 22}
    assert _figures("450 personnes, 35 intervenants, 9 mécènes, 2 scènes en parallèle !") == {
        "participants": 450, "speakers": 35, "partners": 9}
