"""An upper-case Roman ordinal right before the event's name numbers its edition ("le XIIe salon
Valbrune Habitat" is its 12th), as one in figures does; a Roman ordinal elsewhere (a century) reads
nothing. Made-up texts only."""

from pipelines.extract.event_edition import edition_of_name

from .support import doc_of


def test_a_roman_ordinal_before_the_event_name_is_its_edition():
    text = ("Bilan du salon\n\nAvec une fréquentation en hausse, le XIIe salon Valbrune Habitat a "
            "tenu ses promesses au parc des expositions de Trévanne.\n")
    assert edition_of_name(doc_of(text), "Salon Valbrune Habitat") == 12


def test_a_roman_ordinal_away_from_the_event_name_is_no_edition():
    text = ("Bilan du salon\n\nDans une halle du XIIe siècle, le salon Valbrune Habitat a tenu ses "
            "promesses au parc des expositions de Trévanne.\n")
    assert edition_of_name(doc_of(text), "Salon Valbrune Habitat") is None
