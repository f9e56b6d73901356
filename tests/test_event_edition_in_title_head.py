"""An ordinal inside the event's name, after a title's head and a contracted article ("Actes du 14e
colloque de Valbrune", "Compte rendu des 3es assises de Trévanne"), numbers the edition when a
noun of events.yaml `whole_event_nouns` follows it; an ordinal before any other word ("Fête du 1er
mai") ranks no event. Made-up names only."""

from pipelines.extract.event_edition import edition_opening_name


def test_an_ordinal_after_du_before_an_event_noun_numbers_the_edition():
    assert edition_opening_name("Actes du 14e colloque de Valbrune") == 14


def test_a_plural_ordinal_after_des_before_an_event_noun_numbers_the_edition():
    assert edition_opening_name("Compte rendu des troisièmes assises de Trévanne") == 3


def test_an_ordinal_before_a_month_is_no_edition():
    assert edition_opening_name("Fête du 1er mai de Trévanne") is None
