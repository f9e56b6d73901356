"""Key figures and event fields as reports and announcements write them: a count of days after a
duration word, a total after a presentative, the event judged by its attendance, webinars counted
as conferences, the event called the first of its kind, four digits after a year-less date that
are a count, not a year; a programme's sessions announced in the present or the future ("trois
ateliers se succéderont"), an open-air place after a verb of taking place and "sur" ("sur la place
X"), and a hall named in a title after the event ("Une journée au Palais X"). Made-up texts only."""

from pipelines.extract.event_dates import find_event_dates
from pipelines.extract.event_place import find_venue
from pipelines.extract.events import extract_event

from .support import doc_of as _doc, headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_four_digits_after_a_date_without_its_year_are_no_year():
    assert find_event_dates("Le samedi 4 mai 3000 curieux ont visité les jardins de Valbrune.\n") is None
    first, _ = find_event_dates("Le samedi 4 mai 2030, les jardins de Valbrune ouvrent leurs portes.\n")
    assert first.isoformat() == "2030-05-04"


def test_the_event_called_the_first_of_its_kind_is_edition_one():
    text = ("Festival des Lucioles\n\nLes 12 et 13 mai 2031 à Valbrune.\n\n"
            "Ce premier festival mettra à l'honneur les jardins partagés de la vallée.\n")
    assert extract_event(_doc(text, title="Festival des Lucioles")).edition == 1
    # the first day or the first talk of an event is a part of it, not its first edition
    for part in ("Cette première journée du festival", "Cette première conférence du festival"):
        other = text.replace("Ce premier festival", part)
        assert extract_event(_doc(other, title="Festival des Lucioles")).edition is None


def test_a_presentative_with_the_total_it_states():
    assert ("workshops", 14) in _figures(LEAD + "Ce sont au total 14 ateliers qui attendent les curieux du quartier.\n")
    assert ("visitors", 800) in _figures(LEAD + "C'est en tout 800 visiteurs qui ont arpenté les allées du parc.\n")
    # a total of things that are no metric of the event
    assert _figures(LEAD + "Ce sont au total 14 bénévoles qui attendent les curieux du quartier.\n") == set()


def test_days_after_a_duration_word_in_a_gathering_sentence_or_named_back():
    assert ("days", 2) in _figures(LEAD + "Le salon rassemblera ses exposants pendant deux jours au parc de Valbrune.\n")
    assert ("days", 4) in _figures(LEAD + "Des visites guidées seront données pendant ces quatre jours dans tout le parc.\n")
    # days of something else than the event: no gathering verb, no days named back
    assert _figures(LEAD + "La mairie de Valbrune fermera ses guichets pendant trois jours en août.\n") == set()


def test_the_event_judged_by_its_attendance_counted_in_people_of_any_kind():
    assert {m for m, v in _figures(LEAD + "Avec 300 élus et agents, le forum a affiché complet dès midi.\n")
            if v == 300} == {"participants"}
    # the same count before a clause that judges no event, or names none
    assert _figures(LEAD + "Avec 300 élus et agents, la commune a signé une convention.\n") == set()
    assert _figures(LEAD + "Avec 300 élus et agents, la commune a connu un succès.\n") == set()


def test_webinars_are_conferences():
    assert ("conferences", 12) in _figures(LEAD + "Cette année, 12 webinaires ont été proposés aux adhérents du réseau.\n")
    # the audience of one webinar is no figure of the event
    assert _figures(LEAD + "Le premier webinaire a réuni 40 participants venus de toute la région.\n") == set()


def test_the_people_gathered_for_the_event_counted_in_any_word_of_people():
    text = LEAD + "Réunis à Valbrune pour le congrès des jardiniers, plus de 200 élus ont présenté leurs projets.\n"
    assert ("participants", 200) in _figures(text)
    # gathered for something that is no event
    assert _figures(text.replace("pour le congrès des jardiniers", "pour le projet des jardiniers")) == set()


def test_the_near_future_of_an_announcement():
    assert ("participants", 300) in _figures(LEAD + "Près de 300 élus vont y débattre des jardins partagés.\n")
    assert _figures(LEAD + "Près de 300 arbres vont y être plantés cet hiver.\n") == set()


def test_the_title_written_after_an_event_noun_is_the_name_whole():
    text = ("Jardins en fête\n\nPublié le 3 juin 2031\n"
            "Les familles de Valbrune ont attendu « Jardins en fête » tout le printemps.\n\n"
            "Le dimanche 1er juin, plus de 900 curieux ont participé à l'événement Jardins en fête dans les parcs.\n")
    assert extract_event(_doc(text, title="Jardins en fête")).name == "Jardins en fête"
    # a title the text never writes after an event noun names nothing
    other = text.replace("l'événement Jardins en fête", "l'événement Jardins")
    assert extract_event(_doc(other, title="Jardins en fête")).name != "Jardins en fête"


# The same for an announcement.
LEAD_ANNOUNCED = "Le forum des jardins\n\nLa journée sera studieuse. "


def test_sessions_announced_in_the_future():
    text = LEAD_ANNOUNCED + "Au cours de cette matinée 3 ateliers se succéderont, le premier sur les semis.\n"
    assert ("workshops", 3) in _figures(text)
    # the same count with no verb putting it on the programme
    assert _figures(LEAD_ANNOUNCED + "Au cours de cette matinée 3 ateliers du quartier ferment, le premier le lundi.\n") == set()


def test_an_open_air_place_after_a_verb_of_taking_place():
    text = ("Retour sur la fête des jardins\n\nLa fête des jardins a eu lieu de 10h à 18h, sur la place des Tilleuls, "
            "à Valbrune. Le public est venu en nombre.\n")
    assert find_venue(_doc(text, title="Retour sur la fête des jardins")) == "place des Tilleuls"
    # "sur" with no open-air place after it: a topic, not a place
    other = text.replace("sur la place des Tilleuls", "sur la question des Tilleuls")
    assert find_venue(_doc(other, title="Retour sur la fête des jardins")) is None


def test_a_hall_named_in_a_title_after_the_event():
    text = "Le programme de la journée\n\nLe matin, nous recevrons les jardiniers de la vallée.\n"
    title = "Une journée à vivre au Palais des Lucioles"
    assert find_venue(_doc(text, title=title)) == "Palais des Lucioles"
    # no event named before the hall: a title about the building
    assert find_venue(_doc(text, title="Les travaux avancent au Palais des Lucioles")) is None


def test_people_answering_the_invitation_are_the_attendance():
    text = LEAD + ("Une soixantaine d'élus, de techniciens et de bénévoles ont répondu à l'invitation "
                   "du syndicat des eaux de Valbrune pour ce forum.\n")
    assert ("participants", 60) in _figures(text)


def test_a_count_answering_no_invitation_is_no_attendance():
    text = LEAD + "Une soixantaine d'élus, de techniciens et de bénévoles ont répondu au questionnaire du syndicat.\n"
    assert not any(metric in ("participants", "visitors") for metric, _ in _figures(text))


def test_counts_opening_a_quoted_sentence_are_read_as_an_opening():
    text = LEAD + "« Avec plus de 40 exposants et 900 visiteurs, le salon de Valbrune a tenu ses promesses », se réjouit le maire.\n"
    assert ("exhibitors", 40) in _figures(text)


def test_a_quoted_sentence_opening_with_no_opener_is_still_not_read():
    text = LEAD + "« Dans notre commune de 40 exposants potentiels, personne ne veut tenir un stand », regrette le maire.\n"
    assert ("exhibitors", 40) not in _figures(text)


def test_counts_of_a_sentence_opening_with_an_earlier_year_are_another_editions():
    # the document names its own year (its title, its date or "cette édition 2031"): a sentence
    # opening with an earlier year tells of an earlier edition, as "l'an dernier" does
    text = ("Le forum des métiers de Valbrune ouvre mercredi, un an après sa précédente édition. "
            "Près de 80 entreprises vont y tenir un stand pour cette édition 2031.\n\n"
            "En 2030, une cinquantaine d'exposants et 12 organismes de formation étaient présents.\n")
    assert ("exhibitors", 50) not in _figures(LEAD + text)
    # the sentence opening with the document's own year is its event's
    own = text.replace("En 2030,", "En 2031,").replace("Près de 80 entreprises vont y tenir un stand pour ", "Voici ")
    assert ("exhibitors", 50) in _figures(LEAD + own)
    # no year of its own named: the year is not judged
    assert ("exhibitors", 50) in _figures(LEAD + own.replace("cette édition 2031", "la journée"))


def test_a_count_of_organisations_the_people_represent_is_chained_to_the_attendance():
    text = ("Avec près de 150 élus et agents représentant plus d'une vingtaine de partenaires, "
            "le forum de Valbrune a été un succès.\n")
    assert {("participants", 150), ("partners", 20)} <= _figures(LEAD + text)
    # the participle agreed with the people, as often written
    assert ("partners", 20) in _figures(LEAD + text.replace("représentant", "représentants"))
    # another participle is no link: the partners are not counted by the sentence
    assert ("partners", 20) not in _figures(LEAD + text.replace("représentant", "remerciant"))


def test_the_events_stands_counted_with_the_definite_article():
    text = "Avant l'ouverture des 45 stands, le maire a salué les bénévoles du salon de Valbrune.\n"
    assert ("exhibitors", 45) in _figures(LEAD + text)
    assert ("exhibitors", 30) in _figures(LEAD + "Le maire a fait le tour des 30 exposants présents dans la halle.\n")
    # without the article, a count of stands is no statement of the event's: "45 stands" of a sentence
    assert ("exhibitors", 45) not in _figures(LEAD + text.replace("des 45 stands", "de 45 stands"))
    # nor another edition's
    assert ("exhibitors", 45) not in _figures(LEAD + text.replace("stands,", "stands de l'an dernier,"))


def test_the_days_over_which_the_programme_runs_are_the_events_length():
    text = "Conçu avec la région, un cycle de six conférences abordera durant trois jours la gestion des forêts.\n"
    assert {("conferences", 6), ("days", 3)} <= _figures(LEAD + text)
    # no verb of gathering nor of the programme with the days opening the sentence: a count of days
    # of anything (inside a sentence, a length in passing is the event's: headline_days.length_phrase)
    other = "Durant trois jours, le guide conçu avec la région abordera la gestion des forêts.\n"
    assert ("days", 3) not in _figures(LEAD + other)


def test_the_guests_welcomed_at_a_ceremony_are_its_attendance():
    assert ("participants", 240) in _figures(LEAD + "Après le discours, accueil des 240 invités sous le grand chapiteau.\n")
    assert ("participants", 80) in _figures(LEAD + "La soirée a réuni 80 invités autour des lauréats.\n")
    # guests outside a sentence about the gathering are no attendance
    assert _figures(LEAD + "Le traiteur du club a cuisiné un repas pour 130 invités.\n") == set()


def test_the_theme_dealt_with_through_sessions_counts_them():
    text = LEAD + "Le sujet des jardins partagés sera traité à travers trois tables rondes et deux ateliers.\n"
    assert {("round_tables", 3), ("workshops", 2)} <= _figures(text)
    # through other things than sessions, no key figure
    assert _figures(LEAD + "Le thème sera abordé à travers trois exemples de communes voisines.\n") == set()
