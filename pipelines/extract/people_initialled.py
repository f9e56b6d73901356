"""Speakers a write-up names by the initial of their given name ("C. Martin nous présente une
application", "selon J.P. Durand, ..."): the initial and a capitalised family name, confirmed by
a verb of speech right after them or by "selon" right before them, as for any name of prose
(``speech_cues``). The capitalised runs of prose readers need two letters a word, so an initial is
read here."""

from __future__ import annotations

import re
from functools import cache

from .names import initialled_name, normalise
from .programme_vocabulary import _UP, _f, _normalised_set
from .speaker_item import Item
from .speech_cues import _cue_patterns


# An initial ("C.", "J.P.", "JL") then one or two capitalised words of a family name; not
# inside a longer word or an abbreviation ("U.S. Army", "p. Dupont").
@cache
def _initialled_run() -> re.Pattern:
    word = rf"[{_UP}][\w’'-]*[a-zà-ÿœæ]"
    return re.compile(rf"(?<![\w.’'-])(?:[{_UP}]\.(?:-?[{_UP}]\.)?|[{_UP}]{{2}}(?=[ \u00a0]))[ \u00a0]?"
                      rf"{word}(?:[ \u00a0]{word})?(?![\w’'-])")


# The subject of a verb of speech opens its clause: at the start of a line, a list item or a
# sentence, after "et", "puis" or "ensuite" ("le groupe U.S. Steel a présenté" names a company).
_OPENS_CLAUSE = re.compile(r"(?:^|[\n.;:!?(«\"*•–—-]|(?<![\w-])(?:et|puis|ensuite|enfin))[ \t\u00a0]*$")


def initialled_speakers(text: str) -> list[Item]:
    """One item per initialled name that a verb of speech follows or a cue of speech precedes."""
    after_verb, before_cue, _ = _cue_patterns()
    items: list[Item] = []
    for m in _initialled_run().finditer(text):
        name = initialled_name(m.group(0))
        if name is None or name.given.rstrip(".") == "M" \
                or any(normalise(w) in _normalised_set("title_stopwords")
                       for w in [name.given] * name.given.isalpha() + name.family.split()):
            continue      # "M. Durand" is Monsieur Durand; "I. La ..." opens a numbered part, "LA Métropole" a name
        tail = _f(text[m.end():m.end() + 120])
        head = _f(text[max(0, m.start() - 60):m.start()])
        if not (before_cue.search(head) or (after_verb.match(tail) and _OPENS_CLAUSE.search(head))):
            continue
        items.append(Item([name], None, None, raw=m.group(0), start=m.start(), end=m.end()))
    return items
