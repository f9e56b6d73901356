"""People of prose named in groups rather than one by one: the people listed after a sentence's colon
with their organisation or role ("animés par : A – X, B – Y"), and the names in brackets after a noun
naming the speakers ("trois conférenciers invités (A, B, C)")."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .name_context import _speaking_clause
from .speech_cues import _alternation
from .people_attending import _attendance_head, _honorific_pattern, _host_word, _read_name, _speaking_place
from .names import PersonName, is_given_name, normalise
from .programme_lines import inline_items
from .speaker_item import Item, _confirmed
from .programme_roles import _looks_like_org
from .programme_vocabulary import _UP, _acronym, _f, _has_org_word, _is_role_word, _normalised_set


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
        # the sentence ends at a full stop, a line break or a rule of asterisks, dashes... ("*****",
        # maybe blanked out as emphasis marks: a wide blank)
        stop = re.compile(r"\.(?:\s|$)|\n|([*=_~#-])\1{2,}|[ \t]{8,}").search(chunk, colon.end(), colon.end() + 400)
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
        # "Intervenants :", "Table ronde : ...", "Sont réunis autour de la table :"); a team or a committee listed after a colon is no
        # list of speakers
        if not (moderator or _speaking_clause().search(clause) or _speaking_place().search(clause)):
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



# A line of its own (maybe in bold, maybe a list item): names joined by commas and "et", then one
# bracket ("Prénom Nom, Prénom Nom et Prénom Nom (Agence X)").
_NAMES_LINE = re.compile(r"^[ \t]*(?:[-•–*][ \t]+)?([^()\n:;.!?«»]{5,200}?)[ \t]*\(([^()\n]{2,80})\)[ \t]*$", re.MULTILINE)


def _names_sharing_a_body(chunk: str, start: int, known: set[str]) -> list[Item]:
    """"Prénom Nom, Prénom Nom et Prénom Nom (Agence X)" alone on its line, as a programme or a
    report writes the speakers of a talk under its heading: every person of the enumeration comes
    from the body in the bracket. Each part must be a name opening with a given name (two at least)
    and the bracket a body (a body's word, an acronym or a short capitalised name), not a role."""
    out: list[Item] = []
    for m in _NAMES_LINE.finditer(chunk):
        body = " ".join(m.group(2).split())
        first = body.split()[0].strip(",")
        # a body's word, an acronym, or a body's name of one or two capitalised words ("Kerval")
        if not (_has_org_word(body) or _acronym(first) or _looks_like_org(body)
                or (len(body.split()) <= 2 and body[:1].isupper() and not is_given_name(first))):
            continue
        parts = [" ".join(p.split()) for p in re.split(r",|[ \t]et[ \t]", m.group(1))]
        if len(parts) < 2 or not all(p and len(p.split()) <= 4 for p in parts):
            continue
        read = [_read_name(p, allow_mixed=True) if is_given_name(p.split()[0]) else None for p in parts]
        # a part whose given name the list lacks ("Prénom Nom" of a rare given name) reads as its
        # siblings do when most of them open with a known given name
        if 2 * sum(n is not None for n in read) < len(parts):
            continue
        names = [n or _sibling_name(p) for n, p in zip(read, parts)]
        if not all(names):
            continue
        pos = m.start(1)
        for person, part in zip(names, parts):
            at = max(pos, chunk.find(part, pos))
            pos = at + len(part)
            if person.key in known:
                continue
            known.add(person.key)
            out.append(Item([person], None, body, raw=part, start=start + at, end=start + at + len(part)))
    return out


def _sibling_name(part: str) -> PersonName | None:
    """"Prénom Nom" read as a person's name without a known given name: two to four capitalised words
    (or a particle), none a body's, a role's or a session's word."""
    tokens = part.split()
    particles = _normalised_set("name_particles")
    if not 2 <= len(tokens) <= 4 or not re.fullmatch(rf"[{_UP}][a-zà-ÿœæ’'-]+", tokens[0]) \
            or not all(re.fullmatch(rf"[{_UP}][\w’'-]+", t) or normalise(t) in particles for t in tokens):
        return None
    if any(_is_role_word(t) or normalise(t) in _normalised_set("organization_words") for t in tokens) \
            or _read_name(part, allow_mixed=True, caps_ok=True) is None and _has_org_word(part):
        return None
    return PersonName(part, tokens[0], " ".join(tokens[1:]), None)


@cache
def _speaker_noun_at_end() -> re.Pattern:
    """A noun naming speakers (names.yaml ``speaker_nouns``), maybe a few linking words
    (``speaker_noun_links``) and a role with its article ("la sociologue"), ending the folded text."""
    lex = load("names")
    nouns, links = _alternation(lex["speaker_nouns"]), _alternation(lex.get("speaker_noun_links", []))
    # the noun inside a sentence, after its determiner (a label "Intervenants : A et B" says nothing)
    return re.compile(rf"(?<![\w-])(?:les|des|nos|aux|ses|leurs|ces|vos)[ \t]+(?:{nouns})(?:[ \t,]+(?:{links}))*[ \t]+"
                      rf"(?:(?:le|la|l')[ \t]*[a-z-]+[ \t]+)?$")


def after_speaker_noun(folded: str, pos: int) -> bool:
    """The name at ``pos`` comes right after a noun naming speakers: "les grands témoins invités
    comme A", "nos panélistes la géographe A" (A speaks)."""
    return bool(_speaker_noun_at_end().search(folded, max(0, pos - 70), pos))


def roles_from_colon_lists(items: list[Item], chunk: str, folded: str, start: int) -> None:
    """A list after a colon whose line breaks were lost ("A, rôle, ORGANISATION B, rôle, ..."): a
    person read one at a time with the next one's name in their role or body, or with words after
    the list's end, takes theirs from the list read as a whole (``items`` changed in place)."""
    listed = {p.key: it for it in _colon_lists(chunk, folded, start, set()) for p in it.people}
    names = [p.full for it in listed.values() for p in it.people]
    for it in items:
        whole = listed.get(it.people[0].key) if len(it.people) == 1 else None
        if whole is None or len(whole.people) != 1:
            continue
        swallowed = " ".join(" ".join(filter(None, (it.role, it.organization))).split())
        own = " ".join(" ".join(filter(None, (whole.role, whole.organization))).split())
        if any(n in swallowed for n in names if n != it.people[0].full) or (
                own and swallowed != own and swallowed.startswith(own)):
            it.role, it.organization = whole.role, whole.organization
