"""People of prose named in groups rather than one by one: the people listed after a sentence's colon
with their organisation or role ("animés par : A – X, B – Y"), and the names in brackets after a noun
naming the speakers ("trois conférenciers invités (A, B, C)")."""

from __future__ import annotations

import re

from ..lexicons import load
from .name_context import _speaking_clause
from .people_attending import _attendance_head, _honorific_pattern, _host_word, _read_name
from .programme_lines import Item, _confirmed, inline_items
from .programme_vocabulary import _UP, _f


def _bracketed_after_speaker_noun(chunk: str, folded: str, start: int, known: set[str]) -> list[Item]:
    """"trois conférenciers invités (Prénom Nom, Prénom Nom, Prénom Nom)": names in brackets after a
    noun naming the speakers (names.yaml ``speaker_nouns``) in the same sentence. Every part of
    the brackets must read as a person's name, two at least."""
    nouns = "|".join(re.escape(_f(str(w))) for w in sorted(load("names")["speaker_nouns"], key=len, reverse=True))
    out: list[Item] = []
    for m in re.finditer(rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;:!?()\n]{{0,80}}\(([^()]{{5,300}})\)", folded):
        inner = chunk[m.start(1):m.end(1)]
        parts = [" ".join(p.split()).strip(" .…") for p in re.split(r",|\bet\b", inner)]
        parts = [p for p in parts if p and p.lower() not in ("etc", "etc.")]
        names = [_read_name(p, allow_mixed=True) for p in parts]
        if len(names) < 2 or not all(n is not None and len(p.split()) <= 4 for n, p in zip(names, parts)):
            continue
        pos = m.start(1)
        for person, part in zip(names, parts):
            at = chunk.find(part.split()[0], pos)
            pos = max(pos, at)
            if person.key not in known:
                known.add(person.key)
                out.append(Item([person], None, None, raw=part, start=start + at, end=start + at + len(part)))
    return out


def _colon_lists(chunk: str, folded: str, start: int, known: set[str]) -> list[Item]:
    """"..., animés par les auteurs : Prénom NOM – Organisation, Prénom NOM – Organisation.": a
    sentence's colon, then only people with their organisation or role (two at least, names in
    capitals or after an honorific). After a host phrase, they run the session."""
    out: list[Item] = []
    for colon in re.finditer(r"[ \t]*:[ \t]+", chunk):
        stop = re.compile(r"\.(?:\s|$)|\n").search(chunk, colon.end(), colon.end() + 400)
        rest = chunk[colon.end():stop.start() if stop else min(len(chunk), colon.end() + 400)]
        if len(rest) < 10 or not re.search(rf"[{_UP}]{{2}}|{_honorific_pattern()}\s", rest):
            continue      # no name in capitals nor honorific: no need to parse
        found = inline_items(rest)
        if len(found) < 2 or sum(len(it.raw) for it in found) < 0.8 * len(rest.strip()) \
                or not all(_confirmed(it) and (it.role or it.organization) for it in found):
            continue
        clause = folded[max(0, colon.start() - 80):colon.start()].rpartition(".")[2]
        moderator = bool(_host_word().search(clause))
        # the sentence says they speak or run a session ("animés par ... :", "sont intervenus :",
        # "Intervenants :", "Table ronde : ..."); a team or a committee listed after a colon is no
        # list of speakers
        if not (moderator or _speaking_clause().search(clause)):
            continue
        label = clause.rpartition("\n")[2]
        if not moderator and _attendance_head(label):
            continue      # "Absents excusés : A, B", "Contacts presse : A (X)": named, not speaking
        for it in found:
            if any(p.key in known for p in it.people):
                continue
            known.update(p.key for p in it.people)
            it.start, it.end, it.moderator = start + colon.end(), start + colon.end() + len(rest), moderator
            out.append(it)
    return out

