"""A report's subheads whose paragraph calls what it tells a session ("Regards sur la forêt" /
"Deux forestiers ont ouvert la matinée ... Cette table ronde a suscité ..."): the subhead titles a
session of that type. Only a short line of its own (no final punctuation, no programme heading),
the demonstrative and the session word within the first two sentences of the paragraph below, no
session of that word named before it there ("un large débat ... ce débat" points back to it).
Also a subhead whose paragraph opens by narrating the next part of the day ("Le bilan des projets" /
"La soirée s'est poursuivie par un concert sur le port ..."): the subhead names that part."""

from __future__ import annotations

import re

from .programme_layout import _bulleted, _programme_intro
from .programme_lines import parse_item
from .programme_reader import _Reader
from .programme_timetable import is_break
from .programme_timetable import item_type
from .programme_vocabulary import _f, _folded_list, _type_terms
from .session_narrated import _sequence_pattern

_SUBHEAD_MAX_WORDS = 12
_PROSE_MIN_WORDS = 25
# The subject before a sequence phrase opening the paragraph ("La journée", "La soirée d'échanges").
_SUBJECT_MAX_WORDS = 4


def self_named_subheads(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each such subhead; the span runs to the end of its paragraph."""
    terms = [(t, kind) for t, kind in _type_terms() if kind != "other" and t not in _folded_list("numbered_only")]
    if not terms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:cette|cet|ce)\s+(" + "|".join(re.escape(t) for t, _ in terms) + r")(?![\w-])")
    kinds = dict(terms)
    lines = reader.lines
    out = []
    for i, line in enumerate(lines[:-1]):
        body = line.body.strip()
        if not body or _bulleted(line) or len(body.split()) > _SUBHEAD_MAX_WORDS or not body[:1].isupper() \
                or body.endswith((".", ",", ";", ":")) or is_break(body) or parse_item(body, mixed_ok=True) is not None \
                or _programme_intro(body):      # "Les temps forts": the programme, not one session
            continue
        nxt = lines[i + 1].body.strip()
        if len(nxt.split()) < _PROSE_MIN_WORDS:
            continue
        first_two = ".".join(re.split(r"(?<=[.!?])\s+", nxt)[:2])
        folded = _f(first_two)
        seq = _sequence_pattern().search(_f(nxt.lower()))
        if seq is not None and len(nxt[:seq.start()].split()) <= _SUBJECT_MAX_WORDS:
            # "La matinée s'est poursuivie par ...": the paragraph tells the part of the day the subhead names
            out.append((body, line.body_start, reader.end_of(lines[i + 1]), item_type(body)))
            continue
        m = pattern.search(folded)
        if m is None or re.search(r"(?<![\w-])(?:un|une|le|la|l')\s+(?:[a-z]+\s+)?" + re.escape(m.group(1)), folded[:m.start()]):
            continue      # "... par un large débat sur X, ce débat ...": it points back to the one the text names
        out.append((body, line.body_start, reader.end_of(lines[i + 1]), kinds[m.group(1)]))
    return out
