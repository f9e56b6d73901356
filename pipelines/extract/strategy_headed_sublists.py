"""A strategy's axes as plain lines over their own bulleted lists, counted just before: a line
announcing a count of parts and ending with a colon ("Le plan de Trévanne se décline en 3 axes :"),
then a title line with no bullet over its dashed sub-items, another title over its own, and so on
("Relier les bourgs" / "- Ouvrir deux voies vertes" / "- Poser des arceaux" / "Former les agents" /
"- ..."). The titles, as many as the count; fewer only when the text stops inside the last title's
sub-list (an excerpt cut before the last parts). Cue words: the `strategy` section of
``lexicons/claims.yaml``; the title length: strategy.yaml ``unmarked_item_max_words``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, _section_label, number_alternation

# A sub-item's bullet at the start of its line ("- Ouvrir deux voies vertes", "• Poser des arceaux").
_BULLET = re.compile(r"[ \t]*[-–—•·▪*][ \t]+\S")


def _headed_sublists(doc: Document) -> list[list[Axis]]:
    """Title lines over their own bulleted sub-lists, as many as the line before them counts."""
    text = doc.text
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,40}}:\s*$")
    max_words = int(_lex().get("unmarked_item_max_words", 15))
    lines, at = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((raw, at))
        at += len(raw) + 1

    def title(raw: str) -> bool:
        # a short line of its own, no bullet, opening with a capital, no sentence's final stop; a
        # labelled title ("Axe 2 : Former les agents") is a numbered section's, read as such
        body = raw.strip()
        return (not _BULLET.match(raw) and body[:1].isupper() and 0 < len(body.split()) <= max_words
                and not re.search(r"[.!?:;,]$", body) and not _section_label().match(_norm(body)))

    listings = []
    for n, (raw, _) in enumerate(lines):
        m = counted.search(_norm(raw.rstrip()))
        if m is None:
            continue
        count = count_value(m.group(1))
        items, k, reached_end = [], n + 1, False
        while k < len(lines) and title(lines[k][0]):
            subs = 0
            while k + 1 + subs < len(lines) and _BULLET.match(lines[k + 1 + subs][0]):
                subs += 1
            if not subs:
                break                    # a title over no sub-list: the titled layout ends
            head, head_at = lines[k]
            lead = len(head) - len(head.lstrip())
            body = head.strip()
            items.append(Axis(" ".join(body.split()), head_at + lead, head_at + lead + len(body), True))
            k += 1 + subs
            reached_end = k == len(lines)
        if count >= 2 and len(items) >= 2 and (len(items) == count or (len(items) < count and reached_end)):
            listings.append(items)
    return listings
