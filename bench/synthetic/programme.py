"""The programme of a synthetic report: its sessions (plenaries, keynote, round tables, workshops,
conference), the people who speak or moderate in them, and how the speakers are listed."""

from __future__ import annotations

from .model import Person, Session
from .vocabulary import BRANDS, FAMILY, GIVEN_F, GIVEN_M, ORGANISATIONS, SESSION_THEMES, _de, _town


class ProgrammeDraw:
    """Draws people (each name once per document) and the sessions (``_make_programme``). Reads the
    report's ``rng`` and ``format``; sets ``length``, ``sessions``, ``moderator_style``,
    ``programme_layout`` and ``list_style``."""

    def person(self) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        given = rng.choice([g for g in (GIVEN_F if female else GIVEN_M) if g not in self._used_given] or GIVEN_F)
        family = rng.choice([f for f in FAMILY if f not in self._used_families])
        self._used_given.add(given)
        self._used_families.add(family)
        shape, roles = rng.choice(ORGANISATIONS)
        town = _town(rng)
        org = shape.format(de=_de(town), town=town, brand=rng.choice(BRANDS))
        return Person(given, family, female, rng.choice(roles)[1 if female else 0], org)

    def _make_programme(self) -> None:
        rng = self.rng
        themes = rng.sample(SESSION_THEMES, 12)
        # a short report (one or two pages), a usual one, or a long one (up to six pages)
        self.length = rng.choice(["short", "usual", "usual", "long"])
        self.wordings.append(f"length:{self.length}")
        rt_range, workshops = {"short": ((1, 2), [0, 1]), "usual": ((1, 4), [0, 1, 1, 2, 3]),
                               "long": ((3, 4), [1, 2, 3])}[self.length]
        sessions: list[Session] = []
        if rng.random() < 0.7:
            sessions.append(Session("plenary", "Plénière d'ouverture", None, [self.person() for _ in range(rng.randint(1, 2))]))
        if rng.random() < 0.3:
            sessions.append(Session("keynote", "Keynote", themes.pop(), [self.person()]))
        n_rt = rng.randint(*rt_range)
        for k in range(1, n_rt + 1):
            label = f"Table ronde {k}" if n_rt > 1 else "Table ronde"
            s = Session("round_table", label, themes.pop(), [self.person() for _ in range(rng.randint(2, 5))])
            if rng.random() < 0.35:
                s.moderator = self.person()
                s.moderator.role = rng.choice(["journaliste", "consultant" if not s.moderator.female else "consultante"])
            sessions.append(s)
        for _ in range(rng.choice(workshops)):
            if rng.random() < 0.4:
                host = rng.choice(["l'association", "l'agence", "le collectif"]) + " " + rng.choice(BRANDS)
                sessions.append(Session("workshop", "Atelier", themes.pop(), [], host=host))
            else:
                sessions.append(Session("workshop", "Atelier", themes.pop(), [self.person()]))
        if rng.random() < 0.3:
            sessions.append(Session("other", "Conférence", themes.pop(), [self.person()]))
        if rng.random() < 0.4:
            sessions.append(Session("plenary", "Plénière de clôture", None, [self.person()]))
        # A speaker of a round table sometimes speaks again in the closing plenary.
        rts = [s for s in sessions if s.type == "round_table"]
        if sessions[-1].label == "Plénière de clôture" and rng.random() < 0.5:
            sessions[-1].speakers.append(rng.choice(rts).speakers[0])
        self.sessions = sessions
        self.moderator_style = rng.choice(["host_phrase", "host_phrase", "label"])
        # md/html: the programme as sections with their speakers, or a timetable whose speakers are
        # listed under each session's heading in the report part
        self.programme_layout = "sections" if self.format == "txt" or rng.random() < 0.7 else "timetable"
        self.wordings.append(f"programme:{self.programme_layout}")
        if any(s.moderator for s in sessions):
            self.wordings.append(f"moderator:{self.moderator_style}")
        self.list_style = rng.choice(["upper_dash", "upper_comma", "honorific", "family_first", "inline", "inline_avec"])
        if self.format != "txt" and self.list_style == "family_first":
            self.list_style = "upper_dash"
        self.wordings.append(f"speakers:{self.list_style}")
