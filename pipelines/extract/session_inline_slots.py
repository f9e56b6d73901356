"""A programme whose line breaks were lost (a web page flattened into one paragraph): its timed
titles in bold are its slots ("**10h00 – 10h30 Accueil des élus** Un mot d'accueil ... **10h30 –
11h30 Quel avenir pour les bourgs ?** ...", or the time and the title in two bold spans, "**9h > 9h30**
**Mot d'accueil** par ..."), and the bullets run into the text under a slot ("* Atelier
1 : ... * Atelier 2 : ...") its parallel sessions. Read only when a paragraph holds at least
MIN_SLOTS timed titles in bold; breaks (coffee, lunch) are no sessions."""

from __future__ import annotations

import re

from ..document import Document
from .programme_timetable import is_break, item_type

# At least this many timed titles in bold in one paragraph make it a flattened programme.
MIN_SLOTS = 3
_TIME = r"\d{1,2}\s*[hH:]\s*\d{0,2}"
_BOLD_SLOT = re.compile(rf"\*\*\s*{_TIME}\s*(?:[-–—]|à)\s*{_TIME}\s+([^*\n]+?)\s*\*\*")
# ... or the time range alone in bold, the title in the bold right after it, maybe going on in plain
# words up to a full stop or the people it announces ("**9h > 9h30** **Mot d'accueil** par
# **A**, ...", "**10h > 11h** **Projection** du film des habitants. Réalisatrice : ...").
_BOLD_TIME_THEN_TITLE = re.compile(
    rf"\*\*\s*{_TIME}\s*(?:[-–—>]|à)\s*{_TIME}\s*\*\*\s*\*\*\s*([^*\n]+?)\s*\*\*([^*\n]*)")
_TITLE_GOES_ON_UNTIL = re.compile(r"[.;:!?(]|\s(?:par|avec|et|(?:mod[ée]r|anim|pr[ée]sent|introduit)[ée]*e?s?)(?=\s|$)")
# A bullet run into the text: a star between spaces, then an item up to the next star or bold.
_RUN_IN_BULLET = re.compile(r"(?:^|\s)\*\s+([^*\n]+?)(?=\s+\*\s|\s*\*\*|\s*$)")


def _inline_slots(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each slot and run-in bullet of a flattened programme."""
    text = doc.text
    out: list[tuple[str, int, int, str]] = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        slots = list(_BOLD_SLOT.finditer(text, block.start, block.end))
        if len(slots) < MIN_SLOTS:
            slots = list(_BOLD_TIME_THEN_TITLE.finditer(text, block.start, block.end))
        if len(slots) < MIN_SLOTS:
            continue
        for n, m in enumerate(slots):
            title, end = " ".join(m.group(1).split()), m.end(1)
            if m.re is _BOLD_TIME_THEN_TITLE:
                after = m.group(2)
                stop = _TITLE_GOES_ON_UNTIL.search(after)
                more = after[:stop.start() if stop else len(after)].rstrip()
                if more and not more[:1].isspace():
                    more = ""               # "**Projection**s ...": no word of its own
                if more.strip():
                    title, end = " ".join((title + more).split()), m.start(2) + len(more)
            if not is_break(title):
                out.append((title, m.start(1), end, item_type(title)))
            until = slots[n + 1].start() if n + 1 < len(slots) else block.end
            for b in _RUN_IN_BULLET.finditer(text, m.end(), until):
                item = " ".join(b.group(1).split())
                if len(item.split()) >= 2:
                    out.append((item, b.start(1), b.end(1), item_type(item)))
    return out
