"""Cited figures and who said them as press articles and reports write them: a quotation
introduced by a verb of speech and "que" is its subject's; a quotation introduced by someone the text
does not list as a speaker is not the article's one speaker's; a list of counts sharing one noun
("5 000 arbres le long des routes, 3 000 dans les parcs"); a falling pair "de 4 000 à 2 500 euros"
is two amounts, not a range; "tout au long des deux jours" is how long the event lasts. Made-up
texts only."""

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.mentions import find_mentions

from .support import cast, doc_of, said


def _figures(text: str) -> list[tuple]:
    return [(r["value"], r["unit"], r["measure"]) for r in cited_figure_rows([doc_of(text)], [], None)]


SPEECHES = ("La foire a ouvert ses portes.\n\nLors des discours, la présidente Claire Dumas tint à remercier les "
            "bénévoles « pour leur aide précieuse ». De son côté, Marc Lenoir, avec des mots forts, a rappelé que "
            "« voilà longtemps que nous travaillons ensemble. 350 entreprises sont installées sur la zone, ce qui "
            "représente 900 emplois. »\n")


def test_a_quotation_introduced_by_a_verb_of_speech_and_que_is_its_subject_s():
    assert said(SPEECHES, cast(("Claire Dumas", None), ("Marc Lenoir", None))) == [(350, "lenoir"), (900, "lenoir")]
    # a pronoun as the subject stands for the speaker named before
    text = SPEECHES.replace("De son côté, Marc Lenoir, avec des mots forts, a rappelé que", "Puis elle a rappelé que")
    assert said(text, cast(("Claire Dumas", None))) == [(350, "dumas"), (900, "dumas")]


def test_a_quotation_introduced_by_someone_else_is_not_the_one_speaker_s():
    # Marc Lenoir is not among the speakers: his words are not Claire Dumas's
    assert said(SPEECHES, cast(("Claire Dumas", None))) == [(350, None), (900, None)]


def test_a_list_of_counts_sharing_one_noun():
    text = ("La commune plantera 5 000 arbres le long des routes, 3 000 dans les parcs, "
            "800 aux abords des écoles et 1 200 chez les particuliers.\n")
    assert _figures(text) == [(5000, "count", "arbres"), (3000, "count", "arbres"), (800, "count", "arbres"),
                              (1200, "count", "arbres")]
    # no count opened the list, or the figure before is a share: the bare number counts nothing
    assert _figures("Le stade a été rénové, 3 000 dans les tribunes.\n") == []
    assert _figures("La part des foyers raccordés atteint 45 %, 300 dans le bourg.\n") == [(45, "percent", "%")]


def test_a_falling_pair_of_amounts_is_two_values_not_a_range():
    text = "Les travaux doivent alléger les factures de 4 000 à 2 500 euros par an.\n"
    assert [(v, u) for v, u, _ in _figures(text)] == [(4000, "eur"), (2500, "eur")]
    # a rising pair stays a range
    rows = cited_figure_rows([doc_of("Les travaux coûteront de 2 500 à 4 000 euros par logement.\n")], [], None)
    assert [(r["value"], r["value_max"], r["unit"]) for r in rows] == [(2500, 4000, "eur")]


def test_all_through_the_days_of_an_event_is_its_length():
    text = "Le salon des collectivités a ouvert hier. Tout au long des deux jours, des conférences se succèdent.\n"
    assert [m.q.value for m in find_mentions(doc_of(text), key_figures_published=True)] == []
    assert [m.q.value for m in find_mentions(doc_of(text), key_figures_published=False)] == [2]


def test_what_they_have_grown_to_counts_the_noun_before():
    text = "Le maire l'a rappelé : nous étions à l'époque 9 communes, nous sommes devenus 14 aujourd'hui.\n"
    assert [(v, m) for v, _, m in _figures(text)] == [(9, "communes"), (14, "communes")]
    # a bare number after another verb counts nothing
    assert [v for v, _, _ in _figures(text.replace("nous sommes devenus 14", "nous avons pris 14"))] == [9]


def test_a_quotation_opening_with_de_goes_on_with_the_reporter_s_sentence():
    text = "La ville se dote d'une feuille de route « de 23 engagements » pour ses parcs.\n"
    assert [(v, m) for v, _, m in _figures(text)] == [(23, "engagements")]
    # a title between quotation marks stays out
    assert _figures("La ville lance le programme « Objectif 23 engagements » pour ses parcs.\n") == []


def test_a_total_after_a_list_of_counts_counts_their_noun():
    text = ("Dans le détail, 700 plantations seront faites le long des routes, 450 dans les bois et 140 dans "
            "les écoles. Soit un total de 1.290.\n")
    assert [(v, m) for v, _, m in _figures(text)][-1] == (1290, "plantations")
    # one count before is no list: the total counts nothing said
    text = "Dans le détail, 700 plantations seront faites le long des routes. Soit un total de 1.290.\n"
    assert [v for v, _, _ in _figures(text)] == [700]


def test_a_round_estimate_opening_a_quotation_in_lower_case_is_a_figure():
    text = "Depuis la rentrée, le syndicat se dit très sollicité, « une centaine de demandes » de communes.\n"
    assert _figures(text) == [(100, "count", "demandes")]
    # a title opens with a capital letter
    assert _figures("La ville lance l'opération « Une centaine de jardins » au printemps.\n") == []


def test_it_has_been_n_years_that_is_a_length_not_a_point_in_time():
    text = "Le maire a rappelé que voilà 20 ans que nous travaillons ensemble sur ce projet de territoire.\n"
    assert [(v, u) for v, u, _ in _figures(text)] == [(20, "year")]
    # "il y a 20 ans, ...": when something happened
    assert _figures("Il y a 20 ans, la commune a lancé ce projet de territoire.\n") == []


def test_n_more_than_counts_the_noun_of_the_figure_before():
    text = "Au total, le salon a accueilli quelque 1 800 visiteurs, 450 de plus que la précédente édition.\n"
    assert [(v, m) for v, _, m in _figures(text)] == [(1800, "visiteurs"), (450, "visiteurs")]
    text = "Le marché compte 45 exposants, 5 de moins que l'an dernier.\n"
    assert [(v, m) for v, _, m in _figures(text)] == [(45, "exposants"), (5, "exposants")]
    # with no count before it, "450 de plus" counts nothing said
    assert _figures("Cette année, 450 de plus que la précédente édition.\n") == []
