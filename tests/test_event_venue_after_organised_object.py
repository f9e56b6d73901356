"""The venue after an inverted subject that closes on who set the event up: "s'est tenue la 3e
édition du forum X initiée par la ville de Y à la salle Z" (the participle shows the words
before it are the event, which may then be longer); a long clause without such an agent is still no
event. Made-up texts only."""

import pytest

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_the_hall_after_an_event_and_its_organiser():
    text = ("Ce samedi s'est tenue la quatrième édition du salon des métiers du bois et des forêts "
            "organisé par la commune de Valbrune à la salle des Mouettes. Trente stands attendaient "
            "les visiteurs.\n")
    assert find_venue(_doc(text, title="Salon des métiers du bois")) == "salle des Mouettes"


@pytest.mark.parametrize("text", [
    # the same long object without its organiser: no sure event, no venue
    "Ce samedi s'est tenue la quatrième édition du salon des métiers du bois et des forêts de "
    "la commune de Valbrune à la salle des Mouettes. Trente stands attendaient les visiteurs.\n",
    # an agent after too long a clause: no venue either
    "Ce samedi s'est tenue la quatrième édition du grand salon des métiers du bois et des forêts et "
    "des rivières de la vallée organisé par la commune à la salle des Mouettes.\n",
])
def test_no_hall_after_a_long_clause(text):
    assert find_venue(_doc(text, title="Salon des métiers du bois")) is None
