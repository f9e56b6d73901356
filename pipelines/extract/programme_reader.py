"""A document read as a programme: the session lines, speaker lists and labels it holds, in text
order (occurrences), for the sessions and people passes."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..document import Document
from .lines import trimmed_span
from .names import parse_name
from .programme_layout import _CONNECTIVE_END, ProgrammeText, _bulleted
from .programme_lines import (Header, _host_line, _host_match, _label_of, _line_header, inline_items, lead_items,
                              parse_header, parse_item)
from .speaker_item import Item, _confirmed
from .programme_announced import _round_kind, group_kind
from .programme_lists import QUESTION_MAX_WORDS, Slot, programme_slots
from .programme_roles import _SEPARATOR, _looks_like_org, split_role_org
from .programme_timetable import is_break, is_day, item_type, slot_time
from .session_lead_titles import lead_sentence_title
from .session_slot_speakers import credited_at_end, names_after_dash, names_after_title, speaker_then_quoted_title, trailing_speakers
from .programme_vocabulary import _f, _starts_with_role, _word_set, _words


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


def _same_shape(prev: Item, item: Item) -> bool:
    """Whether a person's line after a blank line is written as the one before it: one person, a
    role or an organisation after the name, as in "A - rôle" / blank / "B - rôle" (paragraphs of
    a web page each holding one speaker)."""
    return len(prev.people) == len(item.people) == 1 and bool(item.role or item.organization) \
        and bool(prev.role or prev.organization)


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


def _plain_speaker_line(body: str) -> Item | None:
    """A plain line right under a session line (or under its speaker before it) that names one
    person with their organisation or role after a comma, the family name in lower case:
    "Paule Durand, Université de Kerval" under "10h00 : Les haies du bocage" (read when two timed
    talks at least are so followed, ``_Reader.plain_speakers``)."""
    if len(body) > 160 or not re.match(r"[^,–—(]+,", body):
        return None           # the name closed by a comma (a dash is round 280's credit line)
    item = parse_item(body, mixed_ok=True)
    if item is None or len(item.people) != 1 or not (item.role or item.organization):
        return None
    return item


class _Reader(ProgrammeText):
    def __init__(self, doc: Document):
        super().__init__(doc)
        self.slots = programme_slots(self)

    @cached_property
    def plain_speakers(self) -> bool:
        """Whether speakers stand on plain lines under the timed talks (``_plain_speaker_line``):
        two talks at least so written (one such line alone may be anything); read when first asked."""
        return sum(1 for i in self.slots if i + 1 < len(self.lines) and not _bulleted(self.lines[i + 1])
                   and _plain_speaker_line(self.lines[i + 1].body.strip()) is not None) >= 2

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

    # ------------------------------------------------------------------ lists
    def collect(self, j: int, first: list[Item] | None = None,
                absorb_labels: bool = False, announced: bool = False) -> tuple[list[Item], list[str], int | None, int, bool]:
        """The items (and host lines) of a list starting at line ``j``; under a session line, an
        "Intervenants :" / "Avec :" label and its list belong to the session too. Under a session
        line that ends with a colon ("Débat présidé par X, avec :"), a host line after a
        blank line still belongs to it.
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
            if (not started or bulleted or not blank or announced) and _host_match(_f(body)) \
                    and parse_item(body, bare_ok=bulleted, mixed_ok=bulleted) is None:
                host = _host_line(body)
            announced = False
            if host is not None:
                announced = body.endswith(":")      # "... présidé par X, avec :" announces more
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
                       and parse_item(body, bare_ok=True, mixed_ok=True) is None) \
                or (last_bulleted and items and self.same_item(j - 1, j))
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
            item = parse_item(body, bare_ok=bulleted, mixed_ok=bulleted)
            # a plain line right under a plain session line: "Paule Durand, Université de Kerval"
            if item is None and not bulleted and not blank and not _bulleted(self.lines[j - 1]) and self.plain_speakers:
                item = _plain_speaker_line(body)
            if blank and started and not bulleted and not (blank == 1 and item is not None and _same_shape(items[-1], item)):
                break
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
        quoted = speaker_then_quoted_title(title) if host is None else None
        if quoted is not None:
            # "NOM Prénom. “Titre.”": the speaker written first, the talk's title in quotes
            people.append(quoted[0])
            title = quoted[1]
        elif host is not None:
            people.extend(host.people)
        elif (credited := credited_at_end(title))[1]:
            # "Titre : description, par A et B": the title before the comma, A and B give it
            title = credited[0]
            people.extend(credited[1])
        else:
            # "Ouverture par A (X)"; a long title closed by a dash: "Titre ... - par A et B, rôle"
            people.extend(lead_items(title[:1].upper() + title[1:]) or trailing_speakers(title))
            named = (names_after_title(title) or names_after_dash(title)) if not people else None
            if named is not None:
                # "Titre. Prénom Nom, Prénom Nom et Prénom Nom.": the names after the title's last stop
                people.extend(named[0])
                title = named[1]
        for cell in slot.cells:
            # a cell names people when each has a role, an organisation, capitals or an honorific
            # ("Léa Roy (Agence)", "Paul DUMAS"); "Grand Valbrune" alone in a cell is a place
            found = inline_items(cell)
            if found and all(it.role or it.organization or _confirmed(it) for it in found):
                people.extend(found)
        words = _word_set(title)
        bare = parse_header(title[:1].upper() + title[1:]) if not people and host is None else None
        if bare is not None and not bare.words and not bare.number:
            words = frozenset()     # "10h : débat", its kind alone: the title may stand on the line below
        header = Header(slot.kind or item_type(title), None, title, words, _words(title),
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

    # ------------------------------------------------------------------ all occurrences
    def title_below(self, i: int) -> tuple[int, str] | None:
        """The title of a session line that holds only its session word and number ("Table ronde
        n°3", "ATELIER 2"): the line right below it, when that line reads as a title (short,
        capitalised, no sentence, no person, label, time or session line of its own), joined to a
        next line in lower case that the layout cut it into ("Les jardins partagés dans" / "les quartiers
        pour tous ?"), also one blank line below ("atelier 1" / "" / "Comment associer ... ?").
        -> (index of its last line, the title), else None."""
        k = i + 1
        if k < len(self.lines) and not self.lines[k].body.strip():
            k = self.next_content(k) if self.next_content(k) is not None and self.next_content(k) - i <= 2 else k
        if k >= len(self.lines) or k in self.slots:
            return None
        line = self.lines[k]
        body = line.body.strip().strip(" |").strip()
        person = parse_item(body, mixed_ok=True)
        if person is not None and person.people and (person.role or person.organization):
            return None         # "Prénom Nom, président de X": who speaks, not the title
        # a session line that ends with a colon ("Table ronde 2 :") announces its title below,
        # which may hold a colon of its own ("Les haies : un patrimoine à entretenir") and open on a
        # year ("2012, année de la grande cause : bilan")
        announced = self.lines[i].body.rstrip().endswith(":") and (body[:1].isupper() or body[:1].isdigit()) \
            and ":" in body \
            and len(body) <= 120 and not body.endswith((".", ",", ";", "!")) and parse_item(body) is None
        # a title in two parts around a colon, the first of three words at least, as no label is
        # ("Les jardins partagés : quel bilan ?"), titles a bare session line as well
        announced = announced or (body[:1].isupper() and len(body.split(":", 1)[0].split()) >= 3
                                  and len(body) <= 120 and not body.endswith((".", ",", ";", "!", ":"))
                                  and parse_item(body) is None and _heading_like_but_colon(self, line))
        # a question titles it, however long ("Comment associer les habitants ... aux projets du quartier ?")
        announced = announced or (body[:1].isupper() and body.endswith("?") and len(body.split()) <= QUESTION_MAX_WORDS
                                  and parse_item(body) is None)
        if (not body or not (self._heading_like(line) or announced) or _line_header(line) or _label_of(body) is not None
                or slot_time().match(body) or is_day(body) or is_break(body)):
            # "11h Plénière" / "Les haies : quel avenir ? Depuis vingt ans, ...": the description's first sentence
            lead = lead_sentence_title(body) if i in self.slots and body and not slot_time().match(body) \
                and _label_of(body) is None else None
            return (k, lead) if lead else None
        nxt = self.lines[k + 1] if k + 1 < len(self.lines) else None
        rest = nxt.body.strip().strip(" |").strip() if nxt is not None else ""
        if rest[:1].islower() and not _bulleted(nxt) and len(rest) <= 120 and not body.endswith(("?", "!")):
            return k + 1, f"{body} {rest}"
        return k, body

    def quoted_title_after_host(self, i: int) -> tuple[int, int, str] | None:
        """The title of a session line that holds only its session word and number, written below
        the line naming who chairs it ("Table ronde n°3" / "présidée par Prénom Nom, rôle" /
        "« Les haies : un patrimoine à entretenir »"): a line wholly between quotation marks, one
        blank line apart at most. -> (index of the host line, index of the title line, the
        title), else None."""
        k = self.next_content(i + 1)
        if k is None or k - i > 2 or k in self.slots:
            return None
        body = self.lines[k].body.strip()
        if len(body) > 200 or _host_line(body) is None or parse_item(body, bare_ok=True, mixed_ok=True) is not None:
            return None
        t = self.next_content(k + 1)
        if t is None or t - k > 2 or t in self.slots:
            return None
        title = self.lines[t].body.strip()
        if not re.fullmatch(r"[«“\"][^«»“”\"]{3,200}[»”\"]", title):
            return None
        return k, t, title

    def title_cut_below(self, i: int) -> tuple[int, str] | None:
        """The rest of a numbered session line's title that the layout cut over the next line
        ("Atelier 3 : Les haies" / "et les bosquets des bourgs"): a line right below in lower case,
        no bullet, no host or person, when the session line ends no sentence or clause."""
        k = i + 1
        if k >= len(self.lines) or k in self.slots or self.lines[i].body.rstrip().endswith((".", "!", "?", ":", ";", ",", ")")):
            return None
        line = self.lines[k]
        body = line.body.strip()
        if not body[:1].islower() or _bulleted(line) or len(body) > 120 or _host_match(_f(body)) \
                or parse_item(body) is not None or _line_header(line):
            return None
        return k, body

    def groups_sessions(self, i: int, kind: str) -> bool:
        """Does the programme entry on line ``i`` name sessions in the plural ("10h30 Ateliers en
        parallèle") whose own session lines follow it ("Atelier A : l'eau")?"""
        if group_kind(self.slots[i].title) != kind:
            return False
        k = self.next_content(i + 1)
        found = _line_header(self.lines[k]) if k is not None and k - i <= 2 else None
        return bool(found) and found[0].type == kind

    def opens_round(self, i: int) -> bool:
        """Does line ``i`` open a round of parallel sessions whose items follow it as entries of
        the programme ("### Seconde vague d'ateliers :" / "- Titre A" / "- Titre B")?"""
        kind = _round_kind(self.lines[i].body, self.heading_level(self.lines[i]) is not None)
        k = self.next_content(i + 1)
        return kind is not None and k is not None and k in self.slots and self.slots[k].kind == kind

    def people_after_description(self, j: int, stop: int) -> int | None:
        """The first line from ``j`` on, before offset ``stop`` (the next timetable entry), that
        names one person with a role or an organisation ("A - Vice-président du Club X") after
        lines of description that each end a sentence ("... des territoires ruraux !", "En
        sommes-nous sûrs ?"); None when another kind of line comes first."""
        described = False
        for k in range(j, len(self.lines)):
            line = self.lines[k]
            body = line.body.strip()
            if line.start >= stop or self.heading_level(line) is not None or k in self.slots:
                return None
            if not body:
                continue
            item = parse_item(body, bare_ok=False, mixed_ok=False)
            if item is not None:
                return k if described and len(item.people) == 1 and (item.role or item.organization) else None
            if not re.search(r"[.!?…»]\s*$", body) or _label_of(body) is not None:
                return None
            described = True
        return None

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
            if not found or found[0].host_only or self.opens_round(i):
                continue
            header, start, timed = found
            last = i
            # "Table ronde n°3" or a timed "10h00 : Table ronde" alone: its title on the line below
            below = self.title_below(i) if not header.words and not header.people and not header.host else None
            if below is not None and not header.number and slot is None:
                # a kind alone, no number nor time ("- Table ronde", "### Keynote"): titled by the
                # line below only when that line names nobody ("Odile MARZIN" gives the talk, not its title)
                below = None if parse_name(below[1].strip(" -–—•*")) is not None else below
            if below is None and header.number and header.words and not header.people and not header.host:
                below = self.title_cut_below(i)
            chair = None
            if below is None and header.number and not header.words and not header.people and not header.host:
                quoted = self.quoted_title_after_host(i)
                if quoted is not None:
                    # "Table ronde n°3" / "présidée par X" / "« Titre »": X chairs, the quoted line titles it
                    chair = _host_line(self.lines[quoted[0]].body.strip())
                    below = quoted[1], quoted[2]
            if below is not None:
                # "Table ronde n°3" / "Les jardins partagés": the line below titles the session
                last, text = below
                joint = " : " if self.lines[i].body.rstrip().endswith(":") and not header.title.rstrip().endswith(":") else " "
                header = dataclasses.replace(header, title=f"{header.title}{joint}{text}", words=_word_set(text))
            first = list(header.people)
            if header.host:
                first.extend(header.host.people)
            for it in first:
                it.start, it.end = start, self.end_of(line)
            if chair is not None:
                header = dataclasses.replace(header, host=chair)
                host_line = self.lines[self.next_content(i + 1)]
                for it in chair.people:
                    it.start, it.end = host_line.body_start, self.end_of(host_line)
                first.extend(chair.people)
            items, hosts, end, j, labelled = self.collect(last + 1, first, absorb_labels=True,
                                                          announced=self.lines[last].body.rstrip().endswith(":"))
            if not items and not hosts and slot is not None and slot.next_start is not None:
                # "15h30 : Titre" / a description in sentences / "A - rôle" / "B - rôle": the
                # entry's people after its description, before the next entry
                below = self.people_after_description(j, slot.next_start)
                if below is not None:
                    items, hosts, end, j, labelled = self.collect(below, None, absorb_labels=True)
            if header.host and header.host.organization:
                hosts.insert(0, header.host.organization)
            level = self.heading_level(line)
            # A session's own section: its heading on its own (blank line or page break around it,
            # no time before it), then "Intervenants :"; a timetable entry is not one.
            if labelled and self.opens(i) and self.closes(last) and not timed:
                rank = 3
            elif level is not None:
                rank = 2
            elif not items and not hosts and self.standalone(i):
                rank = 1
            else:
                rank = 0
            if slot is not None and not items and not hosts and is_break(header.title):
                continue       # "12h30 - Déjeuner": a break, no session
            if slot is not None and not items and not hosts and self.groups_sessions(i, header.type):
                continue       # "Ateliers en parallèle" above "Atelier A : ...": the sessions are below
            if slot is not None and slot.next_start is not None:
                # a timetable entry runs to the next one (people written in prose between them)
                end = max(end or 0, trimmed_span(self.text, line.start, slot.next_start)[1])
            occ = Occurrence(start, max(end or 0, self.end_of(self.lines[last])), header, header.words, header.title,
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



def _heading_like_but_colon(reader: "_Reader", line) -> bool:
    """Would the line read as a heading without its colon (short, capitalised, no sentence, person
    or list of people)?"""
    return reader._heading_like(dataclasses.replace(line, text=line.text.replace(":", " ")))

