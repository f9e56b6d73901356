"""A report that heads each talk with its track or format as one word closed by a full stop
("KEYNOTE. Titre", "RETEX. Titre", "Atelier. Titre") names one session per such line, its title
after the label; photo captions ("Fig. 2 - ...") and a line or two so written among notes are
none; made-up text (names invented)."""

from __future__ import annotations

from tests.support import doc_of, session_titles

REPORT = ("Journée du numérique de Valbrune 2031 - retour en images\n"
          "\n"
          "La salle des fêtes de Trévanne\n"
          "\n"
          "Fig. 1 - La salle des fêtes de Trévanne\n"
          "\n"
          "KEYNOTE. Les réseaux de demain, entre promesses et limites\n"
          "\n"
          "Fig. 2 - Odile Carrasse (Université de Valbrune)\n"
          "\n"
          "RETEX. Un guichet unique pour les démarches des habitants\n"
          "\n"
          "Fig. 3 - Bastien Lorquin (Ville de Trévanne)\n"
          "\n"
          "DÉMO. Les capteurs de la rivière, du prototype au service\n"
          "\n"
          "Fig. 4 - Maëlle Fontrieu (Syndicat des eaux)\n"
          "\n"
          "RETEX. Cartographier les haies avec les écoles\n"
          "\n"
          "Fig. 5 - Armand Tessier (Parc de la Vérande)\n")

NOTES = ("Le conseil municipal de Valbrune s'est réuni jeudi soir en mairie.\n"
         "\n"
         "Nota. Le compte rendu complet sera affiché en mairie.\n"
         "\n"
         "Travaux. La rue des Tilleuls sera fermée en juin.\n"
         "\n"
         "Budget. Les comptes de l'exercice ont été adoptés.\n"
         "\n"
         "Jeunesse. Le centre de loisirs ouvrira une semaine de plus.\n")


def test_each_labelled_line_is_a_session_titled_after_its_label():
    titles = session_titles(doc_of(REPORT, title="Journée du numérique de Valbrune 2031"))
    for title in ("Les réseaux de demain, entre promesses et limites",
                  "Un guichet unique pour les démarches des habitants",
                  "Les capteurs de la rivière, du prototype au service",
                  "Cartographier les haies avec les écoles"):
        assert title in titles
    assert not any(t.startswith(("KEYNOTE", "RETEX", "1 -", "Odile")) for t in titles)


def test_notes_each_under_its_own_label_are_no_sessions():
    titles = session_titles(doc_of(NOTES, title="Conseil municipal de Valbrune"))
    assert not any(t.startswith(("Le compte rendu", "La rue des Tilleuls", "Les comptes", "Le centre de loisirs"))
                   for t in titles)
