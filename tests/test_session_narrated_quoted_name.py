"""A session narrated in a report keeps the name in quotation marks written right after its noun
phrase ("la remise des prix « X »"). Invented text."""

from pipelines.extract.session_narrated import narrated_sessions


def test_quoted_name_after_narrated_session_noun_is_kept_in_title():
    text = ("Le salon de Valbrune a réuni les artisans du canton. Le salon s'est achevé par "
            "la remise des prix « Jeunes pousses 2031 », qui récompense les apprentis.")
    titles = [t for t, *_ in narrated_sessions(text)]
    assert "la remise des prix « Jeunes pousses 2031 »" in titles


def test_unquoted_narrated_session_title_unchanged():
    text = "La rencontre a débuté par une séance d'ouverture, présidée par le maire de Valbrune."
    titles = [t for t, *_ in narrated_sessions(text)]
    assert "une séance d'ouverture" in titles
