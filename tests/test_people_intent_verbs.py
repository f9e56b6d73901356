"""A verb of speech that also tells an intent (programme.yaml `intent_verbs`: "souhaite",
"espère") relates no speech before an infinitive: "souhaite agrandir la halle" is what the person
wants to do, "a souhaité la bienvenue" what they said."""

from __future__ import annotations

import re

from pipelines.extract.people_in_prose import quoted_people
from pipelines.extract.speech_cues import speech_verb


def _names(text: str) -> list[str]:
    return [p.full for item in quoted_people(text) for p in item.people]


def _speech(folded: str) -> bool:
    return re.compile(speech_verb() + r"(?![\w-])").match(folded) is not None


def test_an_intent_before_an_infinitive_is_no_speech():
    assert not _speech("souhaite agrandir la halle")
    assert not _speech("a souhaite reprendre le dossier")
    assert not _speech("ont souhaite actualiser le schema")
    assert not _speech("espere finir les travaux")
    assert not _speech("souhaitait construire un gymnase")


def test_the_same_verbs_relate_speech_otherwise():
    assert _speech("a souhaite la bienvenue")
    assert _speech("souhaite que le projet aboutisse")
    assert _speech("espere que les habitants viendront")
    assert _speech("souhaite notre reussite")          # a word ending like an infinitive, no infinitive
    assert _speech("explique vouloir agrandir")        # not an intent verb: unchanged


def test_a_person_who_only_wants_to_act_is_no_speaker():
    assert _names("Le maire Yannick Brossard a souhaité agrandir la médiathèque.") == []
    assert _names("Yannick Brossard souhaite rénover la piscine municipale.") == []


def test_a_person_who_wishes_aloud_still_speaks():
    assert _names("Le maire Yannick Brossard a souhaité la bienvenue aux exposants.") == ["Yannick Brossard"]
    assert _names("« Nous serons prêts », espère Yannick Brossard.") == ["Yannick Brossard"]
