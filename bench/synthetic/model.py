"""What a synthetic report is made of: the people named, the programme's sessions and the headline
figures, each with the wording the document uses for it."""

from __future__ import annotations

from dataclasses import dataclass, field


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
