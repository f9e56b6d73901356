"""An organiser's title in apposition may name the event after an edition's ordinal ("organisatrice
des quatrièmes Rencontres", "organisateur du 12e salon"): the name before it organises the event.
Made-up texts only."""

from pipelines.extract.event_organizer_apposition import organizer_in_apposition


def test_an_ordinal_in_words_before_the_event_noun():
    assert organizer_in_apposition("Voilà ce qu'a rappelé Lucie Marvent, présidente de Trévanne Numérique, "
                                   "organisatrice des quatrièmes rencontres régionales du logiciel libre.") \
        == "Trévanne Numérique"


def test_an_ordinal_in_figures_before_the_event_noun():
    assert organizer_in_apposition("Le Comité de Valbrune, organisateur du 12e salon des vins, se dit satisfait.") \
        == "Comité de Valbrune"


def test_an_ordinal_before_no_event_noun_names_no_organiser():
    # the ordinal opens something else than an event: "organisateur des premiers secours" is no event
    assert organizer_in_apposition("Marc Delorme, de Valbrune Sport, organisateur des premiers secours du club.") is None
