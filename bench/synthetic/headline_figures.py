"""The headline figures of a synthetic report (visitors, exhibitors, speakers, sessions, days): the
values drawn from the programme, the wording of each figure and the layout of the key-figures block."""

from __future__ import annotations

from collections import Counter

from .model import Figure
from .vocabulary import COLLECTIVES, NUMBER_WORDS, fmt_int


class HeadlineFigures:
    """Draws the headline figures (``_make_figures``) once the programme is drawn. Reads the
    report's ``rng``, ``style``, ``format``, ``sessions``, ``end`` and ``year``; sets ``figures``,
    ``figure_layout`` and ``comparison`` (a previous edition's audience, then a cited figure)."""

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
