import inspect


def with_inputs(fn, names):
    """Give ``fn(context, opendata, **inputs)`` an explicit keyword parameter per input name, so
    that Dagster, which wires inputs by parameter name, sees them."""
    params = list(inspect.signature(fn).parameters.values())
    fixed = [p for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    extra = [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in names]
    fn.__signature__ = inspect.Signature(fixed + extra)
    return fn
