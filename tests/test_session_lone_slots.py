"""Timed lines that are sessions however few, and a timed session word titled by the first
sentence of its description, on made-up text (names and places invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.programme_timetable import slot_of
from pipelines.extract.session_credited_slots import credited_timed_lines
from pipelines.extract.session_lead_titles import lead_sentence_title


def _reader(tmp_path: Path, text: str) -> _Reader:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return _Reader(read_document(SourceEntry(id=path.stem, file=path.name, path=path)))


def lone(tmp_path: Path, text: str) -> list[str]:
    return [title for title, _, _, _ in credited_timed_lines(_reader(tmp_path, text))]


SEMINAR = ("Rencontre des communes forestières du Valbois\n"
           "Lundi 3 mars\n"
           "9h45 Ouverture de la rencontre, par Lucie MARTEAU, maire de Valbois, présidente du syndicat des\n"
           "communes forestières.\n"
           "THÈME DE LA MATINÉE :\n"
           "Comment gérer la forêt communale quand le climat change ?\n")


# ------------------------------------------------------------ a timed line crediting its speaker
def test_a_lone_timed_line_crediting_a_speaker_is_a_session(tmp_path):
    assert lone(tmp_path, SEMINAR) == ["Ouverture de la rencontre"]
    assert lone(tmp_path, SEMINAR.replace(", par Lucie", ", présentée par Lucie")) == ["Ouverture de la rencontre"]


def test_a_timed_line_without_a_person_after_par_is_none(tmp_path):
    # "par" then no person's name: a means, not a speaker
    assert lone(tmp_path, SEMINAR.replace("par Lucie MARTEAU, maire", "par visioconférence, maire")) == []
    # no comma before the credit: the line is not cut into a title and a credit
    assert lone(tmp_path, SEMINAR.replace("rencontre, par", "rencontre par")) == []
    # a break stays a break whoever names it
    assert lone(tmp_path, "12h30 Déjeuner, par Paul ROUX, traiteur\n") == []


# ------------------------------------------------------------ a session given at two times
TWICE = ("L'après-midi, l'association propose un atelier court, en deux sessions successives.\n\n"
         "14h-15h ou 16h-17h : Partager l'eau entre voisins de vallée\n\n"
         "Les communes de l'amont et de l'aval se rencontrent pour parler de leurs captages.\n")


def test_a_slot_given_at_two_times_is_one_session(tmp_path):
    assert slot_of("14h-15h ou 16h-17h : Partager l'eau") == (21, "Partager l'eau", [])
    assert lone(tmp_path, TWICE) == ["Partager l'eau entre voisins de vallée"]


def test_one_time_or_a_sentence_is_no_slot_given_twice(tmp_path):
    assert lone(tmp_path, TWICE.replace("14h-15h ou 16h-17h", "14h-15h")) == []
    assert lone(tmp_path, TWICE.replace("de vallée\n", "de vallée.\n")) == []
    assert lone(tmp_path, "10h ou 11h : Pause\n") == []


# ------------------------------------------------------------ the first sentence as the title
def test_the_first_sentence_titles_a_timed_session_word():
    assert lead_sentence_title("Les haies du bocage : quel avenir ? Depuis vingt ans, les communes replantent.") \
        == "Les haies du bocage : quel avenir ?"
    assert lead_sentence_title("Les haies du bocage : un patrimoine commun. Depuis vingt ans, les communes replantent.") \
        == "Les haies du bocage : un patrimoine commun"
    assert lead_sentence_title("Comment replanter les haies du bocage ? Exemples de trois communes.") \
        == "Comment replanter les haies du bocage ?"


def test_a_sentence_of_prose_is_no_title():
    assert lead_sentence_title("Les communes replantent des haies depuis vingt ans. Le syndicat les aide.") is None
    assert lead_sentence_title("les haies : quel avenir ? Depuis vingt ans.") is None
    assert lead_sentence_title("Une longue phrase de description qui parle de beaucoup de choses différentes avant "
                               "de poser enfin sa question : que faire des haies du bocage et des chemins creux "
                               "de nos campagnes ?") is None


PROGRAMME = ("Jeudi 6 juin\n"
             "9h30-10h Ouverture\n"
             "10h-11h30 Table ronde\n"
             "Les haies du bocage : quel avenir pour nos campagnes ? Depuis vingt ans, les communes du Valbois "
             "replantent des haies avec les agriculteurs et les écoles, et tirent un premier bilan de ces chantiers.\n"
             "11h30-12h30 Plénière\n"
             "Nous accueillerons les élus de la région pour une présentation des aides de l'année aux communes.\n"
             "12h30 Déjeuner\n")


def test_a_timetable_slot_takes_its_title_from_the_description(tmp_path):
    titles = {o.title for o in _reader(tmp_path, PROGRAMME).occurrences() if o.title}
    assert "Table ronde Les haies du bocage : quel avenir pour nos campagnes ?" in titles
    # a description opened by a sentence of prose gives no title: the slot keeps its word alone
    assert "Plénière" in titles
