"""A Roman ordinal whose raised suffix the PDF text sets apart by a space ("la XIV e édition", "les XX ème
Rencontres") numbers the edition as "la XIVe édition" does. A single capital followed by a lone "e" is a
word cut in two by a dropped capital ("L e Syndicat"), no ordinal. Made-up texts only."""

from pipelines.extract.event_edition import arabic_ordinals, find_edition
from pipelines.extract.events import extract_event

from .support import doc_of as _doc

_TITLE = "Foire aux vergers de Valbrune"


def _edition(sentence: str) -> int | None:
    text = (_TITLE + "\n\n" + sentence + "\n\n"
            "Les visiteurs ont flâné entre les étals du verger de Trévanne tout l'après-midi.\n")
    return extract_event(_doc(text, title=_TITLE)).edition


def test_a_roman_ordinal_with_its_suffix_set_apart_numbers_the_edition():
    assert _edition("Les arboriculteurs étaient réunis samedi à Trévanne à l'occasion de la XIV e édition "
                    "de la Foire aux vergers.") == 14
    assert arabic_ordinals("les XX ème Rencontres") == "les 20 ème Rencontres"


def test_a_single_capital_cut_from_its_word_is_no_ordinal():
    assert arabic_ordinals("L e Syndicat des vergers vient de voter") == "L e Syndicat des vergers vient de voter"
    assert find_edition("Les arboriculteurs étaient réunis samedi à Trévanne. V e édition ou non, la foire a plu.") is None
