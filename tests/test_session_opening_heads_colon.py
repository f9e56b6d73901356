"""A programme's line opening on an opening or a welcome, then a colon and who gives it
("Ouverture : Prénom Nom, rôle", "Accueil : Prénom Nom, rôle & Prénom Nom, rôle"), is a session
titled by its head. Made-up texts."""

from __future__ import annotations

from .support import written_column


PROGRAMME = ("Colloque Valbourg 2031\n\nLe colloque « La terre et nous » se tient le 7 juin 2031 à Valbourg.\n\n"
             "PROGRAMME :\n"
             "Ouverture : Lucien Ferrand, président de l'Assemblée départementale\n"
             "Accueil : Nadia Vernet, députée & Paul Terrier, président de Valgrain\n"
             "1ère table ronde : Le local est-il l'avenir de nos campagnes ?\n"
             "Marc Olier, président du Conseil de l'alimentation\n")


def test_an_opening_or_a_welcome_with_who_gives_it_after_its_colon(tmp_path):
    titles = written_column(tmp_path, "programme.txt", PROGRAMME, "sessions", "title")
    assert titles[:2] == ["Ouverture", "Accueil"]
    assert "1ère table ronde : Le local est-il l'avenir de nos campagnes ?" in titles
    # a welcome with nobody after its colon is the attendees' arrival
    bare = PROGRAMME.replace("Accueil : Nadia Vernet, députée & Paul Terrier, président de Valgrain", "Accueil : café")
    assert "Accueil" not in written_column(tmp_path, "bare.txt", bare, "sessions", "title")
