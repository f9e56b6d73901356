"""Live polls of a report ("Quizz en direct"): the question, its lettered options and the
audience's shares listed in the same order, or an average score ("Note moyenne : 7/10").
Markers and patterns come from ``lexicons/polls.yaml``.

Layout read (a PDF-to-text report, Markdown or HTML lists alike)::

    Quiz en direct                       <- optional marker
    Combien d'heures par semaine ... ?   <- the question: the paragraph before the options
    A - Moins d'une heure                <- options: consecutive lines A, B, C...
    B - Une à trois heures
    12,5%                                <- shares, one per option, in the same order
    87,5%
    RÉSULTATS DU VOTE                    <- optional column headings

    Êtes-vous satisfait de ... ?         <- a score poll: question, scale line, average
    1 : pas du tout ; 10 : tout à fait
    Note moyenne : 7/10

A table of results under its caption ("Résultat du vote" / "Option 1 | 2 | 11 %") is read in
poll_tables.py.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..findings import Finding
from ..document import Document
from ..lexicons import fold_apostrophes, load
from .lines import iter_lines
from .numbers import as_number, parse_digits
from .per_document import per_document
from .poll_tables import SHARE as _SHARE, adds_up as _adds_up, share_value as _share_value, table_polls
from .programme_index import ProgrammeIndex
from .results import Programme

Rows = list[dict]


def _lex() -> dict:
    return load("polls")


_norm = fold_apostrophes


@dataclass
class Poll:
    question: str               # whitespace collapsed
    question_start: int         # offsets of the question in Document.text
    question_end: int
    start: int                  # the whole poll block (markers, options, shares, headings)
    end: int
    options: list[tuple[str, str]] = field(default_factory=list)   # (label, text)
    shares: list[float] | None = None
    average: float | None = None
    scale_max: float | None = None
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- line patterns
def _option_re() -> re.Pattern:
    """An option line: a letter (or a number, 1 to 8) and a separator before its text."""
    letters = re.escape(_lex().get("option_letters", "ABCDEFGH"))
    seps = "|".join(re.escape(s) for s in _lex().get("option_separators", ["-"]))
    return re.compile(rf"^[ \t>*•-]*([{letters}]|[1-8](?![\d,.]\d))\s*(?:{seps})\s*(\S.*?)\s*$")


# A share written at the end of its option: "Oui, adoptée : 22 %", "Un agent – 40 %", "Non (65 %)".
_INLINE_SHARE = re.compile(r"\s*(?:[:–—=-]|\()\s*(\d{1,3}(?:[,.]\d+)?)\s*%\s*\)?\s*[.;]?$")
# A bulleted option with its share: "- Oui : 25 %".
_BULLET_SHARE = re.compile(r"^[ \t]*[-•*–▪►·][ \t]*(\S.*?)" + _INLINE_SHARE.pattern)
# "Oui : 62 % ; Non : 38 %": options and shares on one line.
_ONE_LINE_OPTION = re.compile(r"\s*([^;:?]{1,80}?)\s*:\s*(\d{1,3}(?:[,.]\d+)?)\s*%\s*(?:[;,/.]|et\s|$)")


# An option line is short: longer lines are prose (and are not searched for options).
_OPTION_LINE_MAX = 300


def _bullet(body: str) -> re.Match | None:
    return _BULLET_SHARE.match(body) if len(body) <= _OPTION_LINE_MAX else None


def _labels(count: int) -> list[str]:
    letters = _lex().get("option_letters", "ABCDEFGH")
    return [letters[i] if i < len(letters) else chr(ord("A") + i) for i in range(count)]


def _is_marker(body: str, kind: str) -> bool:
    """A line made only of markers of ``kind`` (poll markers, column headings)."""
    text = _norm(body).strip(" \t:-–—")
    if not text:
        return False
    phrases = sorted((_norm(p) for p in _lex()["markers"][kind]), key=len, reverse=True)
    pattern = r"(?:\s*(?:" + "|".join(re.escape(p) for p in phrases) + r")\s*[:!.]?)+"
    return re.fullmatch(pattern, text) is not None


def _average_re() -> re.Pattern:
    phrases = sorted((_norm(p) for p in _lex()["markers"]["average"]), key=len, reverse=True)
    return re.compile(r"^[ \t>*•-]*(?:" + "|".join(re.escape(p) for p in phrases)
                      + r")\s*:?\s*(\d+(?:[,.]\d+)?)\s*/\s*(\d+)\s*$")


# --------------------------------------------------------------------------- detection
class _Lines(list):
    """The lines of a document's paragraphs (``Document.paragraphs``), blank lines left out, and in
    ``para`` the paragraph of each. A list item or a table row of a Markdown or HTML document is
    one line; a PDF's block or a plain text's paragraph holds the layout lines the reader could
    not tell apart (an option on each), read one by one here."""

    def __init__(self, doc: Document):
        super().__init__()
        self.para: list[int] = []
        for k, (start, end) in enumerate(doc.paragraphs()):
            for line in iter_lines(doc.text, start, end):
                if line.text.strip():
                    self.append(line)
                    self.para.append(k)

    def same_paragraph(self, i: int, j: int) -> bool:
        return 0 <= i < len(self) and 0 <= j < len(self) and self.para[i] == self.para[j]


def _question_before(lines: _Lines, index: int, paragraphs: int = 2) -> tuple[int, int, int] | None:
    """The question paragraph ending before line ``index``: (first line, line holding the "?",
    the paragraph's first line including decorations). A score scale may stand as a paragraph
    of its own between the question and the average, so up to ``paragraphs`` paragraphs are
    looked at. None when no "?" is found."""
    found = _paragraph_question(lines, index)
    if found is None and paragraphs > 1:
        i = index - 1
        while i >= 0 and lines.same_paragraph(i, index - 1):
            if _is_marker(lines[i].text, "poll") or _is_marker(lines[i].text, "headings"):
                return None
            i -= 1
        if i >= 0 and i < index - 1:
            return _question_before(lines, i + 1, paragraphs - 1)
    return found


def _paragraph_question(lines: _Lines, index: int) -> tuple[int, int, int] | None:
    """The lines of the paragraph before line ``index`` (of its own paragraph when the question
    opens it), back to a poll marker or a column heading: (first line, line holding the "?", first
    line including decorations), or None when no "?" is found."""
    last = i = index - 1
    if i < 0:
        return None
    while lines.same_paragraph(i, last) and not _is_marker(lines[i].text, "poll") \
            and not _is_marker(lines[i].text, "headings") and not _average_re().match(_norm(lines[i].text)):
        i -= 1
    first = i + 1
    if first > last:
        return None
    decoration = int(_lex().get("decoration_max_chars", 2))
    block_first = first
    while first <= last and len(lines[first].text.strip()) <= decoration:
        first += 1
    qmark = None
    for j in range(first, last + 1):
        if "?" in lines[j].text:
            qmark = j
    if qmark is None:
        return None
    return first, qmark, block_first


def _extend_with_markers(lines: _Lines, index: int, kind: str, step: int) -> int:
    """Index of the farthest line of ``kind`` markers next to ``index`` (in its paragraph or the
    next ones)."""
    best = index
    i = index + step
    while 0 <= i < len(lines):
        body = lines[i].text
        if _is_marker(body, kind):
            best = i
            i += step
            continue
        break
    return best


def _question_text(doc: Document, lines: _Lines, first: int, qmark: int) -> tuple[str, int, int]:
    start = lines[first].start + (len(lines[first].text) - len(lines[first].text.lstrip()))
    qline = lines[qmark]
    end = qline.start + qline.text.rindex("?") + 1
    return " ".join(doc.text[start:end].split()), start, end


@per_document
def find_polls(doc: Document) -> list[Poll]:
    """The polls of a document, in text order."""
    lines = _Lines(doc)
    option_re, average_re = _option_re(), _average_re()
    letters = _lex().get("option_letters", "ABCDEFGH")
    polls: list[Poll] = []
    used_until = -1
    i = 0
    while i < len(lines):
        if i <= used_until:
            i += 1
            continue
        body = lines[i].text
        option = option_re.match(body)
        average = average_re.match(_norm(body))
        numbered = bool(option) and option.group(1) == "1"
        sequence = "12345678" if numbered else letters
        if option and option.group(1) in (letters[0], "1"):
            run = [i]
            j = i + 1
            while j < len(lines):
                nxt = option_re.match(lines[j].text)
                if nxt and len(run) < len(sequence) and nxt.group(1) == sequence[len(run)]:
                    run.append(j)     # in the same paragraph (a list) or the next one
                    j += 1
                else:
                    break
            question = _question_before(lines, i) if len(run) >= 2 else None
            if question is None:
                i += 1
                continue
            first, qmark, block_first = question
            text, qstart, qend = _question_text(doc, lines, first, qmark)
            options = [(option_re.match(lines[k].text).group(1), option_re.match(lines[k].text).group(2)) for k in run]
            if numbered:       # "1)", "2)": the options' letters by their rank
                options = [(label, text) for label, (_, text) in zip(_labels(len(options)), options)]
            # Shares written on the option lines ("A. Oui : 22 %"), else the next lines that are
            # each a percentage ("22 %", or "A - 22 %" in a second list), as many as the options.
            inline = [_INLINE_SHARE.search(text) for _, text in options]
            shares: list[float] = []
            share_lines: list[int] = []
            if all(inline):
                shares = [_share_value(m.group(1)) for m in inline]
                options = [(label, text[:m.start()].strip()) for (label, text), m in zip(options, inline)]
            k = run[-1] + 1
            while not all(inline) and k < len(lines) and len(shares) < len(options):
                line = lines[k].text
                if _is_marker(line, "headings"):
                    k += 1
                    continue
                share = _SHARE.match(line)
                labelled = option_re.match(line)
                if share:
                    shares.append(_share_value(share.group(1)))
                elif labelled and labelled.group(1) == sequence[len(shares)] and _SHARE.match(labelled.group(2)):
                    shares.append(_share_value(_SHARE.match(labelled.group(2)).group(1)))
                else:
                    break
                share_lines.append(k)
                k += 1
            if numbered and len(shares) != len(options):
                i += 1             # a numbered list after a question is a poll only with its shares
                continue
            last = share_lines[-1] if share_lines else run[-1]
            last = _extend_with_markers(lines, last, "headings", +1)
            begin = _extend_with_markers(lines, block_first, "poll", -1)
            poll = Poll(text, qstart, qend, lines[begin].start, lines[last].end, options)
            if len(shares) == len(options):
                poll.shares = shares
            elif shares:
                poll.notes.append(f"{len(shares)} shares for {len(options)} options")
            polls.append(poll)
            used_until = last
            i = last + 1
            continue
        unlabelled = _unlabelled_poll(doc, lines, i)
        if unlabelled is not None:
            polls.append(unlabelled[0])
            used_until = unlabelled[1]
            i = unlabelled[1] + 1
            continue
        if average:
            question = _question_before(lines, i)
            if question is not None:
                first, qmark, block_first = question
                text, qstart, qend = _question_text(doc, lines, first, qmark)
                value = parse_digits(average.group(1).replace(".", ","))
                scale = parse_digits(average.group(2))
                begin = _extend_with_markers(lines, block_first, "poll", -1)
                polls.append(Poll(text, qstart, qend, lines[begin].start, lines[i].end,
                                  average=value, scale_max=scale))
                used_until = i
        i += 1
    for text, qstart, qend, start, end, labels, shares in table_polls(doc):
        if not any(p.start <= qstart < p.end or start <= p.question_start < end for p in polls):
            polls.append(Poll(text, qstart, qend, start, end, list(zip(_labels(len(labels)), labels)), shares))
    return sorted(polls, key=lambda p: p.question_start)


def _unlabelled_poll(doc: Document, lines: _Lines, i: int) -> tuple[Poll, int] | None:
    """Options without letters, each with its share, after a question: bullets ("- Oui : 25 %")
    from line ``i``, or one line ("Oui : 62 % ; Non : 38 %") at line ``i``, after the "?" of a
    question on that line or in the paragraph before. Read only when the shares add up to 100
    (within ``unlabelled_sum_tolerance``). (poll, its last line), else None."""
    body = lines[i].text
    if len(body) > _OPTION_LINE_MAX or "%" not in body:
        return None
    bullet = _bullet(body)
    if bullet:
        if lines.same_paragraph(i - 1, i) and _bullet(lines[i - 1].text):
            return None
        run = [i]       # the bullets of one paragraph (a list)
        while lines.same_paragraph(run[-1] + 1, i) and _bullet(lines[run[-1] + 1].text):
            run.append(run[-1] + 1)
        if len(run) < 2:
            return None
        found = [_bullet(lines[k].text) for k in run]
        shares = [_share_value(m.group(2)) for m in found]
        question = _question_before(lines, i)
        if question is None or not _adds_up(shares):
            return None
        first, qmark, block_first = question
        text, qstart, qend = _question_text(doc, lines, first, qmark)
        begin = _extend_with_markers(lines, block_first, "poll", -1)
        poll = Poll(text, qstart, qend, lines[begin].start, lines[run[-1]].end,
                    list(zip(_labels(len(run)), [m.group(1).strip() for m in found])), shares)
        return poll, run[-1]
    # one line: after a "?" on this line, or on a line of its own after the question
    if body.count("%") < 2:
        return None
    tail_start = body.rfind("?") + 1
    tail = body[tail_start:]
    items = list(_ONE_LINE_OPTION.finditer(tail))
    if len(items) < 2 or items[0].start() > 2 or sum(len(m.group(0)) for m in items) < len(tail.strip()) - 2:
        return None
    shares = [_share_value(m.group(2)) for m in items]
    if not _adds_up(shares):
        return None
    if tail_start:
        line = lines[i]
        first_char = line.start + len(body) - len(body.lstrip())
        qtext = body[:tail_start]
        # the question: from the last marker's colon ("Sondage : ...") or the line's start
        marker = re.match(r"\s*[^:?]{1,40}:\s*", qtext)
        qstart = first_char + (marker.end() - (len(body) - len(body.lstrip())) if marker and
                               _is_marker(marker.group(0), "poll") else 0)
        qend = line.start + tail_start
        question_text = " ".join(doc.text[qstart:qend].split())
        begin = i
    else:
        question = _question_before(lines, i)
        if question is None:
            return None
        first, qmark, block_first = question
        question_text, qstart, qend = _question_text(doc, lines, first, qmark)
        begin = _extend_with_markers(lines, block_first, "poll", -1)
    options = list(zip(_labels(len(items)), [m.group(1).strip() for m in items]))
    return Poll(question_text, qstart, qend, lines[begin].start, lines[i].end, options, shares), i


def poll_spans(doc: Document) -> list[tuple[int, int]]:
    """[start, end) of every poll block: its figures belong to the poll tables, not to the cited
    figures."""
    return [(p.start, p.end) for p in find_polls(doc)]


# --------------------------------------------------------------------------- rows
def poll_id_for(source_id: str, question: str) -> str:
    digest = hashlib.sha1(" ".join(_norm(question).split()).encode("utf-8")).hexdigest()[:10]
    return f"{source_id}:poll-{digest}"


@dataclass(frozen=True)
class PollFound:
    """A poll of a document, with its identifier, rank in the document and session."""
    poll_id: str
    source_id: str
    session_id: str | None
    position: int
    page: int | None
    poll: Poll

    def question_row(self) -> dict:
        poll = self.poll
        return {
            "poll_id": self.poll_id,
            "source_id": self.source_id,
            "session_id": self.session_id,
            "position": self.position,
            "question": poll.question,
            "average_score": as_number(poll.average) if poll.average is not None else None,
            "score_scale_max": as_number(poll.scale_max) if poll.scale_max is not None else None,
            "page": self.page,
            "char_start": poll.question_start,
            "char_end": poll.question_end,
        }

    def option_rows(self) -> Rows:
        poll = self.poll
        rows: Rows = []
        for rank, (label, text) in enumerate(poll.options, start=1):
            share = poll.shares[rank - 1] if poll.shares else None
            rows.append({
                "poll_id": self.poll_id,
                "option_label": label,
                "option_text": text,
                "audience_share": as_number(share) if share is not None else None,
                "position": rank,
            })
        return rows


def extract_polls(docs: list[Document], programme: Programme | dict | None = None) -> list[PollFound]:
    """The polls pass; ``programme`` (the programme pass's result, or its tables' rows) gives the
    session of each poll (the session whose span holds the question), else session_id is empty."""
    index = ProgrammeIndex(programme)
    found: list[PollFound] = []
    for doc in docs:
        seen: dict[str, int] = {}
        for position, poll in enumerate(find_polls(doc), start=1):
            poll_id = poll_id_for(doc.source_id, poll.question)
            if poll_id in seen:  # the same question asked twice: keep both, apart
                seen[poll_id] += 1
                poll_id = f"{poll_id}-{seen[poll_id]}"
            else:
                seen[poll_id] = 1
            session = index.session_at(doc.source_id, poll.question_start)
            found.append(PollFound(poll_id, doc.source_id, session.session_id if session else None, position,
                                   doc.page_of(poll.question_start), poll))
    return found


def poll_table_rows(polls: list[PollFound]) -> dict[str, Rows]:
    """{"poll_questions": [...], "poll_options": [...]} of the polls found."""
    return {"poll_questions": [p.question_row() for p in polls],
            "poll_options": [row for p in polls for row in p.option_rows()]}


def poll_rows(docs: list[Document], events: Rows | None = None, programme: dict | None = None) -> dict[str, Rows]:
    """{"poll_questions": [...], "poll_options": [...]} for the documents. ``events`` is accepted for
    the common extractor signature (a poll's event is its session's); ``programme`` (rows) gives the
    session of each poll (see :func:`extract_polls`)."""
    return poll_table_rows(extract_polls(docs, programme))


def _decimals(value: float) -> int:
    for places in range(0, 4):
        if abs(round(value, places) - value) < 1e-9:
            return places
    return 3


def poll_share_warnings(questions: Rows, options: Rows, tolerance: float | None = None) -> list[str]:
    """Consistency warnings (soft checks, not errors): the shares of one question must sum to 100
    within rounding (by default: the number of shares times half a unit of their last decimal,
    at least ``share_tolerance_min`` of polls.yaml); every option has a share when one has; a poll
    has options or an average score; an average lies within its scale."""
    warnings: list[str] = []
    by_poll: dict[str, list[dict]] = {}
    for option in options:
        by_poll.setdefault(option["poll_id"], []).append(option)
    floor = float(_lex().get("share_tolerance_min", 0.1))
    for question in questions:
        poll_id = question["poll_id"]
        opts = sorted(by_poll.pop(poll_id, []), key=lambda o: o.get("position") or 0)
        average = question.get("average_score")
        if not opts and average is None:
            warnings.append(Finding(f"{poll_id}: no answer options and no average score", "poll_empty", poll_id))
        if average is not None and question.get("score_scale_max") and not 0 <= average <= question["score_scale_max"]:
            warnings.append(Finding(f"{poll_id}: average score {average} outside its scale 0-{question['score_scale_max']}",
                                    "poll_average_off_scale", poll_id, average=average, scale=question["score_scale_max"]))
        if not opts:
            continue
        shares = [o.get("audience_share") for o in opts]
        if all(s is None for s in shares):
            warnings.append(Finding(f"{poll_id}: no audience shares for its {len(opts)} options", "poll_no_shares", poll_id,
                                    options=len(opts)))
            continue
        if any(s is None for s in shares):
            missing = [o["option_label"] for o in opts if o.get("audience_share") is None]
            warnings.append(Finding(f"{poll_id}: options without an audience share: {', '.join(missing)}",
                                    "poll_missing_shares", poll_id, missing=missing))
            continue
        total = sum(float(s) for s in shares)
        allowed = tolerance if tolerance is not None else max(
            floor, len(shares) * 0.5 * 10 ** -max(_decimals(float(s)) for s in shares))
        if abs(total - 100.0) > allowed + 1e-9:
            warnings.append(Finding(f"{poll_id}: audience shares sum to {total:g} %, not 100 (tolerance {allowed:g})",
                                    "poll_shares_sum", poll_id, total=total, tolerance=allowed))
    for poll_id in by_poll:
        warnings.append(Finding(f"{poll_id}: options for an unknown poll", "poll_unknown", poll_id))
    return warnings
