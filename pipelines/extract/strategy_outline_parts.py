"""The sub-parts of an outline entry that names a strategy's parts: a report's part "4. Les
orientations" (or "3. Nos ambitions", "2 Axes du projet") followed by its sub-parts "4.1 Relier
les quartiers", "4.2 Former les agents"...: those sub-parts are the axes, in a table of contents (its
entries on lines of their own, or run on one line, their line breaks lost) or in the body. Read
only in a document that names a strategy and shows no other axes (strategy.py)."""

from __future__ import annotations

import re

from .strategy_text import Axis, _axis_words, _lex, _norm

# A page number, a dot leader or a stop closing a sub-part's title.
_TAIL = re.compile(r"(?:\s*(?:\.{3,}|…+|(?:\.[ \t]){3,}))?[\s.…]*\d{0,3}\s*$")


def _outline_axes(doc) -> list[Axis]:
    """The sub-parts N.1, N.2... (two at least, each a title of at most ``section_title_max_words``
    words) of the first outline entry N whose title opens with an axis word (claims.yaml
    ``axis_words``, after "les" or "nos"); a sub-part ends at the next one, at the next part
    (N+1), or at the end of its line."""
    text, folded = doc.text, _norm(doc.text)
    max_words = int(_lex().get("section_title_max_words", 20))
    head = re.compile(rf"(?:^|(?<=\s))(\d{{1,2}})\.?[ \t]+(?:(?:les|nos)[ \t]+)?(?:grands?[ \t]+|grandes[ \t]+)?"
                      rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,80}}?(?=[ \t\n]+\1[ \t]?\.[ \t]?1\.?[ \t])")
    for m in head.finditer(folded):
        n = int(m.group(1))
        cursor, items = m.end(), []
        line_end = text.find("\n", cursor)
        line_end = len(text) if line_end < 0 else line_end
        k = 1
        while True:
            sub = re.compile(rf"[ \t\n]+{n}[ \t]?\.[ \t]?{k}\.?[ \t]+(?=\S)").match(text, cursor)
            if not sub:
                break
            start = sub.end()
            stop_line = text.find("\n", start)
            stop_line = len(text) if stop_line < 0 else stop_line
            nxt = re.compile(rf"[ \t]+(?:{n}[ \t]?\.[ \t]?{k + 1}\.?|{n + 1}\.?)[ \t]+(?=\S)").search(text, start, stop_line)
            end = nxt.start() if nxt else stop_line
            title = _TAIL.sub("", text[start:end]).strip()
            if not title or len(title.split()) > max_words:
                return []
            items.append(Axis(" ".join(title.split()), start, start + len(title), True))
            cursor, k = end, k + 1
        if len(items) >= 2:
            return items
    return []
