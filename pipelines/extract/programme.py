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
- The entries of a programme list are session lines too, with or without a session word: the
  timed lines of a timetable (three at least: "9h30 - Ouverture", "[9h35–10h45] ...", a table
  row "9h30 | Ouverture | A, maire", a time alone above or below its title, a time after it
  "Ouverture – 9h30"; the other rooms of a slot, "Amphi B Titre"), the items and table rows
  under a programme heading ("Programme prévisionnel", "Déroulé"), the sub-headings of a
  programme heading, numbered parts ("Partie 2 - ..."); an entry ending with a colon gives the
  sessions by its indented items. Breaks ("Pause", "Déjeuner libre"), social moments ("Soirée
  au château"), rooms alone ("Amphi A") and days ("Jeudi 12 juin", "Matinée") are none unless
  they name a speaker; two entries of one list are two sessions, even a session word alone
  ("10h00 Table ronde"); a title cut over two lines by a PDF is joined. A time alone takes the
  title on the side where one stands, else the one written against it. Headings of days do not
  end a timetable. An entry in the plural above its sessions ("Ateliers en parallèle" /
  "Atelier A : ...") is none. A list announced by a plural ("Trois tables rondes :" / "- Titre")
  gives sessions of that type. A timetable a PDF read column by column (a line of times, the
  column "Sujet") gives as many sessions as times. "Table ronde n°1" alone takes the title on
  the line below.
- A speaker is also announced after a few words ("Introduction par X, Directrice de Y",
  "Intervention de M. X", "Par X, climatologue"), on the line below a name alone (a slide:
  name / role / organisation), in a table's column under a label ("Présentateur"); a name in
  capitals only ("JEAN DUPUIS") needs such a layout or a role after it.
- When no session line is found, a plain programme list gives the sessions: items under a
  programme heading, a timetable of three timed lines or more ("[8h15–9h00] ...", "11h20 – ..."),
  lettered items in order ("A. Titre. Organisation – Prénom NOM"); and so does a report's heading
  whose own text names who runs the session ("animée par") and lists a speaker, also next to
  other sessions. Without those: the title under "Programme de l'atelier", the talk of a
  slide deck (its first slide: the event, the title, the one speaker), the quoted titles of the
  prose ("une table ronde sur « ... »", "la deuxième partie portera sur « ... »"), the
  sessions a report names after who took part ("X a animé l'atelier Y"); before those, a report's
  numbered parts naming kinds of session ("1. Une table ronde sur ..." above its paragraph), a
  time alone / title / "Atelier proposé par X", headings each with a card giving a time ("Quand
  ? de 14h à 15h"), a quoted title that "sera le thème de la conférence". A document heading is
  read as a session line however long it is. A time alone in a table exported cell by cell
  ("9h30" / "|" / "Titre |") takes the cell below. A button's words ("S'inscrire à
  l'événement") and a line telling what a person did ("X a présenté Y.") are no session.
- People named in an attendance, contact or credit list ("Étaient présents :", "Contacts presse
  :") are not speakers; "M. Dupont a annoncé" is the person the document names in full
  elsewhere ("M. Jean Dupont"), when only one has that family name.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from ..findings import Finding
from ..document import Document
from ..document.manifest import slugify
from ..lexicons import load
from .names import PersonName, accents, is_given_name, is_initialled, name_distance, normalise, parse_name
from .programme_lines import Rows
from .speaker_item import Item
from .programme_reader import _Reader
from .people_in_prose import quoted_people
from .people_initialled import initialled_speakers
from .people_glued_roles import glued_role_people
from .people_listed import (_byline_people, _dash_credit_people, _labelled_people, _listed_people, non_speaking_spans,
                            on_street_name)
from .people_title_slide import title_slide_presenters
from .people_linked import linked_speakers
from .people_marked import marked_speakers
from .people_announced import announced_people
from .people_slot_names import slot_name_people
from .programme_vocabulary import _f, _folded_list, _lex, _type_at
from .results import Event, Programme, Session, SessionSpeaker, Speaker
from .session_event_itself import without_the_event
from .session_choices import is_choice
from .people_talk_lines import talks_over_speakers
from .people_bios import session_bios
from .people_under_headings import names_under_headings
from .people_quoted_lines import quoted_line_people
from .session_opening_heads import with_its_speaker
from .sessions import _Session, _bulleted_at, _fallback_sessions, _more_heading_sessions, _sessions, with_credited_headings, with_grid_cells


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
        # a given name in full over its initials ("Jean Dupont" over "J. Dupont"), then the most written
        group = max(groups.values(), key=lambda g: (not all(is_initialled(v[0]) for v in g), sum(v[1] for v in g), sum(v[2] for v in g),
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


def _card_line(title: str) -> bool:
    """A line joining an event's details by slashes or bars, one of them a practical label and a
    colon (programme.yaml ``practical_labels``: "Conférence / Lieu : Valbois", "Atelier | Tarif :
    5 €"): the event's card, not a session."""
    labels = "|".join(re.escape(w) for w in sorted(_folded_list("practical_labels"), key=len, reverse=True))
    return re.search(rf"\s[/|]\s*(?:{labels})\s*:", _f(title.lower())) is not None


def _call_to_action(title: str) -> bool:
    """A line opening with the words of a web page's button or link (programme.yaml
    ``call_to_action``: "S'inscrire à l'événement", "En savoir plus sur X"): no session."""
    f = _f(title.lower()).replace("’", "'")
    return f.startswith(tuple(w.replace("’", "'") for w in _folded_list("call_to_action")))


def _page_part(title: str) -> bool:
    """A heading that places a part of the page around the event ("Avant le hackathon") or presents
    the programme as a whole ("Aperçu du programme"), programme.yaml `event_phase_words` and
    `programme_overview_words`: no session."""
    f = " ".join(_f(title.lower()).replace("’", "'").strip(" :.").split())
    phase, overview = _page_part_patterns()
    return phase.fullmatch(f) is not None or overview.fullmatch(f) is not None


@cache
def _page_part_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a phase of the event, an overview of the programme) as patterns of folded text, built once
    (every session title of every document asks)."""
    phases = "|".join(re.escape(w) for w in _folded_list("event_phase_words"))
    nouns = "|".join(re.escape(_f(str(n).lower())) for n in load("events")["event_nouns"])
    overview = "|".join(re.escape(w) for w in _folded_list("programme_overview_words"))
    return (re.compile(rf"(?:{phases})\s+(?:le|la|les|l')\s*(?:{nouns})"),
            re.compile(rf"(?:{overview})\s+(?:du|de\s+la|des|de)\s+(?:[\w'-]+\s+){{0,4}}?programme"))


def _part_label(title: str) -> bool:
    """A title that is only a part's label and rank ("Séquence 3", "Session II", "Partie n° 2"),
    programme.yaml `part_label_words`: the label over a session's title, no session itself."""
    f = " ".join(_f(title.lower()).strip(" :.-–").split())
    return _part_label_pattern().fullmatch(f) is not None


@cache
def _part_label_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _folded_list("part_label_words"))
    return re.compile(rf"(?:{words})(?:\s+(?:n°|no|n)\.?)?\s*(?:\d{{1,2}}|[ivx]{{1,4}})?")


_DID = re.compile(r"^(?P<who>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})\s+(?:a|ont|avait|avaient)\s+[^\W\d_]+(?:é|ée|és|ées|i|is|u|us|t)\b")


def _person_did(title: str) -> bool:
    """A line telling what a person did ("Prénom Nom a présenté le rapport X."): a sentence of a
    report, no session's title (a list item after "ont proposé des ateliers :" may be one)."""
    m = _DID.match(title.lstrip("-•*→▶►👉 ").strip())
    return m is not None and parse_name(m.group("who"), allow_mixed=True) is not None


def _name_alone(title: str) -> bool:
    """A title that is only a person's name, a known given name first ("Alexis Martin" over a
    talk's description): the speaker of the talk above, no session."""
    words = title.split()
    if not 2 <= len(words) <= 4 or not is_given_name(words[0]):
        return False
    name = parse_name(title, allow_mixed=True)
    return name is not None and name.full.split() == words


def programme_rows(docs: list[Document], events: list[dict]) -> dict[str, list[dict]]:
    """-> {"sessions": [...], "speakers": [...], "session_speakers": [...]}: the rows of
    :func:`extract_programme`; events rows have keys event_id, source_id."""
    return extract_programme(docs, [Event.from_row(e) for e in events]).rows()


# A session's length in brackets closing its title: "Flux des randos vers Apidae (10 min)", "(1h30)",
# "(45 minutes)": the slot's length, not a word of its title.
_LENGTH_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?:\d{1,3}\s*(?:min(?:utes?)?|mn|h(?:eures?)?)\.?|\d{1,2}\s*h\s*\d{2})\s*[)\]]\s*$",
                                 re.IGNORECASE)


def _without_length(title: str) -> str:
    """``title`` without its length in brackets at its end (see ``_LENGTH_IN_BRACKETS``), and a
    talk given by someone named before its quoted title reduced to that title (``_given_talk``)."""
    return _given_talk(_LENGTH_IN_BRACKETS.sub("", title) or title)


# A session word, a word or two more, its speaker after "de", "par" or "avec" (capitalised words),
# then its title between quotation marks closing the line: "conférence débat de Prénom NOM « Titre »",
# "Table ronde animée par Prénom Nom « Titre »".
_GIVEN_TALK = re.compile(r"^(?P<kind>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}?)\s+(?:de|d['’]\s*|par|avec)\s*"
                         r"(?:[A-ZÀ-ÝŒÆ][\w'’.-]*\s+){1,4}?[«“]\s*(?P<title>[^«»“”]{3,}?)\s*[»”]\s*\.?$")


def _given_talk(title: str) -> str:
    """The quoted title of a talk named by its kind and its speaker first ("conférence débat de
    Prénom NOM « Titre »" -> "Titre"); any other title as it is."""
    m = _GIVEN_TALK.match(title)
    if m is None or _type_at(_f(m.group("kind").lower()), 0) is None:
        return title
    return m.group("title")


def extract_programme(docs: list[Document], events: Sequence[Event]) -> Programme:
    """The programme pass: the sessions, speakers and their links of the documents' events.
    Documents without an event give no sessions (a session needs its event). When two documents
    describe the same event, a session identifier the first one gave is kept once (its speakers
    from both documents are linked to it), as for the other tables."""
    event_of: dict[str, str] = {}
    name_of: dict[str, str | None] = {}
    for e in events:
        event_of.setdefault(e.source_id, e.event_id)
        name_of.setdefault(e.source_id, e.name)
    sessions: list[Session] = []
    published_sessions: set[str] = set()
    links: list[tuple[str, _Person, Item]] = []
    everyone: list[_Person] = []          # persons of every document, merged below
    for doc_index, doc in enumerate(docs):
        event_id = event_of.get(doc.source_id)
        reader = _Reader(doc)
        # A document without an event has no sessions; the people it quotes are still speakers.
        found = _sessions(doc, reader, name_of.get(doc.source_id)) if event_id is not None else []
        prose_people = quoted_people(doc.text) + initialled_speakers(doc.text) + _listed_people(reader) + _labelled_people(reader) \
            + _byline_people(reader) + _dash_credit_people(reader) + glued_role_people(reader) + title_slide_presenters(doc) + marked_speakers(doc) + linked_speakers(doc) + announced_people(doc) + quoted_line_people(doc) \
            + slot_name_people(reader) \
            + ([item for *_, item in talks_over_speakers(reader)] if event_id is None else [])
        # the people listed under "Comité d'organisation", "Contacts", "Partenaires" do not speak
        quiet = non_speaking_spans(doc)
        prose_people = [it for it in prose_people if not any(a <= it.start < b for a, b in quiet)]
        # "12 rue Jeanne Malivel (accès bus 4)": a street, not a person
        prose_people = [it for it in prose_people if not on_street_name(doc.text, it.start)]
        if event_id is not None:
            # A heading is a session when its section lists speakers or names who runs it; quoted
            # people alone are not enough (a report's themes quote people too).
            listed_at = [(it.start, 2 if it.moderator else 1) for it in prose_people
                         if it.moderator or _bulleted_at(reader, it.start)]
            # the event itself read as a session ("Atelier X" on the title slide) is no reason to skip the fallbacks
            found = without_the_event(found, name_of.get(doc.source_id))
            found = _more_heading_sessions(doc, found, listed_at, reader) if found else _fallback_sessions(doc, reader, listed_at)
            found = with_grid_cells(doc, found)
            # "## Titre -- Prénom Nom", "### Titre, Prénom Nom", "#### par Prénom Nom" under a
            # talk's heading: the talks of a write-up, headed with who gave them
            found = with_credited_headings(doc, found)
        # "Conférence grand public / Lieu : Ville": fields of the event's card joined on one line
        found = [s for s in found if not _card_line(s.title) and not _call_to_action(s.title)
                 and not _person_did(s.title) and not is_choice(s.title) and not _name_alone(s.title)
                 and not _page_part(s.title) and not _part_label(s.title)]
        # "Ce que le webinaire X a montré": the event itself, as the document's only session, is none
        found = without_the_event(found, name_of.get(doc.source_id))
        # "Discours de clôture" cut before "par Prénom NOM": the head keeps who gives it
        found = [dataclasses.replace(s, title=with_its_speaker(doc.text, s.title, s.start)) for s in found]
        # "Prénom Nom est architecte chez X." under a talk: its speaker's biography
        starts = sorted(s.entry_start for s in found)
        prose_people += session_bios(doc, list(zip(starts, starts[1:] + [len(doc.text)])))
        # "## Titre du talk" / "Prénom Nom, Prénom Nom": the speakers on the line under its heading
        prose_people += names_under_headings(doc, {s.entry_start for s in found})
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
                sessions.append(Session(
                    session_id=session_id,
                    event_id=event_id,
                    source_id=doc.source_id,
                    type=s.type,
                    title=_without_length(s.title),
                    position=position,
                    host_organization=s.host,
                    page=doc.page_of(s.start),
                    char_start=s.start,
                    char_end=s.end,
                ))
            not_people.add(normalise(s.title))
            not_people.update(normalise(h) for o in s.cluster.occs for h in o.hosts)
            for o in sorted(s.cluster.occs, key=lambda o: o.start):
                for item in o.items:
                    if item.organization:
                        not_people.add(normalise(item.organization))
                    own_role = item.role
                    if item.moderator:
                        # who runs the session: that is the role of the link (their own role stays on the speaker)
                        item = dataclasses.replace(item, role=str(_lex()["moderator_role"]))
                    for name in item.people:
                        person = people.resolve(name, id(o), True, True, (doc_index, item.start))
                        links.append((session_id, person, item))
                        if person.organization is None and item.organization:
                            person.organization = item.organization
                            person.role = own_role
                        elif person.role is None and person.organization is None and own_role:
                            person.role = own_role
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
                if person.role is None and person.organization is None:
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
    speakers: list[Speaker] = []
    for p in merged:
        best = p.best()
        sid = base = _speaker_id(best)
        n = 2
        while sid in taken_ids:      # two people whose names give one identifier
            sid, n = f"{base}-{n}", n + 1
        taken_ids.add(sid)
        ids[id(p)] = sid
        speakers.append(Speaker(
            speaker_id=sid,
            full_name=best.full,
            given_name=best.given,
            family_name=best.family,
            role=p.role,
            organization=p.organization,
            aliases=tuple(p.aliases()),
        ))
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
    return Programme(tuple(sessions), tuple(speakers), tuple(SessionSpeaker(**row) for row in session_speakers))


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
    # indexed once by event (a package holds thousands of events): linear in its rows
    people: dict[str, set] = defaultdict(set)
    for r in links:
        people[event_of_session.get(r["session_id"])].add(r["speaker_id"])
    types: dict[str, Counter] = defaultdict(Counter)
    for s in sessions:
        types[s["event_id"]][s["type"]] += 1
    warnings: list[str] = []
    for fig in key_figures:
        event_id, metric, value = fig.get("event_id"), fig.get("metric"), fig.get("value")
        if value is None or event_id not in events_listed:
            continue       # no programme read for this event: nothing to compare
        label = metrics.get(metric, {}).get("label_fr", metric).lower()
        if metric == "speakers":
            count = len(people.get(event_id, ()))
            found = f"lists {count} distinct name{'s' if count != 1 else ''}"
        elif metric in type_metric.values():
            kinds = {k for k, m in type_metric.items() if m == metric}
            count = sum(n for kind, n in types[event_id].items() if kind in kinds)
            found = f"the programme lists {count}"
        else:
            continue
        if _agrees(fig, count):
            continue
        shown = int(value) if float(value).is_integer() else value
        about = {">": "more than ", ">=": "at least ", "~": "about "}.get(fig.get("comparator") or "", "")
        warnings.append(Finding(f"{event_id}: the report announces {about}{shown} {metric.replace('_', ' ')} ({label}) "
                                f"but {found}.", "programme_count", event_id, metric=metric, announced=shown,
                                comparator=fig.get("comparator"), approximate=bool(fig.get("approximate")), found=count))
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
