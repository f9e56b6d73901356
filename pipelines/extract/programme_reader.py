"""A document read as a programme: the session lines, speaker lists and labels it holds, in text
order (occurrences), for the sessions and people passes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document
from .lines import Line, iter_lines, trimmed_span
from .names import normalise, parse_name
from .programme_lines import Header, Item, _confirmed, _HEADING_MAX_CHARS, _HEADING_MAX_LINES, _SEPARATOR, _f, _host_line, _host_match, _folded_list, _label_of, _lex, _line_header, _looks_like_org, _normalised_set, _starts_with_role, _word_set, _words, SLOT_TIME, inline_items, is_break, is_day, item_type, lead_items, parse_header, parse_item, slot_of, split_role_org


# =========================================================================== occurrences
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
    slot: Slot | None = None      # an entry of a programme list (two entries of one list are two sessions)

    @property
    def entry(self) -> bool:
        return bool(self.items or self.hosts)

    @property
    def section(self) -> bool:
        return self.rank > 0

    def keys(self) -> set[str]:
        cached = getattr(self, "_keys", None)
        if cached is None:
            cached = self._keys = {p.key for it in self.items for p in it.people}
        return cached


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


def _programme_intro(body: str) -> bool:
    """A line that announces a programme list: "Programme", "Programme :", "Au programme
    notamment :"."""
    f = _f(body.strip().lower()).rstrip(" :")
    f = re.sub(r"\s+(?:notamment|ci-dessous|detaille)$", "", f)
    if f in _folded_list("programme_headings"):
        return True
    # "Programme prévisionnel", "Programme du jeudi 12 juin", "Programme de la matinée"
    for head in _folded_list("programme_headings"):
        if f.startswith(head + " "):
            rest = f[len(head):].split()
            return 0 < len(rest) <= 6 and all(
                w in _folded_list("programme_qualifiers") or w.isdigit() or is_day(w) for w in rest)
    return False


def _cells(body: str) -> list[tuple[int, str]]:
    """The non-empty cells of a table row ("Titre\tA, maire", "| Titre | A |"), with their offsets
    in the line; [] for a line that is no table row."""
    separator = "|" if "|" in body else "\t" if "\t" in body.strip() else None
    if separator is None:
        return []
    cells, pos = [], 0
    for cell in body.split(separator):
        if cell.strip():
            cells.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos += len(cell) + 1
    return cells if len(cells) >= 2 else []


def _header_row(row: list[tuple[int, str]]) -> bool:
    """The header row of a table ("Horaire | Séquence | Intervenants"): short cells, no digit,
    none naming a person."""
    return all(len(c.split()) <= 3 and not re.search(r"\d", c) and parse_item(c, bare_ok=True, mixed_ok=True) is None
               for _, c in row)


def _bulleted(line: Line) -> bool:
    return bool(line.text[:line.body_start - line.start].strip())



def list_after(lines: list[Line], start: int, heading_level, belongs) -> tuple[list[int], int]:
    """The lines of a list that starts at ``start``: those ``belongs`` accepts, one blank line between
    two allowed; it stops at a second blank line, a heading or a line that does not belong.
    -> (the indices of its lines, the index where it stopped)."""
    found: list[int] = []
    j, blank = start, 0
    while j < len(lines):
        line = lines[j]
        if not line.body.strip():
            blank += 1
            if blank > 1:
                break
            j += 1
            continue
        if not belongs(line) or heading_level(line) is not None:
            break
        blank = 0
        found.append(j)
        j += 1
    return found, j


def session_item_title(text: str, time_prefix: re.Pattern) -> tuple[str, re.Match | None] | None:
    """The session an item of a programme list names (its time taken off) with that time, or None:
    an item that names people only, starts in lower case without a time, trails off ("…") or is a
    practical line ("Accès : ...")."""
    t = time_prefix.match(text)
    title = (text[t.end():] if t else text).strip(" ;,.")
    label = re.match(r"([^:]{1,30}?)\s*:\s", title)
    if (title and (t or title[0].isupper()) and parse_item(title, mixed_ok=True) is None
            and not title.startswith(("…", "..."))
            and not (label and _f(label.group(1).lower()) in _folded_list("practical_labels"))):
        return title, t
    return None


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lines = list(iter_lines(doc.text))
        self.line_starts = [line.start for line in self.lines]
        self.levels: dict[int, int] = {h.offset: h.level for h in doc.headings}
        self.page_starts = set(doc.page_starts)
        self.slots = self._programme_slots()

    # ------------------------------------------------------------------ programme lists
    def _programme_slots(self) -> dict[int, Slot]:
        """The entries of the programme lists (line index -> slot): the timed lines of a
        timetable (three at least, at most ``timetable_max_gap`` lines apart, no other heading
        between them), and the bulleted items right under a programme heading ("Programme",
        "Au programme :"; two at least) that name no one alone and are no practical detail."""
        found: list[tuple[int, int, str, list[str]]] = []
        alone: list[int] = []          # lines holding a time and nothing else ("8:15 – 9:40")
        for i, line in enumerate(self.lines):
            slot = slot_of(line.body)
            if slot is not None:
                found.append((i, line.body_start + slot[0], slot[1], slot[2]))
            elif (t := SLOT_TIME.match(line.body)) and not line.body[t.end():].strip():
                alone.append(i)
        found = sorted(found + self._titles_of_times(alone))
        runs: list[list[tuple[int, int, str, list[str]]]] = []
        gap = int(_lex()["timetable_max_gap"])
        timed = {x[0] for x in found}
        for entry in found:
            if runs and entry[0] - runs[-1][-1][0] <= gap and not any(
                    self.heading_level(self.lines[k]) is not None and k not in timed
                    for k in range(runs[-1][-1][0] + 1, entry[0])):
                runs[-1].append(entry)
            else:
                runs.append([entry])
        runs = [self._with_parallel_rooms(r) for r in runs if len(r) >= 3]
        runs.extend(self._listed_runs({i for r in runs for i, *_ in r}))
        runs.extend(self._heading_runs({i for r in runs for i, *_ in r}))
        runs = [self._with_nested_items(r) for r in runs]
        entries = {i for r in runs for i, *_ in r}
        slots: dict[int, Slot] = {}
        for run in runs:
            for n, (i, start, title, cells) in enumerate(run):
                if not cells:
                    title = self._title_continued(i, title, entries)
                nxt = self.lines[run[n + 1][0]].start if n + 1 < len(run) else None
                slots[i] = Slot(start, title.strip(" ;,.*_"), cells, run[0][0], nxt)
        return slots

    def _title_continued(self, i: int, title: str, entries: set[int]) -> str:
        """A title a PDF's text flow cut over the next line or two ("Bien choisir ses outils de" /
        "mesure et les partager"): a line in lower case right below (a blank line
        between at most), that is no entry, heading or bullet, and a title that ends no sentence."""
        k, added = i + 1, 0
        while added < 2 and not title.rstrip().endswith((".", "!", "?", ":", ";")):
            j = self.next_content(k)
            if j is None or j - k > 1 or j in entries:
                break
            line = self.lines[j]
            body = line.body.strip()
            if not body[:1].islower() or _bulleted(line) or self.heading_level(line) is not None or len(body) > 120:
                break
            title, k, added = f"{title.rstrip()} {body}", j + 1, added + 1
        return title

    def _with_nested_items(self, run: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
        """An entry that ends with a colon and lists sub-items indented under it ("14h30 : Retours
        d'expérience :" / "  - Titre A (Organisation) ;" / "  - Titre B") gives the sessions by
        those items; the entry itself only groups them."""
        def indent(line: Line) -> int:
            return line.body_start - line.start
        out = []
        for n, entry in enumerate(run):
            i, title = entry[0], entry[2]
            stop = run[n + 1][0] if n + 1 < len(run) else min(len(self.lines), i + 12)
            subs = []
            if title.rstrip().endswith(":"):
                for k in range(i + 1, stop):
                    line = self.lines[k]
                    body = line.body.strip()
                    if not body:
                        continue
                    if not _bulleted(line) or indent(line) <= indent(self.lines[i]):
                        break
                    if parse_item(body, mixed_ok=True) is None:
                        subs.append((k, line.body_start, body.rstrip(" ;.,"), []))
            out.extend(subs or [entry])
        return out

    def _with_parallel_rooms(self, run: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
        """A timetable whose slots name their room ("10:00 Amphi A Titre") lists the sessions held
        at the same time in other rooms on the lines below, without the time ("Amphi B Titre"):
        those lines are entries of the timetable too."""
        def room(text: str) -> bool:
            words = normalise(text).split()
            return len(words) > 3 and words[0] in _normalised_set("place_words")
        if not any(room(title) for _, _, title, _ in run):
            return run
        taken = {i for i, *_ in run}
        out = list(run)
        for k in range(run[0][0] + 1, min(len(self.lines), run[-1][0] + int(_lex()["timetable_max_gap"]))):
            line = self.lines[k]
            if k not in taken and room(line.body) and SLOT_TIME.match(line.body) is None:
                out.append((k, line.body_start + len(line.body) - len(line.body.lstrip()), line.body.strip(), []))
        return sorted(out)

    def _titles_of_times(self, alone: list[int]) -> list[tuple[int, int, str, list[str]]]:
        """Times written alone on their line, the title of their slot on the line above
        ("Mot de bienvenue" / "8:15 – 9:40" / a description) or below ("9h30" /
        "Table ronde"): the side where a short title stands, the same for the whole document
        (above when both could be)."""
        times = set(alone)

        def title_at(k: int | None) -> bool:
            return k is not None and k not in times and self._heading_like(self.lines[k]) \
                and SLOT_TIME.match(self.lines[k].body) is None and not _programme_intro(self.lines[k].body)
        sides = []
        for i in alone:
            above, below = self.previous_content(i - 1), self.next_content(i + 1)
            sides.append((above if title_at(above) else None, below if title_at(below) else None))
        above_only = sum(1 for a, b in sides if a is not None and b is None)
        below_only = sum(1 for a, b in sides if b is not None and a is None)
        out = []
        for a, b in sides:
            k = (b if b is not None else a) if below_only > above_only else (a if a is not None else b)
            if k is not None:
                line = self.lines[k]
                out.append((k, line.body_start + len(line.body) - len(line.body.lstrip()), line.body.strip(), []))
        return out

    def previous_content(self, i: int) -> int | None:
        for j in range(i, max(-1, i - 3), -1):
            if self.lines[j].body.strip():
                return j
        return None

    def _heading_runs(self, taken: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
        """The sub-headings of a programme heading ("## Programme" then "### Ouverture",
        "### Table ronde : ..."), up to the next heading of its level: each names a session (two
        at least)."""
        index = {line.body_start: i for i, line in enumerate(self.lines)}
        index.update({line.start: i for i, line in enumerate(self.lines)})
        heads = sorted(self.doc.headings, key=lambda h: h.offset)
        runs = []
        for n, h in enumerate(heads):
            if not _programme_intro(h.text):
                continue
            run = []
            for sub in heads[n + 1:]:
                if sub.level <= h.level:
                    break
                i = index.get(sub.offset)
                if i is None or i in taken:
                    continue
                line = self.lines[i]
                body = line.body.strip()
                t = SLOT_TIME.match(body)
                title = body[t.end():] if t else body
                first = normalise(title).split()[:1]
                if title and not _programme_intro(title) and parse_item(title, mixed_ok=True) is None \
                        and not (first and first[0] in _normalised_set("practical_labels")):
                    run.append((i, line.body_start + len(line.body) - len(line.body.lstrip()) + (t.end() if t else 0),
                                title, []))
            if len(run) >= 2:
                runs.append(run)
        return runs

    def _listed_runs(self, timed: set[int]) -> list[list[tuple[int, int, str, list[str]]]]:
        runs = []
        i = 0
        while i < len(self.lines):
            body = self.lines[i].body.strip()
            if not body or _bulleted(self.lines[i]) or not _programme_intro(body):
                i += 1
                continue
            found, j = list_after(self.lines, i + 1, self.heading_level,
                                  lambda ln: _bulleted(ln) or bool(_cells(ln.body.strip())))
            run = []
            for k in found:
                nxt = self.lines[k]
                text = nxt.body.strip()
                row = _cells(text)
                if row and k not in timed:
                    # a table row of the programme: its first cell the session, the others its speakers
                    title = row[0][1]
                    if len(row) >= 2 and not _header_row(row) and re.search(r"[^\W\d_]{3}", title) \
                            and parse_item(title, mixed_ok=True) is None:
                        run.append((k, nxt.body_start + row[0][0], title, [c for _, c in row[1:]]))
                elif k not in timed and (item := session_item_title(text, SLOT_TIME)):
                    title, t = item
                    run.append((k, nxt.body_start + (len(nxt.body) - len(nxt.body.lstrip())) + (t.end() if t else 0),
                                title, []))
            if len(run) >= 2:
                runs.append(run)
            i = j
        return runs

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
            if self.heading_level(line) is not None or j in self.slots:
                break         # a heading, or the next entry of a programme list
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
            pair = self.name_and_role(j) if blank <= 1 else None
            if pair is not None:
                item, last = pair
                item.start, item.end = line.body_start, self.end_of(self.lines[last])
                items.append(item)
                started, blank, end, last_bulleted = True, 0, item.end, False
                j = last + 1
                continue
            if blank and started and not bulleted:
                break
            item = parse_item(body, bare_ok=bulleted, mixed_ok=bulleted)
            found = [item] if item is not None else lead_items(body)
            if not found:
                break
            last_bulleted = bulleted
            for item in found:
                item.start, item.end = line.body_start, self.end_of(line)
            items.extend(found)
            started, blank, end = True, 0, self.end_of(line)
            j += 1
        return items, hosts, end, j, labelled

    def slot_header(self, slot: Slot) -> tuple[Header, int, bool] | None:
        """A programme entry without a session word as a session line: its type from the words
        it holds ("ateliers test de X" is a workshop, else "other"), the people its title
        announces ("ouverture par A (X) et B (Y)", "Table ronde animée par C") and those of the
        other cells of its table row."""
        title = " ".join(slot.title.split())
        if not title:
            return None
        people: list[Item] = []
        host = _host_line(title) if _host_match(_f(title)) else None
        if host is not None:
            people.extend(host.people)
        else:
            people.extend(lead_items(title[:1].upper() + title[1:]))
        for cell in slot.cells:
            # a cell names people when each has a role, an organisation, capitals or an honorific
            # ("Léa Roy (Agence)", "Paul DUMAS"); "Grand Valbrune" alone in a cell is a place
            found = inline_items(cell)
            if found and all(it.role or it.organization or _confirmed(it) for it in found):
                people.extend(found)
        header = Header(item_type(title), None, title, _word_set(title), _words(title),
                        host=host, people=people)
        return header, slot.start, True

    def name_and_role(self, j: int) -> tuple[Item, int] | None:
        """A slide's layout: a name alone on line ``j`` ("Camille ROCHE", "JEAN DUPUIS"), its role
        on the next line ("Directrice de la médiation, Département du Nord"), maybe its
        organisation on the line after. -> (the item, index of its last line), else None."""
        body = self.lines[j].body.strip().strip("*_ ")
        if not body or j + 1 >= len(self.lines) or _label_of(body) is not None:
            return None
        name = parse_name(body, allow_mixed=True, caps_ok=True)
        if name is None:
            return None
        details, last = [], j
        for k in (j + 1, j + 2):
            if k >= len(self.lines):
                break
            nxt = self.lines[k]
            text = nxt.body.strip().strip("*_ ")
            if (not text or self.heading_level(nxt) is not None or _line_header(nxt) or _label_of(text) is not None
                    or parse_name(text, allow_mixed=True, caps_ok=True) or parse_item(text) or len(text) > 160):
                break
            if not (_starts_with_role(text) if not details else _looks_like_org(text)):
                break
            details.append(text)
            last = k
        if not details:
            return None
        role, org = split_role_org(", ".join(details))
        return Item([name], role, org, raw=body), last

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
        return parse_item(body) is None and not lead_items(body)

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
            slot = self.slots.get(i)
            if (not found or found[0].host_only) and slot is not None:
                found = self.slot_header(slot)
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
            if slot is not None and not items and not hosts and is_break(header.title):
                continue       # "12h30 - Déjeuner": a break, no session
            if slot is not None and slot.next_start is not None:
                # a timetable entry runs to the next one (people written in prose between them)
                end = max(end or 0, trimmed_span(self.text, line.start, slot.next_start)[1])
            occ = Occurrence(start, max(end or 0, self.end_of(line)), header, header.words, header.title,
                             items, hosts, rank, level, slot)
            occs.append(occ)
            by_line[i] = occ
            consumed.update(range(i, j))
        # "Intervenants :" labels under a heading that is not a session line ("L'EAU AU CŒUR DES TERRITOIRES"),
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
