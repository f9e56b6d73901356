"""Speeches and the people named to speak: the speech a title announces ("Discours de Prénom
Nom, ..."), said by one speaker to the next such title when it is in the first person; the only
speaker of a session; and the ways the text writes a speaker's name (attribution.py reads them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..document import Document
from ..lexicons import load
from .figure_text import _lex, _norm, _norm_document
from .lines import Line, document_lines, trimmed_span
from .programme_index import ProgrammeIndex
from .results import Session, SessionSpeaker
from .people_title_slide import title_slide_presenters
from .session_deck import PERSON_PARTS, deck_presenter, deck_talk


@lru_cache(maxsize=2048)
def _name_pattern(form: str) -> re.Pattern:
    """The pattern of one way of writing a name, compiled once per process (a programme's speakers
    come back in every document that names them)."""
    return re.compile(r"(?<![a-z0-9])" + r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", form))
                      + r"(?![a-z0-9])")


class _NameForm:
    """A way the text writes a speaker's name, matched as :func:`_name_pattern` does. A text
    that lacks its longest word cannot hold it: the pattern is then neither compiled nor run
    (a document names few of the programme's speakers in any one line or sentence)."""

    __slots__ = ("form", "word")

    def __init__(self, form: str, word: str | None = None):
        self.form = form
        # the word looked for first: its longest word, the rarest, unless one is given
        self.word = word or max(re.split(r"[\s-]+", form), key=len)

    def finditer(self, text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match]:
        if text.find(self.word, max(lo, 0), len(text) if hi is None else hi) == -1:
            return iter(())
        return _name_pattern(self.form).finditer(text, lo, len(text) if hi is None else hi)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        """The name written right at ``pos`` (as a compiled pattern's ``match``), or None."""
        if text.find(self.word, max(pos, 0)) == -1:
            return None
        return _name_pattern(self.form).match(text, pos)


def _name_forms(index: ProgrammeIndex) -> list[tuple[_NameForm, str]]:
    """(a way the text writes a speaker's name, speaker_id): the full name in either order, and
    the family name alone when no other speaker shares it; each with ``finditer(text, lo, hi)``
    and ``match(text, pos)`` as a compiled pattern has."""
    if getattr(index, "_forms", None) is not None:
        return index._forms
    families: dict[str, set[str]] = {}
    forms: list[tuple[str, str]] = []
    for sid, s in index.speakers.items():
        given, family = _norm(s.given_name or ""), _norm(s.family_name or "")
        for variant in [s.full_name or ""] + list(s.aliases):
            words = re.findall(r"[a-z0-9'-]+", _norm(variant))
            if len(words) >= 2:
                forms.append((" ".join(words), sid))
        if given and family:
            forms.append((f"{family} {given}", sid))
        if family and len(family) > 2:
            families.setdefault(family, set()).add(sid)
    forms += [(family, sids.pop()) for family, sids in families.items() if len(sids) == 1]
    named = [(_NameForm(f), sid) for f, sid in sorted(forms, key=lambda x: -len(x[0]))]
    index._forms = named + _slipped_forms(index, {f for f, _ in forms})
    return index._forms


# A family name this long or longer is read with two neighbouring letters swapped as well.
_SLIP_MIN_LETTERS = 7


def _slipped_forms(index: ProgrammeIndex, taken: set[str]) -> list[tuple[_NameForm, str]]:
    """The full name with two neighbouring letters of a long family name swapped, the slip of a
    reporter's keyboard ("Prénom Dubrovnik" typed "Prénom Dubrovnki" once in an article that
    spells it right elsewhere): the given name must be written as it is, the first letter of the
    family name too, and no other speaker's name may read so. Looked for after the names as
    written (a name written right is always found first)."""
    out: list[tuple[_NameForm, str]] = []
    for sid, s in index.speakers.items():
        given, family = _norm(s.given_name or ""), _norm(s.family_name or "")
        if not given or " " in family or len(family) < _SLIP_MIN_LETTERS or not family.isalpha():
            continue
        for k in range(1, len(family) - 1):
            if family[k] == family[k + 1]:
                continue
            slipped = family[:k] + family[k + 1] + family[k] + family[k + 2:]
            form = f"{given} {slipped}"
            if form not in taken and slipped not in taken:
                out.append((_NameForm(form, slipped), sid))
    return out


@dataclass
class _Turn:
    """A speech: from the heading that announces it ("Discours de Prénom Nom, Présidente de ...") to
    the next such heading, said throughout by one speaker."""
    start: int
    end: int
    speaker_id: str


def _phrases(key: str) -> str:
    return "|".join(re.escape(" ".join(_norm(w).split())).replace(r"\ ", r"\s+")
                    for w in sorted(_lex()["attribution"][key], key=len, reverse=True))


@cache
def _speech_title_pattern() -> re.Pattern:
    """A line opening with a word that titles a speech ("Discours", "Allocution de", "Intervention
    de", "Mot d'accueil"), after a bullet, a number or Markdown marks; group "remarks": a phrase
    that gives the whole text as the words of the person it names ("Propos recueillis auprès de")."""
    return re.compile(rf"[\s#*_>|•·\-–—\d.)]*(?:(?:le|la|l'|un|une)\s+)?"
                      rf"(?:(?P<remarks>{_phrases('remarks_titles')})|(?:{_phrases('speech_titles')})(?![a-z]))")


@cache
def _first_person_pattern() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"]["first_person_words"])
    return re.compile(rf"(?<![a-z'])(?:{words})(?![a-z])")


def _names_in(folded: str, lo: int, hi: int, index: ProgrammeIndex, skip=None) -> set[str]:
    """The speakers named between ``lo`` and ``hi`` (each place read once, the longest form
    first), but those at a start ``skip`` refuses."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    for pattern, sid in _name_forms(index):
        for m in pattern.finditer(folded, lo, hi):
            if not any(a <= m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                if skip is None or not skip(m.start()):
                    found.add(sid)
    return found


def _speech_turns(doc: Document, index: ProgrammeIndex) -> list[_Turn]:
    """The speeches of a document: a short line titling a speech, with the one speaker it names on
    that line or the next few short lines (the title, then "Prénom Nom", then the role), or
    anywhere in a short title ("Transcription du discours de X"); the document's title naming the
    speech and its speaker; "Propos recueillis auprès de X" at the document's top. The speech runs
    to the next such line (or, titled by a heading, to the next heading of its level), and counts only when it is said in the first person outside quotations ("je", "nous", "notre"... at least once every
    ``first_person_every_chars`` characters): a report on a speech is not the speech; a line opening
    with a time of day (a programme's next slot) ends it. An interview
    so titled ("Entretien avec X") and laid out as questions and answers is X's from its first
    question on, in any person."""
    key = ("speech turns", doc.source_id, doc.sha256)
    if key in index.headings:
        return index.headings[key]
    turns: list[_Turn] = []
    if index.speakers:
        spec = _lex()["attribution"]
        folded = _norm_document(doc.text)
        title = _speech_title_pattern()
        longest = int(spec.get("speech_title_max_chars", 200))
        # (title start, speech start, speaker, said in the first person to count)
        starts: list[tuple[int, int, str | None, bool]] = []
        if doc.title and title.match(_norm(doc.title)):
            names = _names_in(_norm(doc.title), 0, len(doc.title), index)
            if len(names) == 1:
                starts.append((0, 0, names.pop(), True))
        signed = _signed_column(doc, index)
        if signed is not None:
            starts.append((0, 0, signed, False))
        lines = [l for l in document_lines(doc) if l.text.strip()]
        interviews: set[int] = set()        # the titles of remarks ("Entretien avec X")
        anywhere = _speech_word_pattern()
        for i, line in enumerate(lines):
            opening = title.match(folded, line.start, line.end)
            if opening is None:
                short = len(line.text.strip()) <= longest and not _SENTENCE_LIKE.search(line.text)
                # the document's opening paragraph introducing the speech ("Le maire X a présenté
                # ses vœux ... Extraits du discours") counts as its title
                opening_line = i == 0 and len(line.text.strip()) <= int(spec.get("speech_intro_max_chars", 600))
                if (short or opening_line) and anywhere.search(folded, line.start, line.end):
                    # "Transcription du discours de Prénom Nom": a title naming one speaker
                    names = _names_in(folded, line.start, line.end, index)
                    if len(names) == 1:
                        starts.append((line.start, line.end, names.pop(), True))
                continue
            if opening.group("remarks"):
                # "Propos recueillis auprès de X, vice-président de ...": the name right after; it
                # introduces the text only at the document's top (elsewhere it credits a quote box)
                names = _names_in(folded, opening.end(), min(line.end, opening.end() + longest), index)
                if len(names) == 1 and line.start <= int(spec.get("remarks_top_chars", 1500)):
                    starts.append((line.start, line.end, names.pop(), True))
                    interviews.add(line.start)
                continue
            if len(line.text.strip()) > longest:
                continue
            reach = int(spec.get("speech_title_lines", 3))
            group = [line]
            for nxt in lines[i + 1:i + 1 + reach]:           # "Discours de" / "Prénom Nom" / role
                if len(nxt.text.strip()) > longest or _SENTENCE_LIKE.search(nxt.text):
                    break
                group.append(nxt)
            # a title opening a numbered or timed item ("2. Témoignage de X", "10h – Discours"): the
            # lines above it are the item before
            above = [] if _ITEM_OPENING.match(line.text) or _SLOT_LINE.match(line.text) else lines[max(0, i - reach):i]
            for prev in reversed(above):  # "Prénom Nom" / role / "Discours"
                # ... not a programme's slot above it ("- 16h15 : Titre par Prénom Nom"): another talk
                if len(prev.text.strip()) > longest or _SENTENCE_LIKE.search(prev.text) \
                        or prev.text.rstrip().endswith(":") or _SLOT_LINE.match(prev.text):
                    break
                group.insert(0, prev)
            names, end = set(), line.end
            for g in group:
                found = _names_in(folded, g.start, g.end, index)
                names |= found
                if found and g.start > line.start:
                    end = g.end                                  # the speech starts after its name
            if len(names) == 1:
                speaker = names.pop()
                starts.append((group[0].start, end, speaker, True))
            elif not names:
                starts.append((line.start, line.end, None, True))     # another kind of speech title: a break
        starts.sort()
        # the same speaker named again ("Entretien avec X", then "- X, directeur ..."): one speech
        starts = [st for k, st in enumerate(starts) if k == 0 or st[2] is None or st[2] != starts[k - 1][2]]
        every = int(spec.get("first_person_every_chars", 600))
        for k, (title_start, begin, speaker, first_person) in enumerate(starts):
            if speaker is None:
                continue
            stop = next((s for s, *_ in starts[k + 1:] if s >= begin), len(doc.text))
            slot = _SLOT_LINE.search(doc.text, begin, stop)
            if slot is not None:
                stop = slot.start()      # a programme's next slot ("10h30 – Table ronde") ends the speech
            stop = _next_section(doc, title_start, begin, stop)
            if title_start in interviews:
                question = _first_question(paragraphs(doc), begin, stop)
                if question is not None:
                    # an interview: the answers after the reporter's questions are the speaker's
                    # words, whatever their person ("La commune a voté ..." in an answer)
                    turns.append(_Turn(question, stop, speaker))
                    continue
            persons = _first_person_count(doc.text, folded, begin, stop) if first_person else 1
            if persons and (not first_person or persons >= (stop - begin) / every):
                turns.append(_Turn(begin, stop, speaker))
        if not turns:
            interview = _untitled_interview(doc, index, paragraphs(doc), folded)
            if interview is not None:
                turns.append(interview)
    index.headings[key] = turns
    return turns


def _next_section(doc: Document, title_start: int, begin: int, stop: int) -> int:
    """A speech titled by a heading of the document ends at the next heading of its level or above
    ("### Keynote, Prénom Nom" runs to the next "### ..." of a write-up, not to the next speech)."""
    level = next((h.level for h in doc.headings if title_start <= h.offset < begin), None)
    if level is None:
        return stop
    return min([h.offset for h in doc.headings if begin <= h.offset < stop and h.level <= level] + [stop])


@cache
def _column_title_pattern() -> re.Pattern:
    """A title opening with the word of a signed column ("Le mot de ...", "Tribune", "Édito"):
    claims.yaml attribution `signed_column_titles`."""
    return re.compile(rf"[\s#*_>|]*(?:(?:le|la|l'|un|une)\s+)?(?:{_phrases('signed_column_titles')})(?![a-z])")


def _signed_column(doc: Document, index: ProgrammeIndex) -> str | None:
    """A signed column: the document's title (or its first line) opens with a column's word and
    names its author after "par" ("Le mot du syndicat, par Prénom Nom, chargé de
    mission"): the author is the one speaker the title names, and the whole text is theirs in any
    person (a column speaks for its author's body in the third person as well)."""
    if not _lex()["attribution"].get("signed_column_titles"):
        return None
    first = next((l for l in document_lines(doc) if l.text.strip()), None)
    longest = int(_lex()["attribution"].get("speech_intro_max_chars", 600))
    for line in [doc.title or ""] + ([first.text] if first is not None else []):
        folded = _norm(line)
        if len(line.strip()) > longest or not _column_title_pattern().match(folded):
            continue
        by = re.search(r"(?<![a-z])par\s+", folded)
        if by is None:
            continue
        names = _names_in(folded, 0, len(folded), index)
        after = _names_in(folded, by.end(), min(len(folded), by.end() + 60), index)
        if len(names) == 1 and names == after:
            return names.pop()
    return None


@cache
def _second_person_pattern() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in _lex()["attribution"]["second_person_words"])
    return re.compile(rf"(?<![a-z'])(?:{words})(?![a-z])")


def paragraphs(doc: Document) -> list[Line]:
    """The paragraphs of a document, each as one Line (its text, start and end): its blocks
    (a PDF paragraph the text flow wrapped over several lines is one)."""
    out = []
    for block in doc.blocks:
        a, b = trimmed_span(doc.text, block.start, block.end)
        if b > a:
            out.append(Line(doc.text[a:b], a, a))
    return out


def _untitled_interview(doc: Document, index: ProgrammeIndex, lines, folded: str) -> _Turn | None:
    """A press interview with no title saying so: a short paragraph asking the interviewee in the
    second person, not in the first ("Quelles priorités donnez-vous à ... ?"), answered in the first
    person by the next paragraph ("Nous avons ..."); the one speaker the document's title and text
    name before that question is the interviewee, and the text from it on is theirs. A reader's FAQ
    ("Comment vous inscrire ?") is answered in the second person or the imperative, not the first."""
    spec = _lex()["attribution"]
    longest = int(spec.get("interview_question_max_chars", 300))
    you = _second_person_pattern()
    questions = []      # (question start, its answer's start and end)
    for line, nxt in zip(lines, lines[1:]):
        body = line.text.strip()
        if len(body) <= longest and "?" in body and you.search(folded, line.start, line.end) \
                and not _first_person_count(doc.text, folded, line.start, line.end) \
                and "?" not in nxt.text.strip()[-3:]:
            questions.append((line.start, nxt.start, nxt.end))
    if len(questions) < int(spec.get("untitled_interview_min_questions", 1)):
        return None
    first, answer_start, answer_end = questions[0]
    names = _names_in(folded, 0, first, index)
    if doc.title:
        names |= _names_in(_norm(doc.title), 0, len(doc.title), index)
    if len(names) != 1 or not _first_person_count(doc.text, folded, answer_start, answer_end):
        return None
    return _Turn(first, len(doc.text), names.pop())


# A line opening with a time of day or a slot ("14h30", "8H30-10H00", "- 15h10 – 15h50"): the next
# item of a programme.
_SLOT_LINE = re.compile(r"(?m)^[ \t\-–—•*]*(?:[01]?\d|2[0-3])[ \t]?[hH](?:[ \t]?[0-5]\d)?(?![\w])")


def _first_question(lines, lo: int, hi: int) -> int | None:
    """The start of the first question of an interview in [lo, hi): a line of one sentence ending
    with a question mark ("Comment ce projet est-il né ?"), followed by a line that is not a
    question (its answer)."""
    longest = int(_lex()["attribution"].get("interview_question_max_chars", 300))
    inside = [l for l in lines if lo <= l.start < hi]
    for line, nxt in zip(inside, inside[1:]):
        body = line.text.strip()
        if body.endswith("?") and len(body) <= longest and not re.search(r"[.!?]\s", body[:-1]) \
                and not nxt.text.strip().endswith("?"):
            return line.start
    return None


@cache
def _speech_word_pattern() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{_phrases('speech_titles')})(?![a-z])")


_QUOTATION = re.compile(r"«[^«»]{0,600}»|“[^“”]{0,600}”|\"[^\"\n]{0,600}\"")


def _first_person_count(text: str, folded: str, lo: int, hi: int) -> int:
    """First-person words of [lo, hi) outside quotations: a reporter quoting a speaker ("« Nous
    avons ... », dit-il") does not speak in the first person."""
    quoted = [(m.start(), m.end()) for m in _QUOTATION.finditer(text, lo, hi)]
    count, k = 0, 0
    for m in _first_person_pattern().finditer(folded, lo, hi):
        while k < len(quoted) and quoted[k][1] <= m.start():
            k += 1
        if not (k < len(quoted) and quoted[k][0] <= m.start() < quoted[k][1]):
            count += 1
    return count


# A line opening a numbered item ("2. ", "3) ", "II - ").
_ITEM_OPENING = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]|(?:\d{1,2}|[IVX]{1,4})[ \t]+[-–—][ \t])")


# A line that reads as a sentence (ends with a full stop after a word, or is long) is no title.
_SENTENCE_LIKE = re.compile(r"[a-zà-ÿœæ]{3,}[.!?]\s*$")


def _speaker_of_speech(doc: Document, index: ProgrammeIndex, pos: int) -> str | None:
    for turn in _speech_turns(doc, index):
        if turn.start <= pos < turn.end:
            return turn.speaker_id
    return None


def _only_speaker(doc: Document, index: ProgrammeIndex, session: Session) -> str | None:
    """The one person who speaks in a session (its moderator aside), when the session's text is
    said in the first person (as :func:`_speech_turns` asks of a speech): a talk written up as
    its speaker gave it. A slide deck's talk is its presenter's whatever its person (slides are
    written, not said): :func:`deck_speaker`."""
    members = [sid for sid in dict.fromkeys(index.session_members.get(session.session_id, []))
               if not _is_moderator(index.roles.get((session.session_id, sid)))]
    if len(members) != 1:
        return None
    if (session.char_start, session.char_end) in {(start, end) for _, start, end in deck_talk(doc)}:
        return members[0] if members[0] == deck_speaker(doc, index) else None
    key = ("only speaker", doc.source_id, doc.sha256, session.session_id)
    if key not in index.headings:
        folded = _norm_document(doc.text)
        lo, hi = session.char_start, session.char_end
        persons = len(_first_person_pattern().findall(folded, lo, hi))
        every = int(_lex()["attribution"].get("first_person_every_chars", 600))
        index.headings[key] = members[0] if persons and persons >= (hi - lo) / every else None
    return index.headings[key]


def deck_speaker(doc: Document, index: ProgrammeIndex) -> str | None:
    """The speaker a slide deck's title slide names as its one presenter ("Prénom Nom - Organisation
    - date"), when the programme holds that person: every slide of the deck is the presenter's
    talk, so its figures are theirs unless a sentence names someone else."""
    key = ("deck speaker", doc.source_id, doc.sha256)      # asked by every figure: read once
    if key not in index.headings:
        index.headings[key] = _deck_speaker(doc, index)
    return index.headings[key]


def _deck_speaker(doc: Document, index: ProgrammeIndex) -> str | None:
    presenter = deck_presenter(doc)
    if presenter is None or len(title_slide_presenters(doc)) > 1:
        return None       # two names side by side on the title slide: two presenters
    for part in re.split(PERSON_PARTS, presenter[0]):
        words = part.split()
        for n in (3, 2):
            sid = index.match_name(" ".join(words[:n])) if len(words) >= n else None
            if sid is not None:
                return sid
    return None


@cache
def _moderator_words() -> frozenset[str]:
    spec = load("programme")
    return frozenset(_norm(w) for w in list(spec["host_labels"]) + [spec["moderator_role"]])


def _is_moderator(link: SessionSpeaker | None) -> bool:
    role = _norm((link.role if link else None) or "")
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", role) for w in _moderator_words())
