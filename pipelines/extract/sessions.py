"""The sessions of a programme: occurrences of one session merged, their types, titles and spans;
and, when no session line is found, the sessions of a plain programme list."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from ..document import Document
from ..document.manifest import slugify
from .lines import trimmed_span
from .names import normalise
from .programme_layout import _bulleted, bulleted_items, continues_item
from .programme_lines import _label_of, parse_item
from .programme_reader import Occurrence, _Reader
from .programme_timetable import item_type
from .programme_vocabulary import _normalised_set, _word_set, _words
from .people_talk_lines import talk_line_titles, talks_after_speakers, talks_over_speaker_lines, talks_over_speakers
from .session_carded_headings import carded_headings
from .session_deck import deck_presenter, deck_talk, talk_page, titled_session_report
from .session_event_itself import other_than_the_event
from .session_inline_slots import _inline_slots
from .session_kind_lines import timed_titles_with_kind
from .session_labelled_lines import labelled_title_lines
from .session_slot_speakers import credited_at_end
from .session_numbered_parts import numbered_parts
from .session_assembly_items import assembly_items
from .session_room_heads import room_headed_titles
from .session_place_slots import place_only_title
from .session_nested_slots import nested_slot_meetings
from .session_announced_slots import announced_timed_slots
from .session_contents_credits import contents_with_credits
from .session_counted_moments import counted_moments
from .session_self_named import self_named_subheads
from .session_hosted_lines import hosted_session_lines
from .session_counted_lines import counted_title_lines
from .session_credit_lines import credited_title_lines
from .session_credited_slots import credited_timed_lines
from .session_opening_heads import opening_head_lines
from .session_trailing_times import trailing_time_lines
from .session_poster import captioned_titles
from .session_quoted_list import quoted_programme_list
from .session_credited_list import credit_items, credited_talk_list
from .session_credited_headings import credited_headings
from .session_inline_agenda import inline_agenda
from .session_inline_timed import inline_timed_agenda
from .session_timed_clauses import timed_clauses
from .session_dated_lines import dated_lines
from .session_narrated import narrated_sessions
from .session_numbered_grid import credited_names, numbered_grid_cells
from .session_room_lines import room_cells
from .session_single_mention import single_mention_session
from .session_plain_lists import _listed_sessions, agenda_run_lines
from .session_programme_lists import rest_of_programme_list
from .session_announced_run import announced_run_lines
from .session_topics import _sessions_on_topics
from .session_prose import (_programme_of_one_session, _prose_sessions, _sessions_by_ordinal, _sessions_people_took_part_in,
                            _sessions_run_by)


# =========================================================================== sessions
@dataclass
class _Cluster:
    type: str
    number: str | None
    words: set[str]
    occs: list[Occurrence] = field(default_factory=list)
    runs: set[int] = field(default_factory=set)      # the programme lists its occurrences are entries of

    def add(self, occ: Occurrence) -> None:
        self.occs.append(occ)
        if occ.slot is not None:
            self.runs.add(occ.slot.run)
        self.words |= occ.words
        if occ.header and occ.header.number and not self.number:
            self.number = occ.header.number

    def keys(self) -> set[str]:
        """The people of its occurrences (computed again only when an occurrence was added)."""
        cached = getattr(self, "_keys", None)
        if cached is None or cached[0] != len(self.occs):
            cached = (len(self.occs), set().union(*(o.keys() for o in self.occs)) if self.occs else set())
            self._keys = cached
        return cached[1]


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
            if o.slot is not None and o.slot.run in c.runs:
                continue      # two entries of one timetable are two sessions
            if h.number and c.number:
                score = 2.0 if h.number == c.number else 0.0
            elif o.slot is not None and min(len(o.words), len(c.words)) < 2 \
                    and all(x.slot is not None for x in c.occs) and o.words != c.words:
                # entries of two programme lists, one titled by a single word of its own ("Valbois,
                # c'est quoi ?"): that word in the other entry's title makes it no mention of the
                # same session
                score = 0.0
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
        if o.slot is not None:
            same = [c for c in same if o.slot.run not in c.runs]     # two entries of one timetable
        if len(same) == 1:
            same[0].add(o)
        elif not same and (o.entry or o.section or o.slot is not None):
            # "10h00 Table ronde": a session word alone, an entry of a timetable
            c = _Cluster(o.header.type, None, set())
            c.add(o)
            clusters.append(c)
        elif same and o.items:
            scored = sorted(((_jaccard(o.keys(), c.keys()), i) for i, c in enumerate(same)), reverse=True)
            if scored[0][0] >= 0.5:
                same[scored[0][1]].add(o)
        elif same and o.rank == 2 and re.match(r"(?:l[ae]\s|l['’]\s*)", o.header.title or "", re.I):
            # a document heading naming one session by its word and article ("## L'atelier
            # libre"): a session of its own, not a mention of one of the other sessions of its type
            c = _Cluster(o.header.type, None, set())
            c.add(o)
            clusters.append(c)
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


def _presenter_items(doc: Document, title: str, start: int) -> list:
    """The speaker of a deck's talk: the person its title slide names."""
    if (title, start) not in {(t, s) for t, s, _ in deck_talk(doc)}:
        return []
    presenter = deck_presenter(doc)
    item = parse_item(presenter[0], bare_ok=True, mixed_ok=True) if presenter else None
    if item is None:
        return []
    return [dataclasses.replace(item, start=presenter[1], end=presenter[1] + len(presenter[0]))]


def _sessions(doc: Document, reader: _Reader, event_name: str | None = None) -> list[_Session]:
    clusters = _cluster(other_than_the_event(reader.occurrences(), event_name))
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
        title = " ".join(best.title.split())
        title = place_only_title(doc.text, title, best.start) or title   # "À 19h, à la salle X :" over the activity
        out.append(_Session(c, c.type, title, host, entry.start, entry.start, entry.end, section, slug))
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
# The sessions of a plain programme list (_listed_sessions) are read in session_plain_lists.py.
_item_type = item_type


def _bulleted_at(reader: _Reader, offset: int) -> bool:
    """Is ``offset`` inside a list item (its bulleted line, or a next line of its list_item block)?"""
    starts = reader.line_starts
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and (_bulleted(reader.lines[i]) or continues_item(reader.lines[i]))


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


def _plain_session(title: str, start: int, end: int, kind: str | None = None, items=()) -> _Session:
    kind = kind or _item_type(title)
    words = _word_set(title)
    occ = Occurrence(start, end, None, words, title, items=list(items))
    cluster = _Cluster(kind, None, set(words))
    cluster.add(occ)
    id_words = _words(title)
    slug = f"{kind}-{slugify(' '.join(id_words[:6]))}" if id_words else kind
    return _Session(cluster, kind, title, None, start, start, end, None, slug)


def with_credited_headings(doc: Document, found: list[_Session]) -> list[_Session]:
    """The talks a write-up heads with who gave them ("Titre -- Prénom Nom", "Titre, Prénom Nom", a
    "par Prénom Nom" sub-heading: ``credited_headings``) as sessions, each with its speakers; a
    session found at such a heading, or of its title, is that talk read without its speakers and
    gives way."""
    heads = credited_headings(doc)
    if not heads:
        return found
    kept = [s for s in found if not any(
        items[0].start <= s.entry_start <= items[0].end or _overlap(_word_set(title), _word_set(s.title)) >= 0.6
        for title, _, _, items in heads)]
    talks = [_plain_session(title, start, end, items=items) for title, start, end, items in heads]
    return sorted(kept + talks, key=lambda s: s.entry_start)


def with_grid_cells(doc: Document, found: list[_Session]) -> list[_Session]:
    """The numbered cells of a timetable grid (``numbered_grid_cells``), or else the cells that name
    their room first (``room_cells``), as sessions, each with who gives it after its slash; a session found at a cell's lines, or of the same title, is that cell
    read in pieces and gives way, and so does a line opening on a slash (the credit of a cell above it)."""
    cells = numbered_grid_cells(doc.text) or [(title, start, end, kind, "") for title, start, end, kind in room_cells(doc.text)]
    if not cells:
        return found
    kept = [s for s in found if not s.title.startswith("/") and not any(start <= s.entry_start < end or _overlap(_word_set(title), _word_set(s.title)) >= 0.6
                                        for title, start, end, _, _ in cells)]
    grid = [_plain_session(title, start, end, kind, credited_names(who))
            for title, start, end, kind, who in cells]
    return sorted(kept + grid, key=lambda s: s.entry_start)


def _more_heading_sessions(doc: Document, found: list[_Session], people_at: list[tuple[int, int]],
                           reader: _Reader | None = None) -> list[_Session]:
    """The sessions of ``found`` and the headings of a report whose section names who runs the
    session and lists a speaker (``_heading_sessions``), and the other readers' sessions (the
    talks a list credits, those the prose narrates...) that are not one of them, in text order."""
    extra = [_plain_session(title, start, end) for title, start, end in _heading_sessions(doc, people_at)
             if not any(_overlap(_word_set(title), _word_set(s.title)) >= 0.6 or start <= s.entry_start < end
                        for s in found)]
    # "une séance plénière de clôture présidée par Prénom Nom": a session the prose names with who
    # runs it, besides those of the programme list (none of theirs, none inside one's span)
    extra += [_plain_session(title, start, end, kind) for title, start, end, kind in _sessions_run_by(doc)
              if not any(_overlap(_word_set(title), _word_set(s.title)) >= 0.6 or s.start <= start < s.end
                         for s in found + extra)]
    if reader is not None:
        extra += [_plain_session(title, start, end, kind) for title, start, end, kind in
                  _new_self_named(reader, [(s.title, s.start, s.end) for s in found + extra])]
        extra += [_plain_session(title, start, end) for title, start, end in
                  rest_of_programme_list(reader, [s.entry_start for s in found])
                  if not any(start <= s.entry_start < end or s.start <= start < s.end for s in found + extra)]
        # an agenda no heading announces, around a session found at one of its lines
        extra += [_plain_session(title, start, end) for title, start, end in agenda_run_lines(reader)
                  if not any(start <= s.entry_start < end or s.start <= start < s.end for s in found + extra)]
        # "... Au programme de la soirée :" / "Visite du moulin, qui ..." / "Concert de ...": the
        # plain lines a paragraph's last sentence announces
        extra += [_plain_session(title, start, end) for title, start, end in announced_run_lines(reader)
                  if not any(start <= s.entry_start < end or s.start <= start < s.end for s in found + extra)]
    if reader is not None:
        # "• Titre" / "Prénom Nom, Organisation": the talks of a list, each with who gives it (a
        # session found at the talk's line, naming nobody, is given its speaker)
        talks = talks_over_speakers(reader) + talks_over_speaker_lines(reader)
        for s in found:
            item = next((it for _, start, _, it in talks if start == s.entry_start), None)
            if item is not None and not any(o.items for o in s.cluster.occs):
                s.cluster.occs[0].items.append(item)
        extra += [_plain_session(title, start, end, items=[item]) for title, start, end, item in talks
                  if not any(start <= s.entry_start < end or s.start <= start < s.end for s in found + extra)]
    # "Conférences" / "- Titre par Prénom Nom : description": the talks a list credits
    extra += [_plain_session(title, start, end, kind, credit_items(doc, start, end))
              for title, start, end, kind in credited_talk_list(doc)
              if not any(start <= s.entry_start < end or s.start <= start < s.end for s in found + extra)]
    # "La journée s'est poursuivie avec la conférence de X": a session the report narrates
    extra += [_plain_session(title, start, end, kind) for title, start, end, kind in narrated_sessions(doc.text)
              if not any(_overlap(_word_set(title), _word_set(s.title)) >= 0.6 or s.start <= start < s.end
                         for s in found + extra)]
    return sorted(found + extra, key=lambda s: s.entry_start) if extra else found


def _new_self_named(reader: _Reader, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int, str]]:
    """"Regards sur la forêt" / "... Cette table ronde a réuni ...": the subheads their paragraph calls a
    session (``self_named_subheads``), and the lines a line counting sessions names ("les deux
    débats" and two title lines, ``counted_title_lines``), and the titles a line "par" and a name
    follow (``credited_title_lines``), the lines that put their time last ("Ouverture | 9h30",
    ``trailing_time_lines``), the opening lines naming who gives them (``opening_head_lines``);
    none of ``found`` (title, start, end) nor inside one's span."""
    return [(title, start, end, kind) for title, start, end, kind in self_named_subheads(reader) + counted_title_lines(reader)
                                              + credited_title_lines(reader) + trailing_time_lines(reader)
                                              + opening_head_lines(reader)
            if not any(_overlap(_word_set(title), _word_set(t)) >= 0.6 or start <= s < end or s <= start < e
                       for t, s, e in found)]


# The readers of a document whose sessions no programme list nor report heading gives, in the
# order they are tried: each (document, reader) -> [(title, start, end, type)].
_PROSE_READERS = (
    lambda doc, reader: numbered_parts(reader),
    lambda doc, reader: assembly_items(doc.text, reader),
    lambda doc, reader: room_headed_titles(reader),
    lambda doc, reader: timed_titles_with_kind(reader),
    lambda doc, reader: inline_agenda(doc),
    lambda doc, reader: inline_timed_agenda(doc),
    lambda doc, reader: carded_headings(doc),
    lambda doc, reader: _inline_slots(doc),
    lambda doc, reader: _programme_of_one_session(reader),
    lambda doc, reader: [(t, start, end, "other") for t, start, end in deck_talk(doc) or captioned_titles(reader)],
    lambda doc, reader: talk_page(doc),
    lambda doc, reader: titled_session_report(doc),
    lambda doc, reader: quoted_programme_list(doc),
    lambda doc, reader: announced_timed_slots(reader),
    lambda doc, reader: credited_timed_lines(reader),
    lambda doc, reader: contents_with_credits(doc),
    lambda doc, reader: counted_moments(doc),
    lambda doc, reader: _prose_sessions(doc),
    lambda doc, reader: _sessions_by_ordinal(doc),
    lambda doc, reader: _sessions_run_by(doc),
    lambda doc, reader: hosted_session_lines(doc),
    lambda doc, reader: _sessions_people_took_part_in(doc),
    lambda doc, reader: _sessions_on_topics(doc),
    lambda doc, reader: timed_clauses(doc),
    lambda doc, reader: dated_lines(doc),
    lambda doc, reader: single_mention_session(doc),
)


def _fallback_sessions(doc: Document, reader: _Reader, people_at: list[tuple[int, int]]) -> list[_Session]:
    """Sessions from plain programme lists (see ``_listed_sessions``) and from the headings of a
    report whose section names speakers (``_heading_sessions``); when there are none, the
    programme of one session, the talk of a slide deck, the titles in capitals of a poster, the
    talk of a web page about one talk (``talk_page``), the session a page reports on under its
    title (``titled_session_report``), the sessions the prose names by a quoted title, or those people took part in. Each its own cluster."""
    out: list[_Session] = []
    listed = _listed_sessions(reader)
    # a list of talks "• Prénom Nom : titre": each talk a session, titled after the colon
    listed += [t for t in talk_line_titles(bulleted_items(reader)) if not any(s <= t[1] < e for _, s, e in listed)]
    # ... and "• Titre" / "Prénom Nom, Organisation": its title over who gives it
    # ... and "Prénom Nom, rôle, Organisation : « Titre »": who gives it, then its quoted title
    talks = talks_over_speakers(reader) + talks_over_speaker_lines(reader) + talks_after_speakers(reader)
    speaker_of = {start: item for _, start, _, item in talks}
    listed += [(title, start, end) for title, start, end, _ in talks if not any(s <= start < e for _, s, e in listed)]
    # ... and an agenda no heading announces: "Présentation de X" / "Témoignage de Y" / "Temps d'échanges"
    listed += [t for t in agenda_run_lines(reader) if not any(s <= t[1] < e for _, s, e in listed)]
    # ... and "Au programme de la soirée :" closing a paragraph, over "Visite de X, qui ..." lines
    listed += [t for t in announced_run_lines(reader) if not any(s <= t[1] < e for _, s, e in listed)]
    # ... and "Conférences" / "- Titre avec Prénom Nom (Rôle) : description": the talks a list credits
    credited = credited_talk_list(doc)
    listed += [(title, start, end) for title, start, end, _ in credited
               if not any(s <= start < e or start <= s < end for _, s, e in listed)]
    credits_of = {start: credit_items(doc, start, end) for _, start, end, _ in credited}
    # ... and "• 9h : début des travaux" over indented "• Réunion des X à la salle Y, rue Z" bullets:
    # the meetings held in parallel at that time
    listed += [t for t in nested_slot_meetings(doc.text) if not any(s <= t[1] < e for _, s, e in listed)]
    # ... and "KEYNOTE. Titre" / "Atelier. Titre": talks a report labels with their track or format
    labelled = [t for t in labelled_title_lines(reader) if not any(s <= t[1] < e for _, s, e in listed)]
    listed += [(title, start, end) for title, start, end, _ in labelled]
    listed.sort(key=lambda t: t[1])
    found = listed + [h for h in _heading_sessions(doc, people_at)
                      if not any(_overlap(_word_set(h[0]), _word_set(t)) >= 0.6 for t, _, _ in listed)]
    named = _new_self_named(reader, found)
    found += [(t, start, end) for t, start, end, _ in named]
    prose = []
    if not found:
        # the first of these readers that finds sessions gives them
        prose = next((got for read in _PROSE_READERS if (got := read(doc, reader))), [])
    # "La journée s'est poursuivie avec la conférence de X": a session the report narrates
    prose = prose + [(title, start, end, kind) for title, start, end, kind in narrated_sessions(doc.text)
                     if not any(_overlap(_word_set(title), _word_set(t)) >= 0.6 or s <= start < e
                                for t, s, e, _ in prose) and not any(s <= start < e for _, s, e in found)]
    found += [(title, start, end) for title, start, end, _ in prose]
    prose_kinds = {(title, start): kind for title, start, _, kind in prose + named}
    prose_kinds |= {(title, start): kind for title, start, _, kind in credited if kind != "other"}
    prose_kinds |= {(title, start): kind for title, start, _, kind in labelled if kind != "other"}
    found.sort(key=lambda t: t[1])
    for title, start, end in found:
        kind = prose_kinds.get((title, start)) or _item_type(title)
        title = place_only_title(doc.text, title, start) or title   # "À 19h, à la salle X :" over the activity
        title, credited = credited_at_end(title)
        words = _word_set(title)
        occ = Occurrence(start, end, None, words, title,
                         items=_presenter_items(doc, title, start) or credited
                         or ([speaker_of[start]] if start in speaker_of else credits_of.get(start, [])))
        cluster = _Cluster(kind, None, set(words), [occ])
        id_words = _words(title)
        slug = f"{kind}-{slugify(' '.join(id_words[:6]))}" if id_words else kind
        out.append(_Session(cluster, kind, title, None, start, start, end, None, slug))
    return out
