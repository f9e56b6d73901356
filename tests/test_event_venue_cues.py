"""Venue and organiser cues of event reports and announcements, written for the genre: a weekday
date without an article between the verb and the place (a past week and the people gathered in a
hall: tests/test_event_venue_after_object.py), sports and community halls, the first part of a line of notices, a hall "investi par" its
visitors, stands "installés dans" a hall, and the organisation of a relative clause on the event.
Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer
from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_weekday_date_between_the_verb_and_the_hall():
    text = ("Forum des stages\n\nLe forum des stages de Valbrune s'est déroulé mardi 9 avril, dans la salle "
            "des Tilleuls du quartier nord. Une centaine de lycéens ont rencontré les entreprises.\n")
    assert "salle des Tilleuls" in (find_venue(_doc(text)) or "")
    # a weekday not followed by a date is no date: the place is not read after it
    assert find_venue(_doc(text.replace("mardi 9 avril,", "mardi matin et ensuite,"))) is None


def test_a_sports_complex_is_a_venue_head():
    text = "Fête du sport\n\nLe tournoi a eu lieu au complexe sportif des Aulnes, de 9 h à 18 h.\n"
    assert find_venue(_doc(text)) == "complexe sportif des Aulnes"
    assert find_venue(_doc(text.replace("complexe sportif", "cœur du quartier"))) is None


def test_the_first_part_of_a_line_of_notices_names_the_hall():
    text = ("Rencontre des jeunes élus\n\nVenez nombreux échanger avec les élus du canton.\n\n"
            "Centre culturel Marcel Ribot à Valbrune – Entrée libre et gratuite – Inscription conseillée en ligne\n")
    assert find_venue(_doc(text)).startswith("Centre culturel Marcel Ribot")
    # the hall in a later part of a long line is a sentence's, not a notice's
    text = ("Rencontre des jeunes élus\n\nVenez nombreux échanger avec les élus du canton.\n\n"
            "Entrée libre et gratuite – Inscription conseillée en ligne – Centre culturel Marcel Ribot à Valbrune\n")
    assert find_venue(_doc(text)) is None


def test_a_hall_taken_over_by_its_visitors():
    text = ("Salon des métiers\n\nCe jeudi, le parc des expositions de Valbrune a été investi par 2 000 collégiens "
            "venus découvrir les métiers.\n")
    assert find_venue(_doc(text)) == "le parc des expositions de Valbrune"
    assert find_venue(_doc(text.replace("a été investi par", "a été cité par"))) is None


def test_stands_set_up_in_a_hall():
    text = ("Salon de l'orientation\n\nDepuis ce matin, 40 exposants sont installés dans la salle polyvalente "
            "du stade des Pins. Écoles et entreprises présentent leurs formations.\n")
    assert "salle polyvalente du stade des Pins" in (find_venue(_doc(text)) or "")
    assert find_venue(_doc(text.replace("exposants sont installés", "panneaux sont accrochés"))) is None


def test_the_organisation_of_a_relative_clause_on_the_event():
    text = ("Retour sur les Rencontres de l'habitat\n\nCes Rencontres, que la Fédération Valbrunoise du Logement a "
            "lancées en février, ont réuni les bailleurs du territoire.\n")
    assert find_organizer(_doc(text)) == "Fédération Valbrunoise du Logement"
    # a relative clause on something else than an event names no organiser
    assert find_organizer(_doc(text.replace("Ces Rencontres, que", "Ces logements, que"))) is None


def test_an_organisation_head_with_three_lower_case_words_before_its_name():
    text = ("Forum de l'emploi\n\nLe forum de l'emploi organisé par la communauté de communes du Val Fleuri "
            "a réuni trente employeurs.\n")
    assert find_organizer(_doc(text)) == "communauté de communes du Val Fleuri"
    # four lower-case words: a description, not an organisation's name
    assert find_organizer(_doc(text.replace("de communes du Val", "de toutes les communes du Val"))) is None


def test_an_event_settling_in_a_place_names_its_venue():
    text = ("Rencontres du numérique\n\nRéunissant plus de 900 participants, les Rencontres de Valbrune "
            "ont pris leurs quartiers dans le stade Marcel Ribot de Valbrune du 3 au 5 mai.\n")
    assert find_venue(_doc(text)) == "stade Marcel Ribot de Valbrune"
    text = "Salon de l'habitat\n\nLe salon posera ses valises au gymnase des Aulnes en mars.\n"
    assert find_venue(_doc(text)) == "gymnase des Aulnes"
    # another verb of the same sentence names no place
    assert find_venue(_doc(text.replace("posera ses valises", "fera parler de lui"))) is None


def test_a_place_after_the_town_and_the_date_or_after_the_events_length():
    text = ("L'association Valbrune Éveil organise un colloque national. Il se tiendra à Paris le 25 janvier, "
            "au Ministère des Solidarités et de la Santé.\n")
    assert find_venue(_doc(text, title="Colloque de Valbrune Éveil")) == "Ministère des Solidarités et de la Santé"
    held = ("C'était une première à Valbrune. Le forum de la santé s'est tenu pendant deux jours dans la salle "
            "Irène-Joliot-Curie.\n")
    assert find_venue(_doc(held, title="Forum de la santé")) == "salle Irène-Joliot-Curie"


def _page(tmp_path, front: str):
    from .support import written_doc
    return written_doc(tmp_path, "page.md", "---\ntitle: Rencontre des designers\n" + front
                       + "---\n\nRencontre des designers de Valbrune, le 3 mars 2031.\n")


def test_the_front_matter_names_the_venue(tmp_path):
    assert find_venue(_page(tmp_path, "lieu: Maison des projets\n")) == "Maison des projets"
    assert find_venue(_page(tmp_path, "location: Salle Kerval, 12 rue des Lilas, 62000 Valbrune\n")) == "Salle Kerval"
    # an online mode joined to the place is not part of it
    assert find_venue(_page(tmp_path, "lieu: Maison des projets et en ligne\n")) == "Maison des projets"


def test_a_front_matter_value_naming_no_venue(tmp_path):
    assert find_venue(_page(tmp_path, "location: En ligne\n")) is None
    assert find_venue(_page(tmp_path, "location: Visioconférence\n")) is None
    assert find_venue(_page(tmp_path, "location: 20 avenue des Lilas, 62000 Valbrune\n")) is None
    assert find_venue(_page(tmp_path, "location: En présentiel à Valbrune\n")) is None


def test_a_venue_closing_a_title_after_its_dated_year_and_a_dash():
    # round 225: the title's date, its year, a dash, then a hall
    title = "colloque jeudi 12 et vendredi 13 décembre 2031 – Cité du fleuve"
    text = "Le programme des deux journées de réflexion sur la ville.\n"
    assert find_venue(_doc(text, title)) == "Cité du fleuve"
    # a day's heading without a year places one day only; a town after the dash is no hall
    assert find_venue(_doc(text, title.replace(" 2031", ""))) is None
    assert find_venue(_doc(text, title.replace("Cité du fleuve", "Valbrune"))) is None

