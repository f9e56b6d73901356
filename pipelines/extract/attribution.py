"""Who said a cited figure, only when the text supports it: the sentence naming its source
("selon X", "X a rappelé que", "« … », a précisé X", "selon la directrice, X"), or the sentence
announcing the list that holds it; else the speech it belongs to (speeches.py); else the speaker
headings of its session, or its only speaker (see :func:`attribute`). Never guessed.
Here the sentence's cues and the order of the answers; who says a quotation in
attribution_quotes.py, a speaker named by a role or a pronoun in attribution_roles.py, the speaker
headings and the organisations in attribution_headings.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..document import Document
from ..document.sentences import sentence_around
from .lines import LIST_MARKER
from .speech_cues import OBJECT_PRONOUNS, according_to, incise_verb as _verb, role_words
from .programme_index import ProgrammeIndex
from .results import Session
from .figure_text import Mention, _lex, _norm, _norm_document, _page_bounds
from .attribution_headings import _Entry, _clusters, _common_organization, _heading_entries, _mentions_org, _sentence_organization
from .attribution_quotes import (signed_paragraph, _chained_quotation, _continued_quotation, _credited_quotation, _incise_speaker,
                                 _infinitive_quotation, _introduced_quotation, _narrative_infinitive, _quotation_around,
                                 _sole_speaker_quotation)
from .attribution_subject_quotes import _subject_quotation
from .attribution_interview import _interview_answer, bold_turn, labelled_turn
from .attribution_roles import _according_to_untitled, _anaphora, _role_before, _role_subject, counts_not_says
from .attribution_speech_nouns import _possessive_speech_noun_list, _speech_noun_colon
from .speeches import _name_forms, _names_in, _only_speaker, _speaker_of_speech, deck_speaker
from .name_context import complement_at


# =========================================================================== programme / attribution
@dataclass
class Attribution:
    speaker_id: str | None = None
    organization: str | None = None
    reason: str = ""


@cache
def _speech_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a verb of speech, "selon" / "d'après"): the cues that also tell a person quoted in prose."""
    verbs = re.compile(rf"(?<![a-z])(?:{_verb()})(?![a-z])")
    according = re.compile(rf"(?<![a-z])(?:{according_to()})(?![a-z])")
    return verbs, according


# Object pronouns between a subject and its verb of speech: "X l'a rappelé", "X nous l'a confié".
_CLITICS = re.compile(rf"^(?:{OBJECT_PRONOUNS}\s*)+(?=[a-z])")


@cache
def _as_said() -> re.Pattern:
    """"comme le rappelle", "comme l'a souligné", "comme nous l'a confié": a verb of speech after
    "comme" and its object pronoun, ending the (folded) text right before the speaker's name."""
    return re.compile(rf"(?<![a-z])comme\s+(?:(?:le|l'|nous\s+l'|me\s+l')\s*)(?:{_verb()})\s+$")


# The relative pronoun after a name, subject of the verb that follows: "accompagné de X qui a
# rappelé ...", "X, qui a souligné que ..." (the name is the speaker, as in "X a rappelé").
_RELATIVE_SUBJECT = re.compile(r"^qui\s+")


# A role or body set between commas after a name, before its verb ("X, adjointe au maire, rappelle").
_APPOSED = re.compile(r"\s*,[^,.;:!?«»\n]{2,100},\s*")


# Several roles or bodies set between commas after a name, maybe after a word or three that
# qualify the subject, before its verb: "X, maire de Y, président de Z, a rappelé", "X elle aussi,
# au nom du syndicat, vice-présidente du comité, a souligné"; or "qui" before the verb ("X, maire de
# Y, présidente de Z, qui a rappelé": the relative clause is the speaker's words).
@cache
def _apposed_chain() -> re.Pattern:
    """The appositions after a name up to its verb of speech (the verb is not consumed)."""
    # the words before the first comma qualify the subject ("elle aussi"); a coordination
    # or a complement ("et du syndicat", "de la ville") makes the name part of another phrase
    word = r"[ \t]+(?!(?:et|ou|ni|avec|de|du|des|d'|a|au|aux)(?![a-z]))[^\s,.;:!?«»]+"
    return re.compile(rf"(?:{word}){{0,3}}?(?:\s*,[^,.;:!?«»\n]{{2,100}}){{1,3}}?,\s*(?=(?:qui\s+)?(?:{_verb()})(?![a-z]))")


@cache
def _unclosed_role() -> re.Pattern:
    """A role set after a name by a comma that the reporter never closed, up to the verb of speech
    in the past (not consumed): "X, présidente du comité des fêtes a rappelé que ...". A verb in
    the present may be the role's ("X, directrice du musée présente 30 toiles"). The spelled-out
    name of the body, in brackets after its acronym, counts as one word ("X, déléguée de l'ALVB
    (Association des laiteries du val de Brune) est revenue sur ..."), and the past may take
    "être" ("est revenue sur", "est intervenu")."""
    role = role_words()
    word = r"(?:\([^()«»\n]{1,150}\)|[^\s,.;:!?«»\n]+)"
    return re.compile(rf"\s*,\s*(?:{role})(?:\s+{word}){{0,12}}?\s+(?=(?:a|ont|avait|avaient|est|sont|etait|etaient)\s)(?=(?:{_verb()})(?![a-z]))")


@cache
def _opening_cue() -> re.Pattern:
    """"Pour" opening a sentence right before a name: "Pour X, la mesure a ..." is X's view."""
    cues = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"]["according_to_opening"])
    return re.compile(rf"[\s«“\"(-]*(?:{cues})\s+$")


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
    # the reach past the quotation is for its incise only: a name after the full stop that ends the
    # sentence closing the quotation is the next sentence's ("« … 30 % », assurait Prénom Nom. Elle a
    # salué Prénom Autre …": the second name is not the quotation's speaker)
    past = _next_sentence_at(folded, span[1], mention.sentence[1]) if span is not None else len(folded)
    for pattern, sid in _name_forms(index):
        for m in pattern.finditer(folded, lo, hi):
            if any(a <= m.start() < b for a, b in taken) or m.start() >= past:
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
            elif m.end() <= pos and not (complement_at(folded, m.start()) and not re.match(r"[ ,]*qui(?![a-z])", after)) \
                    and _says(verbs, _verb_ahead(after), _verb_ahead(folded[m.end():m.end() + window + 40])):
                found.add(sid)                       # "X a rappelé que …", "X l'a rappelé : …", "X, qui a rappelé …" before the figure
            elif m.end() <= pos and folded.startswith(",", m.end()) and _as_said().search(before):
                found.add(sid)                       # "Comme le rappelle X, …" before the figure
            elif m.end() <= pos and (apposed := _APPOSED.match(folded, m.end(), pos)) and (
                    verbs.match(folded, apposed.end()) or _relative_says(verbs, folded, apposed.end(), window)):
                found.add(sid)                       # "X, adjointe au maire, rappelle que …", "X, adjointe, qui rappelle …"
            elif m.end() <= pos and (apposed := _apposed_chain().match(folded, m.end(), pos)) \
                    and _names_in(folded, m.end(), apposed.end(), index,
                                  skip=lambda at: complement_at(folded, at)) <= {sid}:
                found.add(sid)                       # "X, maire de Y, président de Z, a rappelé que …"
            elif m.end() <= pos and (apposed := _unclosed_role().match(folded, m.end(), pos)) \
                    and _names_in(folded, m.end(), apposed.end(), index) <= {sid} \
                    and _says(verbs, folded[apposed.end():pos], folded[apposed.end():apposed.end() + window + 40]):
                found.add(sid)                       # "X, présidente du club a rappelé que …" (no comma after the role)
            elif m.start() >= pos and verbs.search(before[-25:]) and before.rstrip().endswith(
                    tuple(v for v in verbs.findall(before[-25:]))) and not (
                    span is None and _quoted_between(doc.text, pos, m.start())):
                found.add(sid)                       # "…, explique X" / "« … », a précisé X" after it
    if not found and span is not None:
        quoted = _incise_speaker(folded, index, span[1]) or _credited_quotation(folded, index, span[1], doc.text) \
            or _continued_quotation(doc.text, folded, index, span[0]) \
            or _introduced_quotation(folded, index, span[0]) or _infinitive_quotation(folded, index, span[0]) \
            or _inner_incise(folded, index, span)
        if quoted is not None:
            return quoted
    if not found:
        return _anaphora(folded, index, mention, lo, hi) or _narrative_infinitive(folded, index, mention) or (
            _chained_quotation(doc.text, folded, index, span) if span is not None else None) \
            or _role_subject(folded, index, lo, hi) or (
            _sole_speaker_quotation(folded, index, span) if span is not None else None) or (
            _subject_quotation(doc.text, folded, index, span) if span is not None else None) \
            or _according_to_untitled(folded, index, mention, lo, hi)
    return found.pop() if len(found) == 1 else None


def _next_sentence_at(folded: str, closed: int, sentence_end: int) -> int:
    """Where the sentence after the one that closes a quotation (ending at ``closed``) starts: after
    the first full stop, "!" or "?" past both the quotation and the figure's own sentence, and
    followed by a blank (the end of the text when there is none)."""
    stop = re.compile(r"[.!?…]\s").search(folded, max(closed, sentence_end - 1))
    return stop.end() if stop is not None else len(folded)


def _quoted_between(text: str, pos: int, name: int) -> bool:
    """Does a quotation open between a figure of the reporter's words and the incise naming a
    speaker after it ("Sur les 40 écoles, « nous avons tout revu », explique X")? The incise
    credits the quotation, not the narration before it."""
    return any(text.find(mark, pos, name) != -1 for mark in ("«", "“"))


def _relative_says(verbs: re.Pattern, folded: str, at: int, window: int) -> bool:
    """After a name and its role set between commas, "qui" and a verb of speech: the relative
    clause is the speaker's words ("X, adjointe aux écoles, qui a rappelé que 40 classes ...",
    "X, directeur du salon, qui souligne une hausse (12 %)"), as in "X, adjointe, a rappelé".
    A verb that numbers a possession ("qui compte 12 salariés") tells no speech."""
    if not _RELATIVE_SUBJECT.match(folded[at:at + 4]):
        return False
    return _says(verbs, _verb_ahead(folded[at:at + window]), _verb_ahead(folded[at:at + window + 40]))


def _verb_ahead(after: str) -> str:
    """The text after a name from where its verb would be: a bracket, "qui", object pronouns and
    adverbs left out ("X (ABC), qui l'a ensuite rappelé" -> "rappelé")."""
    return _adverbs_out(_CLITICS.sub("", _RELATIVE_SUBJECT.sub("", re.sub(r"^[ ,]*(?:\([^)]{0,60}\)[ ,]*)?", "", after))))


def _says(verbs: re.Pattern, text: str, wider: str) -> bool:
    """Does ``text`` open with a verb of speech, not one that numbers a possession ("X compte
    12 salariés": :func:`counts_not_says`, read in ``wider``, the same text further on)?"""
    m = verbs.match(text)
    return m is not None and not counts_not_says(wider, m.end())


def _inner_incise(folded: str, index: ProgrammeIndex, span: tuple[int, int]) -> str | None:
    """The speaker named in an incise inside a quotation ("« Nous doublerons le budget, précise X,
    et 40 % ira aux écoles »"): the press sets the credit in the middle of the quote, and the
    whole quotation, before and after the incise, is that speaker's."""
    start, end = span
    for comma in re.finditer(",", folded[start:end]):
        found = _incise_speaker(folded, index, start + comma.start())
        if found is not None:
            return found
    return None


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
def _continuation_opener(key: str = "report_continuation_openers") -> re.Pattern:
    words = _lex()["attribution"].get(key) or []
    alternation = "|".join(re.escape(_norm(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*(?:{alternation})\s*,")


# Quotation marks: a sentence holding one quotes its speaker rather than reporting the speech.
_QUOTE_MARKS = re.compile(r"[«»“”\"]")


def _continued_report(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure in a sentence that opens with a connective ("Toutefois, la dette par habitant
    (980 euros) reste ...") and names no speaker goes on with the words the sentence right before
    it, in the same paragraph, reports of a speaker ("X a noté une hausse des dépenses.")."""
    folded = _norm_document(doc.text)
    lo, _ = mention.sentence
    # "En effet, elle concerne 900 foyers" gives the grounds of the speech reported just before
    # ("X a rappelé que ...") but not of a quotation ("« ... », se réjouit X. En effet, ...")
    grounds = _continuation_opener("report_grounds_openers").match(folded, lo) is not None
    if not (grounds or _continuation_opener().match(folded, lo)) or _names_in(folded, lo, mention.sentence[1], index):
        return None
    previous = _sentence_before(folded, mention.paragraph[0], lo, (".",), (". ",))
    if previous is None:
        return None
    start, end = previous
    if grounds and _QUOTE_MARKS.search(folded, start, end):
        return None
    lead = Mention(replace(mention.q, number_start=end), mention.measure, (start, end), mention.paragraph, mention.page)
    return _speaker_named(doc, index, lead)


def _sentence_before(folded: str, para_start: int, lo: int, closers: tuple[str, ...],
                     cuts: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the sentence right before ``lo`` in its paragraph: the text before ``lo``
    must end on one of ``closers``, and the sentence starts after the last of ``cuts`` before its
    own closer (at the paragraph's start without one); None when the text before ends otherwise."""
    before = folded[para_start:lo].rstrip()
    if not before.endswith(closers):
        return None
    cut = max(before.rfind(c, 0, len(before) - 1) for c in cuts)
    return para_start + (cut + 2 if cut >= 0 else 0), para_start + len(before)


@cache
def _figure_opening() -> re.Pattern:
    """A sentence opening with a figure, maybe after a connective of an enumeration (claims.yaml
    `colon_list_continuers`: "Et 11 € ...", "Enfin 7 % ...")."""
    words = _lex()["attribution"].get("colon_list_continuers") or []
    alternation = "|".join(re.escape(_norm(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[\s\-–—•]*(?:(?:{alternation})\s*,?\s+)?\d")


def _colon_list_continued(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A sentence opening with a figure goes on with the figures a speaker began to give after a
    colon in the sentence right before it, in the same paragraph ("Il détaille le budget : 40 € par
    élève. 25 € viennent de la commune ; 11 € de l'État."): the sentences opening with a figure
    that follow the colon, one after the other, are the same enumeration, said by the speaker the
    verb before the colon names. The sentence must name no speaker itself; a sentence opening
    with words ("La commune paie 25 €") is the reporter's again."""
    folded = _norm_document(doc.text)
    para_start = mention.paragraph[0]
    lo, hi = mention.sentence
    if _names_in(folded, lo, hi, index):
        return None
    verbs, _ = _speech_patterns()
    reach = int(_lex()["attribution"].get("colon_list_sentences", 3))
    for _ in range(reach):
        if not _figure_opening().match(folded, lo):
            return None
        previous = _sentence_before(folded, para_start, lo, (".", ";"), (". ", ".\n"))
        if previous is None:
            return None
        start = previous[0]
        colon = folded.rfind(":", start, lo)
        if colon < 0:
            lo = start                      # a sentence of the enumeration before: look further back
            continue
        # the verb of speech before the colon ("il détaille le budget :"), a figure after it
        if not verbs.search(folded, start, colon) or not re.search(r"\d", folded[colon:lo]):
            return None
        lead = Mention(replace(mention.q, number_start=colon), mention.measure, (start, colon), mention.paragraph, mention.page)
        return _speaker_named(doc, index, lead)
    return None


def _long_sentence_opening(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure quoted from the clauses of a long sentence around it ("..., la fête a donc occupé
    3 000 m² de la place") in a sentence whose opening names the speaker ("Comme le rappelle X,
    présidente de Y, qui prépare la fête depuis dix ans, ..."): the words of the sentence before
    the quoted clauses are read for that speaker as the figure's own sentence is."""
    lo, _ = mention.sentence
    start, _ = sentence_around(doc.text, mention.q.number_start, mention.q.number_start, mention.paragraph[0], mention.paragraph[1])
    if start >= lo:
        return None
    lead = Mention(replace(mention.q, number_start=lo), mention.measure, (start, lo), mention.paragraph, mention.page)
    return _speaker_named(doc, index, lead)


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
    named = _speaker_named(doc, index, mention) or _list_lead_in(doc, index, mention) \
        or _interview_answer(doc, index, mention) or labelled_turn(doc, index, mention) or bold_turn(doc, index, mention) \
        or _continued_report(doc, index, mention) or _colon_list_continued(doc, index, mention) \
        or _long_sentence_opening(doc, index, mention) or _speech_noun_colon(doc, index, mention) \
        or _possessive_speech_noun_list(doc, index, mention) \
        or (signed_paragraph(folded, index, mention.paragraph) if session is None else None)
    if named is not None:
        session_id = session.session_id if session else None
        return Attribution(named, index.organization_of(named, session_id) or phrase_org, "named in the sentence")
    speech = _speaker_of_speech(doc, index, pos)
    if speech is not None:
        session_id = session.session_id if session else None
        return Attribution(speech, index.organization_of(speech, session_id) or phrase_org, "speech")
    if session is None:
        presenter = deck_speaker(doc, index) if not index.sessions.get(doc.source_id) else None
        if presenter is not None:
            return Attribution(presenter, index.organization_of(presenter, None) or phrase_org, "deck presenter")
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
