"""Errors a data officer reads: each names the file (or table) and the reason."""


class PipelineError(Exception):
    """A refusal of the pipeline: nothing is published when one is raised."""


class SourceError(PipelineError):
    """A source document cannot be read or is not acceptable."""

    def __init__(self, file: str, reason: str):
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


class ValidationFailed(PipelineError):
    """A table does not satisfy its Table Schema."""
