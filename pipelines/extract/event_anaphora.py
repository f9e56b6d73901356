"""The event as the text's known subject: a page whose title names the event without an event
noun ("Campus X : regards croisés sur Y") goes on with a sentence whose subject is a demonstrative
and an event noun ("Cette journée abordera ...", "Ce colloque a pour objectif ..."): the
demonstrative points at the event the title announced."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_opening import opening_units
from .event_words import own_noun_spans

_norm = fold_apostrophes

# A singular demonstrative opening the sentence, before its noun (no word between: "Cette journée");
# "Ces rencontres seront l'occasion de ..." may announce a series of meetings, not one event.
_DEMONSTRATIVE = re.compile(r"\s*(?:ce|cet|cette)\s+$")


def demonstrative_event(doc: Document) -> bool:
    """Whether an opening sentence opens with a singular demonstrative and an event noun ("Cette journée
    de rencontre abordera ...")."""
    for unit in opening_units(doc):
        if unit.kind != "sentence":
            continue
        text = doc.text[unit.start:unit.end]
        spans = own_noun_spans(text)
        if spans and _DEMONSTRATIVE.fullmatch(_norm(text[:spans[0][0]]).lower()):
            return True
    return False
