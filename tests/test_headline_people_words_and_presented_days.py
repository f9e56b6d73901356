"""Key figures: the attendance counted in more kinds of people and after more verbs
(metrics.yaml `attendance_context_terms`, `event_prose.verbs_after`), and the event's length
presented by "ce sont", "ce seront" (round r40c, issue 15). Invented text only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.headline import extract_headline_figures


def _figures(text: str, title: str | None = None) -> set[tuple]:
    doc = with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title))
    return {(f.metric, f.value) for f in extract_headline_figures(doc)}


def test_people_of_a_trade_or_a_place_gathered_are_the_attendance():
    text = ("Le mois dernier, la communauté a organisé une matinée réunissant une vingtaine d'éleveurs "
            "pour parler des circuits courts.")
    assert _figures(text) == {("participants", 20)}
    text = "Plus de 90 citoyens tirés au sort ont participé à la convention, à Vierzon."
    assert _figures(text) == {("participants", 90)}


def test_the_members_gathered_at_their_congress_are_the_attendance():
    text = "Près de 300 militants valbrunois ont assisté aux travaux du congrès fédéral, samedi à Kerval."
    assert _figures(text) == {("participants", 300)}
    # a party's members counted, no gathering: a stock
    assert _figures("La fédération compte 1 200 adhérents et 300 militants actifs.") == set()


def test_people_words_alone_are_no_attendance():
    # a stock, not a gathering
    assert _figures("Le canton compte 340 agriculteurs et 12 commerçants.") == set()
    # no gathering verb: people only mentioned
    assert _figures("Le préfet s'est entretenu avec 30 conseillers sur le budget.") == set()


def test_a_gathering_due_to_happen_and_its_length():
    text = ("Environ 300 conseillers et représentants des syndicats doivent se réunir pendant trois jours "
            "à Lille pour leur convention annuelle.")
    assert _figures(text) == {("participants", 300), ("days", 3)}


def test_the_audience_of_an_awareness_day():
    text = "Lors de cette matinée, une trentaine d'élus du canton ont été sensibilisés aux enjeux du tri."
    assert _figures(text) == {("participants", 30)}
    # a year's activity of an organisation is not an event's audience
    assert _figures("En 2022, 300 agents ont été formés par le service.") == set()


def test_days_presented_by_a_presentative():
    text = ("La fête du village revient en juin. Mais ce sont aussi 4 jours de musique avec les groupes "
            "locaux qui se succéderont.")
    assert _figures(text) == {("days", 4)}
    text = "La fête du village revient en juin. Ce seront trois journées autour du goût."
    assert _figures(text) == {("days", 3)}


def test_days_presented_are_no_rate_nor_a_plain_clause():
    assert _figures("Le centre est ouvert. Ce sont 4 jours de congé par an pour les agents.") == set()
    assert _figures("La fête du village revient en juin. Il reste 4 jours pour s'inscrire au repas.") == set()


def test_the_length_between_a_presentative_and_the_counts():
    text = ("Le salon occupera tout le parc des expositions. Ce seront sur les trois jours douze ateliers "
            "qui animeront le salon autour de l'emploi.")
    assert _figures(text) == {("workshops", 12), ("days", 3)}
    text = "Le forum ouvre lundi. Ce sont, pendant deux jours, 40 exposants qui accueilleront le public."
    assert _figures(text) == {("exhibitors", 40), ("days", 2)}


def test_a_length_after_another_lead_is_not_read_as_presented():
    text = "Le salon ouvre demain. Il faudra sur les trois jours douze ateliers pour tout voir du salon."
    # the workshops are not presented; the salon's three days are its length said in passing
    # (test_headline_days_length_phrase.py)
    assert _figures(text) == {("days", 3)}
