"""An interview's answers: a press article set as questions and answers (a short line ending with
"?", then the answer's lines) gives each figure of an answer to the person interviewed, the one
speaker the article names before its first question, in the lead right above it ("X, présidente
du club, revient sur la saison. / Comment jugez-vous la saison ? / « Nous avons ... »"). The
answers need no first person nor credit: the shape of the article says who speaks. A question
before any name is the article's headline, not one of the interview's. None when the article
names several people before its questions, when fewer than two questions shape it as an
interview, or when the figure's line is the reporter's (before the first question, or far after
the last one). Also an interview whose turns are labelled by who speaks ("- Journal : ... ?" /
"- Prénom Nom : ..."): a figure of an answer labelled by a speaker's name, right under a
labelled question, is that speaker's."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..document import Document
from .figure_text import Mention, _lex, _norm_document
from .lines import iter_lines
from .names import parse_name
from .programme_index import ProgrammeIndex
from .speeches import _name_forms, _names_in


def _limits() -> tuple[int, int]:
    spec = _lex()["attribution"]
    return int(spec.get("interview_question_max_chars", 250)), int(spec.get("interview_answer_max_lines", 4))


@lru_cache(maxsize=4)
def _shape(text: str, max_chars: int) -> tuple[list[tuple[int, str]], list[int], list[int]]:
    """A document's lines, their start offsets and its question lines, read once per document
    (every figure of the document asks)."""
    # (start offset, line without its list marker and blanks) of every non-blank line
    lines = [(ln.start, ln.body.strip()) for ln in iter_lines(text) if ln.body.strip()]
    questions = [i for i, (_, body) in enumerate(lines)
                 if _is_question(body, max_chars) and i + 1 < len(lines) and not _is_question(lines[i + 1][1], max_chars)]
    return lines, [start for start, _ in lines], questions


def _first_name_at(doc: Document, index: ProgrammeIndex, folded: str) -> int:
    """Where the document first names one of its speakers (its length when it names none): found
    once per document, as every figure asks."""
    key = ("interview first name", doc.source_id, doc.sha256)
    if key not in index.headings:
        index.headings[key] = min((m.start() for pattern, _ in _name_forms(index)
                                   if (m := next(pattern.finditer(folded), None)) is not None), default=len(folded))
    return index.headings[key]


def _is_question(body: str, max_chars: int) -> bool:
    """A question line of an interview: short, ending with "?" (a closing quotation mark aside),
    not a quotation itself (a quoted question is the speaker's words)."""
    body = body.rstrip(" »”\"")
    return body.endswith("?") and len(body) <= max_chars and not body.startswith(("«", "“", "\""))


def _interview_answer(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """The person interviewed, for a figure in the answer to a question line (see the module)."""
    if not index.speakers:
        return None
    max_chars, max_lines = _limits()
    lines, starts, questions = _shape(doc.text, max_chars)
    folded = _norm_document(doc.text)
    # a question that no name precedes is the article's headline ("Le budget participatif est-il
    # réservé aux grandes villes ?" over the lead naming the person interviewed), not the interview's
    questions = [i for i in questions if lines[i][0] > _first_name_at(doc, index, folded)]
    if len(questions) < 2:
        return None
    here = bisect_right(starts, mention.q.number_start) - 1
    if here < 0 or _is_question(lines[here][1], max_chars):
        return None
    asked = [i for i in questions if i < here]
    if not asked or here - asked[-1] > max_lines:
        return None
    first = lines[questions[0]][0]
    named = _names_in(folded, 0, first, index)
    if len(named) != 1:
        return None
    (sid,) = named
    # the lead that introduces the person interviewed ends right before the first question
    lead = lines[max(0, questions[0] - 2)][0]
    if sid not in _names_in(folded, lead, first, index):
        return None
    # the answer's lines name no one else (a reporter's line between two answers quotes another)
    start = lines[asked[-1] + 1][0]
    end = lines[here + 1][0] if here + 1 < len(lines) else len(doc.text)
    if not _names_in(folded, start, end, index) <= {sid}:
        return None
    return sid


# A turn's label at the start of a line: "- Prénom Nom : ...", "Journal : ..."
_TURN_LABEL = re.compile(r"[-–—•*]?[ \t]*(?P<label>[^:\n]{2,60}?)[ \t]*:[ \t]+\S")


def _turns(doc: Document, index: ProgrammeIndex, folded: str) -> list[tuple[int, str | None]]:
    """(start, speaker_id or None) of each labelled turn of an interview: a line labelled by
    another label and ending with "?" (the interviewer's question), then right under it a line
    labelled by a speaker's name (the answer, running to the next question); [] when the document
    has no such pair."""
    key = ("interview turns", doc.source_id, doc.sha256)
    if key in index.headings:
        return index.headings[key]
    labelled: list[tuple[int, str | None, bool]] = []        # (start, speaker or None, a question)
    for ln in iter_lines(doc.text):
        body = folded[ln.body_start:ln.start + len(ln.text)].rstrip()
        if not body:
            continue
        m = _TURN_LABEL.match(body)
        label = m.group("label").strip() if m is not None and len(m.group("label").split()) <= 5 else None
        sid = next((sid for form, sid in _name_forms(index)
                    if (found := form.match(label, 0)) is not None and found.end() == len(label)), None) if label else None
        labelled.append((ln.start, sid, label is not None and sid is None and body.rstrip(" »”\"").endswith("?")))
    turns: list[tuple[int, str | None]] = []
    for k in range(1, len(labelled)):
        if labelled[k][1] and labelled[k - 1][2]:
            turns += [(labelled[k - 1][0], None), (labelled[k][0], labelled[k][1])]
    index.headings[key] = turns
    return turns


def labelled_turn(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """The speaker whose labelled turn holds the figure (see the module), or None."""
    if not index.speakers:
        return None
    turns = _turns(doc, index, _norm_document(doc.text))
    k = bisect_right([start for start, _ in turns], mention.q.number_start) - 1
    return turns[k][1] if k >= 0 else None


# A report shaped by turns needs this many turns at least.
_MIN_BOLD_TURNS = 2


def _bold_turns(doc: Document, index: ProgrammeIndex, folded: str) -> list[tuple[int, int, str]]:
    """(start, end, speaker_id) of each turn of a report that gives the floor by a speaker's name in
    bold, opening a paragraph ("**Prénom Nom,** _rôle_. Nos jardins ...") or, inside one, followed by
    a full stop, a comma or a colon ("... du quartier. **Prénom Nom**. Je pense que ..."): the
    turn runs to the next heading or the next name so set, over the lists and quotations under it;
    [] when the document holds fewer than two such turns. A name in bold that is no speaker the
    document lists ends the turn before it."""
    key = ("bold turns", doc.source_id, doc.sha256)
    if key in index.headings:
        return index.headings[key]
    forms = _name_forms(index)
    text = doc.text
    opened: list[tuple[int, str | None]] = []     # (start, speaker or None)
    for block in doc.blocks:
        if block.kind == "heading":
            opened.append((block.start, None))
            continue
        if block.kind != "paragraph":
            continue
        for start, end in block.emphasis:
            at_start = not text[block.start:start].strip(" \t*_")
            if not at_start and not re.match(r"[ \t*_]*[.,:]", text[end:end + 4]):
                continue
            written = text[start:end].strip(" \t,.;:–-*_")
            label = folded[start:end].strip(" \t,.;:–-*_")
            sid = next((sid for form, sid in forms
                        if (found := form.match(label, 0)) is not None and found.end() == len(label)), None)
            if sid is not None:
                opened.append((start if not at_start else block.start, sid))
            elif parse_name(written, allow_mixed=True) is not None:
                opened.append((start, None))        # the floor given to someone the report does not list
    turns = [(start, opened[k + 1][0] if k + 1 < len(opened) else len(text), sid)
             for k, (start, sid) in enumerate(opened) if sid is not None]
    turns = turns if len(turns) >= _MIN_BOLD_TURNS else []
    index.headings[key] = turns
    return turns


def bold_turn(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """The speaker whose turn, opened by their name in bold, holds the figure (see
    ``_bold_turns``), unless the figure's sentence names someone else."""
    if not index.speakers:
        return None
    folded = _norm_document(doc.text)
    pos = mention.q.number_start
    sid = next((sid for start, end, sid in _bold_turns(doc, index, folded) if start <= pos < end), None)
    if sid is None or not _names_in(folded, mention.sentence[0], mention.sentence[1], index) <= {sid}:
        return None
    return sid
