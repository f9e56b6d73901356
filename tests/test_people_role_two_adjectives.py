"""A role written right after a name, without a comma, may carry two adjectives before the "de" or
"à" of its body ("A directeur technique adjoint de la régie de Valbrune"): the name is still read as
a speaker with that role. A lower-case word that is no role ("A sourit toujours de ...") still names
no one. Made-up texts only."""

from pipelines.extract.people_in_prose import quoted_people


def _found(text: str) -> dict[str, str | None]:
    return {it.people[0].full: it.role for it in quoted_people(text)}


LIST = ("Table ronde sur l'accueil des familles, avec les témoignages de Lucie Fenouillet, "
        "référente petite enfance à la ville de Valbrune, Gaston Merlevède directeur technique adjoint "
        "de la régie des eaux de Trévanne, Paul Rousselin, animateur du centre social de Valbrune ;")


def test_two_adjectives_after_a_glued_role_word():
    found = _found(LIST)
    assert found.get("Gaston Merlevède") == "directeur technique adjoint de la régie des eaux de Trévanne"
    assert "Lucie Fenouillet" in found and "Paul Rousselin" in found


def test_no_role_word_glued_names_no_one():
    text = LIST.replace("Gaston Merlevède directeur technique adjoint de la régie des eaux de Trévanne, ", "") \
        + "\n\nGaston Merlevède sourit toujours beaucoup de cette histoire."
    assert "Gaston Merlevède" not in _found(text)
