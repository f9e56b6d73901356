"""A line of the first page naming a place, then its street and its postcode ("Centre Beautour,
12 route de la Forêt, 85000 Valbrune"), gives the venue when nothing before named one; a line
without a postcode, or a person's line, does not. Made-up texts."""

from pipelines.extract.event_place import find_venue

from .support import doc_of

HEAD = "Journée technique biodiversité 2031\n\nLa journée technique réunit les collectivités.\n\nMercredi 3 avril 2031\n"


def test_a_place_with_its_street_and_postcode_is_the_venue():
    assert find_venue(doc_of(HEAD + "Centre Espoir - Cité des Lilas, 12 rue des Lilas, 75013 Paris\n\nProgramme.\n")) \
        == "Centre Espoir - Cité des Lilas"


def test_without_a_postcode_or_a_street_it_is_no_venue():
    assert find_venue(doc_of(HEAD + "Centre Espoir, 12 rue des Lilas\n\nProgramme.\n")) is None
    assert find_venue(doc_of(HEAD + "Anne Durand, directrice, 75013 Paris\n\nProgramme.\n")) is None
