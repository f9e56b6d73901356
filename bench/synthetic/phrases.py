"""Phrases every rendering of a synthetic report shares: the introduction, a speaker-list item in the
document's list style, a moderator line, a session heading and the next edition's announcement."""

from __future__ import annotations

import html

from .model import Person, Session
from .vocabulary import MONTHS, WEEKDAYS


class SharedPhrases:
    """Wordings of a drawn report, used by the text, Markdown, HTML, PDF and slide renderers."""

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
