"""The figures a synthetic report's talks cite in running text: sentence and bullet templates with
slots, each slot a value written in one of the forms French reports use, recorded as expected."""

from __future__ import annotations

import re

from .vocabulary import COLLECTIVES, NUMBER_WORDS, RATIO_WORDS, fmt_dec, fmt_int


class CitedFigures:
    """Fills sentence and bullet templates with figures and records each in the report's ``cited``
    list. Reads ``rng``, ``style`` and ``year``; ``_used_templates`` and ``_repeated`` keep a
    document from saying the same thing twice."""

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
