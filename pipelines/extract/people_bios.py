"""Speakers' biographies under their talks: in a programme whose sessions the reader found, a
paragraph inside a session's span that opens on a person's name and a verb presenting them
("Prénom Nom est architecte chez X.", "Prénom Nom dirige l'activité Y de X", "Prénom Nom se
définit comme ...") is the biography of who gives that session. The name opens with a known given
name; the role and the organisation come from "est (un, une) <rôle> chez / à / au sein de <X>"
when the sentence says so (programme.yaml `biography_verbs`)."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .names import is_given_name, parse_name
from .speaker_item import Item

# A name opening the paragraph: two to four capitalised words (a particle between them maybe).
_NAME = r"(?P<name>[A-ZÀ-ÝŒÆ][\w'’-]+(?:\s+(?:(?:de|du|des|le|la|van|von|d['’])\s*)?[A-ZÀ-ÝŒÆ][\w'’-]+){1,3})"
# "est (un, une) architecte chez Valbrune Conseil": the role and where it is held
_ROLE_AT = re.compile(r"^\s+est\s+(?:un\s+|une\s+)?(?P<role>[a-zà-ÿ][^.,;:()]{2,80}?)\s+"
                      r"(?:chez|à|au\s+sein\s+de|au\s+sein\s+du|au|à\s+la)\s+(?P<org>[A-ZÀ-ÝŒÆ][^.,;:()]{1,60}?)\s*[.,;]")


@cache
def _opening() -> re.Pattern:
    verbs = sorted((str(v) for v in load("programme").get("biography_verbs") or []), key=len, reverse=True)
    return re.compile(r"^" + _NAME + r"\s+(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")


def session_bios(doc: Document, spans: list[tuple[int, int]]) -> list[Item]:
    """One item per biography paragraph inside one of the sessions' ``spans`` (start, end)."""
    out: list[Item] = []
    if not spans:
        return out
    for b in doc.blocks:
        if b.kind != "paragraph" or not any(start < b.start < end for start, end in spans):
            continue
        text = doc.text[b.start:b.end].lstrip()
        m = _opening().match(text)
        if m is None or not is_given_name(m.group("name").split()[0]):
            continue
        name = parse_name(m.group("name"), allow_mixed=True)
        if name is None:
            continue
        at = _ROLE_AT.match(text[m.end("name"):])
        role, org = (at.group("role").strip(), at.group("org").strip()) if at else (None, None)
        start = b.start + (len(doc.text[b.start:b.end]) - len(text))
        out.append(Item(people=[name], role=role, organization=org, raw=m.group(0),
                        start=start, end=start + len(m.group("name"))))
    return out
