from hypothesis import given, strategies as st

from pipelines.extract.numbers import as_number, number_at, parse_digits, parse_words


def test_french_digit_forms():
    assert parse_digits("6.000") == 6000
    assert parse_digits("200.000") == 200000
    assert parse_digits("1 280") == 1280
    assert parse_digits("846\u00a0984") == 846984
    assert parse_digits("846\u202f984") == 846984
    assert parse_digits("4,5") == 4.5
    assert parse_digits("3.5") == 3.5
    assert parse_digits("abc") is None


def test_a_group_opening_with_zero_is_no_thousands_group():
    """ "2022-09 130 exposants": a month's "09" then a count; thousands are never written "09 130"."""
    assert parse_digits("09 130") is None
    n = number_at("09 130 exposants")
    assert (n.value, n.end) == (9, 2)
    n = number_at("130 exposants")
    assert n.value == 130
    assert parse_digits("0,5") == 0.5


def test_number_words_and_collectives():
    assert parse_words("trois") == 3
    assert parse_words("dix-huit") == 18
    assert number_at("une trentaine d’exposants").value == 30
    assert number_at("une trentaine d’exposants").approximate is True
    assert number_at("une quinzaine de communes").value == 15
    assert number_at("soixante intervenants").value == 60


def test_qualifiers_make_a_figure_approximate():
    n = number_at("Plus de 30 structures")
    assert (n.value, n.approximate, n.comparator) == (30, True, ">")
    n = number_at("environ 70")
    assert (n.value, n.approximate, n.comparator) == (70, True, "~")
    assert number_at("450 visiteurs").approximate is False


def test_articles_are_not_numbers():
    assert number_at("Un espace partenaires") is None
    assert number_at("Une fois les besoins identifiés") is None


@given(st.integers(min_value=0, max_value=999_999_999))
def test_thousands_separators_round_trip(n):
    grouped = f"{n:,}"
    for sep in (" ", ".", "\u00a0", "\u202f"):
        assert parse_digits(grouped.replace(",", sep)) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimal_comma(integer, decimals):
    assert parse_digits(f"{integer},{decimals:02d}") == float(f"{integer}.{decimals:02d}")


@given(st.text(max_size=60))
def test_number_at_never_crashes(text):
    result = number_at(text)
    if result is not None:
        assert 0 <= result.start <= result.end <= len(text)


def test_as_number_keeps_integers_whole():
    assert as_number(450.0) == 450 and isinstance(as_number(450.0), int)
    assert as_number(4.5) == 4.5


# --------------------------------------------------------------------------- quantities (cited figures)
import pytest  # noqa: E402

from pipelines.extract.quantities import quantity_at, ratio_at, unit_at, unit_codes  # noqa: E402
from pipelines.lexicons import load  # noqa: E402

SEPARATORS = (" ", ".", "\u00a0", "\u202f")


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@pytest.mark.parametrize("text,value,value_max,unit,approximate,comparator", [
    ("6.000 habitants", 6000, None, "count", False, None),
    ("200.000 m3 d'eau", 200_000, None, "m3", False, None),
    ("1 280 postes", 1280, None, "count", False, None),
    ("846\u00a0984 €", 846_984, None, "eur", False, None),
    ("846 984 €", 846_984, None, "eur", False, None),
    ("4,5%", 4.5, None, "percent", False, None),
    ("4,5 %", 4.5, None, "percent", False, None),
    ("3,2 millions d'euros", 3_200_000, None, "eur", False, None),
    ("90 millions d’euros", 90_000_000, None, "eur", False, None),
    ("20.000€ par an", 20_000, None, "eur", False, None),
    ("1,5 M€", 1_500_000, None, "eur", False, None),
    ("20 k€", 20_000, None, "eur", False, None),
    ("entre 120 et 130.000 PC", 120_000, 130_000, "count", False, None),
    ("entre 2 et 5.000 personnes", 2, 5_000, "count", False, None),
    ("entre 3 et 4 millions d'euros", 3_000_000, 4_000_000, "eur", False, None),
    ("entre 10 et 20 %", 10, 20, "percent", False, None),
    ("de 3 à 5 km", None, None, None, None, None),          # "de" is not read: the number starts after it
    ("3 à 5 km", 3, 5, "km", False, None),
    ("3 ou 4 fois", 3, 4, "count", False, None),
    ("10-15 %", 10, 15, "percent", False, None),
    ("trois", 3, None, "count", False, None),
    ("dix-huit agents", 18, None, "count", False, None),
    ("une dizaine de personnes", 10, None, "count", True, "~"),
    ("une quinzaine de communes", 15, None, "count", True, "~"),
    ("une trentaine d’exposants", 30, None, "count", True, "~"),
    ("une dizaine de km", 10, None, "km", True, "~"),
    ("plus de 3000 incidents", 3000, None, "count", True, ">"),
    ("plus \nde 3000 incidents", 3000, None, "count", True, ">"),
    ("près de 26 %", 26, None, "percent", True, "~"),
    ("environ 70 agents", 70, None, "count", True, "~"),
    ("pas moins de 20% des actifs", 20, None, "percent", True, ">="),
    ("aux alentours de 70 ans", 70, None, "year", True, "~"),
    ("à partir de 65 ans", 65, None, "year", True, ">="),
    ("jusqu'à 30 %", 30, None, "percent", True, "<="),
    ("moins de 5 %", 5, None, "percent", True, "<"),
    ("250km de voiries", 250, None, "km", False, None),
    ("4 mètres", 4, None, "m", False, None),
    ("2 150 MWh", 2150, None, "mwh", False, None),
    ("450 kWh", 450, None, "kwh", False, None),
    ("12 500 m³", 12_500, None, "m3", False, None),
    ("30 ans", 30, None, "year", False, None),
    ("18 mois", 18, None, "month", False, None),
    ("1 200 heures", 1200, None, "hour", False, None),
    ("5 séances de 2h", 5, None, "count", False, None),
    ("2h en tout", 2, None, "hour", False, None),
    ("10 minutes", 10, None, "minute", False, None),
    ("un pitch en 180 secondes", None, None, None, None, None),   # the number is not at the start
    ("180 secondes", 180, None, "second", False, None),
    ("30 Mbit/s", 30, None, "mbit_s", False, None),
    ("100 Méga bits par seconde", 100, None, "mbit_s", False, None),
    ("10 euros/m3", 10, None, "eur_per_m3", False, None),
    ("3,5 € le m³", 3.5, None, "eur_per_m3", False, None),
    ("1,2 TWh", 1.2, None, "twh", False, None),
    ("250 kgCO2e", 250, None, "kgco2e", False, None),
    ("19 °C l'hiver", 19, None, "degc", False, None),
    ("4 étoiles au label", 4, None, "star", False, None),
    ("4 étapes du label", 4, None, "count", False, None),
    ("1 350 km² de forêts", 1350, None, "km2", False, None),
    ("85 kilomètres carrés", 85, None, "km2", False, None),
    ("12 km de pistes", 12, None, "km", False, None),
    ("230 kg/hab/an d'ordures", 230, None, "kg_hab", False, None),
    ("moins de 90 kg par habitant", 90, None, "kg_hab", True, "<"),
    ("40 kg de déchets", 40, None, "kg", False, None),
    ("250 kWc de panneaux", 250, None, "kwc", False, None),
    ("3 MWc", 3, None, "mwc", False, None),
    ("15 kW de puissance", 15, None, "kw", False, None),
    ("20 cm de neige", 20, None, "cm", False, None),
])
def test_quantity_at_reads_french_figures(text, value, value_max, unit, approximate, comparator):
    q = quantity_at(text, 0)
    if value is None:
        assert q is None
        return
    assert q is not None, text
    assert q.value == pytest.approx(value)
    assert q.value_max == (None if value_max is None else pytest.approx(value_max))
    assert (q.unit, q.approximate, q.comparator) == (unit, approximate, comparator)


@pytest.mark.parametrize("text", ["1ère", "19ème", "3D", "des millions d'euros", "entre deux", "millions", "CD62"])
def test_quantity_at_reads_no_number(text):
    assert quantity_at(text, 0) is None


def test_ratio_is_a_percentage():
    # Decided: "une sur quatre" is published as 25 (%), not approximate; its noun is the measure.
    assert ratio_at("une sur quatre", 0).value == 25
    assert ratio_at("Une commune sur quatre", 0).unit == "percent"
    assert ratio_at("un habitant sur trois", 0).value == pytest.approx(33.33)
    assert ratio_at("8 communes sur 10", 0).value == 80
    assert ratio_at("qui s'étale sur 30 ans", 0) is None
    assert ratio_at("une période de notre vie qui s'étale sur 30 ans", 0) is None


def test_unit_vocabulary():
    assert unit_codes()[0] == "count"
    assert set(load("numbers")["units"]) == set(unit_codes()[1:])
    assert unit_at("m3 d'eau", 0)[0] == "m3" and unit_at("membres", 0) is None and unit_at("mois", 0)[0] == "month"


@given(st.integers(min_value=1000, max_value=999_999_999), st.sampled_from(SEPARATORS),
       st.sampled_from(sorted({(s, c) for c, forms in load("numbers")["units"].items() for s in forms if s[0].isalpha() or s in "%€"})))
def test_grouped_numbers_with_any_unit(n, sep, unit):
    surface, code = unit
    q = quantity_at(f"{_grouped(n, sep)} {surface} ici", 0)
    assert q is not None and q.value == n and q.unit == code


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from([("millions", 1e6), ("milliards", 1e9), ("mille", 1e3)]))
def test_scale_words(integer, decimal, scale):
    word, factor = scale
    q = quantity_at(f"{integer},{decimal} {word} d'euros", 0)
    assert q.unit == "eur" and q.value == pytest.approx((integer + decimal / 10) * factor)


@given(st.integers(min_value=1, max_value=998), st.integers(min_value=1, max_value=999))
def test_ranges_between(low, high):
    q = quantity_at(f"entre {low} et {high} personnes", 0)
    if high > low:
        assert (q.value, q.value_max) == (low, high)
    else:
        assert q is None


@given(st.integers(min_value=100, max_value=999), st.integers(min_value=0, max_value=99))
def test_ranges_share_the_upper_bound_thousands(low, extra):
    high = low + extra + 1
    q = quantity_at(f"entre {low} et {_grouped(high * 1000, '.')} PC", 0)
    assert (q.value, q.value_max) == (low * 1000, high * 1000)


@given(st.sampled_from(sorted({**load("numbers")["qualifiers"], **load("numbers")["extra_qualifiers"]}.items())),
       st.integers(min_value=1, max_value=99_999))
def test_every_qualifier_makes_an_approximate_figure(qualifier, n):
    phrase, comparator = qualifier
    glue = "" if phrase.endswith("'") else " "
    q = quantity_at(f"{phrase}{glue}{n} habitants", 0)
    assert q is not None and q.value == n and q.approximate and q.comparator == comparator


@given(st.integers(min_value=1, max_value=50), st.integers(min_value=1, max_value=50))
def test_ratios(a, b):
    q = ratio_at(f"{a} sur {b}", 0)
    if a <= b:
        assert q.value == pytest.approx(round(100 * a / b, 2)) and q.unit == "percent"
    else:
        assert q is None


@given(st.sampled_from(sorted(load("numbers")["collectives"].items())))
def test_collectives(collective):
    word, value = collective
    q = quantity_at(f"une {word} de personnes", 0)
    assert q.value == value and q.approximate and q.comparator == "~" and q.collective


@given(st.text(max_size=80))
def test_quantity_at_never_crashes(text):
    for pos in range(0, len(text), 7):
        q = quantity_at(text, pos)
        if q is not None:
            assert q.start <= q.number_start and pos <= q.number_start < q.number_end <= q.end <= len(text)
        r = ratio_at(text, pos)
        if r is not None:
            assert 0 <= r.value <= 100


# --------------------------------------------------------------------------- reading at a position of a long text
def test_a_number_deep_in_a_long_text_reads_as_it_does_alone():
    """number_at and quantity_at read a bounded window at the position: the same result at the
    start of a short text and a million characters into a long one."""
    from pipelines.extract.quantities import quantity_at

    for phrase in ("une trentaine d’exposants.", "plus de 30 structures", "dix-huit communes", "une vingtaine ; puis"):
        alone = number_at(phrase)
        pad = "x " * 500_000
        text = pad + phrase + " et la suite" * 10_000
        deep = number_at(text, len(pad))
        assert (deep.value, deep.approximate, deep.comparator) == (alone.value, alone.approximate, alone.comparator)
        assert (deep.start - len(pad), deep.end - len(pad)) == (alone.start, alone.end)
    for phrase in ("entre 40 et 45.000 visiteurs", "3,2 millions d'euros", "3 à 5 km"):
        alone = quantity_at(phrase, 0)
        pad = "y " * 500_000
        deep = quantity_at(pad + phrase + " fin" * 10_000, len(pad))
        assert (deep.value, deep.value_max, deep.unit, deep.end - len(pad)) == (
            alone.value, alone.value_max, alone.unit, alone.end)


def test_a_qualifier_is_found_by_its_first_letter_longest_first():
    # "pas moins de" and "plus de" share their first letter: the longer phrase wins
    n = number_at("pas moins de 12 ateliers")
    assert (n.value, n.approximate, n.comparator) == (12, True, ">=")
    assert number_at("plus de 5 ateliers").comparator == ">"
    assert number_at("moins de 5 ateliers").comparator == "<"
    assert number_at("zorglub 5") is None


def test_repeated_sentences_get_short_distinct_identifiers():
    from pipelines.extract.claims import unique_id

    seen: dict[str, int] = {}
    ids = [unique_id("doc:abc", seen) for _ in range(7)]
    assert ids[:4] == ["doc:abc", "doc:abc-2", "doc:abc-2-2", "doc:abc-2-2-2"]    # as before
    assert ids[4:] == ["doc:abc-5", "doc:abc-6", "doc:abc-7"]
    assert len(set(ids)) == 7 and max(map(len, ids)) < 20


def test_a_measure_read_at_the_edge_of_its_window_is_empty():
    """A figure whose unit ends past the window the measure is read in (a sentence cut to its
    bound) has no measure, rather than an error that stops the whole run."""
    from pipelines.extract.mentions import _measure_after, _norm

    text = "La ville a économisé 120 000 euros sur ses écoles."
    assert _measure_after(text, _norm(text), 40, limit=30) == ("", 40, 40)


@pytest.mark.parametrize("text, value, unit", [
    ("deux heures et demie de débat", 2.5, "hour"),
    ("un an et demi de travaux", 1.5, "year"),
    ("une heure et demie d'échanges", 1.5, "hour"),
    ("3 km et demi de pistes", 3.5, "km"),
    ("2 millions et demi d'euros", 2_500_000, "eur"),
])
def test_a_half_after_the_unit_adds_one_half(text, value, unit):
    q = quantity_at(text, 0)
    assert (q.value, q.unit) == (value, unit)


def test_a_half_of_a_thing_counted_or_one_without_a_half_is_not_read():
    assert quantity_at("un an de travaux", 0) is None                 # "un" is an article
    assert quantity_at("3 arbres et demi", 0).value == 3              # a count takes no half


@pytest.mark.parametrize("text, value", [
    ("Une visite (durée : 1h45) du verger.", 1.75),
    ("Nous avons échangé pendant 2h15 avec les élus.", 2.25),
    ("Une balade de 2h30 fera le tour des vergers.", 2.5),
])
def test_hours_and_minutes_after_a_word_of_length_are_a_duration(text, value):
    pos = next(i for i, c in enumerate(text) if c.isdigit())
    q = quantity_at(text, pos)
    assert (q.value, q.unit) == (value, "hour")


@pytest.mark.parametrize("text", [
    "La séance de 14h30 porte sur le tri.", "Accueil de 9h30 à 12h.", "À partir de 2h30, la fête finit.",
    "Rendez-vous à 9h30 devant la mairie.",
])
def test_hours_and_minutes_of_a_time_of_day_are_no_duration(text):
    pos = next(i for i, c in enumerate(text) if c.isdigit())
    assert quantity_at(text, pos) is None
