"""Layouts of real programmes, each written for its test with made-up names (pipelines/extract/
programme.py and its modules): timetables whose slots carry no session word, tables of a programme,
times alone on their line, numbered parts of a webinar, lines announcing who speaks ("Introduction
par ..."), a slide's name and role on separate lines, names in capitals, moderators, rooms and
places that are never people."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extract.names import parse_name
from pipelines.extract.people_in_prose import quoted_people
from pipelines.extract.people_listed import _labelled_people
from pipelines.extract.programme import programme_rows
from pipelines.extract.programme_lines import lead_items, parse_header, parse_item
from pipelines.extract.programme_timetable import is_break, slot_of
from pipelines.extract.programme_reader import _Reader
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry

from .test_programme_real import doc_of


def read(tmp_path: Path, name: str, text: str):
    """The document as the pipeline reads it (Markdown, HTML or text reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def rows_of(doc) -> dict:
    return programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])


def titles(rows) -> list[str]:
    return [s["title"] for s in rows["sessions"]]


def links(rows) -> set[tuple[str, str, str | None]]:
    """(first words of the session title, speaker, role of the link)."""
    names = {s["speaker_id"]: s["full_name"] for s in rows["speakers"]}
    title = {s["session_id"]: s["title"] for s in rows["sessions"]}
    return {(" ".join(title[r["session_id"]].split()[:2]), names[r["speaker_id"]], r["role"])
            for r in rows["session_speakers"]}


# =========================================================================== who speaks
@pytest.mark.parametrize("line, expected", [
    ("Introduction par Sophie Vernet, Directrice de l'Agence du climat", [("Sophie Vernet", "Directrice de l'Agence du climat")]),
    ("Intervention de Paul LEMARIN, président de la Communauté d'agglomération",
     [("Paul LEMARIN", "président de la Communauté d'agglomération")]),
    ("Par Yves TARDOU, climatologue", [("Yves TARDOU", "climatologue")]),
    ("Présentation de l'outil par Lucas Petitjean (Syndicat mixte) et Anne Bru (Valmer)",
     [("Lucas Petitjean", None), ("Anne Bru", None)]),
    ("Retour d'expérience de la ville de Kerbrat, par Élodie Garnaud, cheffe de service",
     [("Élodie Garnaud", "cheffe de service")]),
    # after "de", capitalised words need capitals, an honorific or a role: no person here
    ("Présentation de Valbrune Énergie", []),
    ("Témoignage de Saint Martin", []),
    ("Mot d'accueil de la présidente", []),
    # ... or a known given name and the body the person comes from
    ("Pitch de Delphine Vernet-Morel, Département de la Valbrune, lauréate pour le projet « Salles »",
     [("Delphine Vernet-Morel", None)]),
    ("Présentation de Valbrune Énergie, syndicat d'énergie", []),
])
def test_a_line_announcing_who_speaks(line, expected):
    assert [(p.full, it.role) for it in lead_items(line) for p in it.people] == expected


def test_people_announced_under_a_session_line_are_its_speakers(tmp_path):
    doc = read(tmp_path, "forum.md", (
        "# Rencontres de Valbrune\n\n## Programme\n\n"
        "11h00 - 12h15 : Atelier : les réseaux de chaleur\n"
        "Introduction par Sophie Vernet-Morel, Directrice de la transition écologique\n"
        "Avec Jean-Pierre de La Roche (Région Sud) et Anne van der Berg (Enercoop)\n\n"
        "14h00 - 15h30 : Plénière de clôture\n"
        "Intervention de Paul LEMARIN, président de la Communauté d'agglomération\n"))
    rows = rows_of(doc)
    assert titles(rows) == ["Atelier : les réseaux de chaleur", "Plénière de clôture"]
    assert {(t, n) for t, n, _ in links(rows)} == {
        ("Atelier :", "Sophie Vernet-Morel"), ("Atelier :", "Jean-Pierre de La Roche"),
        ("Atelier :", "Anne van der Berg"), ("Plénière de", "Paul LEMARIN")}


def test_a_host_label_names_a_moderator_not_an_organisation():
    assert parse_item("Modération : Karim HADOU, journaliste") is None
    text = ("Table ronde 1 : L'eau potable\nModération : Karim HADOU, journaliste\nIntervenants :\n"
            "- Paul DUMOND, directeur, Syndicat des eaux\n")
    rows = rows_of(doc_of(text))
    speakers = {s["full_name"]: (s["role"], s["organization"]) for s in rows["speakers"]}
    assert speakers["Karim HADOU"] == ("journaliste", None)
    assert ("Table ronde", "Paul DUMOND", "directeur") in links(rows)


def test_a_moderator_keeps_its_own_role_and_the_link_says_animation():
    text = "Table ronde 2 : Les rivières\nAnimée par Nadia BENOUALI (Agence de l'eau)\nAvec Louis PERRET (Fédération de pêche)\n"
    rows = rows_of(doc_of(text))
    speakers = {s["full_name"]: (s["role"], s["organization"]) for s in rows["speakers"]}
    assert speakers["Nadia BENOUALI"] == (None, "Agence de l'eau")
    assert ("Table ronde", "Nadia BENOUALI", "animation") in links(rows)


def test_a_cue_word_or_a_role_word_is_no_given_name():
    assert parse_name("Par Yves TARDOU") is None
    assert parse_name("Maire de Saint-Aubin", allow_mixed=True) is None
    assert parse_name("Ce FORUM", allow_mixed=True) is None
    # in capitals, a particle is still part of a name
    assert parse_name("LE GOFFIC Nathalie").family == "LE GOFFIC"


def test_what_follows_a_name_is_no_role_when_the_sentence_goes_on():
    item = parse_item("Paul Kerlan, et en présence des élus", bare_ok=True, mixed_ok=True)
    assert item.people[0].full == "Paul Kerlan" and item.role is None and item.organization is None


# =========================================================================== names
def test_names_in_capitals_need_a_role_after_them():
    assert parse_name("JEAN DUPRAT") is None
    assert parse_name("JEAN DUPRAT", caps_ok=True).given == "JEAN"
    assert parse_name("LES DONNÉES", caps_ok=True) is None
    item = parse_item("JEAN DUPRAT, Responsable sécurité, Ville de Valbrune")
    assert item.people[0].full == "JEAN DUPRAT" and item.organization == "Ville de Valbrune"
    assert parse_item("ADEME BRETAGNE, partenaire") is None


def test_a_capital_name_with_an_accent_left_in_lower_case():
    name = parse_name("François PANOUILLé")
    assert name is not None and name.family == "PANOUILLé"


def test_a_slide_gives_the_name_and_its_role_on_separate_lines():
    text = ("Table ronde 1 : Inclusion numérique\n\nCamille ROCHARD\nDirectrice de la médiation, Département du Nord\n\n"
            "Benoît FAURAT\nMaire de Saint-Aubin\n\nTable ronde 2 : Cybersécurité\n\nJEAN DUPRAT\n"
            "Responsable sécurité, Ville de Valbrune\n\nISABELLE MERCADIER\nCheffe de projet\nAgence Cyber\n")
    rows = rows_of(doc_of(text))
    assert titles(rows) == ["Table ronde 1 : Inclusion numérique", "Table ronde 2 : Cybersécurité"]
    assert {(t.split()[-1], n) for t, n, _ in {(s, n, r) for s, n, r in links(rows)}} == {
        ("ronde", "Camille ROCHARD"), ("ronde", "Benoît FAURAT"), ("ronde", "JEAN DUPRAT"), ("ronde", "ISABELLE MERCADIER")}
    by_name = {s["full_name"]: s for s in rows["speakers"]}
    assert by_name["ISABELLE MERCADIER"]["organization"] == "Agence Cyber"
    assert by_name["Benoît FAURAT"]["role"] == "Maire de Saint-Aubin"
    sessions = {s["session_id"]: s["title"] for s in rows["sessions"]}
    assert {sessions[r["session_id"]] for r in rows["session_speakers"]
            if r["speaker_id"] == by_name["JEAN DUPRAT"]["speaker_id"]} == {"Table ronde 2 : Cybersécurité"}


def test_an_exchange_ending_on_avec_labels_the_people_below_it():
    # "Discussion avec" over the round table's guests: no session of its own, its people the table's
    assert parse_header("Discussion avec") is None
    text = ("09h15 - 10h15\nTABLE RONDE 1 : QUI HABITERA LA VILLE EN 2040 ?\nIntervention\n"
            "Paul DUMOND, directeur de l'Agence d'urbanisme de Valbrune.\nDiscussion avec\n"
            "Léa Brunet, The Habiter Project, autrice du rapport « La ville sobre » (sept 21)\n"
            "Marc Kerval, professeur à l'École d'urbanisme de Valbrune\n")
    rows = rows_of(doc_of(text))
    assert [s["title"] for s in rows["sessions"]] == ["TABLE RONDE 1 : QUI HABITERA LA VILLE EN 2040 ?"]
    assert {"Léa Brunet", "Marc Kerval"} <= {s["full_name"] for s in rows["speakers"]}


def test_two_hosts_joined_by_an_ampersand():
    from pipelines.extract.programme_lines import _host_line
    host = _host_line("Animé par Léa Brunet, rédactrice en chef, La Gazette & Marc Kerval, rédacteur en chef, Le Courrier")
    assert [(it.people[0].full, it.role, it.organization) for it in host.people] == [
        ("Léa Brunet", "rédactrice en chef", "La Gazette"), ("Marc Kerval", "rédacteur en chef", "Le Courrier")]


def test_a_column_of_speakers_under_its_label():
    text = ("Sujet\n\nLes jardins partagés\n\nPrésentateur\n\nOdile FERRAND ( Atelier\nVert )\n\nBastien KOVAC\n\n"
            "Valtech Conseil\n\nNoémie Quillec ( Ty Hent )\n\nBleu Marine\n\nContacts\n\nÉcrivez-nous à l'adresse du site.\n")
    found = [(p.full, it.organization) for it in _labelled_people(_Reader(doc_of(text))) for p in it.people]
    assert found == [("Odile FERRAND", "Atelier Vert"), ("Bastien KOVAC", None), ("Noémie Quillec", "Ty Hent")]
    # what follows a label is not a person only because of its capitals
    assert _labelled_people(_Reader(doc_of("Intervenants :\n\nJean DUPRAT, maire\nCe FORUM, c'est l'occasion de se voir\n"))) \
        and [p.full for it in _labelled_people(_Reader(doc_of("Intervenants :\n\nCe FORUM, c'est l'occasion\n")))
             for p in it.people] == []


@pytest.mark.parametrize("text", [
    "Rendez-vous à l'Auditorium Marceau Lamy, Salle Visio, à 14h.",
    "Auditorium Félix Garnier\nDirection de la communication\n",
])
def test_rooms_and_places_are_never_people(text):
    assert [p.full for it in quoted_people(text) for p in it.people] == []
    assert parse_name("Auditorium Marceau Lamy", allow_mixed=True) is None
    assert parse_name("Amphi Bernard", allow_mixed=True) is None


# =========================================================================== people in prose
def test_a_letter_signature_is_no_speaker():
    assert quoted_people("La Présidente,\nSigné Odette FRANVAL") == []
    assert [p.full for it in quoted_people("Le maire Jean Dupré a parlé.") for p in it.people] == ["Jean Dupré"]


def test_a_clause_then_a_colon_then_a_quote_makes_a_speaker():
    found = quoted_people("Au printemps, Bérénice Allard s'en souvient bien : « Tout restait à faire. »")
    assert [p.full for it in found for p in it.people] == ["Bérénice Allard"]
    # a determiner before capitalised words makes them a thing, at the start of a sentence too
    assert quoted_people("Le Grand Valbrune en parle : « Oui. »") == []
    assert quoted_people("Le Grand Valbrune explique que non.") == []


# =========================================================================== timetables
@pytest.mark.parametrize("line, title", [
    ("9h30 - 10h45 : Table ronde « Rénover »", "Table ronde « Rénover »"),
    ("[9h35–10h45] 1ère séquence plénière : Les prix", "1ère séquence plénière : Les prix"),
    ("10:30 Ouverture", "Ouverture"),
    ("9h30\tOuverture\tMarc OLIVET, maire", "Ouverture"),
    ("1 : très négatif", None),                # a scale, not a time
    ("3 heures de débat", None),               # a duration
])
def test_the_time_of_a_slot(line, title):
    found = slot_of(line)
    assert (found[1] if found else None) == title


@pytest.mark.parametrize("title, is_one", [
    ("Accueil des participants", True), ("Pause", True), ("Déjeuner libre", True),
    ("Accueil, moment de convivialité autour d'un café", True), ("Amphi A", True),
    ("Déjeuner-débat : les mobilités", False), ("Ouverture officielle", False), ("Amphi B Guide du code", False),
])
def test_breaks_and_rooms_are_no_sessions(title, is_one):
    assert is_break(title) is is_one


def test_a_timetable_gives_every_slot_but_breaks_and_links_its_speakers():
    text = ("Programme\n\n9h00 : Accueil café\n9h30 : Ouverture\nMarc OLIVET, maire de Valbrune\n"
            "10h00 : Table ronde : L'eau\n- Léa GIRAUD, directrice, Agence de l'eau\n"
            "12h30 : Déjeuner\n14h00 : Retours d'expérience des communes\nAnne MARTEL (Kerbrat) et Paul VIDOT (Valmer)\n"
            "16h00 : Clôture des travaux\n")
    rows = rows_of(doc_of(text))
    assert titles(rows) == ["Ouverture", "Table ronde : L'eau", "Retours d'expérience des communes", "Clôture des travaux"]
    assert {(t, n) for t, n, _ in links(rows)} == {
        ("Ouverture", "Marc OLIVET"), ("Table ronde", "Léa GIRAUD"), ("Retours d'expérience", "Anne MARTEL"),
        ("Retours d'expérience", "Paul VIDOT")}


def test_two_slots_of_one_timetable_are_two_sessions():
    text = "9h00 : Ouverture\n10h00 : Ouverture des ateliers\n11h00 : Synthèse\n"
    assert titles(rows_of(doc_of(text))) == ["Ouverture", "Ouverture des ateliers", "Synthèse"]


def test_a_programme_table_in_markdown(tmp_path):
    doc = read(tmp_path, "journee.md", (
        "# Journée des communes\n\n## Programme de la journée\n\n| Horaire | Séquence | Intervenants |\n|---|---|---|\n"
        "| 9h00 | Accueil des participants | |\n| 9h30 | Ouverture officielle | Marc OLIVET, maire de Valbrune |\n"
        "| 10h00 | Table ronde : Les données | Léa GIRAUD (Agence régionale), Hugo BLANCHET (Syndicat mixte) |\n"
        "| 11h30 | Atelier 1 : Cybersécurité | Inès ROYER, RSSI, Ville de Kerbrat |\n| 12h30 | Déjeuner | |\n"
        "| 16h00 | Clôture | Anne MARTEL, présidente de l'association |\n"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture officielle", "Table ronde : Les données", "Atelier 1 : Cybersécurité", "Clôture"]
    assert sorted(s["full_name"] for s in rows["speakers"]) == [
        "Anne MARTEL", "Hugo BLANCHET", "Inès ROYER", "Léa GIRAUD", "Marc OLIVET"]
    assert ("Atelier 1", "Inès ROYER", "RSSI") in links(rows)
    assert ("Ouverture officielle", "Marc OLIVET", "maire de Valbrune") in links(rows)


def test_a_programme_table_in_html(tmp_path):
    doc = read(tmp_path, "colloque.html", (
        "<html><body><h1>Colloque de l'eau</h1><h2>Programme</h2><table>"
        "<tr><th>Horaire</th><th>Séquence</th><th>Intervenants</th></tr>"
        "<tr><td>9h30</td><td>Ouverture</td><td>Marc Olivet, maire de Valbrune</td></tr>"
        "<tr><td>10h00</td><td>Table ronde : La ressource</td><td>Léa Giraud (Agence de l'eau)</td></tr>"
        "<tr><td>14h00</td><td>Conférence : Le climat</td><td>Yves Tardou, climatologue</td></tr>"
        "</table></body></html>"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture", "Table ronde : La ressource", "Conférence : Le climat"]
    assert {(t, n) for t, n, _ in links(rows)} == {("Ouverture", "Marc Olivet"), ("Table ronde", "Léa Giraud"),
                                                   ("Conférence :", "Yves Tardou")}


def test_times_alone_below_the_titles():
    text = ("Mot de bienvenue\n\n08:30 – 09:00\n\nMot du maire et des partenaires.\n\n"
            "Balade au marais\n\n09:00 – 13:00\n\nVenez découvrir les oiseaux du marais.\n\n"
            "Concert des élèves\n\n15:30 – 16:30\n\nLe concert clôturera la journée.\n")
    assert titles(rows_of(doc_of(text))) == ["Mot de bienvenue", "Balade au marais", "Concert des élèves"]


def test_times_alone_above_the_titles():
    text = "9h00\nMot d'accueil\n\n9h30\nLes mobilités douces\n\n10h30\nLes écoles rénovées\n"
    assert titles(rows_of(doc_of(text))) == ["Mot d'accueil", "Les mobilités douces", "Les écoles rénovées"]


def test_an_entry_grouping_indented_items_gives_the_items():
    text = ("Programme\n\n- 9h30 : Accueil\n- 10h00 : Projets présentés :\n  - Des ruches en ville (Service A) ;\n"
            "  - Compter les hérissons (Service B).\n- 11h30 : Atelier de réflexion\n")
    assert titles(rows_of(doc_of(text))) == ["Des ruches en ville (Service A)", "Compter les hérissons (Service B)",
                                             "Atelier de réflexion"]


def test_parallel_rooms_of_a_timetable():
    text = ("10:00 Amphi A Tester son code\n\nAmphi B Guide de survie du développeur\n\n11:00 Amphi B Les tests\n\n"
            "13:30 Amphi A\n\nAmphi C\n\n14:30 Amphi D Le réseau\n")
    # the room is where the session is held, not part of its title
    assert titles(rows_of(doc_of(text))) == ["Tester son code", "Guide de survie du développeur",
                                             "Les tests", "Le réseau"]


def test_numbered_parts_of_a_webinar():
    assert parse_header("Partie 1 - Le cadre réglementaire").number == "1"
    assert parse_header("Partie du programme") is None
    text = ("Au programme\n\nPartie 1 - Le cadre réglementaire (20 min)\nPrésentée par Julie Morel, juriste, Fédération X\n\n"
            "Partie 2 - Le retour d'expérience de Kerbrat (30 min)\nPrésentée par Karim Hadou, adjoint au maire de Kerbrat\n\n"
            "Partie 3 - Échanges avec les participants (20 min)\n")
    rows = rows_of(doc_of(text))
    assert [t.split(" - ")[0] for t in titles(rows)] == ["Partie 1", "Partie 2", "Partie 3"]
    assert {(t, n) for t, n, _ in links(rows)} == {("Partie 1", "Julie Morel"), ("Partie 2", "Karim Hadou")}


def test_a_numbered_list_of_a_webinar_under_its_programme_heading(tmp_path):
    doc = read(tmp_path, "webinaire.md", (
        "# Webinaire Données\n\n## Déroulé\n\n1. Introduction par Sophie Marlin, Directrice de l'Agence du numérique\n"
        "2. Présentation de l'outil par Lucas Petitjean (Syndicat mixte)\n3. Questions / réponses\n"
        "4. Conclusion par Pierre-Yves Caradoc, président du réseau\n"))
    rows = rows_of(doc)
    assert len(titles(rows)) == 4
    assert {n for _, n, _ in links(rows)} == {"Sophie Marlin", "Lucas Petitjean", "Pierre-Yves Caradoc"}


def test_the_sub_headings_of_a_programme_heading_are_its_sessions(tmp_path):
    doc = read(tmp_path, "assises.html", (
        "<html><body><h1>Assises du climat</h1><p>Les assises auront lieu le 8 octobre 2025.</p><h2>Programme</h2>"
        "<h3>Ouverture</h3><p>Par Marie Duprat, maire de Valbrune</p>"
        "<h3>Conférence inaugurale : « Le climat change »</h3><p>Jean Jouvel, climatologue, Université de Valbrune</p>"
        "<h3>Déjeuner</h3><p>Buffet sur place.</p>"
        "<h3>Remise des trophées</h3><p>Les trophées seront remis par Sophie Lamber, vice-présidente du Département.</p>"
        "<h2>Informations pratiques</h2><h3>Accès</h3><p>Salle Jean Moulin, Auditorium Marceau Lamy.</p></body></html>"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture", "Conférence inaugurale : « Le climat change »", "Remise des trophées"]
    assert {(t, n) for t, n, _ in links(rows)} == {("Ouverture", "Marie Duprat"), ("Conférence inaugurale", "Jean Jouvel"),
                                                   ("Remise des", "Sophie Lamber")}
    assert not any("Moulin" in s["full_name"] or "Lamy" in s["full_name"] for s in rows["speakers"])


def test_timed_headings_of_a_markdown_programme(tmp_path):
    doc = read(tmp_path, "forum.md", (
        "# Forum des mobilités\n\n## Programme\n\n### 9h30 – Ouverture\n\nMot d'accueil de Marie DUPRAT, maire de Valbrune.\n\n"
        "### 10h00 – Les mobilités de demain\n\nAvec :\n\n- **Hugo Bertin**, directeur, Agence de la mobilité\n"
        "- **Lise Marchal**, adjointe au maire de Kerbrat\n\n### 12h00 – Déjeuner\n\n"
        "### 14h00 – Inclusion et mobilité\n\nAnimée par Claire Fontenay\n\n- Omar Bensaad (Emmaüs Connect)\n"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture", "Les mobilités de demain", "Inclusion et mobilité"]
    assert {(t, n, r) for t, n, r in links(rows)} >= {
        ("Ouverture", "Marie DUPRAT", "maire de Valbrune"), ("Les mobilités", "Hugo Bertin", "directeur"),
        ("Inclusion et", "Claire Fontenay", "animation"), ("Inclusion et", "Omar Bensaad", None)}


@pytest.mark.parametrize("line, role, organization", [
    ("Dr Yann Le Goffic – Astronome, Observatoire de Kerbrat", "Astronome", "Observatoire de Kerbrat"),
    ("Thomas Petitot – Responsable éclairage, Ville de Valbrune", "Responsable éclairage", "Ville de Valbrune"),
    ("Sophie Blanchard – Agence régionale de l'énergie", None, "Agence régionale de l'énergie"),
    ("Christine VAN DER MEEREN, Sous-préfète", "Sous-préfète", None),
])
def test_role_and_organisation_after_a_dash(line, role, organization):
    item = parse_item(line, bare_ok=True, mixed_ok=True)
    assert (item.role, item.organization) == (role, organization)


def test_an_organisation_word_is_never_a_name():
    assert parse_name("Observatoire de Kerbrat", allow_mixed=True) is None
    assert parse_name("Conservatoire Delattre", allow_mixed=True) is None


def test_a_role_right_after_the_name_without_a_comma():
    found = quoted_people("Le projet a été discuté avec Armand Pellerin président de l'association Ciel Noir, "
                          "et Gaëlle Vasseur maire de Kerbrat.")
    assert [(p.full, it.role) for it in found for p in it.people] == [
        ("Armand Pellerin", "président de l'association Ciel Noir"), ("Gaëlle Vasseur", "maire de Kerbrat")]
    # a capitalised word after the name is no such role
    assert quoted_people("Jean Dupré Président de séance") == []


def test_two_people_joined_by_et_share_a_plural_verb():
    found = quoted_people("Ce matin-là, M. Hervé Galland et M. Tristan Morvan sont intervenus sur la biodiversité.")
    assert [p.full for it in found for p in it.people] == ["Hervé Galland", "Tristan Morvan"]
    assert [p.full for it in quoted_people("Anne Royer et Paul Vidot ont présenté le plan.") for p in it.people] == [
        "Anne Royer", "Paul Vidot"]
    # "être" with another participle is a passive: nobody speaks
    assert quoted_people("Jean Dupré est présenté comme le favori.") == []


def test_a_bulleted_line_announcing_two_speakers():
    from pipelines.extract.people_listed import _listed_people
    text = ("Autres temps forts :\n\n- Mots de bienvenue de M. Yannick PRIEUR – Président du Syndicat et de "
            "M. Loïc TANGUY –\nDirecteur des Services\n- Un quiz sur les oiseaux\n")
    found = [(it.people[0].full, it.role) for it in _listed_people(_Reader(doc_of(text)))]
    # the item wrapped after its dash goes on on the next line: the second role is read too
    assert found == [("Yannick PRIEUR", "Président du Syndicat"), ("Loïc TANGUY", "Directeur des Services")]


def test_a_name_in_capitals_then_the_body_it_comes_from_or_a_description():
    found = quoted_people("Le public a écouté Lucie MARTEL de la mairie de Kerbrat, en visioconférence.")
    assert [(p.full, it.organization) for it in found for p in it.people] == [("Lucie MARTEL", "mairie de Kerbrat")]
    # in a sentence that relates no speech, the name is only mentioned
    assert quoted_people("Une photo de Lucie MARTEL de la mairie de Kerbrat orne le hall.") == []
    found = quoted_people("Rémi FAUCHER, Président du Club ; Aude PERRIN, urbaniste de formation, "
                          "ont lancé le débat.")
    assert [(p.full, it.role) for it in found for p in it.people] == [
        ("Rémi FAUCHER", "Président du Club"), ("Aude PERRIN", "urbaniste de formation")]
    # not after a name in mixed case, an acronym first, a small word or a verb
    assert quoted_people("Le rapport de Marie Dupré, militante, est paru.") == []
    assert quoted_people("Le témoignage de la ville (CA Val Doré, labellisée 2 étoiles).") == []
    assert quoted_people("Jean DUPRÉ, elle, ne viendra pas.") == []


@pytest.mark.parametrize("title, is_one", [
    ("Mardi 4 mars 2025", True), ("Matinée", True), ("Après-midi", True), ("Jour 2", True), ("Journée du 5 mars", True),
    ("Ouverture des portes", True), ("Petit déjeuner d'accueil", True),
    ("Journée des communes", False), ("Jour 2 : atelier vélo", False), ("Soirée de gala", False),
])
def test_days_and_parts_of_a_day_are_no_sessions(title, is_one):
    assert is_break(title) is is_one


def test_a_programme_over_two_days(tmp_path):
    doc = read(tmp_path, "rencontres.md", (
        "# Rencontres du numérique\n\n## Programme\n\n### Jeudi 12 juin\n\n- 9h00 : Accueil des participants\n"
        "- 9h30 : Plénière d'ouverture avec Marie Duprat, présidente de la Région\n- 11h00 : Table ronde « L'IA »\n"
        "- 12h30 : Déjeuner\n\n### Vendredi 13 juin\n\n- 9h00 : Keynote de Paul Girardin, chercheur\n"
        "- 10h30 : Table ronde « La donnée ouverte »\n- 12h00 : Clôture par le ministre\n\n## Informations pratiques\n\n"
        "### Accès\n\nTram B.\n\n### Inscription\n\nEn ligne.\n"))
    rows = rows_of(doc)
    assert titles(rows) == ["Plénière d'ouverture", "Table ronde « L'IA »", "Keynote de Paul Girardin, chercheur",
                            "Table ronde « La donnée ouverte »", "Clôture par le ministre"]
    assert {n for _, n, _ in links(rows)} == {"Marie Duprat", "Paul Girardin"}


def test_a_title_cut_by_the_text_flow_is_joined():
    text = ("10:00 Amphi A Bien choisir ses outils de\n\nmesure et les partager\n\n"
            "11:00 Amphi A Construire un four\n\nsolaire en famille\n\n12:00 Amphi A Les haies\n\nMerci à tous.\n")
    assert titles(rows_of(doc_of(text))) == ["Bien choisir ses outils de mesure et les partager",
                                             "Construire un four solaire en famille", "Les haies"]


def test_a_title_cut_in_a_timetable_of_rooms_goes_on_in_capitals():
    # every entry opens with its room: a line with no room nor time is the rest of the one above
    text = ("10:00 Amphi A Bâtir un réseau de chaleur\nRural et partagé\nAmphi B Les haies\n"
            "Amphi C Cartographier les\n\nSentiers Communaux\n11:00 Amphi A Le compost\n12:00 Amphi A Clôture du jour\n")
    assert titles(rows_of(doc_of(text))) == ["Bâtir un réseau de chaleur Rural et partagé", "Les haies",
                                             "Cartographier les Sentiers Communaux", "Le compost", "Clôture du jour"]


def test_a_capitalised_line_under_a_timetable_without_rooms_is_no_part_of_a_title():
    text = ("10:00 Bâtir un réseau de chaleur\nRural et partagé\n\n11:00 Le compost\n12:00 Clôture du jour\n")
    assert titles(rows_of(doc_of(text)))[0] == "Bâtir un réseau de chaleur"


def test_a_slide_with_the_name_the_role_and_the_organisation_on_three_lines():
    text = ("Les intervenants\nSophie LAMBRE\nChargée de mission biodiversité\nOffice de la biodiversité\n"
            "Marc DUBOST\nResponsable éclairage public\nVille de Valbrune\n")
    assert [(p.full, it.role, it.organization) for it in quoted_people(text) for p in it.people] == [
        ("Sophie LAMBRE", "Chargée de mission biodiversité", "Office de la biodiversité"),
        ("Marc DUBOST", "Responsable éclairage public", "Ville de Valbrune")]


def test_an_honorific_and_a_family_name_alone_name_the_person_named_in_full_elsewhere():
    text = ("Étaient présents :\n\n- M. Fabrice Lenoir - trésorier,\n- Mme Sylvie Aubert - Secrétaire\n"
            "- M. Jean-Noël Tessier,\n\nM. Lenoir a tenu à préciser que les comptes sont justes.\n"
            "M. Tessier a ensuite annoncé que 4 bancs seront posés.\nM. Dupuis a parlé aussi.\n")
    assert [p.full for it in quoted_people(text) for p in it.people] == ["Fabrice Lenoir", "Jean-Noël Tessier"]


def test_an_attendance_list_names_no_speaker():
    from pipelines.extract.people_listed import _listed_people
    text = ("Étaient présents :\n\n- M. Fabrice Lenoir - trésorier,\n- Mme Sylvie Aubert - Secrétaire\n\n"
            "Intervenants :\n\n- Anne Royer - directrice, Agence X\n")
    assert [it.people[0].full for it in _listed_people(_Reader(doc_of(text)))] == ["Anne Royer"]


def test_an_honorific_makes_a_description_after_the_name_a_role():
    found = quoted_people("Après un mot d'accueil, Mme Paule Kerjean, animatrice nature, raconte la vie du marais.")
    assert [(p.full, it.role) for it in found for p in it.people] == [("Paule Kerjean", "animatrice nature")]


def test_a_place_between_the_role_and_the_name():
    found = quoted_people("La maire de Kerbrat Anne-Laure Pichon a fait état des travaux prévus.")
    assert [p.full for it in found for p in it.people] == ["Anne-Laure Pichon"]
    assert [p.full for it in quoted_people("Jean-Marc Le Bihan a déclaré que non.") for p in it.people] == ["Jean-Marc Le Bihan"]


def test_people_listed_after_a_colon_in_a_sentence():
    found = quoted_people("Les ateliers ont été animés par trois formateurs : Chloé VANIER – Terre Vive, "
                          "Bruno LAFFONT – ECOLAB, Sami HADJ – Direction régionale Sud.\n\nLien vers les supports.")
    assert [(p.full, it.organization, it.moderator) for it in found for p in it.people] == [
        ("Chloé VANIER", "Terre Vive", True), ("Bruno LAFFONT", "ECOLAB", True),
        ("Sami HADJ", "Direction régionale Sud", True)]
    # words that are no people after a colon
    assert quoted_people("Au programme : Table ronde, Atelier du CEREMA, Pause.") == []
    assert quoted_people("Absents excusés : Mathieu FIGUET (pouvoir à A), Marie LECOQ (pouvoir à B).") == []


def test_a_table_of_hours_and_counts_is_no_timetable():
    assert slot_of("21H – 5H  12") is None
    text = "Plages  Réponses\n21H – 5H  12\n21H30 – 5H30  8\n0H – 6H  31\n23H – 6H  19\n"
    assert rows_of(doc_of(text))["sessions"] == []


def test_an_apposition_needs_a_verb_of_speech_in_its_sentence():
    assert quoted_people("Merci à Julie MARCHAND, photographe, pour ces belles images.") == []
    found = quoted_people("Aude PERRIN, urbaniste de formation, a ouvert le débat.")
    assert [p.full for it in found for p in it.people] == ["Aude PERRIN"]


def test_a_quote_after_a_colon_belongs_to_the_subject_of_the_clause():
    assert quoted_people("Il cite le livre de Joël Marquet intitulé : « Le jardin sans eau ».") == []


def test_contacts_and_credits_listed_after_a_colon_are_no_speakers():
    assert quoted_people("Contacts presse : Julie MARCHAND (Agence Com), Paul BRUNET (Ville de Kerbrat).") == []
    from pipelines.extract.people_listed import _listed_people
    text = "Crédits photos :\n\n- Julie MARCHAND, photographe, Studio Ocre\n"
    assert _listed_people(_Reader(doc_of(text))) == []


def test_a_label_word_inside_a_long_sentence_opens_no_list():
    text = ("La rédaction du bulletin a choisi l'atelier (A3) : « Planter des haies ? » Présidé par "
            "Mathis Gourvès, vice-président du Club, il a fait le plein.")
    assert [p.full for it in quoted_people(text) for p in it.people] == ["Mathis Gourvès"]


def test_times_written_after_the_titles_and_a_moderator_with_a_role():
    text = ("Programme\n\nOuverture des Assises – 9h30-10h00\nMarie DUPRAT, présidente de la Région\n\n"
            "Les territoires face au climat – 10h00-11h30\nTable ronde animée par Paul Girardin, journaliste\n"
            "Léa MARTEL, directrice, Agence de l'eau\n\nDéjeuner – 12h00\n\n"
            "Atelier A (14h00-15h30) : rénover les écoles\n\nSynthèse et clôture (16h00)\n")
    rows = rows_of(doc_of(text))
    assert titles(rows) == ["Ouverture des Assises", "Les territoires face au climat",
                            "Atelier A (14h00-15h30) : rénover les écoles", "Synthèse et clôture"]
    assert ("Les territoires", "Paul Girardin", "animation") in links(rows)
    assert {s["full_name"]: s["role"] for s in rows["speakers"]}["Paul Girardin"] == "journaliste"


def test_lettered_items_need_their_letters_in_order():
    from pipelines.extract.session_plain_lists import _listed_sessions
    text = "- M. Gérard Thorel\n- M. Jean-François Verot\n- M. Henri Roberty\n"
    assert _listed_sessions(_Reader(doc_of(text))) == []
    text = "- A. Les réseaux. Ville X\n- B. Les écoles. Ville Y\n- C. Les routes. Ville Z\n"
    assert [t for t, _, _ in _listed_sessions(_Reader(doc_of(text)))] == ["Les réseaux", "Les écoles", "Les routes"]


def test_speaker_cards_of_an_event_page_give_the_roles(tmp_path):
    doc = read(tmp_path, "journee.html", (
        "<html><body><h1>Journée de l'eau</h1><p>La journée aura lieu le 3 juin 2025.</p><h2>Les intervenants</h2>"
        "<div><h4>Claire Fontenay</h4><p>Directrice de l'Agence de l'eau</p></div>"
        "<div><h4>JEAN DE LA TOURELLE</h4><p>Maire de Kerbrat</p></div>"
        "<h2>Programme</h2><h3>9h30 - Ouverture</h3><p>Avec Claire Fontenay et Jean de La Tourelle</p>"
        "<h3>10h30 - Table ronde : l'eau potable</h3><p>Animée par Marc Olivet.</p>"
        "<h3>12h00 - Visite de la station</h3></body></html>"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture", "Table ronde : l'eau potable", "Visite de la station"]
    roles = {s["full_name"]: s["role"] for s in rows["speakers"]}
    assert roles == {"Claire Fontenay": "Directrice de l'Agence de l'eau", "Jean de La Tourelle": "Maire de Kerbrat",
                     "Marc Olivet": None}
    assert parse_name("JEAN DE LA TOURELLE", caps_ok=True).family == "DE LA TOURELLE"


@pytest.mark.parametrize("line, is_one", [
    ("Programme", True), ("Programme prévisionnel :", True), ("Programme du jeudi 12 juin", True),
    ("PROGRAMME DE LA MATINÉE", True), ("Programme Territoire Engagé", False),
    ("Programme national Action cœur de ville", False), ("Au programme également :", False),
])
def test_a_programme_heading_and_its_qualifiers(line, is_one):
    from pipelines.extract.programme_layout import _programme_intro
    assert _programme_intro(line) is is_one


def test_sessions_a_report_names_after_the_people_who_took_part():
    text = ("Trois bénévoles étaient là :\n- Élise Garnier a expliqué son rôle dans l'atelier Semis et boutures "
            "en plein air.\n- Noah Perret participait à l'atelier Compost de quartier\n"
            "- Rose Lamarre intervenait dans l'atelier réparer son vélo soi-même\n"
            "Les participants ont visité l'atelier de la ville.\n")
    rows = rows_of(doc_of(text))
    assert [s["type"] for s in rows["sessions"]] == ["workshop"] * 3
    assert titles(rows) == ["Semis et boutures en plein air", "Compost de quartier", "réparer son vélo soi-même"]
    # those the text confirms as speakers ("intervenait") are linked to their session
    assert {n for _, n, _ in links(rows)} == {"Élise Garnier", "Rose Lamarre"}


def test_a_programme_table_without_times(tmp_path):
    doc = read(tmp_path, "forum.md", (
        "# Forum de l'eau\n\n## Programme\n\n| Séquence | Intervenants |\n|---|---|\n"
        "| Ouverture officielle | Marc OLIVET, maire de Valbrune |\n"
        "| Les rivières et le climat | Léa GIRAUD (Agence de l'eau), Hugo BLANCHET (Syndicat mixte) |\n"
        "| Conclusion | Anne MARTEL, présidente |\n"))
    rows = rows_of(doc)
    assert titles(rows) == ["Ouverture officielle", "Les rivières et le climat", "Conclusion"]
    assert ("Les rivières", "Hugo BLANCHET", None) in links(rows)


def test_a_speaker_label_inside_a_session_line_ends_its_title():
    text = ("Programme\n\n9h30 – Ouverture par Marie DUPRAT, maire\n"
            "10h00 – Table ronde : les mobilités. Intervenants : Léa GIRAUD (Agence X), Hugo BLANCHET (Syndicat Y)\n"
            "11h30 – Première partie : le cadre, avec Paul VIDOT (Région Sud)\n")
    rows = rows_of(doc_of(text))
    assert titles(rows) == ["Ouverture par Marie DUPRAT, maire", "Table ronde : les mobilités", "Première partie : le cadre"]
    assert {(t, n) for t, n, _ in links(rows)} == {("Ouverture par", "Marie DUPRAT"), ("Table ronde", "Léa GIRAUD"),
                                                   ("Table ronde", "Hugo BLANCHET"), ("Première partie", "Paul VIDOT")}


def test_a_list_after_a_colon_names_speakers_only_when_the_sentence_says_so():
    assert quoted_people("L'équipe projet : Julie MARCHAND – Agence Com, Paul BRUNET – Ville de Kerbrat.") == []
    found = quoted_people("Table ronde : Julie MARCHAND – Agence Com, Paul BRUNET – Ville de Kerbrat.")
    assert [p.full for it in found for p in it.people] == ["Julie MARCHAND", "Paul BRUNET"]


def test_speaker_cards_under_a_label():
    text = "Nos intervenants\n\nClaire Fontenay\n\nDirectrice du Parc\n\nLéo Marchal\n\nMaire de Kerbrat\n\nProgramme\n"
    assert [(p.full, it.role) for it in _labelled_people(_Reader(doc_of(text))) for p in it.people] == [
        ("Claire Fontenay", "Directrice du Parc"), ("Léo Marchal", "Maire de Kerbrat")]


def test_a_name_and_an_organisation_that_reads_as_a_name_like_its_siblings(tmp_path):
    # "Gaëlle Morin, Agence Solvia": "Agence Solvia" could be read as a second name; its siblings
    # are plainly "name, organisation", so it is one person and her organisation
    doc = read(tmp_path, "debat.md", (
        "# Débat sur les mobilités\n\nIntervenants :\n\n"
        "- Paul Lefranc, DDT 29\n- Gaëlle Morin, Agence Solvia\n- Hervé Quintin, Syndicat des Transports\n"
        "- Inès Roudaut, CCI Kerval\n"))
    people = {(s["full_name"], s["organization"]) for s in rows_of(doc)["speakers"]}
    assert ("Gaëlle Morin", "Agence Solvia") in people
    assert "Agence Solvia" not in {name for name, _ in people}


def test_bare_names_in_a_list_stay_names(tmp_path):
    # "- Léa Brun, Paul Durand" in a list of bare names is two people, no organisation
    from pipelines.extract.people_listed import _listed_people
    doc = read(tmp_path, "debat.md", (
        "# Débat\n\nIntervenants :\n\n- Léa Brun, Paul Durand\n- Marc Le Gall, Anne Riou\n"))
    assert all(it.organization not in {"Paul Durand", "Anne Riou"} for it in _listed_people(_Reader(doc)))


def test_a_bulleted_session_line_closed_by_a_full_stop_is_still_a_session(tmp_path):
    doc = read(tmp_path, "ateliers.md", (
        "# Journée des communes\n\n## Après-midi\n\nVenez avec vos outils.\n\n"
        "- Atelier réparation de vélos, trottinettes et site web.org.\n\nOn répare ensemble.\n\n"
        "- Atelier Cartes des sentiers et participation aux relevés de terrain.\n\nOn marche ensemble.\n\n"
        "- Atelier gratuit. Venez nombreux.\n"))
    got = titles(rows_of(doc))
    assert "Atelier réparation de vélos, trottinettes et site web.org" in got
    assert "Atelier Cartes des sentiers et participation aux relevés de terrain" in got
    assert not any("gratuit" in t for t in got)       # two sentences: no session line


def test_a_talks_byline_names_its_speakers_with_their_organisation():
    from pipelines.extract.people_listed import _byline_people
    text = ("Cartographier les haies\n\nUne présentation des relevés de terrain menés avec les écoles.\n\n"
            "Par Lucie Marchal et Paul Drouin - Syndicat des Eaux de Kerval\n\n"
            "Le compost partagé\n\nPar une belle matinée, les habitants ont trié leurs déchets.\n\n"
            "Par Léa Brun\n")
    got = [(p.full, it.organization) for it in _byline_people(_Reader(doc_of(text))) for p in it.people]
    assert got == [("Lucie Marchal", "Syndicat des Eaux de Kerval"), ("Paul Drouin", "Syndicat des Eaux de Kerval")]


def test_room_lines_after_a_column_of_times_are_a_timetable():
    # a PDF's table read column by column: the times first, then the rooms and their sessions
    text = ("Vendredi\n\n13:30\n\n14:30\n\n16:00\n\n"
            "Amphi A  Bâtir un four\nsolaire en famille\nAmphi B  Les haies : un\npatrimoine commun\n"
            "Salle 2  Le compost partagé\n\nAmphi A  Cartographier les sentiers\n")
    assert titles(rows_of(doc_of(text))) == ["Bâtir un four solaire en famille", "Les haies : un patrimoine commun",
                                             "Le compost partagé", "Cartographier les sentiers"]


def test_the_spaces_of_a_fair_are_no_rooms_of_a_timetable():
    text = ("Le village\n\nEspace Jardin : semis et boutures de saison\n"
            "Espace Lecture : contes et albums pour tous\nEspace Vélo : réparation et prêt de vélos\n")
    assert titles(rows_of(doc_of(text))) == []


# =========================================================================== "Prénom Nom de Organisation"
def test_a_list_of_people_each_followed_by_the_body_they_come_from(tmp_path):
    # an item wrapped over two lines, "de la" kept with the organisation, a subject instead of a
    # body, "etc." closing the list
    path = tmp_path / "festival.txt"
    path.write_text("Le samedi :\n\n"
                    "•  Rencontres, avec Léa Brunet de Kervalia, Jean‐Marc Tison du Syndicat Valbrune, Marc Olier de\n"
                    "la Fédération Brémont, Anne Quillet à propos des jardins, etc.\n", encoding="utf-8")
    doc = read_document(SourceEntry(id="festival", file=path.name, path=path))
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    got = {s["full_name"]: s.get("organization") for s in rows["speakers"]}
    assert got == {"Léa Brunet": "Kervalia", "Jean-Marc Tison": "Syndicat Valbrune",
                   "Marc Olier": "la Fédération Brémont", "Anne Quillet": None}


def test_a_particle_after_the_given_name_stays_in_the_name():
    from pipelines.extract.programme_lines import inline_items
    items = inline_items("Anne de Kerval, Paul Roux")
    assert [p.full for it in items for p in it.people] == ["Anne de Kerval", "Paul Roux"]
    assert all(it.organization is None for it in items)


def test_two_given_names_before_the_family_name_and_the_organisation():
    from pipelines.extract.programme_lines import inline_items
    items = inline_items("Marie Anne Poulain de Terres communes")
    assert [(p.full, it.organization) for it in items for p in it.people] == [("Marie Anne Poulain", "Terres communes")]
    # four capitalised words before "de": no "Prénom Nom de Organisation" item
    assert all(it.organization != "Terres communes" for it in inline_items("Marie Anne Lise Poulain de Terres communes"))


@pytest.mark.parametrize("item, organization, people", [
    ("Agence Kerval : Léa BRUNEL, cheffe de projet", "Agence Kerval", ["Léa BRUNEL"]),
    ("ADEME : Paul DURAND", "ADEME", ["Paul DURAND"]),
    ("Méthodologie : Guide Pratique ABCD", None, []),     # a detail's label, then a reference
    ("Source : Fiches XYZ, Observatoire", None, []),
    ("Base de données : Relevés QRS", None, []),
])
def test_a_label_of_details_is_no_organisation_before_a_name(item, organization, people):
    """ "Organisation : Prénom NOM" names a speaker and their organisation; "Source : ...",
    "Méthodologie : ..." (lexicons/programme.yaml detail_labels) give a reference, not a person."""
    found = parse_item(item, bare_ok=True, mixed_ok=True)
    if organization is None:
        assert found is None or found.organization != item.split(" :")[0]
    else:
        assert found is not None and found.organization == organization
        assert [p.full for p in found.people] == people


def test_people_listed_on_one_line_whose_line_breaks_were_lost():
    from pipelines.extract.programme_lines import inline_items
    text = ("Léa BRUNET, Élue régionale à l'eau, REGION VALBRUNE Paul ROUX, Directeur général, "
            "AGENCE DE L'EAU Anne KERVAL, Vice-Présidente, RESEAU31")
    people = [(p.full, it.role, it.organization) for it in inline_items(text) for p in it.people]
    assert people == [("Léa BRUNET", "Élue régionale à l'eau", "REGION VALBRUNE"),
                      ("Paul ROUX", "Directeur général", "AGENCE DE L'EAU"),
                      ("Anne KERVAL", "Vice-Présidente", "RESEAU31")]
    # a compound given name, an honorific or a numeral after a town is no new person
    assert [p.full for it in inline_items("Monsieur Jean Jacques HERIN, Directeur du syndicat") for p in it.people] \
        == ["Jean Jacques HERIN"]
    assert len(inline_items("Léa BRUNET, Professeure, Université Paris II")) == 1


@pytest.mark.parametrize("sentence, name", [
    ("Lucie Marchand revient sur la saison écoulée.", "Lucie Marchand"),
    ("Paul Ardoin est revenu sur les travaux de la halle.", "Paul Ardoin"),
    ("Nadia Ferrand reviendra sur le bilan du projet.", "Nadia Ferrand"),
])
def test_a_speaker_going_back_over_a_subject(sentence, name):
    assert [p.full for it in quoted_people(sentence + "\n") for p in it.people] == [name]
