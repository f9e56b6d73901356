"""Sessions of programmes written in the usual French layouts, one rule per test, on made-up
texts (names, places and titles invented): a time alone next to its title, a list announced as
sessions of one type, a group slot above its sessions, the programme of one session, a talk's
slide deck, a timetable a PDF read column by column, the titles in capitals of a poster, and
sessions named in prose."""

from __future__ import annotations

from pipelines.document import Document

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.programme import programme_rows
from pipelines.extract.programme_announced import group_kind
from pipelines.extract.programme_timetable import is_break
from pipelines.extract.session_deck import deck_talk
from pipelines.extract.session_prose import _prose_sessions

from .support import deck_doc, sessions, written_doc as read


# =========================================================================== timetables
def test_a_time_alone_takes_the_title_written_against_it(tmp_path):
    # a short line above and below every time: the title is the one without a blank line between
    doc = read(tmp_path, "colloque.txt", (
        "Colloque de Valbrune\n\n"
        "9h30\nOuverture officielle\n\n"
        "10h00\nTable ronde : territoires et climat\n\n"
        "11h30\nAtelier : les jardins partagés\n\n"
        "12h30\nDéjeuner\n"))
    assert sessions(doc) == [("other", "Ouverture officielle"),
                             ("round_table", "Table ronde : territoires et climat"),
                             ("workshop", "Atelier : les jardins partagés")]


def test_a_slot_naming_sessions_in_the_plural_groups_the_sessions_below_it(tmp_path):
    doc = read(tmp_path, "journee.txt", (
        "Programme\n\n"
        "9h00 – 9h30 Ouverture par la présidente\n"
        "9h30 – 10h30 Plénière : l'état des lieux\n"
        "10h30 – 12h00 Ateliers en parallèle\n"
        "Atelier A : l'eau\n"
        "Atelier B : l'énergie\n"
        "14h00 – 15h30 Table ronde : les solutions\n"))
    assert [t for _, t in sessions(doc)] == ["Ouverture par la présidente", "Plénière : l'état des lieux",
                                             "Atelier A : l'eau", "Atelier B : l'énergie",
                                             "Table ronde : les solutions"]


def test_a_plural_slot_with_no_session_below_is_kept():
    assert group_kind("Ateliers en parallèle") == "workshop"
    assert group_kind("3 tables rondes simultanées") == "round_table"
    assert group_kind("Atelier A : l'eau") is None


def test_a_timetable_read_column_by_column(tmp_path):
    # times on one line, then the column of titles (one cut over two lines), then the speakers
    doc = read(tmp_path, "fete.txt", (
        "Programme des conférences\n\n"
        "Horaires\n\n"
        "9h00 9h45 10h30 14h15\n\n"
        "Sujet\n\n"
        "Les cartes libres en pratique\n\n"
        "Un atelier de soudure pour\n"
        "débutants\n"
        "Les robots du lycée\n\n"
        "Concours de robots Kerval\n\n"
        "Présentateur\n\n"
        "Léa BRUN\n\n"
        "Paul DROU\n"))
    assert [t for _, t in sessions(doc)] == ["Les cartes libres en pratique",
                                             "Un atelier de soudure pour débutants",
                                             "Les robots du lycée", "Concours de robots Kerval"]


def test_a_column_with_fewer_titles_than_times_is_no_timetable(tmp_path):
    doc = read(tmp_path, "fete.txt", (
        "Horaires\n\n9h00 9h45 10h30 14h15\n\nSujet\n\n"
        "Les cartes libres en pratique\n\nLes robots du lycée\n\nPrésentateur\n\nLéa BRUN\n"))
    assert sessions(doc) == []


def test_a_session_word_alone_in_a_timetable_is_a_session_each_time(tmp_path):
    doc = read(tmp_path, "programme.txt", (
        "Programme\n\n09h00 Accueil\n10h00 Table ronde\n11h30 Atelier\n14h00 Table ronde\n16h00 Clôture\n"))
    assert sessions(doc) == [("round_table", "Table ronde"), ("workshop", "Atelier"),
                             ("round_table", "Table ronde"), ("other", "Clôture")]


def test_the_headings_of_days_do_not_end_a_timetable(tmp_path):
    doc = read(tmp_path, "assises.md", (
        "# Assises de l'eau\n\n## Mardi 4 juin\n\n### Matin\n\n9h30 - Plénière : l'état de la ressource\n\n"
        "### Après-midi\n\n14h00 - Atelier 1 : la réutilisation\n16h00 - Table ronde : financer les réseaux\n\n"
        "## Mercredi 5 juin\n\n9h30 - Visite de la station d'épuration\n"))
    assert [t for _, t in sessions(doc)][-1] == "Visite de la station d'épuration"
    assert len(sessions(doc)) == 4


def test_a_heading_that_is_no_day_still_ends_a_timetable(tmp_path):
    doc = read(tmp_path, "assises.md", (
        "# Assises\n\n9h30 - Plénière : l'eau\n14h00 - Atelier 1 : la réutilisation\n"
        "16h00 - Table ronde : les réseaux\n\n## Informations pratiques\n\n18h00 - Fermeture des portes\n"))
    assert "Fermeture des portes" not in [t for _, t in sessions(doc)]


def test_a_programme_of_this_webinar_lists_its_sessions(tmp_path):
    doc = read(tmp_path, "webinaire.md", (
        "# Webinaire eau\n\nAu programme de ce webinaire :\n\n"
        "- Le cadre réglementaire de la réutilisation\n- Retour d'expérience de la commune de Kerval\n"
        "- Échanges avec les participants\n"))
    assert [t for _, t in sessions(doc)] == ["Le cadre réglementaire de la réutilisation",
                                             "Retour d'expérience de la commune de Kerval",
                                             "Échanges avec les participants"]


def test_a_social_moment_is_no_session():
    assert is_break("Soirée au château de Kerval")
    assert is_break("Réception à l'hôtel de ville")
    assert not is_break("Soirée-débat : le climat en ville")
    assert not is_break("Table ronde : les soirées d'été")


def test_a_session_word_and_number_alone_take_the_title_below(tmp_path):
    doc = read(tmp_path, "colloque.txt", (
        "Colloque des communes\n\n"
        "14h15\nTable ronde n°3\nLes jardins partagés, une affaire de voisins\n"
        "Face à une demande croissante, les communes sont en première ligne.\n\n"
        "15h15\nTable ronde n°4\nLes pistes cyclables dans\nles bourgs de moins de 2 000 habitants ?\n"
        "Les projets alimentaires visent à concilier plusieurs enjeux.\n"))
    assert [t for _, t in sessions(doc)] == [
        "Table ronde n°3 Les jardins partagés, une affaire de voisins",
        "Table ronde n°4 Les pistes cyclables dans les bourgs de moins de 2 000 habitants ?"]


def test_a_session_word_and_number_in_lower_case_take_the_question_a_blank_line_below(tmp_path):
    doc = read(tmp_path, "rencontres.txt", (
        "Rencontres des conseils de développement de Valbrune\n\n"
        "atelier 1\n\nComment associer les entreprises du territoire aux démarches de concertation et de coproduction ?\n\n"
        "Intervenants :\n- Léa BRUN, directrice de l'Agence X\n\n"
        "atelier 2\n\nLes services publics en milieu rural\n\n"
        "Intervenants :\n- Paul DROU, président du Conseil de développement\n"))
    assert [t for _, t in sessions(doc)] == [
        "atelier 1 Comment associer les entreprises du territoire aux démarches de concertation et de coproduction ?",
        "atelier 2 Les services publics en milieu rural"]


def test_a_label_or_a_person_below_a_numbered_session_is_not_its_title(tmp_path):
    doc = read(tmp_path, "ateliers.txt", (
        "ATELIER 1\nIntervenants :\nLéa BRUN, maire de Kerval\n\n"
        "ATELIER 2\nPaul DROU, Agence X\n"))
    assert [t for _, t in sessions(doc)] == ["ATELIER 1", "ATELIER 2"]


# =========================================================================== announced lists
def test_a_list_announced_as_sessions_of_one_type(tmp_path):
    doc = read(tmp_path, "journee.md", (
        "# Journée des territoires\n\n## Au programme\n\n"
        "Des tables rondes :\nTrois tables rondes au choix, dans l'ordre :\n\n"
        "- Renforcer la coopération entre communes\n"
        "- Les données au service de l'action publique\n"
        "- La sobriété dans les bâtiments publics\n\n"
        "Des ateliers :\n\n- Financer la rénovation\n- Mobiliser les habitants\n"))
    assert sessions(doc) == [("round_table", "Renforcer la coopération entre communes"),
                             ("round_table", "Les données au service de l'action publique"),
                             ("round_table", "La sobriété dans les bâtiments publics"),
                             ("workshop", "Financer la rénovation"),
                             ("workshop", "Mobiliser les habitants")]


def test_a_list_under_a_plural_of_no_session_type_is_not_announced(tmp_path):
    # "Des conférences" may list anything: no type is announced; people are no sessions either
    doc = read(tmp_path, "journee.md", (
        "# Journée des territoires\n\nDes exposants :\n\n- Agence Kerval\n- Ville de Brémont\n\n"
        "Des tables rondes :\n\n- Léa BRUN, maire de Kerval\n- Paul DROU, Agence X\n"))
    assert sessions(doc) == []


def test_a_counted_announcement_written_as_an_item_opens_its_own_list(tmp_path):
    # "- 2 ateliers :" then the workshops as items of the same flat list, a quoted title, a
    # title in lower case: the announcement says they are sessions
    doc = read(tmp_path, "rencontre.txt", (
        "La rencontre se tiendra à Brémont.\nAu menu :\n- 2 ateliers :\n"
        "- « Les cantines de demain », avec des cuisiniers ;\n- la rénovation des écoles ;\n"))
    assert sessions(doc) == [("workshop", "Les cantines de demain"), ("workshop", "la rénovation des écoles")]


def test_an_item_ending_with_a_colon_that_names_no_sessions_announces_nothing(tmp_path):
    doc = read(tmp_path, "rencontre.txt", (
        "La rencontre se tiendra à Brémont.\nAu menu :\n- 2 visites :\n"
        "- « Les cantines de demain », avec des cuisiniers ;\n- la rénovation des écoles ;\n"))
    assert sessions(doc) == []


def test_the_programme_of_one_session_titles_it(tmp_path):
    doc = read(tmp_path, "table-ronde.md", (
        "## Programme de l'atelier\n\n"
        "Le vélo dans les petites villes\n\n"
        "Les communes rurales cherchent à développer le vélo. Cet atelier fera le point.\n\n"
        "## Intervenants\n\nLéa BRUN, cheffe de projet, Ville de Valbrune\n"))
    assert sessions(doc) == [("workshop", "Le vélo dans les petites villes")]


def test_the_programme_of_one_session_needs_a_title_not_a_sentence(tmp_path):
    doc = read(tmp_path, "table-ronde.md", (
        "## Programme de l'atelier\n\n"
        "Les communes rurales cherchent à développer le vélo.\n"))
    assert sessions(doc) == []


# =========================================================================== slide decks
def test_a_talks_deck_gives_its_title_as_the_session():
    doc = deck_doc(["Webinaire des Communes - Kerval\n\nMesurer la qualité des données\n\nLéa Brunel - Agence X - 2021-03-04",
                "Pourquoi mesurer ?\n\n• Des données fiables", "Merci !"])
    assert deck_talk(doc) == [("Mesurer la qualité des données", doc.text.index("Mesurer"), len(doc.text))]


def test_the_person_on_a_talks_title_slide_is_its_speaker_and_the_voice_of_its_figures():
    doc = deck_doc(["Webinaire des Communes - Kerval\n\nMesurer la qualité des données\n\nLéa Brunel - Agence X - 2021-03-04",
                "Notre méthode\n\nNous avons contrôlé 40 jeux de données de la commune.",
                "Merci !"])
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert [(s["full_name"], s["organization"]) for s in rows["speakers"]] == [("Léa Brunel", "Agence X")]
    assert [link["session_id"] for link in rows["session_speakers"]] == [rows["sessions"][0]["session_id"]]
    figures = cited_figure_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}], rows)
    assert [(f["value"], f["speaker_id"]) for f in figures] == [(40, rows["speakers"][0]["speaker_id"])]


def test_a_deck_with_several_speakers_or_no_speaker_is_no_talk():
    several = deck_doc(["Journée Kerval\n\nLa sobriété\n\nLéa Brunel\n\nPaul Drouet", "p. 2", "p. 3"])
    nobody = deck_doc(["Journée Kerval\n\nLa sobriété en pratique", "p. 2", "p. 3"])
    short = deck_doc(["Journée Kerval\n\nLa sobriété\n\nLéa Brunel", "p. 2"])
    assert deck_talk(several) == deck_talk(nobody) == deck_talk(short) == []


# =========================================================================== posters
def test_titles_in_capitals_with_their_subtitles_are_sessions(tmp_path):
    doc = read(tmp_path, "affiche.txt", (
        "Journée portes ouvertes du 3 mai\n\nATELIERS\n\nComment réparer son vélo ?\n\n"
        "VISITE\n\nLe chantier du tram\n\nDu 4 au 10 mai\n\nEXPOSITION\n\nLes photos des habitants\n\n"
        "Inscription obligatoire.\n"))
    assert [t for _, t in sessions(doc)] == ["ATELIERS", "VISITE", "EXPOSITION"]


def test_headings_in_capitals_over_paragraphs_are_no_poster(tmp_path):
    doc = read(tmp_path, "rapport.txt", (
        "RAPPORT ANNUEL\n\nUne année de projets\n\nBILAN\n\nLes comptes sont équilibrés depuis trois ans et "
        "le conseil a voté le budget.\n\nPERSPECTIVES\n\nNous allons ouvrir deux antennes.\n"))
    assert sessions(doc) == []


# =========================================================================== prose
def test_a_numbered_sequence_named_in_prose(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "Rencontre des élus à Kerbrat\n\nAprès le repas, la deuxième partie portera sur "
        "« La coopération entre petites communes ». Un vote clora la journée.\n"))
    assert [(t, k) for t, _, _, k in _prose_sessions(doc)] == [("La coopération entre petites communes", "other")]


def test_quoted_titles_after_a_clock_time_in_a_preview(tmp_path):
    # a preview written in prose: the time, then the quoted title as the subject of "abordera", "traitera"
    doc = read(tmp_path, "article.txt", (
        "Salon des jardins de Kerbrat\n\nÀ 10 heures, « Les haies en ville » abordera la plantation des "
        "bocages. À 14h30, « Composter au pied des immeubles » traitera des déchets verts.\n"))
    assert [(t, k) for t, _, _, k in _prose_sessions(doc)] == [("Les haies en ville", "other"),
                                                                ("Composter au pied des immeubles", "other")]
    # a quoted phrase after a time that is not the subject of such a verb is someone's words
    doc = read(tmp_path, "article2.txt", (
        "Salon des jardins de Kerbrat\n\nÀ 10 heures, « Les haies en ville » a lancé le maire en riant.\n"))
    assert _prose_sessions(doc) == []


def test_a_sequence_without_an_ordinal_is_no_session(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "La séquence portera sur « La coopération entre petites communes » selon les organisateurs.\n"))
    assert _prose_sessions(doc) == []


def test_a_session_word_then_sur_and_a_quoted_title(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "Forum de l'eau\n\nUne table ronde sur « Les fuites dans les réseaux » a ouvert la journée.\n"))
    assert [(t, k) for t, _, _, k in _prose_sessions(doc)] == [("Les fuites dans les réseaux", "round_table")]


def test_sur_names_a_title_only_right_after_the_session_word(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "Le débat animé hier soir sur « La place des communes » a passionné la salle.\n"))
    assert _prose_sessions(doc) == []


def test_a_time_alone_above_the_end_of_its_slot_has_no_title_of_its_own(tmp_path):
    # "09h00" / "– 09h20 – Title": the slot's start, then its end and its title on the next line
    doc = read(tmp_path, "journee.txt", (
        "Journée des communes de Valbrune\n"
        "Salle des fêtes de Valbrune\n"
        "09h00\n– 09h20 – Mot d'accueil de Jeanne MARTIN,\n"
        "Maire de Valbrune et Présidente du Syndicat des Eaux\n"
        "09h20\n– 09h50 – Conférence sur les forêts communales\n"
        "09h50\n– 10h30 – Atelier sur les haies\n"))
    titles = [t for _, t in sessions(doc)]
    assert "Salle des fêtes de Valbrune" not in titles
    assert "Maire de Valbrune et Présidente du Syndicat des Eaux" not in titles
    assert "Atelier sur les haies" in titles
    # a time alone with its title on the next line is untouched
    doc = read(tmp_path, "autre.txt", "Forum de Valbrune\n\n9h30\nOuverture officielle\n\n10h00\nAtelier : les haies\n\n"
                                     "11h30\nConférence : les forêts\n")
    assert [t for _, t in sessions(doc)] == ["Ouverture officielle", "Atelier : les haies", "Conférence : les forêts"]


def test_the_end_of_a_role_cut_after_a_connective_is_no_title_of_a_time_alone(tmp_path):
    text = ("Journée des communes de Valbrune\n\n"
            "09h00 - Mot d'accueil de Jeanne MARTIN, Maire de Valbrune, Présidente de\n"
            "Syndicat des Eaux, Présidente du Parc Régional\n"
            "10H00-12H00\nTable ronde : les forêts communales\n"
            "12h00\nDéjeuner\n"
            "13h00\nAtelier : les haies\n"
            "14h00\nConférence : les jardins\n")
    titles = [t for _, t in sessions(read(tmp_path, "journee.txt", text))]
    assert "Syndicat des Eaux, Présidente du Parc Régional" not in titles
    assert "Table ronde : les forêts communales" in titles


def test_a_numbered_plateau_is_a_round_table_and_its_title_may_run_below(tmp_path):
    text = ("Congrès des communes de Valbrune\n\n"
            "09h45 – 10h25\nPlateau\n1 : Les communes au service des habitants\n"
            "10h25 – 11h05\nPlateau 2 :\nForêts communales : 1 200 hectares à entretenir\n"
            "11h05 – 11h45\nPlateau 3 : Les haies\net les bosquets de nos bourgs\n"
            "11h45 – 12h30\nRemise des prix\n")
    assert sessions(read(tmp_path, "congres.txt", text)) == [
        ("round_table", "Plateau 1 : Les communes au service des habitants"),
        ("round_table", "Plateau 2 : Forêts communales : 1 200 hectares à entretenir"),
        ("round_table", "Plateau 3 : Les haies et les bosquets de nos bourgs"),
        ("other", "Remise des prix")]


def test_a_plateau_without_a_number_or_a_sentence_below_is_not_continued(tmp_path):
    text = ("Congrès des communes de Valbrune\n\n"
            "09h45\nPlateau technique de la cuisine centrale\n"
            "10h25\nAtelier 2 : Les haies.\nles bosquets sont vus ensuite\n"
            "11h05\nTable ronde 3 :\nAnimée par Jeanne Martin, maire de Valbrune\n")
    titles = [t for _, t in sessions(read(tmp_path, "congres2.txt", text))]
    assert "Atelier 2 : Les haies." in titles or "Atelier 2 : Les haies" in titles
    assert not any("bosquets" in t or "Animée" in t for t in titles)
    assert not any(t.startswith("Plateau") and k == "round_table" for k, t in sessions(read(tmp_path, "congres2.txt", text)))


def test_a_session_presided_by_someone_is_moderated_by_them(tmp_path):
    from pipelines.extract.programme import programme_rows
    text = ("Congrès des communes de Valbrune\n\n"
            "10h00 Table ronde présidée par Jeanne Martin, présidente de l’AMV\n\n"
            "11h00 Atelier 2 : les haies, avec Paul Drou, maire de Kerval\n\n"
            "12h00 Conférence : les forêts communales\n")
    doc = read(tmp_path, "congres.txt", text)
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    roles = {(s["speaker_id"], s["role"]) for s in rows["session_speakers"]}
    assert ("martin-jeanne", "animation") in roles
    assert ("drou-paul", "animation") not in roles


def test_a_session_run_by_two_people_after_a_long_quoted_title(tmp_path):
    from pipelines.extract.programme_lines import parse_header
    line = ("Atelier 1 « Les haies, les bosquets et les vergers : quelle place pour la nature dans les bourgs "
            "de nos campagnes ? », animé par Jeanne Martin, professeure à l’université de Valbrune et "
            "Paul Drou, chargé de recherche à l’institut des forêts de Kerval.")
    header = parse_header(line)
    assert [p.people[0].full for p in header.host.people] == ["Jeanne Martin", "Paul Drou"]
    assert all(p.moderator for p in header.host.people)
    # "et" inside a role is no second person
    header = parse_header("Atelier 2 : les haies, animé par Jeanne Martin, chargée des forêts et des haies")
    assert [p.people[0].full for p in header.host.people] == ["Jeanne Martin"]


def test_a_dash_opening_the_line_below_a_time_alone_joins_the_time_to_its_title(tmp_path):
    text = ("Journée des communes de Valbrune\n\n"
            "08h30\n– Accueil des participants\n"
            "09h00\n– Vote du budget participatif\n"
            "09h30\n– Visite du chantier de la médiathèque\n"
            "10h00\n– Remise des prix du concours\n")
    titles = [t for _, t in sessions(read(tmp_path, "journee.txt", text))]
    assert titles == ["Vote du budget participatif", "Visite du chantier de la médiathèque", "Remise des prix du concours"]
    # a bulleted list under a heading, no time alone above it: still no session
    text = "Journée des communes de Valbrune\n\nÀ savoir\n– Vote du budget participatif\n– Visite du chantier\n"
    assert sessions(read(tmp_path, "journee2.txt", text)) == []


def test_a_talk_named_by_its_speaker_is_the_title_of_a_time_alone(tmp_path):
    from pipelines.extract.programme import programme_rows
    text = ("Journée des communes de Valbrune\n\n"
            "09h00-09h30\nOuverture de la journée\n"
            "09h30-10h00\nIntervention de Jeanne MARTIN\n"
            "10h00-11h00\nAtelier sur les haies\n")
    doc = read(tmp_path, "journee.txt", text)
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert "Intervention de Jeanne MARTIN" in [s["title"] for s in rows["sessions"]]
    assert "Jeanne MARTIN" in [p["full_name"] for p in rows["speakers"]]
    # "Par X" below a time is the speaker of the title above it, not a title of its own
    text = ("Journée des communes de Valbrune\n\n"
            "Ouverture de la journée\n09h00-09h30\nPar Jeanne MARTIN, maire\n\n"
            "Atelier sur les haies\n09h30-10h00\n\nConférence sur les forêts\n10h00-11h00\n")
    titles = [t for _, t in sessions(read(tmp_path, "journee2.txt", text))]
    assert not any(t.startswith("Par ") for t in titles)


def test_a_timetable_run_into_one_paragraph_gives_a_session_per_slot(tmp_path):
    text = ("Congrès des communes de Valbrune\n\n"
            "mardi 4 mai 9h Accueil des participants 9h30 Mot de bienvenue du maire\n\n"
            "10h20 Ouverture officielle du congrès 11h Conférence sur les forêts communales "
            "12h Atelier : les haies et les bosquets\n")
    titles = [t for _, t in sessions(read(tmp_path, "congres.txt", text))]
    assert titles == ["Mot de bienvenue du maire", "Ouverture officielle du congrès",
                      "Conférence sur les forêts communales", "Atelier : les haies et les bosquets"]
    # a sentence with one time in it is no timetable
    text = ("Congrès des communes de Valbrune\n\n"
            "Le maire a ouvert le congrès à 9h Devant les élus, il a rappelé les enjeux des forêts communales.\n")
    assert sessions(read(tmp_path, "congres2.txt", text)) == []


def test_a_host_line_after_a_blank_line_belongs_to_a_session_announcing_more_people(tmp_path):
    from pipelines.extract.programme import programme_rows
    def speakers(text: str) -> list[str]:
        doc = read(tmp_path, "congres.txt", text)
        rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
        return [s["speaker_id"] for s in rows["session_speakers"]]
    head = "Congrès des communes de Valbrune\n\n10h00 Table ronde : les forêts communales\n\n"
    text = head + "Table ronde présidée par Jeanne Martin, présidente de l’AMV, avec :\n\nDébats animés par : Paul Drou, journaliste\n"
    assert speakers(text) == ["martin-jeanne", "drou-paul"]
    # without the colon announcing more, the blank line ends the session's people
    text = head + "Table ronde présidée par Jeanne Martin, présidente de l’AMV.\n\nDébats animés par : Paul Drou, journaliste\n"
    assert "drou-paul" not in speakers(text)


def test_the_items_of_a_round_of_workshops_are_the_workshops(tmp_path):
    # a heading naming a round ("2e session d'ateliers") lists its parallel workshops, topics often
    # in lower case; the round itself is no session
    doc = read(tmp_path, "rencontres.md", (
        "# Rencontres des cartographes\n\nVoici les sujets abordés.\n\n"
        "### 1ère session d'ateliers :\n\n- fonds de carte libres\n- Cartes et accessibilité\n\n"
        "### Deuxième tournée d'atelier\n\n- données des transports\n- styles des étiquettes\n"))
    assert sessions(doc) == [("workshop", "fonds de carte libres"), ("workshop", "Cartes et accessibilité"),
                             ("workshop", "données des transports"), ("workshop", "styles des étiquettes")]


def test_a_list_in_lower_case_under_a_heading_that_names_no_round_is_no_session(tmp_path):
    # the same layout under a heading that is no round of sessions: a plain list, no session
    doc = read(tmp_path, "rencontres.md", (
        "# Rencontres des cartographes\n\n### Ce que nous avons appris :\n\n"
        "- fonds de carte libres\n- données des transports\n- styles des étiquettes\n"))
    assert sessions(doc) == []


def test_a_numbered_session_chaired_by_someone_takes_the_quoted_title_below_the_chair(tmp_path):
    doc = read(tmp_path, "colloque.txt", (
        "Colloque des communes rurales\n\n"
        "9h30 : TABLE RONDE N°1\n\nprésidée par Hélène Martinaud, maire de Kerval\n\n"
        "« Les haies : un patrimoine commun à entretenir ? »\n\n"
        "Les communes témoignent de leurs chantiers.\n\n"
        "11h00 : TABLE RONDE N°2\n\nprésidée par Paul Drouvin, maire de Valbrune\n\n"
        "Les communes témoignent de leurs chantiers.\n"))
    assert [t for _, t in sessions(doc)] == [
        "TABLE RONDE N°1 « Les haies : un patrimoine commun à entretenir ? »", "TABLE RONDE N°2"]
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert "Hélène Martinaud" in {s["full_name"] for s in rows["speakers"]}


def test_a_discussion_line_is_a_round_table_and_a_discussion_in_prose_is_none(tmp_path):
    doc = read(tmp_path, "rencontre.txt", (
        "Rencontre des communes rurales\n\n"
        "Discussion : « Les haies : un patrimoine commun ? » - 15H00\n"
        "Animation par Hélène Martinaud, maire de Kerval\n\n"
        "La discussion a porté sur les chantiers des communes.\n"))
    assert sessions(doc) == [("round_table", "Discussion : « Les haies : un patrimoine commun ? » - 15H00")]


def test_a_session_word_after_its_article_opens_a_session_line_not_a_sentence(tmp_path):
    doc = read(tmp_path, "rencontre.txt", (
        "Rencontre des communes rurales\n\n"
        "La table ronde : Les haies, un patrimoine commun\n\n"
        "Intervenants\n\n- Hélène MARTINAUD, maire de Kerval\n- Paul DROUVIN, maire de Valbrune\n\n"
        "La table ronde qui a suivi a permis aux élus d'échanger autour du thème : les chemins\n"))
    assert sessions(doc) == [("round_table", "La table ronde : Les haies, un patrimoine commun")]


def test_sessions_a_report_names_with_who_ran_them(tmp_path):
    from pipelines.extract.session_prose import _sessions_run_by
    doc = read(tmp_path, "bilan.txt", (
        "Le forum : le bilan\n\n"
        "La plénière d'ouverture, animée par Lucie Marlin à la mairie, a fait salle comble. Le samedi, deux cents "
        "personnes ont assisté à la conférence : Jardins de demain présentée par Paul Terrier et Nadia Vernet, "
        "suivie d'une conférence sur le compost animée par Karim Hadou et Léa Brun.\n\n"
        "Une table ronde organisée par la Ville de Kerval a clos le forum.\n"))
    assert [(t, k) for t, _, _, k in _sessions_run_by(doc)] == [
        ("La plénière d'ouverture", "plenary"), ("Jardins de demain", "other"), ("une conférence sur le compost", "other")]


def test_an_award_ceremony_line_is_a_session_and_a_sentence_about_it_is_none(tmp_path):
    doc = read(tmp_path, "assises.txt", (
        "Assises des communes rurales\n\n"
        "Remise des trophées et palmarès\n\n- Date : jeudi matin\n- Lieu : salle des fêtes\n\n"
        "Remise des labels aux communes lauréates, qui seront reçues par le préfet et présentées à la presse le soir même.\n"))
    assert sessions(doc) == [("other", "Remise des trophées et palmarès")]


def test_a_sentence_naming_a_session_and_its_title_above_its_speakers(tmp_path):
    doc = read(tmp_path, "congres.txt", (
        "Le congrès des communes aura lieu en juin à Kerval.\n\n"
        "Rendez-vous à la table ronde le jeudi 12 juin à 10h : Les haies, un patrimoine commun à entretenir\n\n"
        "Avec les interventions de :\n\n- Lucie Marlin, Syndicat des haies\n- Paul Terrier, Ville de Kerval\n\n"
        "Venez à l'atelier du vendredi : Il reste des places pour le repas\n\nInfos pratiques\n"))
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert [(s["type"], s["title"]) for s in rows["sessions"]] == [
        ("round_table", "Les haies, un patrimoine commun à entretenir")]
    assert len(rows["session_speakers"]) == 2


# =========================================================================== long slots
def _slot(time: str, title: str, lines: int) -> str:
    return f"{time} {title}\n\n" + "".join(f"Un paragraphe numéro {n} décrit le projet.\n\n" for n in range(lines))


def test_slots_that_follow_each_other_make_one_timetable_however_long_between(tmp_path):
    # each slot starts when the one before ends: one timetable, the text between them is theirs
    doc = read(tmp_path, "journee.txt", "Programme de la journée\n\n" + _slot("9h00 – 9h30", "Ouverture", 18)
               + _slot("9h30 – 10h00", "Les cantines", 18) + _slot("10h00 – 10h30", "Les écoles", 2))
    assert [t for _, t in sessions(doc)] == ["Ouverture", "Les cantines", "Les écoles"]


def test_timed_lines_far_apart_and_not_chained_are_no_timetable(tmp_path):
    doc = read(tmp_path, "journee.txt", "Programme de la journée\n\n" + _slot("9h00 – 9h30", "Ouverture", 18)
               + _slot("10h00 – 10h30", "Les cantines", 18) + _slot("11h00 – 11h30", "Les écoles", 2))
    assert [t for _, t in sessions(doc)] == []


def _cards(second_has_text: bool) -> str:
    text = "# Journée des projets\n\n## Au programme\n\n"
    for time, first, second in (("9h00 – 9h20", "Projet Alpha", "Projet Beta"),
                                ("9h20 – 9h40", "Projet Gamma", "Projet Delta"),
                                ("9h40 – 10h00", "Projet Epsilon", "Projet Zeta")):
        text += f"## {time} {first}\n\nAgence Kerval\n\n## Réduire les délais\n\n## {second}\n\n"
        text += "Ville de Brémont\n\n## Aider les communes\n\n" if second_has_text else "## Aider les communes\n\n"
    return text


def test_headings_set_like_the_timed_lines_are_entries_of_their_slot(tmp_path):
    doc = read(tmp_path, "projets.md", _cards(True))
    assert [t for _, t in sessions(doc)] == ["Projet Alpha", "Projet Beta", "Projet Gamma", "Projet Delta",
                                             "Projet Epsilon", "Projet Zeta"]


def test_a_heading_followed_by_another_heading_is_no_entry(tmp_path):
    doc = read(tmp_path, "projets.md", _cards(False))
    assert [t for _, t in sessions(doc)] == ["Projet Alpha", "Projet Gamma", "Projet Epsilon"]


def test_blank_lines_between_a_slots_paragraphs_do_not_part_the_timetable(tmp_path):
    # ten paragraphs a slot: twenty lines with the blank ones, ten lines of text
    doc = read(tmp_path, "journee.txt", "Programme de la journée\n\n" + _slot("9h00", "Ouverture", 10)
               + _slot("10h00", "Les cantines", 10) + _slot("11h00", "Les écoles", 2))
    assert [t for _, t in sessions(doc)] == ["Ouverture", "Les cantines", "Les écoles"]


# =========================================================================== what a day holds
_DAY_LIST = ("Le festival ouvre ses portes à Brémont.\n\n{intro}\n\n"
             "•  Rencontres du matin, avec Léa Brunet de Kervalia, Paul Roux du\n"
             "Syndicat Valbrune, etc.\n"
             "•  Démonstrations de robots, de drones et d'imprimantes pour les\n"
             "écoles et les familles\n"
             "•  Concert de clôture\n")


def test_the_list_of_what_a_day_holds_gives_its_sessions(tmp_path):
    # items wrapped onto the next line stay one item; the people after "avec" leave the title
    doc = read(tmp_path, "festival.txt", _DAY_LIST.format(intro="Dimanche, au village :"))
    assert [t for _, t in sessions(doc)] == [
        "Rencontres du matin",
        "Démonstrations de robots, de drones et d'imprimantes pour les écoles et les familles",
        "Concert de clôture"]


def test_a_list_after_a_line_that_names_no_day_is_no_programme(tmp_path):
    doc = read(tmp_path, "festival.txt", _DAY_LIST.format(intro="Au village :"))
    assert sessions(doc) == []


_ACTIVITIES = ("Le 5 mai 2024, la commune de Valbrune a organisé sa Fête des jardins.\n"
               "Le programme a proposé une série d’animations. {intro}\n"
               "- Grainothèque : un échange de graines entre voisins.\n"
               "- Potager partagé animé par l’Association Terre Vive.\n"
               "- Fabrique de nichoirs, permettant aux enfants de fabriquer un abri pour les mésanges.\n")


def test_the_activities_announced_at_a_paragraphs_end_are_its_sessions(tmp_path):
    # each item's name without its description, who runs it or what it is for
    doc = read(tmp_path, "fete.txt", _ACTIVITIES.format(intro="Parmi les activités, les visiteurs ont pu découvrir :"))
    assert sessions(doc) == [("other", "Grainothèque"), ("other", "Potager partagé"), ("other", "Fabrique de nichoirs")]


def test_a_list_after_a_line_that_announces_no_activity_is_no_programme(tmp_path):
    doc = read(tmp_path, "fete.txt", _ACTIVITIES.format(intro="Les visiteurs ont pu découvrir :"))
    assert sessions(doc) == []


# =========================================================================== talks by their quoted title
_TALKS = ("Au programme\n\n9h00 - Café\n"
          "« Des jardins dans chaque quartier », {by} Léa Brunet, maire de Kerval.\n\n"
          "Ouverture de la journée\n« Cultiver en ville », {by} Paul Roux, directeur de l'Agence Valbrune.\n\n"
          "9h45 - Comment partager les terres agricoles ?\n")


def test_quoted_titles_given_by_people_are_entries_of_the_timetable(tmp_path):
    # the break is no session; the short line above a talk is part of its title
    doc = read(tmp_path, "journee.txt", _TALKS.format(by="par"))
    assert [t for _, t in sessions(doc)] == ["Des jardins dans chaque quartier",
                                             "Ouverture de la journée « Cultiver en ville »",
                                             "Comment partager les terres agricoles ?"]


def test_a_quoted_phrase_given_by_no_one_is_no_talk(tmp_path):
    doc = read(tmp_path, "journee.txt", _TALKS.format(by="selon"))
    assert [t for _, t in sessions(doc)] == []


# =========================================================================== sessions named by their rank
_RANKS = ("La rencontre de Kerval a réuni les élus du canton{count}.\n"
          "Le premier atelier a comparé les cantines des communes.\n"
          "Le deuxième atelier a porté sur la rénovation des écoles.\n"
          "Au dernier atelier, on a parlé des transports.\n")


def test_sessions_a_report_counts_then_names_by_their_rank(tmp_path):
    doc = read(tmp_path, "rencontre.txt", _RANKS.format(count=" en trois ateliers"))
    # a rank whose sentence states its topic with a verb of topic is titled by that topic
    assert sessions(doc) == [("workshop", "premier atelier"), ("workshop", "la rénovation des écoles"),
                             ("workshop", "dernier atelier")]


def test_ranks_without_a_count_of_sessions_name_none(tmp_path):
    doc = read(tmp_path, "rencontre.txt", _RANKS.format(count=""))
    assert sessions(doc) == []


# =========================================================================== prose sessions besides a list
_PROSE_AND_LIST = ("Le congrès s'ouvrira par {session} présidée par Léa Brunet, maire de Kerval, et Paul Roux.\n"
                   "Ensuite, des ateliers :\n"
                   "- Atelier 1 « Les cantines de demain », animé par Marc Olier, cuisinier.\n"
                   "- Atelier 2 « La rénovation des écoles », animé par Anne Quillet, architecte.\n")


def test_a_session_the_prose_names_with_who_runs_it_joins_the_listed_ones(tmp_path):
    doc = read(tmp_path, "congres.txt", _PROSE_AND_LIST.format(session="une séance plénière d'accueil"))
    titles = [t for _, t in sessions(doc)]
    assert titles[0] == "une séance plénière d'accueil" and len(titles) == 3


def test_a_session_word_alone_before_who_runs_it_titles_nothing(tmp_path):
    doc = read(tmp_path, "congres.txt", _PROSE_AND_LIST.format(session="une plénière,"))
    assert [t for _, t in sessions(doc)] == ["Atelier 1 « Les cantines de demain »",
                                             "Atelier 2 « La rénovation des écoles »"]


# =========================================================================== one talk's web page
_TALK_PAGE = """---
title: "Table ronde Valbrune Agglo 'Les haies au service des villages'"
event: Rencontres de la haie
location: Salle des fêtes, Valbrune
---

Intervenants :
- Lucien FERRAND, maire de Valbrune ;
- Nadia VERNET, paysagiste.
"""


def test_the_page_of_one_talk_of_an_event_is_that_session(tmp_path):
    doc = read(tmp_path, "talk.md", _TALK_PAGE)
    assert sessions(doc) == [("round_table", "Les haies au service des villages")]


def test_a_page_without_the_event_it_belongs_to_is_no_talk_page(tmp_path):
    # the same page without the metadata naming the event: its title is no session
    doc = read(tmp_path, "talk.md", _TALK_PAGE.replace("event: Rencontres de la haie\n", ""))
    assert sessions(doc) == []
    # nor is the page of the event itself (its title is the event)
    doc = read(tmp_path, "event.md", _TALK_PAGE.replace("Table ronde Valbrune Agglo 'Les haies au service des villages'",
                                                         "Rencontres de la haie"))
    assert sessions(doc) == []


def test_a_conference_then_its_quoted_title_is_a_session(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "Journée des élus\n\nLe philosophe a captivé la salle.\n\n"
        "Conférence Valbrune 2024 : « Les villages face à la chaleur »\n\nUn débat a suivi.\n"))
    assert [(t, k) for t, _, _, k in _prose_sessions(doc)] == [("Les villages face à la chaleur", "other")]


def test_what_was_said_at_a_press_conference_is_no_session(tmp_path):
    doc = read(tmp_path, "article.txt", (
        "Journée des élus\n\nLors de la conférence de presse : « Nous ouvrirons le gymnase en mai »\n"))
    assert _prose_sessions(doc) == []


def test_a_title_around_a_colon_below_a_bare_session_line(tmp_path):
    doc = read(tmp_path, "prog.txt", (
        "Assises rurales\n\nPROGRAMME\n\n9h45 – 11h00\nTABLE RONDE 1\nLa fibre dans les villages : où en est-on ?\n"
        "Animation : Nadia VERNET, journaliste\n\n14h00 – 15h30\nTABLE RONDE 2\nLes données des communes\n"))
    assert sessions(doc) == [("round_table", "TABLE RONDE 1 La fibre dans les villages : où en est-on ?"),
                             ("round_table", "TABLE RONDE 2 Les données des communes")]


def test_a_short_label_and_its_colon_below_a_bare_session_line_is_no_title(tmp_path):
    doc = read(tmp_path, "prog.txt", (
        "Assises rurales\n\nPROGRAMME\n\n9h45 – 11h00\nTABLE RONDE 1\nPublic visé : élus\n\n"
        "14h00 – 15h30\nTABLE RONDE 2\nLes données des communes\n"))
    assert ("round_table", "TABLE RONDE 1") in sessions(doc)


_COMMITTEE = """# Colloque Villes et forêts

## Table ronde : la forêt urbaine

Animée par Nadia VERNET, journaliste

- Marie DUPRÉ, maire de Kerbrat

## Le comité d'organisation

- Lucien FERRAND, Valbrune Métropole
- Sophie LAMBERT, directrice de l'Office de la forêt
"""


def speakers(doc: Document) -> list[str]:
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    return [s["full_name"] for s in rows["speakers"]]


def test_the_people_under_an_organising_committee_heading_do_not_speak(tmp_path):
    assert speakers(read(tmp_path, "colloque.md", _COMMITTEE)) == ["Nadia VERNET", "Marie DUPRÉ"]
    # the same list under a heading naming speakers is kept
    got = speakers(read(tmp_path, "colloque.md", _COMMITTEE.replace("Le comité d'organisation", "Les intervenants")))
    assert "Lucien FERRAND" in got and "Sophie LAMBERT" in got


def test_two_times_with_only_spaces_between_them_are_a_slot_and_its_end(tmp_path):
    # a text layer that lost the dash between a slot's start and end: the meal is a break
    doc = read(tmp_path, "grille.txt", "Programme\n\n9H30   12H SÉANCE PLÉNIÈRE DES ÉLUS\n\n12H15   13H45 DÉJEUNER\n\n"
                                       "14H   16H30 ATELIER DES MAIRES RURAUX\n")
    found = sessions(doc)
    assert not any("DÉJEUNER" in title for _, title in found)
    assert any(title.endswith("ATELIER DES MAIRES RURAUX") and not title[0].isdigit() for _, title in found)


def test_a_highlights_heading_is_a_programme_heading():
    from pipelines.extract.programme_lines import _is_programme_heading
    assert _is_programme_heading("Les temps forts") and _is_programme_heading("TEMPS FORTS :")
    assert not _is_programme_heading("Temps forts de la filière bois")   # a title that says more


def test_a_date_alone_is_a_day_not_a_session():
    from pipelines.extract.programme_timetable import is_day
    assert is_day("14 octobre 2021 à 9:30") and is_day("le 3 juin de 14h à 17h")
    assert not is_day("Atelier du 3 juin") and not is_day("Bilan de mars 2021")


def test_a_dated_line_above_a_programme_is_no_session(tmp_path):
    doc = read(tmp_path, "date.txt", "Rencontre des élus\n\n14 octobre 2021 à 9:30 - 12:30\n\nProgramme\n"
                                     "• 9h30 accueil des participants\n• 10h table ronde sur les mobilités rurales\n")
    assert not any("octobre" in title for _, title in sessions(doc))


def test_a_quotation_after_a_persons_speech_and_a_colon_is_what_was_said(tmp_path):
    said = read(tmp_path, "said.txt", "La présidente l'a rappelé pendant son discours inaugural : « Ici, rien ne se fait sans les "
                                      "bénévoles ! ». Puis la visite a commencé.\n")
    assert _prose_sessions(said) == []
    # without the possessive, the colon introduces the title of the session
    titled = read(tmp_path, "titled.txt", "La journée s'est ouverte sur un discours inaugural : « Les villages de demain ». "
                                          "Puis la visite a commencé.\n")
    assert [t for t, _, _, _ in _prose_sessions(titled)] == ["Les villages de demain"]


def test_sessions_counted_then_named_by_their_rank_in_the_same_sentence(tmp_path):
    from pipelines.extract.session_prose import _sessions_by_ordinal
    doc = read(tmp_path, "rangs.txt", "Le matin, deux tables rondes suivront, la première sur les circuits courts "
                                      "et la seconde autour du logement des saisonniers.\n")
    assert [(t, k) for t, _, _, k in _sessions_by_ordinal(doc)] == [
        ("la première sur les circuits courts", "round_table"),
        ("la seconde autour du logement des saisonniers", "round_table")]
    # ranks without a count of sessions before them: the first and second of anything
    other = read(tmp_path, "autre.txt", "Deux questions se posent, la première sur les circuits courts "
                                        "et la seconde autour du logement des saisonniers.\n")
    assert _sessions_by_ordinal(other) == []


def test_a_session_word_in_the_plural_after_de_names_an_activity_not_a_session(tmp_path):
    theme = read(tmp_path, "theme.txt", "Thème retenu pour cette matinée de visites et de débats : « Les villages de demain ». "
                                        "Les élus sont attendus.\n")
    assert _prose_sessions(theme) == []
    # the plural with its own determiner still introduces a title
    titled = read(tmp_path, "titled.txt", "Au programme, des débats : « Les villages de demain ». "
                                          "Les élus sont attendus.\n")
    assert [t for t, _, _, _ in _prose_sessions(titled)] == ["Les villages de demain"]


def test_sessions_counted_then_named_by_their_rank_in_the_next_sentence(tmp_path):
    from pipelines.extract.session_prose import _sessions_by_ordinal
    doc = read(tmp_path, "rangs2.txt", "Puis trois ateliers ont réuni les élus. Un premier sur les circuits courts, "
                                       "un second sur le logement des saisonniers et, enfin, un troisième sur les haies.\n")
    assert [(t, k) for t, _, _, k in _sessions_by_ordinal(doc)] == [
        ("Un premier sur les circuits courts", "workshop"),
        ("un second sur le logement des saisonniers", "workshop"),
        ("un troisième sur les haies", "workshop")]
    # the ranks two sentences later name something else
    far = read(tmp_path, "loin.txt", "Puis trois ateliers ont réuni les élus. Le public était nombreux. "
                                     "Un premier sur les circuits courts, un second sur le logement des saisonniers.\n")
    assert _sessions_by_ordinal(far) == []


def test_the_journey_of_a_programme_is_no_session():
    assert is_break("Arrivée des participants à la gare")
    assert is_break("Navette vers l'hôtel des congressistes")
    assert is_break("Atterrissage à Port-Belle")
    # a session about a transfer is one
    assert not is_break("Transfert de la compétence voirie aux communes")


def test_a_caption_opening_with_a_session_word_and_naming_its_host(tmp_path):
    from pipelines.extract.session_hosted_lines import hosted_session_lines
    text = ("Conférence sur la gestion des haies du 3 mai avec, de gauche à droite, Paul DURAND, maire de Valbois, "
            "et Anne MOREL, technicienne, animée par Luc PETIT.\n"
            "Le syndicat a tenu un stand pendant les deux jours du salon de Kerval.\n")
    assert [(kind, title) for title, _, _, kind in hosted_session_lines(read(tmp_path, "legende.txt", text))] \
        == [("other", "Conférence sur la gestion des haies")]
    assert ("other", "Conférence sur la gestion des haies") in sessions(read(tmp_path, "legende.txt", text))


def test_a_line_opening_with_a_session_word_and_no_host_is_none(tmp_path):
    from pipelines.extract.session_hosted_lines import hosted_session_lines
    text = ("Conférence sur la gestion des haies du 3 mai avec Paul DURAND, maire de Valbois.\n"
            "Débat animé : les habitants ont interpellé les élus sur la route.\n")
    assert hosted_session_lines(read(tmp_path, "legende.txt", text)) == []


def test_an_entry_titled_by_one_word_does_not_absorb_the_entries_of_another_list(tmp_path):
    # "Valbois c'est quoi ?" has one word of its own, the tool's name; the afternoon's first talk
    # names the tool too and is a session of its own, not a second mention of the morning's
    doc = read(tmp_path, "rencontres.md", (
        "Les rencontres de Valbois auront lieu les 14 et 15 octobre 2021.\n\nProgramme\n\n"
        "# Matin :\n\n- Valbois c'est quoi ?\n- Retour d'expérience : PNR Kerval\n\n"
        "# Après-midi :\n\n- Présentation API Valbois et interfaçages existants (10 min)\n"
        "- Flux des randos de Valbois vers Kerval (10 min)\n"))
    assert [t for _, t in sessions(doc)] == [
        "Valbois c'est quoi ?", "Retour d'expérience : PNR Kerval",
        "Présentation API Valbois et interfaçages existants", "Flux des randos de Valbois vers Kerval"]


def test_a_short_paragraph_ending_on_a_colon_between_the_programme_heading_and_its_list(tmp_path):
    # two lines of lead-in, the second announcing the list: the items below are the sessions
    doc = read(tmp_path, "meetup.md", (
        "Au programme\n\nThème de ce 3e meetup : les mobilités du quotidien.\n"
        "Les projets, issus du programme Valbrune Lab, présentés seront les suivants :\n\n"
        "- Vélo partagé : Connaître les trajets des habitants, par Léa Brunet\n"
        "- Bus à la demande : Mieux desservir les villages, par Marc Kerval\n"
        "- Covoit'Valbrune : Partager la voiture au travail, par Anne Tardy\n"))
    assert [t.split(" :")[0] for _, t in sessions(doc)] == ["Vélo partagé", "Bus à la demande", "Covoit'Valbrune"]


def test_a_paragraph_of_several_sentences_over_a_list_is_no_lead_in(tmp_path):
    # a paragraph of running text whose last line does not announce the list: no programme
    doc = read(tmp_path, "meetup.md", (
        "Au programme\n\nLe meetup réunit des designers de Valbrune depuis trois ans.\n"
        "Ils y présentent leurs travaux et échangent avec le public autour d'un verre.\n\n"
        "- Vélo partagé : Connaître les trajets des habitants, par Léa Brunet\n"
        "- Bus à la demande : Mieux desservir les villages, par Marc Kerval\n"))
    assert sessions(doc) == []


def test_a_list_item_closed_by_who_gives_the_talk(tmp_path):
    # "Titre : description, par Prénom Nom": the title before the comma, the people its speakers
    doc = read(tmp_path, "meetup.md", (
        "Au programme\n\n"
        "- Vélo partagé : Connaître les trajets des habitants, par Léa Brunet\n"
        "- Bus à la demande : Mieux desservir les villages, par Marc Kerval et Anne Tardy\n"))
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert [s["title"] for s in rows["sessions"]] == [
        "Vélo partagé : Connaître les trajets des habitants", "Bus à la demande : Mieux desservir les villages"]
    assert [s["full_name"] for s in rows["speakers"]] == ["Léa Brunet", "Marc Kerval", "Anne Tardy"]
    # "par" followed by words that are no people stays in the title
    doc = read(tmp_path, "atelier.md", "Au programme\n\n- Réparer son vélo, par petits groupes\n- Cuisiner local, par équipes\n")
    assert [t for _, t in sessions(doc)] == ["Réparer son vélo, par petits groupes", "Cuisiner local, par équipes"]
