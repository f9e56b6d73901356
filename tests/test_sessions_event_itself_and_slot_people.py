"""Sessions on made-up texts (names, places and events invented): the event itself
is no session of its programme, the people a long slot title ends on after a dash (a break-worded
slot naming them is a session), and a long numbered session line read up to its first sentence."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme import programme_rows
from pipelines.extract.programme_lines import parse_header
from pipelines.extract.session_event_itself import is_the_event
from pipelines.extract.session_slot_speakers import trailing_speakers


def rows_of(tmp_path: Path, text: str, event_name: str | None = None, name: str = "rencontre.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    return programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id, "name": event_name}])


def titles(rows: dict) -> list[str]:
    return [s["title"] for s in rows["sessions"]]


# =========================================================================== the event itself
REPORT = ("# Atelier de co-construction Haies Urbaines - Jardins Partagés\n\n"
          "Le 12 mars, les deux services ont réuni 40 participants pour construire ensemble leurs outils. "
          "Les échanges ont porté sur les données et les cartes.\n")


def test_the_event_as_the_only_session_is_none(tmp_path):
    assert titles(rows_of(tmp_path, REPORT, "Atelier de co-construction Haies Urbaines", "retour.md")) == []


def test_a_session_that_is_not_the_event_stays(tmp_path):
    # the same report for an event of another name: its title is a session as before
    assert titles(rows_of(tmp_path, REPORT, "Forum des jardins de Kerval", "retour.md")) == [
        "Atelier de co-construction Haies Urbaines - Jardins Partagés"]


def test_the_event_name_needs_two_content_words():
    assert is_the_event("Ce que le webinaire « Planter des haies » a montré", "Planter des haies")
    assert not is_the_event("Retour sur le forum", "Forum")
    assert not is_the_event("Planter des arbres", "Planter des haies")


def test_a_numbered_part_of_the_programme_naming_the_event_is_a_session():
    # a day on a plan whose workshops each take up a part of that plan
    assert not is_the_event("Atelier 2 : les jardins partagés dans le plan vert communal", "Plan vert communal")
    assert not is_the_event("Table ronde n° 1 - financer le plan vert communal", "Plan vert communal")
    assert is_the_event("Plan vert communal : ce qu'il faut retenir", "Plan vert communal")


PARTS = ("# Conférence Sols vivants et géodonnées\n\n"
         "Une conférence sur les sols vivants et les géodonnées.\n\n## Programme\n\n"
         "### Première partie : Sols vivants : vers une gestion des risques de mauvais usages\n\n"
         "Durée: 60 minutes.  \nRésumé: une heure sur les mesures.\n\n"
         "### Seconde partie : Les géodonnées : origine, évolution, enjeux\n\n"
         "Durée: 60 minutes  \nRésumé: une heure sur les usages.\n")


def test_the_page_title_naming_the_event_does_not_take_in_the_first_part(tmp_path):
    found = titles(rows_of(tmp_path, PARTS, "Conférence Sols vivants et géodonnées", "conference.md"))
    assert found == ["Première partie : Sols vivants : vers une gestion des risques de mauvais usages",
                     "Seconde partie : Les géodonnées : origine, évolution, enjeux"]


def test_without_the_event_name_the_title_takes_in_the_first_part(tmp_path):
    found = titles(rows_of(tmp_path, PARTS, "Forum des jardins de Kerval", "conference.md"))
    assert found == ["Conférence Sols vivants et géodonnées", "Seconde partie : Les géodonnées : origine, évolution, enjeux"]


# =========================================================================== breaks naming a speaker
TIMETABLE = ("Programme de la journée technique\n\n"
             "8h45      Accueil des participants\n\n"
             "9h15      Accueil et présentation de la politique des jardins et du plan vert de la Ville de Kerval - par Léa Morvan, "
             "première adjointe au maire de Kerval\n\n"
             "9h40      Les haies en ville : bilan de dix ans de plantations - par Paul Keradec, écologue, ABCD\n\n"
             "10h20     Les mares urbaines - par Inès Dalbret, cheffe de projet, Agence Verte\n\n"
             "12h00     Déjeuner offert par la Région\n")


def test_a_welcome_slot_that_names_its_speaker_is_a_session(tmp_path):
    found = titles(rows_of(tmp_path, TIMETABLE, "Journée technique des jardins"))
    assert any(t.startswith("Accueil et présentation de la politique des jardins") for t in found)
    assert not any(t.startswith(("Accueil des participants", "Déjeuner")) for t in found)


# =========================================================================== people after a dash
def test_the_people_a_long_slot_title_ends_on_after_a_dash():
    title = ("Les haies du bocage : bilan de dix ans d'efforts conduits par les villages et présentation "
             "du concours - par Léa Morvan et Paul Keradec, écologues, ABCD")
    items = trailing_speakers(title)
    assert [p.full for it in items for p in it.people] == ["Léa Morvan", "Paul Keradec"]
    # no dash before the cue: the title may go on ("menées par les communes"), nobody is read
    assert trailing_speakers("Les haies du bocage menées par Léa Morvan, écologue") == []
    assert trailing_speakers("Un long titre sur les haies - avec les élus du territoire") == []


def test_the_speakers_of_a_long_timed_title_are_linked(tmp_path):
    rows = rows_of(tmp_path, TIMETABLE.replace(
        "Les mares urbaines - par Inès Dalbret, cheffe de projet, Agence Verte",
        "Les mares urbaines et les noues : enjeux et exemples d'efforts conduits par des villages du bocage "
        "- par Inès Dalbret et Yves Tardif, écologues, Agence Verte"), "Journée technique des jardins")
    names = {s["full_name"] for s in rows["speakers"]}
    assert {"Inès Dalbret", "Yves Tardif"} <= names


# =========================================================================== long numbered lines
LONG = ("Atelier 2 : les jardins partagés : quelles expériences ont été menées par les communes sur des "
        "thèmes identifiés (eau, sol, compost, semences…), quelle méthode a été mise en œuvre ? Quels sont "
        "les résultats obtenus et les freins rencontrés par les équipes ?")


def test_a_long_numbered_session_line_is_read_up_to_its_first_sentence():
    assert len(LONG) > 240
    header = parse_header(LONG)
    assert header is not None and header.number == "2"
    assert header.title.startswith("Atelier 2 : les jardins partagés")


def test_a_long_line_without_a_number_is_no_session_line():
    assert parse_header(LONG.replace("Atelier 2 :", "Atelier :")) is None
    assert parse_header("Table ronde " + "sur la ville et ses jardins, " * 12) is None


# =========================================================================== timed entries naming the event
# a timed entry of the timetable is a part of the day even when its title holds every word of the
# event's name; an untimed line naming the event is still the event itself
TIMED = ("Journée des haies vives de Valbrune\n\n"
         "Programme\n\n"
         "9h30 | Accueil des participants\n"
         "10h | Conférence « Haies vives : un bocage à replanter » – Par Odile Marvent, suivie d'un échange\n"
         "11h | Visite du verger conservatoire\n"
         "14h | Conférence « Haies vives, des haies pour qui ? » Par Lucien Trévanne, écologue\n"
         "16h | Clôture\n")


def test_timed_entries_naming_the_event_are_sessions(tmp_path):
    found = titles(rows_of(tmp_path, TIMED, "Haies vives"))
    assert "Conférence « Haies vives : un bocage à replanter »" in found
    assert "Conférence « Haies vives, des haies pour qui ? »" in found


UNTIMED = ("# Haies vives : ce qu'il faut retenir\n\n"
           "Le 4 avril, la commune a réuni 50 habitants autour du bocage et des vergers.\n")


def test_an_untimed_title_naming_the_event_is_still_the_event(tmp_path):
    assert titles(rows_of(tmp_path, UNTIMED, "Haies vives", "retour.md")) == []
