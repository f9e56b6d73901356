
import dagster as dg

from ..extract.documents import event_rows, key_figure_rows
from ..schemas import table_schema, to_arrow
from .metadata import table_metadata
from .resources import OpenDataSettings


@dg.asset(
    group_name="extraction",
    description="Table `events` : l'événement décrit par chaque bilan (nom, édition, dates, lieu, organisateur), "
    "lu dans le texte par les règles de pipelines/lexicons/events.yaml.",
)
def events(opendata: OpenDataSettings, source_documents):
    schema = table_schema(opendata.settings().schemas_dir, "events")
    table = to_arrow(event_rows(source_documents), schema)
    return dg.Output(table, metadata=table_metadata(table, schema))


@dg.asset(
    group_name="extraction",
    description="Table `key_figures` : les chiffres clés de chaque événement (visiteurs, exposants, intervenants...), "
    "avec la citation exacte et la page. Vocabulaire : pipelines/lexicons/metrics.yaml.",
)
def key_figures(opendata: OpenDataSettings, source_documents, events):
    schema = table_schema(opendata.settings().schemas_dir, "key_figures")
    table = to_arrow(key_figure_rows(source_documents, events.to_pylist()), schema)
    return dg.Output(table, metadata=table_metadata(table, schema))
