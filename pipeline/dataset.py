"""The history across runs: a DuckDB database that each run adds its documents, facts and findings to.

Keyed by doc_id, so adding the same file again changes nothing. A re-issued report of the same county
and year is another document: the one with the latest report date, then the latest added, is current.
Amounts are kept exactly: each fact's value as written in facts.csv, and as DECIMAL(38,10) in `number`.
"""
from __future__ import annotations

import csv
import hashlib
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from extractors.figures import scanner
from extractors.model import Document, Figure, Finding

from . import DEFAULT_DB, columns
from .checks.across import check_across
from .frames import csv_rows
from .writers import finding_row

SQL_TYPE = {"int": "INTEGER", "decimal": "VARCHAR", "text": "VARCHAR", "code": "VARCHAR"}
EXACT = "DECIMAL(38,10)"   # 10 places: a unit price in 元 may be written with 10 (0.4855882353元)
STORED = {"documents": columns.DOCUMENTS, "facts": columns.FACTS, "findings": columns.FINDINGS}
KEYS = {"documents": "doc_id", "facts": "fact_id", "findings": "finding_id"}


EXTRA = {"documents": [("ingested_at", "TIMESTAMP"), ("run", "VARCHAR")], "facts": [("number", EXACT)], "findings": []}


def _stored_columns(name: str) -> list[tuple[str, str]]:
    return [(c.name, SQL_TYPE[c.type]) for c in STORED[name]] + EXTRA[name]


def _create(con: duckdb.DuckDBPyConnection) -> None:
    for name in STORED:
        cols = [f'"{col}" {sql}' + (" PRIMARY KEY" if col == KEYS[name] else "") for col, sql in _stored_columns(name)]
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(cols)})")
        # the contract grows only by adding columns: a database from an earlier ziping gets them, empty
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                                          [name]).fetchall()}
        for col, sql in _stored_columns(name):
            if col not in have:
                con.execute(f'ALTER TABLE {name} ADD COLUMN "{col}" {sql}')
    con.execute(f"""CREATE TABLE IF NOT EXISTS document_fields (doc_id VARCHAR, field VARCHAR, kind VARCHAR,
                    value VARCHAR, number {EXACT}, fact_id VARCHAR, PRIMARY KEY (doc_id, field))""")
    con.execute("""CREATE OR REPLACE VIEW document_versions AS
        SELECT d.*,
               row_number() OVER (PARTITION BY county, year
                                  ORDER BY NULLIF(report_date, '') DESC NULLS LAST, ingested_at DESC, doc_id) AS version_rank,
               count(*) OVER (PARTITION BY county, year) AS versions
        FROM documents d WHERE status = 'ok' AND county <> '' AND year IS NOT NULL""")
    fields = []
    for field, (_, kind) in columns.canonical_fields().items():
        source = "value" if kind == "date" else "number"
        fields.append(f"max(f.{source}) FILTER (WHERE f.field = '{field}') AS {field}")
    con.execute(f"""CREATE OR REPLACE VIEW county_year AS
        SELECT v.province, v.city, v.county, v.year, v.report_date, v.grade, {', '.join(fields)},
               v.n_errors, v.n_warnings, v.versions, v.doc_id, v.path
        FROM document_versions v LEFT JOIN document_fields f USING (doc_id)
        WHERE v.version_rank = 1
        GROUP BY ALL ORDER BY v.county, v.year""")


@contextmanager
def connect(db: Path, read_only: bool = False):
    if not read_only:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db), read_only=read_only)
    try:
        if not read_only:
            _create(con)
        yield con
    finally:
        con.close()


def _incoming(table: tuple[columns.Column, ...], rows) -> pd.DataFrame:
    """CSV rows as strings, text as the report has it (the CSV's formula guard taken off)."""
    data = {c.name: [] for c in table}
    for row in rows:
        for c in table:
            data[c.name].append(columns.restored(row[c.name]) if c.type == "text" else row[c.name])
    return pd.DataFrame(data, columns=columns.names(table), dtype=object)


def _insert(name: str) -> str:
    """INSERT INTO name (its columns) SELECT the incoming CSV columns, ints cast, then the extra columns'
    values, which the statement appends."""
    names = ", ".join(f'"{col}"' for col, _ in _stored_columns(name))
    cast = ", ".join(f"TRY_CAST(NULLIF(\"{c.name}\", '') AS INTEGER)" if c.type == "int" else f'"{c.name}"'
                     for c in STORED[name])
    return f"INSERT INTO {name} ({names}) SELECT {cast}"


def cross_finding_key(row: dict) -> str:
    """A finding across documents has no document; its key is what it says about which figures."""
    return "X-" + hashlib.sha1(f"{row['rule']} {row['facts']}".encode()).hexdigest()[:12]


def ingest(con: duckdb.DuckDBPyConnection, out: Path) -> list[str]:
    """Add a run's outputs to the database; returns the doc_ids that were new."""
    out = Path(out)
    docs = _incoming(columns.DOCUMENTS, csv_rows(out / "documents.csv")).drop_duplicates("doc_id")
    fact_rows = list(csv_rows(out / "facts.csv"))     # the columns first_by_field reads hold no text to restore
    facts = _incoming(columns.FACTS, fact_rows)
    findings = _incoming(columns.FINDINGS, csv_rows(out / "findings.csv"))
    across = findings["doc_id"] == ""
    findings.loc[across, "finding_id"] = [cross_finding_key(r) for r in findings[across].to_dict("records")]
    findings = findings.drop_duplicates("finding_id")
    fields = pd.DataFrame(
        [{"doc_id": doc_id, "field": field, "kind": row["kind"], "value": row["value"], "fact_id": row["fact_id"]}
         for doc_id, by_field in columns.first_by_field(fact_rows).items()
         for field, row in by_field.items()],
        columns=["doc_id", "field", "kind", "value", "fact_id"], dtype=object)
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("incoming_documents", docs)
        new = [r[0] for r in con.execute(
            "SELECT doc_id FROM incoming_documents WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchall()]
        con.register("new_ids", pd.DataFrame({"doc_id": new}, dtype=object))
        con.execute(f"""{_insert("documents")}, now(), ?
                        FROM incoming_documents WHERE doc_id IN (SELECT doc_id FROM new_ids)""", [str(out)])
        con.register("incoming_facts", facts)
        con.execute(f"""{_insert("facts")},
                        CASE WHEN kind <> 'date' THEN TRY_CAST(value AS {EXACT}) END
                        FROM incoming_facts WHERE doc_id IN (SELECT doc_id FROM new_ids)""")
        con.register("incoming_fields", fields)
        con.execute(f"""INSERT INTO document_fields SELECT doc_id, field, kind, value,
                        CASE WHEN kind <> 'date' THEN TRY_CAST(value AS {EXACT}) END, fact_id
                        FROM incoming_fields WHERE doc_id IN (SELECT doc_id FROM new_ids)""")
        con.register("incoming_findings", findings)
        con.execute(f"""{_insert("findings")} FROM incoming_findings
                        WHERE (doc_id IN (SELECT doc_id FROM new_ids)
                               OR doc_id = '' AND finding_id NOT IN (SELECT finding_id FROM findings))""")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return new


def _unit_scale(unit: str) -> Decimal:
    """万元 → 10000: the multiplier and unit a figure was written in (its value is in the base unit)."""
    sc = scanner()
    if unit in sc.units:
        return sc.units[unit].scale
    for mult, factor in sc.multipliers.items():
        rest = unit[len(mult):]
        if unit.startswith(mult) and (rest in sc.units or rest == ""):
            return factor * (sc.units[rest].scale if rest else 1)
    return Decimal(1)


def figure_of_fact(row: dict) -> Figure:
    """A stored fact as the checks read it. Decimals are those of the written number (2460万元 → 0), so a
    figure written with trailing zeros (2460.00万元) is read more leniently than in its own run."""
    scale = _unit_scale(row["unit"])
    value = Decimal(row["value"])
    decimals = max(0, -(value / scale).normalize().as_tuple().exponent)
    return Figure(row["kind"], value, row["unit"], row["text"], row["start"], row["end"], field=row["field"],
                  fact_id=row["fact_id"], decimals=decimals, scale=scale)


def _documents(con, where: str, params: list) -> list[Document]:
    docs = {}
    for doc_id, path, county, year in con.execute(
            f"SELECT doc_id, path, county, year FROM document_versions WHERE {where}", params).fetchall():
        docs[doc_id] = Document(path=path, doc_id=doc_id, county=county, year=year)
    if docs:
        cursor = con.execute("""SELECT f.doc_id, f.fact_id, f.kind, f.value, f.unit, f.text, f.start, f."end", f.field
                                FROM facts f JOIN document_fields d USING (fact_id)
                                WHERE f.doc_id IN (SELECT unnest(?)) AND f.kind <> 'date'""", [list(docs)])
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            docs[row["doc_id"]].figures.append(figure_of_fact(row))
    return list(docs.values())


def cross_year(con: duckdb.DuckDBPyConnection, run_ids: list[str]) -> list[Finding]:
    """This run's documents against the current reports of their counties' other years in the database:
    the cross_year rule of checks/across.py, unchanged, over both."""
    run = _documents(con, "doc_id IN (SELECT unnest(?))", [run_ids])
    counties = sorted({d.county for d in run})
    if not counties:
        return []
    earlier = _documents(con, "version_rank = 1 AND county IN (SELECT unnest(?)) AND doc_id NOT IN (SELECT unnest(?))",
                         [counties, run_ids])
    theirs = {f.fact_id for d in earlier for f in d.figures}
    return [f for f in check_across(run + earlier)
            if f.rule == "cross_year" and any(x.fact_id in theirs for x in f.figures)]


def add_run(db: Path, out: Path) -> tuple[list[str], list[Finding]]:
    """Ingest a run's outputs and check its documents against the other years the database holds; the
    findings are appended to the run's findings.csv and stored too. Returns (new doc_ids, findings)."""
    out = Path(out)
    run_ids = [r["doc_id"] for r in csv_rows(out / "documents.csv") if r["status"] == "ok"]
    with connect(db) as con:
        new = ingest(con, out)
        findings = cross_year(con, run_ids)
        if findings:
            _append_findings(out, findings)
            ingest(con, out)    # the new findings, by their keys; everything else is already there
    return new, findings


def _append_findings(out: Path, findings: list[Finding]) -> None:
    existing = list(csv_rows(out / "findings.csv"))
    known = {cross_finding_key(r) for r in existing if r["doc_id"] == ""}
    # facts.csv names this run's figures only: the earlier report's figure is in the message
    here = {r["fact_id"] for r in csv_rows(out / "facts.csv")}
    n = sum(r["doc_id"] == "" for r in existing)
    with open(out / "findings.csv", "a", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns.names(columns.FINDINGS))
        for finding in findings:
            row = finding_row(finding)
            row["facts"] = " ".join(x for x in row["facts"].split() if x in here)
            if cross_finding_key(row) in known:
                continue
            n += 1
            row["finding_id"] = f"X-F{n}"
            writer.writerow(columns.safe_row(row))


def county_year(db: Path, county: str | None = None) -> pd.DataFrame:
    """The county_year view as a DataFrame; numbers are exact Decimals."""
    with connect(db, read_only=True) as con:
        where, params = ("WHERE county = ?", [county]) if county else ("", [])
        cursor = con.execute(f"SELECT * FROM county_year {where}", params)
        names = [d[0] for d in cursor.description]
        return pd.DataFrame(cursor.fetchall(), columns=names, dtype=object)
