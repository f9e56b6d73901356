"""A time alone on its line over a long question with a colon titles that slot, and a line naming a
person glued to their role ("Prénom Nom Sociologue, Équipe X") titles none; made-up programme
(names and titles invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import GLUED_PROGRAMME_HEAD, doc_of

PROGRAMME = (GLUED_PROGRAMME_HEAD +
             "Hugo Delacroix Chercheur en santé publique, Université de Valbrune\n\n"
             "de 13:30 à 14:30\n"
             "{third}\n\n"
             "Anaïs Perrot Doctorante, Université de Valbrune\n\n"
             "de 15:00 à 16:00\n"
             "Conclusion\n")
QUESTION = "Approche sociologique des familles du quartier des Tilleuls : quels ressentis du côté des parents ?"


def titles(third: str) -> list[str]:
    rows = extract_document(doc_of(PROGRAMME.format(third=third), title="Colloque de Valbrune : la prévention en question"))
    return [s["title"] for s in rows["sessions"]]


def test_a_long_question_under_its_time_titles_the_slot():
    assert QUESTION in titles(QUESTION)


def test_a_person_glued_to_a_role_titles_no_slot():
    # the slot's title cut into lines that read as none: the person under it is no title either
    found = titles("l'étude menée auprès des familles du quartier des Tilleuls, ses premiers enseignements et")
    assert not any(t.startswith(("Anaïs Perrot", "Hugo Delacroix", "Lucie Marchetti")) for t in found)
