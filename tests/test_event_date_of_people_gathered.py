"""The day of the sentence that counts the people an event gathered dates the event when no
sentence naming the event gives a day ("Une centaine d'élus se sont retrouvés le 16 septembre
dernier au musée"), its year taken from the titles or the publication. Made-up texts only."""

import dataclasses

import pytest

from pipelines.extract.events import extract_event

from .support import doc_of


def _report(sentence: str, title: str, date: str | None = "2031-09-19"):
    text = (title + "\n\nPublié le 19 septembre 2031\n\n" + sentence
            + " Les échanges ont porté sur la promotion du territoire et l'accueil des visiteurs.\n")
    return dataclasses.replace(doc_of(text, title=title), date=date)


_TITLE = "Colloque du tourisme de Valbrune : visons le gagnant-gagnant !"


@pytest.mark.parametrize("sentence, day", [
    ("Une centaine d'élus et de techniciens du tourisme se sont retrouvés le 16 septembre dernier au musée de "
     "Valbrune pour débattre de l'avenir de la destination.", "2031-09-16"),
    # a day written after the publication, with "dernier", is last year's
    ("Plus de 80 élus se sont retrouvés le 30 novembre dernier au musée de Valbrune pour débattre de l'avenir "
     "de la destination.", "2030-11-30"),
])
def test_the_day_people_gathered_dates_the_event(sentence, day):
    event = extract_event(_report(sentence, _TITLE))
    assert event is not None
    assert event.start_date == day


def test_a_sentence_without_people_counted_gives_no_day():
    event = extract_event(_report("Les élus ont évoqué le 16 septembre dernier un nouveau plan pour le musée de "
                                  "Valbrune.", _TITLE))
    assert event is None or event.start_date is None


def test_a_day_that_a_verb_of_taking_place_goes_with_dates_the_event_named_without_noun():
    title = "ValEau 2031, séminaire sur la protection de la ressource en eau"
    text = (title + "\n\nValEau 2031 aura lieu du 15 au 16 novembre à Valbrune. Ce séminaire a pour thème "
            "la protection de la ressource en eau.\n")
    event = extract_event(doc_of(text, title=title))
    assert event is not None
    assert (event.start_date, event.end_date) == ("2031-11-15", "2031-11-16")
    # a day with no verb of taking place in such a sentence is not the event's
    other = (title + "\n\nValEau 2031 publiera ses actes le 15 novembre. Ce séminaire a pour thème "
             "la protection de la ressource en eau.\n")
    event = extract_event(doc_of(other, title=title))
    assert event is None or event.start_date is None
