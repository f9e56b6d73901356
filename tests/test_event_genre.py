"""The event and its headline figures as French event reports write them, beyond the first
report's layout: ranges of dates, a plain text's title line, a named event without an event
noun, venues and organisers with their complements; headline figures chained on a line, in
lists, before their verb, with their qualifier elided ("plus d'une centaine"). Every text here
is made up (invented names and figures), one rule per test."""

from __future__ import annotations

import pytest

from pipelines.extract.events import describes_event, extract_event, find_dates
from pipelines.extract.headline import extract_headline_figures
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry

from .support import doc_of as _doc, headline_figures_compared as _figures


def _read(tmp_path, text: str, name: str = "page.txt", **entry):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=name, path=path, **entry))


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize("written, start, end", [
    ("les 3-5 octobre 2023", "2023-10-03", "2023-10-05"),
    ("du 30 septembre – 2 octobre 2023", "2023-09-30", "2023-10-02"),
    ("du 03/10/2023 au 05/10/2023", "2023-10-03", "2023-10-05"),
    ("03/10/2023 - 05/10/2023", "2023-10-03", "2023-10-05"),
    ("les 3, 4 et 5 octobre 2023", "2023-10-03", "2023-10-05"),
    ("le 30 septembre et le 1er octobre 2023", "2023-09-30", "2023-10-01"),
    ("le mercredi 18 janvier 2023", "2023-01-18", None),
    ("les 30 juin, 1er et 2 juillet 2010", "2010-06-30", "2010-07-02"),
    ("du 30 décembre 2023 au 2 janvier 2024", "2023-12-30", "2024-01-02"),
    ("31 juillet 2020 – 08 septembre 2020", "2020-07-31", "2020-09-08"),
])
def test_ranges_of_dates(written, start, end):
    (_, first, last), = find_dates(f"Le forum aura lieu {written} à Valbrune.")
    assert (first.isoformat(), last.isoformat() if last else None) == (start, end)


def test_a_programme_title_is_no_scheduling_word(tmp_path):
    """"mini-programme (23, 24 et 25 mars 2016)": "programme" is not "programmé" (a next date)."""
    doc = _read(tmp_path, "10:00 Amphi A Keynote\n\n11:00 Amphi B Atelier Python\n\n14:00 Amphi C Tests\n", name="p.txt",
                title="Brunelcamp 2016 : mini-programme (23, 24 et 25 mars 2016)")
    event = extract_event(doc)
    assert (event.start_date, event.end_date) == ("2016-03-23", "2016-03-25")


def test_a_season_is_no_range():
    assert find_dates("La saison 2023-2024 du club.") == []


# --------------------------------------------------------------------------- is there an event, and its name
def test_the_first_line_of_a_plain_text_is_its_title(tmp_path):
    text = ("Colloque sur la donnée\n\nLe colloque se déroulera le vendredi 12 avril 2024 à l'Hôtel de Ville "
            "de Valbrune, à l'initiative de la Ville de Valbrune.\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.name, event.start_date, event.venue, event.organizer) == (
        "Colloque sur la donnée", "2024-04-12", "Hôtel de Ville de Valbrune", "Ville de Valbrune")


def test_a_first_line_that_ends_a_sentence_is_no_title(tmp_path):
    text = "La commune éteint ses lampadaires à minuit.\n\nLe conseil a voté le 3 mai 2021.\n"
    assert extract_event(_read(tmp_path, text)) is None


def test_an_event_noun_inside_a_place_name_is_not_the_event(tmp_path):
    text = ("Valbrune Numérique 2023\n\nLa 5e édition de Valbrune Numérique s'est tenue le jeudi 9 mars 2023 "
            "au Centre des congrès de Valbrune.\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.name, event.edition, event.start_date, event.venue) == (
        "Valbrune Numérique", 5, "2023-03-09", "Centre des congrès de Valbrune")


def test_a_numbered_edition_of_a_named_event_is_an_event(tmp_path):
    text = "Une belle réussite pour la 3e édition de Brunel Connect, le 4 avril 2024 au Parc des expositions.\n"
    doc = _read(tmp_path, text, name="note.md", title="Une belle réussite")
    assert describes_event(doc)
    assert extract_event(doc).name == "Brunel Connect"


def test_the_title_name_doing_what_events_do(tmp_path):
    text = ("Retour sur Valbrune Numérique\n\nLe 9 mars dernier, Valbrune Numérique a ouvert ses portes "
            "au Centre des congrès. Plus de 600 visiteurs ont parcouru les stands.\n")
    doc = _read(tmp_path, text)
    assert extract_event(doc).name == "Valbrune Numérique"
    assert {(f.metric, f.value) for f in extract_headline_figures(doc)} == {("visitors", 600)}


@pytest.mark.parametrize("text, name", [
    ("Les Rendez-vous du climat\n\nLes Rendez-vous du climat ont eu lieu le 30 septembre et le 1er octobre 2023 "
     "à Valmer.\n", "Rendez-vous du climat"),
    ("Soirée des trophées\n\nLa cérémonie de remise des trophées a eu lieu le 4 décembre 2023 au théâtre "
     "municipal de Valmer.\n", "Soirée des trophées"),
    ("# Les conférences du jeudi\n\nLes conférences du jeudi reprennent le 14 septembre 2023 à la médiathèque.\n",
     "conférences du jeudi"),
])
def test_more_words_name_an_event(tmp_path, text, name):
    assert extract_event(_read(tmp_path, text, name="page.md" if text.startswith("#") else "page.txt")).name == name


def test_a_hashtag_heading_is_no_title(tmp_path):
    text = "# #Brunelcamp\n\n- 10:00 Amphi A Keynote\n- 11:00 Amphi B Atelier Python\n- 14:00 Amphi C Tests\n"
    doc = _read(tmp_path, text, name="page.md", title="Brunelcamp 2023 : le programme")
    assert extract_event(doc).name == "Brunelcamp"


def test_a_sentence_that_says_what_the_event_is(tmp_path):
    text = ("Le dossier de presse\n\nValbrune en Fête est une journée autour du numérique libre. Le samedi "
            "26 mars 2016, de 10h à 18h.\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.name, event.start_date) == ("Valbrune en Fête", "2016-03-26")


def test_an_invitation_whose_subject_is_the_line_above(tmp_path):
    text = "# Demo Day\n\nLe 11 février 2021\n\nLes Amis du Code [PROMOTION 4]\n\nvous invitent à leurs démonstrations\n"
    event = extract_event(_read(tmp_path, text, name="page.md"))
    assert (event.name, event.start_date, event.organizer) == ("Demo Day", "2021-02-11", "Amis du Code")


def test_an_event_does_not_organise_itself(tmp_path):
    text = "Programme\n\n9h00 – Accueil\n\n9h30 – Ouverture des Assises du Code\n\n10h00 – Table ronde\n"
    doc = _read(tmp_path, text, title="Programme des Assises du Code 2021", publisher="Assises du Code")
    assert extract_event(doc).organizer is None


def test_a_named_visit_with_its_dates(tmp_path):
    text = ("Histoires de clochers – 2020\n2 Visites de Flaubrune : 31 Juillet 2020 – 08 septembre 2020\n\n"
            "Par une chaude journée de juillet, une quarantaine de personnes sont venues visiter le village.\n")
    doc = _read(tmp_path, text)
    event = extract_event(doc)
    assert (event.start_date, event.end_date) == ("2020-07-31", "2020-09-08")
    assert {(f.metric, f.value) for f in extract_headline_figures(doc)} == {("participants", 40)}


# --------------------------------------------------------------------------- meetings, deadlines, titles
@pytest.mark.parametrize("title, name, start", [
    ("CR du conseil municipal 7 octobre 2022", "conseil municipal", "2022-10-07"),
    ("Procès-verbal de la séance du conseil communautaire du 23 juillet 2020", "conseil communautaire", "2020-07-23"),
])
def test_the_minutes_of_a_meeting_describe_the_meeting(tmp_path, title, name, start):
    text = ("Présents : Paul, Anne, Marc.\n\nLe SIVAL présente son rapport. Le SIVAL demande une subvention de "
            "1 200 euros, versée le 20/10/2022.\n")
    event = extract_event(_read(tmp_path, text, title=title))
    assert (event.name.lower(), event.start_date) == (name, start)


@pytest.mark.parametrize("title, text", [
    ("Grazac : le conseil municipal favorable à l'extinction de l'éclairage", "La commune éteint ses lampadaires."),
    ("Plan climat adopté en conseil communautaire du 3 mai 2021", "La commune éteint ses lampadaires."),
    ("Valbrune éteint ses lampadaires", "Le conseil municipal s'est réuni le 3 mai 2022 et a voté l'extinction de "
     "l'éclairage public."),
])
def test_a_meeting_in_passing_is_no_event(tmp_path, title, text):
    assert extract_event(_read(tmp_path, text + "\n", title=title)) is None


def test_a_deadline_is_not_the_event_date(tmp_path):
    text = ("# Webinaire collectivités - feuille de route\n\nLes communes doivent adopter pour le 1er janvier 2025 "
            "une stratégie.\n")
    assert extract_event(_read(tmp_path, text, name="page.md")).start_date is None


def test_a_day_and_month_then_a_count(tmp_path):
    text = "Le 3 décembre, 40 participants se sont réunis à distance pour le webinaire du réseau.\n"
    doc = _read(tmp_path, text, name="page.md", title="Webinaire « Les élus et le climat »", date="2020-12-21")
    event = extract_event(doc)
    assert (event.name, event.start_date) == ("Les élus et le climat", "2020-12-03")


def test_a_day_and_month_in_the_title_takes_the_publication_year(tmp_path):
    text = "Programme de la table ronde\n\nDécouvrez le numérique responsable avec nos invités.\n"
    doc = _read(tmp_path, text, title="Table ronde numérique responsable pour les communes le 28 mars", date="2024-03-20")
    event = extract_event(doc)
    assert (event.name, event.start_date) == ("Table ronde numérique responsable pour les communes le 28 mars",
                                              "2024-03-28")


def test_a_session_beside_an_event_is_not_the_event(tmp_path):
    doc = _read(tmp_path, "Un texte.\n", title="Table ronde Eau potable au Forum de la ville sobre")
    assert extract_event(doc).name == "Forum de la ville sobre"


@pytest.mark.parametrize("title, name", [
    ("Webinaire - Les métaux, un enjeu pour le numérique", "Les métaux, un enjeu pour le numérique"),
    ("Débat public : Résilience des territoires, quelles perspectives ?", "Résilience des territoires, quelles perspectives ?"),
])
def test_the_title_after_the_kind_of_event(tmp_path, title, name):
    assert extract_event(_read(tmp_path, "Inscription obligatoire.\n", title=title)).name == name


@pytest.mark.parametrize("sentence, organizer", [
    ("Le Collectif Valbrune Durable a le plaisir de vous inviter le 14 décembre 2021 au débat public.",
     "Collectif Valbrune Durable"),
    ("À l'occasion de la semaine du climat, le ministère de la Mer organise un webinaire le 13 mars 2025.",
     "ministère de la Mer"),
    # an offer made to the reader is an invitation: its subject organises
    ("Le Club Orbize vous propose un après-midi de jeux de société le 3 juin 2031.", "Club Orbize"),
])
def test_more_organiser_sentences(tmp_path, sentence, organizer):
    assert extract_event(_read(tmp_path, sentence + "\n", title="Webinaire climat")).organizer == organizer


def test_a_body_offering_an_edition_of_the_event_organises_it(tmp_path):
    text = ("Samedi 4 mai à la salle des Tilleuls.\n"
            "Le Comité des fêtes de Valbrune propose la 3e édition de la Course des canards, sur le canal.\n")
    assert extract_event(_read(tmp_path, text, title="Course des canards 2031")).organizer == "Comité des fêtes de Valbrune"


def test_a_body_offering_something_else_organises_nothing(tmp_path):
    text = ("La Course des canards aura lieu samedi 4 mai 2031 sur le canal.\n"
            "L'association Valbrune Loisirs propose des cours de dessin toute l'année.\n")
    event = extract_event(_read(tmp_path, text, title="Course des canards 2031"))
    assert event is not None and event.organizer is None


def test_an_acronym_the_text_repeats_is_not_the_event_a_title_names(tmp_path):
    text = "Le SIVAL présente son rapport. Le SIVAL demande une subvention.\n"
    doc = _read(tmp_path, text, title="Compte rendu du Forum de l'eau 2022")
    assert extract_event(doc).name == "Forum de l'eau"


def test_an_evening_is_no_event(tmp_path):
    text = ("Économies d'énergie : les maires à l'Élysée\n\nDans la soirée de ce mercredi 23 novembre, un millier "
            "de maires seront reçus. La commune de Valbrune éteint ses lampadaires.\n")
    assert extract_event(_read(tmp_path, text, title="Économies d'énergie : les maires à l'Élysée")) is None


# --------------------------------------------------------------------------- venue and organiser
def test_a_venue_line_without_its_address(tmp_path):
    text = ("Forum des communes\n\nDate : 05/10/2023\nLieu : Centre culturel Jean Brel, 12 rue des Lilas, "
            "62000 Valbrune\nOrganisateur : Communauté de communes du Val d'Orbize\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.start_date, event.venue, event.organizer) == (
        "2023-10-05", "Centre culturel Jean Brel", "Communauté de communes du Val d'Orbize")


def test_a_venue_after_the_hours_of_the_date(tmp_path):
    text = ("# La Fête du code\n\n## Le samedi 26 mars 2016, de 10h à 18h à la salle des Tilleuls à Valbrune\n\n"
            "Une journée autour du logiciel libre.\n")
    event = extract_event(_read(tmp_path, text, name="page.md"))
    assert (event.start_date, event.venue) == ("2016-03-26", "salle des Tilleuls")


def test_an_organiser_with_its_adjectives(tmp_path):
    text = ("Rencontres régionales de l'énergie\n\nLes 3 et 4 octobre 2023, la 4ème édition des Rencontres "
            "régionales de l'énergie s'est déroulée à la Cité des congrès de Valmer. Cet événement, organisé par "
            "l'Agence régionale de l'énergie, a réuni 420 participants.\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.edition, event.start_date, event.end_date, event.venue, event.organizer) == (
        4, "2023-10-03", "2023-10-04", "Cité des congrès de Valmer", "Agence régionale de l'énergie")


def test_an_organiser_after_a_date(tmp_path):
    text = ("Journée des élus\n\nLa Journée des élus, organisée le 12 septembre 2023 par le Syndicat d'énergie "
            "de Valmer, a réuni les maires.\n")
    event = extract_event(_read(tmp_path, text))
    assert (event.start_date, event.organizer) == ("2023-09-12", "Syndicat d'énergie de Valmer")


# --------------------------------------------------------------------------- headline figures on lines
@pytest.mark.parametrize("line, expected", [
    ("Près de 1 600 visiteurs et plus de 90 exposants", {("visitors", 1600, "~"), ("exhibitors", 90, ">")}),
    ("500 participants · 60 intervenants · 20 ateliers",
     {("participants", 500, None), ("speakers", 60, None), ("workshops", 20, None)}),
    ("En chiffres : 500 participants, 60 intervenants, 20 ateliers et 2 jours d'échanges",
     {("participants", 500, None), ("speakers", 60, None), ("workshops", 20, None), ("days", 2, None)}),
    ("396 participants durant trois jours", {("participants", 396, None), ("days", 3, None)}),
])
def test_counts_chained_on_a_line(line, expected):
    assert _figures("Bilan du forum\n\n" + line + "\n") == expected


def test_the_event_length_further_in_the_sentence_of_a_line():
    line = "70 temps d'échange, de découverte, de collaboration pendant 4 jours avec 415 participants. Merci à tous."
    figures = extract_headline_figures(_doc("Bilan du forum\n\n" + line + "\n"))
    assert {(f.metric, f.value) for f in figures} >= {("sessions", 70), ("days", 4)}
    # the quote ends with the first sentence of the line
    assert all(f.quote.endswith("415 participants.") for f in figures if f.metric == "sessions")


def test_cards_of_a_web_page(tmp_path):
    """Each card a block of its own: the number, a blank line, the caption."""
    html = ("<html><body><main><h1>Forum des communes 2023</h1><p>Le forum s'est tenu le 3 mars 2023.</p>"
            "<div><div>350</div><div>participants</div></div><div><div>40</div><div>exposants</div></div>"
            "</main></body></html>")
    doc = _read(tmp_path, html, name="page.html")
    assert {(f.metric, f.value) for f in extract_headline_figures(doc)} == {("participants", 350), ("exhibitors", 40)}


def test_a_table_of_metrics_and_a_row_of_values(tmp_path):
    text = ("# Forum des communes 2023\n\nLe forum s'est tenu le 3 mars 2023.\n\n"
            "| Participants | Intervenants | Ateliers |\n|---|---|---|\n| 350 | 40 | 12 |\n")
    doc = _read(tmp_path, text, name="page.md")
    assert {(f.metric, f.value) for f in extract_headline_figures(doc)} == {
        ("participants", 350), ("speakers", 40), ("workshops", 12)}


def test_a_plenary_conference_is_a_plenary():
    box = "Le colloque en chiffres\n\n1 conférence plénière\n3 tables rondes\n250 inscrits\n"
    assert _figures(box) == {("plenaries", 1, None), ("round_tables", 3, None), ("participants", 250, None)}


@pytest.mark.parametrize("text", [
    "## En chiffres\n\n| Participants | 420 |\n| Exposants | 35 |\n| Ateliers | 8 |\n",
    "## Chiffres clés\n\n- **420** participants\n- **35** exposants\n- **8** ateliers\n",
    "Bilan\n\n420\nparticipants\n\n35\nexposants\n\n8\nateliers\n",
])
def test_boxes_tables_and_cards(tmp_path, text):
    doc = _read(tmp_path, "# Journée Climat 2024\n\n" + text, name="page.md")
    assert {(f.metric, f.value) for f in extract_headline_figures(doc)} == {
        ("participants", 420), ("exhibitors", 35), ("workshops", 8)}


# --------------------------------------------------------------------------- headline figures in prose
@pytest.mark.parametrize("sentence, expected", [
    ("Les Rencontres ont rassemblé plus de 350 participants.", {("participants", 350, ">")}),
    # the qualifier elided before "une" / "un"
    ("Plus d'une centaine de participants ont suivi les débats.", {("participants", 100, ">")}),
    ("Près d’un millier de visiteurs ont parcouru les allées du salon.", {("visitors", 1000, "~")}),
    # an article after the connector of two counts
    ("La journée, ponctuée de trois tables rondes et de huit ateliers, s'est achevée par un cocktail.",
     {("round_tables", 3, None), ("workshops", 8, None)}),
    # the parts the day's exchanges were divided into or centred on
    ("Les échanges de la journée, déclinés en trois tables rondes, ont porté sur l'eau.", {("round_tables", 3, None)}),
    ("L'après-midi était axée autour de quatre ateliers.", {("workshops", 4, None)}),
    ("Plus de 500 personnes sont venues échanger, et 60 intervenants se sont succédé.",
     {("participants", 500, ">"), ("speakers", 60, None)}),
    # the kinds of people counted, listed before the verb
    ("Quelque 300 élus, techniciens, agents et partenaires se sont retrouvés à Valbrune.",
     {("participants", 300, "~")}),
    # things listed between the verb and the count that ends the list
    ("La journée a été rythmée par des tables rondes, des visites de sites et près d'une centaine d'ateliers.",
     {("workshops", 100, "~")}),
    # the event's length before the counts, or given by its own verb
    ("Au cours de ces deux jours, plus de 600 élus se sont retrouvés.",
     {("participants", 600, ">"), ("days", 2, None)}),
    ("Le colloque s'est déroulé sur deux journées, les 14 et 15 novembre.", {("days", 2, None)}),
    # a presentative after a short lead-in, or opening a clause
    ("Cette année, ce sont plus d'une cinquantaine de temps d'échanges qui ont rythmé le forum.",
     {("sessions", 50, ">")}),
    ("Durant trois jours, entre rencontres et échanges, ce sont 396 participants qui ont assisté aux débats.",
     {("participants", 396, None), ("days", 3, None)}),
    # a noun of attendance before the count, the people counting themselves, registrations
    ("La journée s'est déroulée avec la participation de plus de 200 élus.", {("participants", 200, ">")}),
    ("Le salon a connu une fréquentation de 1 200 visiteurs.", {("visitors", 1200, None)}),
    ("Nous étions 100 personnes à avoir participé à la journée.", {("participants", 100, None)}),
    ("Le forum a enregistré plus de 500 inscriptions.", {("participants", 500, ">")}),
    # another year only as a comparison
    ("Cette édition a accueilli 350 participants, contre 280 l'an dernier.", {("participants", 350, None)}),
    # more ways of gathering, inclusive spellings, an opener with a possessive
    ("Plus de 300 personnes ont pu assister aux débats.", {("participants", 300, ">")}),
    ("Le salon a été visité par 5 000 personnes.", {("participants", 5000, None)}),
    ("Cette journée a mobilisé plus de 200 acteurs du territoire.", {("participants", 200, ">")}),
    ("La journée a permis de réunir plus de 100 participant·e·s.", {("participants", 100, ">")}),
    ("Avec ses 300 participants, le forum confirme son succès.", {("participants", 300, None)}),
])
def test_counts_in_prose_about_the_event(sentence, expected):
    assert _figures(LEAD + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    # a session's length, a speaker's figure about something else, a rate, a past edition
    "L'atelier s'est déroulé sur deux jours.",
    "Selon Paul Nardin, le musée de Valbrune accueille 40 000 visiteurs chaque année.",
    "La commune a signé une convention avec 12 partenaires et 3 associations.",
    "L'an dernier, plus d'une centaine de participants avaient suivi le forum.",
    "Le maire a parlé devant 40 personnes du conseil.",
    "Le maire rappelle que la commune accueille 3 000 visiteurs chaque été.",
    "La nouvelle salle peut accueillir 300 personnes assises.",
    "La conférence s'est tenue devant un public de 300 personnes.",
])
def test_counts_about_something_else_stay_out(sentence):
    assert _figures(LEAD + sentence + "\n") == set()


def test_a_document_without_an_event_has_no_key_figures(tmp_path):
    from pipelines.extract.documents import extract_document
    text = ("La commune économise l'énergie\n\nLa commune de Valbrune a réduit de 30 % sa facture. Plus de 1 200 "
            "personnes ont participé à la consultation, a précisé le maire.\n")
    rows = extract_document(_read(tmp_path, text, title="La commune économise l'énergie"))
    assert rows["events"] == [] and rows["key_figures"] == []


# --------------------------------------------------------------------------- no event: mentions in passing
def test_another_event_named_in_passing_is_no_evidence(tmp_path):
    """An article on a museum network's attendance that mentions "un autre événement" with a date:
    the event noun qualified by "autre" names an event other than the article's subject."""
    text = ("Culture - Les musées du réseau Valbrune en hausse de 6 %\n\n"
            "Les quarante musées du réseau ont reçu 812 000 visites depuis janvier, selon leur bilan. "
            "Le château d'Orbize reste le plus visité. "
            "Autre événement notable, avec l'ouverture le 14 juin de la galerie du port.")
    assert not describes_event(_read(tmp_path, text))
    # without "autre", the dated event noun is the article's evidence of an event
    assert describes_event(_read(tmp_path, text.replace("Autre événement notable", "Un événement notable")))


def test_an_edition_of_a_call_for_projects_is_no_event(tmp_path):
    """"La première édition a retenu douze projets" after the paragraph named a call for projects:
    the edition numbers the call, not an event."""
    text = ("Valbrune : les communes isolent leurs gymnases\n\n"
            "Le syndicat d'énergie a lancé en 2030 l'appel à projets Isolis pour aider les communes. "
            "En 2030, la première édition a retenu douze projets ; la deuxième en a retenu neuf.")
    assert not describes_event(_read(tmp_path, text))
    # an edition with no call named before it still announces an event ("Ne manquez pas la 13e édition")
    assert describes_event(_read(tmp_path, text.replace("l'appel à projets Isolis", "le dispositif Isolis")))


def test_an_indefinite_event_as_the_occasion_is_no_evidence(tmp_path):
    """"Lors d'un webinaire organisé par un éditeur, le 3 mai 2031, la directrice a présenté le plan":
    the article reports the plan; the webinar is only where it was told."""
    text = ("La ville de Valbrune revoit son plan numérique\n\n"
            "Le 3 mai 2031, lors d'un webinaire organisé par l'éditeur Orbize, la directrice du numérique "
            "de Valbrune a présenté les trois chantiers du plan. Le premier porte sur les données.")
    assert not describes_event(_read(tmp_path, text))
    # the same sentence with a definite event reports on that event
    assert describes_event(_read(tmp_path, text.replace("lors d'un webinaire", "lors du webinaire")))


@pytest.mark.parametrize("title", ["Les 4èmes Rencontres de l'eau d'Orbize", "Les quatrièmes Rencontres de l'eau d'Orbize"])
def test_a_plural_ordinal_numbers_a_plural_event_name(tmp_path, title):
    """"Les 4èmes Rencontres X": the ordinal agrees with a plural event noun and numbers the edition."""
    text = f"{title}\n\nLe 12 mai 2031, les élus se sont retrouvés à la salle des Tilleuls pour deux ateliers."
    event = extract_event(_read(tmp_path, text))
    assert event is not None and event.edition == 4
    # no ordinal: no edition
    assert extract_event(_read(tmp_path, text.replace("4èmes ", "").replace("quatrièmes ", ""))).edition is None


def test_a_coorganised_event_names_its_organiser(tmp_path):
    """"un forum coorganisé par l'Agence Orbize": the partner that coorganises is an organiser."""
    text = ("Retour sur le forum\n\nLe 12 mai 2031, le forum des Lucioles, coorganisé par l'Agence Orbize, "
            "a réuni 200 élus à la salle des Tilleuls.")
    assert extract_event(_read(tmp_path, text)).organizer == "Agence Orbize"
    assert extract_event(_read(tmp_path, text.replace("coorganisé par", "en présence de"))).organizer != "Agence Orbize"


@pytest.mark.parametrize("sentence, expected", [
    ("Le congrès regroupera près de 900 congressistes.", {("participants", 900, "~")}),
    ("Cette année, la journée s'articulera autour de trois ateliers.", {("workshops", 3, None)}),
    # ... in the imperfect of a report, structured or organised the same way
    ("Cette année, la journée s'articulait autour de trois ateliers.", {("workshops", 3, None)}),
    ("Cette année, la journée se structurait autour de trois ateliers.", {("workshops", 3, None)}),
    ("Cette année, la journée s'organisait autour de trois ateliers.", {("workshops", 3, None)}),
])
def test_more_verbs_of_gathering_and_of_a_programme(sentence, expected):
    """"regrouper" gathers an audience as "rassembler" does; "s'articuler autour de" in the present
    or the future announces a programme as its past participle reports one."""
    assert _figures(LEAD + sentence + "\n") == expected
    # without the verb, the count alone is no headline figure
    for verb in ("regroupera", "s'articulera autour de", "s'articulait autour de", "se structurait autour de",
                 "s'organisait autour de"):
        sentence = sentence.replace(verb, "évoque")
    assert _figures(LEAD + sentence + "\n") == set()


def test_days_with_a_postposed_duration_word_are_the_event_length():
    """"L'occasion, trois jours durant, de découvrir la ville": the count of days the duration word
    follows is the event's length; the same count with no such word is no headline figure."""
    sentence = "Ce congrès est un temps fort. L'occasion, trois jours durant, de découvrir la ville."
    assert _figures(LEAD + sentence + "\n") == {("days", 3, None)}
    assert _figures(LEAD + sentence.replace(", trois jours durant,", ", après trois jours,") + "\n") == set()


def test_a_programme_timed_by_durations_is_an_event(tmp_path):
    text = ("Quelle place pour les haies dans nos communes ?\n\n"
            "Rendez-vous en ligne pour partager les expériences des communes pilotes.\n\n"
            "  • 10mn Introduction par l'agence Valbois Nature\n  • 20mn Présentation des communes pilotes\n"
            "  • 15 min Questions et réponses\n  • 1h Discussion\n")
    assert describes_event(_read(tmp_path, text))
    # ways to get there, timed in minutes, are no programme
    directions = ("Quelle place pour les haies dans nos communes ?\n\n"
                  "Une note sur les haies des communes pilotes.\n\n"
                  "  • 10 min à pied de la gare\n  • 5 min en voiture du centre\n  • 20 min en bus\n")
    assert not describes_event(_read(tmp_path, directions))


@pytest.mark.parametrize("title", ["Grand débat sur la mobilité", "Ciné Débat - Les haies de Valbrune",
                                   "Compte-rendu Plénière Publique #14"])
def test_a_debate_open_to_all_as_a_title_names_it_is_an_event(tmp_path, title):
    text = "Une quarantaine de participants pour ce rendez-vous. Les échanges ont été riches.\n"
    assert describes_event(_read(tmp_path, text, title=title))
    # a debate of a council is no event of its own
    assert not describes_event(_read(tmp_path, text, title="Le débat du conseil municipal"))
