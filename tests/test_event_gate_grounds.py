"""An exhibition ground named by its city gate ("porte de X") is the event's venue when nothing else
gives one; a gate written after a dash only locates a hall named before it. Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_city_gate_ground_is_the_venue():
    doc = _doc("Le salon des jardiniers ouvre ses portes ce vendredi porte de Valmy, à Lyon, pour trois jours.\n",
               title="Salon des jardiniers")
    assert find_venue(doc) == "porte de Valmy"


def test_a_gate_after_a_dash_is_no_venue():
    doc = _doc("Salon des jardiniers : Hall Nord – Porte de Valmy, du 3 au 5 mai.\n",
               title="Salon des jardiniers")
    assert find_venue(doc) != "Porte de Valmy"
