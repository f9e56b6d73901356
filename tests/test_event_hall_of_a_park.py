"""A hall of events.yaml `event_halls` written after "du" (a part of it named first: "le hall 3 du
palais des congrès de X") is the event's venue when nothing else gave one. Made-up texts."""

from pipelines.extract.event_halls import named_hall

from .support import doc_of


def test_a_hall_after_du_is_named():
    text = ("Salon de l'artisanat de Valbrune\n\nLe salon se tiendra du 3 au 5 mai dans le hall 2 "
            "du Parc des expositions de Valbrune, avec 80 exposants.\n")
    assert named_hall(doc_of(text)) == "Parc des expositions de Valbrune"
