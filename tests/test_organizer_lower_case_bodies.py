"""The organiser named by a body written in lower case with its complement ("la direction
interministérielle du numérique vous convie", "le service des sports de la ville organise"), as a
capitalised one ("la Direction du numérique"); a head word alone ("la ville organise") names none.
Made-up texts."""

from pipelines.extract.event_organizer import _organization_name


def test_a_lower_case_body_with_its_complement_is_the_organiser():
    assert _organization_name("la direction interministérielle du numérique") == "direction interministérielle du numérique"
    assert _organization_name("le service des sports de la ville") == "service des sports de la ville"
    assert _organization_name("la Direction du numérique") == "Direction du numérique"


def test_a_head_word_alone_or_a_common_phrase_is_no_organiser():
    assert _organization_name("la ville") is None
    assert _organization_name("la plupart des communes") is None


def test_people_or_bodies_of_a_named_place_are_the_organiser():
    assert _organization_name("les bénévoles de Kerval") == "bénévoles de Kerval"
    assert _organization_name("les clubs de la Ville de Noirmont") == "clubs de la Ville de Noirmont"
    assert _organization_name("l'amicale d'Orvanne") == "amicale d'Orvanne"


def test_a_described_noun_before_a_named_place_is_no_organiser():
    assert _organization_name("l'équipe technique de Kerval") is None
    assert _organization_name("les habitants du quartier") is None
