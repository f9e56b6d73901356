"""A title whose first part is a date alone ("08/04/2021 - Atelier ...") names the event in the part
that follows; a title whose first part names it keeps that part. Made-up titles only."""

from pipelines.extract.event_titles import clean_title


def test_a_date_alone_before_the_dash_gives_way_to_the_next_part():
    assert clean_title("12/05/2031 - Rencontres des jardins partagés #2") == "Rencontres des jardins partagés #2"
    assert clean_title("12 05 2031 | Forum des mobilités rurales") == "Forum des mobilités rurales"


def test_a_first_part_with_words_is_kept():
    assert clean_title("Forum des mobilités rurales - 12/05/2031") == "Forum des mobilités rurales"
    assert clean_title("Salon Valbrune Numérique 2031 : le programme") == "Salon Valbrune Numérique"


def test_a_day_s_date_before_the_dash_gives_way_to_the_next_part():
    assert clean_title("Mardi 4 Juin - Assises de la haie bocagère - Valbrune (salle des Tilleuls)") \
        == "Assises de la haie bocagère"
    assert clean_title("12 mars | Fête du compost") == "Fête du compost"
