"""One line of a programme: a session line ("Table ronde 2 : ...", "9h30 – Atelier : ..."), a
speaker list on one line or after a lead ("Introduction par A (X) et B (Y)"), a host phrase
("animée par") and the labels that introduce speaker lists ("Intervenants :"). One speaker item
("Prénom NOM, rôle - Organisation") is read in ``speaker_item.py``. Vocabulary in
``lexicons/programme.yaml``."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache

from .lines import Line
from .names import is_given_name, parse_name
from .programme_roles import _clean_org, _split_outside_parens
from .programme_timetable import _TIME_PREFIX
from .session_long_lines import long_line_head
from .programme_vocabulary import _UP, _f, _folded_list, _has_org_word, _lex, _type_at, _word_set, _words
from .speaker_item import (_HONORIFICS, Item, _confirmed, _flattened_people, _name_then_details,
                           _people_and_details, _person_of_organisation)


Rows = list[dict]
SESSION_TYPES = ("plenary", "round_table", "workshop", "tv_show", "keynote", "other")
_HEADING_MAX_LINES = 3
_HEADING_MAX_CHARS = 110

# =========================================================================== session lines
@dataclass
class Header:
    type: str
    number: str | None
    title: str                    # as written, without time, host or speaker clause
    words: frozenset[str]         # identity words (after the session word)
    id_words: list[str]           # words for the identifier: the qualifier, else the title
    host: Host | None = None      # "animé par X": an organisation and/or people
    host_only: bool = False       # "Atelier animé par X": a host line, not a new session
    people: list[Item] = field(default_factory=list)   # "Discours d'ouverture par Mme X, présidente"


@cache
def host_alternation() -> str:
    """The host phrases as a regular expression over folded text, with up to two words before
    their "par" ("animée avec brio par")."""
    return "|".join(re.escape(p).replace(r"\ par", r"(?:\s+[a-z]+){0,2}\s+par")
                    for p in sorted(_folded_list("host_phrases"), key=len, reverse=True))


@cache
def _host_pattern() -> re.Pattern:
    """A host phrase ("animé par") anywhere, or a host label opening the line ("Modération :")."""
    phrases = host_alternation()
    labels = "|".join(re.escape(p) for p in _folded_list("host_labels"))
    return re.compile(rf"(?<![a-z0-9])(?:{phrases})(?![a-z0-9])\s*:?|^\s*(?:{labels})\s*:")


@cache
def _ordinals() -> tuple[tuple[str, int], ...]:
    """(folded ordinal word, its number) of the lexicon, longest first."""
    return tuple(sorted(((_f(str(k)), v) for k, v in _lex()["ordinals"].items()), key=lambda p: -len(p[0])))


def _host_match(folded: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of the first host phrase ("animé par") of a folded text, from ``start``."""
    m = _host_pattern().search(folded, start)
    return (m.start(), m.end()) if m else None


@cache
def _inline_label() -> re.Pattern:
    """A speaker label inside a session line ("... . Intervenants : A, B")."""
    labels = "|".join(re.escape(w) for w in _folded_list("speaker_list_labels"))
    return re.compile(rf"[.;,]?\s+(?:{labels})\s*:\s*")


@cache
def _speaker_phrase_patterns() -> tuple[re.Pattern, ...]:
    """A speaker phrase ("avec", "par") between spaces, one pattern a phrase, in the lexicon's order."""
    return tuple(re.compile(rf"\s{re.escape(ph)}\s") for ph in _folded_list("speaker_phrases"))


def _word_and_number_only(folded: str) -> bool:
    """A line that is only a session word and its number, in lower case too ("atelier 1"): a
    session line whose title is on the line below."""
    m = re.fullmatch(r"([a-z' -]+?)\s+(?:n\s*[°º]\s*)?\d{1,2}\s*:?", folded)
    hit = _type_at(folded, 0) if m else None
    return hit is not None and hit[1] == len(m.group(1))


def parse_header(text: str, strict: bool = True, max_words: int = 8) -> Header | None:
    """A session line: "Table ronde 2 : Les mobilités", "Plénière du matin", "2e émission TV
    X : Y", "Keynote d'ouverture : « ... »", "Atelier A – ...". None for anything else, and for a
    plural that counts sessions ("3 tables rondes", "Ateliers 1 à 5")."""
    text = " ".join(text.split())
    sentence_only = False
    if len(text) > 240:
        text, sentence_only = long_line_head(text, lambda at: _host_match(_f(text), at))
    if not text:
        return None
    f = _f(text)
    if any(f.endswith(" " + ph) for ph in _folded_list("speaker_phrases")):
        return None       # "Discussion avec", "Table ronde animée par": a label over the people below
    pos, number = 0, None
    m = re.match(r"(\d{1,2})\s*(?:ere|re|er|eme|e|nde|nd)\s+", f)
    if m:
        number, pos = m.group(1), m.end()
    else:
        for word, n in _ordinals():
            if f.startswith(word + " "):
                number, pos = str(n), len(word) + 1
                break
    if not text[0].isupper() and not (pos and text[0].isdigit()) and not _word_and_number_only(f):
        return None
    hit = _type_at(f, pos)
    article = re.match(r"(?:la|le|l')\s*", f) if number is None and hit is None else None
    if article:
        # "La table ronde : ...", "La keynote de X": the session word after its article, its
        # title after a colon right away or the line short ("Le débat public a réuni ... : X" is a sentence)
        hit = _type_at(f, article.end())
        if hit and not (re.match(r"\s*:", f[hit[1]:]) or len(text.split()) <= 6):
            hit = None
    if hit is None:
        return None
    kind, after = hit
    cut = after
    num = re.match(r"\s*(?:n\s*[°º]\s*|no\.?\s*|numero\s*|#\s*)?(\d{1,2})(?![\d,.]?\d)(?!\s*(?:h\b|h\d|%|ans?\b|a\b))", f[after:])
    if num:
        number = number or num.group(1)
        cut = after + num.end()
    else:
        letter = re.match(rf"\s+([{_UP}])(?=\s*(?:$|[:–—(-]|\s(?:et|and)\s))", text[after:])
        if letter:
            number = number or letter.group(1)
            cut = after + letter.end()
    if number is None and sentence_only:
        return None       # a long line cut at its first sentence: only a numbered session is read so
    if number is None and _f(text[pos:after]).lower() in _folded_list("numbered_only"):
        return None       # "Partie", "Séquence" without a number open any text
    # Host clause ("animé par X") and people clause ("par Mme X") end the visible title.
    visible_end = len(text)
    host = None
    hm = _host_match(f, cut)
    if hm:
        host = _host_target(text[hm[1]:])
        visible_end = hm[0]
    tail = text[cut:visible_end]
    sep = re.search(r"\s*[:–—|]\s*|\s+-\s+|^\s*-\s+", tail)
    qualifier = tail[:sep.start()] if sep else tail
    rest = tail[sep.end():] if sep else ""
    host_only = bool(hm) and number is None and sep is None
    people: list[Item] = []
    label = _inline_label().search(f[cut:visible_end])
    if label and not host_only:
        # "Table ronde : les mobilités. Intervenants : A (X), B (Y)": the list ends the title
        listed = inline_items(text[cut + label.end():visible_end])
        if listed:
            people, visible_end = listed, cut + label.start()
            tail = text[cut:visible_end]
            sep = re.search(r"\s*[:–—|]\s*|\s+-\s+|^\s*-\s+", tail)
            qualifier = tail[:sep.start()] if sep else tail
            rest = tail[sep.end():] if sep else ""
    if not host_only and not people:
        for ph in _speaker_phrase_patterns():
            pm = ph.search(f[cut:visible_end])
            if pm:
                candidate = inline_items(text[cut + pm.end():visible_end])
                if candidate:
                    people = candidate
                    visible_end = cut + pm.start()
                    tail = text[cut:visible_end]
                    sep = re.search(r"\s*[:–—|]\s*|\s+-\s+", tail)
                    qualifier = tail[:sep.start()] if sep else tail
                    rest = tail[sep.end():] if sep else ""
                    break
    title = text[:visible_end].strip(" ,;:–—-(")
    quoted = re.search(r"[«“][^«»“”]+[»”]$", title)     # "Table ronde « ... »": the title's own marks
    if strict and not host_only and number is None and sep is None and not quoted:
        # Without a number or a title separator, a session line is short and is not a sentence.
        if len(title.split()) > max_words or title.endswith((".", ",", ";")) or re.search(r"[.!?]\s", title):
            return None
    words = _word_set(qualifier + " " + rest)
    id_words = _words(qualifier) or _words(rest)
    return Header(kind, number.lower() if number else None, title, words, id_words, host, host_only, people)


def _line_header(line: Line, heading: bool = False) -> tuple[Header, int, bool] | None:
    """The session line a text line holds, the offset where its text starts (after a list marker
    and a time, "9h30 – Plénière", or in a table cell, "| 9h30 | Keynote ... |") and whether a
    time or a table cell came before it (a timetable entry rather than a section heading)."""
    body = line.body
    cells = [(line.body_start, body)]
    separator = "|" if "|" in body else "\t" if "\t" in body.strip() else None
    if separator:
        cells, pos = [], line.body_start
        for cell in body.split(separator):
            cells.append((pos, cell))
            pos += len(cell) + 1
    for n, (start, cell) in enumerate(cells):
        lead = len(cell) - len(re.sub(r"^\s*(?:\.[ \t]+(?=\S))?", "", cell))  # ". Atelier 2 :": a dot as bullet
        t = _TIME_PREFIX.match(cell[lead:])
        skip = lead + (t.end() if t else 0)
        # A document heading is a title by its layout: a longer one is still no sentence ("Table
        # ronde « X », les leviers à actionner dès demain").
        header = parse_header(cell[skip:], max_words=16 if heading else 8)
        bulleted = bool(line.text[:line.body_start - line.start].strip())
        if header is None and bulleted and len(cells) == 1 and re.fullmatch(r"(?:[^.!?;]|\.(?=\S))+[^.\s]\.", cell.strip()):
            # a list item closed by a full stop, the habit of bulleted lists ("- Atelier de
            # réparation de vélos et de trottinettes."): the stop is no sentence of its own
            header = parse_header(cell[skip:].strip()[:-1], max_words=12)
        if header:
            # a table row: the people of the next cells are the session's ("Atelier 1 | A (X), B (Y)")
            extra = [it for _, other in cells[n + 1:] for it in inline_items(other.strip()) if other.strip()]
            if extra:
                header = dataclasses.replace(header, people=list(header.people) + extra)
            return header, start + skip, bool(t) or len(cells) > 1
    return None

# =========================================================================== speaker items
def parse_item(text: str, bare_ok: bool = False, mixed_ok: bool = False) -> Item | None:
    """One item of a speaker list, or None when it names nobody. ``bare_ok``: a name alone
    (a bulleted line "- Jean DUPONT") is an item too. ``mixed_ok``: a name without capitals
    ("Jean Dupont, maire") is read too (a bulleted item, an inline list, after a host phrase);
    elsewhere a name needs its family name in capitals or an honorific."""
    text = " ".join(text.split()).strip(" ;")
    if not text or len(text) > (400 if mixed_ok else 300):
        return None
    # "Organisation : Prénom Nom, rôle"
    m = re.match(r"^(?P<org>[^:(),]{2,90}?)\s*:\s+(?P<rest>\S.*)$", text)
    if m and m.group("org")[0].isupper() and _label_of(m.group("org") + " :") is None \
            and _host_match(_f(m.group("org") + " :")) is None:     # "Modération : X" names a host, not an organisation
        left = m.group("org").strip()
        if parse_name(left, allow_mixed=True) is None and parse_header(left) is None \
                and _f(left.lower()) not in _folded_list("detail_labels") + _folded_list("practical_labels"):
            item = _people_and_details(m.group("rest"), bare_ok=True, mixed_ok=mixed_ok)
            if item:
                role = item.role
                if item.organization and role is None and not _has_org_word(item.organization):
                    role = item.organization
                elif item.organization and role:
                    role = f"{role} - {item.organization}" if item.organization not in role else role
                return Item(item.people, role, left, item.alternative, text)
    return _people_and_details(text, bare_ok, mixed_ok) or (_name_then_details(text) if mixed_ok else None)


# =========================================================================== hosts and labels
def _first_sentence(text: str) -> str:
    """Text up to the first full stop that does not close an honorific ("M. Jean Dupont. Il...")."""
    honorifics = {str(h).lower().rstrip(".") for h in _lex()["honorifics"]}
    for m in re.finditer(r"\.(?:\s|$)", text):
        word = re.search(r"(\w+)$", text[:m.start()])
        if not (word and word.group(1).lower() in honorifics):
            return text[:m.start()]
    return text


@dataclass
class Host:
    """Who runs a session: an organisation ("animé par l'Université X") and/or people ("Animée par
    Jean DUPONT (X), avec A, B et C": the people are speakers of the session)."""
    organization: str | None
    people: list[Item]


def _honorific_ahead() -> str:
    """An honorific of ``_HONORIFICS`` (any case, maybe with its dot) then a capitalised word: "Dr B",
    "Mme B", "docteur B"."""
    words = "|".join(sorted((re.escape(h) for h in _HONORIFICS), key=len, reverse=True))
    return rf"(?i:{words})\.?\s+[{_UP}]"


def inline_items(text: str) -> list[Item]:
    """Items listed on one line: "A (X) ; B (Y)" or "A, maire de X, et B, directrice, Y"."""
    items: list[Item] = []
    complete: set[int] = set()      # items "Prénom Nom de Organisation": nothing to add to them
    pieces = _split_outside_parens(text, ";") if ";" in text else _split_outside_parens(text, ",")
    # "A (X) et B (Y)": two items.
    pieces = [q for p in pieces for q in re.split(r"(?<=\))\s+(?:et|and|&)\s+", p)]
    # "A – rôle et de B – rôle" (after "Interventions de"): two items
    pieces = [q for p in pieces for q in re.split(rf"\s+et\s+(?:de\s+|d['’]\s*)(?=[{_UP}])", p)]
    # "A, urbaniste et B NOM, élue": "et" before a given name and a family name in capitals ends
    # the role of the person before and opens the next person
    pieces = [q for p in pieces for q in re.split(rf"\s+et\s+(?=[{_UP}][\w’'-]*[a-zà-ÿœæ][\w’'-]*\s+[{_UP}]{{2,}}(?![\w’'-]*[a-zà-ÿœæ]))", p)]
    # "A, sociologue et le Dr B, pédiatre", "A, urbaniste et Mme B, élue": "et", maybe an article,
    # then an honorific and a capitalised word end the role of the person before and open the next
    pieces = [q for p in pieces for q in re.split(rf"\s+et\s+(?=(?:le\s+|la\s+)?{_honorific_ahead()})", p)]
    # "Prénom NOM, rôle, ORGANISATION Prénom NOM, rôle": a list whose line breaks were lost; a known
    # given name and a family name in capitals inside a piece open the next person
    pieces = [q for p in pieces for q in _flattened_people(p)]
    for piece in pieces:
        piece = re.sub(r"^\s*(?:et|and)\s+", "", piece).strip(" -–—")     # "B –" cut at the end of a line
        piece = re.sub(rf"^(?:le|la)\s+(?={_honorific_ahead()})", "", piece)    # "le Dr B": the article dropped
        if not piece or re.fullmatch(r"(?:etc|\.\.\.|…)\.?", piece):
            continue          # "A, B, etc.": the list goes on unnamed
        whole = _person_of_organisation(piece)
        item = whole or parse_item(piece, bare_ok=True, mixed_ok=True)
        if whole:
            complete.add(len(items))
        if item:
            items.append(item)
        elif items and len(items) - 1 not in complete:
            merged = parse_item(items[-1].raw + ", " + piece, bare_ok=True, mixed_ok=True)
            if merged:
                items[-1] = merged
    return items


@cache
def _lead_cues() -> re.Pattern:
    """The cues of ``lead_items`` ("par", "intervention de"), longest first."""
    by = _folded_list("speaker_phrases")
    of = _folded_list("speaker_of_phrases")
    cues = "|".join(re.escape(c) for c in sorted(set(by) | set(of), key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])({cues})(?:\s+|(?<=')(?=\w))")


def lead_items(body: str) -> list[Item]:
    """A line announcing who speaks after a few words: "Introduction par Prénom Nom, Directrice
    de X", "Intervention de Prénom NOM (Organisation)", "Par Prénom NOM, climatologue",
    "Présentation de l'outil par A (X) et B (Y)". The words before the cue (at most
    ``lead_max_words``) are not read; everything after it must be people. After "de" (a cue of
    ``speaker_of_phrases``) a name needs capitals, an honorific or a role word after it, or a known
    given name and an organisation.
    -> the items, or [] when the line is something else."""
    text = " ".join(body.split()).strip(" ;")
    if not text or not (text[0].isupper() or text[0] in "«\"“") or len(text) > 400:
        return []
    folded = _f(text)
    by = _folded_list("speaker_phrases")
    of = _folded_list("speaker_of_phrases")
    for m in _lead_cues().finditer(folded):
        lead = text[:m.start()].strip()
        if len(lead.split()) > int(_lex()["lead_max_words"]) or ":" in lead or re.search(r"\d", lead):
            break
        cue = m.group(1).strip()
        if not lead and cue not in by:
            continue
        rest = text[m.end():]
        items = inline_items(rest)
        if not items or sum(len(it.raw) for it in items) < 0.8 * len(rest.strip(" .")):
            continue
        # ... or a known given name and the body the person comes from after it ("Pitch de Prénom
        # Nom, Département de X")
        if cue in of and not all(_confirmed(it) or (it.organization and all(is_given_name(p.given) for p in it.people))
                                 for it in items):
            continue
        return items
    return []


def _host_target(text: str) -> Host | None:
    """What follows a host phrase: an organisation (an article before it) or a person, then maybe
    ", avec A, B et C" (people)."""
    text = _first_sentence(" ".join(text.split()))
    phrases = "|".join(re.escape(p) for p in _folded_list("speaker_phrases"))
    tail = re.search(rf",?\s+(?:{phrases})\s*:?\s+", _f(text))
    head, more = (text[:tail.start()], text[tail.end():]) if tail else (text, "")
    people = inline_items(more) if more else []
    article = re.match(r"(?i)(?:le|la|les)\s+|l['’]\s*", head)
    if article:
        org = _clean_org(head[article.end():])
        return Host(org, people) if org or people else None
    # "animé par A, rôle et B, rôle", "présidée par A et par B, rôle": two people run it
    for joint in re.finditer(r",?\s+(?:et|&)\s+(?:par\s+)?(?=[A-ZÀ-ÞŒÆ][\w’'-]+\s+[A-ZÀ-ÞŒÆ][\w’'-]+(?:\s*,|\s*$))", head):
        first = _people_and_details(head[:joint.start()], bare_ok=True, mixed_ok=True)
        second = _people_and_details(head[joint.end():], bare_ok=True, mixed_ok=True)
        if first and second:
            first.moderator = second.moderator = True
            return Host(None, [first, second] + people)
    item = _people_and_details(head, bare_ok=True, mixed_ok=True)
    if item:
        item.moderator = True
        return Host(None, [item] + people)
    org = _clean_org(head)
    return Host(org, people) if org or people else None


def _host_line(body: str) -> Host | None:
    """"Atelier animé par le Campus X." / "Table ronde animée par l'Agence Y" /
    "Animée par Jean DUPONT (Z)": the host, else None."""
    f = _f(body)
    hm = _host_match(f)
    if not hm:
        return None
    if len(body[:hm[0]].split()) > int(_lex()["host_max_words_before"]):
        return None
    return _host_target(body[hm[1]:])


def _label_of(body: str) -> str | None:
    """"Intervenants : ..." -> the rest of the line after the colon; a label alone on its line
    without a colon ("INTERVENANTS") -> ""; else None. Whether a label alone introduces speakers or
    the whole programme depends on what follows it (see ``_Reader.speaker_label``)."""
    f = _f(body.strip())
    for label in _folded_list("speaker_list_labels") if f.startswith(_folded_list("speaker_list_labels")) else ():
        if f.startswith(label):
            m = re.match(r"\s*:\s*", f[len(label):])
            if m:
                return body.strip()[len(label) + m.end():].strip()
            # "Avec A (X), B (Y) et C (Z)": no colon, but only people with their bodies follow
            rest = body.strip()[len(label):]
            if rest[:1].isspace() and rest.strip()[:1].isupper():
                items = inline_items(rest.strip())
                if items and all(it.people and (it.organization or it.role) for it in items) \
                        and sum(len(it.raw) for it in items) >= 0.8 * len(rest.strip()):
                    return rest.strip()
    if _is_programme_heading(body) or f.rstrip(" .") in _folded_list("speaker_list_labels"):
        return ""
    return None


def _is_programme_heading(body: str) -> bool:
    return _f(body.strip()).rstrip(" :") in _folded_list("programme_headings")
