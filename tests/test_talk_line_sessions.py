"""A programme's list of talks written "• Prénom Nom : titre de l'intervention" gives its talks as
sessions, each titled by what follows the colon, a title the text flow wrapped onto the next line
read whole; one such line alone, or lines giving a role after the colon, give none (sessions.py,
``_fallback_sessions``; people_talk_lines.py, ``talk_line_titles``). Made-up text only."""

from __future__ import annotations

from pathlib import Path

from .support import written_column

PROGRAMME = ("Rencontre annuelle du réseau des haies\n\n"
             "Jeudi 25 janvier 2024\n\n"
             "Au programme :\n\n"
             "• Lucie Marteau : quel bilan pour le réseau des haies ?\n"
             "• Paul Rivière : les chantiers de plantation en Valbois\n"
             "• Anne Kerval : une année riche en financements et en\n"
             "  animations pour les communes\n")


def titles(tmp_path: Path, text: str) -> list[str]:
    return written_column(tmp_path, "programme.txt", text, "sessions", "title")


def test_the_talks_of_a_list_are_sessions(tmp_path):
    found = titles(tmp_path, PROGRAMME)
    assert found == ["quel bilan pour le réseau des haies ?", "les chantiers de plantation en Valbois",
                          "une année riche en financements et en animations pour les communes"]


def test_roles_after_the_colon_or_a_lone_talk_give_no_session(tmp_path):
    roles = (PROGRAMME.replace("quel bilan pour le réseau des haies ?", "directrice de l'agence de l'eau")
             .replace("les chantiers de plantation en Valbois", "maire de Valbois")
             .replace("une année riche en financements et en\n  animations pour les communes", "présidente du syndicat"))
    assert not any("directrice" in t or "maire" in t or "présidente" in t for t in titles(tmp_path, roles))
    lone = PROGRAMME.split("• Paul Rivière")[0]
    assert titles(tmp_path, lone) == []


def test_the_title_after_the_colon_is_no_role_of_the_speaker(tmp_path):
    names = written_column(tmp_path, "programme.txt", PROGRAMME, "speakers", "full_name")
    roles = written_column(tmp_path, "programme.txt", PROGRAMME, "speakers", "role")
    assert list(zip(names, roles)) == [
        ("Lucie Marteau", None), ("Paul Rivière", None), ("Anne Kerval", None)]


TITLES_OVER_SPEAKERS = ("Colloque régional santé et environnement 2031\n\n"
                        "Mercredi 21 juin 2031, 14h00 - 16h45\n\n"
                        "1ère partie – Interventions\n\n"
                        "  • Comment le projet européen peut-il appuyer les politiques locales ?\n"
                        "    Lucie Marteau, Agence régionale de santé\n"
                        "  • Les pathologies liées aux perturbateurs : premiers résultats\n"
                        "    Paul Rivière, Observatoire de Valbois\n")


def test_a_list_of_titles_each_over_who_gives_it(tmp_path):
    # "• Titre" / "Prénom Nom, Organisation": each item a talk, its last line its speaker
    found = titles(tmp_path, TITLES_OVER_SPEAKERS)
    assert "Comment le projet européen peut-il appuyer les politiques locales ?" in found
    assert "Les pathologies liées aux perturbateurs : premiers résultats" in found
    links = written_column(tmp_path, "programme.txt", TITLES_OVER_SPEAKERS, "session_speakers", "speaker_id")
    assert sorted(links) == ["marteau-lucie", "riviere-paul"]
    # a document that names no event still gives them as speakers
    page = TITLES_OVER_SPEAKERS.replace("Colloque régional santé et environnement 2031\n\n", "").replace(
        "Mercredi 21 juin 2031, 14h00 - 16h45\n\n", "")
    assert sorted(written_column(tmp_path, "page.txt", page, "speakers", "full_name")) == ["Lucie Marteau", "Paul Rivière"]
    # one such item alone is no list of talks
    lone = TITLES_OVER_SPEAKERS.split("  • Les pathologies")[0]
    assert written_column(tmp_path, "lone.txt", lone, "session_speakers", "speaker_id") == []


ACADEMIC = ("Journées d'étude des doctorants de Valbrune 2031\n\n"
            "11 mai 2031 - 9h30-17h\n\n"
            "9h30 Ouverture\n\n"
            "9h40 MARTEAU Lucie.“Les haies du bocage, du XIe au XIIe siècle : un outil de pouvoir.”\n\n"
            "10h RIVIÈRE Paul.“Violences seigneuriales en Valbois entre le XIe et le XIIIe siècle.”\n\n"
            "10h30 Pause.\n\n"
            "10h45 Anne Kerval (Université de Valbrune), « Les bijoux du duc : étude typologique »\n")


def test_the_speaker_written_first_and_the_talks_title_quoted(tmp_path):
    # "9h40 NOM Prénom.“Titre.”": the speaker, then the talk's title in quotes
    found = titles(tmp_path, ACADEMIC)
    assert "Les haies du bocage, du XIe au XIIe siècle : un outil de pouvoir" in found
    assert "Les bijoux du duc : étude typologique" in found
    names = written_column(tmp_path, "programme.txt", ACADEMIC, "speakers", "full_name")
    assert {"MARTEAU Lucie", "RIVIÈRE Paul", "Anne Kerval"} <= set(names)


def test_the_speakers_named_after_the_titles_last_full_stop(tmp_path):
    text = ("Journée d'étude des annuaires de Valbrune 2031\n\n"
            "Jeudi 10 novembre 2031, 09h30-17h30\n\n"
            "09h30. Ouverture de la journée\n\n"
            "10h40. Localisation, adresses et numérotations anciennes. Lucie Marteau, Paul Rivière et Anne Kerval.\n\n"
            "11h00. Les cartes du commerce au XIXe siècle. Hugo Lenoir (Archives de Valbrune)\n\n"
            "11h20. Les registres de la ville. Corpus, extraction.\n")
    found = titles(tmp_path, text)
    assert "Localisation, adresses et numérotations anciennes" in found
    assert "Les cartes du commerce au XIXe siècle" in found
    # the last sentence names no one: the title stays whole
    assert "Les registres de la ville. Corpus, extraction" in found
    names = written_column(tmp_path, "programme.txt", text, "speakers", "full_name")
    assert {"Lucie Marteau", "Paul Rivière", "Anne Kerval", "Hugo Lenoir"} <= set(names)


def test_a_talks_length_in_brackets_is_no_part_of_its_title(tmp_path):
    text = ("Rencontres techniques de Valbrune 2031\n\nLes rencontres auront lieu le 14 octobre 2031.\n\n"
            "Au programme :\n\n"
            "- Présentation de l'API et des interfaçages existants (10 min)\n"
            "- Flux des randonnées vers la base régionale (30 minutes)\n"
            "- Schéma de données des itinéraires (1h30)\n")
    assert titles(tmp_path, text) == ["Présentation de l'API et des interfaçages existants",
                                      "Flux des randonnées vers la base régionale", "Schéma de données des itinéraires"]


def test_a_programme_of_the_afternoon_announces_its_list(tmp_path):
    # "Au programme de l'après-midi :": the elided article does not hide the part of the day
    text = ("Rencontres techniques de Valbrune 2031\n\nLes rencontres auront lieu le 14 octobre 2031.\n\n"
            "Au programme de l'après-midi :\n\n- Présentation de l'API régionale\n- Flux des randonnées vers la base\n"
            "- Schéma de données des itinéraires\n")
    assert titles(tmp_path, text) == ["Présentation de l'API régionale", "Flux des randonnées vers la base",
                                      "Schéma de données des itinéraires"]


def test_a_speakers_name_alone_under_a_talk_is_no_session(tmp_path):
    # a conference page: the talk's time and title, its description, then its speaker's name alone
    text = ("Conférence Valbrune Web 2031\n\nLa conférence aura lieu le 29 mai 2031.\n\nAu programme :\n\n"
            "- Voir le Web comme un espace\n- Lucie Marteau\n- Histoire de l'art des algorithmes\n- Paul Rivière\n"
            "- Atlas Culture\n")
    found = titles(tmp_path, text)
    assert "Lucie Marteau" not in found and "Paul Rivière" not in found
    assert {"Voir le Web comme un espace", "Histoire de l'art des algorithmes", "Atlas Culture"} <= set(found)


LINES = ("Journée des campagnes de Valbois\n\n"
         "Jeudi 25 janvier 2024\n\n"
         "Les haies du bocage de Valbois\n"
         "Paule Rivière, maire de Kerval, vice-présidente de la communauté de communes.\n"
         "Restaurer sans trahir : quelles méthodes ?\n"
         "Anne Marteau, restauratrice, Atelier des Tilleuls.\n"
         "Planter ou tailler : le soin des vergers\n"
         "Louis Berger, conservateur, Musée de Valbois.\n")


def test_talks_written_as_a_title_line_over_its_speaker_line(tmp_path):
    # round 342: a plain title line, then the line of who gives the talk with a role or an
    # organisation, twice at least
    assert titles(tmp_path, LINES) == ["Les haies du bocage de Valbois", "Restaurer sans trahir : quelles méthodes ?",
                                       "Planter ou tailler : le soin des vergers"]


def test_a_speakers_line_wrapped_onto_the_next_is_no_talk(tmp_path):
    # a speaker's line left with a trailing blank goes on over the next line: that next line is
    # the end of its role, no talk's title
    text = LINES + ("\nTable ronde des élus\n"
                    "• Paule Rivière, adjointe au maire en charge du patrimoine et référente \n\n"
                    "Culture - Ville de Kerval\n"
                    "• Louis Berger, président - Amis de Valbois\n")
    from pipelines.extract.people_talk_lines import talks_over_speaker_lines
    from pipelines.extract.programme_reader import _Reader
    from .support import doc_of
    talks = [t[0] for t in talks_over_speaker_lines(_Reader(doc_of(text)))]
    assert "Table ronde des élus" in talks and "Culture - Ville de Kerval" not in talks
