"""Synthetic French event reports whose expected extraction is known by construction.

``generate(folder, n, seed)`` writes ``n`` reports into ``folder`` (plain text laid out like a
PDF-to-text export with its pages, Markdown, HTML), without a manifest: the pipeline reads them
as documents dropped in the sources folder, so everything it extracts comes from the text. Each
report is drawn from invented vocabularies (event kinds and themes, places, collectivités,
companies, common French given and family names) and written with one of several wordings for
every fact (dates, venue, organiser, headline figures, speaker lists, figures quoted in the talk
summaries). It returns, for each document, the extraction expected by construction:

    {"file", "format",
     "event": {name, year, start_date, end_date, venue, organizer, edition}  (None: not stated),
     "key_figures": {metric: {"value", "approximate", "numbers": [the number(s) as written]}},
     "sessions": [{"type", "title"}], "speakers": [full names],
     "cited_figures": [{"value", "value_max", "unit", "text": the figure as written}],
     "wordings": [labels of the wordings used, for the variety checks]}

``generate`` writes nothing else; the command line saves that list as ``expected.json`` next to
the documents folder (``OUT/documents`` and ``OUT/expected.json``).

``measure(folder, expected)`` reads and extracts every document with the pipeline's own code
(``discover_sources``, ``read_document``, ``extract_document``) and scores it: recall and
precision per kind (event fields, key figures, sessions, speakers, cited figures), micro-averaged
over the documents, the first misses for diagnosis, and the time each step took.

Conventions of the expected values (the project's, see pipelines/extract/*.py docstrings):
a figure between « » is reported speech, not a cited figure; the headline figures (a block, or
a sentence of the introduction that lists them) are key figures, not cited figures; a talk's
bullet "320 participants aux ateliers" is a cited figure, not a key figure; a proportion "un
habitant sur cinq" is 20 percent; a range "entre 20 et 30 %" has value 20 and value_max 30;
several headline lines of one metric are added up. A document never cites one value of one unit
twice (a second draw is made), since two mentions of one value of one thing are one claim.

    python -m bench.corpus --n 20 --out /tmp/synthetic [--seed 0]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import statistics
import sys
import textwrap
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("txt", "md", "html")

# =========================================================================== vocabularies
# Invented or generic: common French given and family names, invented places and organisations.
GIVEN_F = ["Camille", "Nathalie", "Isabelle", "Sandrine", "Céline", "Aurélie", "Émilie", "Claire",
           "Sophie", "Julie", "Laure", "Hélène", "Marion", "Agnès", "Valérie", "Élodie", "Chloé",
           "Léa", "Anne-Sophie", "Marie-Hélène", "Sylvie", "Patricia", "Karine", "Fatima", "Inès",
           "Yasmine", "Manon", "Pauline", "Gaëlle", "Delphine"]
GIVEN_M = ["Julien", "Sébastien", "Thibault", "Grégoire", "Valentin", "Mathieu", "Romain", "Benoît",
           "Arnaud", "Jérôme", "Pascal", "Éric", "Franck", "Xavier", "Bruno", "Hervé", "Karim",
           "Mehdi", "Clément", "Pierre-Yves", "Florian", "Lucas", "Quentin", "Adrien", "Baptiste",
           "Philippe", "Rémi", "Cyril", "Samir", "Bastien"]
FAMILY = ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Lambert", "Bonnet",
          "Mercier", "Faure", "Blanchard", "Garnier", "Perrin", "Morel", "Boyer", "Roussel",
          "Gauthier", "Lemoine", "Marchand", "Dumont", "Brunet", "Caron", "Masson", "Picard",
          "Renaud", "Vidal", "Aubert", "Barbier", "Giraud", "Leclerc", "Roche", "Meunier",
          "Carpentier", "Lacroix", "Prévost", "Huet", "Collet", "Lebrun", "Royer", "Poirier",
          "Marty", "Cordier", "Tessier", "Langlois", "Bailly", "Schmitt", "Leroux", "Dupuis",
          "Besnard", "Maillard", "Bertin", "Devaux", "Benali", "Haddad", "Mansouri", "Nguyen",
          "Diallo", "Traoré", "Ferreira", "Kaya", "Le Goff", "Da Costa", "Guillot", "Texier",
          "Joly", "Fabre", "Étienne", "Bouvier", "Rivière", "Hamon"]
TOWN_HEAD = ["Val", "Mont", "Roche", "Bel", "Font", "Clair", "Haut", "Beau", "Lor", "Mar", "Ver",
             "Cor", "Bren", "Sal", "Aur"]
TOWN_TAIL = ["brune", "vane", "mont", "ville", "fort", "aize", "erac", "ignac", "elles", "anges",
             "euil", "ac", "ourg", "esse", "ine"]
RIVERS = ["Lisse", "Orbe", "Vaure", "Sorne", "Aubance", "Lérane", "Brivette", "Ourde"]
BRANDS = ["Hydrelio", "Voltaïs", "Datalune", "Cyberval", "Mobiroute", "Ecotri", "Lumisens",
          "Terranoé", "Aquavelis", "Infralis", "Kervion", "Solvéa", "Numélia", "Ondeva", "Géoptis"]
EVENT_BRANDS = ["TERRIDATA", "CITÉVOLT", "NUMÉRIVAL", "ÉCOTECHNIA", "HYDROFORUM", "MOBILAB",
                "DATALOR", "SMARTERRA", "CLIMAVAL", "CYBERLOR"]
EVENT_KINDS = [("Forum", "m"), ("Salon", "m"), ("Journée", "f"), ("Journées", "fp"),
               ("Assises", "fp"), ("Rencontres", "fp"), ("Carrefour", "m"), ("Sommet", "m")]
EVENT_THEMES = ["de la Transition Numérique", "des Mobilités Durables", "de l'Innovation Territoriale",
                "de la Sobriété Énergétique", "de la Donnée Publique", "du Numérique Responsable",
                "de l'Eau et du Climat", "des Territoires Connectés", "de la Ville Durable",
                "de l'Inclusion Numérique", "de la Cybersécurité Locale", "de l'Économie Circulaire"]
SESSION_THEMES = [
    "L'inclusion numérique au plus près des habitants", "La sobriété énergétique des bâtiments publics",
    "Mobilités du quotidien", "Protéger les collectivités des cyberattaques", "Données ouvertes et territoires",
    "L'eau, une ressource à préserver", "Éclairage public et biodiversité", "Commerce de proximité et numérique",
    "Intelligence artificielle et services publics", "Réduire et valoriser les déchets", "Santé et numérique",
    "Rénover les écoles", "Le vélo au quotidien", "Les tiers-lieux, moteurs du territoire",
    "Achats publics responsables", "Adapter la ville aux fortes chaleurs", "Simplifier les démarches en ligne",
    "La fibre dans les hameaux", "Énergies renouvelables citoyennes", "Former les agents au numérique",
]
# Roles (masculine, feminine) by the kind of organisation a speaker comes from.
PUBLIC_ROLES = [
    ("directeur général des services", "directrice générale des services"),
    ("vice-président en charge du numérique", "vice-présidente en charge du numérique"),
    ("maire", "maire"),
    ("adjoint au maire délégué à la transition écologique", "adjointe au maire déléguée à la transition écologique"),
    ("chargé de mission énergie", "chargée de mission énergie"),
    ("responsable du service informatique", "responsable du service informatique"),
    ("chef de projet ville intelligente", "cheffe de projet ville intelligente"),
    ("conseiller numérique", "conseillère numérique"),
    ("responsable mobilités", "responsable mobilités"),
]
PRIVATE_ROLES = [
    ("fondateur", "fondatrice"), ("directeur", "directrice"), ("consultant", "consultante"),
    ("ingénieur hydraulique", "ingénieure hydraulique"), ("délégué régional", "déléguée régionale"),
    ("président", "présidente"), ("chef de projet", "cheffe de projet"),
]
ACADEMIC_ROLES = [("chercheur", "chercheuse"), ("maître de conférences", "maîtresse de conférences"),
                  ("directeur du laboratoire", "directrice du laboratoire")]
ASSOCIATION_ROLES = [("président", "présidente"), ("coordinateur du réseau", "coordinatrice du réseau"),
                     ("chargé de projet", "chargée de projet")]
ORGANISATIONS = [  # (shape, roles)
    ("Ville {de}", PUBLIC_ROLES), ("Mairie {de}", PUBLIC_ROLES), ("Communauté de communes {town}", PUBLIC_ROLES),
    ("Syndicat des eaux {de}", PUBLIC_ROLES), ("{brand} Énergies", PRIVATE_ROLES), ("{brand} Conseil", PRIVATE_ROLES),
    ("Agence {brand}", PRIVATE_ROLES), ("{brand}", PRIVATE_ROLES), ("Université {de}", ACADEMIC_ROLES),
    ("Association {brand}", ASSOCIATION_ROLES),
]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
NUMBER_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
                10: "dix", 12: "douze"}
ORDINAL_WORDS = {1: "première", 2: "deuxième", 3: "troisième", 4: "quatrième", 5: "cinquième",
                 6: "sixième", 7: "septième", 8: "huitième"}
COLLECTIVES = {10: "dizaine", 15: "quinzaine", 20: "vingtaine", 30: "trentaine", 40: "quarantaine",
               50: "cinquantaine", 100: "centaine"}
RATIO_WORDS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 10: "dix"}


def _town(rng: random.Random) -> str:
    head, tail = rng.choice(TOWN_HEAD), rng.choice(TOWN_TAIL)
    while head[-1] in "aeiou" and tail[0] in "aeiou" or head[-1] == tail[0]:
        tail = rng.choice(TOWN_TAIL)          # no "Beaueuil", "Salac" is fine
    name = head + tail
    if rng.random() < 0.3:
        name += f"-sur-{rng.choice(RIVERS)}"
    elif rng.random() < 0.15:
        name = f"Saint-{name}"
    return name


def _de(name: str) -> str:
    """"de Valbrune", "d'Aurine"."""
    return f"d'{name}" if name[0] in "AEIOUÉÈÂÎ" else f"de {name}"


def _de_la(name: str) -> str:
    """"de la Lisse", "de l'Orbe"."""
    return f"de l'{name}" if name[0] in "AEIOUÉÈÂÎ" else f"de la {name}"


# =========================================================================== number writing
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", "."]


@dataclass
class Style:
    """How a document writes numbers (documents are consistent with themselves)."""
    sep: str            # thousands separator
    pct_space: str      # between a number and "%"
    euro_space: str     # between a number and "€"


def fmt_int(n: int, style: Style) -> str:
    return f"{n:,}".replace(",", style.sep)


def fmt_dec(x: float) -> str:
    text = f"{x:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


# =========================================================================== the model
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


# =========================================================================== rendering
def _wrap(text: str, width: int) -> list[str]:
    """Wrap a paragraph like a PDF-to-text export, never inside a number ("1 200")."""
    protected = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009.](?=\d{3}(?!\d))", lambda m: {" ": "\x01"}.get(m.group(0), m.group(0)), text)
    lines = textwrap.wrap(protected, width=width, break_long_words=False, break_on_hyphens=False)
    return [line.replace("\x01", " ") for line in lines]


def figures_sentence(r: Report) -> str:
    """The headline figures in running text (no key-figures block)."""
    texts = [f.text[0].lower() + f.text[1:] for f in r.figures]
    first, rest = texts[:3], texts[3:]
    joined = first[0] if len(first) == 1 else ", ".join(first[:-1]) + " et " + first[-1]
    out = f"Avec {joined}, {r.the_kind()} confirme sa place dans l'agenda du territoire."
    if rest:
        more = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " et " + rest[-1]
        out += f" Le programme comptait {more}."
    return out


def figure_lines(r: Report, fmt: str) -> list[str]:
    lines = []
    for f in r.figures:
        if r.figure_layout == "labels":
            lines.append(f"{f.label} : {f.label_value}")
        elif r.figure_layout == "bullets":
            lines.append(r.bullet + f.text)
        else:
            lines.append(f.text)
    return lines


def render_txt(r: Report) -> str:
    rng = r.rng
    width = rng.choice([72, 80, 88])
    pages: list[list[str]] = []
    footer = f"{r.organizer} – Bilan {r.name} {r.year} – page {{k}}/{{n}}"

    def para(text: str) -> list[str]:
        return _wrap(text, width) + [""]

    p1 = [r.organizer.upper(), rng.choice(["Direction de l'attractivité", "Mission numérique", "Service communication"]), ""]
    title = f"{r.name} {r.year}"
    p1 += [title.upper() if rng.random() < 0.6 else title]
    p1 += [rng.choice(["Bilan de l'événement", "Compte rendu", "Rapport de synthèse"])]
    if r.edition_text:
        p1 += [r.edition_text[0].upper() + r.edition_text[1:]]
    p1 += [""]
    if r.date_place == "label":
        p1 += [f"Date{'s' if r.end else ''} : {r.date_text()}"]
    elif r.date_place == "line":
        p1 += [r.date_text(capital=True)]
    if r.venue_style == "label":
        p1 += [f"Lieu : {r.venue}"]
    elif r.venue_style == "line":
        p1 += [r.venue]
    if r.organizer_stated and r.organizer_style == "label":
        p1 += [f"Organisation : {r.organizer}"]
    p1 += [""]
    p1 += para(r.intro())
    if r.figure_layout == "sentence":
        p1 += para(figures_sentence(r))
    else:
        p1 += [rng.choice(["LES CHIFFRES CLÉS", f"{r.the_kind().upper()} EN CHIFFRES", "EN CHIFFRES",
                           "1. BILAN EN QUELQUES CHIFFRES"]), ""]
        p1 += figure_lines(r, "txt")
        p1 += [""]
    if r.comparison:
        p1 += para(r.comparison)
    # programme: a session line, then its host, moderator and speakers (long items wrap); on the
    # first page of a short report, else on a page of its own
    page_lines = 70 if r.length == "short" else rng.choice([30, 40, 55])
    compact = r.length == "short"
    if not compact:
        pages.append(p1)
    p2 = (p1 + [""]) if compact else []
    p2 += [rng.choice(["PROGRAMME", "INTERVENANTS", "2. PROGRAMME DE LA JOURNÉE"]), ""]
    timed = rng.random() < 0.4
    hour = 9
    for s in r.sessions:
        head = s.heading
        if timed:
            head = f"{hour}h{rng.choice(['00', '30'])} – {head}"
            hour += 1
        p2.append(head)
        if s.host:
            p2.append(f"{r.bullet}Atelier animé par {s.host}.")
        if s.moderator:
            p2 += _wrap(r.moderator_line(s), width)
        if s.speakers:
            if r.list_style.startswith("inline"):
                p2 += _wrap(r.inline_list(s.speakers), width)
            else:
                for p in s.speakers:
                    p2 += _wrap(r.bullet + r.item(p, "txt"), width)
        p2.append("")
    if compact:
        current_first = p2
    else:
        pages.append(p2)
        current_first = None
    # compte rendu: a page holds one session or more (a short report goes on with its first page)
    current: list[str] = (current_first + [""] if current_first else []) + [
        rng.choice(["COMPTE RENDU", "3. TEMPS FORTS", "CE QU'IL FAUT RETENIR"]), ""]
    for i, s in enumerate(r.sessions):
        current += [r.heading_of(s, upper=rng.random() < 0.5), ""]
        for kind, content in s.blocks:
            if kind == "p":
                current += para(content)
            else:
                for item in content:
                    current += _wrap(r.bullet + item, width)
                current += [""]
        if len(current) > page_lines and i < len(r.sessions) - 1 and len(pages) < 4:
            pages.append(current)
            current = []
    current += [rng.choice(["PERSPECTIVES", "ET APRÈS ?"]), ""]
    current += para(r.next_edition() + " Les supports des intervenants sont téléchargeables sur le site de la collectivité.")
    current += [f"Contact : {r.organizer}, 12 place de la Mairie, 62{rng.randint(100, 999)} {r.town}"]
    pages.append(current)
    out = []
    for k, page in enumerate(pages, start=1):
        while page and not page[-1].strip():
            page.pop()
        page = list(page)
        page[0] = " " + page[0]           # a page starts on a line whose first character is a space
        page += ["", footer.format(k=k, n=len(pages))]
        out.append("\n".join(page))
    return "\n".join(out) + "\n"


def _md_speakers(r: Report, s: Session) -> list[str]:
    out = []
    if s.host:
        out += [f"Atelier animé par {s.host}.", ""]
    if s.moderator:
        out += [f"*{r.moderator_line(s)}*", ""]
    if s.speakers:
        if r.list_style.startswith("inline"):
            out += [r.inline_list(s.speakers), ""]
        else:
            out += [f"- {r.item(p, 'md')}" for p in s.speakers] + [""]
    return out


def render_md(r: Report) -> str:
    rng = r.rng
    out: list[str] = []
    title = rng.choice([f"{r.name} {r.year} : le bilan", f"{r.name} {r.year} — Bilan",
                        f"Bilan {'du' if r.gender == 'm' else 'des' if r.gender == 'fp' else 'de la'} {r.name} {r.year}",
                        f"Retour sur {r.the_kind().split()[0]} {r.name} {r.year}"])
    r.wordings.append("title:" + ("bilan_prefix" if title.startswith("Bilan") else "retour" if title.startswith("Retour")
                                  else "suffix"))
    out += [f"# {title}", ""]
    if r.edition_text:
        out += [f"## Bilan de la {r.edition_text}", ""]
    out += [f"*Document publié le {(r.start + dt.timedelta(days=30)).strftime('%d/%m/%Y')} par le service communication.*", ""]
    if r.date_place == "label":
        out += [f"**Date{'s' if r.end else ''} :** {r.date_text()}  "]
    elif r.date_place == "line":
        out += [f"**{r.date_text(capital=True)}**", ""]
    if r.venue_style == "label":
        out += [f"**Lieu :** {r.venue}  "]
    if r.organizer_stated and r.organizer_style == "label":
        out += [f"**Organisation :** {r.organizer}"]
    out += ["", r.intro(), ""]
    if r.figure_layout == "sentence":
        out += [figures_sentence(r), ""]
    else:
        out += [f"## {rng.choice(['Chiffres clés', 'En chiffres', 'Les chiffres de l’édition'])}", ""]
        if r.figure_layout == "table":
            out += ["| Indicateur | Valeur |", "|---|---|"]
            out += [f"| {f.label} | {f.label_value} |" for f in r.figures]
        elif r.figure_layout == "lines":      # "- **1 280** participants"
            out += [f"- **{f.number_text}** {f.text[len(f.number_text):].strip()}" for f in r.figures]
        else:
            out += figure_lines(r, "md")
        out += [""]
    if r.comparison:
        out += [r.comparison, ""]
    out += ["## Programme", ""]
    if r.programme_layout == "timetable":
        out += ["| Horaire | Séquence |", "|---|---|"]
        for k, s in enumerate(r.sessions):
            out += [f"| {9 + k}h{rng.choice(['00', '30'])} | {s.heading} |"]
        out += [""]
    else:
        for s in r.sessions:
            out += [f"### {s.heading}", ""] + _md_speakers(r, s)
    out += [f"## {rng.choice(['Ce qu’il faut retenir', 'Temps forts', 'Compte rendu des échanges'])}", ""]
    for s in r.sessions:
        out += [f"### {r.heading_of(s)}", ""]
        if r.programme_layout == "timetable":
            out += _md_speakers(r, s)
        for kind, content in s.blocks:
            out += [content, ""] if kind == "p" else [f"- {item}" for item in content] + [""]
    out += ["## Et après ?", "", r.next_edition(), ""]
    out += [f"**Contact :** {r.organizer}, 12 place de la Mairie, 62{rng.randint(100, 999)} {r.town}.", ""]
    return "\n".join(out)


def _html_speakers(r: Report, s: Session) -> list[str]:
    e = html.escape
    out = []
    if s.host:
        out.append(f"<p>Atelier animé par {e(s.host)}.</p>")
    if s.moderator:
        out.append(f"<p><em>{e(r.moderator_line(s))}</em></p>")
    if s.speakers:
        if r.list_style.startswith("inline"):
            out.append(f"<p>{e(r.inline_list(s.speakers))}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{r.item(p, 'html')}</li>" for p in s.speakers) + "</ul>")
    return out


def render_html(r: Report) -> str:
    rng = r.rng
    e = html.escape
    title = f"{r.name} {r.year} : le bilan"
    body: list[str] = []
    body.append('<nav><ul><li><a href="/">Accueil</a></li><li><a href="/agenda">Agenda</a></li>'
                '<li><a href="/contact">Contact</a></li></ul></nav>')
    body.append("<main><article>")
    h1 = rng.choice([title, f"{r.name} {r.year}", f"Retour sur {r.the_kind().split()[0]} {r.name} {r.year}"])
    r.wordings.append("title:" + ("retour" if h1.startswith("Retour") else "suffix"))
    body.append(f"<h1>{e(h1)}</h1>")
    body.append(f'<p class="meta">Publié le {(r.start + dt.timedelta(days=20)).strftime("%d/%m/%Y")}</p>')
    info = []
    if r.date_place in ("label", "line"):
        info.append(f"<strong>Date{'s' if r.end else ''}&nbsp;:</strong> {e(r.date_text())}")
    if r.venue_style == "label":
        info.append(f"<strong>Lieu&nbsp;:</strong> {e(r.venue)}")
    if r.organizer_stated and r.organizer_style == "label":
        info.append(f"<strong>Organisation&nbsp;:</strong> {e(r.organizer)}")
    body.append(f'<p class="chapo">{e(r.intro())}</p>')
    if info:
        body.append("<h2>Infos pratiques</h2>")
        body.append("<p>" + "<br>\n".join(info) + "</p>")
    if r.figure_layout == "sentence":
        body.append(f"<p>{e(figures_sentence(r))}</p>")
    else:
        body.append(f"<h2>{e(rng.choice(['Les chiffres clés', 'En chiffres', 'Bilan chiffré']))}</h2>")
    if r.figure_layout == "table":
        rows = "\n".join(f"  <tr><th>{e(f.label)}</th><td>{e(f.label_value)}</td></tr>" for f in r.figures)
        body.append(f'<table class="chiffres">\n{rows}\n</table>')
    elif r.figure_layout == "labels":
        body.append("<ul>" + "".join(f"<li>{e(f.label)}&nbsp;: {e(f.label_value)}</li>" for f in r.figures) + "</ul>")
    elif r.figure_layout == "cards":        # the number on one line, what it counts on the next
        body.append('<ul class="chiffres-cles">\n' + "\n".join(
            f'<li class="carte"><strong>{e(f.number_text)}</strong><br>{e(f.noun_text)}</li>' for f in r.figures)
            + "\n</ul>")
    elif r.figure_layout != "sentence":
        items = []
        for f in r.figures:
            rest = f.text[len(f.number_text):]
            items.append(f"<li><strong>{e(f.number_text)}</strong>{e(rest)}</li>" if f.number_text[:1].isdigit()
                         else f"<li>{e(f.text)}</li>")
        body.append('<ul class="chiffres-cles">\n' + "\n".join(items) + "\n</ul>")
    if r.comparison:
        body.append(f"<p>{e(r.comparison)}</p>")
    body.append("<h2>Au programme</h2>")
    if r.programme_layout == "timetable":
        rows = "\n".join(f"  <tr><td>{9 + k}h{rng.choice(['00', '30'])}</td><td>{e(s.heading)}</td></tr>"
                         for k, s in enumerate(r.sessions))
        body.append(f'<table class="programme">\n  <tr><th>Horaire</th><th>Séquence</th></tr>\n{rows}\n</table>')
    else:
        for s in r.sessions:
            body.append(f"<h3>{e(s.heading)}</h3>")
            body += _html_speakers(r, s)
    body.append(f"<h2>{e(rng.choice(['Ce qu’il faut retenir', 'Les temps forts']))}</h2>")
    for s in r.sessions:
        body.append(f"<h3>{e(r.heading_of(s))}</h3>")
        if r.programme_layout == "timetable":
            body += _html_speakers(r, s)
        for kind, content in s.blocks:
            body.append(f"<p>{e(content)}</p>" if kind == "p"
                        else "<ul>" + "".join(f"<li>{e(item)}</li>" for item in content) + "</ul>")
    body.append("<h2>Et après&nbsp;?</h2>")
    body.append(f"<p>{e(r.next_edition())}</p>")
    body.append("</article></main>")
    body.append(f"<footer><p>{e(r.organizer)} – 12 place de la Mairie – 62{rng.randint(100, 999)} {e(r.town)}</p></footer>")
    return ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{e(title)} | {e(r.organizer)}</title>\n<style>body {{ max-width: 960px; }}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


RENDERERS = {"txt": render_txt, "md": render_md, "html": render_html}


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:50]


# =========================================================================== public API
def generate(folder: Path, n: int, seed: int = 0) -> list[dict]:
    """Write ``n`` synthetic reports into ``folder`` and return their expected extraction (see the
    module docstring). Deterministic: the same seed gives the same files and expectations, and
    document ``i`` does not depend on ``n``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected = []
    events: set[tuple[str, int]] = set()
    for i in range(n):
        report = Report(i, seed)
        for attempt in range(1, 50):
            # one event per document: the corpus can be published as a whole (two documents of
            # one event name and year would be one event)
            if (_slug(report.name), report.year) not in events:
                break
            report = Report(i, seed, attempt)
        events.add((_slug(report.name), report.year))
        text = RENDERERS[report.format](report)
        name = f"{i:03d}-{_slug(report.name)}-{report.year}.{report.format}"
        (folder / name).write_text(text, encoding="utf-8")
        expected.append(report.expected(name))
    return expected


# =========================================================================== measuring
EVENT_FIELDS = ("name", "year", "start_date", "end_date", "venue", "organizer", "edition")
KINDS = ("event_fields", "key_figures", "sessions", "speakers", "cited_figures")


def to_expected(exp: dict) -> dict:
    """A generated report's expectation in the format of the hand-checked files (tests/real/README.md),
    for the scorer of pipelines/evaluation."""
    return {
        "document": exp["file"],
        "event": {f: exp["event"].get(f) for f in EVENT_FIELDS},
        "key_figures": [{"metric": m, "value": v["value"], "approximate": v["approximate"]}
                        for m, v in exp["key_figures"].items()],
        "sessions": [{"title": s["title"], "type": s["type"]} for s in exp["sessions"]],
        "speakers": [{"name": n} for n in exp["speakers"]],
        "cited_figures": [{"value": c["value"], "value_max": c.get("value_max"), "unit": c["unit"]}
                          for c in exp["cited_figures"]],
    }


def measure(folder: Path, expected: list[dict], max_misses: int = 20) -> dict:
    """Extract every document of ``folder`` with the pipeline's code and score it against ``expected``
    with the project's scorer (pipelines/evaluation/scorer.py). Returns recall and precision per kind
    (micro-averaged over the documents), per event field, the first ``max_misses`` misses
    ("missing": expected but not extracted; "unexpected": extracted but not expected) and the timings
    (read and extract per document, in milliseconds)."""
    from pipelines.evaluation.scorer import Tally, score_document
    from pipelines.extract.documents import extract_document
    from pipelines.ingest import discover_sources, read_document

    entries = {e.file: e for e in discover_sources(Path(folder))}
    tally = {k: Tally() for k in KINDS}
    fields = {f: Tally() for f in EVENT_FIELDS}
    misses: list[dict] = []
    read_ms: list[float] = []
    extract_ms: list[float] = []
    for exp in expected:
        file = exp["file"]
        entry = entries.get(file)
        rows: dict = {}
        if entry is not None:
            t0 = time.perf_counter()
            doc = read_document(entry)
            t1 = time.perf_counter()
            rows = extract_document(doc)
            t2 = time.perf_counter()
            read_ms.append((t1 - t0) * 1000)
            extract_ms.append((t2 - t1) * 1000)
        score = score_document(to_expected(exp), rows, file)
        for name, t in score.event_by_field.items():
            fields[name].add(t)
        for kind in KINDS:
            t = score.fields[kind]
            tally[kind].add(t)
            misses += [{"file": file, "kind": kind, "what": "missing", "detail": m} for m in t.misses]
            misses += [{"file": file, "kind": kind, "what": "unexpected", "detail": m} for m in t.unexpected]
    return {
        "documents": len(expected),
        "kinds": {k: _rates(tally[k]) for k in KINDS},
        "event_fields": {f: _rates(fields[f]) for f in EVENT_FIELDS},
        "miss_count": len(misses),
        "misses_by_kind": dict(Counter(f"{m['kind']}:{m['what']}" for m in misses)),
        "misses": misses[:max_misses],
        "timing_ms": {
            "read_median": _round(statistics.median(read_ms)) if read_ms else None,
            "extract_median": _round(statistics.median(extract_ms)) if extract_ms else None,
            "extract_p95": _round(_percentile(extract_ms, 95)) if extract_ms else None,
            "extract_max": _round(max(extract_ms)) if extract_ms else None,
            "extract_total": _round(sum(extract_ms)),
        },
    }


def _rates(t) -> dict:
    return {"expected": t.expected, "found": t.found, "matched": t.matched,
            "recall": round(t.recall, 4) if t.expected else 1.0,
            "precision": round(t.precision, 4) if t.found else 1.0}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _round(x: float) -> float:
    return round(x, 2)


# =========================================================================== command line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20, help="number of documents (default 20)")
    parser.add_argument("--out", type=Path, required=True,
                        help="output folder: documents in OUT/documents, the expectations in OUT/expected.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", type=int, default=20, help="how many misses to print")
    args = parser.parse_args(argv)
    documents = args.out / "documents"
    if documents.exists():
        for old in documents.iterdir():
            if old.is_file() and old.suffix in (".txt", ".md", ".html"):
                old.unlink()
    expected = generate(documents, args.n, args.seed)
    (args.out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    result = measure(documents, expected, max_misses=args.misses)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
