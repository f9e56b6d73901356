"""An event named in a web page's or a press article's title: a breadcrumb trail above the title is
passed over, "la fête de la Pomme" names an event in lower case before a capitalised name, and a
name ends where the next line opens with a capital. Made-up texts only."""

from pipelines.extract.event_name import noun_phrase
from pipelines.extract.event_titles import first_line_title
from pipelines.extract.event_words import noun_spans
from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_PAGE = ("Accueil > Association > Revue de presse > Trois mille visiteurs pour la fête de la Châtaigne\n"
         "Trois mille visiteurs pour la fête de la Châtaigne\n"
         "Les visiteurs ont goûté les vingt variétés de châtaigne pendant tout le week-end à Valbrune.\n")


def test_a_breadcrumb_trail_is_passed_over_for_the_title_below_it():
    assert first_line_title(_doc(_PAGE)) == "Trois mille visiteurs pour la fête de la Châtaigne"
    # a title holding ">" that opens with no home link is a title
    assert first_line_title(_doc("Forum > Valbrune 2031\nTexte.\n")) == "Forum > Valbrune 2031"


def test_a_festival_in_lower_case_before_a_capitalised_name_is_an_event():
    assert noun_spans("pour la fête de la Châtaigne") != []
    assert noun_spans("pour la fête de quartier") == []
    assert extract_event(_doc(_PAGE)).name == "fête de la Châtaigne"


def test_an_events_name_stops_at_a_capital_opening_the_next_line():
    text = "la fête de la Châtaigne\nTrois mille visiteurs"
    assert noun_phrase(text, text.index("fête")) == "fête de la Châtaigne"
    # a name the layout wrapped after a link word goes on
    wrapped = "la fête de la\nChâtaigne et du Cidre"
    assert noun_phrase(wrapped, wrapped.index("fête")) == "fête de la Châtaigne et du Cidre"
