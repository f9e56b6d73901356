"""Key figures and event fields as announcements and reports write them: a programme's sessions
announced in the present or the future ("trois ateliers se succéderont"), an open-air place after
a verb of taking place and "sur" ("sur la place X"), and a hall named in a title after the event
("Une journée au Palais X"). Made-up texts only."""

from pipelines.document import Document
from pipelines.extract.event_place import find_venue
from pipelines.extract.headline import extract_headline_figures


def _doc(text: str, title: str | None = None) -> Document:
    return Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title)


def _figures(text: str) -> set[tuple]:
    return {(f.metric, f.value) for f in extract_headline_figures(_doc(text))}


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Le forum des jardins\n\nLa journée sera studieuse. "


def test_sessions_announced_in_the_future():
    text = LEAD + "Au cours de cette matinée 3 ateliers se succéderont, le premier sur les semis.\n"
    assert ("workshops", 3) in _figures(text)
    # the same count with no verb putting it on the programme
    assert _figures(LEAD + "Au cours de cette matinée 3 ateliers du quartier ferment, le premier le lundi.\n") == set()


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
