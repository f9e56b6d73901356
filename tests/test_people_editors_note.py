"""Speakers: the people a newsroom names in its own note between brackets ("(le studio fondé par
Prénom Nom, Ndlr)") are the reporter's explanation, not speakers, and "Ndlr" is no organisation
(name_context.in_editors_note; round 222, issue 15). Invented text only."""

import pytest

from .support import quoted_names


@pytest.mark.parametrize("note", ["Ndlr", "NDLR", "N.D.L.R.", "ndlr"])
def test_a_name_in_the_newsrooms_note_is_no_speaker(note):
    text = (f"À la conférence du studio Brume (fondé par Paul Martin, {note}), on a refusé du monde, "
            "a expliqué Anne Roux, directrice du festival.")
    assert quoted_names(text) == ["Anne Roux"]


def test_brackets_the_newsroom_does_not_sign_keep_their_people():
    text = ("À la conférence du studio Brume (fondé par Paul Martin, directeur), on a refusé du monde, "
            "a expliqué Anne Roux, directrice du festival.")
    assert "Paul Martin" in quoted_names(text)
