"""Who said a cited figure when a verb of speech after it names its source by a role and the place
where it is held ("…, assure le maire de Valbrune"), while two speakers of the text hold that role in
different places: the figure goes to the holder of the role in that place, not to the one named last.
Without a place after the role, the one named last keeps it. Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers

_OPENING = ("Les communes du canton ont signé un groupement de commandes pour le gaz.\n\n"
            "Comme l'explique Gaston Perrichon, le maire de Valbrune : \"on négocie ensemble, c'est plus simple.\"\n\n"
            "\"Nous pesons davantage ensemble, ajoute Lucien Tardivel, le maire de Trévanne. "
            "Seuls, nous ne serions pas entendus.\"\n\n")


def test_role_with_its_place_names_the_holder_of_that_place():
    text = _OPENING + "Bilan : une baisse de 17% des factures assure le maire de Valbrune et un contrat plus souple.\n"
    assert figure_speakers(doc_of(text)) == {17: "Gaston Perrichon"}


def test_role_without_place_keeps_the_holder_named_last():
    # no place after the role: nothing tells the two maires apart, the last one named keeps it
    text = _OPENING + "Bilan : une baisse de 17% des factures assure le maire et un contrat plus souple.\n"
    assert figure_speakers(doc_of(text)) == {17: "Lucien Tardivel"}
