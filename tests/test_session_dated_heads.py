"""An agenda whose dates stand alone on their line (a time or a bracketed place after them maybe),
each over the moment's title on the next line: each title a session; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

LEAD = ("Le collectif Les Voisins de Brévannes vous invite à ses soirées d'échange, ouvertes à toutes "
        "et à tous, pour parler ensemble de l'avenir du quartier.\n\nLes prochaines dates :\n\n")


def test_the_line_under_each_date_alone_is_a_session():
    text = LEAD + ("* **Mardi 14 mars à 19h (salle des Tilleuls)**\n"
                   "   Un parking de plus, vraiment ?\n"
                   "   => on regarde les chiffres ensemble\n"
                   "* **Jeudi 6 avril 19h**\n"
                   "   Les jardins partagés : où en est-on ?\n"
                   "* Samedi 13 mai – à partir de 10h\n"
                   "Matin – Quelle place pour les enfants dans nos rues ?\n")
    titles = session_titles(doc_of(text, title="Les soirées du collectif"))
    assert titles == ["Un parking de plus, vraiment ?", "Les jardins partagés : où en est-on ?",
                      "Quelle place pour les enfants dans nos rues ?"]


def test_a_date_opening_a_sentence_makes_no_agenda():
    text = LEAD + ("Mardi 14 mars, le conseil de quartier a voté le budget.\n"
                   "Un parking de plus, vraiment ?\n"
                   "Jeudi 6 avril, nous avons planté des arbres.\n"
                   "Les jardins partagés : où en est-on ?\n")
    titles = session_titles(doc_of(text, title="Les soirées du collectif"))
    assert "Un parking de plus, vraiment ?" not in titles
    assert "Les jardins partagés : où en est-on ?" not in titles
