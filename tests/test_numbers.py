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
