"""A line that opens with a session word, names the session, then, in the same sentence, who hosts
it: a photo caption or a short report written "Conférence sur les haies du 3 mai avec A, B et C,
animée par D." The session is titled by its words up to the first comma, date or phrase bringing in
people; the host phrases are programme.yaml's (``host_phrases``)."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .names import parse_name
from .programme_lines import host_alternation
from .programme_timetable import is_break
from .programme_vocabulary import _f, _folded_list, _type_terms

_TITLE_MAX_WORDS = 16
# Where the session's name stops: a comma or colon, a date ("du 3 mai"), a phrase bringing in people.
_TITLE_END = re.compile(r"[,;:(]|\s(?:(?:avec|en presence|qui)\b|(?:du|le)\s+\d)")


@cache
def _opening() -> re.Pattern:
    terms = [t for t, _ in _type_terms() if t not in _folded_list("numbered_only")]
    return re.compile(r"(" + "|".join(re.escape(t) for t in terms) + r")(?![\w-])\s+\S")


def hosted_session_lines(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end of the sentence, type) of each such line (see the module)."""
    kinds = dict(_type_terms())
    host = re.compile(r"(?<![a-z0-9])(?:" + host_alternation() + r")\s+")
    out = []
    for line in re.finditer(r"[^\n]+", doc.text):
        text = line.group(0)
        lead = len(text) - len(text.lstrip())
        folded = _f(text.lower())
        m = _opening().match(folded, lead)
        if m is None or not text[lead:lead + 1].isupper():
            continue
        stop = re.search(r"[.!?](?:\s|$)", text[m.end():])
        sentence_end = m.end() + (stop.start() if stop else len(text) - m.end())
        h = host.search(folded, m.end(), sentence_end)
        if h is None:
            continue
        person = re.match(r"(?:[A-ZÀ-ÞŒÆ][\w’'-]+(?:\s+|(?=[,.])|$)){1,3}", text[h.end():] + " ")
        if person is None or parse_name(person.group(0).strip(" ,."), allow_mixed=True) is None:
            continue
        cut = _TITLE_END.search(folded, m.end(1))
        title = " ".join(text[lead:cut.start() if cut else h.start()].split())
        if len(title.split()) < 2 or len(title.split()) > _TITLE_MAX_WORDS or is_break(title):
            continue
        out.append((title, line.start() + lead, line.start() + sentence_end, kinds.get(m.group(1), "other")))
    return out
