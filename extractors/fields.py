"""Canonical fields by the named rules of patterns/fields.toml."""
from __future__ import annotations

import calendar
from decimal import Decimal
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import islice, takewhile

import regex

import patterns

from . import regexp
from .context import (AS_OF, CITED_TITLE, INTEGRATED_FUNDS, LEVEL_PAIRS, LIST_NUMBER, ONE_LEVEL, PART_OF_YEAR, QUOTES,
                      SPAN_TO, SPAN_TO_NOW, earlier_years, figures_in, level_named, lexicon, main_fund, since_year)
from .metadata import by_a_third_party, township_reporting
from .model import Document, Figure
from .sentences import clause_start, line_end, line_start, period_end, period_start, sentence_end, sentence_start
from .table_figures import cues as table_cues, figures_by_row, level_rows
from .wordlist import longest_first

FUNDS_FIELDS = ("funds_", "execution_rate")     # the fields of the report's own funds
SELF_ASSESSED = "自评"
EVALUATION_SCORE = "evaluation_score_overall"     # the rule of an evaluator's report's total score
ISO_DATE = regexp.compile(r"\d{4}-\d{2}-\d{2}")
INTEGRATED_RATE = "spending_rate_of_integrated_funds"      # the rule in patterns/fields.toml
AMOUNTS_OF_A_RATE = ("funds_spent", "funds_received_total", "provincial_funds_industry")
ANSWER_REACH = 6    # characters before a figure its answer's mark (答：) stands in
GLOSS_TAIL = regexp.compile(r"[(（]即([^()（）]*)[)）]\s*$")    # …困难户（即防止返贫监测对象）845户: the gloss names it
PER_EACH = regexp.compile(r"每个?(?:村|户|人|亩|项目|家|所|项)")     # 每个项目由省级奖补30万元: an amount for each
PART_CLAUSE_REACH = 8     # characters after a total its 其中 may open in (…万元，其中：…)
# in the order they are tried: a short unit first (once per combination, _candidates), the clause before the
# longer sentence and whole
TEXT_CONDITIONS = ("unit", "clause", "not_clause", "after", "not_after", "row", "column", "not_row", "not_column",
                   "sentence", "not_sentence", "whole", "not_whole", "title")


@dataclass(frozen=True)
class Rule:
    name: str
    field: str
    kind: str
    source: str
    units: tuple[tuple[bool, regexp.Pattern], ...]      # (negated, pattern) on the unit as written
    conditions: tuple[tuple[str, bool, regexp.Pattern], ...]     # (context attribute, negated, pattern)
    previous: regexp.Pattern | None
    follows: regexp.Pattern | None      # the field of the figure right before in its sentence
    indicators: frozenset
    bound: bool
    role: str
    past: bool


@cache
def rules() -> tuple[Rule, ...]:
    out = []
    for r in patterns.load("fields")["rule"]:
        conditions = tuple((key.removeprefix("not_"), key.startswith("not_"), regexp.compile(r[key]))
                           for key in TEXT_CONDITIONS if key in r)
        out.append(Rule(
            name=r["name"], field=r["field"], kind=r["kind"], source=r.get("source", "paragraph"),
            units=tuple((negated, pattern) for key, negated, pattern in conditions if key == "unit"),
            conditions=tuple(c for c in conditions if c[0] != "unit"),
            previous=regexp.compile(r["previous"]) if r.get("previous") else None,
            follows=regexp.compile(r["follows"]) if r.get("follows") else None, indicators=frozenset(r.get("indicators", ())), bound=r.get("bound", False),
            role=r.get("role", ""), past=r.get("past", False)))
    return tuple(out)


@cache
def _rules_by_kind() -> dict[tuple[str, bool], tuple[Rule, ...]]:
    """(kind, in a table) → the rules that may hold, in their order."""
    out: dict[tuple[str, bool], list[Rule]] = {}
    for rule in rules():
        out.setdefault((rule.kind, rule.source == "table"), []).append(rule)
    return {key: tuple(group) for key, group in out.items()}


# A figure's kind, unit, role, bound, indicator and year, and the fields before it in its sentence, decide most
# rules before its text is read: the rules that remain are kept per combination, so that each figure tries only
# those (some thousands of combinations in a batch; the bound keeps a hostile table's units from growing the cache).
@lru_cache(maxsize=4096)
def _candidates(kind: str, in_table: bool, unit: str, role: str, bound: bool, indicator: int | None, past: bool,
                previous: frozenset, follows: str, part: bool) -> tuple[Rule, ...]:
    """The rules, in their order, whose conditions on these properties of a figure hold; part: the figure is
    a part after its total (…万元，其中…), which takes no field an earlier figure of its sentence has."""
    earlier_year_fields = _earlier_year_fields()
    return tuple(
        rule for rule in _rules_by_kind().get((kind, in_table), ())
        if not (rule.role and rule.role != role)
        and (rule.bound or not bound)
        and not (rule.indicators and indicator is not None and indicator not in rule.indicators)
        and not (past and rule.field not in earlier_year_fields or rule.past and not past)
        and all((pattern.search(unit) is None) == negated for negated, pattern in rule.units)
        and not (rule.previous and not any(rule.previous.fullmatch(f) for f in previous))
        and not (rule.follows and not rule.follows.fullmatch(follows))
        and not (part and rule.field in previous))


@dataclass
class Context:
    """The texts the rules read around a figure. The sentence, what follows the figure and the whole sentence
    are cut only when a rule reads them: most figures are decided by their clause alone."""
    doc: Document
    figure: Figure
    start: int            # where the figure's sentence starts (its cell's start in a table)
    clause: str
    title: str
    row: str
    column: str
    previous: frozenset   # fields of earlier figures in the same sentence
    clause_since_previous: str  # the sentence's text since the previous figure (or its start)
    sentence_head: str          # the sentence's text before its first figure
    follows: str          # field of the figure right before

    @cached_property
    def sentence(self) -> str:
        if self.figure.cell is not None:
            return self.clause
        return QUOTES.sub("", CITED_TITLE.sub("《》", self.doc.norm[self.start:self.figure.start]))

    @cached_property
    def after(self) -> str:
        figure = self.figure
        end = figure.cell.end if figure.cell is not None else sentence_end(self.doc, figure.end)
        return self.doc.norm[figure.end:end]

    @cached_property
    def whole(self) -> str:
        figure, norm = self.figure, self.doc.norm
        if figure.cell is not None:
            return norm[figure.cell.start:figure.cell.end]
        start = self.start
        if start > 0 and norm[start - 1] in "；;":
            # …到位18,645.27万元。其中，中央资金…；省级资金…；市级资金300万元: one period's list, its clauses cut by ；
            start = period_start(self.doc, start)
        whole = CITED_TITLE.sub("《》", norm[start:self.start]) + self.sentence + figure.text + self.after
        if start > 0 and _continues_previous().match(norm[start:start + 16]):     # 共到位…万元。其中：中央资金…
            whole = norm[sentence_start(self.doc, start - 1):start] + whole
        elif NUMBERED_ITEM.match(norm, line_start(self.doc, start)):
            whole = _lead_of_the_list(self.doc, start) + whole
        return whole


NUMBERED_ITEM = regexp.compile(r"\s*\d{1,2}\s*[.．、]")     # a line that is one item of a numbered list (1.中央…)


def _lead_of_the_list(doc: Document, at: int) -> str:
    """…全县共整合到位衔接资金26,318.40万元。\n1.中央财政衔接资金16,420万元…\n2.省级…: the last sentence before the
    numbered lines the figure's line is one of, which says what the items are of."""
    line = line_start(doc, at)
    while line > 0:
        above = line_start(doc, line - 1)
        if not NUMBERED_ITEM.match(doc.norm, above):
            end = len(doc.norm[above:line].rstrip()) + above
            return doc.norm[sentence_start(doc, max(above, end - 1)):end] if end > above else ""
        line = above
    return ""


def _context(doc: Document, figure: Figure, earlier: list[Figure]) -> Context:
    norm = doc.norm
    if figure.cell is not None:
        cell_text = norm[figure.cell.start:figure.start]
        return Context(doc, figure, figure.cell.start, clause=cell_text, title=doc.title, row=figure.row_label,
                       column=figure.column_header, previous=frozenset(), clause_since_previous=cell_text,
                       sentence_head=cell_text, follows="")
    start = sentence_start(doc, figure.start)
    in_sentence = [f for f in earlier if f.cell is None and f.end > start and not f.year_end]
    clause = clause_start(doc, figure.start)
    if in_sentence:
        clause = max(clause, in_sentence[-1].end)
    since = norm[in_sentence[-1].end if in_sentence else start:figure.start]
    head = norm[start:in_sentence[0].start if in_sentence else figure.start]
    clause_text = _qualifier_tail().sub("", QUOTES.sub("", norm[clause:figure.start]))
    gloss = GLOSS_TAIL.search(clause_text)
    clause_text = gloss.group(1) if gloss else clause_text
    if not clause_text.strip() and _cues()["answer"].search(norm, max(0, clause - ANSWER_REACH), clause) \
            and (section := doc.section_at(figure.start)) is not None:
        clause_text = section.title     # （四）资金执行率\n答：98.43%。: the answer to the heading's question
    # (…；市级资金300万元；县本级预算安排5,700万元: the levels before it in its period, over the ；)
    stated = [f for f in earlier if f.cell is None and f.end > period_start(doc, start)] \
        if start and norm[start - 1] in "；;" and level_named(head) not in ("", "all") else in_sentence
    return Context(doc, figure, start, clause=clause_text, title=doc.title, row="", column="",
                   previous=frozenset(f.field for f in stated if f.field), clause_since_previous=since,
                   sentence_head=head, follows=in_sentence[-1].field if in_sentence else "")


def _holds(rule: Rule, ctx: Context) -> bool:
    """Whether the conditions of a candidate rule (_candidates) on the figure's text hold."""
    for key, negated, pattern in rule.conditions:
        if (pattern.search(getattr(ctx, key)) is None) != negated:
            return False
    return True


@cache
def _cues() -> dict:
    """The context cues of fields.toml, compiled once."""
    data = patterns.load("fields")
    return {"per_unit": regexp.compile(data["per_unit"]), "per_unit_parts": regexp.compile(data["per_unit_parts"]),
            "cumulative": regexp.compile(data["context"]["counts"]["cumulative"]),
            "part_named": regexp.compile(data["part_named"]),
            "part_clause": regexp.compile(data["part_clause"]), "passed_mark": frozenset(data["passed_mark"]),
            "restated": regexp.compile(data["restated"]), "counted_before": regexp.compile(data["counted_before"]),
            "reward_total": regexp.compile(data["reward_total"]), "project_name_label": regexp.compile(data["project_name_label"]),
            "items_lead": regexp.compile(data["items_lead"], long_text=True),
            "breakdown_lead": regexp.compile(data["breakdown_lead"]),
            "list_lead": regexp.compile(data["list_lead"]),
            "all_levels_total": regexp.compile(data["all_levels_total"]),
            "arranged_total": regexp.compile(data["arranged_total"]),
            "county_growth_after": regexp.compile(data["county_growth_after"]),
            "county_change_between": regexp.compile(data["county_change_between"]),
            "county_growth_after_prior": regexp.compile(data["county_growth_after_prior"]),
            "arranged_total_not": regexp.compile(data["arranged_total_not"]),
            "project_funds": regexp.compile(data["project_funds"]),
            "items_list_lead": regexp.compile(data["items_list_lead"]),
            "one_project_title": regexp.compile(data["one_project_title"]),
            "answer": regexp.compile(data["answer"]),
            "upper_levels_only": regexp.compile(data["upper_levels_only"]),
            "breakdown_lead_line": regexp.compile(data["breakdown_lead_line"]),
            "made_of_lead": regexp.compile(data["made_of_lead"]),
            "closing_sum": regexp.compile(data["closing_sum"]),
            "level_total_clause": regexp.compile(data["level_total_clause"]),
            "all_kinds": regexp.compile(data["all_kinds"]),
            "years_so_far": regexp.compile(data["years_so_far"]),
            "brought_forward": regexp.compile(data["brought_forward"]),
            "adjusted_total": regexp.compile(data["adjusted_total"]),
            "original_amount": regexp.compile(data["original_amount"]),
            "initial_budget": regexp.compile(data["initial_budget"]),
            "rate_over_initial_budget": regexp.compile(data["rate_over_initial_budget"]),
            "final_score": regexp.compile(data["final_score"]),
            "county_self_total": regexp.compile(data["county_self_total"]),
            "some_items_caption": regexp.compile(data["some_items_caption"]),
            "points_adjusted": regexp.compile(data["points_adjusted"]),
            "own_contribution_row": regexp.compile(data["own_contribution_row"]),
            "change_clause": regexp.compile(data["change_clause"]),
            "change_before": regexp.compile(data["change_before"]),
            "batches_total": regexp.compile(data["batches_total"]),
            "batches_in_turn": regexp.compile(data["batches_in_turn"]),
            "part_of_the_pool": regexp.compile(data["part_of_the_pool"]),
            "follow_up": regexp.compile(data["follow_up"]),
            "growth_after": regexp.compile(data["growth_after"]),
            "own_parts_cue": regexp.compile(data["own_parts_cue"]),
            "upper_part": regexp.compile(data["upper_part"]),
            "plans_heading": regexp.compile(data["plans_heading"]),
            "plans_paragraph": regexp.compile(data["plans_paragraph"]),
            "item_full_marks": regexp.compile(data["item_full_marks"]),
            "all_funds_together": regexp.compile(data["all_funds_together"]),
            "share_after": regexp.compile(data["share_after"]),
            "beside_the_total": regexp.compile(data["split_by_level"]["beside"]),
            "upper_levels_share_after": regexp.compile(data["upper_levels_share_after"]),
            "funds_joined": regexp.compile(data["funds_joined"]),
            "split_after": regexp.compile(data["split_after"]),
            "plan_parts": regexp.compile(data["plan_parts"]),
            "made_of": regexp.compile(patterns.load("relations")["composed_of"]),
            "sources_heading": regexp.compile(patterns.load("relations")["context"]["sources_heading"]),
            "whole_budget_title": regexp.compile(data["context"]["whole_budget_title"]),
            "whole_budget_not": regexp.compile(data["context"]["whole_budget_not"])}


@cache
def bounds() -> frozenset[str]:
    """The qualifiers that make a figure a bound (以上, 不低于): loaded once."""
    return frozenset(patterns.load("fields")["bounds"])


@cache
def _qualifier_tail() -> regexp.Pattern:
    """约 / 近 / 超过 written just before a number: the clause is read without it (已支出近1.8亿元)."""
    return regexp.compile("(?:" + longest_first(patterns.load("units")["qualifiers"]["before"]) + r")\s*$")


@cache
def _continues_previous() -> regexp.Pattern:
    return regexp.compile(patterns.load("fields")["continues_previous"])


@cache
def _earlier_year_fields() -> frozenset:
    return frozenset(patterns.load("fields")["earlier_year_fields"])


def _speaks_of_earlier_year(ctx: "Context", year: int | None, heads: dict[str, list]) -> bool:
    """The year the figure is about is an earlier one: the year named since the previous figure
    (由2021年的1620万元), else the year the sentence opens with (上年共到位…，脱贫户1120户). heads: the years
    named in each sentence head read so far, for it is the same for all the figures of its sentence."""
    named = earlier_years(ctx.clause_since_previous)
    if not named and lexicon().this_year.search(ctx.clause_since_previous):
        return False            # …由上年的2,500万元增加到本年的2,900万元: the year's own
    if not named:
        if ctx.sentence_head not in heads:
            heads[ctx.sentence_head] = earlier_years(ctx.sentence_head)
        named = heads[ctx.sentence_head]
    if not named:
        return False
    last = named[-1]
    if last.group(1) is not None and since_year(last):
        return False            # 2016年以来…已全部脱贫: up to the report's year
    return last.group(1) is None or (year is not None and int(last.group(1)) < year)


def assign_fields(doc: Document) -> None:
    _by_phrase(doc, range(len(doc.figures)))
    _fit_context(doc)
    # (…上述项目共支出以工代赈资金1198.35万元，占下达资金的95.11%: the rules of a rate that read the amount before it, where
    # the context gave that amount its field; the county's own funds and their growth have passes of their own below)
    _by_phrase(doc, [n for n, f in enumerate(doc.figures) if n and not f.field and f.cell is None
                     and doc.figures[n - 1].field_rule in _context_rule_names()
                     and doc.figures[n - 1].field in AMOUNTS_OF_A_RATE], reading_before=True)
    _counts_in_context(doc)
    _one_project_tables(doc)
    _tables_of_every_source(doc)
    _integrated_funds_give_way(doc)
    _spent_beside_the_rate(doc)
    _total_split_by_level(doc)
    _levels_after_the_total(doc)
    _items_after_their_total(doc)
    _breakdown_after_its_total(doc)
    _parts_before_their_sum(doc)
    _total_closing_its_sources(doc)
    _total_with_own_funds(doc)
    _sources_closed(doc)
    _levels_of_the_sources(doc)
    _parts_of_a_level(doc)
    _levels_of_a_reward(doc)
    _county_funds_of_other_years_give_way(doc)
    _prior_year_after_county_funds(doc)     # (after every pass that gives the county's own funds their field)
    _growth_of_county_funds(doc)
    _prior_county_funds_of_the_growth(doc)
    _batches_give_way(doc)
    _level_batch_gives_way_to_its_total(doc)
    _all_kinds_give_way_to_the_reports_fund(doc)
    _a_share_of_the_field_is_none(doc)
    _spent_over_paid(doc)
    _integrated_is_no_spending(doc)
    _spent_by_items_of_a_list(doc)
    _county_part_of_levels(doc)
    _levels_beside_the_total(doc)
    _table_of_levels(doc)
    _available_over_this_years(doc)
    _restated_in_brackets(doc)
    _received_over_allocated(doc)
    _received_after_adjustment(doc)
    _rate_over_the_initial_budget_gives_way(doc)
    _running_total_gives_way(doc)
    _received_column_wins(doc)
    _prior_of_the_total_is_no_countys(doc)
    if _arranged_as_received(doc):
        _levels_after_the_total(doc)    # (…共计投入10,642万元。从资金来源看：中央…5,236万元，…: its levels)
    _keep_latest_date(doc)
    _latest_dated_figures_win(doc)
    _years_so_far_give_no_field(doc)
    _the_years_part_of_a_running_total(doc)
    _funds_together_give_way_to_the_reports_fund(doc)
    _a_parts_own_levels_are_not_the_reports(doc)
    _all_funds_together_take_the_field(doc)
    _industry_rows_give_way(doc)
    _industry_of_the_upper_levels_gives_way(doc)
    _one_levels_spending_gives_way(doc)
    _county_funds_compared_win(doc)
    _own_level_alone_is_all(doc)
    _one_level_closed_takes_the_field(doc)
    _levels_of_the_plan_give_way(doc)
    _table_total_of_a_part(doc)
    _table_spending_of_a_part(doc)
    _table_of_some_funds(doc)
    _table_of_some_items(doc)
    _table_of_one_level(doc)
    _subtotal_of_the_reports_funds(doc)
    _batches_listed_are_no_totals(doc)
    _scores_of_several_tables(doc)
    _evaluators_score_is_no_self_score(doc)
    _final_score_wins(doc)
    _an_items_score_is_no_self_score(doc)
    _respectively(doc)
    _whole_budget(doc)
    _counts_of_those_helped_give_way(doc)
    _exact_beside_the_approximate(doc)
    _the_tasks_own_win(doc)
    _plans_take_no_field(doc)
    _taken_back_is_not_received(doc)
    _parts_of_the_pool_give_way(doc)
    if doc.province in patterns.load("fields")["municipalities"]:
        for figure in doc.figures:
            if figure.field == "funds_received_city":
                figure.field = "funds_received_provincial"


def _by_phrase(doc: Document, which, reading_before: bool = False) -> None:
    """The field of the first rule that holds for each of the figures numbered so (with reading_before, of the rules
    that read the fields before it only)."""
    by_kind = _rules_by_kind()
    bound_words = bounds()
    part_clause = _cues()["part_clause"]
    heads: dict[str, list] = {}
    for n in which:
        figure = doc.figures[n]
        if (figure.kind, figure.cell is not None) not in by_kind or figure.cell is not None and n \
                and doc.figures[n - 1].cell is figure.cell and doc.figures[n - 1].kind == figure.kind:
            continue        # 38.75万元（少数民族发展资金37万元，中央衔接资金1.75万元） in one cell: the first is the cell's
        ctx = _context(doc, figure, doc.figures[max(0, n - 12):n])
        # (a cell's note that compares with the year before, 较上年2800万元增长7.14%: that year's amount)
        past = _speaks_of_earlier_year(ctx, doc.year, heads) if figure.cell is None \
            else bool(lexicon().prior_value.search(doc.norm, figure.cell.start, figure.start))
        part = bool(ctx.previous) and part_clause.match(ctx.clause_since_previous) is not None
        candidates = _candidates(figure.kind, figure.cell is not None, figure.unit, figure.role,
                                 figure.qualifier in bound_words, figure.indicator, past, ctx.previous, ctx.follows,
                                 part)
        for rule in candidates:
            if (not reading_before or rule.previous or rule.follows) and _holds(rule, ctx):
                figure.field, figure.field_rule = rule.field, rule.name
                break


@dataclass(frozen=True)
class ContextRule:
    name: str
    measures: frozenset
    levels: dict            # level → field, or {the one level it must have: field}
    purpose: str
    breakdown: bool         # the report's own figure, or one item of a breakdown
    item_only: bool         # one item of a breakdown only
    fund_named: bool
    clause: regexp.Pattern | None
    not_clause: regexp.Pattern | None
    after: regexp.Pattern | None
    not_after: regexp.Pattern | None
    not_sentence: regexp.Pattern | None
    prior: bool             # the figure is of the year before the report's


@cache
def _context_rules() -> tuple[dict, tuple[ContextRule, ...]]:
    data = patterns.load("fields")["context"]
    out = []
    for r in data["rule"]:
        out.append(ContextRule(
            name=r["name"], measures=frozenset(r["measures"]),
            levels=r["levels"] if "levels" in r else {r.get("level", ""): r["field"]},
            purpose=r.get("purpose", ""), breakdown=r.get("scope") in ("breakdown", "item"),
            item_only=r.get("scope") == "item", fund_named=r.get("fund_named", False),
            clause=regexp.compile(r["clause"]) if "clause" in r else None,
            not_clause=regexp.compile(r["not_clause"]) if "not_clause" in r else None,
            after=regexp.compile(r["after"]) if "after" in r else None,
            not_after=regexp.compile(r["not_after"]) if "not_after" in r else None,
            not_sentence=regexp.compile(r["not_sentence"]) if "not_sentence" in r else None,
            prior=r.get("prior", False)))
    return data, tuple(out)


@cache
def _context_rule_names() -> frozenset[str]:
    return frozenset(r.name for r in _context_rules()[1])


@cache
def _level_fields() -> dict[str, str]:
    """Each fund level's field of funds received (central → funds_received_central…)."""
    return next(r for r in _context_rules()[1] if r.name == "context_received_by_level").levels


def _fit_context(doc: Document) -> None:
    """A canonical field is the report's own figure of its own year: a figure of another scope (a project,
    a township, one county of a prefecture), of an earlier year, of a plan or of another level loses the
    field a phrase gave it; a figure of the report's own context takes the field of the first context
    rule it meets, however the sentence phrases it."""
    data, context_rules = _context_rules()
    cues = _cues()
    current = {str(doc.year) if doc.year else "", ""}
    earlier_fields = set(patterns.load("fields")["earlier_year_fields"])
    level_of_field = {field: level for level, field in _level_fields().items()}
    # a report on 中央和省级 funds only: their sum is all its funds
    # (and one on a fund of one level only, 中央专项彩票公益金: that level's amount is all of it)
    # (and one on the funds from above, 关于2022年上级财政衔接推进乡村振兴补助资金争取及拨付情况的报告: those are all of it,
    # as they are in a report that states no money of its own level)
    report_level = level_named(doc.title) if level_named(doc.title) in ("central_provincial", "upper") \
        else data["whole_level_funds"].get(main_fund(doc))
    # a report on one level's funds (2021年度市级财政衔接推进乡村振兴补助资金绩效自评报告): that level's spending and
    # rates are all of its own (its amount received keeps its level's field)
    # (but not where the text adds another level's funds to them: 中央预算内以工代赈投资1050万元，旗本级财政配套70万元)
    title_level = level_named(doc.title) if level_named(doc.title) in data["single_levels"] \
        and lexicon().fund.first(doc.title) == main_fund(doc) else ""
    if title_level and any(f.kind == "money" and f.cell is None and not f.scope
                           and f.fund_level in data["single_levels"] and f.fund_level != title_level for f in doc.figures):
        title_level = ""
    # a figure of another fund takes no field of this report's funds (its projects and people may still be the
    # report's: 统筹整合涉农资金…对接实施项目30个，其中乡村产业发展项目19个); a report on one task of the 衔接资金 names the
    # parent fund for its own money (下达财政衔接推进乡村振兴补助资金（少数民族发展任务）6805万元)
    own_funds = _own_funds(doc)
    upper = "all" if report_level == "upper" or not _own_level_stated(doc) else "upper"
    for f in doc.figures:
        if f.cell is None and (cues["per_unit"].search(doc.norm[clause_start(doc, f.start):f.start])
                               or cues["per_unit_parts"].search(doc.norm[sentence_start(doc, f.start):f.start])):
            f.field, f.field_rule = "", ""
            continue            # 每村25万元: a rate per village, not the report's amount
        # a year named alone is another year's figure; an as-of date or the date of one allocation is not
        # (2021年以来…争取到上级衔接资金3.04亿元: money over several years is no year's; a count of people is a stock)
        own_period = (f.period in current or not f.period.isdigit()) and not f.period.startswith(PART_OF_YEAR) \
            and not (f.kind in ("money", "percent") and f.period.endswith(SPAN_TO_NOW)) and SPAN_TO not in f.period
        level = "all" if f.fund_level and f.fund_level == report_level else upper if f.fund_level == "upper" \
            else f.fund_level
        if f.field:
            field_level = level_of_field.get(f.field)
            keep = (f.scope == "" or f.scope.startswith("分项:") and f.field in data["breakdown_fields"]) \
                and (own_period or f.field in earlier_fields) and f.fund not in data["other_budgets"] \
                and (not f.fund or f.fund in own_funds or not f.field.startswith(FUNDS_FIELDS)) \
                and (field_level is None or not level or level == field_level) \
                and not (f.field in data["all_funds_fields"] and level not in ("", "all") and level != title_level) \
                and f.measure not in data["never_fields"] \
                and not (f.field in data["county_fields"] and level == "all") \
                and not (f.field.startswith("funds_received") and f.measure in data["not_received"]) \
                and not (report_level in data["single_levels"] and f.fund_level not in ("", report_level)
                         and f.field.startswith(FUNDS_FIELDS)) \
                and not (f.field.startswith(FUNDS_FIELDS) and cues["counted_before"].match(doc.norm, f.end)) \
                and not (f.field.startswith("funds_received") and f.purpose and f.cell is None
                         and (_names_use(doc.norm[sentence_start(doc, f.start):f.start], f.purpose)
                              or "其中" in doc.norm[period_start(doc, f.start):f.start]))
            if keep:
                continue
            f.field, f.field_rule = "", ""
        prior = doc.year is not None and f.period == str(doc.year - 1)
        if f.kind != "money" or f.cell is not None or not (own_period or prior) or f.qualifier in bounds() \
                or f.qualifier in cues["passed_mark"]:
            continue
        for rule in context_rules:
            field = _context_field(doc, f, level, rule, prior) or (
                _context_field(doc, f, "", rule, prior) if level and level == title_level and level not in rule.levels
                else "")
            if field:
                f.field, f.field_rule = field, rule.name
                break


def _own_level_stated(doc: Document) -> bool:
    """Whether the report states money of its own level (县本级…, 区级…; a prefecture's 市级…): only then are the funds
    from above (上级下达资金…) not all of its funds (a township's are all from above, its county's too)."""
    if township_reporting(doc):
        return False
    own = "county" if doc.county or not doc.city else "city"
    return any(f.kind == "money" and f.fund_level == own for f in doc.figures)


def _own_funds(doc: Document) -> set[str]:
    """The funds whose figures are the report's: its main fund, the fund it replaced, the parent of a task's."""
    data = _context_rules()[0]
    own = {main_fund(doc), *data["predecessor_funds"]}
    if main_fund(doc) in data["tasks_of"]:
        own.add(data["tasks_of"][main_fund(doc)])
    # (…补助资金（欠发达国有林场巩固提升任务）绩效自评报告: the one task the title names is the report's own money)
    if task := _titles_task(doc):
        own.add(task)
    return own


def _titles_task(doc: Document) -> str:
    """The one task of a fund the title names (…补助资金（少数民族发展任务）…, …补助资金（欠发达国有林场巩固提升）…), as the fund
    lexicon names it; "" where it names none or several."""
    tasks_of = _context_rules()[0]["tasks_of"]
    named = {lexicon().fund.first(m.group()) or m.group() for m in lexicon().task_heading.finditer(doc.title)} \
        | {name for m in lexicon().fund.matches(doc.title) if (name := lexicon().fund.names[m.group()]) in tasks_of}
    return named.pop() if len(named) == 1 else ""


def _names_use(text: str, purpose: str) -> bool:
    """Whether the text names the use, in its words or another's of the lexicon (产业项目21个 names 产业发展)."""
    return purpose in text or any(lexicon().purpose.names[m.group()] == purpose for m in lexicon().purpose.matches(text))


def _context_field(doc: Document, f: Figure, level: str, rule: ContextRule, prior: bool) -> str:
    if rule.prior != prior or f.measure not in rule.measures or f.purpose != rule.purpose \
            or rule.fund_named and not f.fund:
        return ""
    data = _context_rules()[0]
    if f.fund and f.fund != main_fund(doc) and not (prior and f.fund in data["predecessor_funds"]) \
            or f.fund in data["other_budgets"]:
        return ""           # 统筹整合资金已支出… in a report on 衔接资金 is another fund's spending
    if f.scope and not (rule.breakdown and f.scope.startswith("分项:")) or rule.item_only and not f.scope:
        return ""
    clause = doc.norm[clause_start(doc, f.start):f.start]
    if rule.clause and not rule.clause.search(clause) or rule.not_clause and rule.not_clause.search(clause):
        return ""
    if _cues()["part_named"].search(clause):
        return ""           # 市级资金中的5,200万元按照因素法分配到5个县区: some of them
    if rule.after and not rule.after.match(doc.norm, f.end, sentence_end(doc, f.end)) \
            or rule.not_after and rule.not_after.match(doc.norm, f.end, sentence_end(doc, f.end)):
        return ""
    if rule.not_sentence and rule.not_sentence.search(doc.norm[sentence_start(doc, f.start):f.start]):
        return ""
    return rule.levels.get(level, "")


@cache
def _count_cues() -> tuple[dict, regexp.Pattern, regexp.Pattern, regexp.Pattern]:
    data = patterns.load("fields")["context"]["counts"]
    return {m: data[m] for m in ("lifted", "monitored")}, regexp.compile(data["named_before"]), \
        regexp.compile(data["not_served"]), regexp.compile("[，,；;：:]")


def _counts_in_context(doc: Document) -> None:
    """Households and persons lifted or monitored, of the report's own scope and year, where no phrase named
    the field: the first such count of each field, read from its measure and unit, unless its sentence or its
    clause makes it a count of people served (惠及脱贫户…, 向718户脱贫户发放…)."""
    fields_of, named_before, served, clause_end = _count_cues()
    current = {str(doc.year) if doc.year else "", ""}
    taken = {f.field for f in doc.figures if f.field}
    for n, f in enumerate(doc.figures):
        if f.kind != "count" or f.field or f.cell is not None or f.scope or f.qualifier in bounds() \
                or f.period not in current and f.period.isdigit():
            continue
        field = fields_of.get(f.measure, {}).get(f.unit.removeprefix("万"), "")
        if not field or field in taken:
            continue
        previous = doc.figures[n - 1] if n else None
        if not named_before.search(doc.norm[clause_start(doc, f.start):f.start]) and not (
                previous is not None and previous.field == fields_of[f.measure]["户"] and previous.end == f.start):
            continue            # 1099户2172人: the persons right after their households
        after = doc.norm[f.end:sentence_end(doc, f.end)]
        cut = clause_end.search(after)
        if served.search(doc.norm[sentence_start(doc, f.start):f.start]) \
                or served.search(after[:cut.start() if cut else len(after)]):
            continue
        f.field, f.field_rule = field, "context_counts"
        taken.add(field)


@cache
def _respectively_cues() -> tuple[regexp.Pattern, regexp.Pattern, dict]:
    data = patterns.load("fields")
    return regexp.compile(data["respectively"]), regexp.compile(data["respectively_context"]), data["respectively_fields"]


def _respectively(doc: Document) -> None:
    """中央、省级、县级资金分别为2130万元、5820万元、700万元: each level takes its amount, in order."""
    pattern, context, level_fields = _respectively_cues()
    starts: list[int] | None = None
    for m in pattern.finditer(doc.norm):
        start, end = sentence_start(doc, m.start()), sentence_end(doc, m.end())
        if not context.search(doc.norm, start, end):
            continue
        levels = regex.split(r"\s*[、和及]\s*", m.group("levels"))
        if starts is None:
            starts = [f.start for f in doc.figures]
            in_order = starts == sorted(starts)
        # the figures of the sentence by bisection where they are in order, not every figure of the text
        near = doc.figures[bisect_left(starts, m.end()):bisect_left(starts, end)] if in_order else doc.figures
        amounts = [f for f in near if f.kind == "money" and m.end() <= f.start < end and f.cell is None]
        if len(amounts) < len(levels) or any(f.field for f in amounts[:len(levels)]):
            continue
        for level, figure in zip(levels, amounts):
            figure.field = level_fields[level]
            figure.field_rule = "levels_respectively"


def _tables_of_every_source(doc: Document) -> None:
    """资金来源 | 计划投资 | 到位资金 | 已支出 / 中央衔接资金 | … / 群众投工投劳折资 | 132.5 | … / 合计 | 2687.5 | …: a table
    whose rows include what people or firms put in themselves totals a whole investment, not the funds received, spent
    or left; its total row takes no field of them."""
    own_share = _cues()["own_contribution_row"]
    rows: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is not None and f.kind == "money":
            rows.setdefault(f.table_index, []).append(f)
    for figures in rows.values():
        if any(own_share.search(f.row_label) for f in figures):
            for f in figures:
                if f.field.startswith(FUNDS_FIELDS) and table_cues()["sum_row"].search(f.row_label):
                    f.field, f.field_rule = "", ""


def _one_project_tables(doc: Document) -> None:
    """A 自评表 of one project (项目名称 | 某村加工车间建设项目) in a report whose title names no such project,
    where the running text gives the same field another value, or beside the table of another project: the
    table's figures are that project's."""
    label = _cues()["project_name_label"]
    in_text: dict[str, set] = {}
    for f in doc.figures:
        if f.field and f.cell is None:
            in_text.setdefault(f.field, set()).add(f.value)
    projects: dict[int, str] = {}
    for index, table in enumerate(doc.tables):
        cells = sorted(table.cells, key=lambda c: (c.row, c.col))
        names = [b.text.strip() for a, b in zip(cells, cells[1:]) if a.row == b.row and label.match(a.text)]
        if names and names[0] and names[0] not in doc.title:
            projects[index] = names[0]
    several = len(set(projects.values())) > 1
    by_table: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.table_index in projects and f.field:
            by_table.setdefault(f.table_index, []).append(f)
    for own in by_table.values():
        if several or any(f.field in in_text and f.value not in in_text[f.field] for f in own):
            for f in own:
                f.field, f.field_rule = "", ""


def _available_over_this_years(doc: Document) -> None:
    """资金级次 | 上年结转 | 本年下达 | 可用资金合计 / 中央资金 | 1,203.40 | 20,426.60 | 21,630.00: a level's funds of the
    year are what it brought forward and was given this year together, the row's cell that sums the two."""
    received = set(_level_fields().values())
    brought_forward = _cues()["brought_forward"]
    rows = {key: [f for f in row if f.kind == "money"] for key, row in figures_by_row(doc).items()}
    # (当年下达资金中：中央资金21,348万元… in the text beside such a table: the text names the year's own as its levels)
    in_text = {(f.field, f.value) for f in doc.figures if f.cell is None and f.field in received}
    # (二是2024年新下达资金13,357万元 beside a 合计 row whose 当年下达 is 13,357: the text's total is the year's own column's)
    totals = {f.value for f in doc.figures if f.cell is None and f.field == "funds_received_total"}
    own_columns = {f.column_header for row in rows.values() for f in row if f.value in totals
                   and not brought_forward.search(f.column_header)}
    for row in rows.values():
        carried = [f for f in row if brought_forward.search(f.column_header)]
        for f in row:
            if f.field not in received or not carried:
                continue
            whole = next((g for g in row for c in carried if g.cell.col > max(f.cell.col, c.cell.col)
                          and g.value == f.value + c.value), None)
            if whole is not None and ((f.field, f.value) in in_text or f.column_header in own_columns):
                if whole.field == f.field:
                    whole.field, whole.field_rule = "", ""
            elif whole is not None:
                whole.field, whole.field_rule = f.field, "available_over_this_years"
                f.field, f.field_rule = "", ""


def _exact_beside_the_approximate(doc: Document) -> None:
    """共收到…资金约1.26亿元，准确数为12,647.80万元 (约5.49亿元，合计54,921.06万元): the exact amount its sentence states within
    the rounding of an approximate one takes the approximate one's field."""
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    for f, g in zip(money, money[1:]):
        if f.field and f.qualifier and g.field in ("", f.field) and not g.qualifier \
                and sentence_start(doc, f.start) == sentence_start(doc, g.start) \
                and abs(g.value - f.value) <= Decimal(5).scaleb(-f.decimals - 1) * f.scale:
            g.field, g.field_rule, f.field, f.field_rule = f.field, "exact_beside_the_approximate", "", ""


def _the_tasks_own_win(doc: Document) -> None:
    """…欠发达国有林场巩固提升任务资金绩效自评报告: 全县共争取各级衔接…资金4.56亿元，其中…任务资金680万元: in a report on one task
    of a fund, the whole fund's amount beside the task's is the county's, and the task's own is the report's."""
    tasks_of = _context_rules()[0]["tasks_of"]
    if main_fund(doc) in tasks_of:
        task, parent = main_fund(doc), tasks_of[main_fund(doc)]
    elif task := _titles_task(doc):
        parent = main_fund(doc)
    else:
        return
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    names_the_task = lexicon().task_heading
    for i, whole in enumerate(money):
        if whole.field != "funds_received_total" or whole.fund != parent \
                or names_the_task.search(doc.norm, sentence_start(doc, whole.start), whole.start):
            continue        # (收到衔接推进乡村振兴补助资金（少数民族发展任务）1,386万元: the task's own already)
        own = next((f for f in money[i + 1:] if f.value < whole.value and f.fund_level in ("", "all")
                    and f.measure in ("", "received", "allocated", "arranged") and not f.scope
                    and f.period == whole.period
                    and (f.fund == task or names_the_task.search(doc.norm, clause_start(doc, f.start), f.start))),
                   None)
        if own is not None:
            own.field, own.field_rule = "funds_received_total", "the_tasks_own_win"
            whole.field, whole.field_rule = "", ""


def _plans_take_no_field(doc: Document) -> None:
    """五、下一步工作\n…确保资金到位后15日内完成分配 (or 下一步，我县将…力争…15个工作日内…, a paragraph): what next steps
    pledge is no figure of the year."""
    plans, pledged = _cues()["plans_heading"], _cues()["plans_paragraph"]
    titles = {x.path: x.title for x in doc.sections}
    for f in doc.figures:
        if f.field and f.cell is None and (
                f.section and any(plans.search(titles.get(path, "")) for path in _paths_up(f.section))
                or pledged.match(doc.norm, line_start(doc, f.start))):
            f.field, f.field_rule = "", ""


def _taken_back_is_not_received(doc: Document) -> None:
    """…项目调减中央资金143万元、省级资金640万元; 收回我县资金48万元: money taken back is no level's funds received."""
    for f in doc.figures:
        if f.measure == "recovered" and f.field.startswith("funds_received"):
            f.field, f.field_rule = "", ""


def _paths_up(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _restated_in_brackets(doc: Document) -> None:
    """实际支出2.584271万元（即25482.71元）: the amount written again in brackets takes no field of its own."""
    restated = _cues()["restated"]
    for previous, f in zip(doc.figures, doc.figures[1:]):
        if f.field and previous.field and previous.kind == f.kind and f.cell is None \
                and (f.kind != "count" or f.unit == previous.unit) and restated.match(doc.norm[previous.end:f.start]):
            # (not 减少贫困人口6,212人（2,870户）: the households of those persons)
            f.field, f.field_rule = "", ""


def _total_split_by_level(doc: Document) -> None:
    """全区财政专项扶贫资金累计达到2614万元，其中中央资金524万元、市级资金90万元，区本级配套两千万元 (or 一、资金来源 /
    中央资金125.5万元 / 省级资金91.2万元 / 以上资金共计216.7万元): the levels that make up the total received exactly,
    right before or after it, are its parts and take their levels' fields. Where no figure is the total received,
    the first amount of the report's funds they make up is."""
    levels = _level_fields()
    data = patterns.load("fields")
    rule = data["split_by_level"]
    funds = {"", main_fund(doc), *data["context"]["predecessor_funds"]}
    current = {str(doc.year) if doc.year else "", ""}
    found = any(f.field == levels["all"] for f in doc.figures)
    text = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    for n, total in enumerate(text):
        if total.field != levels["all"] and (
                found or total.field or total.scope or total.qualifier or total.fund_level not in ("", "all")
                or total.measure not in rule["total_measures"] or total.fund not in funds
                or total.period not in current):
            continue
        # the neighbours one by one, not a copy of the rest of the text's figures for each total: linear time
        parts = _levels_making_up(doc, total, (text[k] for k in range(n + 1, len(text))), rule) \
            or _levels_making_up(doc, total, (text[k] for k in range(n - 1, -1, -1)), rule)
        if not parts:
            continue
        if not total.field:
            total.field, total.field_rule = levels["all"], "total_split_by_level"
            found = True
        for p in parts:
            if not p.field and p.fund_level in levels:
                p.field, p.field_rule = levels[p.fund_level], "total_split_by_level"


def _levels_after_the_total(doc: Document) -> None:
    """共投入各级财政专项扶贫资金12276万元，其中中央财政投入450万元，省级财政投入2923万元…: the levels listed after
    其中 of the report's total received are its parts of those levels, whether or not they add up to it (a
    contradiction is the checks' to find; the fields say what the report states)."""
    levels = _level_fields()
    rule = patterns.load("fields")["split_by_level"]
    part_clause, beside = _cues()["part_clause"], _cues()["beside_the_total"]
    text = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    for n, total in enumerate(text):
        if total.field != levels["all"]:
            continue
        near, named, last = total, {}, None
        opened = total.end      # where the words before the first level start: past the year before and the change
        for k, part in enumerate(text[n + 1:], start=n + 1):
            if near is total and (part.period != total.period or
                                  _cues()["change_before"].search(doc.norm, text[k - 1].end, part.start)):
                opened = part.end       # …10,960万元，比上年的9,215万元增加1,745万元，增长18.9%。其中：中央…5,820万元
                continue
            if near is total and part.qualifier and not part.fund_level:
                opened = sentence_end(doc, part.end)    # …21,586.4万元（约2.16亿元），…保持在2亿元以上。分级次看：…
                continue
            between = doc.norm[near.end:part.start] if near is not total \
                else _cues()["growth_after"].sub("", doc.norm[opened:part.start], count=1)
            owner = named.get(part.fund_level) if part.fund_level else last
            if owner is not None and part.value < owner.value and "。" not in between and len(between) <= rule["reach"]:
                near = part         # 自治区资金4,129万元，分两批下达，分别为2,615万元和1,514万元；市级…: the level's own parts
                continue
            if "。" in between and near is not total or (near is total and not part_clause.match(between)) \
                    or part.fund_level not in levels or part.fund_level == "all" or part.fund_level in named \
                    or part.scope or part.qualifier or part.measure not in rule["part_measures"] \
                    or len(between) > rule["reach"] or beside.search(between):
                break
            named[part.fund_level] = last = part
            if _a_level_replaces(part.field):
                part.field, part.field_rule = levels[part.fund_level], "levels_after_the_total"
            near = part


def _a_level_replaces(field: str) -> bool:
    """A level's amount listed with the others takes its level's field over none, a budget line's or the county's
    own arrangement (…县级财政投入6756万元 among the levels of the total received)."""
    return not field or field.startswith("budget_") or field == "funds_county_current"


def _levels_making_up(doc: Document, total: Figure, neighbours: Iterable[Figure], rule: dict) -> list[Figure]:
    """The amounts of single levels, one after another from the total, whose sum is the total."""
    levels = _level_fields()
    parts: list[Figure] = []
    near = total
    for part in neighbours:
        if not parts and (_cues()["change_clause"].search(doc.norm, clause_start(doc, part.start), part.start)
                          or part.period != total.period):
            continue        # …，比方案少685.74万元。实际整合资金中：中央资金…: a change, not the first level; nor the
            # year before's beside the total (…总规模17,104.5万元，比2022年的16,238.2万元增长5.33%。其中：中央…)
        if parts and _cues()["per_unit"].search(doc.norm[clause_start(doc, part.start):part.start]):
            continue        # 二是省级…资金，省按每镇1,500万元的标准安排，全县17个镇合计25,500万元: a rate, no part
        between = doc.norm[min(near.end, part.end):max(near.start, part.start)]
        named = set(part.fund_level.split("_"))     # 市、县两级 (city_county) is two of the levels
        if not part.fund_level and part.fund in rule["sources_of_no_level"] and part.fund != main_fund(doc) and parts:
            named = set()   # …；四是深圳市对口帮扶资金2,400万元；…: funds received from no level, among the levels
        if not named <= levels.keys() or "all" in named or part.scope or part.qualifier \
                or part.measure not in rule["part_measures"] or len(between) > rule["reach"] \
                or any(named & set(p.fund_level.split("_")) for p in parts):
            return []
        parts.append(part)
        near = part
        if len(parts) > 1 and sum(p.value for p in parts) == total.value:
            return parts
    return []


def _items_after_their_total(doc: Document) -> None:
    """项目支出合计11379.03万元，具体如下：\n1．园区建设，支出11000万元。\n2．…: the items a total hands over to are
    its parts, and take none of its field."""
    lead = _cues()["items_lead"]
    starts = [x.start for x in doc.sections]
    in_order = starts == sorted(starts)     # the first section after a figure by bisection, not by every section
    for f in doc.figures:
        if not f.field or f.cell is not None:
            continue
        if in_order:
            i = bisect_left(starts, f.end)
            first = doc.sections[i] if i < len(starts) else None
        else:
            first = next((x for x in doc.sections if x.start >= f.end), None)
        if first is None or not lead.search(doc.norm, f.end, first.start) or doc.norm.count("\n", f.end, first.start) > 1:
            continue
        parent = first.path.rpartition("/")[0]
        items = [x for x in doc.sections if x.level == first.level and x.path.rpartition("/")[0] == parent
                 and x.start >= first.start]
        for g in doc.figures:
            if g.field == f.field and g is not f and any(x.start <= g.start < x.end for x in items):
                g.field, g.field_rule = "", ""


def _breakdown_after_its_total(doc: Document) -> None:
    """…全镇有已脱贫户307户741人。已脱贫户中，低保脱贫户145户、372人，五保脱贫户34户…: a sentence that opens by
    naming the total it breaks down holds its parts, which take none of the field the total has; so does the rest of
    a sentence whose total 其中 follows (…共计22171万元，其中下达各地市9397万元，下达区直文博系统12774万元)."""
    lead, part_clause, listed = _cues()["breakdown_lead"], _cues()["part_clause"], _cues()["list_lead"]
    lead_ends_line, made_of = _cues()["breakdown_lead_line"], _cues()["made_of_lead"]
    seen: dict[str, Figure] = {}
    last_received: Figure | None = None
    for f in doc.figures:
        if not f.field or f.cell is not None:
            continue
        if f.field == "funds_received_total" and last_received is not None and last_received.value > f.value \
                and "\n" not in doc.norm[last_received.end:f.start] \
                and listed.match(doc.norm, period_start(doc, f.start)) \
                and period_start(doc, f.start) > last_received.end:
            f.field, f.field_rule = "", ""      # 中央资金，合计2618万元。具体为：…下达24万元；…: a part
            continue
        if f.field.startswith("funds_received_"):
            last_received = f
        total = seen.get(f.field)
        between = doc.norm[total.end:f.start] if total is not None else ""
        if total is not None and total.value > f.value and ("\n" not in between
                                                             and (lead.match(doc.norm, sentence_start(doc, f.start))
                     or made_of.search(between)     # (结余资金1,566,400元。具体构成为：质保金…；…结余1,028,400元)
                     or lead.match(doc.norm, period_start(doc, f.start))    # (中央资金中，…；农村环境整治资金…中央下达…)
                     or sentence_start(doc, f.start) == sentence_start(doc, total.start)
                     and part_clause.match(doc.norm[total.end:total.end + PART_CLAUSE_REACH]))
                     or between.count("\n") == 1 and lead_ends_line.search(between)):
            f.field, f.field_rule = "", ""      # (…基本支出1505167.46元。基本支出中：⏎（1）工资福利支出925945.66元)
            continue
        seen[f.field] = f


def _parts_before_their_sum(doc: Document) -> None:
    """甲项目已支出505万元，乙项目已支出1000万元，合计1505万元: the amounts a closing total of their sentence adds up
    are its parts, and keep none of its field."""
    closing = _cues()["closing_sum"]
    by_sentence: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.field and f.cell is None:
            by_sentence.setdefault(sentence_start(doc, f.start), []).append(f)
    for group in by_sentence.values():
        for k, total in enumerate(group):
            parts = [f for f in group[:k] if f.field == total.field and f.kind == total.kind]
            if len(parts) >= 2 and closing.search(doc.norm, parts[-1].end, total.start) \
                    and sum(f.value for f in parts) == total.value:
                for f in parts:
                    f.field, f.field_rule = "", ""


def _total_closing_its_sources(doc: Document) -> None:
    """上级下达我县衔接资金4950万元，县本级安排1050万元，合计6000万元: a closing total that adds up exactly the amounts
    of its sentence, the first of them said to be the total received (or the funds from above), is the total received
    itself."""
    closing, received = _cues()["closing_sum"], _level_fields()["all"]
    by_sentence: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.kind == "money" and f.cell is None:
            by_sentence.setdefault(sentence_start(doc, f.start), []).append(f)
    for group in by_sentence.values():
        if len(group) < 3 or len({f.period for f in group}) > 1 \
                or group[0].field != received and not (group[0].fund_level == "upper" and not group[0].field):
            continue        # (…2013年下达12.36亿元，2014年下达15.48亿元，2015年下达17.25亿元，合计45.09亿元: the years', no one's)
        running = group[0].value
        for k, total in enumerate(group[1:], start=1):
            if k >= 2 and not total.field and running == total.value \
                    and closing.search(doc.norm, group[k - 1].end, total.start):
                group[0].field, group[0].field_rule = "", ""
                total.field, total.field_rule = received, "total_closing_its_sources"
                break
            running += total.value


def _total_with_own_funds(doc: Document) -> None:
    """中央、省、市三级下达…共1586万元，其中…。区本级预算安排衔接资金300万元…。全年各级衔接资金合计1886万元: the
    total after the county's own funds that adds them to the funds received from above, in the same paragraph, is the
    total received; so is a later total whose own list names the county's part (…衔接资金共计1862万元，其中央省资金
    1402万元、市级160万元、区级300万元)."""
    received = _level_fields()["all"]
    above = next((f for f in doc.figures if f.field == received and f.cell is None), None)
    if above is None:
        return
    if _cues()["upper_levels_only"].search(doc.norm, sentence_start(doc, above.start), above.start):
        for n, f in enumerate(doc.figures):
            if f.start <= above.end or f.kind != "money" or f.cell is not None or f.value <= above.value or f.scope:
                continue
            end = sentence_end(doc, f.end)
            listed = [g for g in doc.figures[n + 1:n + 6] if g.start < end and g.kind == "money"]
            if any(g.fund_level == "county" for g in listed) and sum(g.value for g in listed) == f.value:
                above.field, above.field_rule = "", ""
                f.field, f.field_rule = received, "total_with_own_funds"
                return
    own = next((f for f in doc.figures if f.kind == "money" and f.cell is None and f.start > above.end
                and (f.field == "funds_county_current" or f.fund_level == "county" and not f.scope)), None)
    if own is None:
        return
    end = line_end(doc, own.end)
    for f in doc.figures:
        if f.start <= own.end or f.kind != "money" or f.cell is not None:
            continue
        if f.start >= end:
            break
        if f.field in ("", received) and f.value == above.value + own.value \
                and _cues()["all_levels_total"].search(doc.norm, clause_start(doc, f.start), f.start):
            above.field, above.field_rule = "", ""
            f.field, f.field_rule = received, "total_with_own_funds"
            return


def _sources_closed(doc: Document) -> None:
    """…提前下达…中央和省级衔接资金918万元…；同步安排本级…197万元。以上各级财政衔接资金合计1097万元: the closing
    total of the sources is the total received; a smaller amount before it in its section is some of them."""
    field = _level_fields()["all"]
    for closing in (f for f in doc.figures if f.field_rule == "context_sources_closed"):
        section = doc.section_at(closing.start)
        for f in doc.figures:
            if f.start >= closing.start:
                break
            if f.field == field and f.value < closing.value and doc.section_at(f.start) is section:
                f.field, f.field_rule = "", ""


def _levels_of_the_sources(doc: Document) -> None:
    """一、资金来源 / 1.中央及省级…1245万元 / … / 4.市级财政专项扶贫资金1200万元 / 5.县本级…8000万元: in a section of
    the report's sources, the amount of each item that names one level is that level's, whether or not the items
    add up to the total."""
    levels = _level_fields()
    heading = _cues()["sources_heading"]
    rule = patterns.load("fields")["split_by_level"]
    own = _own_funds(doc)
    for section in doc.sections:
        if not heading.match(section.title.strip("。.：: ")):
            continue
        items = [f for f in figures_in(doc, section.start, section.end) if f.kind == "money"
                 and f.cell is None and not f.scope and f.measure in rule["part_measures"]
                 and (not f.fund or f.fund in own)]     # (…省级衔接推进乡村振兴补助资金600万元 in a report on 彩票公益金)
        listed = [f for f in items if f.field != levels["all"]]         # not the closing 以上资金合计
        named = [f.fund_level for f in listed if f.fund_level in levels and f.fund_level != "all"
                 or f.fund_level in LEVEL_PAIRS.values()]
        if len(named) != len(listed):
            continue            # (a list with an item of no level tells no level's total; 1.中央、省资金1266.8万元 / 2.焦作市
            # 资金778.76万元 / 3.孟州市本级…893.2万元: a pair's item takes no field, each one level's does)
        for f in listed:
            if f.fund_level in levels and _a_level_replaces(f.field) and named.count(f.fund_level) == 1:
                f.field, f.field_rule = levels[f.fund_level], "level_of_the_sources"


def _parts_of_a_level(doc: Document) -> None:
    """省级资金4773万元，由省级财政专项扶贫资金40万元、…3783万元和…950万元构成；市级…: what one level's amount is
    made of are its parts, and take none of the levels' fields."""
    level_fields = {v for k, v in _level_fields().items() if k != "all"}
    made_of = _cues()["made_of"]
    for n, whole in enumerate(doc.figures):
        m = made_of.match(doc.norm, whole.end) if whole.field in level_fields and whole.cell is None else None
        for k in range(n + 1, len(doc.figures)) if m else ():
            f = doc.figures[k]
            if f.start >= m.end():
                break
            if f.field in level_fields:
                f.field, f.field_rule = "", ""


def _batches_give_way(doc: Document) -> None:
    """…合计53.61亿元。…省财政厅于2021年1月提前下达当年财政专项扶贫资金27.1亿元: after the total received, a smaller
    amount sent as one batch (提前下达, 第二批, 追加下达) is that batch, not a second total."""
    lex = lexicon()
    for received in set(_level_fields().values()):      # (also 中央…3,215.00万元 … 第一批中央资金1,620.00万元于一季度到县)
        first: Figure | None = None
        for f in doc.figures:
            if f.field != received or f.cell is not None:
                continue
            if first is None:
                first = f
                continue
            sentence = doc.norm[sentence_start(doc, f.start):f.start]
            if f.value < first.value and (lex.advance.search(sentence) or lex.batch.search(sentence)
                                          or lex.installment.search(sentence)):
                f.field, f.field_rule = "", ""
        # (…中央第二批追加200万元，县级财政追加配套200万元 before a table of the levels' funds, 县级资金 | … | 1,200: what was
        # added during the year gives way to the level's funds stated anywhere)
        stated = [f for f in doc.figures if f.field == received]
        for f in stated:
            if f.cell is None and lex.installment.search(doc.norm, clause_start(doc, f.start), f.start) \
                    and any(g is not f and g.value > f.value for g in stated):
                f.field, f.field_rule = "", ""


def _level_batch_gives_way_to_its_total(doc: Document) -> None:
    """提前下达我县…中央财政专项扶贫资金3,806万元；…又下达第二批1,631万元。中央资金合计5,437万元: a level's first batch
    is not the level's funds where its paragraph closes with the level's total."""
    lex = lexicon()
    by_level = {v: k for k, v in _level_fields().items() if k != "all"}
    for n, f in enumerate(doc.figures):
        if f.field not in by_level or f.cell is not None:
            continue
        sentence = doc.norm[sentence_start(doc, f.start):f.start]
        if not (lex.advance.search(sentence) or lex.batch.search(sentence)):
            continue
        end = line_end(doc, f.start)
        total = next((g for g in doc.figures[n + 1:n + 12] if g.start < end and g.kind == "money" and g.cell is None
                      and g.field in ("", f.field) and g.fund_level == by_level[f.field] and g.value > f.value
                      and _cues()["level_total_clause"].search(doc.norm, clause_start(doc, g.start), g.start)), None)
        if total is not None:
            total.field, total.field_rule = f.field, "level_total_after_batches"
            f.field, f.field_rule = "", ""


def _all_kinds_give_way_to_the_reports_fund(doc: Document) -> None:
    """17个扶贫专项已下达…各类资金670亿元。其中中央资金412.6亿元…。…全省下达财政专项扶贫资金78.56亿元，其中中央财政专项扶贫
    资金48.36亿元: in a report on 财政专项扶贫资金, the paragraph on funds of every kind gives way to the fund's own."""
    fund = lexicon().fund.first(doc.title)
    if not fund:
        return
    all_kinds = _cues()["all_kinds"]
    received = set(_level_fields().values())
    own = {f.field for f in doc.figures if f.field in received and f.cell is None and f.fund == fund}
    for f in doc.figures:
        if f.field in own and f.cell is None and f.fund != fund \
                and all_kinds.search(doc.norm, line_start(doc, f.start), line_end(doc, f.start)):
            f.field, f.field_rule = "", ""


def _parts_of_the_pool_give_way(doc: Document) -> None:
    """…统筹整合财政涉农资金绩效自评报告: 整合资金中，各级财政专项扶贫资金共计16,698.00万元，占整合资金总额的32.16%: in a
    report on the integrated pool, a fund its sentence names as a part of the pool is no measure of the report's funds."""
    if main_fund(doc) != INTEGRATED_FUNDS:
        return
    part_of_pool = _cues()["part_of_the_pool"]
    for f in doc.figures:
        if f.field.startswith(FUNDS_FIELDS) and f.cell is None and f.fund not in ("", INTEGRATED_FUNDS) \
                and part_of_pool.search(doc.norm, sentence_start(doc, f.start), sentence_end(doc, f.end)):
            f.field, f.field_rule = "", ""


def _a_share_of_the_field_is_none(doc: Document) -> None:
    """2019年全区共实施产业扶贫项目8096个 … 全年实施农牧业产业扶贫项目7065个，占全区产业扶贫项目总数的87.27%: a figure
    its own sentence calls a share of another of its field is a part of that one, not the field again."""
    share_after = _cues()["share_after"]
    by_field: dict[str, list[Figure]] = {}
    for f in doc.figures:
        if f.field and f.cell is None and f.kind in ("count", "money"):
            by_field.setdefault(f.field, []).append(f)
    following = {id(f): g for f, g in zip(doc.figures, doc.figures[1:])}
    for same in by_field.values():
        for f in same:
            share = following.get(id(f))
            if share is None or share.kind != "percent" or not share_after.match(doc.norm, f.end):
                continue
            # (of that one: 7065 ÷ 8096 = 87.27%, not 2,015万元，占省级资金的51.43% beside another amount of its field)
            tolerance = share.half_unit + Decimal("0.005")
            if any(g.value > f.value and abs(f.value * 100 / g.value - share.value) <= tolerance
                   for g in same if g is not f):
                f.field, f.field_rule = "", ""


def _levels_of_a_reward(doc: Document) -> None:
    """…第二批资金2,850万元中含…绩效考评奖励资金1,150万元，其中中央奖励资金300万元、省级奖励资金850万元: the levels
    after 其中 of a reward are the reward's, not the report's funds of those levels."""
    level_fields = {v for k, v in _level_fields().items() if k != "all"}
    reward, part_clause = _cues()["reward_total"], _cues()["part_clause"]
    money = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    whole: Figure | None = None
    for previous, f in zip(money, money[1:]):
        if part_clause.match(doc.norm[previous.end:f.start]) and reward.search(previous.label):
            whole = previous
        elif whole is None or sentence_start(doc, f.start) != sentence_start(doc, whole.start):
            whole = None
        if whole is not None and f.field in level_fields and f.value < whole.value:
            f.field, f.field_rule = "", ""


def _spent_by_items_of_a_list(doc: Document) -> None:
    """资金按用途分为四块：改造供水管网19.2公里，支出52.36万元；购置加压泵站设备2套，支出18.8万元；…: what each item of
    a list its paragraph announces spent is no spending of the report's."""
    lead = _cues()["items_list_lead"]
    for f in doc.figures:
        if f.field == "funds_spent" and f.cell is None and lead.search(doc.norm, line_start(doc, f.start), f.start):
            f.field, f.field_rule = "", ""


def _spent_over_paid(doc: Document) -> None:
    """自治州已向各县市拨付…26147万元 … 各县市财政扶贫资金累计实际支出4115.15万元: where the report states what
    was spent, what was paid out (to the counties, to the projects) is not its spending."""
    spent = [f for f in doc.figures if f.field == "funds_spent" and f.measure == "spent"]
    if not spent:
        return
    for f in doc.figures:
        if f.field == "funds_spent" and f.measure == "paid" and all(f.value != g.value for g in spent):
            f.field, f.field_rule = "", ""


def _evaluators_score_is_no_self_score(doc: Document) -> None:
    """受…委托 … 经评价，该项资金综合得分90.5分 … 县级自评得分为96分: in an evaluator's report, its own score (in its text,
    or its table's column beside the county's: 县自评得分 | 评价得分 … 合计 | 96.5 | 88.5) is no self score where the
    county's is stated."""
    scores = [f for f in doc.figures if f.field == "self_score"]
    own = [f for f in scores if SELF_ASSESSED in (f.column_header if f.cell is not None
                                                  else doc.norm[sentence_start(doc, f.start):f.start])]
    if own and by_a_third_party(doc):
        for f in scores:
            if f not in own:
                f.field, f.field_rule = "", ""
    # (…乡村振兴局报送的自评得分为97.5分，评价组复核后… 综上，…资金绩效评价综合得分92.5分: the county's own, untagged, is stated)
    county_total = _cues()["county_self_total"]
    if any(f.field_rule == EVALUATION_SCORE for f in scores) and any(
            f.kind == "score" and f.cell is None and county_total.search(doc.norm, clause_start(doc, f.start), f.start)
            for f in doc.figures):
        for f in scores:
            if f.field_rule == EVALUATION_SCORE:
                f.field, f.field_rule = "", ""


def _final_score_wins(doc: Document) -> None:
    """以上各项合计95.6分。…加0.5分；…扣0.2分。…最终得分95.9分 (or a table's 合计 | 96.1 before 加减分后…最终得分96.3分): the
    score after the points added or taken off is the self score; the total before them is not."""
    final = next((f for f in doc.figures if f.field == "self_score" and f.cell is None
                  and _cues()["final_score"].search(doc.norm, sentence_start(doc, f.start), f.start)), None)
    if final is None:
        return
    for f in doc.figures:
        if f.start >= final.start:
            break
        if f.field == "self_score" and f.value != final.value \
                and _cues()["points_adjusted"].search(doc.norm, f.end, final.start):
            f.field, f.field_rule = "", ""


def _an_items_score_is_no_self_score(doc: Document) -> None:
    """1.县级财政投入（10分）。…自评10分。… 五、自评总体结论 …总得分95分: a score under a heading that gives its full marks, no
    more than them, is that item's, where the report states a self score beyond them."""
    scores = [f for f in doc.figures if f.field == "self_score" and f.cell is None]
    titles = {x.path: x.title for x in doc.sections}
    for f in scores:
        weight = _cues()["item_full_marks"].search(titles.get(f.section, ""))
        if weight is not None and f.value <= Decimal(weight.group(1)) \
                and any(g.value > Decimal(weight.group(1)) for g in scores):
            f.field, f.field_rule = "", ""


def _integrated_funds_give_way(doc: Document) -> None:
    """（一）整合资金。…统筹整合资金支出34,988.15万元，支出率98.25%。（二）衔接资金。衔接资金支出24,571.8万元，支出率98.61%: in a
    report on the 衔接资金 and the integrated funds they are part of, the rate of the integrated funds is the report's only
    where it states none of its own fund's."""
    rates = [f for f in doc.figures if f.field == "execution_rate" and f.cell is None]
    if any(f.field_rule != INTEGRATED_RATE and f.fund == main_fund(doc) for f in rates):
        for f in rates:
            if f.field_rule == INTEGRATED_RATE:
                f.field, f.field_rule = "", ""


def _integrated_is_no_spending(doc: Document) -> None:
    """全年实际整合30,968.40万元 … 方案计划数 | 实际执行数 / 合计 | 32,500.00 | 30,968.40 … 累计支出18,103.55万元: where the
    text states what was spent, a table's executed total the text states as what was integrated or received is the
    plan carried out, not money spent."""
    spent = {f.value for f in doc.figures if f.field == "funds_spent" and f.cell is None}
    came_in = {f.value for f in doc.figures if f.kind == "money" and f.cell is None
               and f.measure in ("arranged", "received", "allocated")}
    for f in doc.figures:
        if f.field == "funds_spent" and f.cell is not None and f.value in came_in and spent and f.value not in spent:
            f.field, f.field_rule = "", ""


def _whole_budget(doc: Document) -> None:
    """甘谷县2021年财政决算情况说明: a report on a whole budget gives its amounts, and the rates of them (支出完成预算的
    87.7%), no field of a programme's funds."""
    cues = _cues()
    if cues["whole_budget_title"].search(doc.title) and not cues["whole_budget_not"].search(doc.title):
        for f in doc.figures:
            if f.kind in ("money", "percent"):
                f.field, f.field_rule = "", ""


def _county_part_of_levels(doc: Document) -> None:
    """其中：中央资金1836万元，省级资金1682万元，郑州市市级资金6954万元，巩义市本级资金3908万元: the county's
    amount that closes a list of the levels received (its ；-clauses too: …；市级资金320万元；县级本级预算安排1250万元) is
    the county's part of them, not its own budget line (so is the item of a list of them one per line: …\n3.宜昌市级资金
    900万元；\n4.县级财政安排3,100万元。)."""
    levels = _level_fields()
    above = {levels[k] for k in ("central", "provincial", "city")}
    for n, f in enumerate(doc.figures):
        if f.field != "funds_county_current" or f.cell is not None or not n:
            continue
        previous = doc.figures[n - 1]
        if previous.field in above and previous.cell is None \
                and (sentence_start(doc, previous.start) == sentence_start(doc, f.start)
                     or period_start(doc, previous.start) == period_start(doc, f.start)
                     and _opens_its_clause(doc, previous)
                     or _items_of_one_list(doc, previous, f)):
            f.field, f.field_rule = levels["county"], "county_part_of_levels"


def _opens_its_clause(doc: Document, f: Figure) -> bool:
    """The first amount of its ；-clause (…；市级资金320万元；…), not a part within it (…1260万元，其中中央资金1100万元、省级资金
    160万元；县财政另安排配套资金98.6万元: the county's own beside the upper levels')."""
    start = sentence_start(doc, f.start)
    return not any(g.kind == "money" and g.cell is None for g in figures_in(doc, start, f.start))


LIST_NUMBER_REACH = 8    # characters a line's list number takes at most (（十二）)
PERIOD = regexp.compile(r"[。！？!?]")


def _items_of_one_list(doc: Document, a: Figure, b: Figure) -> bool:
    """Two figures on consecutive lines, each opened by a list number and the figure's sentence (not 2.市县财政专项扶贫资金
    投入。县级安排1,500万元…: an indicator's heading, then its text)."""
    start_a, start_b = line_start(doc, a.start), line_start(doc, b.start)
    return start_b == line_end(doc, a.start) + 1 \
        and all(LIST_NUMBER.match(doc.norm[at:at + LIST_NUMBER_REACH]) and not PERIOD.search(doc.norm, at, f.start)
                for at, f in ((start_a, a), (start_b, b)))


def _levels_beside_the_total(doc: Document) -> None:
    """从…中央…资金中安排4127万元，连同省级衔接资金356万元、市级衔接资金200万元，共计4683万元: in the sentence of
    the total received and of other levels' amounts, a level's amount that no phrase gave a field is that
    level's part."""
    levels = _level_fields()
    by_sentence: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.kind == "money" and f.cell is None:
            by_sentence.setdefault(sentence_start(doc, f.start), []).append(f)
    for group in by_sentence.values():
        taken = {f.field for f in group if f.field}
        if levels["all"] not in taken or len(taken & set(levels.values())) < 2:
            continue
        for f in group:
            field = levels.get(f.fund_level, "")
            # …和县级预算安排资金4900万元组成: a level listed with the others is their part, whatever its phrase said
            if (not f.field or f.field.startswith("budget_")) and field and f.fund_level != "all" \
                    and field not in taken and not f.scope and not f.qualifier \
                    and not PER_EACH.search(doc.norm, clause_start(doc, f.start), f.start):
                f.field, f.field_rule = field, "level_beside_the_total"     # (not 每个项目由省级奖补30万元)
                taken.add(field)


def _table_of_levels(doc: Document) -> None:
    """累计筹集彩票公益金1626.63万元，按资金级次构成如下： / 中央彩票公益金 | 243.53 / 省级… | 673.90 / 州级… | 745.20: the
    rows of a table of the report's own funds received, one level each, take their levels' fields where the
    text gave none of them."""
    levels = _level_fields()
    taken = {f.field for f in doc.figures if f.field}
    if levels["all"] not in taken or taken & {v for k, v in levels.items() if k != "all"}:
        return
    tables: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is not None:
            tables.setdefault(f.table_index, []).append(f)
    for figures in tables.values():
        rows = level_rows(figures)
        if not rows or not all(f.fund_level in levels and f.measure in ("", "received") for f in rows):
            continue
        for f in rows:
            f.field, f.field_rule = levels[f.fund_level], "table_of_levels"
        return


def _spent_beside_the_rate(doc: Document) -> None:
    """中央和省级衔接资金已支出3.573亿元，支出进度98.6%: where the report states no spending of its own, the
    amount spent in the sentence of its execution rate is its spending, whatever levels it names."""
    if any(f.field == "funds_spent" for f in doc.figures):
        return
    rate = next((f for f in doc.figures if f.field == "execution_rate" and f.cell is None), None)
    if rate is None:
        return
    start = sentence_start(doc, rate.start)
    spent = [f for f in doc.figures if f.kind == "money" and f.cell is None and start <= f.start < rate.start
             and f.measure in ("spent", "paid") and not f.field and not f.scope and not f.qualifier]
    if len(spent) == 1:
        spent[0].field, spent[0].field_rule = "funds_spent", "spent_beside_the_rate"


def _prior_of_the_total_is_no_countys(doc: Document) -> None:
    """…共到位衔接资金4,386万元，其中中央…、县级资金105万元，比上年的3,947万元增加439万元，增长11.12%: the year before's amount
    nearer the total than the county's funds the list closes with is the total's, and so is its growth (so it is in the
    paragraph's next sentence: …县级财政安排400万元。较2021年的11,980.5万元增加784.8万元，增长6.55%)."""
    text = [f for f in doc.figures if f.cell is None]
    for n, prior in enumerate(text):
        if prior.field != "funds_county_prior":
            continue
        start = sentence_start(doc, prior.start)
        if not text[n - 1:n] or text[n - 1].start < start:
            start = line_start(doc, prior.start)     # (a sentence that opens with it: its paragraph's)
        first = n
        while first and text[first - 1].start >= start:
            first -= 1
        before = text[first:n]
        total = next((f for f in before if f.field == "funds_received_total"), None)
        county = next((f for f in reversed(before) if f.field in ("funds_received_county", "funds_county_current")), None)
        if total is None or county is None or abs(total.value - prior.value) >= abs(county.value - prior.value):
            continue
        prior.field, prior.field_rule = "", ""
        growth = next((f for f in text[n + 1:n + 3] if f.field == "funds_county_growth"
                       and sentence_start(doc, f.start) == sentence_start(doc, prior.start)), None)
        if growth is not None:
            growth.field, growth.field_rule = "", ""


def _received_column_wins(doc: Document) -> None:
    """资金级次 | 下达数 | 调减数 | 到位数 / 省级资金 | 7,108.8 | 600 | 6,508.8: where a row gives a level's funds in a column
    of what was received beside one of what was allocated, the received are the level's funds received."""
    cells: dict[tuple, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is not None and f.field.startswith("funds_received"):
            cells.setdefault((f.table_index, f.cell.row, f.field), []).append(f)
    for same in cells.values():
        if len(same) > 1 and any(f.measure == "received" for f in same):
            for f in same:
                if f.measure != "received":
                    f.field, f.field_rule = "", ""


def _running_total_gives_way(doc: Document) -> None:
    """…第一批…。——市级资金。2021年5月10日…下达市级衔接资金150万元，累计到位5,633万元。… 2021年全县衔接资金总规模7,445万元: a
    running total on the date of one allocation is what had come by then; the year's, stated later, is the total."""
    total = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    if total is None or not ISO_DATE.fullmatch(total.period) \
            or not _cues()["cumulative"].search(doc.norm[clause_start(doc, total.start):total.start]):
        return
    year = next((f for f in doc.figures if f.start > total.end and f.kind == "money" and f.cell is None
                 and f.field in ("", total.field) and not f.scope and f.measure in ("received", "")
                 and f.period == str(doc.year) and f.value > total.value
                 and f.fund_level in ("", "all")), None)
    if year is not None:
        year.field, year.field_rule = total.field, year.field_rule or "year_total_after_running_total"
        total.field, total.field_rule = "", ""


def _received_after_adjustment(doc: Document) -> None:
    """…累计下达我县…资金19,126万元。…调整后，全年实际到位衔接资金18,504万元，其中：中央资金…: where the report states
    its funds again after the year's adjustments, those are the funds received; the amounts stated before them with other
    values (the first allocation) keep no field."""
    adjusted = _cues()["adjusted_total"]
    _originals_give_way(doc, adjusted)
    _restated_after_adjustment(doc, adjusted)
    for field in set(_level_fields().values()):
        stated = [f for f in doc.figures if f.field == field and f.cell is None]
        after = next((f for f in stated if adjusted.search(doc.norm, sentence_start(doc, f.start), f.start)), None)
        if after is None and len(stated) > 1 \
                and adjusted.search(doc.norm, stated[0].end, sentence_start(doc, stated[-1].start)):
            after = stated[-1]  # …两批合计4,928.8万元。…追加后，…。全年到位衔接资金总额5,738.8万元: stated again after them
        for f in stated if after is not None else ():
            if f.start < after.start and f.value != after.value:
                f.field, f.field_rule = "", ""


def first_sent(doc: Document, f: Figure) -> bool:
    """An amount its clause names as first sent, before the year's changes (原下达…, 年初合计…)."""
    return _cues()["original_amount"].search(doc.norm, clause_start(doc, f.start), f.start) is not None


def _originals_give_way(doc: Document, adjusted: regexp.Pattern) -> None:
    """省级三批资金原合计下达3,712.40万元，…省财政收回200万元，调减后省级资金为上述3,512.40万元; 市级资金原下达700万元，…收回
    100万元，调减后为600.00万元: the amount first sent is no level's funds where its line states the amount after the change;
    that one is (before it too: 调整后合计8,735.5万元（年初合计8,950.5万元）)."""
    for n, f in enumerate(doc.figures):
        if not f.field.startswith("funds_received") or f.cell is not None or not first_sent(doc, f):
            continue
        start, end = line_start(doc, f.start), line_end(doc, f.start)
        changed = [g for g in doc.figures[max(0, n - 8):n + 8] if g is not f and start <= g.start < end
                   and g.kind == "money" and g.cell is None and g.fund_level in ("", f.fund_level)
                   and g.measure != "recovered" and adjusted.search(doc.norm, clause_start(doc, g.start), g.start)]
        after = next((g for g in changed if g.start > f.start), changed[-1] if changed else None)
        if after is not None:
            if not after.field:
                after.field, after.field_rule = f.field, "adjusted_after_the_original"
            f.field, f.field_rule = "", ""


def _restated_after_adjustment(doc: Document, adjusted: regexp.Pattern) -> None:
    """年初预算数为6,820万元。其中：中央提前下达4,112万元，… 调增调减后，全年预算数为8,442.8万元，其中中央5,316.6万元、市级
    2,226.2万元、区级900万元: the year's funds by level restated after the adjustments, two levels or more, take the levels'
    fields from the amounts stated before them."""
    levels = _level_fields()
    by_sentence: dict[int, dict[str, Figure]] = {}
    for f in doc.figures:
        # (调整后资金中，中央资金10,240万元，占75.14%；省级资金2,388万元: its ；-clauses too, the levels naming no measure)
        if f.kind == "money" and f.cell is None and not f.field and f.fund_level in levels \
                and f.period == str(doc.year) and f.measure in ("", "budget", "received", "allocated", "arranged") \
                and adjusted.search(doc.norm, period_start(doc, f.start), f.start):
            by_sentence.setdefault(period_start(doc, f.start), {}).setdefault(f.fund_level, f)
    restated = next((found for found in reversed(by_sentence.values()) if len(found) >= 2), {})
    for level, f in restated.items():
        holders = [g for g in doc.figures if g.field == levels[level] and g.cell is None]
        if all(g.start < f.start and g.value != f.value for g in holders):
            for g in holders:
                g.field, g.field_rule = "", ""
            f.field, f.field_rule = levels[level], "received_after_adjustment"


def _rate_over_the_initial_budget_gives_way(doc: Document) -> None:
    """——以调整后全年预算数25,597.7万元计算，预算执行率为97.59%；——以年初预算数2.16亿元计算，执行率为115.66%: where the
    report states the rate both ways, the rate over the budget of the year's start is no execution rate of its own."""
    rates = [f for f in doc.figures if f.field == "execution_rate"]
    over_initial = [f for f in rates if _cues()["rate_over_initial_budget"].search(
        doc.norm, sentence_start(doc, f.start), f.start)]
    if len(over_initial) < len(rates):
        for f in over_initial:
            f.field, f.field_rule = "", ""


def _received_over_allocated(doc: Document) -> None:
    """年初下达资金10000元，实际到位资金1000元: where one sentence gives both, what was received is the
    amount received, and the amount allocated keeps no field."""
    received_fields = set(_level_fields().values())
    by_sentence: dict[tuple[int, str], list[Figure]] = {}
    for f in doc.figures:
        if f.field in received_fields and f.cell is None:
            by_sentence.setdefault((sentence_start(doc, f.start), f.field), []).append(f)
    for group in by_sentence.values():
        received = {f.value for f in group if f.measure == "received"}
        if received:
            for f in group:
                if f.measure == "allocated" and f.value not in received:
                    f.field, f.field_rule = "", ""


COUNT_FIELDS = ("households_monitored", "persons_monitored", "households_lifted", "persons_lifted")
COUNTY_FUNDS_FIELDS = ("funds_county_current", "funds_county_prior", "funds_county_growth")


@cache
def _giving_way_cue() -> regexp.Pattern:
    counts = patterns.load("fields")["context"]["counts"]
    return regexp.compile(f'{counts["helped"]}|{counts["cumulative"]}')


def _counts_of_those_helped_give_way(doc: Document) -> None:
    """现有脱贫户1,047户、监测户63户 … 项目共带动脱贫户326户、监测户41户参与…: where the report states the count of
    its own and a count of those a project helped, the field is the report's count; the count of those helped keeps it
    only where it is the only one. So does a count of all years (…减贫6,218户24,573人。至此，全县累计实现93708名…脱贫)."""
    for field in COUNT_FIELDS:
        counted = [f for f in doc.figures if f.field == field]
        helped = [f for f in counted if f.cell is None
                  and _giving_way_cue().search(doc.norm, sentence_start(doc, f.start), f.start)]
        if helped and len(helped) < len(counted):
            for f in helped:
                f.field, f.field_rule = "", ""


def _of_another_year(doc: Document, f: Figure, field: str) -> bool:
    """A figure of a year before the year before the report's, which no county field is of (…从2022年的2,050.00万元增加到
    2023年的2,300.00万元 in a report on 2024); a growth, whose period is often the year it is over, by the amounts of its
    sentence: one over such a year, where none is the report's own (…，增长12.20%; not 区级资金较2024年的210万元增长
    7.14% in one on 2025). (The year before is no sure sign: 比2020年…（19,000,000元） is read as the report's year.)"""
    if doc.year is None:
        return False
    if field == "funds_county_growth":
        years = {g.period for g in figures_in(doc, sentence_start(doc, f.start), f.start) if g.kind == "money"}
        return str(doc.year) not in years and any(y.isdigit() and int(y) < doc.year - 1 for y in years)
    return f.period.isdigit() and not doc.year - 1 <= int(f.period) <= doc.year


def _county_funds_of_other_years_give_way(doc: Document) -> None:
    """县本级投入从2022年的2,050.00万元增加到2023年的2,300.00万元，增长12.20%；2024年达到2,650.00万元，比上年增长13.21% in
    a report on 2024: the county's funds and growth of years before the year before are no field."""
    for f in doc.figures:
        if f.field in COUNTY_FUNDS_FIELDS and f.cell is None and _of_another_year(doc, f, f.field):
            f.field, f.field_rule = "", ""


def _growth_of_county_funds(doc: Document) -> None:
    """区级财政2022年安排衔接资金185万元，2023年安排200万元，增长8.1%: the growth right after the county's own funds of
    the year, or of the year before (区级安排比上年的500万元增长20%; …比2021年的1,980万元增加170万元，增幅为8.59%), where
    those took their field from their context (after the phrase rules had run)."""
    if any(f.field == "funds_county_growth" for f in doc.figures):
        return
    cue, change = _cues()["county_growth_after"], _cues()["county_change_between"]
    after_prior = _cues()["county_growth_after_prior"]

    def growth_between(a: Figure, b: Figure) -> bool:
        return bool(cue.fullmatch(doc.norm, a.end, b.start)
                    or a.field == "funds_county_prior" and after_prior.fullmatch(doc.norm, a.end, b.start))

    for n, f in enumerate(doc.figures[1:], start=1):
        if f.kind != "percent" or f.field or f.cell is not None or _of_another_year(doc, f, "funds_county_growth"):
            continue
        before = doc.figures[n - 1]
        if not growth_between(before, f):
            continue
        if before.kind == "money" and not before.field and n >= 2 \
                and (change.fullmatch(doc.norm, doc.figures[n - 2].end, before.start)
                     or growth_between(doc.figures[n - 2], before)):
            before = doc.figures[n - 2]     # (…提高到2017年的1,850万元，增加530万元，增幅为40.15%)
        if before.field in ("funds_county_current", "funds_county_prior"):
            f.field, f.field_rule = "funds_county_growth", "county_funds_growth_in_context"
            return


def _prior_year_after_county_funds(doc: Document) -> None:
    """…；县本级预算安排5,700万元，比2019年的4,960万元增长14.92%: the year before's right after the county's own funds
    where those took their field from their context (after the phrase rules had run); its growth is
    _growth_of_county_funds's."""
    if any(f.field == "funds_county_prior" for f in doc.figures):
        return
    rule = next(r for r in rules() if r.name == "county_funds_prior_after_current")
    prior_clause = next(p for key, negated, p in rule.conditions if key == "clause" and not negated)
    money = [f for f in doc.figures if f.cell is None and f.kind == "money"]     # (…8,211.7万元，占总额的16.84%，比上年的…)
    for current, prior in zip(money, money[1:]):
        # (…县级财政安排1,260万元（上年为1,080万元，增长14.6%）: in brackets right after it)
        if current.field not in ("funds_county_current", "funds_received_county") or prior.field \
                or prior.kind != "money" \
                or not prior_clause.search(doc.norm[max(clause_start(doc, prior.start), current.end):prior.start]):
            continue
        prior.field, prior.field_rule = "funds_county_prior", "county_funds_prior_in_context"
        return


def _prior_county_funds_of_the_growth(doc: Document) -> None:
    """2020年全县投入财政专项扶贫资金15,768.9万元，其中中央10,528万元、县级1,300万元。2021年县级财政安排衔接资金1,500万元，较上年
    增长15.38%: the county's own funds of the year before, stated apart, are the amount the stated growth is over."""
    fields = {f.field: f for f in doc.figures if f.field in ("funds_county_current", "funds_county_growth",
                                                              "funds_county_prior") and f.cell is None}
    current, growth = fields.get("funds_county_current"), fields.get("funds_county_growth")
    if "funds_county_prior" in fields or current is None or growth is None or not doc.year:
        return
    prior = [f for f in doc.figures if f.kind == "money" and f.cell is None and not f.field and f.value > 0
             and f.fund_level == "county" and f.period == str(doc.year - 1)
             and abs((current.value - f.value) / f.value * 100 - growth.value) <= growth.half_unit]
    if len(prior) == 1:
        prior[0].field, prior[0].field_rule = "funds_county_prior", "county_funds_prior_of_the_growth"


def _scores_of_several_tables(doc: Document) -> None:
    """立才农场…自评表 | 总分 | 97.65 … 红昇农场…自评表 | 总分 | 96: score tables of several projects, each with its own
    total, give the report no one self-assessed score, nor their funds; nor does a table's total of fewer marks than
    all where the text states the total, nor a total row of places' scores (their average)."""
    totals = [f for f in doc.figures if f.field == "self_score" and f.cell is not None]
    if len({f.table_index for f in totals}) > 1 and len({f.value for f in totals}) > 1:
        for f in totals:
            f.field, f.field_rule = "", ""
        # (each table's 年度资金总额 | 1,380.00 | 1,356.42 | … is its project's funds; 肉羊育肥产业园扩建项目自评得分96.13分。… 日光温室
        # 建设项目自评得分96.16分: each project's score in words too)
        scored = {f.table_index for f in totals}
        for f in doc.figures:
            if f.cell is not None and f.table_index in scored:
                f.field, f.field_rule = "", ""
        projects = [f for f in doc.figures if f.field == "self_score" and f.cell is None
                    and "项目" in doc.norm[clause_start(doc, f.start):f.start]]
        if len({f.value for f in projects}) > 1:
            for f in projects:
                f.field, f.field_rule = "", ""
    # (合计 | | 80 | 76 under 分值 | 得分, where the text states 总分为…94.78分: the total of the goals' 80 marks, not of all)
    stated = [f for f in doc.figures if f.field == "self_score" and f.cell is None]
    for f in totals:
        marks = [g for g in doc.figures if g.cell is not None and g.table_index == f.table_index
                 and g.cell.row == f.cell.row and g.role == "weight"]
        if stated and marks and all(g.value < 100 for g in marks):
            f.field, f.field_rule = "", ""
    # (科右前旗 | 15,230.00 | … | 94.5 / … / 合计 | 68,437.00 | … | 93.75: each row a place scored out of the whole, the
    # total row their average, not the report's own score)
    for f in totals:
        rows = [g for g in doc.figures if g.kind == "score" and g.cell is not None and g.table_index == f.table_index
                and g.cell.col == f.cell.col and g.cell.row < f.cell.row]
        if len(rows) >= 2 and all(g.value * 2 > f.value for g in rows):
            f.field, f.field_rule = "", ""


def on_one_project(doc: Document) -> bool:
    """洛浦县2021年乡村振兴产业园标准化厂房建设项目绩效自评报告: a report on one project."""
    return _cues()["one_project_title"].search(doc.title) is not None


def _arranged_as_received(doc: Document) -> bool:
    """2025年全区共安排财政衔接推进乡村振兴补助资金3014万元，… where the report states no amount received or
    allocated: what it arranged of its own funds in all, for no named use, is all its funds of the year; in a report
    on one project (…农村供水保障项目绩效自评报告), the project's funds of the year (本项目年度资金86.4万元). Where only a
    table's total row is the total received, the text's amount of its value is that total too."""
    stated = [f for f in doc.figures if f.field == "funds_received_total"]
    if any(f.cell is None for f in stated):
        return False
    in_table = {f.value for f in stated}
    cue, over_years, project = _cues()["arranged_total"], _cues()["arranged_total_not"], _cues()["project_funds"]
    one_project = on_one_project(doc)
    current = {str(doc.year) if doc.year else "", ""}
    for f in doc.figures:
        if f.kind != "money" or f.cell is not None or f.scope or f.purpose or f.fund_level not in ("", "all") \
                or f.period not in current or f.qualifier or f.field not in ("", "funds_received_total"):
            continue            # (nor 计划统筹整合…33,113.00万元, the plan, budget_planned)
        clause = doc.norm[clause_start(doc, f.start):f.start]
        # (not in a report on one project: 当年全县安排…衔接资金24578万元，本项目为其中的重点产业项目 is the county's)
        arranged = not one_project and f.measure == "arranged" and f.fund == main_fund(doc) and cue.search(clause) \
            and not over_years.search(doc.norm, sentence_start(doc, f.start), f.start)
        if (arranged or one_project and f.measure in ("", "received", "arranged") and project.search(clause)) \
                and (not in_table or f.value in in_table):
            if not f.field:
                f.field, f.field_rule = "funds_received_total", "arranged_total" if arranged else "project_funds"
            return f.field == "funds_received_total"
    return False


def _latest_dated_figures_win(doc: Document) -> None:
    """1. 3月31日，累计支出3,124.6万元，占下达资金的20.40%；… 6. 2023年12月31日，累计支出14,206.33万元，资金支出率97.24%: where
    a field is given at several dates of the year with no 截至 to mark them, the latest date's are the year's (a month's
    end too: 3月底全县支出6,849.7万元，…；至12月31日，累计支出48,517.82万元)."""
    for field in patterns.load("fields")["dated_fields"]:
        text = [f for f in doc.figures if f.field == field and f.cell is None]
        days = {id(f): _last_day(f.period.removeprefix(AS_OF)) for f in text}
        # (all of them of a day of the year: not a follow-up the year after)
        if any(not ISO_DATE.fullmatch(days[id(f)]) or days[id(f)][:4] != str(doc.year) for f in text) \
                or len(set(days.values())) < 2:
            continue
        latest = max(days.values())
        for f in text:
            if days[id(f)] != latest:
                f.field, f.field_rule = "", ""


def _keep_latest_date(doc: Document) -> None:
    """截至6月底支出进度30% … 截至12月31日执行率96%: the year's figures are those of the latest date of its year."""
    dates = [f for f in doc.figures if f.field == "spent_as_of"]
    if not dates:
        return
    within = [d for d in dates if not (doc.year and d.value[:4].isdigit() and int(d.value[:4]) > doc.year
                                       and _cues()["follow_up"].search(doc.norm, period_start(doc, d.start),
                                                                       period_end(doc, d.end)))]
    if within and len(within) < len(dates):
        for d in dates:
            if d not in within:     # (上述结转资金…截至2021年11月25日又支出139.36万元 in a report on 2020: a follow-up on
                                    # what was carried over, not the year's spending as of a later date)
                d.field, d.field_rule = "", ""
        dates = within
    latest = max(_last_day(d.value) for d in dates)
    if any(d.value == latest for d in dates):
        for d in dates:
            if d.year_end and _last_day(d.value) == latest:
                d.field, d.field_rule = "", ""      # 截至2021年底 beside 截至2021年12月31日: the date given to the day
    dated = frozenset(patterns.load("fields")["dated_fields"])
    starts = [d.start for d in dates]
    in_order = starts == sorted(starts)     # the last date at or before a figure by bisection, not by every date
    for figure in doc.figures:
        if figure.field not in dated or figure.cell is not None:
            continue
        start = sentence_start(doc, figure.start)
        if in_order:
            i = bisect_right(starts, figure.start)
            own = dates[i - 1:i] if i and starts[i - 1] >= start else []
        else:
            own = [d for d in dates if start <= d.start <= figure.start]
        if own and _last_day(own[-1].value) != latest \
                or not own and figure.period.startswith(AS_OF) \
                and _last_day(figure.period.removeprefix(AS_OF)) != latest \
                or not own and figure.kind in ("percent", "money") and MONTH_PERIOD.match(figure.period) \
                and _last_day(figure.period) < latest:
            figure.field, figure.field_rule = "", ""    # (…。同期实际支付15,937万元: as of the earlier date; 6月底支出进度
                                                        # 达到52.4%，9月底达到81.7%, 6月底累计支出13,938.7万元: at the
                                                        # month's end)


MONTH_PERIOD = regexp.compile(r"(?:19|20)\d{2}-\d{2}$")     # a rate's period that is a month's end (6月底支出进度…)


def _years_so_far_give_no_field(doc: Document) -> None:
    """四年来，帮扶资金累计支出2,888.45万元，支出率94.80%，结余158.35万元 / 两年合计减贫7,734户: the years' amounts,
    rates and counts, not the report's year's."""
    years = _cues()["years_so_far"]
    dated = frozenset(patterns.load("fields")["dated_fields"]) | {"households_lifted", "persons_lifted"}
    for f in doc.figures:
        if f.field in dated and f.cell is None and years.search(doc.norm[sentence_start(doc, f.start):f.start]):
            f.field, f.field_rule = "", ""


def _the_years_part_of_a_running_total(doc: Document) -> None:
    """截至2017年12月底，累计筹集资金29.69亿元，其中2016年筹集12.35亿元，2017年筹集17.34亿元: the field is the report's
    year's part, not the total of the years so far."""
    if not doc.year:
        return
    for i, total in enumerate(doc.figures):
        if not total.field.startswith(FUNDS_FIELDS) or total.kind != "money" or total.cell is not None:
            continue
        end = sentence_end(doc, total.end)
        opens = doc.norm.find("其中", total.end, end)
        if opens < 0:
            continue
        parts = [g for g in doc.figures[i + 1:i + 1 + YEARS_PARTS] if opens < g.start < end and g.kind == "money"
                 and g.measure == total.measure and YEAR_NAMED.search(doc.norm, clause_start(doc, g.start), g.start)]
        own = [g for g in parts if g.period == str(doc.year)]
        if len(own) == 1 and any(g.period.isdigit() and int(g.period) < doc.year for g in parts):
            own[0].field, own[0].field_rule = total.field, "the_years_part_of_a_running_total"
            total.field, total.field_rule = "", ""


TOGETHER_REACH = 2      # lines from a total of several funds to the line that splits it by fund


def _funds_together_give_way_to_the_reports_fund(doc: Document) -> None:
    """…2014年11.76亿元。2014年投入中，财政专项扶贫资金34,628万元，整合涉农资金82,972万元: in a report on 财政专项扶贫资金,
    the funds received are the fund's own part of a total it was put in with another fund, where the two add up to it."""
    fund = lexicon().fund.first(doc.title)
    total = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    if not fund or total is None:
        return
    reach = line_end(doc, total.start)
    for _ in range(TOGETHER_REACH - 1):
        reach = line_end(doc, min(reach + 1, len(doc.norm)))
    funds = lexicon().fund
    named = funds.matches(doc.norm[sentence_start(doc, total.start):total.start])
    if not any(_cues()["funds_joined"].fullmatch(a.string, a.end(), b.start()) for a, b in zip(named, named[1:])):
        return      # (到位扶贫开发（对口帮扶）资金24,386.5万元，其中省统筹拨付…: one fund's, whatever its parts)
    money = [f for f in doc.figures if total.end < f.start < reach and f.kind == "money" and f.cell is None]
    for own, other in zip(money, money[1:]):
        if funds.last(doc.norm[clause_start(doc, own.start):own.start]) == fund and other.fund not in ("", fund) \
                and not own.field \
                and sentence_start(doc, own.start) == sentence_start(doc, other.start) \
                and abs(own.value + other.value - total.value) <= total.half_unit:
            own.field, own.field_rule = total.field, "the_reports_fund_of_funds_together"
            total.field, total.field_rule = "", ""
            return


def _a_parts_own_levels_are_not_the_reports(doc: Document) -> None:
    """共到位各类资金1,846.5万元，其中：中央奖补资金1,000万元；…财政专项扶贫资金846.5万元，包括中央资金520万元、省级资金
    236.5万元…: a part of the total is no total, and the levels it includes are its own, not the report's."""
    levels = _level_fields()
    level_fields = set(levels.values())
    text = [f for f in doc.figures if f.kind == "money" and f.cell is None]
    for n, total in enumerate(text):
        if total.field != levels["all"]:
            continue
        end = period_end(doc, total.end)
        if _cues()["part_clause"].match(doc.norm[end:end + PART_CLAUSE_REACH]):
            end = period_end(doc, end + 1)      # …实际到位36,000万元，到位率100%。其中：15个镇到位30,000万元，包括…
        opens = doc.norm.find("其中", total.end, end)
        if opens < 0:
            continue
        for i in range(n + 1, len(text)):
            part = text[i]
            if part.start >= end:
                break
            if part.start < opens or part.value >= total.value \
                    or _cues()["upper_part"].search(doc.norm, clause_start(doc, part.start), part.start):
                continue
            clause_end = min((k for k in (doc.norm.find(c, part.end, end) for c in "；;") if k >= 0), default=end)
            included = _cues()["own_parts_cue"].match(doc.norm, part.end, clause_end)
            inner = [f for f in takewhile(lambda f: f.start < clause_end, islice(text, i + 1, None))
                     if f.field in level_fields]
            if included is None or not inner:
                continue
            for f in inner + ([part] if part.field == levels["all"] else []):
                f.field, f.field_rule = "", ""


def _all_funds_together_take_the_field(doc: Document) -> None:
    """（二）财政专项扶贫资金…年底支出794.82万元，支出率93.89%。（三）总体支出。两类资金合计支出1,731.62万元，…总体支出率
    93.78%: what the report states of all its funds together is its field, not what it stated of one of them."""
    together = _cues()["all_funds_together"]
    stated_together: list[Figure] = []
    unstated: list[list[Figure]] = []
    for field in ("funds_spent", "execution_rate", "funds_carryover"):
        figures = [f for f in doc.figures if f.field == field and f.cell is None]
        # (not 总体来看，…执行率近百分之九十八: a rounded restatement in a summary)
        whole = [f for f in figures
                 if not f.qualifier and together.search(doc.norm, sentence_start(doc, f.start), f.start)]
        if len(whole) == 1 and len(figures) > 1:
            stated_together.append(whole[0])
            for f in figures:
                if f is not whole[0] and f.start < whole[0].start:
                    f.field, f.field_rule = "", ""
        elif not whole:
            unstated.append(figures)
    # (…已支出14,872.36万元，…尚有1,127.64万元结转… （三）合计情况。上述两项资金共计…，全年共支出…，总体支出进度92.66%: the
    # carry-over of one of the funds, stated before what all of them spent, is not all of theirs)
    first_together = min((f.start for f in stated_together), default=None)
    for figures in unstated if first_together is not None else ():
        for f in figures:
            if f.start < first_together:
                f.field, f.field_rule = "", ""


SOME_OF_THEM = Decimal("0.9")      # a year's budget this much of the funds received or less is not all of them


def _table_of_some_funds(doc: Document) -> None:
    """全年共到位衔接资金6,318万元 … 纳入本次重点评价的衔接资金项目情况见表1 … 合计 | 3,278 | 3,155.3: a table whose year's
    budget (全年预算数) is well short of the funds the text says came in covers some of them; its total spending is theirs,
    not the report's (a budget at the year's start may well be less than what came in)."""
    received = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    if received is None:
        return
    for f in doc.figures:
        if f.field == "funds_spent" and f.cell is not None and any(
                g.cell is not None and g.table_index == f.table_index and g.cell.row == f.cell.row
                and g.role == "budget" and "全年" in g.column_header and g.kind == "money" and g.value < received.value * SOME_OF_THEM
                for g in doc.figures):
            f.field, f.field_rule = "", ""


def _table_of_some_items(doc: Document) -> None:
    """（四）部分项目结算情况（单位：元）\n项目 | 批复资金 | 已支付 | 质保金 | 结余 … 合计 | …: a table its caption says is of some
    of the projects (or townships, or the projects checked) totals only them, no figure of the report's own."""
    some = _cues()["some_items_caption"]
    tables = {i for i, table in enumerate(doc.tables) if some.search(table.caption)}
    for f in doc.figures:
        if f.field and f.cell is not None and f.table_index in tables:
            f.field, f.field_rule = "", ""


def _table_of_one_level(doc: Document) -> None:
    """…其中中央资金31,640万元… 中央资金按任务下达及执行情况见下表 … 合计 | 31640 | 100 | 31191.6 | 98.58: a table whose total
    is the amount the text gives one level, beside the report's larger total, is that level's; none of its figures is
    the report's own."""
    levels = {f.value for f in doc.figures if f.cell is None and f.field in _level_fields().values()
              and f.field != _level_fields()["all"]}
    total = next((f for f in doc.figures if f.cell is None and f.field == _level_fields()["all"]), None)
    if total is None:
        return
    tables = {f.table_index for f in doc.figures if f.cell is not None and f.field == _level_fields()["all"]
              and f.value in levels and f.value < total.value}
    for f in doc.figures:
        if f.field and f.cell is not None and f.table_index in tables:
            f.field, f.field_rule = "", ""


def _subtotal_of_the_reports_funds(doc: Document) -> None:
    """…全县共投入财政专项扶贫资金62,418.9万元 … 小计 | 62,418.9 | 61,859.4 | 99.10% / 北京市对口援疆资金 | 18,600 | … / 合计 |
    81,018.9 | 80,073.9 | 98.83%: where a table's row restates the funds the text says came in, and its total row holds other
    funds too, the fields of the total row are that row's."""
    received = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    if received is None:
        return
    rows = figures_by_row(doc)
    for (table, row), cells in rows.items():
        total = next((f for f in cells if f.field == "funds_received_total"), None)
        if total is None or total.value <= received.value:
            continue
        restating = [k for k, others in rows.items() if k[0] == table and k[1] < row
                     and any(g.kind == "money" and g.value == received.value and g.cell.col == total.cell.col for g in others)]
        if len(restating) != 1:
            continue
        by_column = {g.cell.col: g for g in rows[restating[0]]}
        for f in cells:
            if f.field and (sub := by_column.get(f.cell.col)) is not None and sub.kind == f.kind:
                sub.field, sub.field_rule, f.field, f.field_rule = f.field, f.field_rule, "", ""


PART_BEFORE_TABLE = 80     # figures before a table's total the part it restates may be among


def _table_total_of_a_part(doc: Document) -> None:
    """另外23万元按在岗防疫员人数切块到18个乡镇，…见表1 … 合计 | 23.0: a table's total that restates a part the text stated
    before it is that part, where the text states the report's funds received itself (全县到位本批资金65.5万元)."""
    in_text = [f for f in doc.figures if f.field == "funds_received_total" and f.cell is None]
    for n, total in enumerate(doc.figures):
        if total.field != "funds_received_total" or total.cell is None or all(f.value <= total.value for f in in_text):
            continue        # (a part is less than the total the text states)
        if any(f.kind == "money" and f.cell is None and not f.field and f.value == total.value
               for f in doc.figures[max(0, n - PART_BEFORE_TABLE):n]):
            total.field, total.field_rule = "", ""


def _table_spending_of_a_part(doc: Document) -> None:
    """…提取项目管理费32万元…；其余3,574.12万元全部安排到…20个项目 … 合计 | 20 | 3,574.12 | 3,477.56 … 全县衔接资金累计支付
    3,503.16万元: a table's spending in a row whose amount is a part of the funds the text stated (what the projects got, less
    the fee) is that part's, where the text states the spending of them all."""
    received = next((f for f in doc.figures if f.field == "funds_received_total" and f.cell is None), None)
    if received is None or not any(f.field == "funds_spent" and f.cell is None for f in doc.figures):
        return
    parts = {f.value for f in doc.figures if f.kind == "money" and f.cell is None and f.value < received.value}
    for f in doc.figures:
        if f.field == "funds_spent" and f.cell is not None \
                and any(g.cell is not None and g.table_index == f.table_index and g.cell.row == f.cell.row
                        and g is not f and g.kind == "money" and g.value > f.value and g.value in parts
                        for g in doc.figures):
            f.field, f.field_rule = "", ""


def _own_level_alone_is_all(doc: Document) -> None:
    """市级财政实际到位区域协作经费613万元 in a city's report that names no other level's money anywhere: the funds of its own
    level are all its funds, and their amount received is its total (not in a municipality, whose 市级 is a
    province's)."""
    levels = _level_fields()
    own = "county" if doc.county else "city"
    if doc.province in patterns.load("fields")["municipalities"] or any(f.field == levels["all"] for f in doc.figures) \
            or any(f.kind == "money" and f.fund_level not in ("", "all", own) for f in doc.figures):
        return
    received = [f for f in doc.figures if f.field == levels[own]]
    if len(received) == 1:
        received[0].field, received[0].field_rule = levels["all"], "own_level_alone_is_all"


def _levels_of_the_plan_give_way(doc: Document) -> None:
    """县财政年初安排…预算35,800,000.00元，其中中央提前下达22,400,000.00元，省级…。…全年资金按来源分：中央29,860,000.00元、
    省级…: the levels of the budget at the year's start are the plan's; where the report states the levels again, those
    are the funds received."""
    levels = {field for level, field in _level_fields().items() if level != "all"}
    # (年初预算安排衔接资金10,580万元，其中中央7,020万元…: an amount its sentence says is the year's start's, with no field)
    for plan in (f for f in doc.figures if f.cell is None and (
            f.field == "budget_planned" or f.kind == "money" and f.measure in ("budget", "arranged", "allocated")
            and _cues()["initial_budget"].search(doc.norm, sentence_start(doc, f.start), f.start))):
        end = sentence_end(doc, plan.end)
        if not _cues()["plan_parts"].search(doc.norm, plan.end, end):
            continue
        for part in (f for f in doc.figures if plan.end < f.start < end and f.field in levels):
            again = [g for g in doc.figures if g.kind == "money" and g.cell is None and not g.scope and g.start > end
                     and g.fund_level == part.fund_level and g.value != part.value and g.field in ("", part.field)]
            if again:
                if not any(g.field == part.field for g in again):
                    again[0].field, again[0].field_rule = part.field, "levels_of_the_plan_give_way"
                part.field, part.field_rule = "", ""


def _one_level_closed_takes_the_field(doc: Document) -> None:
    """中央财政专项扶贫资金98764.30万元，其他中央涉农资金42615.84万元，以上合计141380.14万元: the level's funds are the total
    that closes them, not the first of its items."""
    for total in doc.figures:
        if total.field_rule != "context_one_level_closed":
            continue
        for f in doc.figures:
            if f.start >= total.start:
                break
            if f.field == total.field and f.value < total.value \
                    and sentence_start(doc, f.start) == sentence_start(doc, total.start):
                f.field, f.field_rule = "", ""


def _one_levels_spending_gives_way(doc: Document) -> None:
    """（一）中央资金。…已支出9,712.08万元 … 汇总以上各级资金，…累计支出18,295.24万元: where the report states what all its
    funds spent, one level's spending, rate and carry-over are that level's, not the report's."""
    for field in ("funds_spent", "execution_rate", "funds_carryover"):
        figures = [f for f in doc.figures if f.field == field and f.cell is None]
        if any(f.fund_level in ("", "all") for f in figures):
            for f in figures:
                if f.fund_level in ONE_LEVEL:
                    f.field, f.field_rule = "", ""


def _county_funds_compared_win(doc: Document) -> None:
    """县级财政安排的900万元比上年的750万元增长20% … 县财政安排的716万元中，风险补偿金500万元…: of the county's own funds
    stated differently, the one compared with the year before is the year's; one split into its uses after it is some
    of them (but two that differ otherwise are a contradiction to find)."""
    current = [f for f in doc.figures if f.field == "funds_county_current" and f.cell is None]
    if len({f.value for f in current}) < 2:
        return
    last_compared: dict[int, int] = {}     # each sentence's last figure of the year before or of the growth
    for g in doc.figures:
        if g.field in ("funds_county_prior", "funds_county_growth"):
            last_compared[sentence_start(doc, g.start)] = g.start
    compared = [f for f in current if last_compared.get(sentence_start(doc, f.start), -1) > f.start]
    if len(compared) == 1:
        for f in current:
            if f is not compared[0] and f.value != compared[0].value and _cues()["split_after"].match(doc.norm, f.end):
                f.field, f.field_rule = "", ""



def _industry_rows_give_way(doc: Document) -> None:
    """产业发展 | 2,460 in a table of uses, where the text states the amount for industry (…合计3,540万元) or the rows of
    several tables (of each level, each batch) give more than one: the row is some of it, or one of many."""
    rows = [f for f in doc.figures if f.field_rule == "table_industry_row"]
    in_text = any(f.field == "industry_investment" and f.cell is None for f in doc.figures)
    if rows and (in_text or len({f.value for f in rows}) > 1):
        for f in rows:
            f.field, f.field_rule = "", ""


def _industry_of_the_upper_levels_gives_way(doc: Document) -> None:
    """中央和自治区衔接资金中用于产业发展12084万元，占…的66.33%, where the report also states its own amount for industry
    (产业发展类项目58个，安排资金12626万元): the upper levels' part of it gives way."""
    industry = [f for f in doc.figures if f.field == "industry_investment"]
    upper = [f for f in industry if f.fund_level == "central_provincial"
             or _cues()["upper_levels_share_after"].match(doc.norm, f.end)]
    if upper and len(upper) < len(industry):
        for f in upper:
            f.field, f.field_rule = "", ""


def _batches_listed_are_no_totals(doc: Document) -> None:
    """中央资金分两批下达，提前下达11,865万元，第二批3,955万元；省级资金四批分别为3,610万元、2,154.6万元、…: the amounts after
    a count of batches, two or more of them, are each a batch's, no level's or total's funds (but not the total that
    closes them: …，合计1,309.65万元)."""
    context = patterns.load("relations")["context"]
    units, installments = frozenset(context["batch_units"]), frozenset(context["installment_units"])
    closing = _cues()["batches_total"]
    money = sorted((f for f in doc.figures if f.kind == "money" and f.cell is None), key=lambda f: f.start)
    starts = [f.start for f in money]
    # each opener of a list of batches: where it starts and ends, and the level it names
    openers = [(f.start, f.end, f.fund_level) for f in doc.figures if f.kind == "count" and f.cell is None
               and (f.unit in units or f.unit in installments and doc.norm[f.start - 1:f.start] == "分")]
    # (省级四批资金依次为3,860.00万元、…: the batches named in words, no figure of their own)
    openers += [(m.start(), m.end(), "") for m in _cues()["batches_in_turn"].finditer(doc.norm)]
    for at, opened, opener_level in openers:
        # (分两次到位：…4,386万元；…1,025万元。: a list its colon opens goes on over its ；-clauses)
        end = period_end(doc, opened) if LIST_OPENS.match(doc.norm, opened) else sentence_end(doc, opened)
        listed = []
        level = opener_level or level_named(doc.norm[clause_start(doc, at):at])    # (the level named before it)
        for f in takewhile(lambda f: f.start < end, islice(money, bisect_left(starts, opened), None)):
            if f.fund_level not in ("", level) \
                    or closing.search(doc.norm, clause_start(doc, f.start), f.start):
                break       # (…省级资金4980.6万元（分三批下达），市级资金926万元: the next level's, no batch)
            listed.append(f)
        if len(listed) >= 2:
            for f in listed:
                if f.field.startswith("funds_received"):
                    f.field, f.field_rule = "", ""


LIST_OPENS = regexp.compile(r"[^，,。；;\d]{0,6}[：:]")
YEAR_NAMED = regexp.compile(r"(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)")
YEARS_PARTS = 12      # figures after a total its parts by year are looked for in


def _last_day(value: str) -> str:
    """A month-end date written as its month (截至9月底 → 2023-09) is the month's last day (2023-09-30)."""
    if not (len(value) == 7 and value[:4].isdigit() and value[5:].isdigit() and 1 <= int(value[5:]) <= 12):
        return value
    year, month = int(value[:4]), int(value[5:])
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
