"""A time alone on its line over its slot's short title closed by a full stop ("14 h 30" /
"Table ronde des élus."), the habit of a layout, on made-up text (names and places invented)."""

from __future__ import annotations

from .support import doc_of, session_titles

PROGRAMME = ("Journée des rivières du Valbrune\n"
             "Les syndicats de bassin réunissent élus et techniciens à Trévanne.\n"
             "Programme\n"
             "14 h 00\n"
             "Ouverture de la journée.\n"
             "Mme Odile Ferrandier (présidente du syndicat du Valbrune).\n"
             "14 h 20 - 15 h 00\n"
             "Regards croisés sur les crues.\n"
             "M. Bastien Lorival (hydrologue à l'agence de Trévanne).\n"
             "15 h 00 - 15 h 40\n"
             "Restaurer les berges du bassin.\n"
             "Mme Hélène Quéradec (technicienne de rivière).\n")


# ------------------------------------------------------------ a stopped title under its time
def test_short_titles_closed_by_a_full_stop_under_their_times_are_sessions(tmp_path):
    assert session_titles(doc_of(PROGRAMME)) == ["Ouverture de la journée", "Regards croisés sur les crues",
                                                 "Restaurer les berges du bassin"]


def test_a_sentence_under_a_time_or_a_single_stopped_line_is_no_title(tmp_path):
    # sentences under the times (a verb, lower-case words running on): descriptions, not titles
    told = PROGRAMME.replace("Regards croisés sur les crues.",
                             "Les participants rejoignent la salle du conseil et découvrent les cartes des crues passées.") \
                    .replace("Restaurer les berges du bassin.",
                             "Une visite des berges restaurées est proposée aux élus venus de tout le bassin versant.")
    assert "Ouverture de la journée" not in session_titles(doc_of(told))
    # one stopped line alone under a time is no habit of the layout
    once = "Programme\n14 h 00\nOuverture de la journée.\nMme Odile Ferrandier (présidente du syndicat).\n"
    assert session_titles(doc_of(once)) == []
