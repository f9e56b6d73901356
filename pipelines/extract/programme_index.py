"""The programme of a document (its typed result: sessions with their spans, speakers with their
aliases, session_speakers with roles and organisations) indexed for the passes that read it: the
cited figures' attribution and the polls' sessions."""

from __future__ import annotations

import difflib
import re

from ..lexicons import fold_apostrophes, load
from .results import Programme, Session, SessionSpeaker, Speaker


_norm = fold_apostrophes


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z]+", _norm(name)))


def _lex() -> dict:
    return load("claims")


class ProgrammeIndex:
    """The programme (sessions with their span in Document.text, speakers with aliases,
    session_speakers with roles and organisations), indexed for lookups. Given as the programme
    pass's result, or as its tables' rows; any part may be missing."""

    def __init__(self, programme: Programme | dict | None):
        if not isinstance(programme, Programme):
            programme = Programme.from_rows(programme)
        self.sessions: dict[str, list[Session]] = {}
        for s in programme.sessions:
            if s.char_start is None or s.char_end is None:
                continue
            self.sessions.setdefault(s.source_id, []).append(s)
        for rows in self.sessions.values():
            rows.sort(key=lambda s: s.char_start)
        self.speakers: dict[str, Speaker] = {s.speaker_id: s for s in programme.speakers}
        self.names: list[tuple[str, str]] = []   # (name key, speaker_id)
        for s in self.speakers.values():
            variants = [s.full_name or ""] + list(s.aliases)
            for v in variants:
                key = _name_key(v)
                if key:
                    self.names.append((key, s.speaker_id))
        self.headings: dict[tuple, list] = {}   # speaker headings per session (claims.py), computed once
        self.roles: dict[tuple[str, str], SessionSpeaker] = {}
        self.session_members: dict[str, list[str]] = {}
        for r in programme.session_speakers:
            self.roles[(r.session_id, r.speaker_id)] = r
            self.session_members.setdefault(r.session_id, []).append(r.speaker_id)

    def _name_words(self) -> list[tuple[str, str, list[str]]]:
        """(name key, speaker_id, sorted words of the key), computed once."""
        if getattr(self, "_words_cache", None) is None or len(self._words_cache) != len(self.names):
            self._words_cache = [(k, sid, sorted(k.split())) for k, sid in self.names]
        return self._words_cache

    def session_at(self, source_id: str, offset: int) -> Session | None:
        for s in self.sessions.get(source_id, []):
            if s.char_start <= offset < s.char_end:
                return s
        return None

    def organization_of(self, speaker_id: str, session_id: str | None) -> str | None:
        role = self.roles.get((session_id, speaker_id)) if session_id else None
        if role and role.organization:
            return role.organization
        speaker = self.speakers.get(speaker_id)
        return (speaker.organization if speaker else None) or None

    def match_name(self, text: str) -> str | None:
        """The speaker a heading names (exactly, in any word order, or with a small typo)."""
        key = _name_key(text)
        if not key:
            return None
        threshold = float(_lex()["attribution"]["name_similarity"])
        words = sorted(key.split())
        exact = {sid for k, sid, k_words in self._name_words() if k == key or k_words == words}
        if len(exact) == 1:
            return exact.pop()
        if exact:
            return None
        scored = []
        for k, sid, k_words in self._name_words():
            if len(k_words) != len(words):
                continue
            matcher = difflib.SequenceMatcher(None, k, key)
            # the quick upper bounds first: most lines are no name at all (same ratio in the end)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            scored.append((matcher.ratio(), sid))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= threshold and (len(scored) == 1 or scored[1][0] < scored[0][0] or scored[1][1] == scored[0][1]):
            return scored[0][1]
        return None
