"""A title that is only a part's label and rank ("Séquence 2", "Session 1"): the label over the
sessions that follow, no session itself; a label followed by its own title stays. Made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

LEAD = "Journée des jardins partagés à Valbrune, jeudi 12 mars.\nProgramme\n"


def test_a_part_label_and_its_rank_alone_is_no_session():
    text = LEAD + ("9h00 Accueil des participants\n9h30 Séquence 2\n10h00 Les vergers de Trévanne, par Lucie Garnel\n"
                   "11h00 Séquence 3\n11h30 Le compost collectif, par Marc Delorme\n")
    titles = session_titles(doc_of(text, title="Journée des jardins partagés"))
    assert "Séquence 2" not in titles and "Séquence 3" not in titles
    assert "Les vergers de Trévanne" in titles and "Le compost collectif" in titles


def test_a_part_label_followed_by_its_own_title_stays():
    text = LEAD + ("9h30 Session 1 Regards sur les vergers de Trévanne\n"
                   "11h00 Session 2 Le compost collectif en ville\n")
    titles = session_titles(doc_of(text, title="Journée des jardins partagés"))
    assert any(t.endswith("Regards sur les vergers de Trévanne") for t in titles)
