"""A quotation introduced by a role and a colon ("Le trésorier précise : « … »") when no speaker
is named within the look-back: the one speaker of the document who holds that role, named
paragraphs before; nobody when no speaker holds it. Made-up texts."""

from .support import cast, said

PEOPLE = cast(("Xavier Morel", "trésorier du club de pétanque de Valbrune"), ("Anne Lebrun", "secrétaire"))

OPENING = ("Tournoi de pétanque de Valbrune 2031\n\n"
           "« Nous avons voulu une journée conviviale » explique Xavier Morel, trésorier du club de pétanque "
           "de Valbrune.\n\nLe programme\n\n"
           "Les équipes venues de Trévanne et des villages voisins ont joué sous les platanes de la place, "
           "entre la buvette tenue par les bénévoles, le stand des jeux anciens pour les enfants et la "
           "tombola de l'après-midi. La remise des coupes a eu lieu en fin de journée devant la mairie, "
           "en présence des familles et des habitants du quartier venus encourager les joueurs. Les "
           "organisateurs ont remercié les commerçants qui ont offert les lots de la tombola. ")


def test_a_role_introducing_a_quotation_names_its_holder_named_before():
    text = OPENING + ("Le trésorier précise : « L'ambiance était très bonne toute la journée. "
                      "La buvette a servi 320 repas. »\n")
    assert said(text, PEOPLE) == [(320, "morel")]


def test_a_role_nobody_holds_names_nobody():
    text = OPENING + ("La présidente précise : « L'ambiance était très bonne toute la journée. "
                      "La buvette a servi 320 repas. »\n")
    assert said(text, PEOPLE) == [(320, None)]
