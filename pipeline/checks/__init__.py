"""Every check of a report's figures, composed in one place; finding ids in order."""
from __future__ import annotations

from extractors.model import Document, Finding

from .across import check_across as _across
from .bases import names_its_base
from .canonical import check_canonical
from .context import check_context
from .findings import CONTRADICTION, caution_ocr, verdict
from .plausible import check_plausible
from .rounding import ratio_percent
from .scores import check_scores
from .tables import check_tables
from .text import check_text


def check_document(doc: Document) -> None:
    findings = check_canonical(doc)
    # a rate whose canonical check could not run (the spent amount is not all funds') is left to the text
    # relations, which read its numerator and base in its own sentence; so is a share that names its base (no
    # provincial amount for 占援助资金总数的73.4%)
    declared = {id(f.figures[0]) for f in findings if f.figures and not (f.computed == "" and (
        f.rule in ("execution_rate", "county_growth") or names_its_base(doc, f.figures[0])))}
    findings += check_context(doc, declared)
    findings += check_text(doc, declared)
    findings += check_tables(doc)
    findings += check_scores(doc)
    findings += check_plausible(doc)
    findings = _without_rates_a_slip_explains(_without_repeats(findings))
    caution_ocr(findings)
    for n, f in enumerate(findings, start=1):
        f.doc_id, f.finding_id = doc.doc_id, f"{doc.doc_id}-F{n}"
    doc.findings = findings


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """One relation reached by two checks (a 其中 list that is also a breakdown) is one finding; so is one
    pair of values said to differ, in either order and wherever each is written again."""
    seen, out = set(), []
    for f in findings:
        values = frozenset((f.declared, f.computed))
        key = (f.rule, values) if f.rule == "same_figure_differs" else \
            (f.rule, values, frozenset(id(x) for x in f.figures))
        # the levels of a table against its 合计 row and against the text's total of equal value, judged alike: one
        # sum (a warning that a level may be unlisted beside an error that the list falls short says two things)
        parts = (f.severity, values, frozenset(id(x) for x in f.figures[1:])) \
            if f.computed != "" and len(f.figures) > 2 else None
        if key not in seen and parts not in seen:
            seen.update((key, parts) if parts else (key,))
            out.append(f)
    return out


def _without_rates_a_slip_explains(findings: list[Finding]) -> list[Finding]:
    """全年累计支出42,317.56万元，占到位资金的95.94% … 表中全年执行数42,371.56 | 执行率95.94%: where one amount is stated
    twice in error and the rate holds with its other statement, the slip is the amount's (one error), not the rate's."""
    other = {}
    for f in findings:
        if f.rule == "same_figure_differs" and f.severity == "error" and len(f.figures) == 2:
            a, b = f.figures
            other[id(a)], other[id(b)] = b, a

    def explained(f: Finding) -> bool:
        if f.rule not in ("budget_rate", "execution_rate") or f.severity != "error" or len(f.figures) != 3:
            return False
        rate, executed, base = f.figures
        ratio = id(executed) in other and ratio_percent(other[id(executed)], base)
        return bool(ratio) and verdict(rate, *ratio) != CONTRADICTION
    return [f for f in findings if not explained(f)]


def check_across(docs: list[Document]) -> list[Finding]:
    findings = _without_repeats(_across(docs))
    caution_ocr(findings)
    for n, f in enumerate(findings, start=1):
        f.doc_id, f.finding_id = "", f"X-F{n}"
    return findings
