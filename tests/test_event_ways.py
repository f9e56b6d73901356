"""The event as reports, decks and announcements write it: the edition reported named by its year
or as "cette nouvelle édition", a date labelled after other words of its line, a date that a verb
of taking place goes with before a report's dateline, a line that only mentions a room, an event
a place is "about to welcome". Made-up texts only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.event_dates import find_event_dates
from pipelines.extract.event_place import find_venue
from pipelines.extract.events import describes_event, extract_event


def _doc(text: str, title: str | None = None, kind: str = "text/plain") -> Document:
    return with_text_blocks(Document("t", "t.txt", kind, len(text), "", text, [0], title=title))


def test_the_edition_reported_named_by_its_year_names_the_event():
    doc = _doc("Notre édition 2021 des Rencontres Lucioles s'achève sur une belle note. Merci à tous.\n\n"
               "Le public était au rendez-vous.\n", title="Rencontres Lucioles 2021 : merci !")
    assert describes_event(doc)
    assert extract_event(doc).name == "Rencontres Lucioles"


def test_this_new_edition_of_a_named_event_names_it():
    doc = _doc("La tournée passe par Aurac ce jeudi.\n\n"
               "Six villes recevront cette nouvelle édition de l'ÉchoTour. Le public est attendu.\n",
               title="Aurac reçoit la tournée")
    assert extract_event(doc).name == "ÉchoTour"


def test_a_report_without_an_edition_word_gets_no_event_from_it():
    doc = _doc("Cette édition 2023 du rapport annuel présente nos comptes.\n", title="Rapport")
    assert extract_event(doc) is None


def test_a_place_about_to_welcome_the_event_says_there_is_one():
    doc = _doc("La ville d'Aurac se prépare d'accueillir l'événement jeudi.\n", title="Aurac, jeudi")
    assert describes_event(doc)


def test_a_date_label_after_other_words_of_its_line_gives_the_date():
    text = "Webinaire Valbrune Données\n\nVersion : 2.1, date : 14 mars 2023  Licence : CC-BY\n"
    first, last = find_event_dates(text)
    assert (first.isoformat(), last) == ("2023-03-14", None)


def test_a_version_date_without_its_label_is_still_passed_over():
    assert find_event_dates("Version du 14 mars 2023\n") is None


def test_a_date_with_a_verb_of_taking_place_wins_over_a_dateline():
    text = ("Retour sur le Salon des Lucioles\n\nLe 12/06/2023\n\n"
            "Du 2 au 4 juin 2023, s'est tenu le Salon des Lucioles à Valbrune.\n")
    first, last = find_event_dates(text)
    assert (first.isoformat(), last.isoformat()) == ("2023-06-02", "2023-06-04")


def test_without_such_a_verb_the_first_date_is_kept():
    text = "Journée Valbrune\n\nJeudi 9 mars 2023\n\nPar l'arrêté du 2 février 2018, la règle a changé.\n"
    first, _ = find_event_dates(text)
    assert first.isoformat() == "2023-03-09"


def test_a_line_that_mentions_a_room_in_a_sentence_is_no_venue():
    text = "PROGRAMME\n\n14h | Table ronde\nQuestions-réponses avec la salle |\n"
    assert find_venue(_doc(text)) is None


def test_a_line_naming_a_room_is_a_venue():
    assert find_venue(_doc("PROGRAMME\n\nSalle des Tilleuls\n14h | Table ronde\n")) == "Salle des Tilleuls"
    assert "salle des fêtes" in find_venue(_doc("PROGRAMME\n\nRendez-vous à la salle des fêtes\n"))


def test_a_title_calling_the_event_the_first_of_its_name_gives_edition_one():
    doc = _doc("Innovation\n\nOpen data : 1er Hackathon Valbrune 2030 à la Halle Nord\n\n"
               "C'est à la Halle Nord que s'est tenu ce week-end le premier hackathon de la ville.\n",
               title="Open data : 1er Hackathon Valbrune 2030 à la Halle Nord")
    event = extract_event(doc)
    assert event.name.startswith("Hackathon Valbrune") and event.edition == 1


def test_the_first_session_of_a_day_is_no_first_edition():
    doc = _doc("Forum Valbrune 2024\n\nLe forum s'est tenu le 3 mai 2024. Le premier atelier a porté sur l'eau.\n")
    assert extract_event(doc).edition is None


def test_a_hall_named_with_an_adjective_after_a_verb_of_place():
    doc = _doc("Remise des prix\n\nLa remise des prix, qui s'est déroulée dans le petit auditorium du Palais des Lilas, "
               "a réuni les lauréats le 3 mai 2024.\n")
    assert find_venue(doc) == "petit auditorium du Palais des Lilas"


def test_the_hall_named_after_the_town_is_the_venue():
    doc = _doc("Journée Valbrune Climat\n\nRendez-vous le :\n\nVendredi 13 octobre 2023\n\nà Valbrune, au Couvent des Lilas\n")
    assert find_venue(doc) == "Couvent des Lilas"


def test_a_survey_organised_by_someone_names_no_organiser_of_the_event():
    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Le forum des maires s'est tenu le 3 mai 2024. On y a présenté un sondage organisé par "
               "l'Union Valbrunoise des Maires sur l'éclairage public.\n")
    assert find_organizer(doc) != "Union Valbrunoise des Maires"


def _deck(text: str, title: str) -> Document:
    pages = [0] + [i + 1 for i, c in enumerate(text) if c == "\f"]
    return with_text_blocks(Document("t", "t.pdf", "application/pdf", len(text), "", text, pages, title=title))


def test_a_sponsorship_deck_is_about_the_event_its_title_names():
    doc = _deck("Plaquette partenaires\nLucioles du Libre\nLe rendez-vous du Libre à Valbrune\n"
                "\fLes Lucioles en quelques chiffres\n+ de 1 500 visiteurs\n80 conférences et ateliers\n",
                title="Plaquette partenaires Lucioles du Libre 2026")
    assert describes_event(doc)
    assert extract_event(doc).name == "Lucioles du Libre"


def test_a_sponsorship_deck_dates_the_coming_edition():
    doc = _deck("Lucioles du Libre 2013\nDossier de partenariat\n\fQu'est-ce que les Lucioles du Libre ?\n"
                "Les Lucioles du Libre sont un week-end de conférences et d'ateliers autour du logiciel libre.\n"
                "La prochaine édition aura lieu les 23 et 24 novembre 2013.\n",
                title="Lucioles du Libre 2013 - Dossier de partenariat")
    event = extract_event(doc)
    assert (event.name, event.start_date, event.end_date) == ("Lucioles du Libre", "2013-11-23", "2013-11-24")


def test_in_a_report_the_next_edition_is_another_event():
    doc = _doc("Forum des Lucioles\n\nLe forum s'est tenu le 3 mai 2024 à Valbrune.\n"
               "La prochaine édition aura lieu le 5 mai 2025.\n")
    assert extract_event(doc).start_date == "2024-05-03"


def test_a_name_said_to_be_an_event_in_the_plural_loses_its_article():
    doc = _doc("Présentation\n\nLes Lucioles du Libre sont un week-end de conférences et d'ateliers, le 3 mai 2024.\n")
    assert extract_event(doc).name == "Lucioles du Libre"


def test_an_edition_number_in_the_opening_says_there_is_an_event():
    assert describes_event(_doc("Les Lucioles\n\nNe manquez pas la 13e édition, qui promet de belles surprises !\n"))


def test_an_edition_of_a_publication_is_no_event():
    assert not describes_event(_doc("Nos publications\n\nLa deuxième édition de notre baromètre de la sobriété est parue.\n"))


def test_a_line_opened_by_an_event_noun_under_a_section_word_names_the_event():
    doc = _doc("PROGRAMME\n\nForum Territoires Numériques\n\nJeudi 4 avril 2024 – Palais des Lilas de Valbrune\n\n"
               "9h00 Accueil\n9h30 Ouverture\n10h00 Table ronde\n")
    event = extract_event(doc)
    assert (event.name, event.venue) == ("Forum Territoires Numériques", "Palais des Lilas de Valbrune")


def test_the_quoted_title_after_the_kind_of_event_is_kept():
    doc = _doc("Journée technique « Éclairage public et biodiversité »\n\nOrganisée par le Syndicat d'Énergie "
               "de l'Aurac, la journée technique aura lieu le 14 juin 2022 à la salle des fêtes de Miran.\n")
    assert extract_event(doc).name == "Journée technique « Éclairage public et biodiversité »"


def test_a_block_of_an_events_key_figures_says_there_is_an_event():
    text = ("Lucioles du Libre\nLe rendez-vous du Libre à Valbrune\n\fLes Lucioles en quelques chiffres\n"
            "1 500 visiteurs\n80 conférences\n20 ateliers\n")
    doc = with_text_blocks(Document("t", "t.pdf", "application/pdf", len(text), "", text, [0, text.index("\f") + 1],
                   title="Lucioles du Libre"))
    assert extract_event(doc).name == "Lucioles du Libre"


def test_counts_of_an_activity_say_no_event():
    doc = _doc("Notre association\n\nNos adhérents\n300 adhérents\n20 bénévoles\n12 partenaires\n", title="Notre association")
    assert extract_event(doc) is None


def test_a_year_of_the_text_that_the_written_weekday_belies_dates_nothing():
    # "Cap 2040" is a plan's name: 9 mai 2040 is a Wednesday, not the Thursday the title writes
    text = ("Le 9 mai dernier, le collectif a organisé une rencontre sur le plan Cap 2040 de la vallée.\n\n"
            "Les échanges ont été riches.\n")
    event = extract_event(_doc(text, title="Retour sur la rencontre du jeudi 9 mai à Aurac"))
    assert event is not None and event.start_date is None
    # the year agrees with the weekday: it dates the event (9 mai 2024 is a Thursday)
    event = extract_event(_doc(text.replace("2040", "2024"), title="Retour sur la rencontre du jeudi 9 mai à Aurac"))
    assert event.start_date == "2024-05-09"


def test_an_organiser_whose_name_ends_with_a_number_is_no_time_clause():
    text = "Le 12 juin dernier, le Collectif 21 a organisé une rencontre sur les mobilités. Le public était nombreux.\n"
    assert extract_event(_doc(text, title="Retour sur la rencontre des mobilités")).organizer == "Collectif 21"
    # a date with its number is still a circumstance, not the organiser
    text = "Le 12 juin, a organisé une rencontre sur les mobilités le collectif. Le public était nombreux.\n"
    assert extract_event(_doc(text, title="Retour sur la rencontre des mobilités")).organizer is None


def test_halls_that_welcomed_the_event_are_its_venue():
    text = ("Samedi 4 mai 2024, la salle Aubépine et la Halle des Tilleuls ont accueilli 120 maires au cours "
            "d'une journée d'échanges. Le public était nombreux.\n")
    assert find_venue(_doc(text)) == "la salle Aubépine et la Halle des Tilleuls"
    # a subject that is not a place welcomes people, it is no venue
    text = "Samedi 4 mai 2024, la commune et le collectif ont accueilli 120 maires au cours d'une journée d'échanges.\n"
    assert find_venue(_doc(text)) is None


def test_an_organisations_own_congress_is_organised_by_it():
    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Programme des deux journées, salle des fêtes.\n\nAccueil des adhérents de l'UVB à 9 h.\n")
    assert find_organizer(doc, "Congrès national de l'UVB") == "UVB"
    doc = _doc("Les maires de l'Union des Villes de Bréance (UVB) se retrouvent à 9 h.\n")
    assert find_organizer(doc, "Congrès de l'Union des Villes de Bréance") == "UVB"
    # a forum about a theme written in capitals is no organisation's own gathering
    assert find_organizer(doc, "Forum de l'ESS") is None


def test_an_ordinal_opening_the_events_name_is_its_edition():
    from pipelines.extract.event_edition import edition_opening_name
    assert edition_opening_name("12ème rencontre nationale de l'UVB") == 12
    assert edition_opening_name("Troisième Forum des Tilleuls") == 3
    # a number that is no ordinal, or an ordinal inside the name, numbers nothing
    assert edition_opening_name("Forum des 12 communes") is None
    assert edition_opening_name("Rencontre du 3e âge") is None


def test_the_date_of_a_slides_source_is_no_event_date():
    # a deck about a programme of work cites its data's date: no event is invented from it
    deck = ("Plan Vergers Partagés\n\nLe plan accompagne les communes dans leurs plantations.\n\n"
            "État des vergers\n\nSource : Observatoire des vergers, 14/09/2021\n\n1 200 communes\n")
    assert not describes_event(_doc(deck, title="Plan Vergers Partagés"))
    # a date standing alone in the opening still says there is an event
    poster = deck.replace("Source : Observatoire des vergers, 14/09/2021", "Mardi 14 septembre 2021")
    assert describes_event(_doc(poster, title="Plan Vergers Partagés"))


def test_a_labelled_range_of_days_may_leave_out_du():
    text = "Les Rencontres Lucioles 2022\n\n- Dates : 14 au 16 juin 2022\n- Lieu : halle d'Aurac\n"
    start, end = find_event_dates(text)
    assert (start.isoformat(), end.isoformat()) == ("2022-06-14", "2022-06-16")
    # a single labelled day stays one day
    start, end = find_event_dates("Date : 16 juin 2022\n")
    assert (start.isoformat(), end) == ("2022-06-16", None)


def test_the_room_whose_door_the_audience_crossed_is_the_venue():
    text = "Journée citoyenne\n\nSamedi, plus de 60 habitants ont poussé la porte de la salle Jean Moulin pour débattre.\n"
    assert find_venue(_doc(text)) == "salle Jean Moulin"
    # a door that opens no room of events.yaml `venue_heads` names no venue
    assert find_venue(_doc("Journée citoyenne\n\nLes pompiers ont poussé la porte de la maison inondée.\n")) is None


def test_a_marker_before_a_date_opens_a_word():
    from pipelines.extract.event_dates import has_marker

    assert has_marker("publiee le ", ["publie"])
    assert has_marker("source : insee, ", ["source"])
    assert not has_marker("une ressource : ", ["source"])


def test_an_ordinal_in_roman_numerals_or_in_compound_words_numbers_the_edition():
    from pipelines.extract.event_edition import arabic_ordinals, find_edition
    text = "Les XVème « Rencontres de la Forêt » se sont tenues le 3 mai 2022 à Valbrune. Le public était nombreux.\n"
    assert extract_event(_doc(text, title="Retour sur les Rencontres de la Forêt")).edition == 15
    assert find_edition("La dix-septième édition des Rencontres Lucioles") == 17
    assert find_edition("la vingt et unième édition") == 21
    # "Le", "Ce" are no Roman numerals; a single last part still reads alone
    assert arabic_ordinals("Le congrès. Ce forum.") == "Le congrès. Ce forum."
    assert find_edition("la huitième édition") == 8
    text = "Le congrès s'est tenu le 3 mai 2022 à Valbrune. Le public était nombreux.\n"
    assert extract_event(_doc(text, title="Retour sur le congrès")).edition is None


def test_the_audience_invited_by_its_host_names_the_organiser():
    from pipelines.extract.event_organizer import find_organizer
    text = ("Les Rencontres de la Forêt ont réuni les élus des communes invités par le Syndicat des eaux de Valbrune. "
            "Le public était nombreux.\n")
    assert find_organizer(_doc(text)) == "Syndicat des eaux de Valbrune"
    # one guest invited by someone is a speaker's host, not the event's organiser
    text = "Aux Rencontres de la Forêt, le sénateur, invité par Jean Tilleul, a pris la parole.\n"
    assert find_organizer(_doc(text)) is None


def test_the_year_the_dates_sentence_writes_wins_over_a_laws_year():
    from pipelines.extract.event_day_guess import _years
    text = ("Lucioles est une association loi 1901 qui réunit les communes.\n\n"
            "Le salon 2031 des Lucioles se tiendra les 3 et 4 avril à Valbrune.\n")
    event = extract_event(_doc(text, title="Salon des Lucioles"))
    assert (str(event.start_date), str(event.end_date)) == ("2031-04-03", "2031-04-04")
    assert _years("une association loi 1901, le salon 1998") == ["1998"]


def test_a_year_of_history_does_not_date_an_event_written_without_its_year():
    from pipelines.extract.event_day_guess import _years
    # "créée en 1990" is the association's history: the days "du 3 au 5 mars" have no year
    text = ("L'association Lucioles organise du 3 au 5 mars ses Rencontres annuelles à Valbrune.\n\n"
            "L'association Lucioles, créée en 1990 par des maires, réunit des communes.\n")
    event = extract_event(_doc(text, title="Rencontres des Lucioles"))
    assert event is not None and event.start_date is None
    assert _years("présente depuis 2012, fondée en 1998") == []
    # a year written as the event's own still dates it (a bare "en 2031" tells another time)
    event = extract_event(_doc(text.replace("créée en 1990", "pour l'édition 2031"), title="Rencontres des Lucioles"))
    assert (str(event.start_date), str(event.end_date)) == ("2031-03-03", "2031-03-05")


def test_the_subject_of_a_relative_clause_of_place_organises():
    from pipelines.extract.event_organizer import find_organizer
    text = ("On en parlait samedi à Valbrune, où la Fédération des Lucioles organisait le forum des "
            "jardins. Le public était nombreux.\n")
    assert find_organizer(_doc(text)) == "Fédération des Lucioles"


def test_an_acronym_closing_the_events_name_organises_it_when_it_has_officers():
    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Une première édition très suivie, a souligné Jeanne Tilleul, présidente de l'AXF.\n")
    assert find_organizer(doc, "Hackathon des communes de l'AXF") == "AXF"
    # a theme in capitals has no president
    doc = _doc("Une première édition très suivie pour tous les acteurs de l'ESS.\n")
    assert find_organizer(doc, "Hackathon de l'ESS") is None


def test_a_bare_date_far_down_the_text_is_no_events_date():
    filler = "La journée s'est poursuivie par des échanges nourris entre les élus et les habitants. " * 30
    text = "Programme des rencontres\n\n" + filler + "\n\nD'après un mémoire soutenu au CNAM, 24/06/2009.\n"
    assert find_event_dates(text) is None
    # the same date in the opening, or said to be the event's far down, still dates it
    assert str(find_event_dates("Programme des rencontres\n\n24/06/2009\n\n" + filler)[0]) == "2009-06-24"
    late = "Programme des rencontres\n\n" + filler + "\n\nLes rencontres auront lieu le 24/06/2009.\n"
    assert str(find_event_dates(late)[0]) == "2009-06-24"


def test_a_short_opening_line_may_give_the_events_length_before_its_name():
    from pipelines.extract.event_name import find_event_name, noun_phrase
    text = "Trois jours de forum autour de Lucioles\n\n# Jeudi\n\nUn atelier le matin, une visite l'après-midi.\n"
    doc = with_text_blocks(Document("t", "t.md", "text/markdown", len(text), "", text, [0], title="Le programme est disponible"))
    assert find_event_name(doc) == "forum autour de Lucioles"
    assert noun_phrase("Forum autour de la forêt.", 0) == "Forum autour de la forêt"
    # a length before no event noun names nothing
    assert noun_phrase("Deux jours de pluie", 0) is None


def test_a_publisher_named_after_an_event_is_its_own_site_not_its_organiser():
    from pipelines.extract.event_organizer import find_organizer
    text = "Les Assises des Lucioles 2031 : le bilan.\n\nLes Assises des Lucioles ont réuni 450 habitants.\n"

    def doc(publisher):
        return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], publisher=publisher))
    assert find_organizer(doc("Assises des Lucioles (assises-lucioles.org)")) is None
    # an organisation publishing its own report is its organiser
    text = text + "\nL'Association des Lucioles remercie ses partenaires.\n"
    assert find_organizer(doc("Association des Lucioles")) == "Association des Lucioles"


def test_a_newsroom_publishing_a_report_organises_nothing():
    from pipelines.extract.event_organizer import find_organizer
    text = "LUCIOLES\n\nLes Rencontres des Lucioles à l'heure du bilan\n\nLes Rencontres ont réuni 300 élus à Valbrune.\n"

    def doc(publisher):
        return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], publisher=publisher))
    assert find_organizer(doc("LUCIOLES (« Le journal des lucioles »)")) is None
    assert find_organizer(doc("LUCIOLES (association des lucioles)")) == "LUCIOLES"


def test_the_gathering_an_acronym_holds_in_a_title_is_the_event_and_the_acronym_organises():
    from pipelines.extract.event_organizer import find_organizer
    text = ("Rencontres du LUCI 2031 : le programme\n\n"
            "Le LUCI se donne rendez-vous à Valbrune du 3 au 5 avril 2031 pour ses rencontres de printemps. "
            "Le programme du LUCI est en ligne.\n")
    event = extract_event(_doc(text, title="Rencontres du LUCI 2031 : le programme"))
    assert (event.name, event.organizer) == ("Rencontres du LUCI", "LUCI")
    # people who meet at an event are its audience, not its organiser
    text = "Les élus se donnent rendez-vous à Valbrune du 3 au 5 avril 2031 pour les rencontres de printemps.\n"
    assert find_organizer(_doc(text)) is None


def test_the_hours_after_the_date_of_a_rendez_vous_lead_to_its_venue():
    text = ("Pour en débattre, nous vous donnons rendez-vous le mardi 14 mai de 9 h à 11 heures, "
            "dans l'auditorium Lumière, à Valbrune.\n")
    assert find_venue(_doc(text)) == "auditorium Lumière"
    text = "Pour en débattre, nous vous donnons rendez-vous le mardi 14 mai de 9 h à 11 heures, avec les élus.\n"
    assert find_venue(_doc(text)) is None


def test_the_host_thanked_for_welcoming_the_event_is_its_venue():
    text = "Le festival est fini.\n\nUn grand merci à l'École des Lucioles de nous avoir accueillis cette année.\n"
    assert find_venue(_doc(text)) == "École des Lucioles"
    # a partner thanked for its support is no venue
    assert find_venue(_doc("Le festival est fini.\n\nMerci à l'Association des Lucioles pour son soutien.\n")) is None


def test_the_building_the_event_was_held_in_is_its_venue():
    text = "Cette année, la foire aux plantes a pris ses quartiers dans l'enceinte de la halle des Lucioles.\n"
    assert find_venue(_doc(text)) == "halle des Lucioles"
    # inside something that is no building
    assert find_venue(_doc("Placé au cœur de la fête, dans l'enceinte du débat public, le salon a plu.\n")) is None


def test_a_day_the_title_gives_without_its_year_wins_over_a_dateline():
    text = ("Colloque des Lucioles organisé par la Fédération le 9 avril\n\n2 avril 2031\n\n"
            "9h – Ouverture, par Jeanne Tilleul, présidente.\n")
    event = extract_event(_doc(text, title="Colloque des Lucioles organisé par la Fédération le 9 avril"))
    assert str(event.start_date) == "2031-04-09"
    # a title without a day leaves the text's date
    text = "Colloque des Lucioles\n\n2 avril 2031\n\n9h – Ouverture, par Jeanne Tilleul, présidente.\n"
    assert str(extract_event(_doc(text, title="Colloque des Lucioles")).start_date) == "2031-04-02"


def test_a_list_of_days_without_a_year_runs_from_the_first_to_the_last():
    # round 251: "les 7, 8 et 14 octobre" (no year) starts on the 7th, not the 8th
    from pipelines.extract.event_dates import day_month
    assert [m.group(1, 3, 4) for m in day_month("un succès les 7, 8 et 14 octobre avec 900 visiteurs")] \
        == [("7", "14", "octobre")]
    assert [m.group(1, 3, 4) for m in day_month("les 3 et 4 mars")] == [("3", "4", "mars")]


def test_a_cause_named_with_pour_and_an_article_is_part_of_the_events_name():
    from pipelines.extract.event_name import noun_phrase
    title = "Valbrune : deux fois plus de visiteurs au forum pour l'emploi"
    assert noun_phrase(title, title.index("forum")) == "forum pour l'emploi"
    assert noun_phrase("Rencontres pour le climat, à Valbrune", 0) == "Rencontres pour le climat"
    # "pour" and a verb is the purpose of the event, not its name
    assert noun_phrase("forum pour découvrir les métiers", 0) is None


def test_the_organisations_in_apposition_after_les_organisateurs_organise():
    from pipelines.extract.event_organizer import find_organizer
    text = ("Le forum a battu son record. Le public a remercié les organisateurs, la communauté de communes du Val "
            "et l'association des Lucioles. Les visiteurs sont venus nombreux.\n")
    assert find_organizer(_doc(text)) == "la communauté de communes du Val et l'association des Lucioles"
    # a clause after them says nothing of who they are
    text = "Le forum a battu son record. Le public a remercié les organisateurs, qui ont déjà fixé la date de 2032.\n"
    assert find_organizer(_doc(text)) is None


def test_a_name_closing_the_events_name_organises_it_when_it_has_officers():
    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Le réseau a choisi Valbrune, a rappelé Jeanne Tilleul, présidente des Lucioles.\n")
    assert find_organizer(doc, "Forum des Lucioles") == "Lucioles"
    assert find_organizer(_doc("Le réseau a choisi Valbrune, ville des lucioles.\n"), "Forum des Lucioles") is None


def test_an_event_pages_front_matter_date_is_the_events():
    text = "Table ronde sur les données\n\nUne table ronde avec les élus des Lucioles.\n"

    def doc(kind):
        return with_text_blocks(Document("t", "t.md", "text/markdown", len(text), "", text, [0], title="Table ronde sur les données",
                        metadata={"title": "Table ronde sur les données", "date": "2024-09-25", "type": kind}))
    assert str(extract_event(doc("event")).start_date) == "2024-09-25"
    # a post's date is its publication's
    assert extract_event(doc("post")).start_date is None


def test_an_event_pages_own_title_names_the_event():
    from pipelines.extract.event_name import find_event_name
    text = "Le Forum des Lucioles a réuni les élus le 3 mai 2024 autour d'une table ronde.\n"

    def doc(kind):
        return with_text_blocks(Document("t", "t.md", "text/markdown", len(text), "", text, [0], title="Lucioles Data",
                        metadata={"title": "Lucioles Data", "date": "2024-09-25", "type": kind}))
    assert find_event_name(doc("event")) == "Lucioles Data"
    # a post's title is no event's name: the event its text names is
    assert find_event_name(doc("post")) == "Forum des Lucioles"


def test_a_named_event_noun_may_take_an_adjective_before_its_complement():
    from pipelines.extract.event_words import noun_spans
    title = "Pré-programme : 14e Convention régionale de la ruralité, Valbrune, 3-5 mars 2031"
    assert noun_spans(title)
    event = extract_event(_doc("VALBRUNE 3 > 4 > 5 MARS 2031\n\n14e CONVENTION RÉGIONALE DE LA RURALITÉ\n\n"
                               "Le programme de la convention est en ligne.\n", title=title))
    assert (event.name, event.edition) == ("Convention régionale de la ruralité", 14)
    # a convention signed is no event
    assert noun_spans("Convention signée avec la commune de Valbrune") == []


def test_the_event_a_sentence_names_after_a_title_naming_none():
    from pipelines.extract.event_name import find_event_name, noun_phrase
    assert noun_phrase("Le salon 2031 du LuciNet se tiendra", 3) == "salon 2031 du LuciNet"
    text = "LuciNet réunit les communes.\n\nLe salon 2031 du LuciNet se tiendra les 3 et 4 avril à Valbrune.\n"

    def doc(title):
        return with_text_blocks(Document("t", "t.html", "text/html", len(text), "", text, [0], title=title,
                        metadata={"description": "Salon dédié aux jardins des communes"}))
    assert find_event_name(doc("LuciNet - jardins partagés")) == "salon du LuciNet"
    # a title sharing no word with the sentence's event stays the name
    assert find_event_name(doc("Jardins des communes")) == "Jardins des communes"


def test_a_quoted_title_after_the_event_noun_a_few_words_and_a_colon():
    from pipelines.extract.event_name import _name_in
    assert _name_in("Nous vous attendons à la journée de clôture : « Lucioles en fête », le 3 juillet.") \
        == "Lucioles en fête"
    # a verb before the colon: the quote is what was said, not a title
    assert _name_in("La journée a été riche : « une belle réussite », dit le maire.") != "une belle réussite"


def test_a_report_titled_by_the_events_common_noun_names_it_so():
    doc = _doc("Grâce aux exposants, cette deuxième édition a tenu ses promesses !\n\n"
               "Le public est venu nombreux dans les allées.\n", title="Bilan de la journée 2031")
    event = extract_event(doc)
    assert event is not None and event.name == "journée"
    # a title naming no event noun after its prefix names none
    doc = _doc("Grâce aux bénévoles, cette deuxième édition a été une belle réussite !\n\n"
               "Le public est venu nombreux aux soirées.\n", title="Bilan de la saison 2031")
    event = extract_event(doc)
    assert event is None or event.name != "saison"


def test_the_hours_between_the_verb_and_the_place():
    doc = _doc("La rencontre se tiendra de 9h à 16h30 au palais des sports de Valbrune.\n")
    assert find_venue(doc) == "palais des sports de Valbrune"
    doc = _doc("La rencontre se tiendra de 9h à 16h30 avec des élus de Valbrune.\n")
    assert find_venue(doc) is None


def test_an_open_air_place_after_the_verb():
    doc = _doc("La bourse aux vélos s'est tenue le 4 juin sur le parvis de la médiathèque Lucie Aubrac.\n")
    assert find_venue(doc) == "parvis de la médiathèque Lucie Aubrac"
    doc = _doc("La bourse aux vélos s'est tenue le 4 juin sur le thème du Grand Voyage.\n")
    assert find_venue(doc) is None


def test_the_grounds_of_a_campus_or_an_island_after_the_verb():
    # round 249: "site", "esplanade", "île" are open-air places after a verb of taking place and "sur"
    doc = _doc("Le colloque s'est déroulé sur le site universitaire de Saint-Valbrune, à Kerval.\n")
    assert find_venue(doc) == "site universitaire de Saint-Valbrune"
    doc = _doc("Organisée du 15 au 17 mai sur l'île de la Valbrunette à Kerval, la fête a attiré 7 000 visiteurs.\n")
    assert find_venue(doc) == "île de la Valbrunette"
    doc = _doc("Le colloque s'est déroulé sur le site internet de la ville.\n")
    assert find_venue(doc) is None


def test_a_time_without_a_date_between_the_verb_and_the_place():
    # round 250: "cette année", "ce week-end", a weekday between the verb and the place
    doc = _doc("Le salon des vins s'est tenu ce week-end à la salle polyvalente de Valbrune.\n")
    assert find_venue(doc) == "salle polyvalente de Valbrune"
    doc = _doc("La rencontre des élus se tient samedi matin au Palais des Lilas.\n")
    assert find_venue(doc) == "Palais des Lilas"


def test_the_founder_opening_the_sentence_whose_subject_is_the_event():
    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Créé et géré par la Régie Valbrune Sports, le Troc'Vélo s'est tenu samedi sur la place.\n")
    assert find_organizer(doc) == "Régie Valbrune Sports"
    doc = _doc("Créé et géré par la Régie Valbrune Sports, ce parc de vélos compte 40 places.\n")
    assert find_organizer(doc) != "Régie Valbrune Sports"


def test_the_town_named_by_its_common_noun_is_the_publishing_town():
    """"organisé par la commune" on the commune's own site: the organiser is the publisher; a
    bare "commune" is never published, and another kind of publisher is not taken for it."""
    import dataclasses

    from pipelines.extract.event_organizer import find_organizer
    text = "Le premier concours de cuisine organisé par la commune, samedi, a réuni 12 équipes.\n"
    doc = dataclasses.replace(_doc(text), publisher="Commune de Valbrune (site officiel)")
    assert find_organizer(doc) == "Commune de Valbrune"
    assert find_organizer(_doc(text)) != "commune"
    assert find_organizer(dataclasses.replace(_doc(text), publisher="Le Journal de Valbrune")) != "Le Journal de Valbrune"
    doc = dataclasses.replace(_doc("Le premier concours de cuisine organisé par la commune voisine de Valbrune a réuni "
                                   "12 équipes.\n"), publisher="Commune de Valbrune")
    assert find_organizer(doc) != "Commune de Valbrune"


def test_a_date_marker_written_with_a_run_of_blanks_still_marks_the_date():
    from pipelines.extract.event_dates import has_marker
    assert has_marker("publie le 2 mars - derniere mise a  jour le ", ["mise a jour"])
    assert not has_marker("publie le 2 mars - la mise a  disposition le ", ["mise a jour"])


def test_an_undated_page_takes_the_year_its_opening_writes_when_the_weekday_fits():
    from pipelines.extract.event_day_guess import date_without_year
    text = ("Le congrès des jardiniers\n\nLes semis attendent, les outils aussi : venez au congrès des jardiniers, "
            "le rendez-vous 2026 des jardins partagés de toute la région !\n\n"
            "Samedi 14 mars\n\n10 h – Ateliers\n")
    assert str(date_without_year(_doc(text, title="Le congrès des jardiniers : le programme"))) == "2026-03-14"
    # the weekday does not fit the year written: no date
    text = text.replace("rendez-vous 2026", "rendez-vous 2027")
    assert date_without_year(_doc(text, title="Le congrès des jardiniers : le programme")) is None


def test_a_date_told_from_the_day_of_writing_takes_no_other_year_of_the_opening():
    # "octobre prochain" in an undated page: the "Hall 1900" of the opening is no year of the writer's
    text = ("Les Assises des Lucioles se tiendront à Valbrune du 12 au 14 octobre prochain. Les ateliers "
            "auront lieu au Hall 1900 du parc.\n\nLes communes préparent l'accueil des congressistes.\n")
    event = extract_event(_doc(text, title="Les Assises des Lucioles à Valbrune"))
    assert event is not None and event.start_date is None
    # without the relative word, a year of the opening still dates the days
    event = extract_event(_doc(text.replace("octobre prochain", "octobre").replace("au Hall 1900 du parc",
                                                                                 "au parc, pour l'édition 2031"),
                               title="Les Assises des Lucioles à Valbrune"))
    assert (str(event.start_date), str(event.end_date)) == ("2031-10-12", "2031-10-14")


def test_an_event_named_after_a_date_is_no_venue():
    # "au Forum des Lucioles" after the date names the gathering the talk was part of, not a place
    text = ("Le 12 mars, au Forum des Lucioles, la salle était comble pour la conférence de l'association "
            "sur les jardins partagés.\n\nLes élus ont posé de nombreuses questions.\n")
    assert find_venue(_doc(text, title="Jardins partagés : les élus s'interrogent")) is None
    # a place after the date is still the venue
    text = text.replace("au Forum des Lucioles", "au Palais des Lucioles")
    assert find_venue(_doc(text, title="Jardins partagés : les élus s'interrogent")) == "Palais des Lucioles"


def test_who_organises_a_session_of_the_event_the_sentence_names_is_not_its_organiser():
    from pipelines.extract.event_organizer import find_organizer
    text = ("Le 12 mars dernier, au Forum des Lucioles, l'Association des jardiniers (ADJ) a organisé une "
            "table ronde sur les semis.\n\nLes élus ont posé de nombreuses questions.\n")
    assert find_organizer(_doc(text, title="Retour sur le Forum des Lucioles")) is None
    # the subject of the same verb whose object is the event organises it
    text = text.replace("une table ronde sur les semis", "une rencontre sur les semis").replace(
        "au Forum des Lucioles, ", "")
    assert find_organizer(_doc(text, title="Retour sur la rencontre des Lucioles")) == "ADJ"


def test_the_officer_of_a_longer_name_is_no_member_of_the_events_holder():
    from pipelines.extract.event_organizer import find_organizer
    text = ("Le congrès se tiendra à Valbrune. Il sera ouvert par Jean Tilleul, président de Lucioles de France, "
            "et par la maire.\n")
    assert find_organizer(_doc(text), "Congrès des Lucioles") is None
    # the officer of the holder itself makes it the organiser of its own congress
    text = text.replace("président de Lucioles de France", "président des Lucioles")
    assert find_organizer(_doc(text), "Congrès des Lucioles") == "Lucioles"


def test_people_gathered_for_a_named_event_say_the_text_reports_on_it():
    text = ("Le jardinage urbain change d'échelle : les communes ont adopté leur feuille de route.\n\n"
            "Réunis à Valbrune pour le 4e Congrès des jardiniers, plus de 300 élus ont présenté leurs projets.\n\n"
            "La feuille de route sera remise au ministère.\n")
    assert describes_event(_doc(text, title="Les communes adoptent leur feuille de route"))
    # people gathered for something that is no event: no event
    other = text.replace("pour le 4e Congrès des jardiniers", "pour le projet des jardiniers")
    assert not describes_event(_doc(other, title="Les communes adoptent leur feuille de route"))
    # the participle inside the sentence, not opening it, is no such evidence
    other = text.replace("Réunis à Valbrune pour le 4e Congrès des jardiniers, plus de 300 élus",
                         "Plus de 300 élus réunis à Valbrune pour le 4e Congrès des jardiniers")
    assert not describes_event(_doc(other, title="Les communes adoptent leur feuille de route"))


# ------------------------------------------------------------------ organiser
def _organizer(text: str, title: str) -> str | None:
    from pipelines.extract.event_organizer import find_organizer
    return find_organizer(_doc(text, title=title))


def test_a_clause_of_recurrence_before_the_organiser_verb_is_no_organiser():
    text = ("Chaque année depuis le lancement du Plan local des déchets, le SIVAL organise une rencontre "
            "des élus le 12 mai à Aurac.\n\nLe forum a réuni 80 personnes.\n")
    assert _organizer(text, "Forum des déchets à Aurac") == "SIVAL"
    # without the recurrence the clause is the subject already
    assert _organizer(text.replace("Chaque année depuis le lancement du Plan local des déchets, ", ""),
                      "Forum des déchets à Aurac") == "SIVAL"


def test_a_day_of_the_week_opening_the_sentence_is_no_organiser():
    text = "Samedi, le Collectif Valbrune organise son forum des associations le 4 mai à Aurac.\n"
    assert _organizer(text, "Forum des associations") == "Collectif Valbrune"


def test_the_participle_organised_is_no_verb_whose_subject_organises():
    # folded, "organisé" reads as "organise": its subject is no organiser
    text = "La Halle Lumière accueille le forum Aurac Emploi organisé le 4 mai.\n"
    assert _organizer(text, "Forum Aurac Emploi") is None
    assert _organizer(text.replace("accueille le forum Aurac Emploi organisé", "organise le forum Aurac Emploi"),
                      "Forum Aurac Emploi") == "Halle Lumière"


def test_an_officer_after_organised_by_gives_the_body_they_lead():
    text = ("La rencontre des maires du 4 octobre à Aurac était organisée par Paul Girard, président du SIVAL. "
            "Ont participé les élus du canton.\n")
    assert _organizer(text, "Rencontre des maires à Aurac") == "SIVAL"
    # a person without an office stays the answer
    assert _organizer(text.replace(", président du SIVAL", ""), "Rencontre des maires à Aurac") == "Paul Girard"


def test_the_town_after_a_verb_of_taking_place_yields_to_a_hall_named_later():
    text = ("Le forum des métiers s'est tenu à Valbrune le 4 mai. La salle Jean Lenoir a accueilli 40 exposants "
            "et 600 visiteurs.\n")
    assert find_venue(_doc(text, title="Forum des métiers")) == "La salle Jean Lenoir"
    # no hall named: a town is no venue (the corpus's convention: "only the city" is null)
    alone = "Le forum des métiers s'est tenu à Valbrune le 4 mai. Quarante exposants étaient présents.\n"
    assert find_venue(_doc(alone, title="Forum des métiers")) is None


def test_the_first_of_a_named_event_of_several_words_is_its_first_edition():
    text = ("Retour sur la journée\n\nEn mars était lancée l'expérimentation Valdonnées, qui durera deux ans. Le 4 juin "
            "s'est tenue à Valbrune la première journée de restitution de ce projet. Plus de 80 participants ont assisté "
            "à la première journée de restitution publique du projet Valdonnées, organisée par l'association Valcoop.\n")
    assert extract_event(_doc(text)).edition == 1
    assert extract_event(_doc(text.replace("première", "troisième"))).edition == 3
    # no ordinal, no edition
    assert extract_event(_doc(text.replace("la première journée", "la journée"))).edition is None


def test_the_occasion_of_a_launch_is_not_the_documents_event():
    # a programme launched at a conference: the conference is the launch's occasion
    text = ("Lancé par l'État et les élus à l'occasion de la 2e Conférence des villes, réunie à Valbrune le "
            "14 décembre 2027, le programme Kerval 2028-2030 vise à renforcer la concertation entre l'État "
            "et les collectivités.\n\nLe programme s'articule autour de quatre axes.\n")
    assert not describes_event(_doc(text, title="Programme Kerval"))
    # ... while a report of what happened at an event on its occasion keeps the event
    text = ("À l'occasion de la 2e Conférence des villes, réunie à Valbrune le 14 décembre 2027, les élus "
            "ont débattu de la concertation. Plus de 300 participants étaient présents.\n")
    assert describes_event(_doc(text, title="Conférence des villes"))
