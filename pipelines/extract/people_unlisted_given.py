"""A person of a list of speakers whose given name is not in the list of first names given in
France ("- Oyelan Kerbrat, directrice de l'Agence X" among "- Paul Durand, maire de Y"): the item
has the shape of its siblings (a name, then a role), so its first word is taken for a given name.
One such item alone is not read: its list must hold another person with a role."""

from __future__ import annotations

import dataclasses
import re

from .names import PersonName, is_given_name, normalise
from .programme_lines import parse_item
from .speaker_item import Item
from .programme_vocabulary import _starts_with_role

# A stand-in given name of the list, put in place of the unknown one to read the rest of the item.
_STAND_IN = "Jean"
_HEAD = re.compile(r"^(?P<given>[A-ZÀ-ÖØ-ÞŒÆ][a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-ÞŒÆ][a-zß-öø-ÿ]+)?)(?P<rest>\s+[A-ZÀ-ÖØ-ÞŒÆ].*)$")


def unlisted_given_item(body: str) -> Item | None:
    """The item of a list line "Prénom Nom, rôle[, Organisation]" whose given name the list of
    first names lacks, or None (the first word is a given name of the list, or the line is not a
    name and a role once a given name of the list is put in its place)."""
    text = " ".join(body.split()).strip(" ;")
    m = _HEAD.match(text)
    if m is None or is_given_name(m.group("given")) or normalise(m.group("given")) == normalise(_STAND_IN):
        return None
    item = parse_item(_STAND_IN + m.group("rest"), bare_ok=False, mixed_ok=True)
    if item is None or len(item.people) != 1 or not item.role or not _starts_with_role(item.role):
        return None
    person = item.people[0]
    if person.honorific or not person.full.startswith(_STAND_IN + " ") or person.given != _STAND_IN:
        return None
    given = m.group("given")
    named = PersonName(given + person.full[len(_STAND_IN):], given, person.family, None)
    return dataclasses.replace(item, people=[named], raw=text)
