"""Who says a quotation, from the words around it: the incise after it ("« … », a précisé X",
"», souligne-t-elle"), a credit line under it ("X, maire de Y"), the subject that introduces it
("X explique : « … »"), a narrative infinitive ("L'occasion pour X de rappeler : « … »"), or the
quotation just before it when this one goes on, or an earlier quotation of the same speaker
(chained), or the only speaker of an article quoted in the first person; and where the quotation
that holds a position opens and closes. Each answer is a speaker of the document's programme index,
else None (attribution.py decides among them)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_index import ProgrammeIndex
from .speech_cues import incise_verb as _verb, role_words
from .figure_text import Mention, _lex, _norm
from .attribution_roles import _anaphora_pattern, _role_subject, antecedent
from .speeches import _first_person_pattern, _name_forms, _names_in


@cache
def _incise_pattern() -> re.Pattern:
    """The reporter's incise right after a quotation: a comma, a verb of speech, then its subject
    inverted, up to a few words before the name ("« … », explique la maire écologiste X")."""
    words = int(_lex()["attribution"].get("incise_words_before_name", 4))
    return re.compile(rf"\s*,\s*(?:{_verb()})\s+(?:[^\s,.;:!?«»“”\"]+,?\s+){{0,{words}}}")


def last_named(folded: str, index: ProgrammeIndex, pos: int) -> str | None:
    """The speaker named last before ``pos``, within the anaphora lookback."""
    back = max(0, pos - int(_lex()["attribution"].get("anaphora_lookback_chars", 400)))
    last, speaker = -1, None
    for pattern, sid in _name_forms(index):
        for m in pattern.finditer(folded, back, pos):
            if m.start() > last:
                last, speaker = m.start(), sid
    return speaker


def _name_at(folded: str, index: ProgrammeIndex, pos: int) -> str | None:
    """The speaker whose name (a form of :func:`_name_forms`) starts exactly at ``pos``."""
    for pattern, sid in _name_forms(index):
        if pattern.match(folded, pos):
            return sid
    return None


def _incise_speaker(folded: str, index: ProgrammeIndex, close: int) -> str | None:
    """The speaker named in the incise that follows a quotation closing at ``close``: the name
    after the verb and the words of its subject (the first name found, scanning word by word)."""
    m = _incise_pattern().match(folded, close)
    if m is None:
        return None
    verb = re.match(rf"\s*,\s*(?:{_verb()})\s+", folded[close:m.end()])
    pos = close + verb.end()
    while pos <= m.end():
        sid = _name_at(folded, index, pos)
        if sid is not None:
            return sid
        nxt = re.match(r"[^\s,.;:!?«»“”\"]+,?\s+", folded[pos:m.end()])
        if nxt is None:
            break
        pos += nxt.end()
    return None


def _opening_before(folded: str, close: int) -> int:
    """Where the quotation closing at ``close`` opens (its opening mark), or the paragraph's start."""
    return max(max(folded.rfind(mark, 0, max(close - 1, 0)) for mark in "«“\""), folded.rfind("\n", 0, close) + 1, 0)


# From the end of a quotation or a paragraph set apart to the start of the credit line under it
# (a blank line between maybe, a dash before the name maybe).
_LINE_UNDER = re.compile(r"[ \t\u00a0.]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*[-–—]?[ \t\u00a0]*")


# What may follow the name in a quotation's credit: a role and where it was said, no sentence.
_CREDIT_REST = re.compile(r"(?:\s*[,(][^.!?;:«»“”\"\n]{0,150})?\s*(?:\n|$)")
# ... or, the closing mark right before the name (no full stop after it), the role in apposition,
# then the sentence the speaker is the subject of ("« … » Prénom Nom, maire de X, peut se frotter
# les mains : ..."), when the quotation speaks in the first person ("Nous sommes passés de ...")
# and the sentence does not say another speaker ("quant à lui").
_SUBJECT_REST = re.compile(r"\s*,[^.!?;:«»“”\"\n]{3,150},\s+(?=[a-z])(?![^.!?\n]{0,60}\b(?:quant\s+a\s+(?:lui|elle)|de\s+son\s+cote|lui\s+aussi|elle\s+aussi)\b)")


@cache
def _credit_medium() -> re.Pattern:
    """The medium a quotation was given to, right after the credited name ("Prénom Nom à la
    radio", "Prénom Nom au micro de la station"): claims.yaml attribution `credit_medium_words`,
    matched on the text with its accents ("à" is not the verb "a"), a few words to the end of the line."""
    words = "|".join(re.escape(str(w)) for w in sorted(_lex()["attribution"].get("credit_medium_words", []), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[ \t\u00a0]+(?:{words})[ \t\u00a0]+[^.!?;:,«»“”\"\n]{{1,60}}?[ \t\u00a0]*(?:\n|$)", re.IGNORECASE)


def _pull_quote(folded: str, close: int) -> bool:
    """Is the quotation closing at ``close`` a pull quote: a paragraph that is the quotation alone
    (the opening mark starts its line, the closing mark ends it, at most a full stop after)?"""
    if not re.compile(r"[ \t\u00a0.]*\n").match(folded, close):
        return False
    line_start = folded.rfind("\n", 0, close - 1) + 1
    body = folded[line_start:close].strip()
    return len(body) > 2 and body[0] in "«“\"" and not any(m in body[1:-1] for m in "«»“”")


def _subtitle_quote(folded: str, close: int) -> bool:
    """Is the quotation closing at ``close`` a subtitle: a pull quote (:func:`_pull_quote`) set
    as a title, with no sentence's end inside or after its closing mark ("« Un budget pour les
    écoles »" alone on its line)? An editor takes it from anyone's words; a paragraph of quoted
    sentences ("« Nous avons revu le budget. »") goes on with its speaker."""
    if not _pull_quote(folded, close):
        return False
    inside = folded[max(0, close - 4):close - 1].rstrip()
    return not inside.endswith((".", "!", "?", "…")) and not re.compile(r"[ \t\u00a0]*[.!?…]").match(folded, close)


def _credited_quotation(folded: str, index: ProgrammeIndex, close: int, text: str | None = None) -> str | None:
    """A quotation credited after it, the way a press article sets a quote apart: the name right
    after the closing mark (or the full stop that follows it), then at most its role or the medium
    it spoke to, to the end of the line and without a sentence ("« … » Prénom Nom, présidente de
    l'agglomération", "« … ». Prénom Nom à la radio"); under a pull quote, on the next line
    ("« … »" alone on its line, then "Prénom Nom, présidente de l'agglomération")."""
    start = re.compile(r"[ \t\u00a0]*(?:\.[ \t\u00a0]+)?[-–—]?[ \t\u00a0]*").match(folded, close).end()
    if _pull_quote(folded, close):
        # a quotation set apart on its own lines, its credit on the line under it
        start = _LINE_UNDER.match(folded, close).end()
    for pattern, sid in _name_forms(index):
        m = pattern.match(folded, start)
        if m is not None:
            if _CREDIT_REST.match(folded, m.end()):
                return sid
            if "." not in folded[close:start] and _SUBJECT_REST.match(folded, m.end()) \
                    and _first_person_pattern().search(folded, _opening_before(folded, close), close):
                return sid
            return sid if text is not None and _credit_medium().match(text, m.end()) else None
    return None


@cache
def _subject_pattern() -> re.Pattern:
    """What opens the clause that introduces a quotation with a colon when its subject stands for
    a person named before: "il", "elle", a role or a noun such as "l'élue" ("mais l'élue veut
    rassurer : « … »"), after a conjunction."""
    role = role_words()
    nouns = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["attribution"].get("anaphora_nouns", []), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:mais|et|or|alors|puis|donc)\s+)?(?:(?:il|elle)(?![a-z'])"
                      rf"|(?:le|la|l')\s*(?:{nouns})(?![a-z])|{role})")


@cache
def _that_clause() -> re.Pattern:
    """A verb of speech, maybe with "que", right before a quotation's opening mark ("X a rappelé
    que « … »"), a few words of the clause between "que" and the mark at most ("X a expliqué
    qu'après deux hivers difficiles « le marché a tenu … »"): the quotation is the object of the
    verb, so its speaker is the verb's subject, as with a colon."""
    # ... or the verb right before the mark, the quotation its object with no colon ("X, trésorier
    # du club confirme « … »")
    return re.compile(rf"(?<![a-z])(?:{_verb()})\s+(?:(?:que\s+|qu')(?:[^\s.!?;:«»“”\"]+\s+){{0,{_THAT_CLAUSE_MAX_WORDS}}})?$")


# Words of the that-clause that may stand between "que" and the quotation it opens.
_THAT_CLAUSE_MAX_WORDS = 6


def _introduced(folded: str, opening: int) -> bool:
    """Is the quotation opening at ``opening`` introduced by a clause of its own (a colon, or a
    verb of speech, maybe with "que", right before it)? Its speaker is then that clause's subject,
    no one else's."""
    return bool(re.search(r":\s*$", folded[max(0, opening - 5):opening])
                or _that_clause().search(folded, max(0, opening - 80), opening))


def _introduced_quotation(folded: str, index: ProgrammeIndex, opening: int) -> str | None:
    """A quotation introduced by a colon ("X : « … »", "Le maire, X, prévient : « … »", "mais
    l'élue veut rassurer : « … »") or by a verb of speech and "que" ("X, ému, a rappelé que
    « … »"): the speaker the clause before the colon has for its subject,
    named at the start of the clause (or of one of its comma-separated parts), or standing for the
    speaker last named before it."""
    colon = re.compile(r":\s*$").search(folded, max(0, opening - 5), opening) \
        or _that_clause().search(folded, max(0, opening - 80), opening)
    if colon is None:
        return None
    reach = int(_lex()["attribution"].get("quotation_intro_max_chars", 120))
    floor = max(0, colon.start() - reach)
    ends = [m.end() for m in re.finditer(r"[.!?;«»“”\"\n]", folded[floor:colon.start()])]
    start = floor + ends[-1] if ends else floor
    if not ends and floor > 0:
        return None                                     # the sentence starts too far before
    parts = [start] + [start + m.end() for m in re.finditer(r",", folded[start:colon.start()])]
    for part in reversed(parts):
        if re.match(r"\s*(?:qui|que|qu'|dont|lequel|laquelle)(?![a-z])", folded[part:]):
            return None                 # "X a rencontré le préfet, qui répond :": another subject
        lead = re.compile(r"\s*(?:(?:mais|et|or|alors|puis|donc)\s+)?").match(folded, part).end()
        named = _names_in(folded, part, colon.start(), index)
        sid = _name_at(folded, index, lead)
        if sid is not None:
            return sid if named == {sid} else None
        subject = _subject_pattern().match(folded, part)
        if subject is not None and named and (titled := _titled_subject(folded, index, subject.end(), colon.start())):
            return titled if named == {titled} else None
        if subject is not None and not named:
            # ... or, when no speaker is named within the look-back, the one speaker who holds the
            # role the clause opens with ("Xavier Morel, trésorier du club, [...] (long report) [...]
            # Le trésorier précise : « … »": the treasurer named paragraphs before)
            return last_named(folded, index, part) or _role_subject(folded, index, part, colon.end())
    return None


@cache
def _role_complement() -> re.Pattern:
    """The complement of a role word before the name it titles ("du salon", "de l'office", "des
    sports" in "le directeur du salon Prénom Nom"): a preposition of claims.yaml attribution
    `role_complement_openers` and at most `role_complement_max_words` words, no punctuation."""
    spec = _lex()["attribution"]
    openers = "|".join(re.escape(_norm(str(w))) for w in sorted(spec.get("role_complement_openers", []), key=len, reverse=True))
    most = int(spec.get("role_complement_max_words", 3))
    return re.compile(rf"\s*(?:(?:{openers})(?:\s*[^\s,.;:!?«»“”\"()]+){{1,{most}}}?)?\s+")


def _titled_subject(folded: str, index: ProgrammeIndex, role_end: int, colon: int) -> str | None:
    """The speaker whose name follows the role opening the clause before a colon, maybe after the
    role's complement: "Le directeur du salon Prénom Nom est venu avec ses chiffres : « … »", "La
    maire Prénom Nom nous disait : « … »" (the role titles the name: one subject, the speaker)."""
    gap = _role_complement()
    for m in re.finditer(r"\s+", folded[role_end:min(colon, role_end + 80)]):
        at = role_end + m.end()
        whole = gap.fullmatch(folded, role_end, at)
        if whole is not None and (sid := _name_at(folded, index, at)) is not None:
            return sid
    return _name_at(folded, index, role_end) if folded[role_end:role_end + 1].isalpha() else None


@cache
def _speech_infinitive_words() -> str:
    """The infinitives of speech, as an alternation of folded words: those of programme.yaml's
    participles in -é ("rappelé" -> "rappeler") and claims.yaml attribution `speech_infinitives`."""
    words = {_norm(str(w))[:-1] + "er" for w in load("programme")["speech_verbs_participle"]
             if " " not in str(w) and _norm(str(w)).endswith("e")}
    words |= {_norm(str(w)) for w in _lex()["attribution"].get("speech_infinitives", [])}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _speech_infinitive() -> re.Pattern:
    """"de rappeler", "d'ajouter", "de conclure": a narrative infinitive of speech, its complement
    after it (at most a few words, no sentence's end) up to the end of the clause."""
    return re.compile(rf"(?<![a-z])(?:de\s+|d')(?:(?:encore|aussi|enfin|ensuite|alors|bien)\s+)?(?:{_speech_infinitive_words()})"
                      rf"(?![a-z])[^.!?:;«»“”\"]{{0,80}}$")


@cache
def _narrative_opening() -> re.Pattern:
    """A sentence opening with "Et de" and an infinitive of speech ("Et de rappeler que ...", "Et
    d'ajouter : ..."): the narrative infinitive of a report, whose subject is the sentence's before."""
    return re.compile(rf"[\s\"«“(*-]*et\s+(?:de\s+|d')(?:(?:encore|aussi|enfin|ensuite|alors|bien)\s+)?"
                      rf"(?:{_speech_infinitive_words()})(?![a-z])")


def _narrative_infinitive(folded: str, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure in a sentence opening with a narrative infinitive of speech ("Et de préciser que
    le chantier coûtera 2 millions."), with or without a quotation: the subject of the sentence
    before says it (:func:`antecedent`), when the sentence names no speaker before the figure."""
    start, pos = mention.sentence[0], mention.q.number_start
    if not _narrative_opening().match(folded, start, pos) or _names_in(folded, start, pos, index):
        return None
    return antecedent(folded, index, mention)


@cache
def _speech_participle() -> re.Pattern:
    """", déclarant :", ", rappelant en ouverture :": a present participle of speech after a
    comma (claims.yaml attribution `speech_participles`), its complement after it (a few words, no
    sentence's end) up to the colon; its subject is the sentence's."""
    words = {_norm(str(w)) for w in _lex()["attribution"].get("speech_participles", [])}
    if not words:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf",\s*(?:(?:encore|aussi|enfin|ensuite|alors|notamment)\s+)?(?:{alternatives})"
                      rf"(?![a-z])[^.!?:;,«»“”\"]{{0,60}}$")


def _infinitive_quotation(folded: str, index: ProgrammeIndex, opening: int) -> str | None:
    """A quotation introduced by a narrative infinitive and a colon, the way reports carry on the
    story: "L'occasion pour X, présidente de ..., de souligner : « … »" (the one speaker the sentence
    names before its infinitive; the same with a present participle: "X a ouvert la séance,
    déclarant : « … »"), "Et d'ajouter : « … »", "Et de conclure sur le bilan : « … »" (a
    sentence opening with "Et de", whose subject is the speaker last named before it)."""
    colon = re.compile(r":\s*$").search(folded, max(0, opening - 5), opening)
    if colon is None:
        return None
    spec = _lex()["attribution"]
    floor = max(0, colon.start() - int(spec.get("infinitive_quotation_max_chars", 400)))
    ends = [m.end() for m in re.finditer(r"[.!?;«»“”\"\n]", folded[floor:colon.start()])]
    if not ends and floor > 0:
        return None
    start = floor + (ends[-1] if ends else 0)
    if re.match(r"\s*et\s+(?:de\s|d')", folded[start:colon.start()]):
        if _names_in(folded, start, colon.start(), index):
            return None
        return last_named(folded, index, start)
    infinitive = _speech_infinitive().search(folded, start, colon.start()) or _speech_participle().search(
        folded, start, colon.start())
    if infinitive is None:
        return None
    named = _names_in(folded, start, infinitive.start(), index)
    return named.pop() if len(named) == 1 else None


# Between two quotations of one speaker: the incise of the first, one sentence at most.
_INCISE_ONLY = re.compile(r"[^.!?«»“”\"]*[.!?:]?\s*")


def _continued_quotation(text: str, folded: str, index: ProgrammeIndex, opening: int) -> str | None:
    """A quotation opening right after another one and its incise ("« … », explique X. « … »")
    goes on with the same speaker: the speaker of that incise. Not a subtitle (:func:`_subtitle_quote`), nor when it carries its own
    credit inside it (:func:`_credited_inside`)."""
    ends = [e for e in (text.find(mark, opening + 1) for mark in ("»", "”")) if e != -1]
    if ends and _subtitle_quote(folded, min(ends) + 1):
        return None                     # a subtitle: see :func:`_chained_quotation`
    reach = int(_lex()["attribution"].get("continued_quotation_gap_chars", 200))
    closing = max(text.rfind(mark, max(0, opening - reach), opening) for mark in ("»", "”", '"'))
    if closing < 0 or not _INCISE_ONLY.fullmatch(text, closing + 1, opening):
        return None
    ends = [e for e in (text.find(mark, opening + 1) for mark in ("»", "”")) if e != -1]
    if ends and _credited_inside(folded, (opening, min(ends))):
        return None                     # "« …, regrette un habitant. … »": someone else speaks
    return _incise_speaker(folded, index, closing + 1)


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
        if start == -1 and end != -1:
            start = _opened_before(text, opening, closing, lo, end)
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


def _opened_before(text: str, opening: str, closing: str, lo: int, end: int) -> int:
    """Where a quotation closing at ``end`` in a paragraph that never opens it was opened: in a
    paragraph before, left open there (the press runs one quotation over several paragraphs:
    "« Le marché a repris, note X. Nous comptons 300 repas.\nLe reste suit ».").
    -1 when the text before has no quotation left open within reach, or opens another one."""
    earlier = text.rfind(opening, max(0, lo - _QUOTATION_RUN_CHARS), lo)
    if earlier == -1 or text.find(closing, earlier, end) != -1 or text.find(opening, earlier + 1, end) != -1:
        return -1
    return earlier


def _credited_inside(folded: str, span: tuple[int, int]) -> bool:
    """Does the quotation carry its own credit, an incise inside it ("« Le stock baisse, regrette
    un commerçant. Nous … »")? Its speaker, when the text names them, was read before (see
    :func:`_inner_incise` in attribution.py); when it is someone unnamed, the quotation is not
    the words of the speaker of a quotation before it, nor of the article's only speaker."""
    return _inside_credit(_verb()).search(folded, span[0], span[1]) is not None


@cache
def _inside_credit(verb: str) -> re.Pattern:
    """An incise: a comma, a verb of speech and its subject after it, opening with a determiner
    ("…, regrette un élu", "…, explique la directrice"); not a participle and its complement
    ("le coût, évalué à 3 millions")."""
    return re.compile(rf",\s*(?:{verb})\s+(?:un|une|le|la|l'|les|des|ce|cet|cette|son|sa|leur)(?![a-z])")


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
    if _introduced(folded, start):
        return None                     # introduced by someone the text does not name as a speaker
    after = re.compile(r"\s*,?\s*").match(folded, end).end()
    if re.compile(rf"(?:{_verb()})(?![a-z])").match(folded, after) or _anaphora_pattern().match(folded, after):
        return None                     # "», explique un habitant": credited to someone else
    if _credited_inside(folded, span):
        return None                     # "« …, regrette un habitant. … »": credited to someone else
    if not _first_person_pattern().search(folded, start, end):
        return None
    (sid,) = index.speakers
    return sid if _names_in(folded, 0, start, index) == {sid} else None


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
    before it that name no known speaker (someone else speaks), nor when, in a later paragraph,
    the quotation sits inside a sentence of the reporter's ("La ville adopte un plan « … »": words
    of a document or a term, not the speaker's going on), nor when it is a subtitle (:func:`_subtitle_quote`)."""
    start, end = span
    if _subtitle_quote(folded, end):
        return None         # a quotation set apart on its line as a subtitle: no speaker goes on into it
    if re.compile(rf"\s*,?\s*(?:{_verb()})(?![a-z])").match(folded, end) or _anaphora_pattern().match(
            folded, re.compile(r"\s*,?\s*").match(folded, end).end()) or _credited_inside(folded, span):
        return None
    gap = int(_lex()["attribution"].get("chained_quotation_gap_chars", 600))
    # straight marks too when this quotation opens with one: the text quotes with them
    straight = ('"',) if text.startswith('"', start) else ()
    closing = max(text.rfind(mark, max(0, start - gap), start) for mark in ("»", "”") + straight)
    if closing < 0:
        return None
    if _introduced(folded, start) and not _told_on(folded, closing + 1, start):
        return None
    if "\n" in text[closing:start] and _SENTENCE_SO_FAR.search(folded, max(0, start - 300), start):
        return None         # a later paragraph's sentence quoting a few words: a term, a title
    opening = max(text.rfind(mark, max(0, closing - 2000), closing) for mark in ("«", "“") + straight)
    if opening < 0:
        return None
    speaker = _quotation_speaker(text, folded, index, (opening, closing + 1), depth)
    if speaker is None or not _names_in(folded, closing + 1, start, index) <= {speaker}:
        return None
    return speaker


# Words of the sentence before a quotation opening in it (the quotation does not open its sentence).
_SENTENCE_SO_FAR = re.compile(r"[a-z][^.!?\n«»“”\"]*$")


# A word of at least three letters: the clause before a colon is a sentence, not a label.
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def _told_on(folded: str, closing: int, opening: int) -> bool:
    """Is the quotation opening at ``opening`` introduced by the reporter's own description, in the
    paragraph of the quotation closing at ``closing`` ("« … » Le stand réunit aussi une cuisine
    ouverte sur la salle : « … »")? The clause before its colon is a sentence of its own (at least
    six words) with no verb of speech and no person for its subject (no role, pronoun or noun that
    stands for one): the reporter goes on with what the speaker quoted before shows, and the
    quotation is still that speaker's. Not after "que" ("X a rappelé que « … »")."""
    colon = re.compile(r":\s*$").search(folded, max(0, opening - 5), opening)
    if colon is None or "\n" in folded[closing:opening]:
        return False
    ends = [m.end() for m in re.finditer(r"[.!?;«»“”\"]", folded[closing:colon.start()])]
    clause = folded[closing + (ends[-1] if ends else 0):colon.start()]
    return len(_WORD.findall(clause)) >= 6 and not _person_or_speech().search(clause)


@cache
def _person_or_speech() -> re.Pattern:
    """A verb of speech, a personal pronoun, a role or a noun standing for a person (claims.yaml
    attribution `anaphora_nouns`), as a whole word of folded text."""
    nouns = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"].get("anaphora_nouns", []))
    return re.compile(rf"(?<![a-z'])(?:(?:{_verb()})|il|elle|ils|elles|on|je|nous|(?:{nouns})|{role_words()})(?![a-z])")



def signed_paragraph(folded: str, index: ProgrammeIndex, paragraph: tuple[int, int]) -> str | None:
    """A paragraph in the first person with no quotation mark, set apart and signed by the line
    under it, a name and its role alone ("... grâce à notre chaufferie, il ne dépense que
    60 000 litres ..." / "Prénom Nom, maire de X"): a pull quote whose marks the page dropped,
    that person's words."""
    lo, hi = paragraph
    body = folded[lo:hi]
    if not body.strip() or any(m in body for m in "«»“”\"") or not _first_person_pattern().search(body):
        return None
    start = _LINE_UNDER.match(folded, hi)
    if start is None:
        return None
    for pattern, sid in _name_forms(index):
        m = pattern.match(folded, start.end())
        # a name and its role: a name alone on its line heads the speaker's own text below it
        if m is not None and re.match(r"\s*[,(]", folded[m.end():m.end() + 3]) and _CREDIT_REST.match(folded, m.end()):
            return sid
    return None
