"""An agenda that no heading announces: three short lines at least in a row, each opening with an
agenda word or a session word ("Présentation de la méthode X" / "Témoignage de la commune Y" /
"Temps d'échanges"), are its sessions; a list a sentence introduces ("Retrouvez les présentations
de la journée :") is left to the programme lists. Made-up texts."""

from pipelines.extract.documents import extract_document

from .support import doc_of

HEAD = "Webinaire : les aides aux communes\n\nLe webinaire s’est tenu le 12 mai 2031 en ligne.\n\n"
AGENDA = ("Présentation de la méthode \"Valchoix\"\n"
          "Présentation du programme \"Communes engagées\"\n"
          "Témoignage de la communauté de communes de Valbrune\n"
          "Temps d'échanges avec les participants\n")


def _titles(text: str) -> list[str]:
    return [s["title"] for s in extract_document(doc_of(text))["sessions"]]


def test_an_agenda_without_a_heading_gives_its_sessions():
    assert _titles(HEAD + AGENDA + "\nUn replay est disponible.\n") == [
        "Présentation de la méthode \"Valchoix\"", "Présentation du programme \"Communes engagées\"",
        "Témoignage de la communauté de communes de Valbrune", "Temps d'échanges avec les participants"]


def test_two_such_lines_or_a_list_under_a_sentence_are_no_agenda():
    two = "Présentation de la méthode \"Valchoix\"\nPrésentation du programme \"Communes engagées\"\n"
    assert _titles(HEAD + two + "\nUn replay est disponible.\n") == []
    files = ("Retrouvez les diaporamas de la journée :\n\n- Présentation Valbrune 2031\n- Présentation Aurac 2031\n"
             "- Présentation Corbel 2031\n")
    assert _titles(HEAD + files) == []
