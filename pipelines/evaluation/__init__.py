"""Measuring extraction against hand-checked files: one scorer (``scorer``) for the real corpus
(``corpus``, ``make eval``), the tests, the benchmark and the release's quality report."""
