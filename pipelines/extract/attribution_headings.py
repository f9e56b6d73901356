"""The speaker headings of a session (lines that hold only speakers' names; headings side by side,
two columns of a PDF page, as one cluster) and the organisations the text names ("Chez X, nous
...", a speaker's organisation by its distinctive words): what attribution.py reads when no
sentence names a figure's source."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from .figure_text import _lex, _norm, _normset
from .lines import iter_lines
from .programme_index import ProgrammeIndex
from .session_deck import deck_presenter
from .speech_cues import incise_verb


@dataclass
class _Entry:
    """A speaker heading line: one or several speakers ("A & B")."""
    start: int
    end: int
    speaker_ids: list[str]
    credit: bool = False        # "Prénom Nom, rôle": a presenter's credit line, not a bare name
    line_no: int = -1           # a credit line's rank among the non-blank lines read


def _heading_entries(doc: Document, index: ProgrammeIndex, lo: int, hi: int) -> list[_Entry]:
    """Lines of [lo, hi) that hold only speakers' names, or one speaker's credit line standing
    alone (:func:`_credit_line`); not the name on a slide deck's title slide (who presents the
    deck, not a turn of speech)."""
    spec = _lex()["attribution"]
    joiners = spec["name_joiners"]
    presenter = deck_presenter(doc)
    entries = []
    shaped: list[bool] = []         # per non-blank line: does it read as a name, or a name and a role?
    labelled: list[bool] = []       # per non-blank line: does it end with a colon (a list's label)?
    for line in iter_lines(doc.text, lo, hi):
        body = line.text.strip()
        if body:
            m = _CREDIT.fullmatch(body)
            shaped.append(bool(m and _PERSON.fullmatch(m.group("name").strip()))
                          or (len(body) <= 60 and index.match_name(body) is not None))
            labelled.append(body.endswith(":"))
        if presenter is not None and line.start <= presenter[1] < line.start + len(line.text):
            continue
        if body and (credit := _credit_line(body, index)) is not None:
            start = line.start + (len(line.text) - len(line.text.lstrip()))
            entries.append(_Entry(start, line.start + len(line.text.rstrip()), [credit], credit=True,
                                  line_no=len(shaped) - 1))
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
    # a credit line with other names around it, or under a list's label ("Intervenants :"), lists people
    reach = int(spec.get("credit_line_list_reach", 3))
    return [e for e in entries if not e.credit or not (
        any(shaped[max(0, e.line_no - reach):e.line_no] + shaped[e.line_no + 1:e.line_no + 1 + reach])
        or any(labelled[max(0, e.line_no - reach):e.line_no]))]


def _clusters(text: str, entries: list[_Entry]) -> list[list[_Entry]]:
    """Headings side by side (two columns of a PDF page) come out as consecutive lines."""
    clusters: list[list[_Entry]] = []
    for e in entries:
        if clusters and not text[clusters[-1][-1].end:e.start].strip():
            clusters[-1].append(e)
        else:
            clusters.append([e])
    return clusters


# A presenter's credit line: a name, then its role or body after a comma, a dash or a bracket
# ("Prénom NOM, cheffe de projet", "Prénom Nom (Agence X)", "Prénom Nom - Directeur"); the rest
# is a title, not a sentence.
_CREDIT = re.compile(r"(?P<name>[^,()–—:;.!?«»\d]{3,60}?)\s*(?:,|\s[-–—]\s|\()\s*(?P<rest>[^:;!?«»]{2,160})$")


# A person's name as a credit line writes it: two to four capitalised words.
_PERSON = re.compile(r"(?:[A-ZÀ-ÞŒÆ][\w'’-]+\s+){1,3}[A-ZÀ-ÞŒÆ][\w'’-]+")


def _credit_line(body: str, index: ProgrammeIndex) -> str | None:
    """The speaker a presenter's credit line names: the line under a talk's heading in a report
    ("Prénom NOM, chargée de mission au service X"), then the summary of that talk, written in
    any person. A sentence ("Prénom Nom, maire, a rappelé ...") ends with a full stop or holds a
    verb of speech and is no credit; the name must be one speaker's."""
    m = _CREDIT.fullmatch(body)
    if m is None or body.endswith(".") or len(body) > int(_lex()["attribution"].get("credit_line_max_chars", 200)):
        return None
    if _speech_verb_pattern().search(_norm(m.group("rest"))):
        return None
    return index.match_name(m.group("name").strip())


@cache
def _speech_verb_pattern() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{incise_verb()})(?![a-z])")


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
    caps = [w for w in re.findall(r"[A-ZÀ-ÞŒÆ0-9][A-ZÀ-ÞŒÆ0-9-]{3,}", organization) if not w.isdigit()]
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
    cap = r"[A-ZÀ-ÞŒÆ][\w&'’.-]*(?:[ \u00a0][A-ZÀ-ÞŒÆ0-9][\w&'’./-]*)*"
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
