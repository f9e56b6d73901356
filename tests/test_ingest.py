from pathlib import Path

import pytest

from pipelines.errors import SourceError
from pipelines.document import discover_sources, read_document
from pipelines.document.manifest import SourceEntry
from pipelines.document.html import read_html
from pipelines.document.markdown import read_markdown
from pipelines.document.readers import decode_text

from .conftest import FIXTURES, SOURCES


def entry(path: Path) -> SourceEntry:
    return SourceEntry(id=path.stem, file=path.name, path=path)


def test_report_is_read_with_its_checksum_and_pages():
    (e,) = discover_sources(SOURCES)
    doc = read_document(e)
    assert doc.sha256 == "8a51f723a3c939e5441a98a7751d41ce1f60cbd9013f29124fe4291f23ea9a63"
    assert doc.notes == []
    assert doc.page_count > 20
    assert doc.page_text(1)[1].lstrip().startswith("Grand Arras")
    # A page starts on a line beginning with a space.
    assert all(doc.text[s] == " " for s in doc.page_starts[1:])


def test_markdown_html_and_text_layouts():
    md = read_document(entry(FIXTURES / "forum-data-2025.md"))
    assert md.page_count == 2 and "**" not in md.text and md.headings[0].text.startswith("Forum")
    html = read_document(entry(FIXTURES / "rencontres-numeriques-2023.html"))
    assert "<" not in html.text and "9999" not in html.text  # scripts dropped
    assert "2\u00a0300 visiteurs" in html.text
    txt = read_document(entry(FIXTURES / "salon-smart-city-2022.txt"))
    assert txt.page_count == 3 and "\r" not in txt.text


def test_markdown_and_html_readers():
    built, _ = read_markdown("# Titre\n\n- **12** ateliers\n\n[lien](http://x)")
    assert built.text().splitlines() == ["Titre", "", "- 12 ateliers", "", "lien"]
    assert built.headings()[0].text == "Titre"
    built, meta = read_html("<title>T</title><h1>A&eacute;</h1><script>x=1</script><p>b</p>")
    assert built.text().splitlines()[0] == "Aé" and "x=1" not in built.text() and meta["title"] == "T"


@pytest.mark.parametrize("encoding, name", [("utf-16", "utf-16-le"), ("utf-32", "utf-32-le"), ("utf-8-sig", "utf-8")])
def test_text_with_a_byte_order_mark(encoding, name):
    text, found = decode_text("Journée : 120 visiteurs à l'Hôtel de Ville".encode(encoding), "f.txt")
    assert text == "Journée : 120 visiteurs à l'Hôtel de Ville" and found == name


def test_single_byte_encodings_are_detected():
    text, found = decode_text("L'été dernier, 120 élèves ont visité le musée.".encode("cp1252"), "f.txt")
    assert "été" in text and "élèves" in text and found in ("windows-1252", "iso-8859-1", "iso-8859-15")


def test_pdf_text_layer(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    for line in ("Rapport 2025", "120 visiteurs"):
        pdf.add_page()
        pdf.set_font("helvetica", size=14)
        pdf.cell(text=line)
    path = tmp_path / "rapport.pdf"
    pdf.output(str(path))
    doc = read_document(entry(path))
    assert doc.page_count == 2 and doc.media_type == "application/pdf"
    assert "120 visiteurs" in doc.page_text(2)[1]


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.txt", b"", "vide"),
        ("junk.txt", bytes(range(256)) * 4, "binaires"),
        ("junk.pdf", b"\x00\x01garbage" * 50, "pas un PDF"),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<<", "tronqué"),
    ],
)
def test_unreadable_sources_are_refused_with_the_file_name(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as err:
        read_document(entry(path))
    assert err.value.file == name and reason in str(err.value)


def test_windows_1252_text_is_decoded_and_noted(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Journée : 120 visiteurs à l'Hôtel de Ville".encode("cp1252"))
    doc = read_document(entry(path))
    assert "Journée" in doc.text and doc.encoding == "windows-1252"
    assert any("windows-1252" in n for n in doc.notes)


@pytest.mark.parametrize(
    "manifest,reason",
    [
        ("documents: [\n  - file: missing.txt\n", "pas un YAML valide"),
        ("documents:\n  - file: missing.txt\n", "n'existe pas"),
        ("documents:\n  - file: ../outside.txt\n", "hors du dossier des sources"),
        ("documents:\n  - {id: a, file: a.txt}\n  - {id: a, file: b.txt}\n", "utilisé deux fois"),
        ("documents:\n  - {id: '../x', file: a.txt}\n", "fait de minuscules"),
    ],
)
def test_bad_manifests_are_refused(tmp_path, manifest, reason):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "a.txt").write_text("120 visiteurs")
    (src / "b.txt").write_text("130 visiteurs")
    (tmp_path / "outside.txt").write_text("x")
    (src / "sources.yaml").write_text(manifest)
    with pytest.raises(SourceError) as err:
        discover_sources(src)
    assert reason in str(err.value) and "sources.yaml" in str(err.value)


def test_a_document_without_manifest_entry_is_discovered(tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "Bilan Forum 2025.md").write_text("# Forum 2025\n\n- 120 visiteurs\n")
    (src / "notes.docx").write_bytes(b"ignored")
    (found,) = discover_sources(src)
    assert found.id == "bilan-forum-2025" and found.in_manifest is False
