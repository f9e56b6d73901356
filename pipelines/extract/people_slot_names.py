"""A timed slot of a programme whose text opens on a person's name and their role or organisation
("9h15 : Prénom NOM, fonction", "10h00 / 10h30 – Dr Prénom Nom, Organisme"): that person gives
the slot. The name must be the slot's first words and carry a role or an organisation, so that
a slot naming a talk ("9h15 : Accueil des participants") gives no one."""

from __future__ import annotations

from .programme_lines import inline_items
from .programme_reader import _Reader
from .programme_timetable import _TIME_PREFIX
from .programme_vocabulary import _is_role_word
from .speaker_item import Item
from .names import strip_honorific


def _opens_on(rest: str, item: Item) -> bool:
    """Whether the slot's text starts with the item's first person (an honorific may precede)."""
    _, bare = strip_honorific(" ".join(rest.split()))
    return bool(item.people) and bare.startswith(item.people[0].full)


def slot_name_people(reader: _Reader) -> list[Item]:
    """The people named first in the timed slots of ``reader``, with their role or organisation."""
    items: list[Item] = []
    for line in reader.lines:
        body = line.body
        m = _TIME_PREFIX.match(body)
        if m is None:
            continue
        rest = body[m.end():].lstrip(" -–—:|")
        if not rest or not rest[0].isupper():
            continue
        found = inline_items(rest)
        if not found or not _opens_on(rest, found[0]):
            continue
        found = [it for it in found if it.people
                 and not any(_is_role_word(w) for p in it.people for w in p.full.split())]
        if not any(it.role or it.organization for it in found):
            continue
        for it in found:
            it.start, it.end = line.body_start, reader.end_of(line)
        items.extend(found)
    return items
