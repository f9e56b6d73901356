"""A timetable slot whose title ends on who gives the talk after a full stop: names alone ("Titre.
Prénom Nom et Prénom Nom"), or one name then its role as a sentence of its own ("Titre. Prénom
Nom. Présidente du conseil scientifique"); the stop of an initial is no sentence break. Made-up
titles."""

from pipelines.extract.session_slot_speakers import names_after_title


def _read(title):
    found = names_after_title(title)
    return found and ([(p.full, it.role) for it in found[0] for p in it.people], found[1])


def test_names_alone_after_the_titles_stop():
    assert _read("Les registres du bourg au fil du siècle. Paul Martin et Anne Roux.") == (
        [("Paul Martin", None), ("Anne Roux", None)], "Les registres du bourg au fil du siècle")


def test_one_name_then_its_role_as_a_sentence():
    assert _read("Les haies du bocage trente ans plus tard. Claire Fontenay. Présidente du conseil scientifique") == (
        [("Claire Fontenay", "Présidente du conseil scientifique")], "Les haies du bocage trente ans plus tard")
    # two sentences that are no name and role are no speakers
    assert _read("Les haies du bocage. Il faut les tailler. Claire pense que oui.") is None
