"""A programme that parts each slot's time from its title with an arrow or a triangle ("10h15 ►
Titre", "14h → Atelier") is a timetable like one written with a dash. Made-up text only."""

from pipelines.extract.programme_timetable import slot_of

from .support import doc_of, sessions


def titles(text: str, title: str | None = None) -> list[str]:
    """The titles of the sessions read in ``text``."""
    return [t for _, t in sessions(doc_of(text, title))]

PROGRAMME = ("Journée régionale des cantines\nMardi 12 mars 2030 - de 9h30 à 17h\n"
             "10h15 ► État des lieux des cantines du département\n"
             "Intervenant : Léa Brun (chargée de mission)\n"
             "11h00 ► Les achats groupés : retours d'expérience\n"
             "14h30-16h ► Ateliers\n")


def test_an_arrow_after_the_time_parts_it_from_the_title():
    for arrow in ("►", "▶", "→", "➔"):
        assert slot_of(f"10h15 {arrow} État des lieux")[1] == "État des lieux", arrow


def test_a_programme_timed_with_arrows_gives_its_sessions():
    assert sessions(doc_of(PROGRAMME)) == [
        ("other", "État des lieux des cantines du département"),
        ("other", "Les achats groupés : retours d'expérience"),
        ("workshop", "Ateliers")]


def test_slots_behind_a_chevron_bullet_are_a_timetable():
    # a web page's arrow bullets, exported as ">" before each slot
    chevrons = PROGRAMME.replace("10h15 ► ", "> 10h15 ").replace("11h00 ► ", "> 11h00 ").replace("14h30-16h ► ", "> 14h30-16h ")
    assert sessions(doc_of(chevrons)) == [
        ("other", "État des lieux des cantines du département"),
        ("other", "Les achats groupés : retours d'expérience"),
        ("workshop", "Ateliers")]


def test_a_slots_room_in_brackets_after_its_time_is_no_part_of_its_title():
    assert slot_of("9h25–10h40 (Salle des Fêtes) – Forum interactif")[1] == "Forum interactif"
    # a bracket opening with a number is no room: "(30 min)" stays unread as a slot
    assert slot_of("9h30 (30 min) Accueil des participants") is None
    rooms = ("Le programme\n"
             "- 9h25–10h40 (Salle des Fêtes) – Forum interactif sur les diasporas\n"
             "- 10h45–11h35 (Salle des Fêtes) – Table ronde 1 sur la culture\n"
             "- 12h00–12h30 (Salle des Fêtes) – Clôture de la matinée\n")
    assert titles(rooms) == [
        "Forum interactif sur les diasporas", "Table ronde 1 sur la culture", "Clôture de la matinée"]


def test_a_series_sessions_dated_before_their_time_in_brackets():
    series = ("Programme\n"
              "Vendredi 8 mars (13h – 14h) : café sur les études de potentiel\n"
              "Avec Léa Brun (Agglomération de Valbrune).\n"
              "Vendredi 15 mars (13h – 14h) : café sensibilisation et accompagnement\n"
              "Avec Paul Durand (Métropole de Valbois).\n"
              "Vendredi 22 mars (13h – 14h) : café financement\n"
              "Avec Marc Petit (Agence de l'eau).\n")
    assert titles(series, "Rencontre des animateurs de Valbrune : les cafés du réseau") == [
        "café sur les études de potentiel", "café sensibilisation et accompagnement", "café financement"]
    # a date with its year and no time in brackets opens no slot
    assert slot_of("Vendredi 8 mars 2024 : café") is None


def test_a_title_over_its_day_and_time():
    talks = ("Conférences tech\n\n"
             "- Le virage cloud dans l'État\nLundi 29 novembre 2021, 17h-17h30\n"
             "- Vers un numérique écoresponsable\nLundi 29 novembre 2021, 17h30-18h\n"
             "- Le réseau interministériel de l'État\nLundi 29 novembre 2021, 18h-18h30\n")
    assert titles(talks, "Le Forum de l'emploi tech de Valbrune 2021") == [
        "Le virage cloud dans l'État", "Vers un numérique écoresponsable", "Le réseau interministériel de l'État"]


def test_a_long_title_or_one_with_its_subtitle_over_its_day_and_time():
    # a title longer than a heading, or with a subtitle after its colon, is still the slot's; a
    # day in lower case below it is its time, not the rest of the title
    talks = ("Présentations des services\n\n"
             "- Le service des archives : missions, projets et métiers qui recrutent\nvendredi 3 décembre, 17h00-17h30\n"
             "- La mutualisation des achats de la région, et si on allait plus loin ensemble ?\nlundi 6 décembre, 17h00-17h30\n"
             "- Un métier de la donnée, un projet au service des habitants\nmardi 7 décembre, 17h00-17h30\n")
    assert titles(talks, "Le Forum de l'emploi public de Valbrune 2021") == [
        "Le service des archives : missions, projets et métiers qui recrutent",
        "La mutualisation des achats de la région, et si on allait plus loin ensemble ?",
        "Un métier de la donnée, un projet au service des habitants"]
