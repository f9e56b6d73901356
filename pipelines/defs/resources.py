
import dataclasses
from pathlib import Path

import dagster as dg

from ..settings import Settings, load_settings


class OpenDataSettings(dg.ConfigurableResource):
    """Folders of the pipeline. Empty values fall back to the OPENDATA_* environment variables,
    then to the repository's own folders (sources/, datasets/, schemas/)."""

    sources_dir: str = ""
    datasets_dir: str = ""
    warehouse_path: str = ""

    def settings(self) -> Settings:
        base = load_settings()
        return dataclasses.replace(
            base,
            sources_dir=Path(self.sources_dir) if self.sources_dir else base.sources_dir,
            datasets_dir=Path(self.datasets_dir) if self.datasets_dir else base.datasets_dir,
            warehouse_path=Path(self.warehouse_path) if self.warehouse_path else base.warehouse_path,
        )
