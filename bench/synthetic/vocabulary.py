"""Invented or generic vocabularies of the synthetic reports (names, places, organisations, roles,
event kinds and themes) and the ways a document writes its numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass

FORMATS = ("txt", "md", "html")

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
