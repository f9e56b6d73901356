"""A programme line naming two people with their roles, the second one joined by "et", maybe an
article, and an honorific ("avec A, sociologue et le Dr B, pédiatre"): "et" ends the role of the
first person and opens the second one. Without an honorific (nor a family name in capitals), "et"
stays inside the role ("chargée de l'habitat et de la mobilité"). Made-up texts only."""

from pipelines.extract.programme import programme_rows

from .support import doc_of


def _speakers(text: str) -> dict[str, str | None]:
    doc = doc_of(text)
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    links = {r["speaker_id"]: r for r in rows["session_speakers"]}
    return {s["full_name"]: (links.get(s["speaker_id"]) or s).get("role") for s in rows["speakers"]}


PROGRAMME = ("Journée des familles de Valbrune\n\n"
             "- 9h30 Accueil des participants\n"
             "- 10h00 « Grandir entre deux maisons » avec Lucie Fenouillet, sociologue et le Dr Gaston Merlevède, pédiatre\n"
             "- 12h00 Déjeuner\n")


def test_an_honorific_after_et_opens_the_second_speaker():
    found = _speakers(PROGRAMME)
    assert found.get("Lucie Fenouillet") == "sociologue"
    assert found.get("Gaston Merlevède") == "pédiatre"


def test_without_an_honorific_et_stays_inside_the_role():
    text = PROGRAMME.replace("sociologue et le Dr Gaston Merlevède, pédiatre",
                             "adjointe chargée de l'habitat et de la mobilité de Trévanne")
    found = _speakers(text)
    assert set(found) == {"Lucie Fenouillet"}
    assert "mobilité" in (found["Lucie Fenouillet"] or "")
