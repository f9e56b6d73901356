"""Key figures and event fields as press reports write them: an adverb inside the verb after the
counts ("sont en effet venues"), the ages of the people counted, the first kind of people
described before the others, a range of counts, a softened qualifier, a fair named in the first
paragraph rather than the title, editions beyond the tenth in words (not a meeting's rank in a
year), the rooms of a building that are no event, and "comme l'an dernier" saying this edition
does as the last one did, a total restated after its parts ("soit ... au total"). Made-up texts only."""

from pipelines.extract.event_edition import edition_of_name, find_edition
from pipelines.extract.event_words import noun_spans
from pipelines.extract.headline import extract_headline_figures

from .support import doc_of as _doc, headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_an_adverb_between_the_auxiliary_and_the_participle_after_the_counts():
    assert ("participants", 640) in _figures(LEAD + "Plus de 640 personnes sont en effet venues écouter les jardiniers.\n")
    assert ("participants", 85) in _figures(LEAD + "Quelque 85 élus ont également participé aux échanges de l'après-midi.\n")
    # the adverb alone, with no verb of gathering, says nothing of the attendance
    assert _figures(LEAD + "Plus de 640 personnes en effet attendent un logement dans la vallée.\n") == set()


def test_the_ages_of_the_people_counted_are_left_out_of_the_gap_before_the_verb():
    assert ("participants", 47) in _figures(LEAD + "En 36 heures, 47 jeunes de 16 à 25 ans se sont réunis pour imaginer le quartier.\n")
    assert ("participants", 120) in _figures(LEAD + "Près de 120 jeunes entre 9 et 14 ans ont participé aux jeux de piste.\n")
    # a place after the count is no age: the gap stays too long for the verb
    assert _figures(LEAD + "47 jeunes de la vallée des Lucioles et des hameaux voisins se sont réunis au stade.\n") == set()


def test_the_first_kind_of_people_described_before_the_others_listed():
    text = LEAD + "Quelque 260 cadres territoriaux des communes, chercheurs, représentants d'agences ont participé à la rencontre.\n"
    assert ("participants", 260) in _figures(text)
    # a place after the count, then a comma and another count, is no list of people (the bare
    # collective after the comma, subject of its own verb, is the attendance: headline_prose_collective)
    text = LEAD + "Sur une vingtaine de personnes inscrites sur notre liste, une dizaine est venue !\n"
    assert _figures(text) == {("participants", 10)}


def test_a_range_of_counts_is_read_at_its_lower_bound():
    figures = {(f.metric, f.value, f.approximate) for f in extract_headline_figures(
        _doc(LEAD + "Cette année, le salon attend de 2 400 à 2 700 visiteurs sous la grande halle.\n"))}
    assert ("visitors", 2400, True) in figures
    assert ("participants", 310) in _figures(LEAD + "Le congrès des jardiniers a réuni entre 310 et 340 congressistes.\n")
    # two counts joined by "et" without "entre" are no range: "respectivement 180 et 150" adds them up
    assert ("participants", 330) in _figures(LEAD + "Sur les deux jours, respectivement 180 et 150 personnes ont participé.\n")
    assert ("participants", 310) not in _figures(LEAD + "Le congrès a réuni 310 et 340 congressistes.\n")


def test_a_softened_qualifier_opens_the_count():
    text = LEAD + "Avec un peu plus de 900 congressistes, cette édition a permis d'aborder les sujets du moment.\n"
    assert ("participants", 900) in _figures(text)


def test_a_fair_named_in_the_first_paragraph_makes_organisations_its_exhibitors():
    text = ("La 3e édition du forum de l'emploi a fait le plein ce jeudi à Valbrune.\n\n"
            "Une soixantaine d'entreprises et presque 2000 candidats : le forum a fait le plein, ce jeudi, à Valbrune. "
            "Il s'était installé pour la première fois dans la grande halle du parc des Lucioles, au bord du canal, "
            "dans une adresse facile d'accès pour les habitants de toute la vallée et des communes voisines, "
            "selon les comptes du réseau des missions locales, organisateur de l'événement, qui se réjouit "
            "déjà de revenir l'an prochain.\n")
    title = "Une longue file d'attente devant la halle"
    assert ("exhibitors", 60) in _figures(text, title)
    # a first paragraph naming no fair: a count of companies is no count of exhibitors
    other = text.replace("du forum de l'emploi", "de la fête du canal").replace("le forum a fait", "la fête a fait")
    assert ("exhibitors", 60) not in _figures(other, title)


def test_editions_beyond_the_tenth_in_words():
    assert find_edition("Pour sa quatorzième édition, le forum des jardiniers a fait le plein.") == 14
    assert find_edition("La dix-septième édition des Rencontres de Valbrune s'ouvre lundi.") == 17
    # a number that is no ordinal is no edition
    assert find_edition("Une édition spéciale du journal paraît lundi.") is None


def test_an_ordinal_ranking_a_meeting_in_a_period_is_no_edition():
    text = "Le jeudi 12 mars, le maire a présidé le douzième Conseil Municipal de l'année.\n"
    assert edition_of_name(_doc(text), "Conseil Municipal") is None
    text = "Le jeudi 12 mars s'ouvrait le douzième Conseil Municipal des jeunes de Valbrune.\n"
    assert edition_of_name(_doc(text), "Conseil Municipal") == 12


def test_the_rooms_of_a_building_are_no_event():
    text = "Le colloque s'est tenu dans les salons de l'hôtel de Valbrune."
    nouns = [text[a:b].lower() for a, b in noun_spans(text)]
    assert nouns == ["colloque"]
    # the fairs of a region are still events
    text = "Les salons de l'habitat de la région ouvrent leurs portes."
    assert [text[a:b].lower() for a, b in noun_spans(text)] == ["salons"]


def test_another_edition_named_to_say_this_one_does_the_same():
    text = LEAD + "Le salon devrait attirer comme l'an dernier près de 9 000 visiteurs venus de toute la vallée.\n"
    assert ("visitors", 9000) in _figures(text)
    # the other edition's own count stays out
    assert _figures(LEAD + "Le salon avait attiré l'an dernier près de 9 000 visiteurs venus de toute la vallée.\n") == set()


def test_a_total_restated_after_its_parts():
    text = LEAD + "Les curieux furent 300 samedi et 420 dimanche, soit près de 720 personnes en tout sur le week-end.\n"
    assert ("participants", 720) in _figures(text)
    text = LEAD + "Le jardin a reçu 300 visiteurs par jour, soit 2 100 personnes au total sur la semaine.\n"
    assert ("participants", 2100) in _figures(text)
    # "soit" without a total: no count of the attendance
    assert ("participants", 40) not in _figures(LEAD + "Les bénévoles ont planté 200 arbres, soit 40 personnes de plus qu'hier.\n")
