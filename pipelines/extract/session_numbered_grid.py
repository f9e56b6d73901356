"""The talks of a timetable grid that numbers them, as a call for papers numbers what it accepts:
"12 · Cartes des sentiers", "7 - Un atlas participatif / A. Martin, Prénom Nom". A PDF grid reads
column by column, so its cells come as lines and paragraphs between the times of the grid; a cell
opens with the talk's number, a dash or a middle dot, then its title, on one to a few lines (a
lower-case line after a blank one, or a line after a comma or a slash, still belongs to it), and
ends on who gives it after a slash. Read only in a timetable (at least four times alone on their
line) holding at least six numbered cells; a number seen again is the same talk (given twice, or
its "(suite)") and is kept once."""

from __future__ import annotations

import re

from .names import initialled_name, parse_name
from .programme_timetable import is_break, is_day, item_type
from .speaker_item import Item

# A time alone on its line, or opening it before a cell ("11:30", "10:00 - 10:30", "09:30  41 · ...").
_CLOCK = r"\d{1,2}\s*[:hH]\s*\d{2}"
CLOCK_LINE = re.compile(rf"^\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?\s*$")
LEADING_CLOCK = re.compile(rf"^\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?\s+")
# The talk's number, "(suite)" maybe, then a dash or a middle dot and the title (not a time).
_NUMBER = re.compile(rf"(?<![\w:.,/])(\d{{1,3}})(\s*\(suite\))?\s*[-–·]\s+(?!{_CLOCK})(?=\S)")
_MIN_CLOCKS = 4
_MIN_CELLS = 6
_MAX_LINES = 6
# The text after a slash that closes a title: who gives the talk.
_BY = re.compile(r"(?<!/)(?:\s+/\s*|\s*/\s+|^/\s*)(?!/)")
# Who gives a talk: names parted by commas, "et", "&" or another slash.
_NAMES_APART = re.compile(r"\s*(?:,|/|&|\bet\b)\s*")
# A time of the grid the text layer put inside a title ("les sentiers 14:30 de la vallée").
_INNER_CLOCK = re.compile(rf"\s{_CLOCK}(?=\s)")


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _opens_cell(body: str) -> re.Match | None:
    """The number that opens a cell on this line (after the slot's time maybe)."""
    lead = LEADING_CLOCK.match(body)
    return _NUMBER.match(body, lead.end() if lead else len(body) - len(body.lstrip()))


def _stops(body: str) -> bool:
    """A line no cell runs into: a time, a break or a day, a room or a heading in capitals, a
    session type alone ("Table ronde", a label over the cells under it), another cell."""
    b = body.strip()
    letters = [c for c in b if c.isalpha()]
    return (CLOCK_LINE.match(b) is not None or LEADING_CLOCK.match(b) is not None or _opens_cell(b) is not None
            or is_break(b) or is_day(b) or (len(letters) > 2 and all(c.isupper() for c in letters))
            or (len(b.split()) <= 3 and item_type(b) != "other"))


def numbered_grid_cells(text: str) -> list[tuple[str, int, int, str, str]]:
    """(title, start, end, type, who) of each numbered cell of a timetable grid (see the module),
    ``who`` the text after the title's slash ("" when none)."""
    lines = text.split("\n")
    if sum(1 for b in lines if CLOCK_LINE.match(b) or LEADING_CLOCK.match(b)) < _MIN_CLOCKS:
        return []
    spans = line_spans(text)
    starts = [(i, m) for i, b in enumerate(lines) if (m := _opens_cell(b)) is not None]
    if len(starts) < _MIN_CELLS:
        return []
    out, seen = [], set()
    for i, m in starts:
        # the cell's first line, up to the next cell the text layer put on the same line
        parts = [lines[i][m.end():]]
        end = spans[i][1]
        k, gap = i + 1, False
        while k < len(lines) and len(parts) < _MAX_LINES:
            b = lines[k].strip()
            if not b:
                if gap:
                    break
                gap = True
                k += 1
                continue
            prev = parts[-1].rstrip()
            if _stops(b) or (gap and not (b[:1].islower() or b.startswith("/") or prev.endswith((",", "/")))):
                break
            parts.append(b)
            end = spans[k][1]
            gap = False
            k += 1
        number, again = m.group(1), m.group(2)
        for n, cell in enumerate(_columns(parts)):
            num, body = (number, cell) if n == 0 else cell
            pieces = _BY.split(body, maxsplit=1)
            title = pieces[0]
            who = pieces[1].strip() if len(pieces) > 1 else ""
            title = " ".join(_INNER_CLOCK.sub(" ", f" {title} ").split()).strip(" -–")
            if (again and n == 0) or num in seen or not re.search(r"[^\W\d_]{3}", title):
                continue
            seen.add(num)
            out.append((title, spans[i][0] + m.start(), end, item_type(title), who))
    return out


# The gap the text layer leaves between two columns of the grid on one line.
_COLUMN_GAP = re.compile(r"\S\s{2,}(?=\S)")


def _columns(parts: list[str]) -> list:
    """The cells of the first line (see ``_split_inline``) with their following lines: when the
    first line holds cells side by side, a later line parted by wide gaps into as many pieces
    carries one piece per column ("12 - Les sentiers de  13 - Un atlas" then "la vallée  des
    haies" -> "Les sentiers de la vallée", "Un atlas des haies"); a line that does not part
    so goes to the last cell not yet closed by its speaker's slash (the last cell when all are)."""
    cells = _split_inline(parts[0].strip())
    if len(cells) < 2:
        return _split_inline(" ".join(p.strip() for p in parts))
    texts = [cells[0]] + [c[1] for c in cells[1:]]
    for line in parts[1:]:
        b = line.strip()
        cuts = [g.start() + 1 for g in _COLUMN_GAP.finditer(b)]
        if len(cuts) == len(texts) - 1 and _NUMBER.search(b) is None:
            pieces = [b[x:y].strip() for x, y in zip([0] + cuts, cuts + [len(b)])]
            texts = [f"{t} {p}" for t, p in zip(texts, pieces)]
        else:
            open_ = [j for j, t in enumerate(texts) if _BY.search(t) is None]
            j = open_[-1] if open_ else len(texts) - 1
            texts[j] = f"{texts[j]} {b}"
    return [texts[0]] + [(c[0], t) for c, t in zip(cells[1:], texts[1:])]


def _split_inline(body: str) -> list:
    """The cell's text, then (number, text) of each cell the text layer ran into it on the same
    line ("... des haies 14 - Relevés de bruit ...")."""
    cuts = [m for m in _NUMBER.finditer(body) if m.start() > 0 and body[m.start() - 1] == " "
            and not body[:m.start()].rstrip().endswith(("/", ",", "-", "–", "·"))]
    if not cuts:
        return [body]
    out = [body[:cuts[0].start()].strip()]
    for a, b in zip(cuts, cuts[1:] + [None]):
        if a.group(2):
            continue
        out.append((a.group(1), body[a.end():b.start() if b else len(body)].strip()))
    return out


def credited_names(who: str) -> list[Item]:
    """Who gives a cell's talk, from the text after its slash ("A. Martin, JB. Roux et Prénom Nom"):
    each part a name written in full or with initials; the parts that are no name (a room the text
    layer ran in) are left out. -> one item of those people, or none."""
    people = [name for part in _NAMES_APART.split(who) if part.strip()
              if (name := parse_name(part, allow_mixed=True) or initialled_name(part)) is not None]
    return [Item(people, None, None, raw=who)] if people else []
