""""Remarquer" is a verb of speech like "souligner": a name before "remarque que", after "fait
remarquer", or in an incise ("remarqua-t-il") is a person quoted; made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Présidente de l'office HLM, Jeanne Vidalenc remarque que la commune fait preuve d'un « dynamisme rare ».",
    "« Les loyers restent modérés », a fait remarquer Jeanne Vidalenc, présidente de l'office HLM.",
    "Jeanne Vidalenc a fait valoir que « la commune a tenu ses délais ».",
])
def test_remarking_names_the_person_quoted(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)
