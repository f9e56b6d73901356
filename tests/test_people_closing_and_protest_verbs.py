""""a clôturé", "dénonce": closing a day and protesting are acts of speech a report tells of a
speaker ("Prénom Nom a clôturé la journée", "Prénom Nom dénonce le retard"); a name followed by a
verb that is not one of speech ("a visité") names no speaker. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "En fin d'après-midi, Jeanne Vidalenc a clôturé la journée des haies de Valbrune.",
    "Au conseil de Trévanne, Jeanne Vidalenc dénonce le retard pris par les travaux de la halle.",
    "Lors de la séance, Jeanne Vidalenc a dénoncé le coût du nouveau parking de Valbrune.",
])
def test_closing_or_protesting_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "visité": a verb that is not speech
    "En fin d'après-midi, Jeanne Vidalenc a visité la halle de Trévanne.",
])
def test_other_verbs_name_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
