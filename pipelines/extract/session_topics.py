"""Sessions a press report names by their subject rather than by a title: a session word, maybe
who chaired it, then a verb saying what it dealt with ("une première table ronde, présidée par
Prénom Nom, a permis d'aborder l'avenir des communes rurales.", "un débat fut consacré au coût
de l'énergie"): the subject is the session's title. Verbs in ``lexicons/sessions.yaml``
``topic_verbs``."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .programme_vocabulary import _f, _folded_list, _type_terms

# A contracted article before the subject ("consacré au tri des biodéchets"): the article of the title.
_CONTRACTED = (("aux ", "les "), ("au ", "le "), ("à la ", "la "), ("à l’", "l’"), ("à l'", "l'"), ("à ", ""))
# What ends the subject: a sentence's or clause's end, or a conjunction opening another clause.
_SUBJECT_END = re.compile(r"[.;:!?](?:\s|$)|,|\n|\s(?:puisqu|parce qu|car\s|alors qu|tandis qu|afin d|où\s)",
                          re.IGNORECASE)
_SUBJECT_MAX_WORDS = 16


def _sessions_on_topics(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each session named by its subject; the span runs to the end of
    the sentence. The session word follows an article and at most one word ("une première table
    ronde"), and the verb comes within 120 characters of the same sentence."""
    text = doc.text
    folded = _f(text)
    terms = [(t, kind) for t, kind in _type_terms() if t not in _folded_list("numbered_only")]
    kinds = dict(terms)
    verbs = "|".join(re.escape(_f(str(v))) for v in sorted(load("sessions").get("topic_verbs") or [], key=len, reverse=True))
    if not verbs:
        return []
    pattern = re.compile(r"(?<![\w-])(?:la|le|l'|une|un)\s*(?:[a-z]+\s+)?(" + "|".join(re.escape(t) for t, _ in terms)
                         + r")(?![\w-])[^.;!?\n]{0,120}?\s(?:" + verbs + r")(?![\w-])\s*")
    out = []
    for m in pattern.finditer(folded):
        start = m.end()
        end_match = _SUBJECT_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        subject = " ".join(text[start:end].split())
        for contracted, article in _CONTRACTED:
            if subject.lower().startswith(contracted):
                subject = article + subject[len(contracted):]
                break
        if not 2 <= len(subject.split()) <= _SUBJECT_MAX_WORDS or not subject[:1].islower():
            continue        # a name ("consacré à Valbrune") or a whole clause is no subject
        stop = re.search(r"[.!?](?:\s|$)|\n", text[end:])
        out.append((subject, start, end + (stop.start() if stop else 0), kinds.get(m.group(1), "other")))
    return out
