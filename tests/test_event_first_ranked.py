"""An event noun ranked first, then the participle naming who holds it ("« Trévanne au travail »,
premier forum organisé par la communauté de communes") is edition one; the first day of an event
organised by someone is a part of it, not its first edition. Made-up texts only."""

from pipelines.extract.event_first_time import first_ranked_by

from .support import doc_of as _doc


def test_first_salon_organised_by_a_body_is_edition_one():
    text = ("Trévanne au travail\n\n« Trévanne au travail », premier forum organisé par la communauté "
            "de communes des Orvailles, a accueilli quatre cents visiteurs samedi.\n")
    assert first_ranked_by(_doc(text, title="Trévanne au travail")) == 1


def test_first_day_organised_by_a_club_is_no_edition():
    text = ("Trévanne au travail\n\nLa première journée organisée par le club des Orvailles "
            "a accueilli quatre cents visiteurs samedi.\n")
    assert first_ranked_by(_doc(text, title="Trévanne au travail")) is None
