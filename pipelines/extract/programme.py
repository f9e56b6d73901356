"""The programme of an event: its sessions, the people who spoke and who spoke where.

A report lists its programme once or twice: a summary ("INTERVENANTS": one line per session, the
speakers under it) and, at the top of each session's pages, the session's heading and an
"Intervenants :" list. Both are read and merged into one session, and each person into one
speaker however many sessions they appear in and however their name is spelled.

Rules (vocabulary in ``lexicons/programme.yaml``):

- A session line starts with a session word ("Table ronde 2 : ...", "Atelier : ...", "Première
  émission : ..."), after an optional time ("9h30 –") or ordinal; a plural ("3 tables rondes") counts
  sessions and is not one. Two lines name the same session when they have the same type and number,
  or the same type and the words of one title are those of the other ("Plénière du matin").
- A speaker list follows a session line (bullets, lines, an "Intervenants :" / "Avec :" label and
  its inline list); a label that follows no session line belongs to the heading just above it (at
  most three short lines), else to the session whose speakers it repeats.
- An item names one or several people ("A et B, rôle - Organisation"; "A ou B, ..." links both, as
  announced), with the shapes "Prénom NOM, Rôle - Organisation", "M. Prénom Nom (rôle,
  organisation)", "NOM Prénom, rôle", "NOM Prénom – rôle, Organisation" and "Organisation : Prénom
  Nom, rôle". A role cut over two lines (even across a blank line) is joined back. Without capitals
  in the family name, a name is read only after an honorific, in a bulleted or inline list, or
  after a host phrase.
- "Atelier animé par l'Université X": a host organisation (an article before it); a person after
  the host phrase ("Animée par Jean DUPONT (X), avec A, B") is a speaker, and so are those "avec"
  names.
- A session's span is its detailed section, from its heading to the next session's section (or the
  next heading of the same level in Markdown/HTML): a heading followed by "Intervenants :", else a
  document heading, else a line naming the session on its own after its programme entry. Without
  one, the span is its programme entry.
- Spellings of one person are merged (case, accents, spacing, hyphens, word order, a one-letter
  typo in the family name, two in a long one with the same given name), except two spellings in
  one list; the accented, most listed spelling is published, the others as aliases. Names
  written alone on a line (the heading above a speaker's words) only add aliases.
- People in prose are speakers only when the text confirms them as persons: a role after the
  name ("Prénom Nom, présidente de X"; or on the next line of a slide), an organisation or role
  in brackets, a verb of speech before or after it, "selon", a role word before it ("le maire
  X"), "avec X, Organisation". A determiner before capitalised words makes them a thing ("le
  Grand X"), an acronym of their initials in brackets an abbreviated phrase. Bulleted items
  naming people with a role or organisation are speakers wherever the list stands. These people
  are linked to the session whose span holds them, else published without a session (a press
  article); after a host phrase ("animée par X") the link's role is the moderator's.
- When no session line is found, a plain programme list gives the sessions: items under a
  programme heading, a timetable of three timed lines or more ("[8h15–9h00] ...", "11h20 – ..."),
  lettered items ("A. Titre. Organisation – Prénom NOM"); and so does a report's heading whose
  own text names who runs the session ("animée par") and lists a speaker. A document heading is read as a session line
  however long it is.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache

from ..ingest import Document
from ..ingest.manifest import slugify
from ..lexicons import fold, load
from .lines import Line, iter_lines, trimmed_span
from .names import PersonName, accents, name_distance, normalise, parse_name

Rows = list[dict]
SESSION_TYPES = ("plenary", "round_table", "workshop", "tv_show", "keynote", "other")

_UP = "A-ZÀ-ÖØ-Þ"
_SEPARATOR = re.compile(r"\s[-–—]\s")
_TIME_PREFIX = re.compile(
    r"^\s*[\[(]?\s*\d{1,2}\s*[hH:]\s*\d{0,2}(?:\s*(?:[-–—]|à|a)\s*\d{1,2}\s*[hH:]\s*\d{0,2})?\s*[\])]?"
    r"\s*(?:[-–—|:.,]\s*)?(?=\S)")
_HEADING_MAX_LINES = 3
_HEADING_MAX_CHARS = 110


# =========================================================================== vocabulary
@cache
def _lex() -> dict:
    return load("programme")


def _f(text: str) -> str:
    """Folded text for matching (same length as ``text``: offsets are shared)."""
    return fold(text).replace("’", "'")


@cache
def _type_terms() -> tuple[tuple[str, str], ...]:
    pairs = {(_f(str(t)), kind) for kind, terms in _lex()["session_types"].items() for t in terms}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def _folded_list(key: str) -> tuple[str, ...]:
    return tuple(sorted({_f(str(w)) for w in _lex()[key]}, key=len, reverse=True))


@cache
def _normalised_set(key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in _lex()[key])


def _type_at(folded: str, pos: int) -> tuple[str, int] | None:
    for term, kind in _type_terms():
        if folded.startswith(term, pos):
            end = pos + len(term)
            if end == len(folded) or not folded[end].isalnum():
                return kind, end
    return None


def _words(text: str) -> list[str]:
    """Content words of a title, in order (for identity and identifiers)."""
    stop = _normalised_set("title_stopwords")
    return [w for w in normalise(text).split() if w not in stop and len(w) > 1 and not w.isdigit()]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _words(text))


def _is_role_word(word: str) -> bool:
    return normalise(word) in _normalised_set("role_words")


def _starts_with_role(text: str) -> bool:
    n = normalise(text)
    return any(n == r or n.startswith(r + " ") for r in _normalised_set("role_words"))


def _has_org_word(text: str) -> bool:
    return any(w in _normalised_set("organization_words") for w in normalise(text).split())


def _acronym(word: str) -> bool:
    return bool(re.fullmatch(rf"[{_UP}][{_UP}0-9&]+", word)) and not _is_role_word(word)


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
def _host_pattern() -> re.Pattern:
    phrases = "|".join(re.escape(p) for p in _folded_list("host_phrases"))
    return re.compile(rf"(?<![a-z0-9])(?:{phrases})(?![a-z0-9])")


@cache
def _ordinals() -> tuple[tuple[str, int], ...]:
    """(folded ordinal word, its number) of the lexicon, longest first."""
    return tuple(sorted(((_f(str(k)), v) for k, v in _lex()["ordinals"].items()), key=lambda p: -len(p[0])))


def _host_match(folded: str, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of the first host phrase ("animé par") of a folded text, from ``start``."""
    m = _host_pattern().search(folded, start)
    return (m.start(), m.end()) if m else None


def parse_header(text: str, strict: bool = True, max_words: int = 8) -> Header | None:
    """A session line: "Table ronde 2 : Les mobilités", "Plénière du matin", "2e émission TV
    X : Y", "Keynote d'ouverture : « ... »", "Atelier A – ...". None for anything else, and for a
    plural that counts sessions ("3 tables rondes", "Ateliers 1 à 5")."""
    text = " ".join(text.split())
    if not text or len(text) > 240:
        return None
    f = _f(text)
    pos, number = 0, None
    m = re.match(r"(\d{1,2})\s*(?:ere|re|er|eme|e|nde|nd)\s+", f)
    if m:
        number, pos = m.group(1), m.end()
    else:
        for word, n in _ordinals():
            if f.startswith(word + " "):
                number, pos = str(n), len(word) + 1
                break
    if not text[0].isupper() and not (pos and text[0].isdigit()):
        return None
    hit = _type_at(f, pos)
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
    if not host_only:
        for ph in _folded_list("speaker_phrases"):
            pm = re.search(rf"\s{re.escape(ph)}\s", f[cut:visible_end])
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
    if strict and not host_only and number is None and sep is None:
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
    if "|" in body:
        cells, pos = [], line.body_start
        for cell in body.split("|"):
            cells.append((pos, cell))
            pos += len(cell) + 1
    for start, cell in cells:
        lead = len(cell) - len(cell.lstrip())
        t = _TIME_PREFIX.match(cell[lead:])
        skip = lead + (t.end() if t else 0)
        # A document heading is a title by its layout: a longer one is still no sentence ("Table
        # ronde « X », les leviers à actionner dès demain").
        header = parse_header(cell[skip:], max_words=16 if heading else 8)
        if header:
            return header, start + skip, bool(t) or len(cells) > 1
    return None


# =========================================================================== speaker items
@dataclass
class Item:
    people: list[PersonName]
    role: str | None
    organization: str | None
    alternative: bool = False
    raw: str = ""
    start: int = 0
    end: int = 0
    moderator: bool = False       # "animée par X": X runs the session (the role of the link)


def _split_outside_parens(text: str, seps: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for c in text:
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


def _clean_org(text: str) -> str | None:
    """An organisation named after a host phrase, up to the end of its clause."""
    text = " ".join(text.split())
    text = re.split(r"\.\s|\.$|;|,\s+(?=[a-zà-ÿ])", text)[0]
    text = text.strip(" .,;:–—-")
    if not text or len(text) > 120:
        return None
    return text


def _looks_like_org(text: str) -> bool:
    text = text.strip()
    if not text or _starts_with_role(text):
        return False
    if normalise(text).split()[:1] and normalise(text).split()[0] in _normalised_set("organization_words"):
        return True       # "mairie de X", "Syndicat mixte Y"
    if not text[0].isupper():
        return False
    words = text.split()
    if _has_org_word(text) or _acronym(words[0].strip(".,")):
        return True
    significant = [w for w in words if normalise(w) not in _normalised_set("title_stopwords")]
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def _embedded_org(role: str) -> str | None:
    """The organisation inside a role that has no " - Organisation": "Président de la Communauté
    X", "Secrétaire adjoint à la Préfecture Y", "Vice-Président ABC & Maire de Z" -> "ABC"."""
    for m in re.finditer(rf"[{_UP}][\w’'.&-]*", role):
        word = m.group(0)
        if _is_role_word(word) or (m.start() and role[m.start() - 1] in "-’'"):
            continue
        rest = role[m.start():]
        stop = re.search(r"\s+(?:&|et|and)\s+|\s[-–—]\s|[,;(]", rest)
        phrase = rest[:stop.start()] if stop else rest
        phrase = phrase.strip(" .")
        first = phrase.split()[0] if phrase.split() else ""
        if _has_org_word(phrase) or (_acronym(first) and len(phrase.split()) <= 3):
            return phrase
    return None


def split_role_org(details: str) -> tuple[str | None, str | None]:
    """"Rôle - Organisation", "rôle, Organisation", "(rôle, organisation)", "Organisation" alone,
    or a role naming its organisation -> (role, organisation), each None when absent."""
    d = " ".join(details.split()).strip(" ,;.")
    if d.startswith("(") and d.endswith(")"):
        d = d[1:-1].strip(" ,;.")
    if not d:
        return None, None
    seps = list(_SEPARATOR.finditer(d))
    if seps:
        last = seps[-1]
        org = d[last.end():].strip(" ,;.")
        role = d[:last.start()].strip(" ,;")
        if org and not _starts_with_role(org):
            return role or None, org
        return d, _embedded_org(d[:seps[0].start()])
    parts = _split_outside_parens(d, ",")
    if len(parts) > 1:
        last = parts[-1].strip()
        if _looks_like_org(last):
            return ",".join(parts[:-1]).strip() or None, last
    if _looks_like_org(d):
        return None, d
    paren = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", d)
    if paren and _looks_like_org(paren.group(2)):
        return paren.group(1).strip(" ,;") or None, paren.group(2).strip()
    return d, _embedded_org(d)


def _split_names(name_part: str) -> tuple[list[str], bool]:
    joiners = [str(j) for j in _lex()["name_joiners"]]
    alternatives = [str(j) for j in _lex()["alternative_joiners"]]
    parts = [name_part]
    alternative = False
    for j in joiners:
        pieces = []
        for p in parts:
            split = p.split(j)
            if len(split) > 1 and j in alternatives:
                alternative = True
            pieces.extend(split)
        parts = pieces
    return [p.strip() for p in parts if p.strip()], alternative


def _people_and_details(text: str, bare_ok: bool, mixed_ok: bool) -> Item | None:
    m = re.search(r",|\(|\s[-–—]\s|\s:\s", text)
    name_part = text[:m.start()] if m else text
    details = ""
    if m:
        if m.group(0) == "(":
            close = text.find(")", m.end())
            details = text[m.start():close + 1] if close != -1 else text[m.start():]
        else:
            details = text[m.end():]
    names, alternative = _split_names(name_part)
    if not names:
        return None
    people = [parse_name(n, allow_mixed=mixed_ok) for n in names]
    if any(p is None for p in people):
        return None
    if not details.strip() and not bare_ok:
        return None
    if not mixed_ok and re.search(rf"[.!?]\s+[{_UP}]", details):
        return None   # a sentence of the report ("X, vice-présidente, a présenté ... En 2019, ..."), not an item
    if m and m.group(0).strip() in "-–—" and details:
        role, org = (None, details.strip()) if not _starts_with_role(details) else split_role_org(details)
    else:
        role, org = split_role_org(details) if details else (None, None)
    return Item(people, role, org, alternative, text)


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
    if m and m.group("org")[0].isupper() and _label_of(m.group("org") + " :") is None:
        left = m.group("org").strip()
        if parse_name(left, allow_mixed=True) is None and parse_header(left) is None:
            item = _people_and_details(m.group("rest"), bare_ok=True, mixed_ok=mixed_ok)
            if item:
                role = item.role
                if item.organization and role is None and not _has_org_word(item.organization):
                    role = item.organization
                elif item.organization and role:
                    role = f"{role} - {item.organization}" if item.organization not in role else role
                return Item(item.people, role, left, item.alternative, text)
    return _people_and_details(text, bare_ok, mixed_ok)


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


def inline_items(text: str) -> list[Item]:
    """Items listed on one line: "A (X) ; B (Y)" or "A, maire de X, et B, directrice, Y"."""
    items: list[Item] = []
    pieces = _split_outside_parens(text, ";") if ";" in text else _split_outside_parens(text, ",")
    # "A (X) et B (Y)": two items.
    pieces = [q for p in pieces for q in re.split(r"(?<=\))\s+(?:et|and|&)\s+", p)]
    for piece in pieces:
        piece = re.sub(r"^\s*(?:et|and)\s+", "", piece).strip()
        if not piece:
            continue
        item = parse_item(piece, bare_ok=True, mixed_ok=True)
        if item:
            items.append(item)
        elif items:
            merged = parse_item(items[-1].raw + ", " + piece, bare_ok=True, mixed_ok=True)
            if merged:
                items[-1] = merged
    return items


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
    item = _people_and_details(head, bare_ok=True, mixed_ok=True)
    if item:
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
    for label in _folded_list("speaker_list_labels"):
        if f.startswith(label):
            m = re.match(r"\s*:\s*", f[len(label):])
            if m:
                return body.strip()[len(label) + m.end():].strip()
    if _is_programme_heading(body) or f.rstrip(" .") in _folded_list("speaker_list_labels"):
        return ""
    return None


def _is_programme_heading(body: str) -> bool:
    return _f(body.strip()).rstrip(" :") in _folded_list("programme_headings")


# =========================================================================== people in prose
_NAME_TOKEN = rf"(?:[{_UP}][’'])?[{_UP}][\w’'-]*\w"


@cache
def _run_pattern() -> re.Pattern:
    particles = "|".join(re.escape(str(p)) for p in _lex()["name_particles"] if str(p)[-1:].isalpha())
    return re.compile(rf"(?<![\w’'-]){_NAME_TOKEN}(?:[ \t](?:(?:{particles})[ \t])*{_NAME_TOKEN})+(?![\w’'-])")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted({_f(str(x)) for x in words}, key=len, reverse=True))


@cache
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(verb after the name, cue right before the name, role word opening a clause)."""
    lex = _lex()
    present, participle = _alternation(lex["speech_verbs_present"]), _alternation(lex["speech_verbs_participle"])
    ordinal = {"premier", "premiere", "1er", "1ere", "1re"}
    words = [w for w in list(lex["role_words"]) + list(lex["prose_role_words"]) if normalise(str(w)) not in ordinal]
    roles = _alternation(words)
    # "première adjointe", "1er vice-président": an ordinal opens a role only before a role word.
    roles = rf"(?:(?:premier|premiere|1er|1ere|1re)\s+)?(?:{roles})"
    verb = rf"(?:(?:a|ont|avait|avaient|aura)\s+(?:\w+ment\s+)?(?:{participle})|(?:{present})(?:-t-(?:il|elle))?)"
    after = re.compile(rf"\s*,?\s*(?:qui\s+)?{verb}(?![\w-])")
    before = re.compile(
        rf"(?:(?<![\w-])(?:{verb}|{_alternation(list(lex['according_to']) + list(lex['host_phrases']))})\s+"
        rf"(?:(?:nous|notamment|ainsi|alors|encore)\s+)?"
        rf"|(?<![\w-])(?:le|la|l')\s*(?:{roles})\s+)"
        rf"(?:(?:le|la|l')\s*(?:{roles})\s+)?$")
    role = re.compile(rf"(?:(?:le|la|l')\s*|(?:notre|son|sa)\s+)?(?:{roles})(?![\w])")
    return after, before, role


# A role clause ends at a sentence's or quote's end, or at a comma followed by a word that does
# not continue it (a verb: "X, maire de Y, a rappelé", "X, électricien, fait le tour").
@cache
def _determiner_pattern() -> re.Pattern:
    """A determiner right before capitalised words: they name a thing ("le Grand X")."""
    words = _alternation(_lex()["determiners"])
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]*$", re.IGNORECASE)


_ROLE_END = re.compile(r"[\n.;:!?«»\"“”()•]|\s(?:a|ont|qui|avait)\s"
                       r"|,\s+(?!(?:au|aux|à|a|de|du|des|d|en|et|la|le|les|l|chez|pour|sur|dans)[\s'’])[a-zà-ÿ]")


def _prose_role(text: str) -> tuple[str | None, str | None]:
    """The role clause after "Prénom Nom, ": up to the end of its clause, split into role and
    organisation."""
    stop = _ROLE_END.search(text, 0, 200)
    clause = text[:stop.start()] if stop else text[:160]
    clause = clause.strip(" ,")
    return split_role_org(clause) if clause else (None, None)


@cache
def _sentence_words() -> frozenset[str]:
    """Small words that open a sentence in capitals ("Pour X, ...", "Selon X"): never a given name."""
    words = set()
    for key in ("title_stopwords", "according_to", "determiners", "speaker_phrases"):
        words |= {normalise(str(w)) for w in _lex()[key]}
    return frozenset(w for w in words if w)


def _candidate(tokens: list[str], from_end: bool, common: frozenset[str]) -> PersonName | None:
    """The name among the capitalised words of a run, at the end next to a cue after it, or at
    its start next to a cue before it; a leading word the document also writes in lower case
    ("Depuis", "Grand") is a word of the sentence, not a given name."""
    for k in range(min(len(tokens), 4), 1, -1):
        part = tokens[-k:] if from_end else tokens[:k]
        if (part[0].lower() in common and not part[0].isupper()) or _is_role_word(part[0]) \
                or normalise(part[0]) in _sentence_words():
            continue
        name = parse_name(" ".join(part), allow_mixed=True)
        if name is not None:
            return name
    return None


def quoted_people(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """People a text confirms as persons by a role, an organisation in brackets, a verb of
    speech or "selon" next to their name (see ``prose`` in the lexicon), each as a one-person
    item with the role and organisation the text gives."""
    end = len(text) if end is None else end
    after_verb, before_cue, role_word = _cue_patterns()
    chunk = text[start:end]
    folded = _f(chunk)
    determiner = _determiner_pattern()
    common = frozenset(re.findall(r"(?<![\w’'-])[a-zà-ÿ]+(?![\w’'-])", chunk))
    items: list[Item] = []
    runs = list(_run_pattern().finditer(chunk))
    # Where a role clause must stop: the next name of an enumeration ("X, maire, Y, directrice").
    name_starts = [r.start() for r in runs if parse_name(r.group(0), allow_mixed=True) and not _starts_with_role(r.group(0))
                   and re.search(r"(?:,|\bet)\s*$", chunk[max(0, r.start() - 4):r.start()])]
    for n, m in enumerate(runs):
        k = bisect.bisect_right(name_starts, m.end())
        limit = name_starts[k] if k < len(name_starts) else len(chunk)
        tokens = m.group(0).split()
        before = chunk[max(0, m.start() - 40):m.start()]
        if determiner.search(before):
            continue      # "le Grand X", "du Schéma Y": a thing, not a person
        joined = re.search(rf"([{_UP}][\w’']*)-[ \t]+$", before)
        if joined:        # "Marie- Claire X": a given name cut after its hyphen
            tokens[0] = f"{joined.group(1)}-{tokens[0]}"
        tail = chunk[m.end():min(limit, m.end() + 240)]
        ftail = folded[m.end():min(limit, m.end() + 240)]
        name, role, org = None, None, None
        comma = re.match(r"\s*,\s*", ftail)
        paren = re.match(r"\s*\(([^()]{1,150})\)", tail)
        if comma and role_word.match(ftail, comma.end()):
            name = _candidate(tokens, True, common)
            role, org = _prose_role(tail[comma.end():])
        elif paren:
            inner = paren.group(1).strip()
            first = inner.split()[0].strip(",") if inner.split() else ""
            initials = "".join(t[0] for t in tokens if t[0].isupper()).lower()
            if " " not in inner and inner[:1].isupper() and _f(inner.lower()).startswith(_f(initials[:2])):
                continue  # "Schéma Directeur (SD)": an abbreviated phrase
            if _starts_with_role(inner) or _acronym(first) or _has_org_word(inner) or _looks_like_org(inner):
                name = _candidate(tokens, True, common)
                role, org = split_role_org(inner)
        elif after_verb.match(ftail):
            name = _candidate(tokens, True, common)
        elif (below := re.match(r"[ \t]*\n[ \t]*(?:[-•–][ \t]*)?", ftail)) and role_word.match(ftail, below.end()) \
                and not chunk[max(0, m.start() - 200):m.start()].rpartition("\n")[2].strip(" \t-•–"):
            # A slide: the name alone on its line, the role on the next one.
            name = parse_name(m.group(0), allow_mixed=True)
            role, org = _prose_role(tail[below.end():])
        elif comma and re.search(rf"(?<![\w-])(?:{_alternation(_lex()['speaker_phrases'])})\s+$", folded[max(0, m.start() - 8):m.start()]):
            # "avec Prénom Nom, Organisation": a speaker announced with the body they speak for.
            role, org = _prose_role(tail[comma.end():])
            if org or (role and _looks_like_org(role)):
                name = _candidate(tokens, False, common)
                role, org = (None, org or role) if not org else (role, org)
        # "Selon Prénom Nom" at the start of a sentence: the cue is the run's first word.
        lead_cue = len(tokens) > 2 and _f(tokens[0].lower()) in _folded_list("according_to")
        if name is None and (lead_cue or before_cue.search(folded[max(0, m.start() - 80):m.start()].replace("\n", " "))):
            name = _candidate(tokens[1:] if lead_cue else tokens, False, common)
            if name is not None and re.match(r"\s*,\s*", ftail) and role_word.match(ftail, re.match(r"\s*,\s*", ftail).end()):
                role, org = _prose_role(tail[re.match(r"\s*,\s*", tail).end():])
        if name is None:
            continue
        window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
        moderator = bool(re.search(rf"(?<![\w-])(?:{_alternation(_lex()['host_phrases'])})\s+$", window))
        items.append(Item([name], role, org, raw=m.group(0), start=start + m.start(), end=start + m.end(),
                          moderator=moderator))
    return items


def _listed_people(reader: _Reader) -> list[Item]:
    """Bulleted items naming people with their role or organisation ("- Prénom Nom, ABCD",
    "• A, B et C, Direction X"), wherever the list stands: the speakers of a programme whose
    sessions were not recognised, or of an event page's "Intervenants" list."""
    items: list[Item] = []
    for line in reader.lines:
        if not _bulleted(line) or not line.body.strip():
            continue
        found = [it for it in inline_items(line.body)
                 if not any(_is_role_word(w) for p in it.people for w in p.full.split())]
        if found and any(it.role or it.organization for it in found):
            for it in found:
                it.start, it.end = line.body_start, reader.end_of(line)
            items.extend(found)
    return items


# =========================================================================== occurrences
@dataclass
class Occurrence:
    """One place where a session is named: a programme entry (a session line and its list), a
    labelled list with the heading above it, or a bare mention (a running header)."""
    start: int
    end: int
    header: Header | None
    words: frozenset[str]
    title: str | None
    items: list[Item] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    rank: int = 0                 # as a detailed section: 3 labelled list, 2 document heading, 1 heading line, 0 not one
    level: int | None = None

    @property
    def entry(self) -> bool:
        return bool(self.items or self.hosts)

    @property
    def section(self) -> bool:
        return self.rank > 0

    def keys(self) -> set[str]:
        return {p.key for it in self.items for p in it.people}


_CONNECTIVE_END = re.compile(
    r"(?:\s[-–—&]|,|\b(?:de|des|du|d|et|à|a|la|le|les|l|en|au|aux|pour|sur|of|and|the))\s*$")


def _continues(prev: Item, raw: str) -> bool:
    """Is ``raw`` the rest of ``prev``'s role ("... en charge de la" / "culture - Ville X")?"""
    s = raw.strip()
    if not s or len(s) > 160:
        return False
    dangling = bool(_CONNECTIVE_END.search(_f(prev.raw.rstrip()))) or prev.raw.count("(") > prev.raw.count(")")
    if prev.organization and not dangling:
        return False
    starts_sep = s[0] in "-–—"
    lower = s[0].islower()
    if not lower and parse_item(s.lstrip("-–— "), mixed_ok=starts_sep) is not None:
        return False      # a new item ("- Omar VERT, chef de projet"), not the end of a role
    return dangling or starts_sep or lower or bool(_SEPARATOR.search(s))


def _bulleted(line: Line) -> bool:
    return bool(line.text[:line.body_start - line.start].strip())


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lines = list(iter_lines(doc.text))
        self.line_starts = [line.start for line in self.lines]
        self.levels: dict[int, int] = {h.offset: h.level for h in doc.headings}
        self.page_starts = set(doc.page_starts)

    def heading_level(self, line: Line) -> int | None:
        return self.levels.get(line.start, self.levels.get(line.body_start))

    def end_of(self, line: Line) -> int:
        return line.start + len(line.text.rstrip())

    def speaker_label(self, i: int, rest: str) -> bool:
        """Does the label on line ``i`` introduce the speakers of one session? "Intervenants : A, B"
        does; a heading ("INTERVENANTS", "Programme :") does only when a person follows it, not
        session lines (then it heads the whole programme)."""
        if rest:
            return True
        nxt = self.next_content(i + 1)
        if nxt is None or _line_header(self.lines[nxt]):
            return False
        line = self.lines[nxt]
        bulleted = _bulleted(line)
        return parse_item(line.body.strip(), bare_ok=bulleted, mixed_ok=bulleted) is not None

    def next_content(self, i: int) -> int | None:
        for j in range(i, len(self.lines)):
            if self.lines[j].body.strip():
                return j
        return None

    # ------------------------------------------------------------------ lists
    def collect(self, j: int, first: list[Item] | None = None,
                absorb_labels: bool = False) -> tuple[list[Item], list[str], int | None, int, bool]:
        """The items (and host lines) of a list starting at line ``j``; under a session line, an
        "Intervenants :" / "Avec :" label and its list belong to the session too.
        -> (items, hosts, end offset, index of the line after the list, whether a label was read)."""
        items: list[Item] = list(first or [])
        hosts: list[str] = []
        end = None
        blank = 0
        started = bool(items)
        labelled = False
        last_bulleted = False
        while j < len(self.lines):
            line = self.lines[j]
            body = line.body.strip()
            if not body:
                blank += 1
                if blank > (1 if started else 2):
                    break
                j += 1
                continue
            if self.heading_level(line) is not None:
                break
            bulleted = _bulleted(line)
            found = _line_header(line)
            if found and not found[0].host_only:
                break
            rest = _label_of(body)
            if rest is not None and not self.speaker_label(j, rest):
                break
            if rest is not None:
                if not absorb_labels:
                    break
                start = line.start + len(line.text) - len(rest)
                rest, last = self.wrapped(j, rest)
                new = self.inline_items(rest, start) if rest else []
                items.extend(new)
                labelled, started, blank, end = True, bool(new), 0, self.end_of(self.lines[last])
                last_bulleted = False
                j = last + 1
                continue
            host = None
            if (not started or bulleted or not blank) and _host_match(_f(body)) \
                    and parse_item(body, bare_ok=bulleted, mixed_ok=bulleted) is None:
                host = _host_line(body)
            if host is not None:
                for it in host.people:
                    it.start, it.end = line.body_start, self.end_of(line)
                    items.append(it)
                if host.organization:
                    hosts.append(host.organization)
                started, blank, end, last_bulleted = True, 0, self.end_of(line), False
                j += 1
                continue
            # A line without a bullet right under a bulleted item, that is no item itself, is the
            # item's end wrapped by a PDF's text flow ("• A, directrice, Communauté de communes" /
            # "du Val"); so is a role cut after a connective word, even after a blank line.
            wrapped = (last_bulleted and not bulleted and not blank and items
                       and parse_item(body, bare_ok=True, mixed_ok=True) is None)
            if items and blank <= 1 and (wrapped or _continues(items[-1], line.text)):
                prev = items[-1]
                raw = prev.raw.rstrip() + " " + line.text.strip()
                item = parse_item(raw, bare_ok=True, mixed_ok=True)
                if item:
                    item.start, item.end = prev.start, self.end_of(line)
                    items[-1] = item
                    blank, end = 0, self.end_of(line)
                    j += 1
                    continue
            if blank and started and not bulleted:
                break
            item = parse_item(body, bare_ok=bulleted, mixed_ok=bulleted)
            if item is None:
                break
            last_bulleted = bulleted
            item.start, item.end = line.body_start, self.end_of(line)
            items.append(item)
            started, blank, end = True, 0, self.end_of(line)
            j += 1
        return items, hosts, end, j, labelled

    def wrapped(self, i: int, rest: str) -> tuple[str, int]:
        """An inline list ("Intervenants : A (X), B (Y) et C (Z)") that a PDF's text flow wrapped
        over the next lines: (the list as one line, index of its last line). A line continues the
        list when the list's line so far is long and does not end a sentence, and the next line is
        not blank, a bullet, a heading, a session line or a label."""
        last = i
        while last + 1 < len(self.lines):
            current, nxt = self.lines[last], self.lines[last + 1]
            body = nxt.body.strip()
            if (len(current.text.strip()) < 50 or current.text.rstrip().endswith((".", ":", "!", "?"))
                    or not body or _bulleted(nxt) or self.heading_level(nxt) is not None
                    or _line_header(nxt) or _label_of(body) is not None or nxt.start in self.page_starts):
                break
            rest = rest + " " + nxt.text.strip() if rest else rest
            last += 1
        return rest, last

    def inline_items(self, text: str, start: int) -> list[Item]:
        items = inline_items(text)
        for it in items:
            it.start, it.end = start, start + len(text)
        return items

    # ------------------------------------------------------------------ headings above a label
    def _heading_like(self, line: Line) -> bool:
        body = line.body.strip()
        if not body or len(body) > _HEADING_MAX_CHARS or len(body.split()) > 14 or _bulleted(line):
            return False
        if _host_match(_f(body)):
            return False
        if _line_header(line):
            return True
        if not (body[0].isupper() or body[0] in "«\"“") or re.fullmatch(r"[\d\W]+", body):
            return False
        if body.endswith((".", ",", ";", "!")) or ":" in body:
            return False
        return parse_item(body) is None

    def heading_block(self, i: int) -> list[int]:
        """Indices of the heading lines just above line ``i`` (at most three, back to the top of
        the page or a document heading); from the last session line among them, if any."""
        block: list[int] = []
        k = i - 1
        limit = self.lines[i].start - 400
        while k >= 0 and len(block) < _HEADING_MAX_LINES and self.lines[k].start >= limit:
            line = self.lines[k]
            if not line.body.strip():
                k -= 1
                continue
            if not self._heading_like(line):
                break
            block.insert(0, k)
            if line.start in self.page_starts or self.heading_level(line) is not None:
                break
            k -= 1
        for n, idx in enumerate(reversed(block)):
            if _line_header(self.lines[idx]):
                return block[len(block) - 1 - n:]
        return block

    # ------------------------------------------------------------------ all occurrences
    def standalone(self, i: int) -> bool:
        """A line on its own: blank lines (or a page break) before and after it."""
        line = self.lines[i]
        before = i == 0 or not self.lines[i - 1].body.strip() or line.start in self.page_starts
        after = i + 1 >= len(self.lines) or not self.lines[i + 1].body.strip()
        return before and after

    def occurrences(self) -> list[Occurrence]:
        occs: list[Occurrence] = []
        consumed: set[int] = set()
        by_line: dict[int, Occurrence] = {}
        # Session lines, with their list (and any "Intervenants :" label under them).
        for i, line in enumerate(self.lines):
            if i in consumed:
                continue
            found = _line_header(line, heading=self.heading_level(line) is not None)
            if not found or found[0].host_only:
                continue
            header, start, timed = found
            first = list(header.people)
            if header.host:
                first.extend(header.host.people)
            for it in first:
                it.start, it.end = start, self.end_of(line)
            items, hosts, end, j, labelled = self.collect(i + 1, first, absorb_labels=True)
            if header.host and header.host.organization:
                hosts.insert(0, header.host.organization)
            level = self.heading_level(line)
            # A session's own section: its heading on its own (blank line or page break around it,
            # no time before it), then "Intervenants :"; a timetable entry is not one.
            before = i == 0 or not self.lines[i - 1].body.strip() or line.start in self.page_starts
            after = i + 1 >= len(self.lines) or not self.lines[i + 1].body.strip()
            if labelled and before and after and not timed:
                rank = 3
            elif level is not None:
                rank = 2
            elif not items and not hosts and self.standalone(i):
                rank = 1
            else:
                rank = 0
            occ = Occurrence(start, max(end or 0, self.end_of(line)), header, header.words, header.title,
                             items, hosts, rank, level)
            occs.append(occ)
            by_line[i] = occ
            consumed.update(range(i, j))
        # "Intervenants :" labels under a heading that is not a session line ("LA DONNÉE AU SERVICE DES HABITANTS"),
        # or under a session line cut over several lines ("PLÉNIÈRE" / "DU MATIN").
        for i, line in enumerate(self.lines):
            if i in consumed:
                continue
            body = line.body.strip()
            rest = _label_of(body)
            if rest is None:
                continue
            if not self.speaker_label(i, rest):
                continue
            block = self.heading_block(i)
            start = line.start + len(line.text) - len(rest)
            rest, last = self.wrapped(i, rest) if rest else (rest, i)
            inline = self.inline_items(rest, start) if rest else []
            items, hosts, end, _, _ = self.collect(last + 1, inline)
            if not items:
                continue
            for k in block:
                if k in by_line and not by_line[k].entry and by_line[k] in occs:
                    occs.remove(by_line[k])
            title = " ".join(" ".join(self.lines[k].body.split()) for k in block) or None
            header = parse_header(title, strict=False) if title else None
            start = line.body_start
            if block:
                found = _line_header(self.lines[block[0]])
                start = found[1] if found else self.lines[block[0]].body_start
            level = next((self.heading_level(self.lines[k]) for k in block if self.heading_level(self.lines[k])), None)
            occs.append(Occurrence(start, end or self.end_of(line), header,
                                   header.words if header else _word_set(title or ""),
                                   header.title if header else title, items, hosts, 3, level))
        return sorted(occs, key=lambda o: o.start)


# =========================================================================== sessions
@dataclass
class _Cluster:
    type: str
    number: str | None
    words: set[str]
    occs: list[Occurrence] = field(default_factory=list)

    def add(self, occ: Occurrence) -> None:
        self.occs.append(occ)
        self.words |= occ.words
        if occ.header and occ.header.number and not self.number:
            self.number = occ.header.number

    def keys(self) -> set[str]:
        return set().union(*(o.keys() for o in self.occs)) if self.occs else set()


def _overlap(a: frozenset | set, b: frozenset | set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _cluster(occs: list[Occurrence]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    typed = [o for o in occs if o.header and (o.header.number or o.words)]
    vague = [o for o in occs if o.header and not (o.header.number or o.words)]
    untyped = [o for o in occs if not o.header]
    for o in typed:
        h = o.header
        best, best_score = None, 0.0
        for c in clusters:
            if c.type != h.type:
                continue
            if h.number and c.number:
                score = 2.0 if h.number == c.number else 0.0
            else:
                score = _overlap(o.words, c.words)
                score = score if score >= 0.6 else 0.0
            if score > best_score:
                best, best_score = c, score
        if best is None:
            best = _Cluster(h.type, h.number, set())
            clusters.append(best)
        best.add(o)
    for o in untyped:
        keys = o.keys()
        best, best_score = None, 0.0
        for c in clusters:
            s, w = _jaccard(keys, c.keys()), _overlap(o.words, c.words)
            if s >= 0.5 or w >= 0.6:
                if s + 0.5 * w > best_score:
                    best, best_score = c, s + 0.5 * w
        if best is None:
            if not (o.items and o.title):
                continue
            best = _Cluster("other", None, set())
            clusters.append(best)
        best.add(o)
    for o in vague:
        same = [c for c in clusters if c.type == o.header.type]
        if len(same) == 1:
            same[0].add(o)
        elif not same and (o.entry or o.section):
            c = _Cluster(o.header.type, None, set())
            c.add(o)
            clusters.append(c)
        elif same and o.items:
            scored = sorted(((_jaccard(o.keys(), c.keys()), i) for i, c in enumerate(same)), reverse=True)
            if scored[0][0] >= 0.5:
                same[scored[0][1]].add(o)
    return clusters


def _all_caps(text: str | None) -> bool:
    letters = [c for c in text or "" if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@dataclass
class _Session:
    cluster: _Cluster
    type: str
    title: str
    host: str | None
    entry_start: int
    start: int
    end: int
    section: Occurrence | None
    slug: str


def _section_of(occs: list[Occurrence], entries: list[Occurrence]) -> Occurrence | None:
    """The session's detailed section: the last labelled list ("Intervenants :") or document
    heading naming it; else, after its programme entry, the first line naming it on its own."""
    top = max((o.rank for o in occs), default=0)
    if top >= 2:
        return [o for o in occs if o.rank == top][-1]
    if top == 1 and entries:
        return next((o for o in occs if o.rank == 1 and o.start > entries[0].start), None)
    return None


def _sessions(doc: Document, reader: _Reader) -> list[_Session]:
    clusters = _cluster(reader.occurrences())
    out: list[_Session] = []
    for c in clusters:
        occs = sorted(c.occs, key=lambda o: o.start)
        titled = [o for o in occs if o.title]
        if not titled:
            continue
        best = min(titled, key=lambda o: (not o.entry, o.header is None, _all_caps(o.title), o.start))
        entries = [o for o in occs if o.entry]
        sections = [o for o in occs if o.section]
        entry = entries[0] if entries else (sections[0] if sections else occs[0])
        section = _section_of(occs, entries)
        host = next((h for o in entries + occs for h in o.hosts), None)
        id_words = best.header.id_words if best.header else _words(best.title or "")
        if c.number:
            slug = f"{c.type}-{c.number}"
        else:
            slug = f"{c.type}-{slugify(' '.join(id_words[:6]))}" if id_words else c.type
        out.append(_Session(c, c.type, " ".join(best.title.split()), host, entry.start, entry.start, entry.end,
                            section, slug))
    # Spans: a detailed section runs to the next session's section (or the next heading of its
    # level); a session without one keeps the span of its programme entry.
    starts = sorted(s.section.start for s in out if s.section)
    for s in out:
        if s.section is None:
            continue
        s.start = s.section.start
        end = next((x for x in starts if x > s.start), len(doc.text))
        if s.section.level is not None:
            end = min([end] + [h.offset for h in doc.headings if h.offset > s.start and h.level <= s.section.level])
        s.end = end
    for s in out:
        s.start, s.end = trimmed_span(doc.text, s.start, s.end)
    return sorted(out, key=lambda s: s.entry_start)


# =========================================================================== programme lists
_LETTER_ITEM = re.compile(rf"^([{_UP}])[.)]\s+(?=\S)")


def _programme_intro(body: str) -> bool:
    """A line that announces a programme list: "Programme", "Programme :", "Au programme
    notamment :"."""
    f = _f(body.strip()).rstrip(" :")
    f = re.sub(r"\s+(?:notamment|ci-dessous|detaille)$", "", f)
    return f in _folded_list("programme_headings")


def _item_type(title: str) -> str:
    """The session type a programme item names, singular or plural ("ateliers test de X"), else
    "other"."""
    f = _f(title)
    for m in re.finditer(r"(?<![\w'-])\w", f):
        for term, kind in _type_terms():
            if f.startswith(term, m.start()):
                end = m.start() + len(term)
                end += 1 if end < len(f) and f[end] in "sx" else 0
                if end == len(f) or not f[end].isalnum():
                    return kind
    return "other"


def _listed_sessions(reader: _Reader) -> list[tuple[str, int, int]]:
    """Sessions of a programme written as a plain list, for a document whose sessions carry no
    session word: the items under a programme heading ("Programme :" then "- 8h45 : mot d'accueil de
    X", "- Bilan de Y"), and lettered items ("- A. Titre. Organisation – Prénom NOM, rôle.",
    three letters in a row at least). An item that names people only, or that starts in lower
    case without a time ("- trois visites guidées ...", "- et plus encore !"), is no session.
    -> (title, start, end), in order."""
    out: list[tuple[str, int, int]] = []
    lines = reader.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        body = line.body.strip()
        if body and not _bulleted(line) and _programme_intro(body):
            j, blank, items = i + 1, 0, []
            while j < len(lines):
                nxt = lines[j]
                text = nxt.body.strip()
                if not text:
                    blank += 1
                    if blank > 1:
                        break
                    j += 1
                    continue
                if not _bulleted(nxt) or reader.heading_level(nxt) is not None:
                    break
                blank = 0
                t = _TIME_PREFIX.match(text)
                title = text[t.end():] if t else text
                title = title.strip(" ;,.")
                label = re.match(r"([^:]{1,30}?)\s*:\s", title)
                if (title and (t or title[0].isupper()) and parse_item(title, mixed_ok=True) is None
                        and not title.startswith(("…", "..."))
                        and not (label and _f(label.group(1).lower()) in _folded_list("practical_labels"))):
                    items.append((title, nxt.body_start, reader.end_of(nxt)))
                j += 1
            if len(items) >= 2:      # one line under "Programme" is no programme
                out.extend(items)
            i = j
            continue
        # A timetable: three timed lines at least ("8h30 – Café", "[8h15–9h00] Séquence 1 :
        # ...", "10h00 : Ouverture"), the lines between them naming their speakers.
        t = _TIME_PREFIX.match(body) if body else None
        if t and reader.heading_level(line) is None:
            slots, j, blank = [], i, 0
            while j < len(lines):
                text = lines[j].body.strip()
                if not text:
                    blank += 1
                    if blank > 1:
                        break
                    j += 1
                    continue
                if j > i and reader.heading_level(lines[j]) is not None:
                    break
                blank = 0
                tm = _TIME_PREFIX.match(text)
                if tm:
                    slots.append((text[tm.end():].strip(" ;,."), lines[j].body_start, reader.end_of(lines[j])))
                elif not slots or parse_item(text, bare_ok=True, mixed_ok=True) is None and not quoted_people(text):
                    if j > i + 1 and not _bulleted(lines[j]):
                        break
                j += 1
            if len(slots) >= 3:
                for n, (title, start, end) in enumerate(slots):
                    stop = slots[n + 1][1] if n + 1 < len(slots) else end
                    if title and parse_item(title, mixed_ok=True) is None:
                        out.append((title, start, max(end, stop - 1)))
                i = j
                continue
        # Lettered items: "A. ...", "B. ...", "C. ..." on consecutive bulleted lines.
        if _bulleted(line) and _LETTER_ITEM.match(body):
            run, j = [], i
            while j < len(lines) and _bulleted(lines[j]) and _LETTER_ITEM.match(lines[j].body.strip()):
                run.append(j)
                j += 1
            if len(run) >= 3:
                for k in run:
                    text = lines[k].body.strip()
                    rest = text[_LETTER_ITEM.match(text).end():]
                    stop = re.search(r"[.!?](?=\s+[{_UP}])".replace("{_UP}", _UP), rest)
                    title = rest[:stop.end()] if stop else rest
                    out.append((title.strip(" .;"), lines[k].body_start, reader.end_of(lines[k])))
            i = max(j, i + 1)
            continue
        i += 1
    return out


def _bulleted_at(reader: _Reader, offset: int) -> bool:
    """Is ``offset`` inside a bulleted line?"""
    starts = reader.line_starts
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and _bulleted(reader.lines[i])


def _heading_sessions(doc: Document, people_at: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Headings of a report whose own text names who runs the session and lists its speakers
    ("Animée par X" and a list of speakers): each is a session of the event.
    ``people_at``: (offset, weight) of the listed people, a moderator weighing two. The
    document's title (its only top-level heading), a heading naming the event itself (a word of
    ``event_nouns``), a label and headings that are sentences or exclamations ("Quelle affluence !",
    "Le forum a réuni 150 personnes.") are not.
    -> (title, start, end) with the span of the heading's section."""
    heads = sorted(doc.headings, key=lambda h: h.offset)
    if not heads:
        return []
    people_at = sorted(people_at)
    offsets = [at for at, _ in people_at]
    top = min(h.level for h in heads)
    single_top = sum(1 for h in heads if h.level == top) == 1
    out = []
    for n, h in enumerate(heads):
        title = " ".join(h.text.split())
        if (not title or title.endswith((".", "!", ":")) or (single_top and h.level == top)
                or _label_of(title) is not None):
            continue
        end = next((x.offset for x in heads[n + 1:] if x.level <= h.level), len(doc.text))
        nxt = heads[n + 1].offset if n + 1 < len(heads) else len(doc.text)
        if any(w in _normalised_set("event_nouns") for w in normalise(title).split()):
            continue          # "Le webinaire X se tiendra en mars": the event, not a session
        # Who runs it and a listed speaker in the heading's own text, before any sub-heading.
        lo, hi = bisect.bisect_left(offsets, h.offset + len(h.text)), bisect.bisect_left(offsets, nxt)
        weights = [weight for _, weight in people_at[lo:hi]]
        if 2 in weights and len(weights) >= 2:
            out.append((title, h.offset, end))
    return out


def _fallback_sessions(doc: Document, reader: _Reader, people_at: list[tuple[int, int]]) -> list[_Session]:
    """Sessions from plain programme lists (see ``_listed_sessions``) and from the headings of a
    report whose section names speakers (``_heading_sessions``), each its own cluster."""
    out: list[_Session] = []
    listed = _listed_sessions(reader)
    found = sorted(listed + [h for h in _heading_sessions(doc, people_at)
                             if not any(_overlap(_word_set(h[0]), _word_set(t)) >= 0.6 for t, _, _ in listed)],
                   key=lambda t: t[1])
    for title, start, end in found:
        kind = _item_type(title)
        words = _word_set(title)
        occ = Occurrence(start, end, None, words, title)
        cluster = _Cluster(kind, None, set(words), [occ])
        id_words = _words(title)
        slug = f"{kind}-{slugify(' '.join(id_words[:6]))}" if id_words else kind
        out.append(_Session(cluster, kind, title, None, start, start, end, None, slug))
    return out


# =========================================================================== people
@dataclass
class _Person:
    spellings: dict[str, list] = field(default_factory=dict)   # full -> [PersonName, in_list, total, first]
    role: str | None = None
    organization: str | None = None
    order: tuple = ()
    occ_ids: set[int] = field(default_factory=set)

    def names(self) -> list[PersonName]:
        return [v[0] for v in self.spellings.values()]

    def keys(self) -> set[str]:
        return {n.key for n in self.names()}

    def add(self, name: PersonName, in_list: bool, where: tuple) -> None:
        entry = self.spellings.setdefault(name.full, [name, 0, 0, where])
        entry[1] += int(in_list)
        entry[2] += 1
        if not self.order or where < self.order:
            self.order = where

    def distance(self, name: PersonName) -> int | None:
        found = [d for n in self.names() if (d := name_distance(n, name)) is not None]
        return min(found) if found else None

    def best(self) -> PersonName:
        groups: dict[str, list] = {}
        for full, v in self.spellings.items():
            groups.setdefault(normalise(full), []).append(v)
        group = max(groups.values(), key=lambda g: (sum(v[1] for v in g), sum(v[2] for v in g),
                                                    max(len(v[0].full) for v in g), [-x for x in min(v[3] for v in g)]))
        chosen = max(group, key=lambda v: (accents(v[0].full), v[1], v[2], len(v[0].full), [-x for x in v[3]]))
        return chosen[0]

    def aliases(self) -> list[str]:
        """Other spellings: a difference of case or word order is not another spelling."""
        def signature(full: str) -> tuple[str, ...]:
            return tuple(sorted(full.casefold().split()))
        seen = {signature(self.best().full)}
        out = []
        for full, v in sorted(self.spellings.items(), key=lambda kv: kv[1][3]):
            if signature(full) not in seen:
                seen.add(signature(full))
                out.append(full)
        return out


class _People:
    """The people of one document, each spelling merged into its person."""

    def __init__(self):
        self.persons: list[_Person] = []

    def resolve(self, name: PersonName, occ_id: int | None, create: bool, in_list: bool, where: tuple) -> _Person | None:
        exact = [p for p in self.persons if name.key in p.keys()]
        if exact:
            person = exact[0]
        else:
            scored = []
            for p in self.persons:
                d = p.distance(name)
                # Two different spellings in one list are two people.
                if d is not None and (occ_id is None or occ_id not in p.occ_ids):
                    scored.append((d, p.order, p))
            scored.sort(key=lambda t: (t[0], t[1]))
            if scored and (len(scored) == 1 or scored[0][0] < scored[1][0]):
                person = scored[0][2]
            elif create:
                person = _Person()
                self.persons.append(person)
            else:
                return None
        person.add(name, in_list, where)
        if occ_id is not None:
            person.occ_ids.add(occ_id)
        return person


def _name_lines(reader: _Reader) -> list[tuple[PersonName, int]]:
    """Names written alone on a line ("Anthony DUPONT", "A & B"): headings above a speaker's words."""
    out = []
    joiners = [" & ", " et ", " and "]
    for line in reader.lines:
        body = line.body.strip()
        if not body or len(body) > 90 or re.search(r"[\d,:;.()!?«»]", body.replace("M.", "M")):
            continue
        parts = [body]
        for j in joiners:
            parts = [q for p in parts for q in p.split(j)]
        names = [parse_name(p, allow_mixed=True) for p in parts if p.strip()]
        if names and all(names):
            out.extend((n, line.body_start) for n in names)
    return out


# =========================================================================== rows
def _speaker_id(person: PersonName) -> str:
    return slugify(f"{person.family} {person.given}")


def programme_rows(docs: list[Document], events: list[dict]) -> dict[str, list[dict]]:
    """-> {"sessions": [...], "speakers": [...], "session_speakers": [...]}; events rows have keys
    event_id, source_id. Documents without an event give no rows (a session needs its event).
    When two documents describe the same event, a session identifier the first one gave is kept
    once (its speakers from both documents are linked to it), as for the other tables."""
    event_of: dict[str, str] = {}
    for e in events:
        event_of.setdefault(e["source_id"], e["event_id"])
    sessions: Rows = []
    published_sessions: set[str] = set()
    links: list[tuple[str, _Person, Item]] = []
    everyone: list[_Person] = []          # persons of every document, merged below
    for doc_index, doc in enumerate(docs):
        event_id = event_of.get(doc.source_id)
        reader = _Reader(doc)
        # A document without an event has no sessions; the people it quotes are still speakers.
        found = _sessions(doc, reader) if event_id is not None else []
        prose_people = quoted_people(doc.text) + _listed_people(reader)
        if event_id is not None and not found:
            # A heading is a session when its section lists speakers or names who runs it; quoted
            # people alone are not enough (a report's themes quote people too).
            listed_at = [(it.start, 2 if it.moderator else 1) for it in prose_people
                         if it.moderator or _bulleted_at(reader, it.start)]
            found = _fallback_sessions(doc, reader, listed_at)
        session_ids: list[tuple[_Session, str]] = []
        people = _People()
        not_people = set()
        used_ids: set[str] = set()
        for position, s in enumerate(found, start=1):
            session_id = f"{event_id}:{s.slug}"
            n = 2
            while session_id in used_ids:
                session_id = f"{event_id}:{s.slug}-{n}"
                n += 1
            used_ids.add(session_id)
            session_ids.append((s, session_id))
            if session_id not in published_sessions:
                published_sessions.add(session_id)
                sessions.append({
                    "session_id": session_id,
                    "event_id": event_id,
                    "source_id": doc.source_id,
                    "type": s.type,
                    "title": s.title,
                    "position": position,
                    "host_organization": s.host,
                    "page": doc.page_of(s.start),
                    "char_start": s.start,
                    "char_end": s.end,
                })
            not_people.add(normalise(s.title))
            not_people.update(normalise(h) for o in s.cluster.occs for h in o.hosts)
            for o in sorted(s.cluster.occs, key=lambda o: o.start):
                for item in o.items:
                    if item.organization:
                        not_people.add(normalise(item.organization))
                    for name in item.people:
                        person = people.resolve(name, id(o), True, True, (doc_index, item.start))
                        links.append((session_id, person, item))
                        if person.organization is None and item.organization:
                            person.organization = item.organization
                            person.role = item.role
                        elif person.role is None and person.organization is None and item.role:
                            person.role = item.role
        # People the text confirms as persons (a role, a verb of speech, "selon"): linked to the
        # session whose span holds them, else speakers of the document without a session.
        listed = {id(p) for p in people.persons}
        spans = sorted((s.start, s.end, sid) for s, sid in session_ids)
        span_starts = [x[0] for x in spans]
        for item in prose_people:
            if item.organization:
                not_people.add(normalise(item.organization))
            for name in item.people:
                person = people.resolve(name, None, True, False, (doc_index, item.start))
                if id(person) not in listed and person.role is None and person.organization is None:
                    person.role, person.organization = item.role, item.organization
                k = bisect.bisect_right(span_starts, item.start) - 1
                host = spans[k][2] if k >= 0 and item.start < spans[k][1] else None
                if host is not None and id(person) not in listed:
                    if item.moderator:
                        # Who runs a session: that is the role of their link to it.
                        item = dataclasses.replace(item, role=str(_lex()["moderator_role"]))
                    links.append((host, person, item))
        for name, offset in _name_lines(reader):
            people.resolve(name, None, False, False, (doc_index, offset))
        # No organisation, place or heading is ever a person.
        for p in people.persons:
            if any(normalise(n.full) in not_people for n in p.names()):
                p.spellings.clear()
        everyone.extend(p for p in people.persons if p.spellings)
    # The same person in several documents: one speaker (exact names only across documents).
    merged: list[_Person] = []
    home: dict[int, _Person] = {}
    for p in sorted(everyone, key=lambda p: p.order):
        target = next((m for m in merged if m.keys() & p.keys()), None)
        if target is None:
            merged.append(p)
            home[id(p)] = p
            continue
        for full, v in p.spellings.items():
            t = target.spellings.setdefault(full, [v[0], 0, 0, v[3]])
            t[1] += v[1]
            t[2] += v[2]
        target.role = target.role or p.role
        target.organization = target.organization or p.organization
        home[id(p)] = target
    ids: dict[int, str] = {}
    taken_ids: set[str] = set()
    speakers: Rows = []
    for p in merged:
        best = p.best()
        sid = base = _speaker_id(best)
        n = 2
        while sid in taken_ids:      # two people whose names give one identifier
            sid, n = f"{base}-{n}", n + 1
        taken_ids.add(sid)
        ids[id(p)] = sid
        aliases = p.aliases()
        speakers.append({
            "speaker_id": sid,
            "full_name": best.full,
            "given_name": best.given,
            "family_name": best.family,
            "role": p.role,
            "organization": p.organization,
            "aliases": " | ".join(aliases) or None,
        })
    session_speakers: Rows = []
    by_pair: dict[tuple[str, str], dict] = {}
    for session_id, person, item in links:
        target = home.get(id(person))
        if target is None or not person.spellings:
            continue
        key = (session_id, ids[id(target)])
        row = by_pair.get(key)
        if row is None:
            row = {"session_id": session_id, "speaker_id": key[1], "role": item.role, "organization": item.organization}
            by_pair[key] = row
            session_speakers.append(row)
        elif row["organization"] is None and item.organization:
            row["role"], row["organization"] = item.role, item.organization
    return {"sessions": sessions, "speakers": speakers, "session_speakers": session_speakers}


# =========================================================================== consistency
def programme_consistency(key_figures: list[dict], programme: dict[str, list[dict]]) -> list[str]:
    """Warnings in plain words when the headline figures and the programme disagree: the number
    of speakers announced ("120 intervenants") against the distinct people the programme links to
    the event's sessions, and the number of sessions of each type ("3 tables rondes", metric from
    ``type_metrics`` of the lexicon) against the sessions found. An approximate figure ("plus de
    60", "une trentaine") is compared as such. key_figures rows: event_id, metric, value (and
    optionally approximate, comparator)."""
    metrics = load("metrics")["metrics"]
    type_metric = {str(k): str(v) for k, v in _lex()["type_metrics"].items()}
    sessions = programme.get("sessions") or []
    links = programme.get("session_speakers") or []
    event_of_session = {s["session_id"]: s["event_id"] for s in sessions}
    events_listed = set(event_of_session.values())
    warnings: list[str] = []
    for fig in key_figures:
        event_id, metric, value = fig.get("event_id"), fig.get("metric"), fig.get("value")
        if value is None or event_id not in events_listed:
            continue       # no programme read for this event: nothing to compare
        label = metrics.get(metric, {}).get("label_fr", metric).lower()
        if metric == "speakers":
            count = len({r["speaker_id"] for r in links if event_of_session.get(r["session_id"]) == event_id})
            found = f"lists {count} distinct name{'s' if count != 1 else ''}"
        elif metric in type_metric.values():
            kinds = {k for k, m in type_metric.items() if m == metric}
            count = sum(1 for s in sessions if s["event_id"] == event_id and s["type"] in kinds)
            found = f"the programme lists {count}"
        else:
            continue
        if _agrees(fig, count):
            continue
        shown = int(value) if float(value).is_integer() else value
        about = {">": "more than ", ">=": "at least ", "~": "about "}.get(fig.get("comparator") or "", "")
        warnings.append(f"{event_id}: the report announces {about}{shown} {metric.replace('_', ' ')} ({label}) "
                        f"but {found}.")
    return warnings


def _agrees(fig: dict, count: int) -> bool:
    value = float(fig["value"])
    comparator = fig.get("comparator")
    if comparator in (">", ">="):
        return count > value or (comparator == ">=" and count == value)
    if comparator in ("<", "<="):
        return count < value or (comparator == "<=" and count == value)
    if fig.get("approximate") or comparator == "~":
        return abs(count - value) <= max(1.0, 0.1 * value)
    return count == value
