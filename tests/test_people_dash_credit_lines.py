"""Lines of a programme that are only a person and a role after a dash ("Prénom Nom – chargée de
mission, Organisme") name its speakers, two such lines at least (round 280). Invented text only."""

from pipelines.extract.documents import extract_document

from .support import doc_of

_PROGRAMME = ("Journée des haies de Valbrune, le 12 mars 2031.\n\n9h Accueil café\n"
              "9h30 Présentation de la charte des haies\n{first}\n11h Les haies et l'eau\n{second}\n")


def _speakers(first: str, second: str) -> list[tuple]:
    rows = extract_document(doc_of(_PROGRAMME.format(first=first, second=second), title="Journée des haies"))
    return [(r["full_name"], r.get("role"), r.get("organization")) for r in rows["speakers"]]


def test_two_dashed_credit_lines_name_two_speakers():
    assert _speakers("Sandrine Morel – chargée de mission, DDT de Valbrune",
                     "Paul Girard – technicien rivière, Syndicat du Lay") == [
        ("Sandrine Morel", "chargée de mission", "DDT de Valbrune"),
        ("Paul Girard", "technicien rivière", "Syndicat du Lay")]


def test_one_line_alone_or_no_role_after_the_dash_names_no_one():
    assert _speakers("Sandrine Morel – chargée de mission, DDT de Valbrune", "Visite de la haie pilote") == []
    assert _speakers("Sandrine Morel – DDT de Valbrune", "Paul Girard – Syndicat du Lay") == []
