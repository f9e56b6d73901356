"""The sessions of a plain programme list, for a document whose sessions carry no session word:
the items under a programme heading, a timetable of three timed lines at least (the lines between
them naming their speakers, or a talk's quoted title over who gives it), lettered items in a row."""

from __future__ import annotations

import re

from .programme_layout import _bulleted
from .programme_lines import inline_items, parse_item
from .programme_reader import _Reader
from .programme_timetable import _TIME_PREFIX, is_break, slot_of, time_range
from .programme_vocabulary import _UP, _f, _folded_list, _type_terms
from .people_in_prose import quoted_people
from .session_programme_lists import programme_list_at


_LETTER_ITEM = re.compile(rf"^([{_UP}])[.)]\s+(?=\S)")


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
        if (announced := programme_list_at(reader, i)) is not None:
            items, j = announced
            if len(items) >= 2:      # one line under "Programme" is no programme
                out.extend(items)
            i = j
            continue
        # A timetable: three timed lines at least ("8h30 – Café", "[8h15–9h00] Séquence 1 :
        # ...", "10h00 : Ouverture"), the lines between them naming their speakers.
        t = _TIME_PREFIX.match(body) if body and slot_of(body) else None
        if t and reader.heading_level(line) is None:
            slots, j, blank = [], i, 0
            ranges: list[tuple[int, int] | None] = []      # each slot's (start, end) in minutes
            label, label_start = None, None
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
                if not (label and _talk_title(text)):
                    label, label_start = None, None
                tm = _TIME_PREFIX.match(text) if slot_of(text) else None
                talk = None if tm else _talk_title(text)
                if tm:
                    slots.append((text[tm.end():].strip(" ;,."), lines[j].body_start, reader.end_of(lines[j])))
                    ranges.append(time_range(text[:tm.end()]))
                elif talk:
                    slots.append((f"{label} « {talk} »" if label else talk, label_start or lines[j].body_start,
                                  reader.end_of(lines[j])))
                elif slots and (nxt := _next_text(lines, j)) is not None and _talk_title(nxt) \
                        and _label_line(text):
                    label, label_start = text, lines[j].body_start      # "Mot d'accueil" / "« Titre », par X"
                    j += 1
                    continue
                elif not slots or parse_item(text, bare_ok=True, mixed_ok=True) is None and not quoted_people(text):
                    if j > i + 1 and not _bulleted(lines[j]):
                        break
                j += 1
            # ... or two whose times follow each other ("14h – 14h30 Introduction", "14h30 – 16h30 ...")
            chained = len(slots) == len(ranges) == 2 and None not in ranges and ranges[0][1] == ranges[1][0]
            if len(slots) >= 3 or chained:
                for n, (title, start, end) in enumerate(slots):
                    stop = slots[n + 1][1] if n + 1 < len(slots) else end
                    if title and parse_item(title, mixed_ok=True) is None and not is_break(title):
                        out.append((title, start, max(end, stop - 1)))      # "Accueil des participants": no session
                i = j
                continue
        # Lettered items: "A. ...", "B. ...", "C. ..." on consecutive bulleted lines, the letters in
        # order ("M. Prénom Nom" three times is a list of people, not items M, M, M).
        if _bulleted(line) and _LETTER_ITEM.match(body):
            run, j, letter = [], i, None
            while j < len(lines) and _bulleted(lines[j]) and (m := _LETTER_ITEM.match(lines[j].body.strip())) \
                    and (letter is None or ord(m.group(1)) == ord(letter) + 1):
                run.append(j)
                letter = m.group(1)
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


_TALK = re.compile(r"^[«\"“]\s*(?P<title>[^«»\"“”]{3,}?)\s*[»\"”]\s*[,:–—-]?\s*(?:par|avec)\s+(?P<who>\S.*)$")


def _talk_title(text: str) -> str | None:
    """The title of a talk written "« Titre », par Prénom Nom, rôle" (or "avec"): a quoted title,
    then the people who give it; else None."""
    m = _TALK.match(" ".join(text.split()))
    if m is None or not (parse_item(m.group("who"), bare_ok=True, mixed_ok=True) or inline_items(m.group("who"))):
        return None
    return m.group("title").strip(" ,.")


def _label_line(text: str) -> bool:
    """A short line naming a part of the programme above a talk ("Mot d'accueil",
    "Conférence introductive"): a capital, six words at most, no final punctuation, no one named."""
    return bool(text) and text[0].isupper() and len(text.split()) <= 6 and not text.endswith((".", "!", "?", ":", ","))\
        and parse_item(text, bare_ok=True, mixed_ok=True) is None


def _next_text(lines, j: int) -> str | None:
    k = j + 1
    while k < len(lines) and not lines[k].body.strip():
        k += 1
    return lines[k].body.strip() if k < len(lines) else None


# An agenda line is short and ends no sentence; a bullet or a number may open it.
_MARKER = re.compile(r"^(?:[●•▪◦‣·*–-]|\d{1,2}[.)])\s+")
_AGENDA_LINE_MAX_WORDS = 16
_AGENDA_MIN_LINES = 3


def agenda_run_lines(reader: _Reader) -> list[tuple[str, int, int]]:
    """The lines of an agenda no heading announces: three lines at least in a row (no blank line
    between them), each short, ending no sentence, opening with an agenda word (programme.yaml
    ``agenda_line_openers``) or a session word ("Présentation du guide X" / "Témoignage de
    la commune Y" / "Temps d'échanges"), and no sentence ending on a colon right above them.
    -> (title, start, end) of each line, breaks left out."""
    openers = tuple(_folded_list("agenda_line_openers")) + tuple(t for t, _ in _type_terms())
    out: list[tuple[str, int, int]] = []
    run: list = []

    def close() -> None:
        # a list a sentence introduces ("Retrouvez les présentations de la journée :") is that
        # sentence's list, which the programme lists judge (``programme_list_at``)
        lead = next((ln.body.strip() for ln in reversed(lines[:index[id(run[0])]]) if ln.body.strip()), "") if run else ""
        if len(run) >= _AGENDA_MIN_LINES and not lead.endswith(":"):
            out.extend((ln.body.strip(), ln.body_start, reader.end_of(ln)) for ln in run if not is_break(ln.body.strip()))
        run.clear()

    lines = reader.lines
    index = {id(ln): k for k, ln in enumerate(lines)}
    for line in lines:
        body = _MARKER.sub("", line.body.strip())
        folded = _f(body.lower())
        if body and len(body.split()) <= _AGENDA_LINE_MAX_WORDS and not body.endswith((".", "!", "?", ":", ";", ",")) \
                and any(folded == o or folded.startswith(o + " ") for o in openers):
            run.append(line)
        else:
            close()
    close()
    return out
