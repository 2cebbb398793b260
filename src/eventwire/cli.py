"""The ``eventwire`` command. Each command parses its options, calls the library function the
HTTP API also uses, and prints the result. eventwire errors become a one-line message and
exit code 2; bad input records are reported on stderr and never stop a batch.

This command line is a public contract (README): options may be added, never changed.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Iterable, List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .errors import ConfigError, EventwireError, InputError, NotFoundError
from .records import EVENT_ID_PATTERN, IngestError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Political event data from news text: actors, events, quotes, places, dates.")
eval_app = typer.Typer(no_args_is_help=True, help="Score eventwire against gold sets.")
app.add_typer(eval_app, name="eval")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CodeFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class TableOrJson(str, Enum):
    table = "table"
    json = "json"


class EventsFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


class AnyExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    tsv = "tsv"
    geojson = "geojson"
    gexf = "gexf"


class ExportSchema(str, Enum):
    native = "native"
    gdelt = "gdelt"
    icews = "icews"
    polecat = "polecat"
    acled = "acled"
    phoenix = "phoenix"


class Dedup(str, Enum):
    raw = "raw"
    story = "story"
    event = "event"


class Unit(str, Enum):
    country = "country"
    dyad = "dyad"
    directed_dyad = "directed-dyad"
    admin1 = "admin1"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Split(str, Enum):
    quad = "quad"
    type = "type"


class Measure(str, Enum):
    count = "count"
    goldstein_sum = "goldstein_sum"
    goldstein_mean = "goldstein_mean"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _check_date(value: Optional[str], option: str) -> Optional[str]:
    if value is not None and not DATE_RE.match(value):
        raise ConfigError(f"{option} must be YYYY-MM-DD, got {value!r}", code="E013")
    return value


def _report_error(error: IngestError) -> None:
    where = error.source + (f" @ {error.position}" if error.position else "")
    err.print(f"[yellow]skipped[/] {error.code} {escape(error.reason)} [dim]\\[{escape(where)}][/]",
              highlight=False)


def _fail(exc: EventwireError) -> None:
    err.print(f"[red]error[/] {escape(exc.message)}" + (f" [dim]({escape(exc.hint)})[/]" if exc.hint else ""),
              highlight=False)
    raise typer.Exit(2)


def at_the_edge(command):
    """Errors end here: an eventwire error or an OS error becomes one line on stderr and exit 2."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except EventwireError as exc:
            _fail(exc)
        except OSError as exc:  # a path that cannot be read or written
            where = f" ({exc.filename})" if exc.filename else ""
            _fail(ConfigError(f"{exc.strerror or exc}{where}", code="E014"))
    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    """eventwire: who did what to whom, when and where, who said it, which outlet reported it."""


def _read_options(published, outlet, title, text_field, title_field, date_field, outlet_field,
                  id_field, max_chars):
    from .ingest import ReadOptions

    _check_date(published, "--published")
    return ReadOptions(published=published, outlet=outlet, title=title, text_field=text_field,
                       title_field=title_field, date_field=date_field, outlet_field=outlet_field,
                       id_field=id_field, max_chars=max_chars)


# ------------------------------------------------------------------------------ code

@app.command()
@at_the_edge
def code(
    paths: List[str] = typer.Argument(..., help="Files, folders or URLs; '-' reads JSONL from stdin."),
    format: CodeFormat = typer.Option(CodeFormat.json, "--format", "-f"),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs without one."),
    outlet: Optional[str] = typer.Option(None, help="Outlet for inputs without one."),
    title: Optional[str] = typer.Option(None, help="Title for inputs without one."),
    text_field: str = typer.Option("text", help="JSONL/CSV field holding the text."),
    title_field: str = typer.Option("title"), date_field: str = typer.Option("published"),
    outlet_field: str = typer.Option("outlet"), id_field: str = typer.Option("id"),
    max_chars: int = typer.Option(2_000_000, help="Longest text accepted, in characters."),
) -> None:
    """Code articles without storing them and print the result."""
    from .runner import code_inputs

    options = _read_options(published, outlet, title, text_field, title_field, date_field,
                            outlet_field, id_field, max_chars)
    results = code_inputs(paths, options, on_error=_report_error)
    if format is CodeFormat.jsonl:
        any_read = False
        for coded in results:
            any_read = True
            sys.stdout.write(coded.model_dump_json() + "\n")
            sys.stdout.flush()
    else:
        items = list(results)
        any_read = bool(items)
        if format is CodeFormat.json:
            data = [c.model_dump(mode="json") for c in items]
            typer.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
        else:
            from .render import coded_tables
            for coded in items:
                for renderable in coded_tables(coded):
                    out.print(renderable)
    if not any_read:
        err.print("[red]error[/] no article could be read")
        raise typer.Exit(2)


# ------------------------------------------------------------------------------ ingest

@app.command()
@at_the_edge
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, folders or URLs; '-' reads JSONL from stdin."),
    db: str = typer.Option("eventwire.duckdb", "--db", help="Store: a DuckDB file."),
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes for coding."),
    engine: Engine = typer.Option(Engine.local, help="local processes, or dask (a cluster)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address, e.g. tcp://host:8786."),
    batch_size: int = typer.Option(64, help="Articles per store transaction."),
    published: Optional[str] = typer.Option(None), outlet: Optional[str] = typer.Option(None),
    title: Optional[str] = typer.Option(None),
    text_field: str = typer.Option("text"), title_field: str = typer.Option("title"),
    date_field: str = typer.Option("published"), outlet_field: str = typer.Option("outlet"),
    id_field: str = typer.Option("id"), max_chars: int = typer.Option(2_000_000),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read, code and store articles. Rerunning changes nothing; a killed run resumes."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .runner import ingest as run_ingest

    options = _read_options(published, outlet, title, text_field, title_field, date_field,
                            outlet_field, id_field, max_chars)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, disable=quiet or not err.is_terminal, transient=True) as progress:
        task = progress.add_task("coding", total=None)

        log_lines = not quiet and not err.is_terminal

        def on_progress(report) -> None:
            line = f"read {report.read} · stored {report.stored} · events {report.events}"
            progress.update(task, description=line)
            if log_lines:  # logs and pipes get one plain line per stored batch
                err.print(f"ingest: {line}", highlight=False)

        report = run_ingest(paths, db, options=options, workers=workers, engine=engine.value,
                            scheduler=scheduler, batch_size=batch_size,
                            on_error=_report_error, on_progress=on_progress)
    summary = report.as_dict()
    err.print("ingest: " + ", ".join(f"{k} {v}" for k, v in summary.items()), highlight=False)
    raise typer.Exit(report.exit_code)


# ------------------------------------------------------------------------------ queries

@app.command()
@at_the_edge
def stats(db: str = typer.Option("eventwire.duckdb", "--db"),
          format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f")) -> None:
    """Counts of what the store holds."""
    from .store import open_store

    with open_store(db, read_only=True) as store:
        data = store.stats()
    if format is TableOrJson.json:
        typer.echo(json.dumps(data, indent=2, sort_keys=True))
    else:
        from .store.summary import render_summary
        out.print(render_summary(data))


EVENT_COLUMNS = ("id", "date", "type", "mode", "source", "target", "cameo", "goldstein", "trigger")


def _min_confidence_option():
    """``--min-confidence``, as events, export and aggregate take it."""
    return typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                        help="Only events coded with at least this confidence.")


def _asserted_option():
    """``--asserted``, as events, export and aggregate take it."""
    return typer.Option(False, "--asserted",
                        help="Only events reported as done: not negated, not future or hypothetical.")


def _quality(min_confidence: float | None, asserted: bool) -> dict[str, Any]:
    """The quality filters as store keywords, only when set (the store's defaults otherwise)."""
    given = {"min_confidence": min_confidence, "asserted": asserted or None}
    return {k: v for k, v in given.items() if v is not None}


def _actor_codes(actors: Iterable[dict]) -> str:
    return ";".join(a.get("code") or a.get("country") or a.get("name") or a.get("text") or "?" for a in actors)


@app.command()
@at_the_edge
def events(db: str = typer.Option("eventwire.duckdb", "--db"),
           actor: Optional[str] = typer.Option(None, help="Actor code, country or name (source or target)."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ACCUSE."),
           since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
           limit: Optional[int] = typer.Option(None),
           format: EventsFormat = typer.Option(EventsFormat.table, "--format", "-f"),
           dedup: Dedup = typer.Option(Dedup.raw, "--dedup", help="raw mentions, one per story, or merged events."),
           window_days: int = typer.Option(1, "--window-days", help="Event dedup window in days (1: same day)."),
           updated_since: Optional[str] = typer.Option(None, "--updated-since",
                                                       help="Only events written or changed since this UTC time."),
           include_tombstones: bool = typer.Option(False, "--include-tombstones",
                                                   help="Also list removed events (jsonl: tombstone rows)."),
           min_confidence: Optional[float] = _min_confidence_option(),
           asserted: bool = _asserted_option()) -> None:
    """List stored events."""
    import csv

    from .store import open_store

    stones: list[dict] = []
    _check_date(since, "--since")
    _check_date(until, "--until")
    with open_store(db, read_only=True) as store:
        rows = store.events(actor=actor, type=type.upper() if type else None, since=since,
                            until=until, limit=limit, dedup=dedup.value, window_days=window_days,
                            updated_since=updated_since, min_confidence=min_confidence, asserted=asserted)
        if include_tombstones:
            stones = store.tombstones(updated_since=updated_since)
    if include_tombstones and format is not EventsFormat.jsonl:
        for stone in stones:
            err.print(f"removed {stone['event_id']} ({stone['reason']}, {stone['removed_at']})", highlight=False)
    if format is EventsFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        for stone in stones:
            sys.stdout.write(json.dumps({"id": stone["event_id"], "tombstone": True, **stone}) + "\n")
    elif format is EventsFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(EVENT_COLUMNS + ("sentence", "article_id"))
        for row in rows:
            writer.writerow([row.get("id"), row.get("date"), row.get("type"), row.get("mode"),
                             _actor_codes(row.get("source") or []), _actor_codes(row.get("target") or []),
                             row.get("cameo"), row.get("goldstein"), row.get("trigger"),
                             row.get("sentence"), row.get("article_id")])
    else:
        table = Table(*EVENT_COLUMNS, title=f"{len(rows)} events")
        for row in rows:
            table.add_row(row.get("id"), row.get("date") or "", row.get("type"), row.get("mode") or "",
                          _actor_codes(row.get("source") or []), _actor_codes(row.get("target") or []),
                          row.get("cameo") or "", str(row.get("goldstein")), row.get("trigger"))
        out.print(table)


@app.command()
@at_the_edge
def export(out_path: str = typer.Argument(..., metavar="OUT"),
           db: str = typer.Option("eventwire.duckdb", "--db"),
           format: AnyExportFormat = typer.Option(AnyExportFormat.parquet, "--format", "-f",
                                                  help="parquet, csv, jsonl; with --schema also tsv, geojson "
                                                       "(located events), gexf (actor network)."),
           table: str = typer.Option("events", help="events, articles, quotes, actors, places, errors ..."),
           schema: Optional[ExportSchema] = typer.Option(None, "--schema",
                                                         help="Event layout: native, gdelt, icews, polecat, acled, phoenix."),
           dedup: Dedup = typer.Option(Dedup.raw, "--dedup"),
           window_days: int = typer.Option(1, "--window-days"),
           since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
           actor: Optional[str] = typer.Option(None), type: Optional[str] = typer.Option(None, "--type"),
           updated_since: Optional[str] = typer.Option(None, "--updated-since"),
           tombstones: bool = typer.Option(False, "--tombstones", help="Export removed events instead."),
           min_confidence: Optional[float] = _min_confidence_option(),
           asserted: bool = _asserted_option()) -> None:
    """Export a table of the store to parquet, csv or jsonl, or events in a public schema.

    With --schema (or --dedup, --updated-since, geojson, gexf, tsv) events are written in that layout
    with a sidecar OUT.meta.json (schema version and citation). --tombstones writes removed events."""
    from .store import open_store

    analyst = (schema is not None or dedup is not Dedup.raw or updated_since or since or until or actor
               or type or min_confidence is not None or asserted or format.value in ("tsv", "geojson", "gexf"))
    with open_store(db, read_only=True) as store:
        if tombstones:
            from .analyst.exports import export_tombstones
            n = export_tombstones(store, out_path, fmt=format.value, updated_since=updated_since,
                                  store_path=db)["rows"]
            table = "tombstones"
        elif analyst:
            from .analyst.exports import export_events
            _check_date(since, "--since")
            _check_date(until, "--until")
            if table != "events":
                raise ConfigError("--schema, --dedup and the event filters apply to --table events only")
            meta = export_events(store, out_path, schema=(schema or ExportSchema.native).value,
                                 fmt=format.value, dedup=dedup.value, window_days=window_days,
                                 updated_since=updated_since, store_path=db, since=since, until=until,
                                 actor=actor, type=type.upper() if type else None,
                                 **_quality(min_confidence, asserted))
            n, table = meta["rows"], f"events ({meta['schema']}, dedup {dedup.value})"
        else:
            if format.value not in ("parquet", "csv", "jsonl"):
                raise ConfigError(f"--format {format.value} needs --schema")
            n = store.export(format.value, out_path, table=table)
    err.print(f"export: {n} rows of {table} -> {out_path}")


@app.command()
@at_the_edge
def aggregate(db: str = typer.Option("eventwire.duckdb", "--db"),
              unit: Unit = typer.Option(Unit.country, "--unit"),
              period: Period = typer.Option(Period.month, "--period"),
              split: Optional[Split] = typer.Option(None, "--split", help="One series per quad class or type."),
              measure: Measure = typer.Option(Measure.count, "--measure"),
              normalize: bool = typer.Option(False, "--normalize", help="Divide by articles in the period."),
              since: Optional[str] = typer.Option(None, help="YYYY, YYYY-MM or YYYY-MM-DD."),
              until: Optional[str] = typer.Option(None, help="YYYY, YYYY-MM or YYYY-MM-DD."),
              dedup: Dedup = typer.Option(Dedup.raw, "--dedup"),
              window_days: int = typer.Option(1, "--window-days"),
              format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
              out_file: Optional[str] = typer.Option(None, "--out", help="Write to this file instead of stdout."),
              min_confidence: Optional[float] = _min_confidence_option(),
              asserted: bool = _asserted_option()) -> None:
    """Zero-filled panel: events per unit and period (count, Goldstein sum or mean)."""
    import csv
    import io

    from .analyst.aggregate import aggregate_with_meta
    from .store import open_store

    with open_store(db, read_only=True) as store:
        result = aggregate_with_meta(store, unit.value, period.value, split=split.value if split else None,
                                     measure=measure.value, normalize=normalize, since=since, until=until,
                                     dedup=dedup.value, window_days=window_days,
                                     **_quality(min_confidence, asserted))
    rows = result["rows"]
    columns = list(rows[0]) if rows else []
    if format is TableFormat.table and not out_file:
        view = Table(*columns, title=f"{len(rows)} cells ({measure.value}, {unit.value} x {period.value})")
        for row in rows:
            view.add_row(*["" if v is None else str(v) for v in row.values()])
        out.print(view)
    else:
        buffer = io.StringIO()
        if format is TableFormat.jsonl:
            for row in rows:
                buffer.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif format is TableFormat.json:
            buffer.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        if out_file:
            Path(out_file).write_text(buffer.getvalue(), encoding="utf-8")
        else:
            sys.stdout.write(buffer.getvalue())
    if result["unplaced"] or result["undated"]:
        err.print(f"aggregate: left out {result['unplaced']} events without a {unit.value}, "
                  f"{result['undated']} without a date", highlight=False)


@app.command()
@at_the_edge
def coverage(db: str = typer.Option("eventwire.duckdb", "--db"),
             since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
             format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f")) -> None:
    """Articles and events per day; flags days with none or unusually few."""
    from .analyst.coverage import coverage as day_coverage
    from .store import open_store

    _check_date(since, "--since")
    _check_date(until, "--until")
    with open_store(db, read_only=True) as store:
        rows = day_coverage(store, since, until)
    if format is TableOrJson.json:
        typer.echo(json.dumps(rows, indent=2))
        return
    view = Table("day", "articles", "coded", "events", "rolling median", "flag",
                 title=f"{sum(1 for r in rows if r['flag'])} of {len(rows)} days flagged")
    for row in rows:
        flag = row["flag"] or ""
        view.add_row(row["day"], str(row["articles"]), str(row["coded"]), str(row["events"]),
                     "" if row["rolling_median"] is None else f"{row['rolling_median']:g}",
                     f"[red]{flag}[/]" if flag in ("none", "low") else flag)
    out.print(view)


@app.command()
@at_the_edge
def recode(db: str = typer.Option("eventwire.duckdb", "--db"),
           article: Optional[str] = typer.Option(None, "--article", help="Recode only this article id.")) -> None:
    """Recode stored articles with the current coder; removed events get tombstones."""
    from .analyst.sync import recode as run_recode
    from .store import open_store

    with open_store(db) as store:
        counts = run_recode(store, article_id=article)
    err.print("recode: " + ", ".join(f"{k} {v}" for k, v in counts.items()), highlight=False)


# ------------------------------------------------------------------------------ actors & explain

@app.command()
@at_the_edge
def actor(text: str = typer.Argument(..., help="An actor as written, e.g. 'Russian President Vladimir Putin'."),
          context: Optional[str] = typer.Option(None, help="The sentence it appears in."),
          date: Optional[str] = typer.Option(None, help="Date YYYY-MM-DD for time-aware roles."),
          format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f")) -> None:
    """Resolve an actor to name, country, sector, code and kind."""
    from .actors.resolve import resolve_actor

    _check_date(date, "--date")
    mention = resolve_actor(text, context=context, date=date)
    data = {k: getattr(mention, k, None) for k in ("name", "country", "sector", "code", "kind")}
    if format is TableOrJson.json:
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        table = Table("field", "value", title=text)
        for key, value in data.items():
            table.add_row(key, str(value) if value is not None else "-")
        if getattr(mention, "resolution", None):
            table.add_row("why", mention.resolution)
        out.print(table)


def _text_or_file(target: str) -> str:
    """A path to a UTF-8 file is read; anything else is the text itself."""
    try:
        is_file = len(target) < 4096 and "\n" not in target and Path(target).is_file()
    except OSError:  # e.g. a sentence longer than a file name may be
        is_file = False
    if not is_file:
        return target
    try:
        return Path(target).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{target} is not UTF-8 text", code="E002") from exc


EVENT_ID_RE = re.compile(f"^{EVENT_ID_PATTERN}$")


@app.command()
@at_the_edge
def explain(target: str = typer.Argument(..., help="An event id from the store, or a text to code."),
            db: str = typer.Option("eventwire.duckdb", "--db"),
            published: Optional[str] = typer.Option(None, help="Publication date for a text."),
            format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f")) -> None:
    """Show why events exist: sentence, trigger, rule, roles and actor resolution."""
    from .explain import explain_event_id, explain_text

    _check_date(published, "--published")
    if EVENT_ID_RE.match(target):
        explanations = [explain_event_id(target, db)]
    else:
        text = _text_or_file(target)
        explanations = explain_text(text, published=published)
    if format is TableOrJson.json:
        typer.echo(json.dumps(explanations, indent=2, ensure_ascii=False, default=str))
        return
    from .render import explanation_panel
    if not explanations:
        out.print("no events found")
    for item in explanations:
        out.print(explanation_panel(item))


# ------------------------------------------------------------------------------ eval

def _print_scores(scores: dict, format: TableOrJson, keys: Iterable[str]) -> None:
    if format is TableOrJson.json:
        typer.echo(json.dumps(scores, indent=2, default=str))
        return
    table = Table("metric", "value")
    for key in keys:
        if key in scores:
            value = scores[key]
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    out.print(table)


def _eval(module: str, path: str, format: TableOrJson, limit: Optional[int], keys: Iterable[str]) -> None:
    import importlib

    scorer = importlib.import_module(f"eventwire.eval.{module}")
    if not Path(path).exists():
        raise NotFoundError(f"{path} does not exist", code="E011")
    scores = scorer.score(path, limit=limit) if limit else scorer.score(path)
    _print_scores(scores, format, keys)


@eval_app.command("plover-gsr")
@at_the_edge
def eval_plover_gsr(path: str = typer.Argument(..., help="PLOVER_GSR_CAMEO.txt"),
                    format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f"),
                    limit: Optional[int] = typer.Option(None)) -> None:
    """Event type and actor country accuracy on the PLOVER gold standard."""
    _eval("plover_gsr", path, format, limit, ("n", "type_accuracy", "top_type_accuracy",
                                               "source_country_accuracy", "target_country_accuracy"))


@eval_app.command("conflibert")
@at_the_edge
def eval_conflibert(path: str = typer.Argument(..., help="Folder with cameo_class_train.tsv"),
                    format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f"),
                    limit: Optional[int] = typer.Option(None)) -> None:
    """5-way quad class accuracy and macro-F1 on the ConfliBERT sentences."""
    _eval("conflibert", path, format, limit, ("n", "accuracy", "macro_f1"))


@eval_app.command("geowebnews")
@at_the_edge
def eval_geowebnews(path: str = typer.Argument(..., help="GWN.xml"),
                    format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f"),
                    limit: Optional[int] = typer.Option(None)) -> None:
    """Toponym recall and accuracy within 161 km on GeoWebNews."""
    _eval("geowebnews", path, format, limit, ("n", "recall", "acc_161km", "country_accuracy"))


@eval_app.command("quotes")
@at_the_edge
def eval_quotes(path: str = typer.Argument(..., help="Annotated quotes JSONL"),
                format: TableOrJson = typer.Option(TableOrJson.table, "--format", "-f")) -> None:
    """Quote precision, recall, F1 and speaker accuracy."""
    _eval("quotes", path, format, None, ("n", "precision_0.3", "recall_0.3", "f1_0.3", "precision_0.8",
                                         "recall_0.8", "f1_0.8", "speaker_accuracy"))

# ------------------------------------------------------------------------------ serve

@app.command()
@at_the_edge
def serve(db: str = typer.Option("eventwire.duckdb", "--db"),
          host: str = typer.Option("127.0.0.1", help="Address to bind; 127.0.0.1 keeps it local."),
          port: int = typer.Option(8000)) -> None:
    """Serve the HTTP API and the dashboard. Writes need EVENTWIRE_API_TOKEN."""
    from .api import serve as run_server

    run_server(db, host=host, port=port)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
