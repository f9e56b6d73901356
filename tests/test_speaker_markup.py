"""A conference page's cards that mark each speaker's name by its class (``<h3
class="speaker-bio__name">``): the HTML reader labels the block, and the name is a speaker's, even
with a given name the names list does not hold; an element of any other class is no speaker.
Made-up page."""

from pipelines.document.html import read_html
from pipelines.extract.documents import extract_document

from .support import written_doc

PAGE = """<html><head><title>Programme - Journées Valbrune 2031</title></head><body><main>
<h1>Programme des Journées Valbrune 2031</h1>
<p>Les 3 et 4 juin 2031 à Valbrune.</p>
<ul>
<li class="slot"><h4 class="slot__time">9h30</h4><h3 class="slot__title">Cartographier les haies</h3>
  <div class="speaker-card"><h3 class="speaker-card__name">Ilse Varnkowa</h3>
  <p class="speaker-card__bio">Géographe, elle cartographie les haies du bocage.</p></div></li>
<li class="slot"><h4 class="slot__time">10h30</h4><h3 class="slot__title">Compter les oiseaux</h3>
  <div class="speaker-card"><h3 class="speaker-card__name">Paul Martin</h3>
  <p class="speaker-card__bio">Ornithologue amateur.</p></div></li>
</ul>
<p class="partner-name">Fondation Verte</p>
</main></body></html>"""


def test_the_reader_labels_an_element_marked_as_a_speakers_name():
    out, _ = read_html(PAGE)
    text = out.text()
    assert [text[b.start:b.end] for b in out.blocks if b.label == "speaker_name"] == ["Ilse Varnkowa", "Paul Martin"]


def test_a_marked_name_is_a_speaker_whatever_its_given_name(tmp_path):
    rows = extract_document(written_doc(tmp_path, "programme.html", PAGE))
    names = {s["full_name"] for s in rows["speakers"]}
    assert {"Ilse Varnkowa", "Paul Martin"} <= names
    assert "Fondation Verte" not in names
