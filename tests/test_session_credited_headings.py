"""Sessions: a conference write-up that heads each talk "Titre -- Prénom Nom" gives one session
per such heading, titled before the dash, with the names after it as its speakers
(session_credited_headings.py, round 276). Invented text only."""

from .support import written_column

_TEXT = ("# Retour sur la ValbruneConf 2031\n\n"
         "Le 14 mars, l'association Valbrune Agile organisait la ValbruneConf, une journée de conférences.\n\n"
         "## Planter des haies en équipe -- Anne Roux\n\nAnne nous montre comment son équipe s'organise.\n\n"
         "## Compter les mares du canton - Claire FONTENAY & Paul MARTIN\n\nUne méthode simple et complète.\n\n"
         "## Ce que j'en retiens\n\nUne belle édition, bien organisée.\n")


def test_each_credited_heading_is_a_talk(tmp_path):
    assert written_column(tmp_path, "recap.md", _TEXT, "sessions", "title") == [
        "Planter des haies en équipe", "Compter les mares du canton"]


def test_the_names_after_the_dash_are_the_talks_speakers(tmp_path):
    assert written_column(tmp_path, "recap.md", _TEXT, "speakers", "full_name") == [
        "Anne Roux", "Claire FONTENAY", "Paul MARTIN"]


def test_one_credited_heading_alone_is_no_programme(tmp_path):
    # a single "Titre - Prénom Nom" heading may be a page's title over its author
    text = _TEXT.replace(" - Claire FONTENAY & Paul MARTIN", "")
    assert written_column(tmp_path, "recap.md", text, "sessions", "title") == []


def test_names_on_both_sides_of_the_dash_are_no_talk(tmp_path):
    text = _TEXT.replace("Planter des haies en équipe -- Anne Roux", "Luc Berthier -- Anne Roux")
    assert "Luc Berthier" not in written_column(tmp_path, "recap.md", text, "sessions", "title")


def test_a_comma_before_a_linked_name_credits_the_talk_too(tmp_path):
    text = (_TEXT.replace("## Planter des haies en équipe -- Anne Roux",
                          "## Planter des haies en équipe, [Anne Roux](https://exemple.org/anne)")
                 .replace("## Compter les mares du canton - Claire FONTENAY & Paul MARTIN",
                          "## Compter les mares du canton, Claire Fontenay"))
    assert written_column(tmp_path, "recap.md", text, "sessions", "title") == [
        "Planter des haies en équipe", "Compter les mares du canton"]
    assert written_column(tmp_path, "recap.md", text, "speakers", "full_name") == ["Anne Roux", "Claire Fontenay"]


def test_a_keynote_heading_s_speech_ends_at_the_next_heading(tmp_path):
    # the writer's own "j'ai" under the next talk's heading is not the keynote speaker's speech
    text = ("# Retour sur la ValbruneConf 2031\n\n"
            "Le 14 mars, l'association Valbrune Agile organisait la ValbruneConf.\n\n"
            "## Keynote d'ouverture, Anne Roux\n\nJ'ai aimé cette keynote : nous avons 12 mares à sauver.\n\n"
            "## Compter les mares du canton, Claire Fontenay\n\n"
            "J'ai appris que le canton compte 40 mares et je les ai notées sur ma carte.\n")
    speakers = written_column(tmp_path, "recap.md", text, "cited_figures", "speaker_id")
    assert speakers[0] == "roux-anne" and speakers[-1] != "roux-anne"


def test_a_byline_sub_heading_right_under_a_talk_credits_it(tmp_path):
    # round 277: "#### par Prénom Nom [Organisme]" right under the talk's heading
    text = ("# Retour sur la ValbruneConf 2031\n\n"
            "Le 14 mars, l'association Valbrune Agile organisait la ValbruneConf.\n\n"
            "### Planter des haies en équipe\n\n#### par Anne Roux [Bocage Vivant]\n\nUne belle démonstration.\n\n"
            "### Compter les mares du canton\n\n#### par Claire Fontenay (Mairie de Valbrune) et Paul Martin\n\n"
            "Une méthode simple.\n")
    assert written_column(tmp_path, "recap.md", text, "sessions", "title") == [
        "Planter des haies en équipe", "Compter les mares du canton"]
    assert written_column(tmp_path, "recap.md", text, "speakers", "full_name") == [
        "Anne Roux", "Claire Fontenay", "Paul Martin"]
    # text between the two headings: the sub-heading is no byline of the talk
    moved = text.replace("### Planter des haies en équipe\n\n", "### Planter des haies en équipe\n\nDu bocage.\n\n")
    assert "Planter des haies en équipe" not in written_column(tmp_path, "recap.md", moved, "sessions", "title")
