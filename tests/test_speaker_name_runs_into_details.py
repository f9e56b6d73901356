"""A speaker list item whose name runs into its organisation or role without a comma ("– Léa Brun
Association des maires ruraux", "– Paul Roux Directeur de l'agence Kerval") names that person,
with the organisation or the role. Made-up texts only."""

from pipelines.extract.programme import programme_rows

from .support import doc_of

PROGRAMME = ("Table ronde : les villages de demain\n\nIntervenants :\n\n"
             "– Léa Brun Association des maires ruraux\n\n"
             "– Paul Roux Directeur de l'agence Kerval\n\n"
             "Les prévisions pour 2050 sont discutées.\n")


def _speakers(text: str) -> dict[str, tuple]:
    doc = doc_of(text)
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    links = {r["speaker_id"]: r for r in rows["session_speakers"]}
    return {s["full_name"]: ((links.get(s["speaker_id"]) or s).get("role"), (links.get(s["speaker_id"]) or s).get("organization"))
            for s in rows["speakers"]}


def test_a_name_run_into_its_organisation_or_role_is_a_speaker():
    found = _speakers(PROGRAMME)
    assert set(found) == {"Léa Brun", "Paul Roux"}
    assert found["Léa Brun"][1] == "Association des maires ruraux"
    assert found["Paul Roux"][0].startswith("Directeur")


def test_no_person_without_a_listed_given_name_or_an_organisation_after_it():
    text = PROGRAMME.replace("Léa Brun Association", "Village Brun Association").replace(
        "Paul Roux Directeur de l'agence Kerval", "Paul Roux Rencontres Kerval")
    assert _speakers(text) == {}
