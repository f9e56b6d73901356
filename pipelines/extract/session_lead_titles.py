"""The title of a timetable slot that names only its kind ("11h-12h30 Plénière", "14h Table
ronde"), given as the first sentence of the description below it:

    14h00-15h30 Table ronde
    Les haies du bocage : quel avenir pour nos campagnes ? Depuis vingt ans, les communes ...

The first sentence is a title when it is short, capitalised and either asks a question or is
cut in two by a colon ("Thème : sous-titre"); a sentence of prose is neither."""

from __future__ import annotations

import re

from .programme_lines import parse_item

_TITLE_MAX_WORDS = 22
# the end of the first sentence: a full stop, question or exclamation mark before a capital
_SENTENCE_END = re.compile(r"(?<![\s.])\.(?=\s+[«“\"(]?[A-ZÀ-ÞŒÆ]|\s*$)|\s?[?!](?=\s|$)")


def lead_sentence_title(body: str) -> str | None:
    """The title the first sentence of ``body`` gives (see the module), its full stop taken
    off, else None."""
    body = " ".join(body.split())
    m = _SENTENCE_END.search(body)
    if m is None:
        return None
    mark = m.group(0).strip()
    sentence = body[:m.end()] if mark == "?" else body[:m.start()]
    words = sentence.split()
    if not sentence[:1].isupper() or len(words) > _TITLE_MAX_WORDS or len(words) < 3:
        return None
    head = sentence.split(":", 1)[0]
    colon = ":" in sentence and 1 <= len(head.split()) <= 8 and not head.rstrip().endswith(("h", "H"))
    if not (mark == "?" or colon) or parse_item(sentence, mixed_ok=True) is not None:
        return None
    return sentence
