"""One synthetic report: the facts drawn (event, programme, headline figures, talks and the figures
they cite), the wordings chosen for each, and the extraction expected by construction."""

from __future__ import annotations

import datetime as dt
import html
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .vocabulary import (
    BRANDS, COLLECTIVES, EVENT_BRANDS, EVENT_KINDS, EVENT_THEMES, FAMILY, FORMATS, GIVEN_F, GIVEN_M, MONTHS,
    NUMBER_WORDS, ORDINAL_WORDS, ORGANISATIONS, RATIO_WORDS, RIVERS, SEPARATORS, SESSION_THEMES, Style,
    WEEKDAYS, _de, _de_la, _town, fmt_dec, fmt_int,
)

@dataclass
class Person:
    given: str
    family: str
    female: bool
    role: str
    org: str

    @property
    def display(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def upper(self) -> str:
        return f"{self.given} {self.family.upper()}"


@dataclass
class Session:
    type: str                   # plenary, round_table, workshop, keynote, other
    label: str                  # "Table ronde 2", "Plénière d'ouverture", "Atelier"
    title: str | None           # "Mobilités du quotidien"
    speakers: list[Person]
    moderator: Person | None = None
    host: str | None = None     # "l'association X" (a workshop run by an organisation)
    blocks: list[tuple[str, object]] = field(default_factory=list)   # ("p", text) or ("ul", [items])

    @property
    def heading(self) -> str:
        return f"{self.label} : {self.title}" if self.title else self.label

    @property
    def people(self) -> list[Person]:
        return ([self.moderator] if self.moderator else []) + self.speakers


@dataclass
class Figure:
    metric: str
    value: float
    approximate: bool
    text: str          # the line as written ("Plus de 30 exposants")
    label: str | None  # the label form ("Exposants", value "85") for tables
    label_value: str | None
    wording: str
    number: str = ""        # the number as written in every layout: "1 200", "trois", "trentaine"
    number_text: str = ""   # "Plus de 30", "Une trentaine" (for the key-figure cards of a web page)
    noun_text: str = ""     # "exposants", "d'exposants"


class Report:
    """One synthetic report: the facts, their wordings, and the expected extraction."""

    def __init__(self, index: int, seed: int, attempt: int = 0):
        self.rng = rng = random.Random((seed * 1_000_003 + index) * 101 + attempt)
        self.index = index
        self.format = FORMATS[(index + seed) % len(FORMATS)]
        self.wordings: list[str] = [f"format:{self.format}"]
        self.style = Style(
            sep=rng.choices(SEPARATORS, weights=[4, 3, 3, 1, 1])[0],
            pct_space=rng.choice([" ", "\u00a0", "\u202f", ""]),
            euro_space=rng.choice([" ", "\u00a0", "\u202f"]),
        )
        self.wordings.append(f"sep:{unicodedata.name(self.style.sep)}")
        self.cited: list[dict] = []
        self._used_families: set[str] = set()
        self._used_given: set[str] = set()
        self._used_templates: set[str] = set()
        self._repeated = False
        self.bullet = rng.choice(["- ", "- ", "• "]) if self.format == "txt" else "- "
        self._make_event()
        self._make_programme()
        self._make_figures()
        self._make_summaries()

    # ------------------------------------------------------------------ event
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

    # ------------------------------------------------------------------ people
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

    # ------------------------------------------------------------------ programme
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

    # ------------------------------------------------------------------ headline figures
    def _make_figures(self) -> None:
        rng = self.rng
        counts = Counter(s.type for s in self.sessions)
        figures: list[Figure] = []
        audience = rng.choice(["visitors", "participants"])
        big = rng.choice([180, 240, 320, 480, 600, 850, 1200, 1500, 2300, 3400, 5200, 12500])
        figures.append(self.figure(audience, big))
        if rng.random() < 0.7:
            figures.append(self.figure("exhibitors", rng.choice([12, 18, 25, 30, 38, 42, 55, 85, 120])))
        if rng.random() < 0.3:
            figures.append(self.figure("partners", rng.choice([8, 14, 20, 26, 40])))
        if rng.random() < 0.85:
            n_people = len({p.display for s in self.sessions for p in s.people})
            figures.append(self.figure("speakers", n_people + rng.choice([0, 0, 5, 12, 30])))
        if counts["round_table"]:
            figures.append(self.figure("round_tables", counts["round_table"], exact=True))
        if counts["workshop"]:
            figures.append(self.figure("workshops", counts["workshop"], exact=True))
        if counts["plenary"]:
            plenaries = [s for s in self.sessions if s.type == "plenary"]
            if len(plenaries) == 2 and rng.random() < 0.4:
                # "1 plénière d'ouverture" and "1 plénière de clôture": the metric adds them up.
                figures.append(Figure("plenaries", 1, False, "1 plénière d'ouverture", None, None, "figure:plenary_split",
                                      "1", "1", "plénière d'ouverture"))
                figures.append(Figure("plenaries", 1, False, "1 plénière de clôture", None, None, "figure:plenary_split",
                                      "1", "1", "plénière de clôture"))
            else:
                figures.append(self.figure("plenaries", len(plenaries), exact=True))
        if counts["other"]:
            figures.append(self.figure("conferences", counts["other"], exact=True))
        if self.end or rng.random() < 0.2:
            figures.append(self.figure("days", 2 if self.end else 1, exact=True))
        rng.shuffle(figures)
        # the audience first, as reports do
        figures.sort(key=lambda f: f.metric not in ("visitors", "participants"))
        self.figures = figures
        layouts = {"txt": ["lines", "bullets", "labels"], "md": ["lines", "bullets", "labels", "table"],
                   "html": ["lines", "bullets", "labels", "table", "cards"]}[self.format]
        # Sometimes no "key figures" block: the figures are given in a sentence of the introduction.
        self.figure_layout = "sentence" if rng.random() < 0.08 else rng.choice(layouts)
        if self.figure_layout in ("labels", "table"):
            for f in self.figures:
                if f.label is None:     # the split plenary lines have no label form
                    self.figure_layout = "bullets"
        self.wordings.append(f"figures:{self.figure_layout}")
        self.comparison = None
        if rng.random() < 0.15 and self.figure_layout in ("lines", "bullets"):
            # "1 200 visiteurs (contre 950 en 2023)": inside the headline block, not a cited figure
            previous = max(10, int(big * 0.8) // 10 * 10)
            self.figures[0].text += f" (contre {fmt_int(previous, self.style)} en {self.year - 1})"
            self.wordings.append("figure:versus")
        elif rng.random() < 0.4:
            previous = max(10, int(big * rng.choice([0.6, 0.7, 0.8])) // 10 * 10)
            word = {"visitors": "visiteurs", "participants": "participants"}[audience]
            self.comparison = (f"La fréquentation progresse nettement : l'édition {self.year - 1} avait accueilli "
                               f"{fmt_int(previous, self.style)} {word}.")
            self.cited.append({"value": previous, "value_max": None, "unit": "count", "text": fmt_int(previous, self.style)})

    NOUNS = {
        "visitors": ["visiteurs", "visiteurs", "personnes accueillies", "entrées", "visiteuses et visiteurs"],
        "participants": ["participants", "participants", "inscrits", "participantes et participants"],
        "exhibitors": ["exposants", "exposants", "stands", "entreprises exposantes", "partenaires exposants"],
        "partners": ["partenaires"],
        "speakers": ["intervenants", "intervenants", "intervenant·es", "orateurs", "conférenciers"],
        "round_tables": ["tables rondes", "tables rondes", "tables-rondes"],
        "workshops": ["ateliers", "ateliers", "ateliers pratiques"],
        "plenaries": ["plénières", "séances plénières"],
        "conferences": ["conférences"],
        "days": ["journées", "jours d'échanges", "jours"],
    }
    LABELS = {
        "visitors": ["Visiteurs", "Nombre de visiteurs", "Fréquentation"],
        "participants": ["Participants", "Nombre de participants", "Participation"],
        "exhibitors": ["Exposants", "Stands"], "partners": ["Partenaires"],
        "speakers": ["Intervenants", "Nombre d'intervenants"], "round_tables": ["Tables rondes"],
        "workshops": ["Ateliers"], "plenaries": ["Plénières"], "conferences": ["Conférences"],
        "days": ["Journées", "Durée"],
    }

    def figure(self, metric: str, value: int, exact: bool = False) -> Figure:
        """A headline figure with one of the wordings reports use."""
        rng = self.rng
        noun = rng.choice(self.NOUNS[metric])
        if metric == "days" and value == 1:
            noun = "journée"
        if metric in ("round_tables", "workshops", "plenaries", "conferences") and value == 1:
            noun = {"round_tables": "table ronde", "workshops": "atelier", "plenaries": "plénière",
                    "conferences": "conférence"}[metric]
        number = fmt_int(value, self.style)
        approximate, wording = False, "digits"
        options = ["digits"] * 4 + ["words"] * (value in NUMBER_WORDS) * 2
        if not exact and value >= 10:
            options += ["plus de", "près de", "environ", "pas moins de", "collective"]
        wording = rng.choice(options)
        if wording == "collective":    # "une trentaine d'exposants": the value is the collective's
            value = min(COLLECTIVES, key=lambda c: abs(c - value))
            number = fmt_int(value, self.style)
        if wording == "words":
            number = NUMBER_WORDS[value]
        elif wording in ("plus de", "près de", "environ", "pas moins de"):
            number = f"{wording} {number}"
            approximate = True
        elif wording == "collective":
            approximate = True
            elision = "d'" if noun[0] in "aeiouéè" else "de "
            number = f"une {COLLECTIVES[value]} {elision}"
        text = f"{number}{'' if number.endswith(chr(39)) else ' '}{noun}".replace("  ", " ").replace("' ", "'")
        if wording == "collective":
            text = f"{number}{noun}"
        label = rng.choice(self.LABELS[metric])
        if label in ("Fréquentation", "Participation", "Durée"):
            label_value = text
        elif wording == "collective":
            label_value = f"une {COLLECTIVES[value]}"
        elif wording in ("plus de", "près de", "environ", "pas moins de"):
            label_value = number
        else:
            label_value = fmt_int(value, self.style) if wording != "words" else NUMBER_WORDS[value]
        number_text = number.rstrip(" '").removesuffix(" d").removesuffix(" de")
        noun_text = text[len(number_text):].strip()
        token = {"words": NUMBER_WORDS.get(value, ""), "collective": COLLECTIVES.get(value, "")}.get(
            wording, fmt_int(value, self.style))
        return Figure(metric, value, approximate, text[0].upper() + text[1:], label, label_value, f"figure:{wording}",
                      token, number_text[0].upper() + number_text[1:], noun_text)

    # ------------------------------------------------------------------ talk summaries
    CONTEXT = [
        "Élus, agents, entreprises et associations ont partagé leurs expériences tout au long de la journée.",
        "Le fil rouge de cette édition était la coopération entre les communes du territoire.",
        "Un espace d'exposition permettait de découvrir des solutions concrètes, de la rénovation des bâtiments à la médiation numérique.",
        "Les échanges ont montré l'attente des habitants pour des services publics plus simples et plus sobres.",
        "La journée s'est conclue par un temps convivial autour des producteurs locaux.",
        "Les supports des intervenants et les photographies de la journée sont disponibles en ligne.",
        "Cette rencontre confirme la place de la collectivité comme animatrice d'un réseau d'acteurs engagés.",
    ]

    def _make_summaries(self) -> None:
        rng = self.rng
        self.context = rng.sample(self.CONTEXT, {"short": 3, "usual": rng.randint(1, 2), "long": 3}[self.length])
        # paragraphs per talk summary, at most
        self.verbosity = {"short": 2, "usual": rng.choice([1, 2, 3]), "long": 4}[self.length]
        for s in self.sessions:
            people = s.people
            if people and rng.random() < 0.8:
                names = [p.display for p in people]
                who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]
                opener = rng.choice([
                    f"{who} ont débattu des leviers à la disposition des collectivités.",
                    f"La séance a réuni {who}.",
                    f"Autour de la table : {who}.",
                ]) if len(names) > 1 else f"{who}, {people[0].role}, a présenté la démarche engagée par son organisation."
            elif s.host:
                opener = f"L'atelier, animé par {s.host}, a réuni une assistance nombreuse et curieuse."
            else:
                opener = "La séance a permis de partager des retours d'expérience concrets."
            sentences = [opener]
            for _ in range(rng.randint(1, 3)):
                sentences.append(self.cited_sentence())
                if rng.random() < 0.5:
                    sentences.append(self.filler())
            blocks: list[tuple[str, object]] = [("p", " ".join(sentences))]
            if rng.random() < 0.25:
                # results listed as bullets, some with a word that also names a headline metric
                # ("320 participants aux ateliers"): a talk's figure, not the event's
                blocks.append(("p", rng.choice(["Quelques résultats présentés :", "Les résultats en bref :",
                                                 "Ce qu'il faut retenir :"])))
                unused = [t for t in self.BULLETS if t not in self._used_templates]
                if len(unused) < 2:
                    unused = list(self.BULLETS)
                chosen = rng.sample(unused, min(len(unused), rng.randint(2, 3)))
                self._used_templates.update(chosen)
                blocks.append(("ul", [self.cited_bullet(t) for t in chosen]))
                self.wordings.append("summary:bullets")
            for k in range(self.verbosity):
                if rng.random() < 0.6:
                    more = [self.filler(), self.cited_sentence()]
                    if k == 0 and rng.random() < 0.3 and people:
                        more.append(self.quote(people[-1]))
                    if rng.random() < 0.5:
                        more.append(self.filler())
                    blocks.append(("p", " ".join(more)))
            s.blocks = blocks

    FILLERS = [
        "Les échanges avec la salle ont été nombreux.",
        "Plusieurs élus ont souligné l'importance de la coopération entre communes.",
        "La séance, ouverte à {time}, a réuni élus, techniciens et habitants.",
        "Lancé en {year_before}, le dispositif doit maintenant être étendu à l'ensemble du territoire.",
        "Les supports de présentation sont disponibles sur le site de la collectivité.",
        "Le public a particulièrement apprécié la démonstration en direct.",
        "Les intervenants ont insisté sur la formation des agents.",
        "Un premier bilan sera présenté au conseil du {date_after}.",
        "La question du financement a occupé une bonne partie du débat.",
        "Une visite du site est prévue au printemps.",
    ]

    def filler(self) -> str:
        rng = self.rng
        text = rng.choice(self.FILLERS)
        later = self.start + dt.timedelta(days=rng.randrange(30, 200))
        return text.format(time=rng.choice(["9h30", "10h", "14h15", "16h"]), year_before=self.year - rng.randint(1, 6),
                           date_after=f"{'1er' if later.day == 1 else later.day} {MONTHS[later.month - 1]}")

    def quote(self, person: Person) -> str:
        """Reported speech: its figure is a cited figure like any other (a short quotation, a
        title or a slogan, would not be)."""
        pct = self.rng.choice([20, 30, 50])
        self.cited.append({"value": pct, "value_max": None, "unit": "percent", "text": f"{pct}{self.style.pct_space}%"})
        return (f"« Notre objectif est d'atteindre {pct}{self.style.pct_space}% d'énergies renouvelables d'ici "
                f"2030 », a conclu {person.display}.")

    # Templates of sentences holding figures: {slot:low-high}. Slots: pct, pctd, n, words, coll,
    # ratio, range, meur, keur, eur, m3, mwh, kwh, t, km, m2.
    TEMPLATES = [
        "Depuis {year}, la consommation d'énergie des bâtiments communaux a baissé de {pct:10-45}.",
        "Le remplacement de {n:300-5000} points lumineux par des luminaires LED a coûté {meur:0.5-3.5}.",
        "La facture d'électricité de l'éclairage public a diminué de {pct:20-60}, soit une économie de {keur:40-600} par an.",
        "Les {m2:500-6000} de panneaux solaires posés sur les écoles produisent {mwh:100-900} par an.",
        "Le réseau de chaleur alimente désormais {n:200-3000} logements.",
        "La rénovation du groupe scolaire permet d'économiser {kwh:20000-250000} chaque année.",
        "La télérelève a permis de détecter les fuites plus tôt : {m3:2000-90000} d'eau ont été économisés l'an dernier.",
        "Le rendement du réseau d'eau potable atteint aujourd'hui {pctd:70-92}.",
        "Les récupérateurs d'eau de pluie installés dans {n:5-40} écoles couvrent {pct:20-60} des besoins d'arrosage.",
        "Le territoire compte désormais {km:20-180} de pistes cyclables.",
        "Les compteurs installés sur les axes principaux montrent une hausse de {pct:8-40} de la fréquentation à vélo.",
        "{n:12-150} bornes de recharge seront installées d'ici {year_after}.",
        "Le service de transport à la demande a assuré {n:2000-40000} trajets l'an dernier.",
        "Les conseillers numériques ont accompagné {n:300-4000} personnes depuis {year}.",
        "{ratio} déclare avoir renoncé à une démarche en ligne.",
        "{coll} bénévoles animent chaque semaine les ateliers d'initiation.",
        "Plus de {n:50-600} ordinateurs reconditionnés ont été remis aux associations.",
        "Selon une enquête régionale, {pct:20-60} des collectivités ont subi une tentative d'intrusion.",
        "{n:20-400} agents ont suivi une formation de sensibilisation au hameçonnage.",
        "Le plan de sécurisation des systèmes d'information est doté de {keur:80-900}.",
        "Le portail de données ouvertes propose aujourd'hui {n:40-500} jeux de données.",
        "Le budget consacré à la donnée s'élève à {meur:0.3-2.5} sur la durée du mandat.",
        "L'outil d'analyse automatique du courrier traite près de {n:100-900} demandes par jour.",
        "Le programme de revitalisation du centre-bourg mobilise {meur:1-12}.",
        "{n:10-80} commerces ont rejoint la plateforme d'achat en ligne.",
        "Le tiers-lieu accueille {n:15-90} porteurs de projets par an.",
        "Le coût de la collecte atteint {eur:60-140} par habitant et par an.",
        "{t:100-2500} de déchets ont été détournés de l'enfouissement grâce à la ressourcerie.",
        "Selon l'étude présentée, {range} des trajets domicile-travail pourraient se faire à vélo.",
        "{words} communes pilotes testent le dispositif.",
        "La collectivité a ouvert {words} nouveaux lieux de médiation numérique.",
        "Le chantier a permis d'éviter l'émission de {t:50-900} de CO2.",
        "{ratio2} ont déjà adopté la démarche.",
    ]

    BULLETS = [
        "{n:40-400} participants aux ateliers de médiation numérique",
        "{n:6-30} ateliers d'initiation organisés dans les médiathèques",
        "{n:100-900} foyers équipés d'un récupérateur d'eau",
        "{pct:70-98} de taux de satisfaction",
        "{keur:20-300} d'aides versées aux commerçants",
        "{km:3-40} de voies réaménagées",
        "{n:150-2000} visiteurs sur le stand de démonstration",
    ]

    def cited_bullet(self, template: str) -> str:
        return re.sub(r"\{(\w+)(?::([\d.]+)-([\d.]+))?\}", lambda m: self.slot(m.group(1), m.group(2), m.group(3)), template)

    def cited_sentence(self) -> str:
        """A sentence holding figures; a template is used once per document while others remain
        (one session saying the same thing twice would be one claim with two occurrences)."""
        rng = self.rng
        for _ in range(10):
            unused = [t for t in self.TEMPLATES if t not in self._used_templates] or self.TEMPLATES
            template = rng.choice(unused)
            self._used_templates.add(template)
            before, self._repeated = len(self.cited), False
            out = re.sub(r"\{(\w+)(?::([\d.]+)-([\d.]+))?\}", lambda m: self.slot(m.group(1), m.group(2), m.group(3)),
                         template)
            if not self._repeated:
                break
            del self.cited[before:]       # every value of this template is taken: another template
        return out[0].upper() + out[1:]

    def slot(self, kind: str, low: str | None, high: str | None) -> str:
        """A figure written into a template. A value already cited in the document with the same
        unit is drawn again: two mentions of one value of one thing are one claim (claims.py), and
        a coincidence of random draws must not make the expectation ambiguous."""
        seen = {(c["value"], c["value_max"], c["unit"]) for c in self.cited}
        for _ in range(20):
            text, figure = self._slot_once(kind, low, high)
            if figure is None or (figure["value"], figure["value_max"], figure["unit"]) not in seen:
                break
        else:
            self._repeated = True
        if figure is not None:
            figure["text"] = text          # the figure as written, to check the document holds it
            self.cited.append(figure)
        return text

    def _slot_once(self, kind: str, low: str | None, high: str | None) -> tuple[str, dict | None]:
        rng, st = self.rng, self.style
        drawn: list[dict] = []

        def add(value, unit, value_max=None):
            drawn.append({"value": value, "value_max": value_max, "unit": unit})

        def pick_int() -> int:
            lo, hi = int(float(low)), int(float(high))
            n = rng.randint(lo, hi)
            if n >= 1000:
                n = round(n, -2)
            elif n >= 100:
                n = round(n, -1)
            return n

        if kind == "year":
            return str(self.year - rng.randint(2, 6)), (drawn[0] if drawn else None)
        if kind == "year_after":
            return str(self.year + rng.randint(1, 4)), (drawn[0] if drawn else None)
        if kind == "pct":
            n = pick_int()
            add(n, "percent")
            return f"{n}{st.pct_space}%" if rng.random() < 0.85 else f"{n} pour cent", (drawn[0] if drawn else None)
        if kind == "pctd":
            x = rng.randint(int(low) * 10, int(high) * 10) / 10
            add(x, "percent")
            return f"{fmt_dec(x)}{st.pct_space}%", (drawn[0] if drawn else None)
        if kind == "n":
            n = pick_int()
            add(n, "count")
            return fmt_int(n, st), (drawn[0] if drawn else None)
        if kind == "words":
            n = rng.choice([3, 4, 5, 6, 8])
            add(n, "count")
            return NUMBER_WORDS[n], (drawn[0] if drawn else None)
        if kind == "coll":
            n = rng.choice([20, 30, 50, 100])
            add(n, "count")
            return f"une {COLLECTIVES[n]} de", (drawn[0] if drawn else None)
        if kind == "ratio":
            d = rng.choice([3, 4, 5, 10])
            add(round(100 / d, 2), "percent")
            lead = rng.choice(["près d'", "", "environ "])
            return f"{lead}un habitant sur {RATIO_WORDS[d]}", (drawn[0] if drawn else None)
        if kind == "ratio2":
            a, d = rng.choice([(7, 10), (8, 10), (3, 4), (2, 3)])
            add(round(100 * a / d, 2), "percent")
            return f"{a} communes sur {d}", (drawn[0] if drawn else None)
        if kind == "range":
            a = rng.choice([10, 15, 20, 25])
            b = a + rng.choice([5, 10, 15])
            add(a, "percent", b)
            return f"entre {a} et {b}{st.pct_space}%", (drawn[0] if drawn else None)
        if kind == "meur":
            x = round(rng.uniform(float(low), float(high)), 1)
            add(x * 1_000_000, "eur")
            form = rng.choice(["M€", "millions d'euros", "million d'euros" if x < 2 else "millions d'euros"])
            return f"{fmt_dec(x)}{st.euro_space if form == 'M€' else ' '}{form}", (drawn[0] if drawn else None)
        if kind == "keur":
            n = round(pick_int(), -1)
            add(n * 1000, "eur")
            form = rng.choice(["k€", "euros", "€"])
            if form == "k€":
                return f"{n}{st.euro_space}k€", (drawn[0] if drawn else None)
            return f"{fmt_int(n * 1000, st)}{st.euro_space if form == '€' else ' '}{form}", (drawn[0] if drawn else None)
        if kind == "eur":
            n = pick_int()
            add(n, "eur")
            return f"{n}{st.euro_space}€" if rng.random() < 0.6 else f"{n} euros", (drawn[0] if drawn else None)
        units = {"m3": ["m3", "m³", "mètres cubes"], "mwh": ["MWh"], "kwh": ["kWh"], "t": ["tonnes"],
                 "km": ["km", "kilomètres"], "m2": ["m²", "m2", "mètres carrés"]}
        codes = {"m3": "m3", "mwh": "mwh", "kwh": "kwh", "t": "tonne", "km": "km", "m2": "m2"}
        n = pick_int()
        add(n, codes[kind])
        return f"{fmt_int(n, st)} {rng.choice(units[kind])}", (drawn[0] if drawn else None)

    # ------------------------------------------------------------------ expected
    def expected(self, file_name: str) -> dict:
        key: dict[str, dict] = {}
        for f in self.figures:
            if f.metric in key:        # several lines of one metric are added up
                key[f.metric]["value"] += f.value
                key[f.metric]["approximate"] = key[f.metric]["approximate"] or f.approximate
                key[f.metric]["numbers"].append(f.number)
            else:
                key[f.metric] = {"value": f.value, "approximate": f.approximate, "numbers": [f.number]}
        speakers = list(dict.fromkeys(p.display for s in self.sessions for p in s.people))
        return {
            "file": file_name,
            "format": self.format,
            "event": {
                "name": self.name,
                "year": self.year,
                "start_date": self.start.isoformat(),
                "end_date": self.end.isoformat() if self.end else None,
                "venue": self.venue if self.venue_style != "none" else None,
                "organizer": self.organizer if self.organizer_stated else None,
                "edition": self.edition,
            },
            "key_figures": key,
            "sessions": [{"type": s.type, "title": s.heading} for s in self.sessions],
            "speakers": speakers,
            "cited_figures": self.cited,
            "wordings": sorted(set(self.wordings + [f.wording for f in self.figures])),
        }

    # ------------------------------------------------------------------ shared phrases
    def intro(self) -> str:
        rng = self.rng
        the = {"m": "Le", "f": "La", "fp": "Les"}[self.gender] if not self.brand else "Le"
        name = self.name if self.brand else self.name[0].lower() + self.name[1:] if rng.random() < 0.3 else self.name
        if self.brand:
            subject = f"Le {self.brand}"
        else:
            subject = f"{the} {name}"
        held = {"m": "s'est tenu", "f": "s'est tenue", "fp": "se sont tenues"}[self.gender if not self.brand else "m"]
        parts = []
        when = self.date_text() if self.date_text().startswith(("du ", "les ")) else f"le {self.date_text()}"
        if self.date_place == "prose" and self.venue_style == "prose":
            parts.append(f"{subject} {held} {when} {self.venue_article}{'' if self.venue_article.endswith(chr(39)) else ' '}{self.venue}.")
        elif self.venue_style == "prose":
            parts.append(f"{subject} {held} {self.venue_article}{'' if self.venue_article.endswith(chr(39)) else ' '}{self.venue}, de 9h à 18h.")
        elif self.date_place == "prose":
            parts.append(f"{subject} {held} {when}.")
        else:
            parts.append(f"{subject} {'ont' if self.gender == 'fp' and not self.brand else 'a'} rassemblé élus, agents, entreprises et habitants autour des transitions du territoire.")
        if self.organizer_stated and self.organizer_style == "prose":
            organised = {"m": "Organisé", "f": "Organisée", "fp": "Organisées"}[self.gender if not self.brand else "m"]
            parts.append(f"{organised} par {'la' if self.organizer.split()[0] in ('Ville', 'Communauté', 'Métropole') else 'le'} "
                         f"{self.organizer}, l'événement réunit chaque année les acteurs publics et privés.")
        if self.edition_text:
            parts.append(f"Cette {self.edition_text} a confirmé l'intérêt du public pour ces questions.")
        if self.brand:
            parts.append(f"Pour le {self.brand}, l'enjeu était de montrer des réalisations concrètes.")
        parts += self.context
        return " ".join(parts)

    def item_parts(self, p: Person) -> tuple[str, str]:
        """One speaker-list item in the document's list style: (the name as written, the rest)."""
        style, role = self.list_style, p.role
        if style == "upper_dash":
            return p.upper, f", {role[0].upper() + role[1:]} - {p.org}"
        if style == "upper_comma":
            return p.upper, f", {role}, {p.org}"
        if style == "honorific":
            return f"{'Mme' if p.female else 'M.'} {p.display}", f" ({role}, {p.org})"
        if style == "family_first":
            return f"{p.family.upper()} {p.given}", f" – {role}, {p.org}"
        return p.upper, f" ({p.org})"

    def item(self, p: Person, fmt: str) -> str:
        name, rest = self.item_parts(p)
        if fmt == "md" and self.list_style in ("upper_dash", "upper_comma"):
            return f"**{name}**{rest}"
        if fmt == "html":
            return f"<strong>{html.escape(name)}</strong>{html.escape(rest)}"
        return name + rest

    def inline_list(self, people: list[Person]) -> str:
        if self.list_style == "inline_avec":
            items = [f"{p.display}, {p.role} ({p.org})" for p in people]
            return "Avec : " + " ; ".join(items)
        items = [self.item(p, "txt") for p in people]
        joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]
        return "Intervenants : " + joined

    def moderator_line(self, s: Session) -> str:
        m = s.moderator
        if self.moderator_style == "label":
            return f"Modération : {m.upper}, {m.role} ({m.org})"
        return f"{'Animée' if s.type == 'round_table' else 'Animé'} par {m.upper}, {m.role} ({m.org})"

    def heading_of(self, s: Session, upper: bool = False) -> str:
        sep = self.rng.choice([" – ", " : "])
        text = f"{s.label}{sep}{s.title}" if s.title else s.label
        return text.upper() if upper else text

    def next_edition(self) -> str:
        d = self.start.replace(year=self.year + 1) if not (self.start.month == 2 and self.start.day == 29) else self.start
        return (f"La prochaine édition est d'ores et déjà programmée le {WEEKDAYS[d.weekday()]} {d.day} "
                f"{MONTHS[d.month - 1]} {d.year}.")
