"""A fair named in the article's first paragraph past its dateline, its own name quoted between
its noun and its topic ("le forum « Valbrune pour l'emploi »"): its count of organisations is of
exhibitors. Made-up texts only."""

from pipelines.extract.headline import extract_headline_figures
from pipelines.extract.headline_prose_totals import _lead_paragraph
from pipelines.extract.headline_prose_scope import _fair

from .support import doc_of

_ARTICLE = ("date 2031-06 Valbrune, France\n\n"
            "Il pleuvait des cordes ce jeudi, mais il pleuvait aussi des emplois à l'hôtel de ville : plus de 1000 "
            "postes étaient à pourvoir à l'occasion du forum \" Valbrune pour l'emploi \". Au total, 87 entreprises "
            "de secteurs variés (industrie, commerce, restauration) étaient présentes.\n")


def test_the_lead_is_past_the_dateline_and_the_fair_may_quote_its_name():
    assert _lead_paragraph(_ARTICLE.lower()).startswith("il pleuvait")
    assert _fair().search("le forum \" valbrune pour l'emploi \"") is not None
    assert _fair().search("le forum « valbrune pour l'emploi »") is not None
    assert [(f.metric, f.value) for f in extract_headline_figures(doc_of(_ARTICLE, title="Des emplois sous la pluie"))] \
        == [("exhibitors", 87.0)]


def test_a_forum_on_another_topic_is_no_fair():
    assert _fair().search("le forum « valbrune pour la ville durable »") is None
    text = _ARTICLE.replace("pour l'emploi", "pour la ville durable").replace("postes étaient à pourvoir", "élus étaient là")
    assert extract_headline_figures(doc_of(text, title="Des débats sous la pluie")) == []


def test_a_fair_whose_topic_is_joined_to_another_by_et():
    # "fête de la ville et des associations" is a fair of associations; "fête de la ville et du sport" is not
    assert _fair().search("lors de la fete de la ville et des associations") is not None
    assert _fair().search("lors de la fete de la ville et du sport") is None
    text = ("Fiesta\n\nPrès de 200 associations et services municipaux ont investi le centre-ville, dimanche 22 juin "
            "lors de la Fête de la Ville et des Associations de Valbrune.\n")
    assert ("exhibitors", 200.0) in [(f.metric, f.value) for f in extract_headline_figures(doc_of(text))]
