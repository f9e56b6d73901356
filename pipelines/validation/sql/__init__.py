"""Table Schema validation compiled to DuckDB SQL, with the findings Frictionless would report.

``validate_tables_sql`` checks CSV files (as ``pipelines.files.write_csv`` publishes them) against
their Table Schemas with SQL compiled from the schemas, and returns a
``pipelines.validation.report.ValidationReport`` whose errors have the shape ``pipelines.validation.frictionless`` gives:
``table``, ``row`` (Frictionless' row number: the header is row 1, the first data row is row 2),
``field``, ``type`` (Frictionless' error type: "type-error", "constraint-error", "unique-error",
"primary-key", "foreign-key", ...) and ``message`` (Frictionless' message templates). The aim is
the multiset of (table, row, field, type) findings Frictionless 5 reports on the same files, at
DuckDB speed: ``tests/test_sqlvalidate.py`` holds the two engines to that, ``bench/validation.py``
measures both. ``validate_package_sql`` does the same for a published ``datapackage.json``;
``compile_checks`` shows the SQL.

How: Python reads the first 100 records (header row and labels, as below) and looks for empty
lines (one regular-expression scan of the file, a quote-aware pass only when one is found). DuckDB
then reads the file once, every cell as text (``read_csv`` with explicit VARCHAR columns, one more
than the header to see extra cells, ``null_padding`` and a private null marker so that a missing
cell and an empty cell differ), and keeps per record the typed values of the key columns plus,
only for the records where a conjunction of every type and constraint check fails, their cells.
The detail queries (which cell, which check) run on those records only; duplicates are grouped on
a hash of the key, foreign keys are anti-joins on typed values.

Covered, with Frictionless' semantics (as read in frictionless 5.21):

- Types: ``string`` (default format), ``integer`` (``int()`` after ``str.strip()``: signs,
  leading zeros, ``_`` between digits, Unicode digits; not ``1.0`` nor ``1e3``), ``number``
  (``Decimal()``: exponents, ``.5``, ``5.``, ``inf``/``nan``, underscores anywhere, Unicode
  digits), ``boolean`` (exactly ``trueValues``/``falseValues``, by default true/True/TRUE/1 and
  false/False/FALSE/0), ``date`` (``strptime('%Y-%m-%d')``: one-digit month and day accepted,
  years 0001-9999), ``datetime`` (``YYYY-MM-DD?HH:MM:SS[.f][Z|±HH[[:]MM]]``, 24:00:00), ``year``
  (four characters, 0-9999). ``missingValues`` of the field or of the schema (``[""]`` by
  default); a missing value is never a type error.
- Constraints, those Frictionless applies to each type: ``required``, ``unique``, ``enum``,
  ``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum`` (NaN violates them; bounds
  and enum members are read with the field's type), ``minLength``/``maxLength`` (code points),
  ``pattern``: Frictionless compiles ``'^' + pattern + '$'`` and calls ``re.match``, which
  anchors every alternative at the start while ``$`` ends the last one only (``a|b`` accepts
  ``abc``), and ``$`` also matches before a final newline; the RE2 expression reproduces that,
  with Python's Unicode ``\\d``, ``\\w`` and ``\\s`` spelled out.
- ``primaryKey``, one or several fields: "primary-key" on every later duplicate of the typed
  values (nulls equal inside a key, NaN never equal) and on every row whose key cells are all
  null; ``unique``: "unique-error" on every later duplicate of a non-null value.
- ``foreignKeys`` to another table of the call or to the table itself (``resource`` empty or its
  own name), one or several fields, on typed values as Python compares them (an integer matches
  an equal number, a string never matches a number, a null inside a composite key matches a
  null). A row whose key cells are all null is not checked (no error), referenced rows whose key
  cells are all null are not in the lookup. A foreign key to a table not in the call is a
  "resource-error" and the table's rows are not checked, as in Frictionless.
- Header (``fieldsMatch`` "exact", the default): "extra-label", "missing-label", "blank-label",
  "duplicate-label", "incorrect-label", on labels stripped of spaces. Rows are then read against
  the fields the labels stand for: a column beyond the schema is untyped, a field beyond the
  header is not checked, nor a key that uses it. The header row is the one Frictionless picks
  when the dialect does not name it: the first of the first 100 records whose width is within
  10% of their mean width (row 1 for any regular file).
- Rows: "extra-cell", "missing-cell" (plus "constraint-error" when the field is required, as in
  Frictionless), "blank-row" (replacing the row's cell findings; a blank row still breaks a
  primary key), empty lines counted as blank rows with the row numbers of Python's ``csv``
  module, quoted cells over several lines, ``\\n`` or ``\\r\\n`` line endings.
- ``validate_package_sql``: the CSV resources of a ``datapackage.json`` (``type: file``
  resources such as the Parquet files are skipped), with their declared ``bytes``, ``hash``
  (sha256 or md5) and ``rows`` ("byte-count", "hash-count", "row-count").

Differences with Frictionless:

- Errors are counted in full. Frictionless stops a table at ``limit_errors`` (1000 by default,
  the default ``pipelines.validation.frictionless`` keeps) and then skips its end-of-table checks (bytes, hash,
  rows). Here ``limit_errors`` only shortens the list returned per table (in Frictionless'
  order: header, then row by row); ``report["tables"]`` keeps the full counts. Parity holds with
  Frictionless run with ``limit_errors=0``, or under 1000 errors per table.
- DuckDB parses the CSV strictly (RFC 4180, one line ending for the whole file, UTF-8): stray
  quotes inside unquoted cells, mixed or lone ``\\r`` line endings and invalid UTF-8, which
  Python's ``csv`` module reads one way or another, make one "source-error" for the table here.
  Frictionless also sniffs ``skipinitialspace`` from the first lines; that only happens for
  unusual headers (one column, ``, "x"`` separators) and is taken as false. A cell equal to
  ``MISSING_MARKER`` (private-use characters) would be read as a missing cell; a record longer
  than 8 MiB is a "source-error".
- ``number`` values are compared as DOUBLE (Frictionless: ``Decimal``), so values equal to 17
  significant digits are equal here; a signalling NaN (``sNaN``, on which Frictionless raises)
  is a NaN. ``integer`` values beyond 38 digits are integers, but their value is not compared
  (no bound, enum, unique or key check).
- ``datetime``: the ISO week and ordinal dates that dateutil also reads (``2024-W01-1T...``) are
  type errors here; a bound between an aware and a naive datetime (Frictionless raises) is
  compared on the UTC instant; keys compare (UTC instant, aware or not).
- Patterns run on RE2: look-arounds, back-references and possessive quantifiers are refused
  (``UnsupportedSchema``); ``\\b``, and ``\\W``/``\\S`` inside a class, keep RE2's ASCII meaning.
- Refused with ``UnsupportedSchema``: other field types (time, yearmonth, duration, object,
  array, list, geopoint, geojson, any), formats other than ``default``, ``bareNumber: false``,
  ``decimalChar``, ``groupChar``, ``fieldsMatch`` other than ``exact``; a package's dialects other
  than a one-character delimiter and quote (doubled quotes) and encodings other than UTF-8.
- Messages follow Frictionless' templates; in foreign-key messages the values are DuckDB's text of
  the typed values (Frictionless prints ``Decimal('1.50')`` as ``1.50``, DuckDB 1.5).
- The first call in a process builds Python's Unicode digit and space classes (about 0.2 s).
  Requires DuckDB 1.3 or later (``lambda`` syntax).
"""


from .compile import compile_checks, plan_table
from .literals import UnsupportedSchema, python_pattern_to_re2
from .run import validate_package_sql, validate_tables_sql

__all__ = ["UnsupportedSchema", "compile_checks", "plan_table", "python_pattern_to_re2", "validate_package_sql",
           "validate_tables_sql"]
