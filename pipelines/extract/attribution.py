"""Who said a cited figure, only when the text supports it: the sentence naming its source
("selon X", "X a rappelé que", "« … », a précisé X", "selon la directrice, X"), or the sentence
announcing the list that holds it; else the speech it belongs to (speeches.py); else the speaker
headings of its session, or its only speaker (see :func:`attribute`). Never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..document import Document
from ..lexicons import load
from .lines import LIST_MARKER, iter_lines
from .speech_cues import _cue_patterns, according_to, incise_verb as _verb
from .programme_index import ProgrammeIndex
from .results import Session
from .figure_text import Mention, _lex, _norm, _norm_document, _normset, _page_bounds
from .attribution_quotes import (last_named, _continued_quotation, _credited_quotation, _incise_speaker, _infinitive_quotation,
                                 _introduced_quotation)
from .session_deck import deck_presenter
from .speeches import _first_person_pattern, _name_forms, _names_in, _only_speaker, _speaker_of_speech


# =========================================================================== programme / attribution
@dataclass
class _Entry:
    """A speaker heading line: one or several speakers ("A & B")."""
    start: int
    end: int
    speaker_ids: list[str]


@dataclass
class Attribution:
    speaker_id: str | None = None
    organization: str | None = None
    reason: str = ""


def _heading_entries(doc: Document, index: ProgrammeIndex, lo: int, hi: int) -> list[_Entry]:
    """Lines of [lo, hi) that hold only speakers' names; not the name on a slide deck's title
    slide (who presents the deck, not a turn of speech)."""
    spec = _lex()["attribution"]
    joiners = spec["name_joiners"]
    presenter = deck_presenter(doc)
    entries = []
    for line in iter_lines(doc.text, lo, hi):
        body = line.text.strip()
        if presenter is not None and line.start <= presenter[1] < line.start + len(line.text):
            continue
        if not body or len(body) > int(spec["heading_max_chars"]) or any(c in body for c in ",:;.!?()«»") \
                or any(c.isdigit() for c in body):
            continue
        parts = [body]
        for j in joiners:
            parts = [p for part in parts for p in part.split(j)]
        ids = [index.match_name(p) for p in parts if p.strip()]
        if ids and all(ids):
            start = line.start + (len(line.text) - len(line.text.lstrip()))
            entries.append(_Entry(start, line.start + len(line.text.rstrip()), list(dict.fromkeys(ids))))
    return entries


def _clusters(text: str, entries: list[_Entry]) -> list[list[_Entry]]:
    """Headings side by side (two columns of a PDF page) come out as consecutive lines."""
    clusters: list[list[_Entry]] = []
    for e in entries:
        if clusters and not text[clusters[-1][-1].end:e.start].strip():
            clusters[-1].append(e)
        else:
            clusters.append([e])
    return clusters


@cache
def _generic_org_words() -> frozenset[str]:
    return frozenset(_norm(w) for w in _lex()["attribution"]["organization_generic_words"])


def _org_patterns(organization: str | None) -> list[re.Pattern]:
    """How an organisation may be named in the text: its distinctive words ("Mairie de X" -> "X"),
    or its longest all-capitals word ("ACME ROC" -> "ACME")."""
    if not organization:
        return []
    out = []
    words = re.findall(r"[a-z0-9]+", _norm(organization))
    distinctive = [w for w in words if w not in _generic_org_words()]
    if distinctive:
        out.append(r"\s*[-\s]\s*".join(re.escape(w) for w in distinctive))
    caps = [w for w in re.findall(r"[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9-]{3,}", organization) if not w.isdigit()]
    if len(distinctive) > 1 and caps:
        out.append(re.escape(_norm(max(caps, key=len))))
    return [re.compile(r"(?<![a-z0-9])" + p + r"(?![a-z0-9])") for p in out]


def _mentions_org(folded: str, lo: int, hi: int, organization: str | None) -> list[int]:
    found = []
    for p in _org_patterns(organization):
        found += [lo + m.start() for m in p.finditer(folded[lo:hi])]
    return sorted(found)


def _sentence_organization(text: str, span: tuple[int, int]) -> str | None:
    """"Chez X, nous ...", "X, c'est ...": the organisation the sentence names."""
    spec = _lex()["attribution"]
    sentence = text[span[0]:span[1]]
    folded = _norm(sentence)
    banned = _normset("attribution", "not_organization_words")
    cap = r"[A-ZÀ-Þ][\w&'’.-]*(?:[ \u00a0][A-ZÀ-Þ0-9][\w&'’./-]*)*"
    for cue in spec["organization_before"]:
        for m in re.finditer(r"(?<![a-z])" + re.escape(_norm(cue)) + r"\s+", folded):
            name = re.match(cap, sentence[m.end():])
            if name and _norm(name.group(0).split()[0]) not in banned:
                return name.group(0).strip(" .,-")
    for cue in spec["organization_after"]:
        # "X, c'est ..." at the start of the sentence (an article before X is left out)
        head = re.match(r"\s*(?:L['’]|La |Le |Les )?(" + cap + r")\s*,?\s+", sentence)
        if head and folded.startswith(_norm(cue), head.end()) and _norm(head.group(1).split()[0]) not in banned:
            return head.group(1).strip(" .,-")
    return None


def _common_organization(index: ProgrammeIndex, entry: _Entry, session_id: str | None) -> str | None:
    orgs = {index.organization_of(sid, session_id) for sid in entry.speaker_ids}
    orgs.discard(None)
    return orgs.pop() if len(orgs) == 1 else None


@cache
def _speech_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a verb of speech, "selon" / "d'après"): the cues that also tell a person quoted in prose."""
    verbs = re.compile(rf"(?<![a-z])(?:{_verb()})(?![a-z])")
    according = re.compile(rf"(?<![a-z])(?:{according_to()})(?![a-z])")
    return verbs, according


# Object pronouns between a subject and its verb of speech: "X l'a rappelé", "X nous l'a confié".
_CLITICS = re.compile(r"^(?:(?:le|la|les|l'|nous|vous|lui|leur)\s*)+(?=[a-z])")


@cache
def _as_said() -> re.Pattern:
    """"comme le rappelle", "comme l'a souligné", "comme nous l'a confié": a verb of speech after
    "comme" and its object pronoun, ending the (folded) text right before the speaker's name."""
    return re.compile(rf"(?<![a-z])comme\s+(?:(?:le|l'|nous\s+l'|me\s+l')\s*)(?:{_verb()})\s+$")


# A role or body set between commas after a name, before its verb ("X, adjointe au maire, rappelle").
_APPOSED = re.compile(r"\s*,[^,.;:!?«»\n]{2,100},\s*")


@cache
def _opening_cue() -> re.Pattern:
    """"Pour" opening a sentence right before a name: "Pour X, la mesure a ..." is X's view."""
    cues = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"]["according_to_opening"])
    return re.compile(rf"[\s«“\"(-]*(?:{cues})\s+$")


# How far past its paragraph a quotation opened in it may run on to its closing mark.
_QUOTATION_RUN_CHARS = 2000


def _quotation_around(text: str, pos: int, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of the quotation that holds ``pos``, within its paragraph and a little after:
    « … », “ … ” or "…" (straight marks: an odd number of them before ``pos`` opens one). A
    quotation still open at the end of the text (an excerpt cut short) ends there."""
    lo, hi = paragraph
    # a paragraph opening with an ellipsis after one that ends with it goes on with the same
    # sentence (a web page's teaser cut short: "… le chantier a pris ...\n\n... du retard cet hiver")
    if text[lo:lo + 20].lstrip().startswith(("...", "…")):
        before = text[:lo].rstrip()
        if before.endswith(("...", "…")):
            lo = before.rfind("\n") + 1
    for opening, closing in _lex()["exclusions"]["quotation_marks"] + [['"', '"']]:
        if opening == closing:
            before = text.count(opening, lo, pos)
            if before % 2 == 1:
                start = text.rfind(opening, lo, pos)
                end = text.find(closing, pos, hi + 200)
                if end != -1:
                    return start, end + 1
                if not text[hi:].strip():
                    return start, len(text)
            continue
        start = text.rfind(opening, lo, pos)
        end = text.find(closing, pos, hi + 200)
        if start != -1 and end == -1:
            # a quotation over several paragraphs: it closes later, no other one opened before
            later = text.find(closing, pos, hi + _QUOTATION_RUN_CHARS)
            if later != -1 and text.find(opening, pos, later) == -1:
                end = later
        if start != -1 and text.rfind(closing, start, pos) == -1:
            if end != -1:
                return start, end + 1
            if not text[hi:].strip():
                return start, len(text)
    return None


def _speaker_named(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """The speaker the figure's own sentence names as its source: "selon X", "X a rappelé que",
    "explique X", or a quotation followed by "a précisé X". One speaker only, else None."""
    if not index.speakers:
        return None
    folded = _norm_document(doc.text)
    spec = _lex()["attribution"]
    window = int(spec.get("cue_window_chars", 40))
    verbs, according = _speech_patterns()
    opening = _opening_cue()
    lo, hi = mention.sentence
    # A quotation that holds the figure: its speaker is named just after it closes.
    span = _quotation_around(doc.text, mention.q.number_start, mention.paragraph)
    if span is not None:
        lo, hi = min(lo, span[0]), max(hi, min(len(doc.text), span[1] + window + 40))
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    pos = mention.q.number_start
    for pattern, sid in _name_forms(index):
        for m in pattern.finditer(folded, lo, hi):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            before = folded[max(lo, m.start() - window):m.start()]
            after = folded[m.end():min(len(folded), m.end() + window)]
            # "selon la directrice, X", "explique le maire, X": the role set before the name
            apposed_role = _role_before().search(folded, max(lo, m.start() - 100), m.start())
            if apposed_role:
                before = folded[max(lo, apposed_role.start() - window):apposed_role.start()]
            if according.search(before[-15:]):
                found.add(sid)                       # "selon X, …" or "…, selon X"
            elif m.end() <= pos and folded.startswith(",", m.end()) and (
                    opening.match(folded, lo, m.start())
                    or (apposed_role and opening.match(
                        folded, lo, apposed_role.start() + len(apposed_role.group(0)) - len(apposed_role.group(0).lstrip(" ,"))))):
                found.add(sid)                       # "Pour X, …", "Pour le maire, X, …" opening the sentence
            elif m.end() <= pos and verbs.match(_adverbs_out(_CLITICS.sub("", re.sub(r"^[ ,]*(?:\([^)]{0,60}\)[ ,]*)?", "", after)))):
                found.add(sid)                       # "X a rappelé que …", "X l'a rappelé : …" before the figure
            elif m.end() <= pos and folded.startswith(",", m.end()) and _as_said().search(before):
                found.add(sid)                       # "Comme le rappelle X, …" before the figure
            elif m.end() <= pos and (apposed := _APPOSED.match(folded, m.end(), pos)) and verbs.match(folded, apposed.end()):
                found.add(sid)                       # "X, adjointe au maire, rappelle que …"
            elif m.start() >= pos and verbs.search(before[-25:]) and before.rstrip().endswith(
                    tuple(v for v in verbs.findall(before[-25:]))):
                found.add(sid)                       # "…, explique X" / "« … », a précisé X" after it
    if not found and span is not None:
        quoted = _incise_speaker(folded, index, span[1]) or _credited_quotation(folded, index, span[1], doc.text) \
            or _continued_quotation(doc.text, folded, index, span[0]) \
            or _introduced_quotation(folded, index, span[0]) or _infinitive_quotation(folded, index, span[0])
        if quoted is not None:
            return quoted
    if not found:
        return _anaphora(folded, index, mention, lo, hi) or (
            _chained_quotation(doc.text, folded, index, span) if span is not None else None) \
            or _role_subject(folded, index, lo, hi) or (
            _sole_speaker_quotation(folded, index, span) if span is not None else None)
    return found.pop() if len(found) == 1 else None


def _sole_speaker_quotation(folded: str, index: ProgrammeIndex, span: tuple[int, int]) -> str | None:
    """A quotation in the first person with no credit at all (no colon before it, no incise after
    it) in an article that names one speaker only, before the quotation: a reporter who quotes one
    person sets their words apart without crediting each quotation ("X, maire, a lancé le projet.
    [...] « Nous avons revu le budget ... »"). None when the text names several speakers, names its
    one speaker only later, or when the quotation's words are not the first person (a slogan, a
    title)."""
    if len(index.speakers) != 1:
        return None
    start, end = span
    if re.search(r":\s*$", folded[max(0, start - 5):start]):
        return None                     # introduced by someone the text does not name as a speaker
    after = re.compile(r"\s*,?\s*").match(folded, end).end()
    if re.compile(rf"(?:{_verb()})(?![a-z])").match(folded, after) or _anaphora_pattern().match(folded, after):
        return None                     # "», explique un habitant": credited to someone else
    if not _first_person_pattern().search(folded, start, end):
        return None
    (sid,) = index.speakers
    return sid if _names_in(folded, 0, start, index) == {sid} else None


@cache
def _role_word_pattern() -> re.Pattern:
    """One of programme.yaml's role words (not an ordinal), as a whole word of folded text."""
    ordinal = {"premier", "premiere", "1er", "1ere", "1re"}
    words = {_norm(str(w)) for w in load("programme")["role_words"]} - ordinal
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z-])(?:{alternatives})(?![a-z-])")


def _role_key(word: str) -> str:
    """"maire" and "la maire", "président" and "présidente": one key for both genders' spelling."""
    return word[:-1] if word.endswith("e") else word


@cache
def _role_subject_pattern() -> re.Pattern:
    """A role standing for its holder as the source of the sentence: the subject of a verb of
    speech ("la présidente du club a rappelé", "le maire du village estime"), inverted in an
    incise ("…, explique le maire, …") or after "selon" ("selon la directrice")."""
    verb = _verb()
    role = rf"(?:le|la|l')\s*(?P<role>{_role_word_pattern().pattern})"
    words = r"(?:\s+[^\s,.;:!?«»“”\"()]+){0,4}?"
    clitic = r"(?:(?:le|la|les|l'|nous|lui|leur)\s*)?"     # "la maire l'a rappelé"
    return re.compile(rf"(?<![a-z])(?:(?:{verb}|{according_to()})\s+{role}|{role.replace('?P<role>', '?P<role2>')}{words}\s*,?\s+{clitic}(?:{verb})(?![a-z]))")


@cache
def _role_opening_pattern() -> re.Pattern:
    """"Pour la maire, …" opening the sentence: the role's view, as "selon la maire" gives it."""
    cues = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"]["according_to_opening"])
    return re.compile(rf"[\s«“\"(-]*(?:{cues})\s+(?:le|la|l')\s*(?P<role>{_role_word_pattern().pattern})[^,.;:!?«»]{{0,60}},")


def _role_subject(folded: str, index: ProgrammeIndex, lo: int, hi: int) -> str | None:
    """The figure's sentence gives its source by a role alone ("…, précise la maire", "le
    directeur de l'agence a indiqué que …", "la maire l'a rappelé :", "Pour la maire, …"): the one speaker of the document whose role opens
    with that role word. None when the sentence names another speaker, or when no speaker or
    several hold that role."""
    roles = {_role_key(m.group("role") or m.group("role2")) for m in _role_subject_pattern().finditer(folded, lo, hi)}
    if (opening := _role_opening_pattern().match(folded, lo, hi)) is not None:
        roles.add(_role_key(opening.group("role")))
    if len(roles) != 1:
        return None
    role = roles.pop()
    holders = set()
    for sid, speaker in index.speakers.items():
        titles = [speaker.role or ""] + [r.role or "" for (_, s), r in index.roles.items() if s == sid]
        for title in titles:
            head = _role_word_pattern().search(_norm(title))
            if head is not None and _role_key(head.group(0)) == role:
                holders.add(sid)
    if len(holders) != 1:
        return None
    holder = holders.pop()
    return holder if _names_in(folded, lo, hi, index) <= {holder} else None


def _quotation_speaker(text: str, folded: str, index: ProgrammeIndex, span: tuple[int, int], depth: int) -> str | None:
    """Who says the quotation ``span`` by the words around or inside it: an incise after it or
    inside it ("« …, souligne X. … »"), a credit line, the clause introducing it, an incise naming
    the speaker by a pronoun or a role ("», alerte l'adjointe"), else the quotation before it."""
    start, end = span
    found = _incise_speaker(folded, index, end) or _credited_quotation(folded, index, end, text) \
        or _continued_quotation(text, folded, index, start) \
        or _introduced_quotation(folded, index, start) or _infinitive_quotation(folded, index, start)
    if found is not None:
        return found
    for comma in re.finditer(",", folded[start:end]):
        found = _incise_speaker(folded, index, start + comma.start())
        if found is not None:
            return found
    incise = re.compile(r"\s*,?\s*").match(folded, end).end()
    if _anaphora_pattern().match(folded, incise):
        return last_named(folded, index, start)
    return _chained_quotation(text, folded, index, span, depth - 1) if depth > 0 else None


def _chained_quotation(text: str, folded: str, index: ProgrammeIndex, span: tuple[int, int], depth: int = 2) -> str | None:
    """A quotation with no credit of its own, shortly after another quotation and with no other
    speaker named in between, goes on with that quotation's speaker: a press article sets its
    speaker's words in several quotations and credits the first ("« … », explique X. Le projet
    démarre en mai. « … »"). Not when the quotation has a verb of speech after it or a colon
    before it that name no known speaker (someone else speaks)."""
    start, end = span
    if re.search(r":\s*$", folded[max(0, start - 5):start]):
        return None
    if re.compile(rf"\s*,?\s*(?:{_verb()})(?![a-z])").match(folded, end) or _anaphora_pattern().match(
            folded, re.compile(r"\s*,?\s*").match(folded, end).end()):
        return None
    gap = int(_lex()["attribution"].get("chained_quotation_gap_chars", 600))
    closing = max(text.rfind(mark, max(0, start - gap), start) for mark in ("»", "”"))
    if closing < 0:
        return None
    opening = max(text.rfind(mark, max(0, closing - 2000), closing) for mark in ("«", "“"))
    if opening < 0:
        return None
    speaker = _quotation_speaker(text, folded, index, (opening, closing + 1), depth)
    if speaker is None or not _names_in(folded, closing + 1, start, index) <= {speaker}:
        return None
    return speaker


@cache
def _role_before() -> re.Pattern:
    """A role word and its complement set between commas right before a name: "la directrice, "."""
    role = _cue_patterns()[2].pattern
    return re.compile(rf"\s*,?\s*(?<![a-z]){role}(?:\s+[a-z'-]+){{0,4}}\s*,\s*$")


@cache
def _adverb_pattern() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["attribution"]["adverbs_before_verb"], key=len, reverse=True))
    return re.compile(rf"^(\s*(?:a|ont|avait|avaient)\s+)(?:(?:{words}),?\s+)+")


def _adverbs_out(after: str) -> str:
    """"a ensuite annoncé", "a par ailleurs rappelé": the verb of speech without the adverbs
    between its auxiliary and its participle."""
    return _adverb_pattern().sub(r"\1", after, count=1)


def _list_lead_in(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure in a list item takes the speaker of the sentence that announces the list ("Il a
    insisté sur les points suivants :", "X a rappelé les chiffres :"): the line ending with a
    colon before the run of list items that holds it."""
    text = doc.text
    reach = int(_lex()["attribution"].get("list_lead_in_reach_chars", 3000))
    floor = max(0, mention.q.number_start - reach)
    newline = text.rfind("\n", floor, mention.q.number_start)
    if newline < 0:
        return None
    line_start = newline + 1
    if not LIST_MARKER.match(text[line_start:line_start + 20]).group(0).strip():
        return None
    pos = line_start
    while pos > floor:
        newline = text.rfind("\n", floor, pos - 1)
        if newline < 0:
            return None
        prev_start = newline + 1
        line = text[prev_start:pos - 1]
        pos = prev_start
        if not line.strip():
            continue
        if LIST_MARKER.match(line).group(0).strip():
            continue                                     # another item of the list
        if not line.rstrip().endswith(":"):
            return None
        sentence_start = prev_start
        for end in re.finditer(r"[.!?]\s", line):
            sentence_start = prev_start + end.end()
        lead_end = prev_start + len(line.rstrip())
        lead = Mention(replace(mention.q, number_start=lead_end), mention.measure, (sentence_start, lead_end),
                       (sentence_start, lead_end), mention.page)
        return _speaker_named(doc, index, lead)
    return None


@cache
def _anaphora_pattern() -> re.Pattern:
    """A verb of speech whose subject stands for a person named before: "précise-t-il", "explique
    l'élue", "rappelle le maire", "il ajoute", "ce dernier estime", "l'élue a précisé", "selon elle",
    "selon l'édile"."""
    verb = _verb()
    extra = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["attribution"].get("anaphora_nouns", []), key=len, reverse=True))
    role = _cue_patterns()[2].pattern
    if extra:   # "assure l'édile", "rappelle l'élue": nouns that stand for a person named before
        role = rf"(?:{role}|(?:le|la|l'|les)\s*(?:{extra})(?![a-z]))"
    participle = "|".join(re.escape(_norm(w)) for w in load("programme")["speech_verbs_participle"])
    # the same nouns as the subject before the verb, or after "selon": "l'élue a précisé", "selon l'édile"
    noun = rf"|(?:le|la|l')\s*(?:{extra})" if extra else ""
    return re.compile(rf"(?<![a-z])(?:(?:{verb})\s+(?:{role})|(?:il|elle|(?P<latter>ce dernier|cette derniere){noun})\s+(?:{verb})"
                      rf"|(?:{according_to()})\s+(?:lui|elle{noun})|(?:{verb})-t-(?:il|elle)"
                      rf"|(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:{participle}))(?![a-z])")


def _anaphora(folded: str, index: ProgrammeIndex, mention: Mention, lo: int, hi: int) -> str | None:
    """The figure's sentence (or its quotation) names its source by a pronoun or a role noun: the
    speaker last named before it, in its paragraph or just before (a reporter's usage)."""
    cue = _anaphora_pattern().search(folded, lo, hi)
    if cue is None:
        return None
    back = max(mention.paragraph[0] - int(_lex()["attribution"].get("anaphora_lookback_chars", 400)), 0)
    # from the start of the line the look-back reaches into (a paragraph written one a line)
    back = folded.rfind("\n", 0, back) + 1 if back else 0
    named: list[tuple[int, str]] = []
    for pattern, sid in _name_forms(index):
        named += [(m.start(), sid) for m in pattern.finditer(folded, back, mention.q.number_start)]
    if not named:
        return None
    named.sort()
    last, speaker = named[-1]
    if cue.group("latter"):
        return speaker                  # "ce dernier", "cette dernière": the person named last
    # the pronoun stands for the subject of the last sentence naming a speaker, not for a name
    # that sentence holds as an object ("X a remercié Y pour ... Il a salué ..." is X's)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded[back:last])]
    sentence_start = back + ends[-1] if ends else back
    subjects = {sid for start, sid in named if start >= sentence_start and _SUBJECT_LEAD.fullmatch(folded, sentence_start, start)}
    return subjects.pop() if len(subjects) == 1 else speaker


# Where a sentence ends: not after a civility's abbreviation ("M. X", "Mme Y").
_SENTENCE_END = re.compile(r"(?<!\bm)(?<!\bmme)(?<!\bmr)[.!?](?=\s)|\n")


# What may come before a name opening its sentence: an opening connective, a civility.
_SUBJECT_LEAD = re.compile(r"[\s\"«“(*-]*(?:(?:et|puis|alors|enfin|ensuite|mais)\s+)?"
                           r"(?:(?:m\.|mme|mr|monsieur|madame)\s*)?")


def attribute(doc: Document, index: ProgrammeIndex, session: Session | None, mention: Mention,
              polls: list[tuple[int, int]] | None = None) -> Attribution:
    """Who said a figure, only when the text supports it:

    1. the nearest speaker heading before the figure in its session (a line holding only a
       programme speaker's name, typos allowed); none -> the session's only speaker when its
       text is in the first person (speeches.py), else no speaker;
    2. a live poll between that heading and the figure ends the speaker's turn -> no speaker;
    3. one heading naming one speaker -> that speaker, unless the speaker's own organisation is
       first named on a later page than the figure (the figure then comes from another column's
       text that the PDF-to-text flow put under the heading);
    4. one heading naming several speakers ("A & B") -> no speaker; their organisation if shared;
    5. headings side by side (two columns): the one whose organisation is named in the figure's
       sentence or paragraph, else the only one whose organisation is named between the headings
       and the figure on the same page; otherwise no speaker.
    Before these: the figure's own sentence naming its source ("selon X", "X a rappelé que",
    "« … », a précisé X", "L'occasion pour X de souligner : « … »", "Et d'ajouter : « … »"), or the sentence ending with a colon that announces its list ("Il a
    rappelé les chiffres suivants :"), gives that speaker; then the speech that holds the figure
    ("Discours de X" and a text in the first person, "Propos recueillis auprès de X").
    The organisation: the speaker's session_speakers row, else a phrase of the sentence
    ("Chez X, nous", "X, c'est")."""
    text = doc.text
    folded = _norm_document(text)
    pos = mention.q.number_start
    phrase_org = _sentence_organization(text, mention.sentence)
    named = _speaker_named(doc, index, mention) or _list_lead_in(doc, index, mention)
    if named is not None:
        session_id = session.session_id if session else None
        return Attribution(named, index.organization_of(named, session_id) or phrase_org, "named in the sentence")
    speech = _speaker_of_speech(doc, index, pos)
    if speech is not None:
        session_id = session.session_id if session else None
        return Attribution(speech, index.organization_of(speech, session_id) or phrase_org, "speech")
    if session is None:
        return Attribution(None, phrase_org, "no session")
    session_id = session.session_id
    key = (doc.source_id, doc.sha256, session_id)
    if key not in index.headings:
        index.headings[key] = _heading_entries(doc, index, session.char_start, session.char_end)
    entries = index.headings[key]
    clusters = [c for c in _clusters(text, entries) if c[-1].end <= pos]
    if not clusters:
        alone = _only_speaker(doc, index, session)
        if alone is not None:
            return Attribution(alone, index.organization_of(alone, session_id) or phrase_org, "only speaker")
        return Attribution(None, phrase_org, "no speaker heading before")
    cluster = clusters[-1]
    if any(cluster[-1].end <= a < pos for a, _ in (polls or [])):
        return Attribution(None, phrase_org, "a poll ends the turn")
    next_heading = min([e.start for e in entries if e.start > pos] + [session.char_end])
    if len(cluster) == 1:
        entry = cluster[0]
        if len(entry.speaker_ids) > 1:
            return Attribution(None, _common_organization(index, entry, session_id) or phrase_org, "joint heading")
        speaker = entry.speaker_ids[0]
        org = index.organization_of(speaker, session_id)
        named = _mentions_org(folded, entry.end, next_heading, org)
        if named and named[0] > pos and doc.page_of(named[0]) > doc.page_of(pos):
            return Attribution(None, phrase_org, "speaker introduced later")
        return Attribution(speaker, org or phrase_org, "heading")
    # side-by-side headings
    def orgs_named(lo: int, hi: int) -> list[_Entry]:
        return [e for e in cluster if any(_mentions_org(folded, lo, hi, index.organization_of(s, session_id))
                                          for s in e.speaker_ids)]
    chosen = None
    for lo, hi in (mention.sentence, mention.paragraph):
        named = orgs_named(lo, hi)
        if len(named) == 1:
            chosen = named[0]
            break
    if chosen is None:
        page_start, _ = _page_bounds(doc, pos)
        named = orgs_named(max(cluster[-1].end, page_start), pos)
        if len(named) == 1:
            chosen = named[0]
    if chosen is None:
        return Attribution(None, phrase_org, "side-by-side headings")
    if len(chosen.speaker_ids) > 1:
        return Attribution(None, _common_organization(index, chosen, session_id) or phrase_org, "joint heading")
    speaker = chosen.speaker_ids[0]
    return Attribution(speaker, index.organization_of(speaker, session_id) or phrase_org, "organisation named")
