"""Counts and people read from prose, each on made-up text with a case it must leave alone: people noted "en
présence de" who are no speakers (the subject of the sentence's verb of speech is one), a role
opened by an adjective of time ("nouvelle présidente"), a series of sessions ("un cycle de cinq
conférences"), counts given part by part ("respectivement 120 et 95 personnes"), and counts
told in the pluperfect ("1 500 visiteurs avaient parcouru les allées"): an earlier time's; an
apposition between counts and their verb ("300 personnes, venues en famille, ont participé"); days
of meetings ("trois jours de rendez-vous"); the sessions of a kind counted after "les" and subject of
a verb ("les trois plénières ont été courtes"); counts appended by a dash to the clause saying the
event took place ("la foire s'est tenue au parc du 3 au 12 mai – 40 000 visiteurs")."""

from .support import headline_figures as _figures, quoted_names as _people


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_people_only_en_presence_de_are_no_speakers_but_the_subject_who_speaks_is():
    text = ("En présence de Lucien Ferrand, adjoint au maire, et de Nadia Vernet, directrice de l'office, "
            "Paul Terrier, président de la communauté de communes, a présenté les propositions retenues.")
    assert _people(text) == ["Paul Terrier"]
    # without the presence phrase, the people named with a role in that sentence are read as before
    assert "Lucien Ferrand" in _people(text.replace("En présence de", "Avec"))


def test_a_role_opened_by_an_adjective_of_time():
    text = "Ce jour-là, Lucie Marlin, nouvelle présidente de l'Union des communes, s'exprimera sur la réforme."
    assert _people(text) == ["Lucie Marlin"]
    # a word that opens no role after the comma: no person is confirmed
    assert _people(text.replace("nouvelle présidente", "grande amie")) == []


def test_a_series_of_sessions_is_the_programme():
    assert ("conferences", 5) in _figures(LEAD + "Pour cette édition, un cycle de cinq conférences abordera la gestion des forêts.\n")
    # sessions counted with no verb nor noun of programme are left to the cited figures
    assert ("conferences", 5) not in _figures(LEAD + "Pour cette édition, le souvenir de cinq conférences abordera la gestion des forêts.\n")


def test_counts_given_part_by_part_add_up():
    text = LEAD + "Sur les deux journées, respectivement 120 et 95 personnes ont participé aux échanges.\n"
    assert ("participants", 215) in _figures(text)
    # two counts joined without "respectivement": the one counted by the word
    assert ("participants", 215) not in _figures(text.replace("respectivement ", "entre "))


def test_counts_told_in_the_pluperfect_are_an_earlier_time():
    text = LEAD + "Le salon ouvre demain. 1 500 visiteurs avaient parcouru les allées et les stands du parc.\n"
    assert ("visitors", 1500) not in _figures(text)
    assert ("visitors", 1500) in _figures(text.replace("avaient parcouru", "ont parcouru"))


def test_counts_reached_so_far_on_the_day_in_the_pluperfect_with_deja():
    text = LEAD + "Au milieu de l'après-midi, deux cents personnes avaient déjà franchi les portes du forum.\n"
    assert ("participants", 200) in _figures(text)
    # without "déjà", an earlier time's
    assert ("participants", 200) not in _figures(text.replace("avaient déjà franchi", "avaient franchi"))


def test_an_apposition_between_the_counts_and_their_verb_is_left_out_of_the_gap():
    text = LEAD + "Plus de 300 personnes du quartier, venues en famille pour la plupart, ont participé à la fête.\n"
    assert ("participants", 300) in _figures(text)
    # the same words without the commas of an apposition: too far from the verb
    assert ("participants", 300) not in _figures(text.replace(", venues", " venues").replace("part,", "part"))


def test_days_of_meetings_are_the_event_length():
    text = "Trois jours de rendez-vous autour des jardins partagés de toute la vallée\n\nLe festival ouvre ses portes à Valbrune.\n"
    assert ("days", 3) in _figures(text)
    # days filled with something that is no activity of the event
    assert ("days", 3) not in _figures(text.replace("rendez-vous", "pluie"))


def test_the_sessions_of_a_kind_counted_after_les_and_subject_of_a_verb():
    text = LEAD + "Pour laisser place aux échanges, les trois plénières ont été courtes et très suivies.\n"
    assert ("plenaries", 3) in _figures(text)
    # a complement after the word makes them a part of the programme: "les trois plénières du matin"
    assert ("plenaries", 3) not in _figures(text.replace("plénières ont", "plénières du matin ont"))


def test_counts_appended_by_a_dash_to_the_clause_saying_the_event_took_place():
    text = LEAD + "La foire (qui s'est tenue au parc de Valbrune du 3 au 12 mai – 40 000 visiteurs) a fermé ses portes.\n"
    assert ("visitors", 40000) in _figures(text)
    # the same dash after a clause that says nothing of the event taking place
    assert ("visitors", 40000) not in _figures(text.replace("s'est tenue", "a été annoncée"))
