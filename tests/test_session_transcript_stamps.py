"""A video's transcript opens each line with its timestamp ("00:01:12 ..."): hours, minutes and
seconds mark a recording, not a programme's slots, so its sentences are no sessions. A programme
timed in hours and minutes keeps its slots."""

from tests.support import doc_of, session_titles

TRANSCRIPT = """Webinaire des réseaux de chaleur

Transcription
00:00:00 Bonjour à tous et bienvenue dans ce troisième webinaire de la saison,
00:00:06 consacré aux réseaux de chaleur des petites communes. Nous allons entendre
00:00:12 deux témoignages puis un temps de questions.
00:01:40 Je passe la parole à notre première intervenante.
"""

PROGRAMME = """Webinaire des réseaux de chaleur

Programme
10:00 Accueil des participants
10:15 Les réseaux de chaleur des petites communes
11:00 Témoignage d'une commune rurale
"""


def test_a_transcripts_timestamps_give_no_session():
    assert session_titles(doc_of(TRANSCRIPT)) == []


def test_a_programme_timed_in_hours_and_minutes_keeps_its_slots():
    assert session_titles(doc_of(PROGRAMME)) == ["Les réseaux de chaleur des petites communes",
                                                 "Témoignage d'une commune rurale"]
