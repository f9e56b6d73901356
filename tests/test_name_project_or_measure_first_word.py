"""A capitalised phrase opening with the noun of a project, a contribution, a measure or an
organisation's services ("Action LUCIOLE", "Contribution QGIS", "Émissions de GES", "Administration
ACME") is no person's name. Made-up names."""

from pipelines.extract.names import parse_name


def test_a_project_a_contribution_or_a_measure_is_no_person():
    for text in ("Action LUCIOLE", "Actions Valbrune", "Contribution QGIS", "Émissions de GES",
                 "Emissions de GES", "Administration ACME VALBRUNE"):
        assert parse_name(text, allow_mixed=True, caps_ok=True) is None, text


def test_a_family_name_after_a_given_name_keeps_the_person():
    assert parse_name("Jeanne Action", allow_mixed=True).family == "Action"
