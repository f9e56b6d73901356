"""The event a report describes: name, edition, dates, venue, organiser. Rules and word lists
come from ``lexicons/events.yaml``; the manifest fills what the text does not say. Each part is
read by its own module: ``event_opening`` (is there an event?), ``event_words`` (how a text names
one), ``event_titles`` (the document's titles), ``event_dates``, ``event_name`` (name and edition),
``event_place`` (venue and organiser). A document that sets out an event's key
figures as lines ("1 200 visiteurs", "35 exposants", "60 conférences") describes an event too."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import (events_lexicon, find_dates, find_event_dates, last_day_headed, range_from_day,
                          range_to_day)
from .event_day_guess import _closing_day, _metadata_dates, _not_dateline, dates_without_year, opening_dates
from .event_edition_said import edition_hash_numbered, edition_opened, edition_predicated
from .event_edition import (edition_namesake, edition_of_name, edition_of_noun, edition_opening_name, edition_pointed,
                            find_edition)
from .event_name import find_event_name
from .event_opening import describes_event as opening_describes_event
from .event_opening import dated_meeting_name, evidence_units
from .event_titles import document_titles, sponsorship_deck
from .event_words import PROPER_PHRASE, own_noun_spans
from .event_appointment import appointment_line, appointment_title
from .event_day_programme import day_programme
from .session_timed_clauses import timed_clauses
from .event_anaphora import demonstrative_event
from .event_attendance import counted_gathering, gathering_sentence
from .event_gathering import held_edition, held_gathering_named, holds_gathering
from .event_first_time import consecutive_year_edition, first_held_by, first_pointed, first_ranked_by, first_time_held
from .event_hosted_meeting import hosted_meeting, hosted_meeting_host, hosted_meeting_name
from .people_talk_lines import lists_talks, talks_over_speaker_lines, talks_over_speakers
from .programme_layout import ProgrammeText
from .event_report_title import reported_in_title
from .per_document import per_document
from .event_meeting_title import meeting_title, meeting_title_name
from .event_plan_title import titled_plan
from .event_organizer import find_organizer
from .event_place import find_venue
from .headline import headline_blocks
from .headline_lines import candidates
from .headline_terms import attendance_group

# The names other modules and the tests import from here (the parts' modules are the detail).
__all__ = ["EventInfo", "PROPER_PHRASE", "describes_event", "extract_event", "find_dates", "find_event_dates"]

_norm = fold_apostrophes


@dataclass(frozen=True)
class EventInfo:
    name: str
    edition: int | None
    start_date: str | None
    end_date: str | None
    venue: str | None
    organizer: str | None
    year: int | None


def _other_event_spans(doc: Document) -> list[tuple[int, int]]:
    """Sections headed "Prochains rendez-vous", "Agenda", "Les plus lus"...: their dates are other
    events'. A plain text has no heading blocks: there such a heading is a paragraph of that one
    line ("Les plus lus" over a news page's links), its section running to the next heading or
    to the end."""
    heads = [_norm(h) for h in events_lexicon()["other_events_headings"]]
    spans, start, level = [], None, 0
    for block in doc.blocks:
        title = _norm(doc.text[block.start:block.end]).strip(" :.")
        if block.kind == "paragraph" and start is None and title in heads:
            start, level = block.start, 7
            continue
        if block.kind != "heading":
            continue
        if start is not None and block.level <= level:      # a sub-heading stays in the section
            spans.append((start, block.start))
            start = None
        if start is None and any(title.startswith(h) for h in heads):
            start, level = block.start, block.level
    if start is not None:
        spans.append((start, len(doc.text)))
    return spans


@per_document
def _lists_talks(doc: Document) -> bool:
    """``lists_talks`` of the document's text, or a list of talks each with who gives it on the line
    under its title ("• Titre" / "Prénom Nom, Organisation", people_talk_lines.py): the programme of
    an event; read once per document (the evidence is asked for several times while its event is read)."""
    if lists_talks(doc.text):
        return True
    lines = ProgrammeText(doc)          # the layout of the lines only: no timetable is read here
    return bool(talks_over_speakers(lines) or talks_over_speaker_lines(lines))


@per_document
def _timed_programme(doc: Document) -> bool:
    """A programme told in timed moments ("dès 18 heures, concert de la fanfare ; vers 13 h,
    paella géante ...", session_timed_clauses.py): the schedule of one event, as a press page
    announcing a village's fête prints it; read once per document."""
    return bool(timed_clauses(doc))


def describes_event(doc: Document) -> bool:
    """Whether the document describes an event: the opening's evidence (event_opening.py), a
    gathering an opening sentence says is held (event_gathering.py), an appointment line
    giving a weekday, a date and a time (event_appointment.py), the people a gathering brought
    together counted on a day (event_attendance.py), or a sentence opening with "Cette journée"
    (event_anaphora.py), or a meeting a host organises on a day (event_hosted_meeting.py), or a
    list of talks each line of which names who gives it and its quoted title (people_talk_lines.py);
    or, that evidence wanting, a meeting of an assembly dated in an opening sentence (event_opening.py)."""
    return _evidence_but_meetings(doc) or dated_meeting_name(doc) is not None


# The evidence that a document describes an event, in the order the questions below ask it: the
# opening's, then the rest (a count of people gathered and the event's figures come between them).
_FIRST_EVIDENCE = (opening_describes_event, holds_gathering, appointment_line)
_LATER_EVIDENCE = (demonstrative_event, meeting_title, hosted_meeting, _lists_talks, reported_in_title, day_programme,
                   _timed_programme)


def _any(doc: Document, *checks) -> bool:
    """Whether one of the checks holds for the document (asked in order, up to the first that does)."""
    return any(check(doc) for check in checks)


def _evidence_but_meetings(doc: Document) -> bool:
    """``describes_event``'s evidence but the dated meeting of an assembly."""
    return _any(doc, *_FIRST_EVIDENCE, counted_gathering, *_LATER_EVIDENCE)


def _other_evidence(doc: Document) -> bool:
    """Whether the document describes an event by other evidence than a count of people gathered."""
    return _any(doc, *_FIRST_EVIDENCE, demonstrative_event, states_event_figures, *_LATER_EVIDENCE[1:])


def _only_hosted_meeting(doc: Document) -> bool:
    """Whether a meeting a host organises on a day is the document's only evidence of an event."""
    return hosted_meeting(doc) and not _any(doc, *_FIRST_EVIDENCE, counted_gathering, demonstrative_event,
                                            meeting_title, states_event_figures)


def extract_event(doc: Document) -> EventInfo | None:
    """The event the document describes, or None when it describes none (``describes_event``).
    The publication date is not the event's: a page published after an event or before it does
    not say when it took place."""
    # the evidence, read once: the dated meeting of an assembly counts only when nothing else does
    evidence = _evidence_but_meetings(doc) or states_event_figures(doc)
    meeting = None if evidence else dated_meeting_name(doc)
    if not evidence and meeting is None:
        return None
    if titled_plan(doc) and not meeting_title(doc) and not states_event_figures(doc):
        return None             # the plan itself: the events it names are its steps or occasions
    name = read = (find_event_name(doc) or _noun_of_evidence(doc) or hosted_meeting_name(doc) or appointment_title(doc)
                   or dated_meeting_name(doc))
    held = held_gathering_named(doc) if holds_gathering(doc) else None
    if held and (not opening_describes_event(doc) or _held_first(doc, held[0])):
        # a gathering of a noun that is not always an event, held: the text names it by that noun
        # ("l'édition 2019 de la foire de X"), not by a title that is a sentence about it, nor by
        # an event noun of a later sentence ("en introduction de la cérémonie de remise des prix")
        name = read = held[1]
    if meeting_title(doc) and (not opening_describes_event(doc) or not name or not own_noun_spans(name)):
        # a title naming a meeting with its day, and no other event named: that meeting is it (the
        # name read otherwise, "Site X - Atelier Y (4 juin)", is the site's or the series', no organiser)
        name = meeting_title_name(doc) or name
    if _only_hosted_meeting(doc):
        # the meeting a host organises on a day is the only event told: it is named by its noun
        # phrase or its theme, not by the page's title or a proper name of the sentence (its host)
        name = hosted_meeting_name(doc) or name
    if meeting is not None:
        # a meeting of an assembly dated in an opening sentence is the only evidence: it is the
        # event, named by its noun ("Le conseil municipal du 12 mars a surtout parlé des écoles")
        name = meeting
    host = hosted_meeting_host(doc) if _only_hosted_meeting(doc) else None
    name = _unquoted(name)
    if not name:
        return None
    # a labelled date line of the text ("Date : ..."), else a full date in a title ("Conseil
    # municipal du 9 mai 2018", "Journée X, le 12 mars 2024"), else the text's dates
    skip = others = _other_event_spans(doc)
    deck = sponsorship_deck(doc)
    # a gathering told only by the people it brought together is dated by its titles and by the
    # sentence that counts them ("mardi soir, 60 habitants ont participé"): another date of the
    # text is the plan's or the project's the meeting was about ("effectif le 1er janvier 2031")
    counted = None if _other_evidence(doc) else gathering_sentence(doc)
    if counted:
        skip = [(0, counted[0]), (counted[1], len(doc.text))]
    dates = find_event_dates(doc.text, skip, name, labelled_only=True, upcoming=deck)
    for title in document_titles(doc):
        dates = dates or _not_dateline(doc, find_event_dates(title, (), name))
    # a day the title gives without its year ("Colloque X le 9 avril") wins over the text's dates,
    # which may be the page's dateline ("2 avril 2031" under the title)
    dates = dates or opening_dates(doc, titles_only=True)
    dates = dates or _not_dateline(doc, find_event_dates(doc.text, skip, name, upcoming=deck))
    dates = dates or (None if counted else opening_dates(doc) or _metadata_dates(doc))
    start = end = None
    if dates:
        first, last = dates
        # a closing day given alone ("31 mars 2031" atop a page) that ends the one range the text
        # writes ("du 29 au 31 mars"): the range's first day is the event's
        if last is None and (opening := range_to_day(doc.text, first, skip)):
            first, last = opening, first
        # the range a text writes from the first day ("les 12 et 13 mai"), else a heading of the last day
        # ("Vendredi 13 juin 2031" / "Samedi 14 juin 2031")
        last = last or range_from_day(doc.text, first, skip) or last_day_headed(doc.text, first)
        start, end = first.isoformat(), last.isoformat() if last else None
    elif (guessed := dates_without_year(doc, others)) is not None:
        start, end = guessed[0].isoformat(), guessed[1].isoformat() if guessed[1] else None
    if start and not end and _closing_day(doc.text, dt.date.fromisoformat(start)):
        start, end = None, start        # the day it closed: its last, its first not told
    year = int((start or end)[:4]) if start or end else None
    return EventInfo(
        name=name,
        edition=find_edition(doc.text) or edition_of_noun(doc) or edition_of_name(doc, name) or edition_opening_name(name)
        or find_edition(" ".join(document_titles(doc))) or _first_in_title(doc, name) or held_edition(doc)
        or first_time_held(doc) or edition_pointed(doc) or edition_namesake(doc) or consecutive_year_edition(doc)
        or edition_predicated(doc) or edition_opened(doc) or edition_hash_numbered(doc) or first_held_by(doc)
        or first_ranked_by(doc) or first_pointed(doc),
        start_date=start,
        end_date=end,
        venue=find_venue(doc),
        organizer=_not_the_event(_not_the_event(host or find_organizer(doc, name), name), read or name),
        year=year,
    )


_OPENING_MARK = re.compile(r"^[«“\"]\s*")
_CLOSING_MARK = re.compile(r"\s*[»”\"]$")


def _unquoted(name: str | None) -> str | None:
    """A name read from a title set between quotation marks, without them ("« Jardins en partage »"
    -> "Jardins en partage"); an opening mark whose closing one the name lost goes too. Marks
    inside the name stay ("Le forum « Cap 2030 »")."""
    if not name or not _OPENING_MARK.match(name):
        return name
    inner = _OPENING_MARK.sub("", name)
    if re.search(r"[»”\"]", _CLOSING_MARK.sub("", inner)):
        return name         # "« Cap » et « Cité »": two quoted names, not one between marks
    return _CLOSING_MARK.sub("", inner).strip() or name


# A block of lines stating at least this many distinct headline metrics, one of them the
# attendance or the exhibitors, is an event's key figures whatever the rest of the text says.
_FIGURES_BLOCK_MIN_METRICS = 3


def states_event_figures(doc: Document) -> bool:
    """Whether the document sets out an event's key figures as lines ("Valbrune Libre en chiffres",
    "1 200 visiteurs", "35 exposants", "60 conférences"): a block of at least three distinct
    headline metrics, the attendance or the exhibitors among them (a deck whose name has no event
    noun says what it is about this way)."""
    found = [f for f in candidates(doc) if not f.context and not f.heading]
    for block in headline_blocks(doc, found):
        metrics = {f.metric for f in block}
        if len(metrics) >= _FIGURES_BLOCK_MIN_METRICS and metrics & (attendance_group() | {"exhibitors"}):
            return True
    return False


def _held_first(doc: Document, start: int) -> bool:
    """Whether the sentence at ``start`` comes before every opening unit that uses an event noun
    and before every title that does (the held gathering is the first thing the text tells)."""
    if any(own_noun_spans(t) for t in document_titles(doc)):
        return False
    return all(unit.start > start for unit in evidence_units(doc))


def _noun_of_evidence(doc: Document) -> str | None:
    """The event noun of the first opening sentence that gives the evidence of an event, as written,
    when nothing names the event ("Bilan d'étape" over "Les deux rencontres ont réuni 150 acteurs"):
    the text calls it by its common noun alone."""
    for unit in evidence_units(doc):
        if unit.kind != "sentence":
            continue
        text = doc.text[unit.start:unit.end]
        spans = own_noun_spans(text)
        if spans:
            return text[spans[0][0]:spans[0][1]]
    return None


def _first_in_title(doc: Document, name: str) -> int | None:
    """1 when a title calls the event the first of its name: "Mobilités : 1er Hackathon X",
    "Première Journée Y" (events.yaml `ordinals` worth 1, or "1er", "1re", "1ère", right before the
    name's first word). In running text "le premier atelier" may be the first of a day's sessions:
    only titles count."""
    words = name.split()
    if not words:
        return None
    firsts = [fold(k) for k, v in events_lexicon()["ordinals"].items() if v == 1] + ["1er", "1ere", "1re"]
    pattern = re.compile(r"(?<![\w])(?:%s)\s+%s(?![\w])" % ("|".join(re.escape(f) for f in firsts), re.escape(fold(words[0]))))
    return 1 if any(pattern.search(fold(t)) for t in document_titles(doc)) else None


def _not_the_event(organizer: str | None, name: str) -> str | None:
    """An organiser that is the event's own name (a publisher named after its event, "Forum X"
    publishing the Forum X's programme) says nothing of who organises it."""
    if organizer and _norm(organizer).strip(" .") in (_norm(name), _norm(name) + "s"):
        return None
    return organizer
