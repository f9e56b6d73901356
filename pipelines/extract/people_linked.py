"""The speakers a write-up links to their profile: a conference's or a meetup's report names each
speaker as a link to their card on the event's site (``<a href="/speakers/prenom-nom">Prénom
Nom</a>``) or, on a line of its own or in a talk's heading, to their social-network account
("### Titre du talk, [Prénom Nom](https://twitter.com/pseudo)"). The link vouches for a person:
its text is read as a name when it parses as one; a profile link whose text is no name ("GDG
Paris") is left, and so is a social link inside a sentence (it may name whoever made the badges).
The targets are listed in the lexicon (``speaker_card_links``, ``speaker_social_links``)."""

from __future__ import annotations

from functools import cache

from ..document import Document
from ..lexicons import fold
from .names import parse_name
from .programme_vocabulary import _lex
from .speaker_item import Item


@cache
def _marks(key: str) -> tuple[str, ...]:
    return tuple(fold(str(m)) for m in _lex()[key])


def _stands_out(doc: Document, start: int, end: int) -> bool:
    """True when the name at ``start:end`` is in a heading or is its line's whole text."""
    block = doc.block_at(start)
    if block is not None and block.kind == "heading":
        return True
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
    return line.strip(" -*•:\t") == doc.text[start:end]


def linked_speakers(doc: Document) -> list[Item]:
    """One item per person named by a link to a profile, at the first place the text names them
    (for a social link, the first place where the name stands out)."""
    items, seen = [], set()
    for text, target in doc.metadata.get("page_links") or ():
        folded = fold(target)
        card = any(m in folded for m in _marks("speaker_card_links"))
        if not card and not any(m in folded for m in _marks("speaker_social_links")):
            continue
        name = parse_name(text, allow_mixed=True)
        if name is None or fold(text) in seen:
            continue
        start = doc.text.find(text)
        while start >= 0 and not card and not _stands_out(doc, start, start + len(text)):
            start = doc.text.find(text, start + 1)
        if start < 0:
            continue
        seen.add(fold(text))
        items.append(Item([name], None, None, raw=text, start=start, end=start + len(text)))
    return items
