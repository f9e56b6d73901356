"""The synthetic event reports of bench/corpus.py: their vocabularies and number formats, the
model that draws one report, and its renderings as text, Markdown and HTML."""
