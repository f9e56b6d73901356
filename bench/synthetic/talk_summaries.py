"""The talk summaries of a synthetic report: the context sentences of the introduction, and for
each session paragraphs of opener, filler, cited-figure sentences, result bullets and quotations."""

from __future__ import annotations

import datetime as dt

from .model import Person
from .vocabulary import MONTHS


class TalkSummaries:
    """Writes the summaries (``_make_summaries``) once the programme is drawn, into each session's
    ``blocks``; sets ``context`` and ``verbosity``. The figures they hold come from ``CitedFigures``."""

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
