"""An edition with no complement numbers the call for projects the text named last before it, in
any paragraph above, and a participatory budget is such a call ("le budget participatif ..." /
"... les projets de la première édition"): no event (events.yaml `call_nouns`, event_opening.py;
round 238, issue 15). An edition after an event noun is still an event. Invented text only."""

from pipelines.extract.events import describes_event

from .support import doc_of

_TEXT = ("Le budget participatif est-il réservé aux grandes villes ?\n\n"
         "Valbrune a lancé son premier budget participatif l'an dernier.\n\n"
         "Léa Brunel, chargée du budget participatif de la commune, fait le point.\n\n"
         "Je suis donc la réalisation des projets de la première édition, tout en préparant la deuxième.\n")


def test_the_edition_of_a_participatory_budget_is_no_event():
    assert not describes_event(doc_of(_TEXT, title="Le budget participatif est-il réservé aux grandes villes ?"))


def test_the_edition_of_a_festival_is_still_an_event():
    text = _TEXT.replace("son premier budget participatif l'an dernier", "son festival des sciences l'an dernier")
    text = text.replace("chargée du budget participatif", "chargée du festival")
    assert describes_event(doc_of(text, title="Le festival est-il réservé aux grandes villes ?"))
