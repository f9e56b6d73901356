"""Headline figures and who said a figure: the expected audience after its passive
verb; people who came by the stands, as a participle; the people or stands mobilised; a title's
count said again by the lead counted once; a title's floor replaced by the article's precise count;
a speech verb in the imperfect of verbs in -eler / -ger. Invented text, each with a case left alone."""

from pipelines.extract.documents import extract_document

from pipelines.extract.speech_cues import _imperfect

from .support import doc_of, headline_figures


LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_the_expected_audience_after_its_passive_verb():
    text = LEAD + "Est attendue une chorale d'une quarantaine d'élus venus de toute la vallée."
    assert headline_figures(text) == {("participants", 40)}
    assert headline_figures(LEAD + "Sont attendus plus de 700 visiteurs au parc des expositions.") == {("visitors", 700)}


def test_a_passive_verb_of_something_else_is_no_audience():
    assert headline_figures(LEAD + "Est attendue pour la fin de l'année la décision des 40 élus du conseil.") == set()
    assert headline_figures(LEAD + "Une délégation d'une quarantaine d'élus visitera la vallée.") == set()


def test_people_who_came_by_the_stands_as_a_participle():
    text = LEAD + "La fête a comblé les bénévoles et les quelque 310 personnes passées par le village."
    assert headline_figures(text) == {("participants", 310)}


def test_people_passed_over_are_not_counted():
    assert headline_figures(LEAD + "La fête a comblé les bénévoles et les 310 personnes de la liste d'attente.") == set()


def test_exhibitors_mobilised_for_the_fair():
    assert headline_figures("Ouverture du 12e salon de la maison avec plus de 140 exposants mobilisés\n\nLe salon ouvre.") \
        == {("exhibitors", 140)}
    assert headline_figures("Ouverture du 12e salon de la maison pour plus de 140 exposants mobilisés\n\nLe salon ouvre.") \
        == {("exhibitors", 140)}
    # without the participle, after "pour" (after "avec" the count closes a clause about the fair: metrics.yaml
    # `event_prose.closing_metrics`)
    assert headline_figures("Ouverture du 12e salon de la maison pour plus de 140 exposants\n\nLe salon ouvre.") == set()


def test_a_title_count_said_again_by_the_lead_is_counted_once():
    text = ("2100 visiteurs au salon de l'artisanat\n"
            "2100 visiteurs ont franchi les portes du salon de l'artisanat samedi. 90 artisans y ont exposé.")
    assert ("visitors", 2100) in headline_figures(text)
    assert ("visitors", 4200) not in headline_figures(text)


def test_two_counts_of_the_attendance_on_two_lines_are_still_added_up():
    text = LEAD + "Le salon en chiffres\n320 visiteurs samedi\n610 visiteurs dimanche\n40 exposants\n"
    assert ("visitors", 930) in headline_figures(text)


def test_a_title_floor_gives_way_to_the_articles_precise_count():
    text = ("Salon de l'artisanat : plus de 2 000 visiteurs\n\n"
            "Comme prévu par les organisateurs, ce sont environ 2 300 visiteurs qui sont venus au parc.")
    assert headline_figures(text) == {("visitors", 2300)}


def test_a_title_floor_stays_when_the_article_counts_far_more_or_less():
    text = ("Salon de l'artisanat : plus de 2 000 visiteurs\n\n"
            "Comme prévu par les organisateurs, ce sont environ 1 800 visiteurs qui sont venus au parc.")
    assert headline_figures(text) == {("visitors", 2000)}
    text = ("Salon de l'artisanat : plus de 2 000 visiteurs\n\n"
            "Comme prévu par les organisateurs, ce sont environ 9 000 visiteurs qui sont venus au parc.")
    assert headline_figures(text) == {("visitors", 2000)}


def test_the_imperfect_of_speech_verbs():
    assert _imperfect("rappelle") == "rappelait"
    assert _imperfect("interroge") == "interrogeait"
    assert _imperfect("explique") == "expliquait"


def said(text: str) -> list[tuple]:
    return [(r["value"], r["speaker_id"]) for r in extract_document(doc_of(text))["cited_figures"]]


HEAD = "Bilan du salon\n\nLe salon a fermé ses portes dimanche. "


def test_a_quotation_credited_with_a_speech_verb_in_the_imperfect():
    text = HEAD + "\"Ce sont 420 offres d'emploi à pourvoir\", rappelait Marc Delorme, maire de Valbrune."
    assert said(text) == [(420, "delorme-marc")]


def test_a_quotation_followed_by_no_speech_verb_credits_no_one():
    text = HEAD + "\"Ce sont 420 offres d'emploi à pourvoir\", écrivait un passant à Marc Delorme."
    assert [speaker for _, speaker in said(text)] == [None]
