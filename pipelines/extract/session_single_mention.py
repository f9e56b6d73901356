"""The one session a press article or a short report names in passing: "Jean Dupont a animé une
table ronde sur le thème de la décentralisation", "la table ronde introductive du colloque",
"Une table ronde a ouvert l'après-midi", "la conférence plénière a réuni ...".

A document with no programme, no session heading and no other session named in its prose (this
reader comes last) that speaks of such a session in the singular, with an article, names one:
every mention of it in the singular is the same session said again ("une table ronde ... la
table ronde"). Only the words of sessions.yaml ``single_mention_words``: a session that an event
holds once ("table ronde", "conférence plénière"), never the words a text also uses for a genre
("des conférences", "la conférence de presse") or for a body ("la Conférence des maires": a
capital letter). Its title is the session word with what qualifies it: a word of
``single_mention_qualifiers`` ("introductive"), then a complement opened by one of
``single_mention_cues`` ("sur le thème de ...", "autour du film « ... »", "dédiée à ...") up to the
end of its phrase, also after a comma of apposition or who organised it ("la table ronde, sur
...", "la table ronde animée par l'agence sur ...": ``single_mention_credits``, left out of the
title); the first mention that has such a complement gives it. Mentions whose cued
complements name different subjects are as many sessions of that kind ("la table ronde consacrée
aux écoles ... la table ronde consacrée aux routes")."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .programme_vocabulary import _f, _type_terms

# What ends a session's complement: a punctuation mark, a line break unless the phrase goes on in
# lower case on the next line (a wrapped line), or a word opening another clause or phrase (a
# relative pronoun, "avec", a participle naming who ran it, a conjugated auxiliary or copula).
_PHRASE_END = re.compile(r"[,;:.!?()]|\n(?![ \t]*[a-zà-ÿœæ'’])|\s(?:qui|que|dont|avec|a|ont|aura|sera|fut|était|est|animée?s?|présidée?s?"
                         r"|organisée?s?|réunissait|réunira|réunit)(?![\w-])")
# The end of the mention's sentence: a full stop, or a blank line.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# A title between quotation marks in the complement, kept whole whatever it holds ("quels enjeux ?").
_QUOTED = re.compile(r"[«“\"][^«»“”\"\n]{1,220}[»”\"]")


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, dict[str, str]]:
    spec = load("sessions")
    words = sorted({_f(str(w).lower()) for w in spec["single_mention_words"]}, key=len, reverse=True)
    qualifiers = sorted({_f(str(w).lower()) for w in spec["single_mention_qualifiers"]}, key=len, reverse=True)
    cues = sorted({_f(str(w).lower()) for w in spec["single_mention_cues"]}, key=len, reverse=True)
    mention = re.compile(r"(?<![\w'’-])(?:une|la|l'|l’|d'une|d’une)\s*(" + "|".join(re.escape(w) for w in words)
                         + r")(?![\w-])")
    qualifier = re.compile(r"[ \t\u00a0]+(?:" + "|".join(re.escape(q) for q in qualifiers) + r")(?![\w-])")
    cue = re.compile(r"[ \t\u00a0]+(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])")
    credits = sorted({_f(str(w).lower()) for w in spec["single_mention_credits"]}, key=len, reverse=True)
    # "la table ronde, sur ..." or "la table ronde animée par l'agence de Valbrune sur ...": a
    # comma, or a credit up to a cue within its phrase (no punctuation, no line break before it)
    bridge = re.compile(r"[ \t\u00a0]*,|[ \t\u00a0]+(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in credits)
                        + r")[ \t\u00a0]+[^,;:.!?()\n]{1,60}?(?=[ \t\u00a0]+(?:"
                        + "|".join(re.escape(c) for c in cues) + r")(?![\w-]))")
    kinds = dict(_type_terms())
    return mention, qualifier, cue, bridge, {w: kinds.get(w, "other") for w in words}


def _complement_end(text: str, start: int) -> int:
    """Where the phrase that opens at ``start`` ends, a quoted title inside it kept whole."""
    pos = start
    while True:
        end = _PHRASE_END.search(text, pos)
        quoted = _QUOTED.search(text, pos)
        if quoted is None or (end is not None and end.start() < quoted.start()):
            return end.start() if end else len(text)
        pos = quoted.end()


def single_mention_session(doc: Document) -> list[tuple[str, int, int, str]]:
    """[(title, start, end, type)] of the session each word names in passing (one per word), else
    []; the span is the sentence of the mention that gives the title."""
    text = doc.text
    folded = _f(text)
    mention, qualifier, cue, bridge, kinds = _patterns()
    found = []
    for m in mention.finditer(folded):
        if not text[m.start(1)].islower():
            continue            # "la Conférence des maires": a body, not a session
        end = m.end(1)
        # a cue right after the word ("dédiée à l'eau"), else a qualifier and maybe a cue after it
        c = cue.match(folded, end)
        q = None if c else qualifier.match(folded, end)
        if q:
            end = q.end()
            c = cue.match(folded, end)
        skip = None
        if not c:
            # "la table ronde, sur l'avenir des haltes": the cue after a comma or a credit
            b = bridge.match(folded, end)
            c = cue.match(folded, b.end()) if b else None
            if c:
                skip = (end, b.end())
        if c:
            end = _complement_end(text, c.end())
        found.append((m.start(1), end, bool(q or c), m.group(1), bool(c), skip))
    out = []
    for word in dict.fromkeys(f[3] for f in found):        # one session per word, in text order
        mentions = [f for f in found if f[3] == word]
        # "la table ronde consacrée aux écoles ... la table ronde consacrée aux routes": each
        # mention whose complement names another subject is another session of the same kind
        cued = {}
        for f in mentions:
            if f[4]:
                span = text[f[0]:f[5][0]] + text[f[5][1]:f[1]] if f[5] else text[f[0]:f[1]]
                cued.setdefault(_f(" ".join(span.split()).rstrip(" ,").lower()), f)
        chosen = list(cued.values()) if len(cued) > 1 else [next((f for f in mentions if f[2]), mentions[0])]
        for start, end, *_, skip in chosen:
            span = text[start:skip[0]] + text[skip[1]:end] if skip else text[start:end]
            title = " ".join(span.split()).rstrip(" ,")
            stop = _SENTENCE_END.search(text, end)
            out.append((title, start, stop.start() if stop else len(text), kinds[word]))
    return sorted(out, key=lambda s: s[1])
