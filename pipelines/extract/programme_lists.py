"""The programme lists of a document: timetables (timed lines, a time alone above or below its
title, the other rooms of a slot), the items and table rows under a programme heading, its
numbered parts, the sub-headings of a programme heading; each entry a slot that may name a session
without a session word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lines import Line
from ..lexicons import load
from .names import normalise, parse_name
from .programme_layout import _CONNECTIVE_END, ProgrammeText, _bulleted, _cells, _header_row, _programme_intro, continues_item, list_after, session_item_title
from .programme_announced import _announced_runs
from .people_glued_roles import opens_with_glued_person
from .programme_lines import _HEADING_MAX_CHARS, lead_items, parse_item
from .programme_timetable import _CLOCK, is_break, is_day, slot_of, slot_time
from .programme_vocabulary import _f, _lex, _normalised_set, _type_terms


@dataclass
class Slot:
    """An entry of a programme list that carries no session word: a timed line of a timetable
    ("9h30 - Ouverture", a table row "9h30 | Ouverture | A, maire") or an item under a programme
    heading ("- Présentation de l'outil par A (X)")."""
    start: int                    # offset of its title
    title: str
    cells: list[str]              # the other cells of a table row (its speakers)
    run: int                      # the programme list it belongs to
    next_start: int | None        # where the next entry of the list starts
    kind: str | None = None       # the session type its list announces ("Trois ateliers :"), else read from its title


_RANGE = re.compile(r"^\s*[\[(]?\s*(\d{1,2})\s*[hH:]\s*(\d{2})?\s*(?:[-–—/]|à)\s*(\d{1,2})\s*[hH:]\s*(\d{2})?")


def _chained(before: str, after: str) -> bool:
    """Do two timed lines open with time ranges, the second starting when the first ends?"""
    a, b = _RANGE.match(before), _RANGE.match(after)
    if not a or not b:
        return False
    return (int(a.group(3)), int(a.group(4) or 0)) == (int(b.group(1)), int(b.group(2) or 0))


def _with_cards(layout: ProgrammeText, run: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
    """A timetable whose timed lines are headings, each followed by lines of text ("14h00 Projet A"
    / "Agence X" / "Réduire les délais"), and whose slots hold more entries set the same
    way without a time ("Projet B" / "Ville Y" / ...): a heading of the timed lines' level whose
    next line is text, as after each timed line, is an entry of the slot too. A heading followed
    by another heading (a card's description) is none."""
    lines = layout.lines
    level = layout.heading_level(lines[run[0][0]])

    def opens_card(i: int) -> bool:
        nxt = layout.next_content(i + 1)
        return nxt is not None and layout.heading_level(lines[nxt]) is None and not _bulleted(lines[nxt])
    if level is None or not all(layout.heading_level(lines[i]) == level and opens_card(i) for i, *_ in run):
        return run
    out = []
    for n, entry in enumerate(run):
        out.append(entry)
        # (after the last slot the page goes on: its entries are read within the length of the slot before)
        stop = run[n + 1][0] if n + 1 < len(run) else min(len(lines), entry[0] + entry[0] - run[n - 1][0])
        for k in range(entry[0] + 1, stop):
            body = lines[k].body.strip()
            if body and layout.heading_level(lines[k]) == level and opens_card(k) and not _programme_intro(body):
                out.append((k, lines[k].body_start, body, []))
    return out


def _as_slots(layout: ProgrammeText, k: int, before: int, after: int) -> bool:
    """Is the heading at line ``k`` of the level of the timed lines ``before`` and ``after``
    around it, both headings (a PDF that sets every title of a timetable alike, the slots'
    own lines and the titles under them)? Such a heading belongs to the slot, it does not end
    the timetable; a programme heading ("Au programme") does, the timetable starts under it."""
    level = layout.heading_level(layout.lines[k])
    return layout.heading_level(layout.lines[before]) == level == layout.heading_level(layout.lines[after]) \
        and not _programme_intro(layout.lines[k].body)      # "Au programme" opens the timetable


def _content_lines(layout: ProgrammeText, a: int, b: int) -> int:
    """How many lines from line ``a`` to line ``b`` hold text (``b`` counted, ``a`` not)."""
    return sum(1 for k in range(a + 1, b + 1) if layout.lines[k].body.strip())


# A programme heading at most this many lines of text above the first of two timed lines.
_ANNOUNCED_REACH = 3


def _announced_above(layout: ProgrammeText, first: int, timed: set[int]) -> int | None:
    """The line of a programme heading ("Programme", "Le détail du programme") a few lines of text
    above timed line ``first``, no timed line between, or None: two timed lines under it are a
    timetable ("10h15 Les semences", its speakers, "14h L'alimentation durable", its speakers)."""
    seen = 0
    for k in range(first - 1, -1, -1):
        body = layout.lines[k].body.strip()
        if not body:
            continue
        if k in timed:
            return None
        if _programme_intro(body):
            return k
        seen += 1
        if seen >= _ANNOUNCED_REACH:
            return None
    return None


def programme_slots(layout: ProgrammeText) -> dict[int, Slot]:
    """The entries of the programme lists (line index -> slot): the timed lines of a
    timetable (three at least, or two right under a programme heading; at most
    ``timetable_max_gap`` lines apart, no heading between them but a day's), and the bulleted
    items right under a programme heading ("Programme", "Au programme :"; two at least) that name
    no one alone and are no practical detail."""
    found: list[tuple[int, int, str, list[str]]] = []
    alone: list[int] = []          # lines holding a time and nothing else ("8:15 – 9:40")
    for i, line in enumerate(layout.lines):
        slot = slot_of(line.body)
        if slot is not None:
            found.append((i, line.body_start + slot[0], slot[1], slot[2]))
        elif (t := slot_time().match(line.body)) and not line.body[t.end():].strip():
            alone.append(i)
    found = sorted(found + _titles_of_times(layout, alone))
    runs: list[list[tuple[int, int, str, list[str]]]] = []
    gap = int(_lex()["timetable_max_gap"])
    timed = {x[0] for x in found}
    for entry in found:
        # a heading between two timed lines ends the timetable, unless it names a day or a part
        # of it ("## Mardi 4 juin", "### Après-midi"): those group the slots of one timetable
        # (the gap counts lines of text: blank lines between a slot's paragraphs are layout; a
        # slot that starts when the one before ends, "9h00 – 9h20" then "9h20 – 9h40",
        # continues the timetable however long the text between them)
        if runs and (_content_lines(layout, runs[-1][-1][0], entry[0]) <= gap
                     or _chained(layout.lines[runs[-1][-1][0]].body, layout.lines[entry[0]].body)) and not any(
                layout.heading_level(layout.lines[k]) is not None and k not in timed
                and not is_day(layout.lines[k].body.strip())
                and not _as_slots(layout, k, runs[-1][-1][0], entry[0])
                for k in range(runs[-1][-1][0] + 1, entry[0])):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    # two timed lines, no break among them, right under a programme heading: (the heading's line, the run)
    pairs = [(top, r) for r in runs if len(r) == 2 and not any(is_break(title) for _, _, title, _ in r)
             and (top := _announced_above(layout, r[0][0], timed)) is not None]
    runs = [_with_cards(layout, _with_parallel_rooms(layout, r)) for r in runs if len(r) >= 3]
    runs.extend(_room_runs(layout, {i for r in runs for i, *_ in r}))
    runs.extend(_listed_runs(layout, {i for r in runs for i, *_ in r}))
    runs.extend(_numbered_runs(layout, {i for r in runs for i, *_ in r}))
    runs.extend(_detailed_runs(layout, {i for r in runs for i, *_ in r}))
    runs.extend(_heading_runs(layout, {i for r in runs for i, *_ in r}))
    columns = _column_runs(layout, {i for r in runs for i, *_ in r})
    runs.extend(run for run, _ in columns)
    announced = _announced_runs(layout, {i for r in runs for i, *_ in r})
    runs.extend(run for run, _ in announced)
    kind_of = {i: kind for run, kind in announced for i, *_ in run}
    # two timed lines under a programme heading, when no other reading holds the lines below it
    for top, pair in pairs:
        end = pair[-1][0] + gap
        if not any(top <= i <= end for r in runs for i, *_ in r):
            runs.append(_with_cards(layout, _with_parallel_rooms(layout, pair)))
    runs = [_with_nested_items(layout, r) for r in runs]
    entries = {i for r in runs for i, *_ in r} | {k for _, lines in columns for k in lines}
    slots: dict[int, Slot] = {}
    for run in runs:
        for n, (i, start, title, cells) in enumerate(run):
            if not cells:
                # (the last entry of a timetable may be followed by the text after it: no capitals there)
                rooms = n + 1 < len(run) and any(_room_entry(t) for _, _, t, _ in run)
                title = _title_continued(layout, i, title, entries, rooms)
            mark = _ROOM_MARK.match(title) if _room_entry(title) and any(_room_entry(t) for _, _, t, _ in run) else None
            if mark:
                # "Amphi B Titre": the room is where the session is held, not part of its title
                title, start = title[mark.end():], start + mark.end()
            nxt = layout.lines[run[n + 1][0]].start if n + 1 < len(run) else None
            slots[i] = Slot(start, title.strip(" ;,.*_"), cells, run[0][0], nxt, kind_of.get(i))
    return slots


_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _bare_label(title: str) -> bool:
    """Whether a programme entry is only a session word and its number, with a room or a time in
    brackets maybe ("Table ronde 2", "Atelier 3 (salle B)"): a label without its title."""
    folded = _f(_BRACKETS.sub("", title).strip(" :–—-"))
    return any(re.fullmatch(rf"{re.escape(t)}\s*(?:n\s*[°º]\s*)?\d{{1,2}}", folded) for t, _ in _type_terms())


def _speaker_only(title: str) -> bool:
    """Whether a timed entry names only who speaks, announcing the talk below with its colon: it
    opens with a person's name (an honorific or the family name in capitals: "Dr Prénom NOM
    rôle :", "Prénom NOM, Organisation :") and holds no other colon."""
    words = title.rstrip(" :").split()
    if ":" in title.rstrip(" :"):
        return False
    return any(parse_name(" ".join(words[:n]).rstrip(",")) is not None for n in (2, 3, 4))


def _title_continued(layout: ProgrammeText, i: int, title: str, entries: set[int], rooms: bool = False) -> str:
    """A title a PDF's text flow cut over the next line or two ("Bien choisir ses outils de" /
    "mesure et les partager"): a line in lower case right below (or the number and title of a
    session word left alone: "Atelier" / "2 : Les haies") (a blank line
    between at most), that is no entry, heading or bullet, and a title that ends no sentence.
    In a timetable of parallel rooms, where every entry opens with its room ("Amphi B Titre"), a
    line that opens with no room nor time is the rest of the entry above, even in capitals
    ("Amphi C Bâtir un réseau de" / "Fibre Optique rurale")."""
    k, added = i + 1, 0
    # (in a timetable of rooms, a title cut after its colon or an ellipsis goes on too: "X :" / "Y")
    while added < 2 and not title.rstrip().endswith((".", "!", "?", ";") if rooms else (".", "!", "?", ":", ";")) \
            or rooms and added < 2 and title.rstrip().endswith("...") \
            or added < 2 and title.rstrip().endswith(":") and _speaker_only(title):
        j = layout.next_content(k)
        if j is None or j - k > 1 or j in entries:
            break
        line = layout.lines[j]
        body = line.body.strip()
        # a session word alone whose number opens the next line ("Atelier" / "2 : Les haies")
        numbered = added == 0 and _f(title.strip()) in {t for t, _ in _type_terms()} \
            and re.match(r"\d{1,2}\s*[:–—-]\s*\S", body) is not None
        # a session word and its number alone, a room or a time in brackets maybe ("Atelier 2 (salle B)"
        # / "Les haies dans le paysage"): a label, whose title is the line below
        label = added == 0 and _bare_label(title) and body[:1].isupper() and parse_item(body) is None \
            and slot_time().match(body) is None
        if label:
            title, body = _BRACKETS.sub("", title), body.rstrip(" :")
        # "9h30 : Dr Prénom NOM, rôle :" / "Titre de l'exposé": the slot names who speaks, the line below what
        talk = title.rstrip().endswith(":") and _speaker_only(title) and body[:1].isupper() \
            and parse_item(body) is None and slot_time().match(body) is None
        carried = rooms and body[:1].isalnum() and slot_time().match(body) is None and not _room_entry(body) \
            and parse_item(body) is None
        if not (body[:1].islower() or numbered or carried or label or talk) or _bulleted(line) \
                or layout.heading_level(line) is not None or len(body) > 120 \
                or body[:1].islower() and (slot_time().match(body) is not None or is_day(body)):
            break       # ... not the slot's day and time in lower case ("vendredi 3 décembre, 17h00-17h30")
        title, k, added = f"{title.rstrip()} {body}", j + 1, added + 1
    return title


def _with_nested_items(layout: ProgrammeText, run: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
    """An entry that ends with a colon and lists sub-items indented under it ("14h30 : Retours
    d'expérience :" / "  - Titre A (Organisation) ;" / "  - Titre B") gives the sessions by
    those items; the entry itself only groups them."""
    def indent(line: Line) -> int:
        # in characters, as typed: the list_item blocks' depth gave the same entries on the dev
        # documents and lowered the precision of sessions on the held-out ones
        return line.body_start - line.start
    out = []
    for n, entry in enumerate(run):
        i, title = entry[0], entry[2]
        stop = run[n + 1][0] if n + 1 < len(run) else min(len(layout.lines), i + 12)
        subs = []
        if title.rstrip().endswith(":"):
            for k in range(i + 1, stop):
                line = layout.lines[k]
                body = line.body.strip()
                if not body:
                    continue
                if not _bulleted(line) or indent(line) <= indent(layout.lines[i]):
                    break
                if parse_item(body, mixed_ok=True) is None:
                    subs.append((k, line.body_start, body.rstrip(" ;.,"), []))
        out.extend(subs or [entry])
    return out


def _room_entry(text: str) -> bool:
    """Does a timetable line open with its room ("Amphi B Titre", "Salle 2 Titre")?"""
    words = normalise(text).split()
    return len(words) >= 3 and words[0] in _normalised_set("place_words")


def _room_runs(layout: ProgrammeText, taken: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
    """A timetable whose times a PDF's text flow wrote apart (a column of times, then the column
    of the sessions): lines that open with their room named by a short mark ("Amphi B Titre",
    "Salle 2 Titre"), three at least, a few lines apart at most and no heading between, are the
    entries of a timetable."""
    runs: list[list[tuple[int, int, str, list[str]]]] = []
    run: list[tuple[int, int, str, list[str]]] = []
    for k, line in enumerate(layout.lines):
        if k in taken or layout.heading_level(line) is not None:
            if len(run) >= 3:
                runs.append(run)
            run = []
            continue
        body = line.body.strip()
        # the room named by a short mark ("Amphi B", "Salle 2", "Lab 3"), the title right after it;
        # "Espace Jardin : semis ..." names a part of a fair, not a room of a timetable
        if not body or slot_time().match(body) or not _room_entry(body) or _bulleted(line) \
                or not _ROOM_MARK.match(body):
            continue
        if run and k - run[-1][0] > 2 + 2 * _TITLE_LINES:
            if len(run) >= 3:
                runs.append(run)
            run = []
        run.append((k, line.body_start + len(line.body) - len(line.body.lstrip()), body, []))
    if len(run) >= 3:
        runs.append(run)
    return runs


# A room named by a short mark at the start of a timetable's entry ("Amphi B ", "Salle 2 ", "Lab 3 ").
_ROOM_MARK = re.compile(r"\S+\s+[^\W_]{1,4}\s+(?=[^\s:–—-])")


# The lines a title of a timetable's entry may run over (see ``_title_continued``).
_TITLE_LINES = 2
# a title closed by a full stop under its time is short: a longer line is a description
_STOPPED_MAX_WORDS = 10
# a title ending on an elided word without its apostrophe ("Visite des serres d") was cut by the page
_CUT_ELISION = re.compile(r"\s(?:d|l|qu)$")


def _with_parallel_rooms(layout: ProgrammeText, run: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
    """A timetable whose slots name their room ("10:00 Amphi A Titre") lists the sessions held
    at the same time in other rooms on the lines below, without the time ("Amphi B Titre"):
    those lines are entries of the timetable too."""
    room = _room_entry
    if not any(room(title) for _, _, title, _ in run):
        return run
    taken = {i for i, *_ in run}
    out = list(run)
    for k in range(run[0][0] + 1, min(len(layout.lines), run[-1][0] + int(_lex()["timetable_max_gap"]))):
        line = layout.lines[k]
        if k not in taken and room(line.body) and slot_time().match(line.body) is None:
            out.append((k, line.body_start + len(line.body) - len(line.body.lstrip()), line.body.strip().rstrip(" |"), []))
    return sorted(out)


# A question titles a session however long, up to this many words.
QUESTION_MAX_WORDS = 24


def _titles_of_times(layout: ProgrammeText, alone: list[int]) -> list[tuple[int, int, str, list[str]]]:
    """Times written alone on their line, the title of their slot on the line above
    ("Mot de bienvenue" / "8:15 – 9:40" / a description) or below ("9h30" /
    "Table ronde"): the side where a short title stands, the same for the whole document; when
    both could be as often, the side written against the time, without a blank line between
    ("9h30" / "Ouverture", then a blank line); else above."""
    times = set(alone)
    # "09h00" / "– 09h20 – Ouverture": a time alone right above a timed line opens that line's
    # slot (its end time then its title are on the next line); it has no title of its own
    alone = [i for i in alone if (k := layout.next_content(i + 1)) is None or k != i + 1
             or slot_of(layout.lines[k].body) is None]

    def continues_above(k: int) -> bool:
        # "..., vice-président du" / "Syndicat X, président de Y": the end of the line above, cut
        # after a connective word, not a title; a time alone closed by its dash ("9h–9h20 (Salle
        # Verte) –" / "Mot d'accueil") points at the title below it: no cut line
        j = layout.previous_content(k - 1)
        return j is not None and j == k - 1 and j not in times \
            and bool(_CONNECTIVE_END.search(_f(layout.lines[j].body.rstrip())))

    def dashed_below(k: int) -> bool:
        # "07h45" / "– Mot d'accueil": the dash after the time, cut onto the title's line,
        # is no bullet
        line = layout.lines[k]
        marker = line.text[:line.body_start - line.start].strip()
        return k - 1 in times and marker in ("-", "–", "—") \
            and layout._heading_like(Line(line.body, line.body_start, line.body_start))

    def announces_speaker(k: int) -> bool:
        # "Intervention de Prénom NOM", "Discours de M. X": a talk named by who gives it (words
        # before the cue: a line opening with "Par X" is the speaker of the title above it)
        body = layout.lines[k].body.strip()
        return not _bulleted(layout.lines[k]) and len(body) <= 120 and not body.endswith(".") \
            and not re.match(r"(?i)(?:par|avec|by|with)\b", body) and bool(lead_items(body))

    def cell(k: int) -> bool:
        # "Visite commentée du site - présentation de X |": a table exported cell by cell, the
        # activity's cell under its time's, closed by its separator
        body = layout.lines[k].body.strip()
        return body.endswith("|") and body.count("|") == 1 and body[:1].isupper() and len(body) <= 300

    def bulleted_title(k: int) -> bool:
        # "- La sobriété des serveurs en mairie" / "Jeudi 14 octobre 2020, 15h-15h30": a list item's short
        # title over its day and time, each item apart from the one before by its time (the last
        # item of a plain list, "• Halle / • Verrière" over "11h40 - 13h10", is no slot's title)
        line, j = layout.lines[k], layout.previous_content(k - 1)
        return _bulleted(line) and (layout._heading_like(Line(line.body, line.body_start, line.body_start))
                                    or _talk_title(line.body.strip())) \
            and (j is None or not _bulleted(layout.lines[j]))

    def question(k: int) -> bool:
        # "Approche des usagères de la PMI : quels ressentis du côté des femmes ?": a question
        # titles its slot however long, as under a session line (programme_reader.title_below)
        body = layout.lines[k].body.strip()
        return body[:1].isupper() and body.endswith("?") and len(body.split()) <= QUESTION_MAX_WORDS \
            and parse_item(body) is None

    def title_at(k: int | None) -> bool:
        # (a person glued to their role, "Prénom Nom Sociologue, Équipe X", credits the slot above)
        return k is not None and k not in times \
            and (layout._heading_like(layout.lines[k]) or dashed_below(k) or announces_speaker(k) or cell(k)
                 or bulleted_title(k) or question(k)) and not opens_with_glued_person(layout.lines[k].body) \
            and slot_time().match(layout.lines[k].body) is None and not _programme_intro(layout.lines[k].body) \
            and not continues_above(k)

    def stopped_below(i: int, k: int | None) -> bool:
        # "16 h 45" / "Bilan des ateliers." / "Mme X (maire de Valbrune).": a short title closed by a
        # full stop, right under its time (no blank line between), is the slot's title as a
        # heading would be; a sentence ("Les élus rejoignent la salle du conseil.") reads as none
        if k is None or k != i + 1 or k in times:
            return False
        line = layout.lines[k]
        body = line.body.strip()
        if not body.endswith(".") or body.endswith("..") or "." in body[:-1] or len(body.split()) > _STOPPED_MAX_WORDS:
            return False
        bare = body[:-1].rstrip()
        return bool(bare) and layout._heading_like(Line(bare, line.body_start, line.body_start)) \
            and not opens_with_glued_person(bare) and slot_time().match(bare) is None \
            and not _programme_intro(bare) and not continues_above(k)

    # the habit of a layout: titles closed by a full stop under two times at least
    stopped = {i for i in alone if stopped_below(i, layout.next_content(i + 1))}
    if len(stopped) < 2:
        stopped = set()
    sides = []
    for i in alone:
        above, below = layout.previous_content(i - 1), layout.next_content(i + 1)
        sides.append((above if title_at(above) else None,
                      below if title_at(below) or i in stopped else None))
    above_only = sum(1 for a, b in sides if a is not None and b is None)
    below_only = sum(1 for a, b in sides if b is not None and a is None)
    below_wins = below_only > above_only
    if below_only == above_only:
        below_close = sum(1 for i, (_, b) in zip(alone, sides) if b == i + 1)
        above_close = sum(1 for i, (a, _) in zip(alone, sides) if a == i - 1)
        below_wins = below_close > above_close
    out = []
    for a, b in sides:
        k = (b if b is not None else a) if below_wins else (a if a is not None else b)
        if k is not None:
            line = layout.lines[k]
            title = line.body.strip().rstrip(" |")
            if _CUT_ELISION.search(title):
                continue                             # "Visite des serres d": a page cut inside the title
            if k - 1 in stopped:
                title = title[:-1].rstrip()          # "Bilan des ateliers." -> "Bilan des ateliers"
            out.append((k, line.body_start + len(line.body) - len(line.body.lstrip()), title, []))
    return out


def _talk_title(body: str) -> bool:
    """A list item's title over its slot's day and time, longer than a heading or with its
    subtitle after a colon ("- Datascience et open data : au cœur de la transformation" / "Jeudi
    2 décembre, 17h30-18h"): capitalised, no sentence's end, no person nor list of people."""
    return 0 < len(body) <= 2 * _HEADING_MAX_CHARS and len(body.split()) <= 25 and body[0].isupper() \
        and not body.endswith((".", ",", ";", ":")) and parse_item(body) is None and not lead_items(body)


def _heading_runs(layout: ProgrammeText, taken: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
    """The sub-headings of a programme heading ("## Programme" then "### Ouverture",
    "### Table ronde : ..."), up to the next heading of its level: each names a session (two
    at least)."""
    index = {line.body_start: i for i, line in enumerate(layout.lines)}
    index.update({line.start: i for i, line in enumerate(layout.lines)})
    heads = sorted(layout.doc.headings, key=lambda h: h.offset)
    runs = []
    for n, h in enumerate(heads):
        if not _programme_intro(h.text):
            continue
        run = []
        grouped = False
        for sub in heads[n + 1:]:
            if sub.level <= h.level:
                break
            i = index.get(sub.offset)
            if i is None or i in taken:
                continue
            # "### Mardi 4 mai" over "- Titre A" and "- Titre B": the programme lists its sessions
            # under sub-headings that group them, and its sub-headings name none
            grouped = grouped or _groups_titles(layout, i)
            line = layout.lines[i]
            body = line.body.strip()
            t = slot_time().match(body)
            title = body[t.end():] if t else body
            first = normalise(title).split()[:1]
            if title and not _programme_intro(title) and parse_item(title, mixed_ok=True) is None \
                    and not (first and first[0] in _normalised_set("practical_labels")):
                run.append((i, line.body_start + len(line.body) - len(line.body.lstrip()) + (t.end() if t else 0),
                            title, []))
        if len(run) >= 2 and not grouped:
            runs.append(run)
    return runs


def _groups_titles(layout: ProgrammeText, i: int) -> bool:
    """Are the lines right under heading line ``i`` two items at least, each a session's title
    (no person)?"""
    found, _ = list_after(layout.lines, i + 1, layout.heading_level, _bulleted)
    titles = [k for k in found if session_item_title(layout.lines[k].body.strip(), slot_time())]
    return len(titles) >= 2 and len(titles) == len(found)


# The end of an item's first sentence, a word of two letters or a closing quote before its full
# stop (not an initial, "M. Durand"), a capital or a bracket after it.
_DESCRIBED = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[»\"”)]))\.\s+(?=[A-ZÀ-ÞŒÆ(])")


def _listed_runs(layout: ProgrammeText, timed: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
    runs = []
    i = 0
    while i < len(layout.lines):
        body = layout.lines[i].body.strip()
        if not body or _bulleted(layout.lines[i]) or not _programme_intro(body):
            i += 1
            continue
        found, j = list_after(layout.lines, i + 1, layout.heading_level,
                              lambda ln: _bulleted(ln) or continues_item(ln) or bool(_cells(ln)))
        run = []
        before = ""
        for k in found:
            nxt = layout.lines[k]
            text = nxt.body.strip()
            # an item in lower case after an item closed by a comma goes on with the enumeration
            # ("- Un concert de la fanfare," / "- des ateliers de cirque," / "- un espace de jeux en bois.")
            enumerated, before = before.endswith(","), text
            row = _cells(nxt)
            if row and k not in timed:
                # a table row of the programme: its first cell the session, the others its speakers
                title = row[0][1]
                if len(row) >= 2 and not _header_row(row) and re.search(r"[^\W\d_]{3}", title) \
                        and parse_item(title, mixed_ok=True) is None:
                    run.append((k, row[0][0], title, [c for _, c in row[1:]]))
            elif k not in timed and not continues_item(nxt) and (item := session_item_title(text, slot_time(), enumerated)):
                title, t = item
                # "Exposition « Titre ». Une promenade commentée ... (salle des fêtes, du 3 au 9 mai)": the
                # item's first sentence titles it, the next ones describe it
                described = _DESCRIBED.search(title)
                title = title[:described.start() + 1] if described else title
                run.append((k, nxt.body_start + (len(nxt.body) - len(nxt.body.lstrip())) + (t.end() if t else 0),
                            title, []))
        if len(run) >= 2:
            runs.append(run)
        i = j
    return runs


def _announcements(layout: ProgrammeText) -> list[int]:
    """The plain lines that announce a programme's list below them ("Programme :", "Au programme :",
    "... sont au programme :"), by index."""
    return [i for i, line in enumerate(layout.lines)
            if line.body.strip() and not _bulleted(line) and _programme_intro(line.body.strip())]


_NUMBER_MARK = re.compile(r"\s*(\d{1,2})\s*[.)]\s*$")


def _numbered_runs(layout: ProgrammeText, taken: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
    """The numbered parts under a programme heading ("Programme :" then "1. Titre", its
    description, "Par A, rôle", then "2. Titre" ...), numbered from 1 on without a gap, each a
    session however long the text between two parts (up to the next heading); two at least, text
    between two of them."""
    runs = []
    for i in _announcements(layout):
        run: list[tuple[int, int, str, list[str]]] = []
        for k in range(i + 1, len(layout.lines)):
            nxt = layout.lines[k]
            if layout.heading_level(nxt) is not None:
                break
            mark = _NUMBER_MARK.match(nxt.text[:nxt.body_start - nxt.start])
            if mark is None:
                continue
            item = session_item_title(nxt.body.strip(), slot_time())
            if int(mark.group(1)) != len(run) + 1 or k in taken or item is None or item[1] is not None:
                break
            run.append((k, nxt.body_start + len(nxt.body) - len(nxt.body.lstrip()), item[0], []))
        # parts one right under the other are a plain list, the other readers' (an announced list's kind kept)
        spaced = any(layout.lines[k].body.strip() for (a, *_), (b, *_) in zip(run, run[1:]) for k in range(a + 1, b))
        if len(run) >= 2 and spaced:
            runs.append(run)
    return runs


# the practical lines an item of a programme list may carry below it, up to the next item
# (``item_detail_lines_max`` in programme.yaml: a guided visit's meeting point, times, group size,
# minimum age, what to bring and access each take a line)
def _detail_lines() -> int:
    return int(_lex()["item_detail_lines_max"])


def _detailed_runs(layout: ProgrammeText, taken: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
    """The bulleted items under a programme's announcement ("Au programme :") that each carry
    their practical lines below them, without a bullet ("- Visite guidée du château d'eau." /
    "Samedi à 10 h et 14 h. Places limitées." / "- Visite de la station d'épuration." / ...): each
    item a session, the lines between two items its details; three items at least, details
    between two of them at least (items one right under the other are a plain list, read above)."""
    runs = []
    lines = layout.lines
    for i in _announcements(layout):
        run: list[tuple[int, int, str, list[str]]] = []
        plain = blank = 0
        spaced = False
        for k in range(i + 1, len(lines)):
            nxt = lines[k]
            text = nxt.body.strip()
            if not text:
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            if layout.heading_level(nxt) is not None:
                break
            if not _bulleted(nxt):
                if not run:
                    break          # the announcement's list opens on an item
                plain += 1
                if plain > _detail_lines():
                    break
                continue
            item = session_item_title(text, slot_time())
            if k in taken or item is None or _NUMBER_MARK.match(nxt.text[:nxt.body_start - nxt.start]):
                break              # numbered parts are ``_numbered_runs``'s, in their order
            spaced = spaced or (bool(run) and plain > 0)
            plain = 0
            run.append((k, nxt.body_start + len(nxt.body) - len(nxt.body.lstrip()), item[0], []))
        if len(run) >= 3 and spaced:
            runs.append(run)
    return runs


@cache
def _column_labels(key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in load("sessions")[key])


_TIMES_ROW = re.compile(rf"\s*(?:{_CLOCK}\s*){{3,}}")


def _column_runs(layout: ProgrammeText, taken: set[int]) -> list[tuple[list[tuple[int, int, str, list[str]]], set[int]]]:
    """A timetable a PDF read column by column: a line of times only ("9h00 9h30 10h00 ..."),
    within three lines below it the label of the titles' column ("Sujet", "Titre"), then the
    titles, one blank line between two at most, up to the next column's label ("Présentateur",
    "Salle"). There are as many sessions as times: a title the layout cut over two lines (no blank
    line between them) is joined back, the shortest pieces first, and after a connective word
    ("Un atelier de soudure pour" / "débutants"). Fewer titles than times: no timetable.
    -> (run, the lines of its titles)."""
    lines = layout.lines
    runs = []
    for i, line in enumerate(lines):
        if not _TIMES_ROW.fullmatch(line.body):
            continue
        count = len(re.findall(_CLOCK, line.body))
        label, k = None, i
        for _ in range(3):
            k = layout.next_content(k + 1)
            if k is None:
                break
            if normalise(lines[k].body).rstrip(" :") in _column_labels("title_column_labels"):
                label = k
                break
        if label is None:
            continue

        def title_line(ln: Line) -> bool:
            word = normalise(ln.body).rstrip(" :")
            return word not in _column_labels("other_column_labels") and word not in _column_labels("title_column_labels") \
                and not _TIMES_ROW.fullmatch(ln.body)
        found, _ = list_after(lines, label + 1, layout.heading_level, title_line)
        pieces = [[k, lines[k].body.strip(), k > 0 and not lines[k - 1].body.strip()] for k in found if k not in taken]
        while len(pieces) > count:
            joinable = [n for n in range(1, len(pieces)) if not pieces[n][2]]
            if not joinable:
                break
            n = min(joinable, key=lambda n: (not _CONNECTIVE_END.search(_f(pieces[n - 1][1])), len(pieces[n][1].split()), n))
            pieces[n - 1][1] = f"{pieces[n - 1][1]} {pieces[n][1]}"
            del pieces[n]
        if len(pieces) != count:
            continue
        runs.append(([(k, lines[k].body_start + len(lines[k].body) - len(lines[k].body.lstrip()), title, [])
                      for k, title, _ in pieces], set(found)))
    return runs
