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


class BudgetExceeded(SourceError):
    """A source document over a reading limit (pages, characters of text): that document is left
    out of the release and named in its notes, the other documents are published."""


class ConfigError(PipelineError):
    """An environment variable or an option with a value the pipeline cannot use."""
