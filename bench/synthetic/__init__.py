"""The synthetic event reports of bench/corpus.py: their vocabularies and number formats
(vocabulary.py), what a report is made of (model.py), the parts drawn for one report (event.py,
programme.py, headline_figures.py, talk_summaries.py, cited_figures.py) assembled by report.py with
its expected extraction (expected.py) and shared wordings (phrases.py), and its renderings as text,
Markdown and HTML (render.py)."""
