"""An interview's answers are the interviewed person's: a press article of questions and answers,
the person named in the lead right above the first question. Texts written for these tests."""

from __future__ import annotations

from .support import cast, said

ONE = cast(("Claire Dumas", "présidente du club de Valbois"))
TWO = cast(("Claire Dumas", "présidente du club de Valbois"), ("Marc Lenoir", "préfet"))

LEAD = ("Le club de Valbois a fêté ses dix ans samedi, avec 300 invités.\n\n"
        "Claire Dumas, présidente du club, revient sur la saison.\n\n")
FIRST = "Comment jugez-vous cette saison ?\n\nLe club compte désormais 40 licenciés de plus, toutes catégories confondues.\n\n"
SECOND = "• Et pour la saison prochaine ?\n\nLe budget atteindra 25 000 euros, grâce aux partenaires.\n"


def test_the_figures_of_an_answer_are_the_interviewed_persons():
    found = said(LEAD + FIRST + SECOND, ONE)
    assert (40, "dumas") in found
    assert (25000, "dumas") in found


def test_an_answer_in_quotation_marks_with_no_first_person_is_still_hers():
    text = LEAD + "Comment jugez-vous la saison ?\n« Ce sont 40 licenciés de plus et un nouveau gymnase. »\n\n" + SECOND
    assert (40, "dumas") in said(text, ONE)


def test_the_reporters_lead_before_the_questions_is_credited_to_no_one():
    assert (300, None) in said(LEAD + FIRST + SECOND, ONE)


def test_a_single_question_does_not_make_an_interview():
    assert (40, None) in said(LEAD + FIRST, ONE)


def test_several_people_named_before_the_questions_credit_no_one():
    lead = LEAD.replace("revient sur la saison", "a reçu Marc Lenoir, préfet, pour les dix ans")
    assert (40, None) in said(lead + FIRST + SECOND, TWO)


def test_a_person_named_far_from_the_questions_is_not_the_one_interviewed():
    lead = ("Claire Dumas préside le club de Valbois.\n\nLe club a fêté ses dix ans samedi.\n\n"
            "Les bénévoles ont préparé la salle.\n\nLa soirée s'est prolongée tard.\n\n")
    assert (40, None) in said(lead + FIRST + SECOND, ONE)


def test_an_answer_naming_someone_else_or_far_from_its_question_credits_no_one():
    other = FIRST.replace("Le club compte", "Selon Marc Lenoir, le club compte")
    assert (40, "dumas") not in said(LEAD + other + SECOND, TWO)
    far = FIRST.replace("\n\nLe club compte", "\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nLe club compte")
    assert (40, None) in said(LEAD + far + SECOND, ONE)


def test_a_question_as_the_articles_headline_is_not_one_of_the_interviews():
    headline = "Un petit club peut-il grandir vite ?\n\n"
    found = said(headline + LEAD + FIRST + SECOND, ONE)
    assert (40, "dumas") in found
    assert (25000, "dumas") in found


def test_an_answer_labelled_by_the_speakers_name_under_a_labelled_question():
    # "- Journal : ... Pourquoi ?" / "- Prénom Nom : ...": the answer is the named speaker's,
    # however long the question, one question and answer being enough
    people = cast(("Paul Ravel", "directeur du syndicat"))
    text = ("Quel avenir pour le syndicat ? Entretien avec Paul Ravel\n\n"
            "Le syndicat dessert 4 millions d'habitants. Le Journal a interrogé Paul Ravel, directeur du syndicat.\n\n"
            "- Le Journal : " + "Rééditant le précédent de 2008, le syndicat a lancé une procédure longue et coûteuse " * 3
            + "Pourquoi ?\n\n"
            "- Paul Ravel : Le service est hors normes : il dessert 7 départements et rapporte plus de 2 M€ par an.\n")
    assert said(text, people) == [(4000000, None), (7, "ravel"), (2000000, "ravel")]
    # the same answer under a line that asks nothing is no interview's
    assert said(text.replace("Pourquoi ?", "Voilà."), people) == [(4000000, None), (7, None), (2000000, None)]


# --------------------------------------------------------------------------- turns given by a name in bold
ROUND_TABLE = ("# Compte-rendu de la table ronde de Valbois\n\n"
               "## Question 1 : que fait l'université pour la ville ?\n\n"
               "**Claire Dumas,** _économiste_. Les établissements dépensent près de 200 millions d'euros "
               "chez leurs fournisseurs.\n\n"
               "- Les 28000 étudiants dépensent aussi leur argent en ville.\n\n"
               "**Paul Giraud**, _délégué de l'association_. Nous comptons 400 bénévoles. **Marc Lenoir**. "
               "Il y a 45 % de départs après le diplôme.\n")


def test_the_floor_given_by_a_name_in_bold_credits_the_figures_of_the_turn(tmp_path):
    from pipelines.extract.claims import cited_figure_rows
    from .support import written_doc
    people = cast(("Claire Dumas", "économiste"), ("Marc Lenoir", "préfet"))
    rows = cited_figure_rows([written_doc(tmp_path, "table.md", ROUND_TABLE)], [], people)
    found = {(r["value"], r["speaker_id"]) for r in rows}
    # Paul Giraud is no listed speaker: his turn ends Claire Dumas's and credits no one
    assert {(28000, "dumas"), (400, None), (45, "lenoir")} <= found
    # one turn alone does not shape the report
    alone = ROUND_TABLE.replace("**Marc Lenoir**.", "Marc Lenoir.")
    rows = cited_figure_rows([written_doc(tmp_path, "alone.md", alone)], [], people)
    assert (28000, "dumas") not in {(r["value"], r["speaker_id"]) for r in rows}
