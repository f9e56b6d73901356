"""Sessions a report counts, then narrates one by one by their rank, each sentence opening on
the rank: "Deux ateliers ont rythmé la journée." ... "Le premier portait sur X." ... "Le second
temps, sous forme de quiz, a ...". The verbs that introduce a session's topic are data
(``ranked_topic_verbs`` of ``lexicons/sessions.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_lines import _ordinals
from .programme_vocabulary import _f, _type_terms

# The end of a sentence: a full stop, or a line the next does not continue in lower case.
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n(?!\s*[a-zà-ÿœæ])")
# What ends a topic: a comma, a dash, who spoke there ("à travers le récit de", "avec").
_TOPIC_END = re.compile(r",|\s[–—-]\s|\s(?:a travers|en presence|avec|grace)\b")
# The part of the day after the rank ("le quatrième temps du matin"), and an apposition giving
# the session's form ("le second temps, sous forme de quiz,").
_DAY_PART = re.compile(r"\s+(?:de la|du|de l')\s*(?:matinee|matin|apres-midi|journee|soiree)(?![\w-])")
_FORM = re.compile(r"\s*,\s*(sous (?:la )?forme (?:de|d')\s*[^,.;\n]{2,40}?)\s*,")


@cache
def _verbs() -> re.Pattern:
    verbs = sorted({_f(str(v).lower()) for v in load("sessions")["ranked_topic_verbs"]}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(v) for v in verbs) + r")\s+")


def ranked_sessions(text: str, folded: str, ranks: str, counted: set[str],
                    kinds: dict[str, str]) -> list[tuple[str, int, int, str]]:
    """After a count of sessions (``counted``: the session words counted, "trois tables rondes"),
    or of parts of the day (``counted_day_parts``: "en trois temps"): a determiner, a rank and a
    counted session word anywhere ("pendant le troisième atelier"); or, opening a sentence, a
    rank and any session word or none, then a verb of ``ranked_topic_verbs`` ("Le premier était
    consacré à X", "Le quatrième et dernier temps abordait Y") or a session word with its form
    ("Le second temps, sous forme de quiz, ..."). A rank opening its sentence with a verb of topic
    is titled by the topic after the verb ("La deuxième table ronde portera sur X": X); the others,
    a counted session word or one with its form, as written from the rank ("deuxième atelier").
    One session a rank, two ranks at least.
    -> (title, start, end, type), the span running to the end of the line."""
    terms = dict(_type_terms())
    words = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    rank_of = dict(_ordinals())
    pattern = re.compile(rf"(?<![\w-])(?:ce|cet|cette|le|la|l'|du|au)\s*((?:{ranks})(?:\s+et\s+derniere?)?)"
                         rf"(?:\s+({words}))?(?![\w-])")
    one_kind = next(iter(counted)) if len(counted) == 1 else None
    out, seen = [], set()
    for m in pattern.finditer(folded):
        rank_word, term = m.group(1).split()[0], m.group(2)
        rank = rank_of.get(rank_word, rank_word)
        before = folded[max(0, m.start() - 3):m.start()]
        opens = m.start() == 0 or folded[m.start() - 1] == "\n" or re.search(r"[.!?]\s+$", before) is not None
        at = m.end()
        day = _DAY_PART.match(folded, at)
        at = day.end() if day else at
        form = _FORM.match(folded, at)
        verb = _verbs().match(folded, form.end() if form else at)
        key = (term if term in counted else one_kind, rank)
        if key in seen:
            continue
        line_end = text.find("\n", m.end())
        end = line_end if line_end != -1 else len(text)
        title = None
        if verb and opens:
            stop = _SENTENCE_END.search(text, verb.end())
            until = stop.start() if stop else len(text)
            cut = _TOPIC_END.search(folded, verb.end(), until)
            title = " ".join(text[verb.end():cut.start() if cut else until].split()).strip(" ,:")
            if not 2 <= len(title.split()) <= 20:
                title = None
        if title is None and term is not None and (term in counted or (opens and form)):
            title = " ".join(text[m.start(1):form.end(1) if form else m.end()].split())
        if title is None:
            continue
        seen.add(key)
        formed = next((terms[t] for t in sorted(terms, key=len, reverse=True)
                       if form and re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", form.group(1))), None)
        kind = formed or kinds.get(term or "") or terms.get(term or "") \
            or (kinds.get(one_kind) if one_kind else None) or "other"
        out.append((title, m.start(1), end, kind))
    return out if len(out) >= 2 else []
