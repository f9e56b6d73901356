"""The event of a synthetic report: its name, organiser, dates, venue and edition, and how the
document states each of them."""

from __future__ import annotations

import datetime as dt

from .vocabulary import (
    BRANDS, EVENT_BRANDS, EVENT_KINDS, EVENT_THEMES, MONTHS, ORDINAL_WORDS, RIVERS, WEEKDAYS, _de, _de_la, _town,
)


class EventDraw:
    """Draws the event (``_make_event``) and writes its date. Reads the report's ``rng`` and
    ``format``; sets ``town``, ``year``, ``kind``, ``gender``, ``kind_word``, ``brand``, ``name``,
    ``organizer*``, ``start``, ``end``, ``venue*``, ``edition*``, ``date_form`` and ``date_place``."""

    def _make_event(self) -> None:
        rng = self.rng
        self.town = _town(rng)
        self.year = rng.choice([2022, 2023, 2024, 2025, 2026])
        kind = rng.choice(EVENT_KINDS)
        self.kind, self.gender = kind
        if rng.random() < 0.2:
            self.brand = rng.choice(EVENT_BRANDS)
            self.name = self.brand
            self.kind, self.gender, self.kind_word = "Salon", "m", "salon"
            self.wordings.append("name:brand")
        else:
            self.brand = None
            theme = rng.choice(EVENT_THEMES)
            if rng.random() < 0.4:
                theme = theme.lower()       # "Forum de la transition numérique"
            self.name = f"{self.kind} {theme}"
            if rng.random() < 0.25:
                self.name += f" {_de(self.town)}"
            self.kind_word = self.kind.lower()
            self.wordings.append("name:kind+theme")
        # organiser
        org_kind = rng.choice(["Communauté d'agglomération", "Communauté de communes", "Ville", "Département",
                               "Métropole", "Syndicat mixte"])
        if org_kind == "Ville":
            self.organizer = f"Ville {_de(self.town)}"
        elif org_kind == "Département":
            self.organizer = f"Département {_de_la(rng.choice(RIVERS))}"
        elif org_kind == "Communauté de communes":
            self.organizer = f"Communauté de communes du Pays {_de(self.town)}"
        elif org_kind == "Syndicat mixte":
            self.organizer = f"Syndicat mixte du Val {_de(rng.choice(RIVERS))}"
        else:
            self.organizer = f"{org_kind} {_de(self.town)}"
        self.organizer_stated = rng.random() < 0.9
        self.organizer_style = rng.choice(["label", "prose"])
        self.wordings.append(f"organizer:{self.organizer_style}")
        # dates
        start = dt.date(self.year, 1, 1) + dt.timedelta(days=rng.randrange(20, 340))
        while start.weekday() == 6:
            start += dt.timedelta(days=1)
        self.start = start
        self.end = start + dt.timedelta(days=1) if rng.random() < 0.25 and start.weekday() < 5 else None
        if self.end and self.kind == "Journée":
            self.kind, self.gender = "Journées", "fp"
            self.kind_word = "journées"
            if not self.brand:
                self.name = "Journées" + self.name[len("Journée"):]
        # venue
        venues = [("Palais des Congrès {de}", "au"), ("Halle aux Grains {de}", "à la"),
                  ("Espace culturel {brand}", "à l'"), ("Centre des congrès {brand}", "au"),
                  ("Parc des Expositions {de}", "au"), ("Salle polyvalente {de}", "à la"),
                  ("Médiathèque {brand}", "à la"), ("Campus {brand}", "au"), ("Théâtre municipal {de}", "au"),
                  ("Auditorium de la Cité des Sciences {de}", "à l'")]
        pattern, self.venue_article = rng.choice(venues)
        self.venue = pattern.format(de=_de(self.town), brand=rng.choice(BRANDS))
        self.venue_style = rng.choice(["label", "label", "prose", "line", "none"])
        if self.format != "txt" and self.venue_style == "line":
            self.venue_style = "label"
        self.wordings.append(f"venue:{self.venue_style}")
        # edition
        self.edition = rng.choice([None, 1, 2, 3, 4, 5, 6, 8, 10, 12])
        self.edition_text = None
        if self.edition:
            styles = ["{n}e édition", "{n}ème édition", "{w} édition"]
            if self.edition == 1:
                styles = ["1re édition", "première édition"]
            s = rng.choice(styles)
            self.edition_text = s.format(n=self.edition, w=ORDINAL_WORDS.get(self.edition, f"{self.edition}e"))
            self.wordings.append("edition:" + ("words" if "{w}" in s or s.startswith("première") else "digits"))
        # how the date is written, and where (a "Date :" label, a line of its own, a sentence)
        if self.end:
            self.date_form = rng.choice(["range", "range", "range_weekdays", "et"])
        else:
            self.date_form = rng.choice(["weekday", "weekday", "weekday", "numeric"])
        self.date_place = "label" if self.date_form == "numeric" else rng.choice(["label", "line", "prose"])
        if self.format != "txt" and not self.end and rng.random() < 0.08:
            # a web page's "Le jeudi 14 mars, ...": the year is only in the title
            self.date_form, self.date_place = "no_year", "prose"
        self.wordings += [f"date:{self.date_form}", f"date_place:{self.date_place}"]

    def the_kind(self) -> str:
        """"le salon", "la journée", "les assises"."""
        return {"m": "le", "f": "la", "fp": "les"}[self.gender] + " " + self.kind_word

    def date_text(self, capital: bool = False) -> str:
        """The event's date as the document writes it (without label)."""
        d, e = self.start, self.end
        day = "1er" if d.day == 1 else str(d.day)
        wd = WEEKDAYS[d.weekday()]
        if self.date_form == "numeric":
            text = f"{d.day:02d}/{d.month:02d}/{d.year}"
        elif self.date_form == "no_year":
            text = f"{wd} {day} {MONTHS[d.month - 1]}"
        elif e and self.date_form in ("range", "range_weekdays", "et"):
            first = f"{WEEKDAYS[d.weekday()]} {day}" if self.date_form == "range_weekdays" else day
            last = f"{WEEKDAYS[e.weekday()]} " if self.date_form == "range_weekdays" else ""
            last += f"{'1er' if e.day == 1 else e.day} {MONTHS[e.month - 1]} {e.year}"
            if d.month != e.month:
                first += f" {MONTHS[d.month - 1]}"
            text = f"les {first} et {last}" if self.date_form == "et" else f"du {first} au {last}"
        else:
            text = f"{wd} {day} {MONTHS[d.month - 1]} {d.year}"
        return text[0].upper() + text[1:] if capital else text
