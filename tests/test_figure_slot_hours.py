"""An hour opening its line before an item written in lower case ("10h mot d'accueil", "12h
déjeuner") is a programme slot's time of day, not a figure, in a text that writes other times with
their minutes; a length opening its line ("2h de visite") stays a figure. Made-up texts."""

from .support import cited_figures

TEXT = ("Forum de la concertation 2031\n\nLe forum se tiendra le 6 juillet 2031 à Valbrune.\n\n"
        "10h mot d’introduction de la présidente\n10h30 table ronde sur la concertation\n12h déjeuner\n"
        "14h15 ateliers\n2h de visite du site\n")


def test_a_slot_hour_before_a_lower_case_item_is_no_figure():
    hours = [f for f in cited_figures(TEXT) if f[1] == "hour"]
    assert [f[0] for f in hours] == [2]


def test_a_span_of_time_of_day_written_with_an_arrow_is_no_figure():
    # Markdown's bold marks around the slot: "**9h30 > 10h** **Ouverture du colloque**"
    text = ("**9h30 > 10h** **Ouverture du colloque** avec la marraine de l'édition.\n\n"
            "**10h > 11h** **Projection** du film de création.\n")
    assert cited_figures(text) == []


def test_an_hour_after_a_date_and_a_slash_is_a_time_of_day():
    assert cited_figures("Prochain apéro : 6 juillet 2031 / 19h à la brasserie du Port.") == []
