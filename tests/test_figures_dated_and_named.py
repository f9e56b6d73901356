"""Cited-figure rules of round 12c, each on made-up text with the case it must leave alone: a year
after "en" is the date of an amount, not the lower bound of a range ("de 90 000 € en 2019 à
70 000 € en 2020"); "d'une journée" names an event, not one day; the count of a strategy's parts
after the words that say what it is built around ("autour de 4 axes", "porte 3 axes"); a
"Cedex" number; a number inside a name whose second word opens with an elided article; "la
conférence de 16 heures": the session held at that hour."""

from pipelines.extract.mentions import find_mentions
from pipelines.extract.quantities import quantity_at

from .support import doc_of as _doc


def _values(text: str) -> list[tuple]:
    return [(m.q.value, m.q.value_max, m.q.unit) for m in find_mentions(_doc(text))]


def test_a_year_after_en_dates_the_amount_before_it():
    text = "La commune passe d'un budget de 90 000 € en 2019 à 70 000 € en 2020 pour le chauffage."
    assert _values(text) == [(90_000, None, "eur"), (70_000, None, "eur")]
    # without the dating word the range reads as before (the year-like number is a range bound)
    q = quantity_at("de 1950 à 2300 € par mois", 3)
    assert (q.value, q.value_max, q.unit) == (1950, 2300, "eur")
    q = quantity_at("en 1950 à 2300 € par mois", 3)
    assert q.value_max is None and q.unit == "count"


def test_d_une_journee_names_an_event_not_a_span_of_one_day():
    assert _values("Le programme d'une journée d'échanges a été envoyé aux communes.") == []
    # other units of time after "d'une" are still durations
    assert _values("Le programme d'une semaine d'échanges a été envoyé aux communes.") == [(1, None, "week")]


def test_the_parts_a_strategy_is_built_around_are_counted():
    assert _values("Le schéma s'articule autour de 4 axes stratégiques pour le territoire.") == [(4, None, "count")]
    assert _values("Le plan porte 3 axes prioritaires pour la décennie.") == [(3, None, "count")]
    # named without saying how the strategy is built: a figure the text cites too
    assert _values("Les 4 axes stratégiques du plan sont détaillés plus loin.") == [(4, None, "count")]


def test_a_cedex_number_is_an_address():
    assert _values("Mairie de Valbourg, 99100 Valbourg Cedex 9 services techniques") == []
    # the same number after another word counts what follows it
    assert _values("Mairie de Valbourg, 99100 Valbourg avec 9 services techniques") == [(9, None, "count")]


def test_a_number_inside_a_name_with_an_elided_article():
    assert _values("Rendez-vous au Palais 3 l'Estuaire avec les exposants.") == []
    # a lower-case word after the number: a count
    assert _values("Rendez-vous au Palais 3 stands ouverts pour les exposants.") == [(3, None, "count")]


def test_the_session_of_an_hour_is_a_time_of_day():
    assert _values("Ce sera le sujet de la conférence de 16 heures, animée par un expert.") == []
    # an indefinite article, or a short length: the session's length
    assert _values("Ce sera le sujet d'une conférence de 2 heures, animée par un expert.") == [(2, None, "hour")]
    assert _values("Ce sera le sujet de la conférence de 2 heures, animée par un expert.") == [(2, None, "hour")]


def test_a_hall_or_a_stand_of_the_grounds_is_a_label():
    # round 271: the parts of a fair's grounds are numbered, not counted
    assert _values("Le salon se tiendra au sein du hall 3 du parc des expositions de Valbourg.") == []
    assert _values("Retrouvez-nous sur le stand 14 tout le week-end.") == []
    # the noun after its number counts
    assert _values("Le salon occupe 3 halls du parc des expositions de Valbourg.") == [(3, None, "count")]


def test_a_web_page_reading_time_and_paywall_are_its_chrome():
    # round 274: the reading time before its minutes, on its line or on the line above
    assert _values("Par Louise Carlier\nLecture 4 min.\nLe conseil a voté 12 délibérations.") == [(12, None, "count")]
    assert _values("- Temps de lecture\n- 6min\nLe conseil a voté 12 délibérations.") == [(12, None, "count")]
    # the share of a paywalled article left to read, and the offer after "Lisez la suite"
    assert _values("Le conseil a voté 12 délibérations ... [65% reste à lire]") == [(12, None, "count")]
    assert _values("Le conseil a voté 12 délibérations.\nLisez la suite pour 2€ seulement") == [(12, None, "count")]
    # minutes after another word are a length of time
    assert (4, None, "minute") in _values("Chaque exposé dure 4 min.\nLe conseil a voté 12 délibérations.")


def test_a_year_before_a_question_s_verb_is_a_date():
    # round 275: the verb of a question, its subject pronoun after it, follows the year of a name
    assert _values("Les Rencontres de Valbois 2031 sont-elles un succès ?") == []
    assert _values("Le salon de Valbois 2031 a-t-il tenu ses promesses ?") == []
    # a plural noun after the year still makes a count
    assert _values("Les Rencontres de Valbois ont accueilli 2031 visiteurs.") == [(2031, None, "count")]
