"""Tables that apps above monitoring add to the monthly report (the registrations' figures), so
that monitoring never imports them: an app registers a function from its AppConfig.ready(), and
the report calls it with the month. The function returns a `tables.Table` (or a list of them)."""

_BUILDERS = []


def register_table(build):
    """Add `build(month) -> Table | list[Table]` to every monthly report (once)."""
    if build not in _BUILDERS:
        _BUILDERS.append(build)


def extra_tables(month):
    tables = []
    for build in _BUILDERS:
        result = build(month)
        tables.extend(result if isinstance(result, list) else [result])
    return tables
