"""Headline figures by the way a report states them: a key-figures slide or box, a title line, a
count of sessions of several kinds, a list whose members are not all counted, exhibitors counted
as organisations at their stands, signs of slides ("+ de 700"); and the counts that are another
time's (the pluperfect, "depuis 2018", a rate between verb and count). Made-up texts only."""

import pytest

from pipelines.document import Document, with_text_blocks
from pipelines.extract.headline import extract_headline_figures

from .support import headline_figures_compared as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("text, expected", [
    # a key-figures heading: the block under it may count the attendance in "personnes"
    ("Le forum en chiffres\n\n700 personnes\n35 exposants\n",
     {("participants", 700, None), ("exhibitors", 35, None)}),
    # ... and wins over a block stating more metrics elsewhere
    ("Le forum en chiffres\n\n700 visiteurs\n35 exposants\n\nLa suite\n\n"
     + "La journée s'est poursuivie par des échanges nourris entre les élus et les habitants. " * 12
     + "\n\n12 ateliers\n4 conférences\n20 stands\n",
     {("visitors", 700, None), ("exhibitors", 35, None)}),
    # cards whose label comes first, read in order (not each number with the next card's label)
    ("Le salon en chiffres\n\nVisiteurs\n1 200\n\nExposants\n35\n\nConférences\n60\n",
     {("visitors", 1200, None), ("exhibitors", 35, None), ("conferences", 60, None)}),
    ("Le salon en chiffres\n\n1 200\nvisiteurs\n\n35\nexposants\n",
     {("visitors", 1200, None), ("exhibitors", 35, None)}),
    # a slide's row of figures over (or under) a row of labels, set apart by wide runs of spaces
    ("Le salon en chiffres\n\n1 200     35     60\nvisiteurs     exposants     conférences\n",
     {("visitors", 1200, None), ("exhibitors", 35, None), ("conferences", 60, None)}),
    ("Le salon en chiffres\n\nVisiteurs     Exposants\n1 200     35\n", {("visitors", 1200, None), ("exhibitors", 35, None)}),
    # counts set side by side on a line without separators
    ("Le salon en chiffres\n\n1 200 visiteurs 35 exposants 60 conférences\n",
     {("visitors", 1200, None), ("exhibitors", 35, None), ("conferences", 60, None)}),
    # a slide's signs: "+ de 700", "+700", "> 700", "700+"
    ("Chiffres clés\n\n+ de 700 visiteurs\n35 exposants\n", {("visitors", 700, ">"), ("exhibitors", 35, None)}),
    ("Chiffres clés\n\n+700 visiteurs\n35 exposants\n", {("visitors", 700, ">"), ("exhibitors", 35, None)}),
    ("Chiffres clés\n\n> 700 visiteurs\n35 exposants\n", {("visitors", 700, ">"), ("exhibitors", 35, None)}),
    ("Chiffres clés\n\n700+ visiteurs\n35 exposants\n", {("visitors", 700, ">"), ("exhibitors", 35, None)}),
    # a title line that ends with a count, over lines that break it down
    ("Bilan\n\nUne belle affluence avec 420 participants\n\nLe public est venu nombreux.\n",
     {("participants", 420, None)}),
    ("Bilan.\nUn beau succès avec 420 participants\n- 300 participants contre 280 en 2019\n"
     "- 120 intervenants contre 100 en 2019\n",
     {("participants", 420, None), ("speakers", 120, None)}),
    # a count of sessions followed by kinds of programme items that are no metric: all sessions
    (LEAD + "Le salon a organisé 90 conférences, webinaires et démonstrations.\n", {("sessions", 90, None)}),
    ("Au programme : 30 conférences, démonstrations et masterclass\n", {("sessions", 30, None)}),
    # counts of sessions put on the programme by a verb before or after them
    (LEAD + "Cette année, 40 conférences et 12 ateliers ont été proposés aux visiteurs du salon.\n",
     {("conferences", 40, None), ("workshops", 12, None)}),
    (LEAD + "Cette année, le festival a programmé 25 ateliers.\n", {("workshops", 25, None)}),
    (LEAD + "Dans les salles du premier étage du centre, 40 ateliers ont été proposés.\n", {("workshops", 40, None)}),
    # a list whose members are not all counted
    (LEAD + "Deux plénières, des visites de terrain, une vingtaine d'ateliers et des temps conviviaux "
            "viendront rythmer cette édition.\n",
     {("plenaries", 2, None), ("workshops", 20, "~")}),
    ("Deux plénières, des visites de sites, une quinzaine d'ateliers et des points conseils composent la journée.\n",
     {("plenaries", 2, None), ("workshops", 15, "~")}),
    # organisations counted at their stands are the exhibitors
    (LEAD + "Côté stands, 18 associations étaient représentées.\n", {("exhibitors", 18, None)}),
    (LEAD + "Sur les stands, 25 entreprises et associations exposaient leurs savoir-faire.\n", {("exhibitors", 25, None)}),
    # counts that close a sentence about the event, or follow a colon
    (LEAD + "Le forum a affiché complet avec 300 participants.\n", {("participants", 300, None)}),
    (LEAD + "Bilan positif : la fréquentation a progressé avec 2 300 entrées, contre 1 500 l'an dernier.\n",
     {("visitors", 2300, None)}),
    (LEAD + "Un public nombreux : 700 participants en présentiel.\n", {("participants", 700, None)}),
    (LEAD + "Les chiffres sont tombés : avec près de 8 700 visiteurs, le salon progresse.\n", {("visitors", 8700, "~")}),
    # the programme counted after the verb is no single session: the attendance stands, and the
    # sessions attended are counted too
    (LEAD + "Plus de 1 200 personnes ont assisté aux 40 conférences et ateliers.\n",
     {("participants", 1200, ">"), ("sessions", 40, None)}),
    # a count of days or partners on a line of its own is a headline figure
    ("Agenda\n\n5 jours de fête du 3 au 7 juillet\n", {("days", 5, None)}),
    ("Le festival en chiffres\n\n25 partenaires\n3 jours\n", {("partners", 25, None), ("days", 3, None)}),
    ("Bilan\n\n3 jours, 40 exposants, 700 visiteurs\n", {("days", 3, None), ("exhibitors", 40, None), ("visitors", 700, None)}),
    # a level reached, an amount after its label
    (LEAD + "La fréquentation a atteint 1 200 visiteurs.\n", {("visitors", 1200, None)}),
    (LEAD + "Le forum a franchi la barre des 500 participants.\n", {("participants", 500, None)}),
    (LEAD + "Le nombre de visiteurs s'élève à 1 200, un record.\n", {("visitors", 1200, None)}),
    (LEAD + "Le nombre total d'exposants a atteint 85.\n", {("exhibitors", 85, None)}),
    # a year and an event named: the event's figures
    (LEAD + "En 2023, le salon a accueilli 1 300 visiteurs.\n", {("visitors", 1300, None)}),
    # more verbs of a count
    (LEAD + "On a dénombré 500 participants sur l'ensemble de la journée.\n", {("participants", 500, None)}),
    (LEAD + "Le salon a reçu la visite de 3 000 personnes.\n", {("participants", 3000, None)}),
    # the room's door crossed by the audience
    (LEAD + "Samedi, plus de 60 personnes ont poussé la porte de la salle des fêtes pour débattre.\n",
     {("participants", 60, ">")}),
    # the sessions held on the occasion of the day
    (LEAD + "Le samedi a permis de réaliser 5 sessions de travail en petits groupes.\n",
     {("sessions", 5, None)}),
    # one keynote speaker, in the singular
    (LEAD + "Samedi, le festival a proposé 1 grand témoin venu de Lyon et des démonstrations.\n",
     {("keynotes", 1, None)}),
])
def test_ways_of_stating_key_figures(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    # another edition, told in the pluperfect or named as past
    LEAD + "La journée revient ; l'édition de 2019, qui avait rassemblé plus de 300 participants, avait plu.\n",
    LEAD + "L'édition précédente avait accueilli 900 visiteurs.\n",
    LEAD + "En 2019, le salon avait accueilli 800 visiteurs.\n",
    # a total over a period, a rate between verb and count, a stock
    LEAD + "Ce dispositif a déjà réuni 1 200 élus lors de 40 ateliers depuis 2018.\n",
    LEAD + "120 partenaires accompagnent le réseau depuis 2010 dans ses actions.\n",
    LEAD + "Le salon, qui attire chaque année 5 000 visiteurs, ouvre ses portes.\n",
    LEAD + "Le réseau compte aujourd'hui 120 partenaires dans toute la France.\n",
    LEAD + "La plateforme compte 5 000 inscrits.\n",
    # an amount of another edition
    LEAD + "Le nombre de participants l'an dernier était de 300.\n",
    # an organisation's activity over a year
    LEAD + "En 2023, l'association a organisé 45 ateliers, 6 conférences et accueilli 1 300 visiteurs.\n",
    "Bilan\n\nAu cours de l'année, notre réseau a réuni 900 participants lors de 30 ateliers.\n",
    # a delay or a funding told in a sentence opening with its count, a capacity
    "Éclairage public\n\n15 jours plus tard, le conseil municipal a voté l'extinction.\n",
    "Éclairage public\n\n3 partenaires ont financé le projet : la région, l'État et le département.\n",
    "Informations pratiques\n\nParticipants : 30 maximum par atelier\n",
    # a date after a label, organisations without stands, a title naming a session
    "Inscriptions : 15 mars\nLieu : salle des fêtes\n",
    LEAD + "Le programme a été construit avec 18 associations du quartier.\n",
    # a door crossed or a thing made that is no gathering nor session
    LEAD + "Les pompiers ont franchi la porte de 3 maisons inondées.\n",
    LEAD + "La commune a réalisé 4 études de sol avant les travaux.\n",
    "Bilan\n\nLe premier atelier avec 40 participants\n\nLe public est venu nombreux.\n",
])
def test_counts_that_are_not_this_events(text):
    assert _figures(text) == set()


def test_a_sponsorship_deck_states_the_past_editions_figures_as_the_events():
    deck = ("Lucioles du Libre 2013\nDossier de partenariat\n\n"
            "L'an dernier, le festival a accueilli plus de 1 200 visiteurs.\n\n"
            "L'édition précédente avait réuni 80 exposants.\n")
    assert _figures(deck) == {("visitors", 1200, ">"), ("exhibitors", 80, None)}
    report = deck.replace("Dossier de partenariat", "Retour sur la journée")
    assert _figures(report) == set()


def test_a_sponsorship_deck_slide_of_the_last_edition():
    deck = ("Lucioles du Libre 2013\nDossier de partenariat\n\nL'édition 2012 en chiffres\n"
            "1 200 visiteurs\n60 conférences\n20 ateliers\n30 stands associatifs\n\nDevenir partenaire\nOr : 1 500 €\n")
    assert _figures(deck) == {("visitors", 1200, None), ("conferences", 60, None), ("workshops", 20, None),
                              ("exhibitors", 30, None)}


def test_a_sessions_audience_on_a_line_of_its_own_is_not_the_attendance():
    filler = "La journée s'est poursuivie par des échanges nourris entre les élus et les habitants. " * 12
    text = "Programme\n\nAtelier A : 20 participants\n\n" + filler + "\n\n3 ateliers\n2 tables rondes\n"
    assert _figures(text) == {("workshops", 3, None), ("round_tables", 2, None)}


def test_the_attendance_on_a_line_of_its_own_away_from_the_block():
    filler = "La journée s'est poursuivie par des échanges nourris entre les élus et les habitants. " * 12
    text = "Retour sur le forum\n\n700 visiteurs\n\n" + filler + "\n\nAu programme :\n- 3 ateliers\n- 2 tables rondes\n"
    assert _figures(text) == {("visitors", 700, None), ("workshops", 3, None), ("round_tables", 2, None)}


def test_people_who_visited_the_events_parts_listed_are_its_attendance():
    # a verb of going through the event's places after the count, and a negated qualifier
    assert _figures(LEAD + "Sur la journée, ce ne sont pas moins de 320 personnes qui ont fréquenté les ateliers, "
                    "expositions et autres animations du salon.\n") == {("participants", 320, ">=")}
    # one session as the object: the audience of a part of the event, a cited figure
    assert _figures(LEAD + "Au total, 40 personnes ont fréquenté la table ronde du matin, puis le buffet.\n") == set()


def test_sessions_counted_in_words_are_the_programme_not_one_session():
    # "quatre ateliers" counts the sessions: the speakers counted after it are the event's
    assert ("speakers", 6, None) in _figures(
        LEAD + "Les débats ont porté sur quatre ateliers animés par les bénévoles, avec la participation de 6 intervenants.\n")
    # one workshop named by its rank: its speakers are a part's
    assert _figures(LEAD + "Le premier atelier s'est tenu avec la participation de 6 intervenants.\n") == set()


def test_a_day_structured_around_its_sessions_counts_them_exactly():
    # "autour de" after a verb of structure is the preposition, not "about"
    assert _figures(LEAD + "Les échanges se sont structurés autour de quatre tables rondes.\n") == {("round_tables", 4, None)}
    # elsewhere it still qualifies the count
    assert _figures(LEAD + "Le festival a programmé autour de 25 ateliers.\n") == {("workshops", 25, "~")}


@pytest.mark.parametrize("text, expected", [
    # the event's days filled with its activities, wherever the sentence states them
    (LEAD + "Petit tour du programme de ces quatre jours de conférences et de visites.\n", {("days", 4, None)}),
    (LEAD + "Trois jours de congés plus tard, le maire a signé l'arrêté.\n", set()),
    # ... a word describing the days between them and their activities
    (LEAD + "Deux jours magiques de festivités ont attiré le public du canton.\n", {("days", 2, None)}),
    (LEAD + "Deux jours par semaine de formation attendent les agents.\n", set()),
    # a short complement of a count, then the next count of the list
    (LEAD + "Samedi, des conférences : 2 grands témoins venus de Lyon, 6 présentations et des démonstrations.\n",
     {("keynotes", 2, None), ("conferences", 6, None)}),
    # a noun of attendance heading the clause of "avec", whatever follows the counts
    (LEAD + "Le salon a connu une affluence record avec 900 congressistes et 40 collectivités "
            "représentées, 5 % de plus qu'en 2019.\n", {("participants", 900, None)}),
    (LEAD + "Le syndicat a signé une convention avec 12 partenaires et 3 communes pour développer les réseaux "
            "de chaleur en ville.\n", set()),
    # a level neared, in the present
    (LEAD + "Belle réussite : la fréquentation approche cette fois les 1 800 entrées.\n", {("visitors", 1800, None)}),
    (LEAD + "Le salon, qui approche chaque année les 5 000 visiteurs, ouvre ses portes.\n", set()),
    # the event as the place people flow to
    (LEAD + "Un salon qui voyait converger plus de quatre cents visiteurs de la vallée.\n", {("visitors", 400, ">")}),
    (LEAD + "Sur la place, on voyait converger trois routes vers le village.\n", set()),
    # the size of the programme in rendez-vous
    (LEAD + "Au total, un programme de 45 rendez-vous attendait les visiteurs.\n", {("sessions", 45, None)}),
    # stands offered by the event's village, in the imperfect of a report
    (LEAD + "La place du marché offrait une quarantaine de stands.\n", {("exhibitors", 40, "~")}),
    (LEAD + "Le village proposait une trentaine de logements aux saisonniers.\n", set()),
    # the participants at work for the event's length
    (LEAD + "Les équipes ont planché pendant trois jours sur les données ouvertes.\n", {("days", 3, None)}),
    # a length opening its sentence is the event's only when the event fills it (a length in
    # passing inside a sentence is read as the event's: test_headline_days_length_phrase.py)
    (LEAD + "Pendant deux jours, les agents ont attendu les résultats du scrutin.\n", set()),
])
def test_headline_figures_as_event_reports_write_them(text, expected):
    assert _figures(text) == expected


def test_lines_of_other_kinds_of_one_metric_are_not_added_up():
    # "temps forts" are another kind of session than the working sessions
    block = "Le forum en chiffres\n\n14 sessions de travail\n5 temps forts\n300 participants\n"
    assert _figures(block) == {("sessions", 14, None), ("participants", 300, None)}
    # lines of one kind, singular or plural, still are
    block = "Le forum en chiffres\n\n1 atelier le matin\n2 ateliers l'après-midi\n300 participants\n"
    assert _figures(block) == {("workshops", 3, None), ("participants", 300, None)}


# --------------------------------------------------------------------------- rules from dev half A (round 3)
def _titled(text: str, title: str) -> set[tuple]:
    doc = with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title))
    return {(f.metric, f.value, f.comparator) for f in extract_headline_figures(doc)}


def test_a_count_split_by_gender_is_one_count():
    text = "Le bilan\n\n- 4 animatrices et 3 animateurs venus de la région\n- 6 ateliers de cuisine\n"
    assert ("speakers", 7, None) not in _figures(text)      # "animateurs" is no metric word
    text = "Le bilan\n\n- 2 oratrices et 3 orateurs venus de la région\n- 6 ateliers de cuisine\n"
    assert _figures(text) == {("speakers", 5, None), ("workshops", 6, None)}
    # two counts of one kind on one line are still not mixed with another kind
    text = "Le bilan\n\n- 2 intervenantes et 3 conférenciers\n- 6 ateliers\n"
    assert ("speakers", 5, None) not in _figures(text)


def test_a_collective_count_takes_a_singular_verb():
    assert _figures(LEAD + "Il était midi lorsque la vingtaine d'élus s'est réunie dans la salle des fêtes.\n") == {
        ("participants", 20, "~")}
    assert _figures(LEAD + "Une cinquantaine de participants a pris part aux échanges du soir.\n") == {
        ("participants", 50, "~")}
    # a count of something else with the same verb
    assert _figures(LEAD + "La vingtaine de dossiers s'est réunie en un seul rapport.\n") == set()


def test_a_sentence_opening_with_counts_of_other_things_then_the_attendance():
    text = LEAD + "Plus de 60 bénévoles, près de 1 500 visiteurs sur la journée, de nombreux stands : la fête fut belle.\n"
    assert _figures(text) == {("visitors", 1500, "~")}
    # words before the count that are no count: no list of counts
    text = LEAD + "Dans la grande salle du haut, près de 1 500 visiteurs sur la journée : la fête fut belle.\n"
    assert _figures(text) == set()


def test_the_event_waiting_for_its_audience():
    assert _figures(LEAD + "Les organisateurs attendaient les 2 400 professionnels du secteur.\n") == {
        ("participants", 2400, None)}
    assert _figures(LEAD + "Les organisateurs attendaient les 2 400 euros de la subvention.\n") == set()


def test_organisations_at_a_fair_named_by_the_title_are_its_exhibitors():
    text = LEAD + "Cette année, le forum réunissait 32 recruteurs de tout le canton.\n"
    assert _titled(text, "Forum de l'emploi de Valbrune") == {("exhibitors", 32, None)}
    assert _titled(text, "Forum des mobilités de Valbrune") == set()
    text = LEAD + "Au total, le nombre d'associations inscrites s'élève à 48.\n"
    assert _titled(text, "Forum des associations de Valbrune") == {("exhibitors", 48, None)}
    assert _titled(text, "Journée de l'habitat de Valbrune") == set()


def test_the_gathering_restated_in_people():
    text = LEAD + "Au total, 12 équipes se sont affrontées, ce qui représente 51 développeurs venus de trois écoles.\n"
    assert _figures(text) == {("participants", 51, None)}
    text = LEAD + "Au total, 12 équipes se sont affrontées, avec l'aide de 51 développeurs venus de trois écoles.\n"
    assert ("participants", 51, None) not in _figures(text)


def test_a_count_named_back_as_the_attendance():
    assert _figures(LEAD + "Enfin, 640 personnes, c'est la fréquentation relevée par la mairie.\n") == {
        ("participants", 640, None)}
    assert _figures(LEAD + "Enfin, 640 personnes, selon la mairie, ne sont pas venues.\n") == set()


def test_debates_are_round_tables():
    assert _figures(LEAD + "La médiathèque a proposé trois débats publics sur les jardins partagés.\n") == {
        ("round_tables", 3, None)}
    assert _figures(LEAD + "La médiathèque a proposé trois lectures publiques sur les jardins partagés.\n") == set()


def test_a_list_item_heading_the_sessions_listed_under_it():
    text = ("Au programme :\n- 3 tables rondes :\n- « La forêt demain », animée par une géographe ;\n"
            "- « L'eau en partage », animée par un hydrologue ;\n- « Le sol vivant », animée par une paysanne.\n")
    assert _figures(text) == {("round_tables", 3, None)}
    text = ("Au programme :\n- 3 tables rondes sur la forêt\n- une visite du marais ;\n"
            "- un repas partagé ;\n- un concert en soirée.\n")
    assert _figures(text) == set()


# --------------------------------------------------------------------------- rules from dev half B (round 4)
def test_counts_of_sessions_announcing_the_list_after_a_quotation_closed_the_way_french_writes():
    # "? »" (a space before the closing guillemet) ends the sentence; "Avec trois ateliers :" then
    # announces the numbered list that follows
    text = ("Programme\n\n- 10h : Plénière « Quelle place pour les jardins ? »\n"
            "Avec trois ateliers : 1. Les semis de printemps :\n- Jean Tilleul, jardinier\n")
    assert ("workshops", 3, None) in _figures(text)
    # a count announcing a list in a sentence that says something else of it is no key figure
    text = ("Programme\n\n- 10h : Plénière « Quelle place pour les jardins ? »\n"
            "La plénière reprendra trois ateliers : 1. Les semis de printemps :\n- Jean Tilleul, jardinier\n")
    assert ("workshops", 3, None) not in _figures(text)
    # counts of people announcing a list are not read this way
    text = ("Programme\n\n- 10h : Plénière « Quelle place pour les jardins ? »\n"
            "Avec trois intervenants : 1. Jean Tilleul :\n- jardinier\n")
    assert ("speakers", 3, None) not in _figures(text)


def test_the_audience_attending_the_counted_sessions():
    assert _figures(LEAD + "Les jardiniers, les élus et les habitants ont assisté à quatre tables rondes.\n") == {
        ("round_tables", 4, None)}
    assert _figures(LEAD + "Le public a pu participer à 12 ateliers tout au long de la journée.\n") == {
        ("workshops", 12, None)}
    # another edition's sessions, or things attended that are no sessions
    assert _figures(LEAD + "L'an dernier, les habitants avaient assisté à quatre tables rondes.\n") == set()
    assert _figures(LEAD + "Les jardiniers ont assisté à quatre démonstrations de taille.\n") == set()


def test_a_list_item_run_into_the_item_before_it():
    # the line break between two items lost: the second is read as on a line of its own
    text = ("Au programme :\n- 2 tables rondes :\n- « Le bocage », avec des chercheurs ;\n"
            "- « Les haies », avec des élus. - 3 séquences de témoignages sur :\n- la taille ;\n- le paillage ;\n"
            "- la vente du bois.\n")
    assert _figures(text) == {("round_tables", 2, None), ("sessions", 3, None)}
    # a sequence counted in the singular, or a count run in that says nothing of the event
    assert _figures(LEAD + "Le film a été coupé à la séquence 4 de la bobine.\n") == set()
    assert _figures(LEAD + "Le chantier est clos. - 3 partenaires ont financé le projet.\n") == set()


def test_counts_described_by_a_participle_in_a_long_sentence():
    # a sentence longer than the reach around each count: the counts listed together are read together
    lead = ("Plus de 700 personnes se sont pressées, ce samedi, à la salle des fêtes de Valbrune pour le forum "
            "qui a permis aux habitants de rencontrer des employeurs, de présenter un CV, de recevoir les conseils "
            "de professionnels et de s'informer auprès des partenaires de l'emploi, ")
    text = LEAD + lead + "45 entreprises représentant 8 secteurs d'activités et 20 partenaires ont répondu présent.\n"
    assert _titled(text, "Forum de l'emploi de Valbrune") == {
        ("participants", 700, ">"), ("exhibitors", 45, None), ("partners", 20, None)}
    # a longer description is a clause of its own: the first count is not joined to the verb
    text = LEAD + lead + ("45 entreprises représentant à elles seules plus de 8 secteurs d'activités et 20 partenaires "
                          "ont répondu présent.\n")
    assert ("exhibitors", 45, None) not in _titled(text, "Forum de l'emploi de Valbrune")


def test_the_actors_the_event_brought_together():
    assert _figures(LEAD + "La rencontre a fédéré 300 acteurs du territoire.\n") == {("participants", 300, None)}
    # a network's members: a stock, not a gathering
    assert _figures(LEAD + "Le réseau fédère 120 partenaires dans la région.\n") == set()


def test_counts_listed_after_a_short_lead_and_its_colon():
    text = ("Le festival des Potiers s'est tenu samedi à Valbrune.\n\n"
            "Paul Brun a donné quelques chiffres : neuf jours de montage, 150 bénévoles et 3 000 festivaliers.\n")
    assert ("visitors", 3000, None) in _figures(text)
    # a session's name before the colon: the audience of one part of the event
    session = "Le forum s'est tenu samedi.\n\nAtelier A : 12 tables, 20 participants.\n"
    assert not any(m == "participants" for m, _, _ in _figures(session))


def test_a_line_the_reader_keeps_apart_ends_its_sentence():
    # a subheading with no full stop does not run into the sentence below it
    text = ("Le festival des Potiers s'est tenu samedi à Valbrune.\n"
            "Le coût réel d'une entrée est de 75 €\n"
            "Paul Brun a donné quelques chiffres : neuf jours de montage, 150 bénévoles et 3 000 festivaliers.\n")
    assert ("visitors", 3000, None) in _figures(text)


def test_the_organisers_count_in_the_first_person():
    text = ("Le festival de la bande dessinée de Valbrune s'est tenu samedi et dimanche.\n\n"
            "« Nous avons enregistré près de 1 200 entrées », se réjouit la présidente.\n")
    assert ("visitors", 1200, "~") in _figures(text)


def test_a_count_compared_with_is_another_times():
    text = ("Le salon Vinalia 2031 de Valbrune\n\n"
            "Après trois journées intenses, le salon Vinalia 2031 enregistre une hausse de 41 % de son visitorat : soit "
            "36 334 visiteurs (par rapport aux 25 739 visiteurs de 2029), avec 3 387 stands.\n")
    assert ("visitors", 36334, None) in _figures(text)
    assert not any(v == 62073 for _, v, _ in _figures(text))


def test_the_level_the_attendance_reached():
    text = ("Le marché de Noël de Valbrune 2031 a fermé ses portes.\n\n"
            "Un bilan plus que positif avec la barre des 1 700 000 visiteurs atteinte au soir de la fermeture.\n")
    assert ("visitors", 1700000, None) in _figures(text)


def test_the_number_estimated_before_the_count():
    # "estime le nombre de visiteurs autour de 25 000 personnes": the attendance the organiser estimates
    text = ("Le comice de Valbrune entre les gouttes\n\n"
            "Le comice agricole de Valbrune s'est déroulé les 1er et 2 juin. Le président du comice, Jean Brun, "
            "estime le nombre de visiteurs autour de 12 000 personnes.\n")
    assert ("participants", 12000, "~") in _figures(text)


def test_thousands_written_with_mille_after_the_digits():
    text = ("Les Lumières de Valbrune 2031\n\n"
            "Le marché de Noël de Valbrune a ouvert le 23 novembre. La barre des 500 mille visiteurs pourrait être atteinte.\n")
    assert ("visitors", 500000, None) in _figures(text)
    assert not any(v == 1000 for _, v, _ in _figures(text))


def test_the_stalls_of_a_market_are_its_exhibitors():
    text = ("Le marché de Noël de Valbrune 2031\n\n"
            "Le marché de Noël de Valbrune a fermé ses portes. Plus de 120 chalets ont été installés sur la place.\n")
    assert ("exhibitors", 120, ">") in _figures(text)
    fair = ("Fête médiévale de Valbrune 2031\n\nLa fête médiévale se tient samedi et dimanche.\n"
            "Tout au long des deux jours : marché médiéval et artisanal: plus de 60 échoppes, jeux pour enfants.\n")
    assert ("exhibitors", 60, ">") in _figures(fair)


def test_the_tickets_an_event_sold_count_its_visitors():
    text = ("Le comice de Valbrune 2031\n\n"
            "Le comice de Valbrune s'est tenu les 25 et 26 mars 2031. « Nous avons atteint les 12 000 billets "
            "d'entrée vendus », se réjouit le président.\n")
    assert ("visitors", 12000, None) in _figures(text)


def test_an_adverb_set_off_by_commas_inside_the_gathering_verb():
    text = ("Le forum de Valbrune 2031\n\nLe forum de Valbrune se tiendra le 12 mai 2031. "
            "Plus de 90 personnes sont, en effet, attendues jeudi.\n")
    assert ("participants", 90, ">") in _figures(text)


def test_a_rise_in_the_count_is_no_total():
    text = ("Les Journées du patrimoine de Valbrune 2031\n\nLes Journées du patrimoine de Valbrune se sont tenues "
            "les 20 et 21 septembre 2031. On dénombre une hausse de presque 50 000 personnes.\n")
    assert not any(v == 50000 for _, v, _ in _figures(text))
    total = text.replace("une hausse de presque 50 000 personnes", "presque 50 000 personnes présentes")
    assert any(v == 50000 for _, v, _ in _figures(total))
