"""Headline figures as real reports state them: in prose about the event itself, with the
attendance one quantity whatever its word. Each rule on a made-up sentence."""

import pytest

from pipelines.extract.headline import extract_headline_figures, key_figure_spans

from .support import doc_of as _doc, headline_figures_compared as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("sentence, expected", [
    # a gathering verb before the counts, the qualifier kept, the counts joined in one phrase
    ("Le salon a accueilli près de 2 100 visiteurs et plus de 70 exposants.",
     {("visitors", 2100, "~"), ("exhibitors", 70, ">")}),
    ("Le colloque a réuni 400 participants et une trentaine d'intervenants.",
     {("participants", 400, None), ("speakers", 30, "~")}),
    ("Pour cette édition, l'association attend au moins 900 congressistes.", {("participants", 900, ">=")}),
    # "personnes" counts the attendance in a gathering sentence
    ("Le forum s'est tenu à Valbrune et a rassemblé plus de 210 personnes.", {("participants", 210, ">")}),
    # a gathering verb after the count
    ("C'est à la Halle que s'est tenu le forum, auquel 75 personnes ont participé.", {("participants", 75, None)}),
    ("Une centaine de personnes ont participé aux échanges.", {("participants", 100, "~")}),
    ("Au forum, plus de 600 élus des communes se sont retrouvés.", {("participants", 600, ">")}),
    ("Plus de 800 personnes se sont réunies pendant trois jours à Valbrune.",
     {("participants", 800, ">"), ("days", 3, None)}),
    ("Pas moins de 40 exposants étaient présents.", {("exhibitors", 40, ">=")}),
    ("Le forum s'est tenu en présence d'une centaine de participants.", {("participants", 100, "~")}),
    ("Le salon a été fréquenté par 2 300 visiteurs.", {("visitors", 2300, None)}),
    # the event's length after its counts
    ("Cette 5e édition a réuni 640 participants pendant deux jours.", {("participants", 640, None), ("days", 2, None)}),
    # a sentence of running text opening with the counts
    ("Près de 1 500 visiteurs ont arpenté les allées du salon.", {("visitors", 1500, "~")}),
    ("Trois tables rondes ont ensuite animé l'après-midi.", {("round_tables", 3, None)}),
    ("Avec près de 2 100 visiteurs et 70 exposants, le salon confirme son succès.",
     {("visitors", 2100, "~"), ("exhibitors", 70, None)}),
    # an enumeration of kinds of sessions after one count: one count of sessions
    ("Au total, une vingtaine d'ateliers et de conférences ont rythmé la journée.", {("sessions", 20, "~")}),
    ("Une quarantaine de conférences, ateliers et autres tables rondes ont eu lieu.", {("sessions", 40, "~")}),
])
def test_figures_in_prose_about_the_event(sentence, expected):
    assert _figures(LEAD + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    # the audience of one session is a cited figure
    "Le premier atelier a réuni 40 participants.",
    "Le webinaire a réuni 150 participants.",
    "350 participants ont suivi la table ronde sur l'eau.",
    "Enfin, 90 personnes ont assisté à la dernière visioconférence.",
    # a rate, another edition, a total over years, a capacity
    "Le site a attiré 8 000 visiteurs par mois.",
    "L'an dernier, le salon avait accueilli 900 visiteurs.",
    "La plateforme a accueilli 3 000 visiteurs depuis son lancement.",
    "La salle pouvant accueillir 300 personnes a été louée.",
    # "personnes" without a gathering verb, and a count that is no metric
    "Une équipe de 12 personnes a préparé la journée.",
    "La commune a accueilli 6 000 habitants nouveaux.",
])
def test_counts_about_something_else_are_not_key_figures(sentence):
    assert _figures(LEAD + sentence + "\n") == set()


def test_a_webinar_page_counts_its_own_audience():
    text = LEAD + "Le webinaire a réuni 150 participants.\n"
    assert _figures(text, title="Webinaire : la donnée dans les territoires") == {("participants", 150, None)}


def test_attendance_is_one_figure_whatever_the_word():
    text = (LEAD + "Le forum a rassemblé plus de 210 personnes. Parmi les 210 participants, des élus. "
            "Plus tard, 180 visiteurs ont parcouru les stands.\n")
    figures = extract_headline_figures(_doc(text))
    assert [(f.metric, f.value, f.word) for f in figures] == [("participants", 210, "personnes")]


def test_the_box_is_kept_whole():
    # the report's own figures: the visitors of the fair and the participants of its conferences
    text = "En chiffres\n\n1 200 visiteurs\n\n300 participants aux conférences\n\n40 exposants\n"
    assert {(f.metric, f.value) for f in extract_headline_figures(_doc(text))} == {
        ("visitors", 1200), ("participants", 300), ("exhibitors", 40)}


def test_the_box_wins_and_prose_adds_the_other_metrics():
    text = ("En chiffres\n\n1 200 visiteurs\n\n40 exposants\n\n" + "Texte du compte rendu. " * 40
            + "\n\nLe salon a accueilli 1 100 participants et 14 conférences.\n")
    got = {(f.metric, f.value) for f in extract_headline_figures(_doc(text))}
    assert got == {("visitors", 1200), ("exhibitors", 40), ("conferences", 14)}


def test_a_rate_after_the_counted_word_is_no_key_figure_in_a_box():
    assert _figures("Audience du site\n\n12 000 visiteurs/mois sur le site\n\n800 visiteurs par jour\n") == set()


def test_one_count_of_sessions_in_a_programme_list_is_no_key_figure():
    text = ("Au programme :\n\n- une conférence sur l'eau ;\n- deux ateliers dédiés aux élus ;\n"
            "- un temps d'échange.\n")
    assert _figures(text) == set()
    box = "Chiffres clés\n\n- 900 participants\n- 12 exposants\n- 3 ateliers\n"
    assert _figures(box) == {("participants", 900, None), ("exhibitors", 12, None), ("workshops", 3, None)}


def test_a_line_states_the_length_of_the_event():
    assert _figures("En bref\n\n640 participants durant trois jours\n") == {
        ("participants", 640, None), ("days", 3, None)}


def test_the_word_is_kept():
    text = LEAD + "Le forum a rassemblé 210 personnes.\n"
    assert [f.word for f in extract_headline_figures(_doc(text))] == ["personnes"]
    box = "En chiffres\n\n36 partenaires exposants\n\n2 plénières\n\n1 plénière\n"
    assert {f.metric: f.word for f in extract_headline_figures(_doc(box))} == {
        "exhibitors": "partenaires exposants", "plenaries": "plénières | plénière"}


def test_key_figure_spans_cover_the_figures_and_their_restatements():
    text = LEAD + "Le forum a rassemblé plus de 210 personnes. Et la ville a accueilli les 210 participants.\n"
    spans = key_figure_spans(_doc(text))
    assert [text[a:b] for a, b in spans] == ["plus de 210", "210"]


def test_the_key_figures_rows_keep_the_word():
    from pipelines.extract.documents import key_figure_rows
    doc = _doc(LEAD + "Le forum a rassemblé 210 personnes.\n")
    rows = key_figure_rows([doc], [{"source_id": "t", "event_id": "forum-2025"}])
    assert [(r["metric"], r["value"], r["word"]) for r in rows] == [("participants", 210, "personnes")]


def test_personnes_counts_the_attendance_in_a_block_of_several_metrics_only():
    box = "En chiffres\n\n1 200 personnes\n\n40 exposants\n\n12 conférences\n"
    assert _figures(box) == {("participants", 1200, None), ("exhibitors", 40, None), ("conferences", 12, None)}
    assert _figures("L'équipe\n\n12 personnes\n\n3 ateliers\n") == {("workshops", 3, None)}
    assert _figures("En chiffres\n\n12 personnes de l'équipe\n\n3 ateliers\n\n40 exposants\n") == {
        ("workshops", 3, None), ("exhibitors", 40, None)}


def test_a_long_line_of_repeated_prose_gives_its_figures_once():
    """One 100,000-character line (time measured in bench/extraction_worst.py; a regex once retried
    from each character of such a line): the same figures, each once."""
    text = "Bilan\n\n" + "le forum a rassemblé 210 personnes et 40 exposants " * 2000 + "\n"
    found = [(f.metric, f.value, f.comparator) for f in extract_headline_figures(_doc(text))]
    assert found == [("participants", 210, None), ("exhibitors", 40, None)]
