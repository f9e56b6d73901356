"""Ways a reporter credits a figure that round 378 reads: a verb that only tells ("a détaillé",
"a cité") says the figure it has for its object, unlike one that may show ("présente 30 toiles");
a quotation set right after its verb of speech with no colon ("X, trésorier du club confirme « … »")
is that subject's; "a pointé", "a esquissé" and "a révélé" are verbs of speech; a role set after
the name by a comma the reporter never closed ("X, présidente du comité a rappelé") still leaves
the name the subject of the verb in the past. Made-up texts."""

from .support import cast, said

PEOPLE = cast(("Anne Durand", "présidente"), ("Paul Martin", "trésorier"))


def test_a_verb_that_only_tells_says_the_figure_it_has_for_object():
    text = "Forum des jardins 2031\n\nLors de l'atelier, Anne Durand a cité 4 pistes pour arroser moins les massifs.\n"
    assert said(text, PEOPLE) == [(4, "durand")]
    shown = "Forum des jardins 2031\n\nAnne Durand présente 30 toiles sur les jardins ouvriers.\n"
    assert said(shown, PEOPLE) == [(30, None)]


def test_a_quotation_set_right_after_its_verb_is_the_subject_s():
    text = ("Forum des jardins 2031\n\n« La matinée a été très animée » raconte la présidente Anne Durand.\n\n"
            "Paul Martin, trésorier du club confirme « les 300 plants de tomates sont déjà tous vendus »\n")
    assert said(text, PEOPLE) == [(300, "martin")]


def test_verbs_of_speech_of_the_press():
    for verb in ("pointé", "révélé"):
        text = f"Forum des jardins 2031\n\nAnne Durand a {verb} que 45 % des parcelles du quartier manquent d'eau.\n"
        assert said(text, PEOPLE) == [(45, "durand")], verb
    text = "Forum des jardins 2031\n\nAnne Durand a esquissé le chantier de la serre, qui coûtera 14 000 euros.\n"
    assert said(text, PEOPLE) == [(14000, "durand")]


def test_a_role_whose_comma_is_never_closed_leaves_the_name_the_subject():
    text = ("Forum des jardins 2031\n\nAnne Durand, présidente du comité des jardins familiaux a annoncé que 18 "
            "parcelles seront ouvertes aux écoles.\n")
    assert said(text, PEOPLE) == [(18, "durand")]
    present = ("Forum des jardins 2031\n\nAnne Durand, présidente du comité des jardins familiaux présente "
               "30 toiles.\n")
    assert said(present, PEOPLE) == [(30, None)]
