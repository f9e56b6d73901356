"""The typed results the extraction passes hand to one another: a document's event, and its
programme (sessions with their spans, speakers with their aliases, who spoke in which session with
what role and organisation). Later passes read these objects; the published rows are built from
them once, at the end (``row()`` / ``rows()``), by pipelines/extract/documents.py."""

from __future__ import annotations

from dataclasses import dataclass, fields


def _row(result) -> dict:
    """The published row of a result: its fields, in their declared order (the table's columns)."""
    return {f.name: getattr(result, f.name) for f in fields(result)}


@dataclass(frozen=True)
class Event:
    """The event a document describes, with the identifier every other table points at."""
    event_id: str
    source_id: str
    name: str | None = None
    edition: int | None = None
    year: int | None = None
    start_date: str | None = None
    end_date: str | None = None
    venue: str | None = None
    organizer: str | None = None

    def row(self) -> dict:
        return _row(self)

    @classmethod
    def from_row(cls, row: dict) -> Event:
        """An ``events`` row (or the part of one a caller has: event_id and source_id)."""
        return cls(**{f.name: row.get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class Session:
    """A session of the programme and its span in Document.text ([char_start, char_end))."""
    session_id: str
    event_id: str | None
    source_id: str
    type: str | None
    title: str | None
    position: int | None
    host_organization: str | None
    page: int | None
    char_start: int | None
    char_end: int | None

    def row(self) -> dict:
        return _row(self)


@dataclass(frozen=True)
class Speaker:
    """A person who spoke, under the spelling published; the other spellings are ``aliases``."""
    speaker_id: str
    full_name: str | None
    given_name: str | None
    family_name: str | None
    role: str | None
    organization: str | None
    aliases: tuple[str, ...] = ()

    def row(self) -> dict:
        return _row(self) | {"aliases": " | ".join(self.aliases) or None}


@dataclass(frozen=True)
class SessionSpeaker:
    """A speaker's part in a session: the role and organisation given there."""
    session_id: str
    speaker_id: str
    role: str | None
    organization: str | None

    def row(self) -> dict:
        return _row(self)


@dataclass(frozen=True)
class Programme:
    """The programme of the documents read: sessions, speakers and their links, in order."""
    sessions: tuple[Session, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    session_speakers: tuple[SessionSpeaker, ...] = ()

    def rows(self) -> dict[str, list[dict]]:
        """The three published tables: {"sessions", "speakers", "session_speakers"}."""
        return {
            "sessions": [s.row() for s in self.sessions],
            "speakers": [s.row() for s in self.speakers],
            "session_speakers": [r.row() for r in self.session_speakers],
        }

    @classmethod
    def from_rows(cls, rows: dict | None) -> Programme:
        """A programme given as its tables' rows (any column or table may be missing; aliases
        separated by "|")."""
        rows = rows or {}

        def split(aliases) -> tuple[str, ...]:
            if not aliases:
                return ()
            parts = aliases.split("|") if isinstance(aliases, str) else aliases
            return tuple(a.strip() for a in parts if a.strip())

        return cls(
            sessions=tuple(Session(s["session_id"], s.get("event_id"), s["source_id"], s.get("type"), s.get("title"),
                                   s.get("position"), s.get("host_organization"), s.get("page"),
                                   s.get("char_start"), s.get("char_end"))
                           for s in rows.get("sessions", []) or []),
            speakers=tuple(Speaker(s["speaker_id"], s.get("full_name"), s.get("given_name"), s.get("family_name"),
                                   s.get("role"), s.get("organization"), split(s.get("aliases")))
                           for s in rows.get("speakers", []) or []),
            session_speakers=tuple(SessionSpeaker(r["session_id"], r["speaker_id"], r.get("role"), r.get("organization"))
                                   for r in rows.get("session_speakers", []) or []),
        )
