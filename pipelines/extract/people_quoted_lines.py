"""A line that gives a person's words after their name and a colon, as press headlines and
interviews do ("Prénom Nom : « Nous avons doublé la fréquentation »", "Festival 2031 - Prénom Nom :
"..."", a short prefix before a dash maybe): the person speaks. The name opens with a known given
name and the words open with a quotation mark."""

from __future__ import annotations

import re

from ..document import Document
from .lines import iter_lines
from .names import is_given_name, parse_name
from .speaker_item import Item

_LINE = re.compile(r"(?:[^:\n]{1,40}?\s[-–—]\s)?(?P<name>[A-ZÀ-ÝŒÆ][\w'’-]+(?:\s+(?:(?:de|du|le|la|d['’])\s*)?"
                   r"[A-ZÀ-ÝŒÆ][\w'’-]+){1,2})\s*:\s*[«\"“]")


def quoted_line_people(doc: Document) -> list[Item]:
    """One item per line that opens on a person's name, a colon and quoted words."""
    out: list[Item] = []
    for line in iter_lines(doc.text):
        m = _LINE.match(line.body)
        if m is None or not is_given_name(m.group("name").split()[0]):
            continue
        name = parse_name(m.group("name"), allow_mixed=True)
        if name is not None:
            start = line.body_start + m.start("name")
            out.append(Item(people=[name], role=None, organization=None, raw=m.group("name"),
                            start=start, end=start + len(m.group("name"))))
    return out
