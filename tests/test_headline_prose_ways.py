"""Headline figures in prose about the event: the people of a trade gathered, a count closing its
sentence before a breakdown of it ("dont ..."), the next step of a narrated day ("Puis 3 ateliers"),
the total restated after a part, the event's days named back ("ces 3 jours") or filled by the public;
the kinds of people listed up to an ellipsis, a bare collective count ("une quarantaine est venue");
and what is no count of the event: a contents entry's page number, a year before the count, people
and organisations counted together. Each with a case left alone. Made-up texts only."""

import pytest

from .support import headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("text, expected", [
    # the professions of a trade meeting, gathered by a verb
    ("Le congrès a réuni une cinquantaine de directeurs, responsables et techniciens des routes autour du thème.",
     {("participants", 50)}),
    ("Plus de 900 demandeurs d'emploi ont franchi la porte de la salle des fêtes pour le forum.",
     {("participants", 900)}),
    # ... never on their own
    ("La commune emploie 12 techniciens dans son service des routes depuis des années.", set()),
])
def test_people_of_a_trade_gathered(text, expected):
    assert _figures(LEAD + text) == expected


def test_a_count_closing_its_sentence_before_its_breakdown():
    text = ("Tenue du 3 au 5 juin au parc, la fête des jardins a confirmé son succès avec plus de 5 000 "
            "visiteurs, dont près de 900 scolaires accueillis lors de matinées dédiées.")
    assert ("visitors", 5000) in _figures(LEAD + text)
    # a convention's partners, broken down, are no attendance nor headline
    text = "La commune a signé une convention avec 12 partenaires, dont 4 associations qui recevront une aide."
    assert _figures(LEAD + text) == set()


def test_the_next_step_of_a_narrated_day():
    assert _figures(LEAD + "Puis 3 ateliers ont occupé les participants jusqu'au soir.") == {("workshops", 3)}
    assert _figures(LEAD + "Puis 12 personnes du service ont rangé la salle.") == set()


def test_the_total_restated_after_a_part():
    text = ("Près de 80 élus étaient réunis ce jeudi pour une journée d'échanges. Artisans, commerçants, élus, "
            "au total près de 120 acteurs ont répondu présents à l'invitation du syndicat.")
    assert _figures(LEAD + text) == {("participants", 120)}
    # without "au total", the first statement stands
    text = ("Près de 80 élus étaient réunis ce jeudi pour une journée d'échanges. Plus tard, "
            "près de 120 acteurs ont répondu présents à l'invitation du syndicat.")
    assert _figures(LEAD + text) == {("participants", 80)}


@pytest.mark.parametrize("text, expected", [
    ("Le programme de ces 3 jours se présente comme suit :", {("days", 3)}),
    ("Le programme de ces 15 derniers jours a été chargé.", set()),
    ("Depuis ces 15 jours, la rue est fermée.", set()),
    # the public filling the days, on a new line of the report
    ("Un record.\nPendant deux jours, le public a pu découvrir les stands et les animations du village.", {("days", 2)}),
    ("Un record.\nPendant deux jours, la mairie a fermé la rue au public.", set()),
    # ... in a report's past tense: an announcement's public may come for one part of the days only
    ("Un record.\nPendant deux jours, le public trouvera des ateliers pour les enfants.", set()),
])
def test_the_events_days(text, expected):
    assert _figures(LEAD + text) == expected


def test_a_contents_entry_is_no_count():
    text = "SOMMAIRE Ouverture... 3 Ateliers thématiques du matin... 5 ATELIERS - LA PAROLE DES HABITANTS... 9"
    assert _figures(LEAD + text) == set()
    assert _figures(LEAD + "Une belle journée... 5 ateliers ont rythmé la matinée des participants.") == {("workshops", 5)}


def test_a_year_before_the_count():
    assert _figures(LEAD + "Le forum a organisé courant 2019 six ateliers thématiques et participatifs.") == {("workshops", 6)}
    assert _figures(LEAD + "Le forum a organisé 3 grandes tables rondes et participatives.") == {("round_tables", 3)}


@pytest.mark.parametrize("text, expected", [
    # a short incise between commas after the gathering verb does not part it from its count
    ("La fête du vélo a réuni, malgré les fortes averses annoncées pour toute la journée, près de 800 visiteurs sur la place.",
     {("visitors", 800)}),
    ("Le forum a accueilli, comme les organisateurs de la commune l'avaient espéré, une quarantaine de participants.",
     {("participants", 40)}),
    # ... but an incise too long to be one, or a verb far from a count without commas, does
    ("Le forum a accueilli, dans une salle que la commune avait rénovée de fond en comble pour cette "
     "occasion longtemps attendue, les 40 participants.", set()),
    ("Le club a réuni ses membres pour parler du budget et de ses 40 participants du printemps.", set()),
])
def test_an_incise_between_the_verb_and_its_count(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the suppliers a trade fair gathers are its exhibitors, the fair named in the sentence
    ("Le salon des équipements urbains rassemblera plus de 90 fournisseurs et prestataires du secteur.",
     {("exhibitors", 90)}),
    ("Le salon professionnel a réuni une soixantaine d'entreprises venues de toute la région.",
     {("exhibitors", 60)}),
    # ... never suppliers gathered by anything other than a fair
    ("La centrale d'achat a réuni 150 fournisseurs pour renégocier ses tarifs.", set()),
])
def test_the_trade_a_fair_gathers(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a programme run into one paragraph: the time slot given over to a count of sessions puts them
    # on the event's programme
    ("Le matin est consacré aux exposés des experts et aux questions du public **14h00 – 15h30 3 ateliers "
     "thématiques en parallèle** puis la clôture par la présidente.", {("workshops", 3)}),
    # ... never an hour of something else followed by a count of sessions that are not programmed
    ("La salle a fermé ses portes à 18h et 4 ateliers du quartier ont été fermés.", set()),
])
def test_a_time_slot_given_over_to_sessions(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # two kinds of people counted together, the first unknown to the lexicon
    ("Quelque 150 maires et élus départementaux ont participé aux journées d'études de l'association.",
     {("participants", 150)}),
    # ... not a second metric's word: the visitors and the exhibitors are not one count
    ("Le salon a réuni 150 visiteurs et exposants venus de toute la région.", {("visitors", 150)}),
    # ... and the unknown kind alone counts nothing
    ("Quelque 110 maires sur les 119 du département ont été réunis.", set()),
])
def test_two_kinds_of_people_counted_together(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the day given over to the event's sessions
    ("L'après-midi était consacrée à 5 ateliers, dont l'objectif était d'imaginer des projets communs.",
     {("workshops", 5)}),
    # ... not things that are no sessions
    ("L'après-midi était consacrée à 5 projets, dont l'objectif était d'imaginer des actions communes.", set()),
])
def test_sessions_a_part_of_the_day_is_given_over_to(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the event's own days named by its noun after a duration word
    ("Sur les trois jours du congrès, 640 repas ont été servis par le traiteur.", {("days", 3)}),
    ("Pendant les deux journées de la manifestation, la navette a circulé sans arrêt.", {("days", 2)}),
    # ... or all of them, named by the definite article, with no duration word
    ("Des démonstrations et des concours ont rythmé les deux journées du congrès.", {("days", 2)}),
    ("Le billet donne accès aux trois jours de la manifestation.", {("days", 3)}),
    # ... a fair's or a feast's days too
    ("Pendant les dix jours de la foire, le public a pu découvrir les stands des artisans.", {("days", 10)}),
    # ... not the time left before it
    ("À trois jours du congrès, les organisateurs bouclent les dernières inscriptions.", set()),
    # ... nor some of its days
    ("Des démonstrations ont rythmé deux journées du congrès.", set()),
])
def test_days_named_by_the_event_noun(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # an open list of the kinds of people, closed by an ellipsis, goes on to its verb
    ("Une trentaine de personnes, élus, bénévoles, naturalistes, enseignants… ont participé à la balade commentée.",
     {("participants", 30)}),
    # ... an ellipsis before a capital still ends its sentence
    ("Nous avons parlé des haies, des mares, des vergers… 30 personnes, c'est beaucoup pour un village.", set()),
])
def test_people_listed_up_to_an_ellipsis(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # people and organisations counted together are no attendance
    ("Environ 90 personnes et associations ont pris part à la consultation du parc.", set()),
    ("Près de 90 élus et structures ont participé aux échanges de la rencontre.", set()),
    # ... people of two kinds are
    ("Environ 90 élus et techniciens ont pris part à la rencontre du parc.", {("participants", 90)}),
])
def test_people_and_organisations_counted_together(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare collective noun, subject of a gathering verb in the singular: the people named before it
    ("Sur les affiches, on annonçait une soirée conviviale, et une quarantaine est venue malgré l'orage.",
     {("participants", 40)}),
    ("Un millier s'est déplacé pour la fête du vélo.", {("participants", 1000)}),
    # ... not before any other verb, nor when a sentence states the attendance with its people
    ("Parmi les projets déposés, une vingtaine a été retenue par le jury.", set()),
    ("La rencontre a réuni 70 participants. Une cinquantaine est venue en train.", {("participants", 70)}),
])
def test_a_bare_collective_count_of_people(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the event receiving its public (round 329)
    ("Du 3 au 6 mars, le salon a reçu 48 000 visiteurs, soit 2 % de moins.", {("visitors", 48000)}),
    ("Samedi, la fête recevait quelque 300 visiteurs sur la place.", {("visitors", 300)}),
    # ... not what a body receives
    ("Le syndicat a reçu 48 000 euros de subventions.", set()),
    # the audience the event's speakers faced (round 330)
    ("Les experts invités sont intervenus devant deux cents dirigeants d'entreprises.", {("participants", 200)}),
    ("Devant près de 400 participants, l'association a ouvert son colloque annuel.", {("participants", 400)}),
    # ... not a place in front of something
    ("Les stands étaient installés devant 3 bâtiments de la mairie.", set()),
    # the exhibitors the public will find at the event (round 331)
    ("Les visiteurs pourront retrouver une quarantaine d'exposants proposant des produits du terroir.",
     {("exhibitors", 40)}),
    # ... not a place found again
    ("Les visiteurs pourront retrouver 3 parkings gratuits près de la salle.", set()),
    # the count compared by a comparative "que" with another time is this edition's (round 332)
    ("« Avec 12.000 visiteurs, on reste sur la même tendance que l'an dernier », se réjouit le président.",
     {("visitors", 12000)}),
    ("Avec 12 000 visiteurs, le salon fait mieux qu'en 2029.", {("visitors", 12000)}),
    # ... not a count of the other time itself
    ("L'an dernier, le salon avait accueilli 12 000 visiteurs.", set()),
    # the event's days named back after "après", "pendant", "durant" and a demonstrative (round 334)
    ("Le festival s'est achevé dimanche. Après ces quatre jours au parc, il part en tournée.", {("days", 4)}),
    ("Le salon a fermé ses portes. Pendant ces trois journées, les stands n'ont pas désempli.", {("days", 3)}),
    # ... not a span before the report
    ("Le festival s'est achevé dimanche. Depuis ces quinze jours, la pluie ne cesse pas.", set()),
])
def test_more_ways_of_stating_the_events_figures(text, expected):
    """Rounds 329 to 334: each way with a sentence it must leave alone."""
    assert _figures(LEAD + text + "\n") == expected
