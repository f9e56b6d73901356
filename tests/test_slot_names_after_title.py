"""A timetable slot whose title ends on who gives the talk after a full stop: names alone ("Titre.
Prénom Nom et Prénom Nom"), or one name then its role as a sentence of its own ("Titre. Prénom
Nom. Présidente du conseil scientifique"); the stop of an initial is no sentence break. Made-up
titles; and names alone after a title's last dash ("Titre - Prénom Nom et Prénom Nom")."""

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


def test_names_alone_after_the_titles_last_dash(tmp_path):
    from pipelines.extract.session_slot_speakers import names_after_dash
    from .support import written_column

    found = names_after_dash("Le bocage - trente ans de relevés - Paul Martin et Anne Roux")
    assert ([p.full for it in found[0] for p in it.people], found[1]) == (
        ["Paul Martin", "Anne Roux"], "Le bocage - trente ans de relevés")
    # what follows the last dash is no name: no speakers
    assert names_after_dash("Les haies du bocage - Retour d'expérience") is None
    assert names_after_dash("Les haies du bocage - Valbrune Nature") is None
    # a timed grid of such lines: each talk given by the people after its dash
    text = ("# Programme des Journées du bocage 2031\n\n## Mardi 4 mai\n\n"
            "- 09:30 - 10:00 - Le bocage, trente ans plus tard - Paul Martin\n"
            "- 10:00 - 11:00 - Compter les mares du canton - Anne Roux et Luc Berthier\n"
            "- 11:30 - 12:30 - Planter des haies : pourquoi et comment - Claire Fontenay\n")
    assert written_column(tmp_path, "programme.md", text, "speakers", "full_name") == [
        "Paul Martin", "Anne Roux", "Luc Berthier", "Claire Fontenay"]
    assert written_column(tmp_path, "programme.md", text, "sessions", "title") == [
        "Le bocage, trente ans plus tard", "Compter les mares du canton", "Planter des haies : pourquoi et comment"]
