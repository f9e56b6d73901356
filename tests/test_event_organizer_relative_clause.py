"""An organisation may be named as subject of a relative clause on the event ("l'association VLB
(Vivre à Valbrune), qui organise tous les ans le festival", "l'association « Les Amis de Trévanne » qui
a organisé cette manifestation"): it organises the event. Not a plan ("qui va organiser"), nor something
else than an event. Made-up texts only."""

from pipelines.extract.event_organizer import _find_organizer

from .support import doc_of


def test_an_acronym_with_its_expansion_before_qui_organise():
    doc = doc_of("Le festival a fermé ses portes dimanche soir. « Nous sommes ravis », explique Paul Garnier, "
                 "président de l'association VLB (Vivre à Valbrune), qui organise tous les ans le festival "
                 "dans la halle des sports.")
    assert _find_organizer(doc) == "VLB"


def test_a_quoted_association_name_before_qui_a_organise():
    doc = doc_of("Belle affluence samedi à Trévanne. « Tout s'est bien passé », confie Anne Morel, présidente "
                 "de l'association « Les Amis de Trévanne » qui a organisé cette manifestation.")
    assert _find_organizer(doc) == "association « Les Amis de Trévanne »"


def test_a_plan_or_another_object_names_no_organiser():
    # "qui va organiser": a plan, not the event reported; "qui organise des cours": no event
    doc = doc_of("Le livre est à l'honneur à Valbrune, qui va organiser son premier salon du livre. "
                 "La Maison des Jeunes, qui organise des cours de dessin, a prêté ses salles.")
    assert _find_organizer(doc) is None
