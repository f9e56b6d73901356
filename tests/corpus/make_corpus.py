"""Regenerates the binary files of the bad-input corpus (run: .venv/bin/python tests/corpus/make_corpus.py).
The text files are written by hand; this script only makes the ones a text editor cannot."""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent / "bad"


def pdf_with_text(text: str) -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    return pdf


def main() -> None:
    HERE.mkdir(exist_ok=True)
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "blank.md").write_bytes(b"  \n\n\t\n")
    (HERE / "junk.txt").write_bytes(bytes((i * 37 + 11) % 256 for i in range(2048)))
    (HERE / "junk.pdf").write_bytes(bytes((i * 53 + 7) % 256 for i in range(2048)))
    full = bytes(pdf_with_text("Salon 2025 : 120 visiteurs").output())
    (HERE / "truncated.pdf").write_bytes(full[: len(full) // 2])
    encrypted = pdf_with_text("Salon 2025 : 120 visiteurs")
    encrypted.set_encryption(owner_password="owner", user_password="secret")
    (HERE / "encrypted.pdf").write_bytes(bytes(encrypted.output()))
    scanned = FPDF()
    scanned.add_page()
    scanned.set_fill_color(40, 40, 40)
    scanned.rect(20, 20, 170, 60, style="F")  # a page with graphics and no text layer
    (HERE / "scanned.pdf").write_bytes(bytes(scanned.output()))
    (HERE.parent / "accepted" / "latin1.txt").write_bytes(
        "Rencontres du numérique 2023\nLe salon s'est tenu au Théâtre municipal le 12 mai 2023.\n\n"
        "Chiffres clés\n\n850 visiteurs\n24 exposants\n".encode("cp1252"))


if __name__ == "__main__":
    main()
