"""Sessions a press preview counts as the moments of the day, then names after a colon: "Trois
rendez-vous rythmeront la foire : la visite du marché, un concours de soupes et le bal à 21h." The moment
nouns are ``moment_nouns`` of ``lexicons/sessions.yaml``; the count must equal the number of
items, the last one after "et", the others after a comma, each opened by a determiner."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .programme_timetable import item_type
from .programme_vocabulary import _f, _folded_list

_COUNTS = {"deux": 2, "trois": 3, "quatre": 4}
_DETERMINER = r"(?:l'|l’|la |le |les |un |une |des |du )"


def _day_part() -> str:
    return "|".join(re.escape(p) for p in _folded_list("day_parts"))


def _title_of(item: str) -> str:
    """An item without the part of the day opening it ("le matin, un échange ..."), its
    article, what follows its first comma and a time closing it ("... à 9h30")."""
    f = _f(item)
    m = re.match(rf"(?:le |l'|l’|en |dans l'|dans la )?(?:{_day_part()})\s*,?\s*", f)
    item = item[m.end():] if m else item
    item = _unmasked(_masked(item).split(",")[0])       # not a comma of a quoted title
    item = re.sub(r"\s+(?:à|a|dès|vers)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?\s*$", "", item.strip())
    item = re.sub(rf"^{_DETERMINER}", "", item, flags=re.IGNORECASE).strip(" !.;")
    return item


_QUOTED = re.compile(r"«[^»\n]*»|\"[^\"\n]*\"|“[^”\n]*”")


def _masked(text: str) -> str:
    """The text with the commas and the "et" of its quoted spans masked (same length)."""
    return _QUOTED.sub(lambda q: q.group(0).replace(",", "\x00").replace("et", "\x01\x02"), text)


def _unmasked(part: str) -> str:
    return part.replace("\x00", ",").replace("\x01\x02", "et")


def counted_moments(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each moment so counted and named; the span is the sentence."""
    nouns = "|".join(re.escape(_f(str(n))) for n in sorted(load("sessions").get("moment_nouns") or [], key=len, reverse=True))
    if not nouns:
        return []
    text = doc.text
    folded = _f(text)
    out = []
    for m in re.finditer(rf"(?<![\w-])({'|'.join(_COUNTS)})\s+(?:{nouns})(?![\w-])([^.:!?\n]{{0,80}}):\s*", folded):
        stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, m.end())
        end = stop.start() if stop else len(text)
        # a quoted title's commas and "et" part no moments: "intitulée « A, B et C »" is one title
        body = _masked(text[m.end():end])
        last = list(re.finditer(rf"\s+et\s+(?={_DETERMINER})", body, re.IGNORECASE))
        if not last:
            continue
        head, tail = body[:last[-1].start()], _unmasked(body[last[-1].end():])
        parts = []
        for p in (_unmasked(p) for p in re.split(rf"(,\s+)(?={_DETERMINER})", head)):
            if parts and (re.fullmatch(r",\s+", p) or re.fullmatch(rf"(?:le |l'|l’)?(?:{_day_part()})(?:,\s+)?", _f(parts[-1]))):
                parts[-1] += p      # "le matin, un échange": the part of the day opens the item
            else:
                parts.append(p)
        parts.append(tail)
        if len(parts) != _COUNTS[m.group(1)]:
            continue
        titles = [_title_of(p) for p in parts]
        if not all(t and 1 <= len(t.split()) <= 12 for t in titles):
            continue
        out.extend((t, m.start(), end, item_type(t)) for t in titles)
    return out
