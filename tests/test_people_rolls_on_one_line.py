"""Speakers of a roll written on one line (each person after the last one's role), on made-up texts
(names and places invented)."""

from __future__ import annotations

from .support import quoted_names


ROLL = ("9h30 Allocutions d'accueil Lucien Ferrand, maire de Valbourg, président de la Région Nord "
        "Nadia Vernet, présidente de la communauté de communes des Trois Vallées Paul Terrier, "
        "président du Conseil départemental.")


def test_a_roll_on_one_line_names_each_person_after_the_last_ones_role():
    assert quoted_names(ROLL) == ["Lucien Ferrand", "Nadia Vernet", "Paul Terrier"]


def test_a_closing_slot_with_two_people_on_one_line():
    text = "16h20 Conclusion Nadia Vernet, directrice générale de l'Agence Sud Paul Terrier, préfet de la région Sud"
    assert quoted_names(text) == ["Nadia Vernet", "Paul Terrier"]


def test_capitalised_words_ending_a_role_without_a_first_name_are_no_person():
    text = "9h30 Ouverture Marc Olier, directeur de l'Office Régional Nord Est, président du syndicat."
    assert quoted_names(text) == ["Marc Olier"]


def test_a_name_of_three_words_is_kept_whole():
    text = "9h30 Ouverture Marc Olier, directeur du port Lucien Ben Ferrand, président du syndicat."
    assert "Ben Ferrand" not in quoted_names(text)


def test_a_panellist_named_with_a_role_after_the_moderators_role():
    text = ("Une table ronde, animée par Marc Olier, directeur chez Xyz et réunissant Lucien Ferrand, "
            "président de Valtech, Nadia Vernet directrice chez Abc et Paul Terrier, délégué à la mobilité.")
    assert quoted_names(text)[:2] == ["Marc Olier", "Lucien Ferrand"]
    assert "Paul Terrier" in quoted_names(text)


def test_a_name_in_the_role_without_a_role_after_it_is_no_new_person():
    text = "Une table ronde, animée par Marc Olier, directeur chez Xyz et réunissant Lucien Ferrand pour Valtech."
    assert "Lucien Ferrand" not in quoted_names(text)


TABLE = ("Conférence sur l'eau à Valbourg\n\nMercredi 12 mars 2031, une conférence sur l'eau et ses réseaux.\n\n"
         "Seront présents autour de la table : Lucien FERRAND, Élu régional à l'eau, RÉGION NORD Nadia VERNET, "
         "Directrice générale adjointe, AGENCE DE L'EAU DU NORD Paul TERRIER, VALBOURG MÉTROPOLE "
         "Marc OLIER, Président, SYNDICAT DES EAUX   *************** La conclusion sera donnée par le grand témoin.\n")


def test_the_people_set_around_the_table_speak_with_their_own_role_and_body(tmp_path):
    from .support import written_doc
    from pipelines.extract.documents import extract_document
    rows = extract_document(written_doc(tmp_path, "table.txt", TABLE))["speakers"]
    assert [(r["full_name"], r.get("role"), r.get("organization")) for r in rows] == [
        ("Lucien FERRAND", "Élu régional à l'eau", "RÉGION NORD"),
        ("Paul TERRIER", None, "VALBOURG MÉTROPOLE"),
        ("Nadia VERNET", "Directrice générale adjointe", "AGENCE DE L'EAU DU NORD"),
        ("Marc OLIER", "Président", "SYNDICAT DES EAUX")]
    # present, not around the table: the people attend
    assert extract_document(written_doc(tmp_path, "b.txt", TABLE.replace(" autour de la table", "")))["speakers"] == []


PANEL = ("Colloque Valbourg 2031\n\nLe colloque « La terre et nous » se tient le 7 juin 2031 à Valbourg.\n\n"
         "PROGRAMME :\n"
         "1ère table ronde : Le local est-il l'avenir de nos campagnes ?\n"
         "Lucien Ferrand, président du Conseil de l'alimentation\n"
         "Nadia Vernet, agricultrice, présidente de la coopérative Valgrain\n"
         "Paul Terrier, viticulteur, membre du bureau de l'association Vignes Vives\n"
         "Marc Olier, Sous directeur à la DRH du groupe Kerval\n")


def test_a_speaker_whose_role_opens_with_a_trade(tmp_path):
    from .support import written_column
    assert written_column(tmp_path, "panel.txt", PANEL, "speakers", "full_name") == [
        "Lucien Ferrand", "Nadia Vernet", "Paul Terrier", "Marc Olier"]


def test_a_party_label_in_brackets_after_the_role_before_the_name():
    text = "« C'est de l'eau perdue », assure le maire (SE) de la commune, Lucien Ferrand."
    assert quoted_names(text) == ["Lucien Ferrand"]
    # a body's acronym in brackets is no party label: the bracket is read as before
    assert quoted_names("« C'est de l'eau perdue », assure le maire (ABC) de la commune, Lucien Ferrand.") == []
