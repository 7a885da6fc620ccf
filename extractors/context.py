"""Every figure in its context: what it measures, of which fund, for whom, and when.

As in XBRL, a fact is a concept reported in a context (entity, period, dimensions). The context is read
from the words around each figure through the lexicon in patterns/context.toml:
- measure: received, allocated, arranged, paid, spent, carryover, budget, planned, rate, share, growth, ...
- fund: the level (central, provincial, city, county, all), the fund's name (衔接资金, 以工代赈, ...) and
  the purpose where stated (产业发展, 项目管理费, ...)
- scope: whose figure it is: "" for the report's own entity, else a place (地:温宿县), a project
  (项目:…), a batch (批:第一批) or one item of a breakdown (分项:基础设施项目)
- period: the fiscal year, an earlier year, or an as-of date (截至…)
Canonical fields (extractors/fields.py) and checks (pipeline/checks) compare figures only when their
contexts agree.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import NamedTuple

import regex

import patterns

from . import regexp
from .metadata import _find_places, township_reporting
from .numbers import small_int
from .model import Document, Figure, Section
from .sentences import clause_start, line_end, line_start, period_end, period_start, sentence_end, sentence_start
from .structure import TITLE_END, heading_form
from .table_figures import figures_by_row
from .wordlist import longest_first

CLAUSE_END = regexp.compile(r"[，,；;：:、。\n]")
LEVEL_CLAUSE_END = regexp.compile(r"[，,；;：:。\n]")       # 、 joins levels that belong together
# two levels whose amounts together make one of the lexicon's pairs (中央和省级)
LEVEL_PAIRS = {frozenset({"central", "provincial"}): "central_provincial", frozenset({"city", "county"}): "city_county"}
CLOSE_BRACKET = regexp.compile(r"[)）]")
OPEN_BRACKET = regexp.compile(r"[(（]")
# …，市级资金6,598万元（分三批下达），县级资金1,500万元: a closed aside speaks of the figure before it, not of the next
CLOSED_ASIDE = regexp.compile(r"[(（][^()（）]*[)）]")
# a heading's words before its first figure; a year it opens with (2021年第一批…项目) is no figure
TITLE_HEAD = regexp.compile(r"^(?:\s*(?:19|20)\d{2}\s*年度?)?[^，,。；;：:\d０-９]*")
CITED_TITLE = regexp.compile(r"《[^《》\n]{1,120}》")     # a cited document's title says nothing of this report's figures
TRAILING_NOTE = regexp.compile(r"[（(][^（）()]{1,10}[）)]$")     # …高标准农田建设项目(新建): a note on the project, not its name
LIST_NUMBER = regexp.compile(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*")
HAN = regexp.compile(r"\p{Han}")
QUOTES = regexp.compile("[“”\"‘’「」『』]+")     # 纳入监测的“三类户”, （一）"三乌"特色养殖项目: quotes say nothing
BULLET = regexp.compile(r"^[—–\-·•●○■□◆▪►]+\s*")
LIST_LEAD = regexp.compile(r"^[^，,。；;：:\d]{0,10}[：:]\s*")
PLACE_SUFFIXES = ("镇", "乡", "村", "苏木", "嘎查", "街道")
SPAN_TO_NOW = "以来"        # a period from a year up to the report's: 2016以来
SPAN_TO = "—"               # …and from a year to an earlier one than the report's: 2013—2019
AS_OF = "截至"      # the period of a figure as of a date (截至2023-12-31)


@dataclass(frozen=True)
class Cues:
    """One alternation per vocabulary, longest cue first, each cue mapped to what it names."""
    pattern: regexp.Pattern
    names: dict

    def matches(self, text: str) -> list:
        return list(self.pattern.finditer(text))

    def last(self, text: str) -> str:
        """The name of the last cue in the text; a cue named "none" (转移支付 among the measures) hides the
        shorter cue inside it and names nothing."""
        found = [m for m in self.matches(text) if self.names[m.group()] != "none"]
        return self.names[found[-1].group()] if found else ""

    def first(self, text: str) -> str:
        return next((self.names[m.group()] for m in self.pattern.finditer(text) if self.names[m.group()] != "none"), "")


def _cues(groups: dict[str, list[str]]) -> Cues:
    names: dict[str, str] = {}
    for name, words in groups.items():
        for w in words:
            names.setdefault(w, name)
    return Cues(regexp.compile(longest_first(names)), names)


@dataclass(frozen=True)
class Lexicon:
    measures: dict          # kind → Cues of the measures that kind can take
    planned: regexp.Pattern
    level: Cues
    level_list: regexp.Pattern
    level_list_not_before: regexp.Pattern
    level_pair: regexp.Pattern
    upper_and_own: regexp.Pattern
    whole_of_sources: regexp.Pattern
    read_from: regexp.Pattern
    counted_before: regexp.Pattern
    receiver: regexp.Pattern
    fund: Cues
    purpose: Cues
    norm_after: regexp.Pattern
    norm_before: regexp.Pattern
    place: regexp.Pattern
    place_follows: regexp.Pattern
    place_topic: regexp.Pattern
    wider_whole: regexp.Pattern
    prefecture_funds: regexp.Pattern
    counted_places: regexp.Pattern
    counted_townships: regexp.Pattern
    counted_projects: regexp.Pattern
    province_arranging: regexp.Pattern
    sub_area: regexp.Pattern
    items_above: regexp.Pattern
    funds_item: regexp.Pattern
    places_counted: regexp.Pattern
    bracketed_place: regexp.Pattern
    given_to_all: regexp.Pattern
    given_to_counties: regexp.Pattern
    given_to_all_before: regexp.Pattern
    given_to_townships: regexp.Pattern
    handed_on: regexp.Pattern
    paid_to_us: regexp.Pattern
    not_places: frozenset
    neighbour_lead: regexp.Pattern
    levels_again: regexp.Pattern
    zone_of_place: regexp.Pattern
    project: regexp.Pattern
    organization: regexp.Pattern
    departments: regexp.Pattern
    department_item: regexp.Pattern
    department_budget: regexp.Pattern
    reward_funds: regexp.Pattern
    carried_in_heading: regexp.Pattern
    several_funds_title: regexp.Pattern
    funds_together: regexp.Pattern
    outside_report: regexp.Pattern
    sample_declared: regexp.Pattern
    sample_subject: regexp.Pattern
    sample_goes_on: regexp.Pattern
    claimed: regexp.Pattern
    claim_verified: regexp.Pattern
    claimed_column: regexp.Pattern
    correction_note: regexp.Pattern
    superseded: regexp.Pattern
    superseded_until: regexp.Pattern
    ordinal_item: regexp.Pattern
    restated_amount: regexp.Pattern
    own_whole_opening: regexp.Pattern
    as_of_head: regexp.Pattern
    funds_stage_head: regexp.Pattern
    rest_head: regexp.Pattern
    aside_opener: regexp.Pattern
    fund_included: regexp.Pattern
    breakdown_item: regexp.Pattern
    task_heading: regexp.Pattern
    task_amount: regexp.Pattern
    task_funds: regexp.Pattern
    that_project: regexp.Pattern
    own_level_title: regexp.Pattern
    whole_city: regexp.Pattern
    some_projects: regexp.Pattern
    breakdown_lead: regexp.Pattern
    breakdown_row: regexp.Pattern
    works_heading: regexp.Pattern
    use_category: regexp.Pattern
    fund_category: regexp.Pattern
    topic: regexp.Pattern
    clause_opening: regexp.Pattern
    continues: regexp.Pattern
    subjectless: regexp.Pattern
    given_to: regexp.Pattern
    given_via: regexp.Pattern
    batch: regexp.Pattern
    allocation_document: regexp.Pattern
    document_sent: regexp.Pattern
    batches_closed: regexp.Pattern
    batch_part: regexp.Pattern
    to_own_township: regexp.Pattern
    item_no_topic: regexp.Pattern
    county_whole: regexp.Pattern
    rate_right_after: regexp.Pattern
    batch_item: regexp.Pattern
    sent_on_the_day: regexp.Pattern
    labelled_item: regexp.Pattern
    fund_heading_topic: regexp.Pattern
    lesser_funds: frozenset[str]
    item_label_ends: tuple[str, ...]
    installment: regexp.Pattern
    change_before: regexp.Pattern
    use_summed: regexp.Pattern
    more_than_retention: regexp.Pattern
    generic_heads: tuple
    as_of: regexp.Pattern
    part_of_year: regexp.Pattern
    series: regexp.Pattern
    prior_value: regexp.Pattern
    compared_with_prior: regexp.Pattern
    change_from: regexp.Pattern
    this_year: regexp.Pattern
    used_this_year: regexp.Pattern
    new_funds_of_the_year: regexp.Pattern
    whole_year: regexp.Pattern
    that_year: regexp.Pattern
    years_together: regexp.Pattern
    prior_bracket: regexp.Pattern
    month_after: regexp.Pattern
    carried_into: regexp.Pattern
    carried_to_a_year: regexp.Pattern
    carried_in: regexp.Pattern
    available_together: regexp.Pattern
    years_total_head: regexp.Pattern
    years_funds_heading: regexp.Pattern
    available_parts_after: regexp.Pattern
    advance: regexp.Pattern
    since_event: regexp.Pattern
    same_time: regexp.Pattern
    earlier_year: regexp.Pattern
    since: regexp.Pattern
    received_heading: regexp.Pattern
    one_level_heading: regexp.Pattern


@cache
def lexicon() -> Lexicon:
    data = patterns.load("context")
    cues = data["measure"]
    measures = {kind: _cues({m: cues[m] for m in names}) for kind, names in data["measures_of"].items()}
    scope = data["scope"]
    return Lexicon(
        measures=measures, planned=regexp.compile("|".join(map(regex.escape, data["modality"]["planned"]))),
        level=_cues(data["level"]), level_list=regexp.compile(data["level_list"]["pattern"]),
        level_list_not_before=regexp.compile(data["level_list"]["not_before"]),
        level_pair=regexp.compile(data["level_list"]["pair"]),
        upper_and_own=regexp.compile(data["level_list"]["upper_and_own"]),
        whole_of_sources=regexp.compile(data["level_list"]["whole_of_sources"]),
        read_from=regexp.compile(data["level_list"]["read_from"]),
        counted_before=regexp.compile(data["level_list"]["counted_before"]),
        receiver=regexp.compile(data["receiver"]["after"]), fund=_cues(data["fund"]), purpose=_cues(data["purpose"]),
        norm_after=regexp.compile(data["norm"]["after"]), norm_before=regexp.compile(data["norm"]["before"]),
        place=regexp.compile(scope["place"]), place_follows=regexp.compile(scope["place_follows"]),
        place_topic=regexp.compile(scope["place_topic"]), wider_whole=regexp.compile(scope["wider_whole"]),
        prefecture_funds=regexp.compile(scope["prefecture_funds"]),
        counted_places=regexp.compile(scope["counted_places"]),
        counted_townships=regexp.compile(scope["counted_townships"]),
        counted_projects=regexp.compile(scope["counted_projects"]),
        province_arranging=regexp.compile(scope["province_arranging"]),
        sub_area=regexp.compile(scope["sub_area"]), items_above=regexp.compile(scope["items_above"]),
        funds_item=regexp.compile(scope["funds_item"]),
        places_counted=regexp.compile(scope["places_counted"]),
        bracketed_place=regexp.compile(scope["bracketed_place"]),
        given_to_all=regexp.compile(scope["given_to_all"]), given_to_all_before=regexp.compile(scope["given_to_all_before"]),
        given_to_counties=regexp.compile(scope["given_to_counties"]),
        given_to_townships=regexp.compile(scope["given_to_townships"]),
        handed_on=regexp.compile(scope["handed_on"]),
        paid_to_us=regexp.compile(scope["paid_to_us"]),
        not_places=frozenset(scope["not_places"]), neighbour_lead=regexp.compile(scope["neighbour_lead"]),
        levels_again=regexp.compile(scope["levels_again"]), zone_of_place=regexp.compile(scope["zone_of_place"]),
        project=regexp.compile(scope["project"]),
        organization=regexp.compile(scope["organization"]), departments=regexp.compile(scope["departments"]),
        department_item=regexp.compile(scope["department_item"]),
        department_budget=regexp.compile(scope["department_budget"]),
        reward_funds=regexp.compile(scope["reward_funds"]),
        carried_in_heading=regexp.compile(scope["carried_in_heading"]),
        several_funds_title=regexp.compile(scope["several_funds_title"]),
        funds_together=regexp.compile(scope["funds_together"]),
        outside_report=regexp.compile(scope["outside_report"]),
        sample_declared=regexp.compile(scope["sample_declared"]), sample_subject=regexp.compile(scope["sample_subject"]),
        sample_goes_on=regexp.compile(scope["sample_goes_on"]),
        claimed=regexp.compile(scope["claimed"]), claim_verified=regexp.compile(scope["claim_verified"]),
        claimed_column=regexp.compile(scope["claimed_column"]),
        correction_note=regexp.compile(scope["correction_note"]),
        superseded=regexp.compile(scope["superseded"]), superseded_until=regexp.compile(scope["superseded_until"]),
        ordinal_item=regexp.compile(scope["ordinal_item"]), restated_amount=regexp.compile(scope["restated_amount"]),
        own_whole_opening=regexp.compile(scope["own_whole_opening"]), as_of_head=regexp.compile(scope["as_of_head"]),
        funds_stage_head=regexp.compile(scope["funds_stage_head"]),
        rest_head=regexp.compile(scope["rest_head"]),
        aside_opener=regexp.compile(scope["aside_opener"]), fund_included=regexp.compile(scope["fund_included"]),
        breakdown_item=regexp.compile(scope["breakdown_item"]), task_heading=regexp.compile(scope["task_heading"]),
        task_amount=regexp.compile(scope["task_amount"]), task_funds=regexp.compile(scope["task_funds"]),
        that_project=regexp.compile(scope["that_project"]),
        own_level_title=regexp.compile(scope["own_level_title"]), whole_city=regexp.compile(scope["whole_city"]),
        some_projects=regexp.compile(scope["some_projects"]),
        breakdown_lead=regexp.compile(scope["breakdown_lead"]),
        breakdown_row=regexp.compile(scope["breakdown_row"]), works_heading=regexp.compile(scope["works_heading"]),
        use_category=regexp.compile(scope["use_category"]), fund_category=regexp.compile(scope["fund_category"]),
        topic=regexp.compile(scope["topic"]), clause_opening=regexp.compile(scope["clause_opening"]),
        continues=regexp.compile(scope["continues"]), subjectless=regexp.compile(scope["subjectless"]),
        given_to=regexp.compile(scope["given_to"]), given_via=regexp.compile(scope["given_via"]),
        batch=regexp.compile(scope["batch"]), batch_part=regexp.compile(scope["batch_part"]),
        allocation_document=regexp.compile(scope["allocation_document"]),
        document_sent=regexp.compile(scope["document_sent"]), batches_closed=regexp.compile(scope["batches_closed"]),
        to_own_township=regexp.compile(scope["to_own_township"]), item_no_topic=regexp.compile(scope["item_no_topic"]), county_whole=regexp.compile(scope["county_whole"]),
        rate_right_after=regexp.compile(scope["rate_right_after"]), batch_item=regexp.compile(scope["batch_item"]),
        sent_on_the_day=regexp.compile(scope["sent_on_the_day"]),
        labelled_item=regexp.compile(scope["labelled_item"]), item_label_ends=tuple(scope["item_label_ends"]),
        fund_heading_topic=regexp.compile(scope["fund_heading_topic"]), lesser_funds=frozenset(scope["lesser_funds"]),
        installment=regexp.compile(scope["installment"]),
        change_before=regexp.compile(patterns.load("relations")["absolute_change"]),
        use_summed=regexp.compile(data["heading"]["use_summed"]),
        more_than_retention=regexp.compile(data["heading"]["more_than_retention"]),
        generic_heads=tuple(scope["generic_project_heads"]),
        as_of=regexp.compile(data["period"]["as_of"]), part_of_year=regexp.compile(data["period"]["part_of_year"]),
        prior_value=regexp.compile(data["period"]["prior_value"]),
        compared_with_prior=regexp.compile(data["period"]["compared_with_prior"]),
        change_from=regexp.compile(data["period"]["change_from"]),
        this_year=regexp.compile(data["period"]["this_year"]),
        used_this_year=regexp.compile(data["period"]["used_this_year"]),
        new_funds_of_the_year=regexp.compile(data["period"]["new_funds_of_the_year"]),
        whole_year=regexp.compile(data["period"]["whole_year"]),
        that_year=regexp.compile(data["period"]["that_year"]),
        years_together=regexp.compile(data["period"]["years_together"]),
        prior_bracket=regexp.compile(data["period"]["prior_bracket"]),
        month_after=regexp.compile(data["period"]["month_after"]),
        carried_into=regexp.compile(data["period"]["carried_into"]),
        carried_to_a_year=regexp.compile(data["period"]["carried_to_a_year"]),
        carried_in=regexp.compile(data["period"]["carried_in"]),
        available_together=regexp.compile(data["period"]["available_together"]),
        years_total_head=regexp.compile(data["period"]["years_total_head"]),
        years_funds_heading=regexp.compile(data["period"]["years_funds_heading"]),
        available_parts_after=regexp.compile(data["period"]["available_parts_after"]),
        advance=regexp.compile(data["period"]["advance"]), since_event=regexp.compile(data["period"]["since_event"]),
        same_time=regexp.compile(data["period"]["same_time"]),
        series=regexp.compile(data["series"]["opening"]),
        earlier_year=regexp.compile(patterns.load("fields")["earlier_year"]),
        since=regexp.compile(patterns.load("fields")["since_year"]),
        received_heading=regexp.compile(data["heading"]["received"]),
        one_level_heading=regexp.compile(data["heading"]["one_level"]),
    )


# ---------------------------------------------------------------- the report's own entity and places

def own_names(doc: Document) -> frozenset[str]:
    """The report's entity and those above it (长治市下达我县…), and every place its title names."""
    names = {n for n in (doc.county, doc.city, doc.province) if n}
    names |= {p.name for p in _find_places(doc.title)}
    for m in lexicon().place.finditer(doc.title):
        names.add(m.group("place"))
    return frozenset(n for n in names if n)


def on_own_level(doc: Document) -> bool:
    """延安市2021年度市本级衔接推进乡村振兴补助资金绩效自评报告: a report on a prefecture's own level of funds only."""
    return lexicon().own_level_title.search(doc.title) is not None


def _zone_of_a_place(name: str) -> bool:
    """济源示范区, 兰州新区: a zone named after a place, which ranks as one."""
    zone = lexicon().zone_of_place.search(name)
    stem = name[:zone.start()] if zone else ""
    return len(stem) >= 2 and any(p.name == stem + level for level in "市州县区" for p in _find_places(stem + level))


def _is_place(name: str) -> bool:
    lex = lexicon()
    if _zone_of_a_place(name):
        return True
    if name in lex.not_places or len(name) < 2:
        return False
    if any(cues.pattern.search(name) for cues in (lex.level, lex.fund, lex.measures["money"])):
        return False            # 获得中央衔接推进乡… is a clause, not a 乡
    if name.endswith(PLACE_SUFFIXES):
        return len(name) >= 3
    return any(p.name == name for p in _find_places(name))


def names_a_place(text: str) -> bool:
    """Whether the text names a place (甲镇稻香村70万元), not a word that only ends like one (乡村产业发展)."""
    return any(_is_place(name) or len(name) == 2 and name not in lexicon().not_places
               for name in (m.group("place") for m in lexicon().place.finditer(text)))     # (和县, 甲县 too)


def batch_named(text: str) -> str:
    """The batch the text names (第一批), or ""."""
    found = lexicon().batch.search(text)
    return found.group() if found else ""


def _without_topic_lead(head: str) -> str:
    """A sentence head without a topic it opens with before a colon ((三)建设内容：宜里镇片区… → 宜里镇片区…), where the topic
    names no place (温宿县：… keeps its place)."""
    lead = LIST_LEAD.match(head)
    return head[lead.end():] if lead and not lexicon().place.search(lead.group()) else head


def _opened(head: str) -> str:
    """A sentence head without the lead of the breakdown it opens (分县看：温宿县到位… → 温宿县到位…)."""
    lead = lexicon().breakdown_lead.match(head)
    head = head[lead.end():] if lead else head
    return lexicon().clause_opening.sub("", head, count=1)     # 其中永泰县下达资金最多，…尚有1228.8万元未支付


def other_place_named(doc: Document, text: str) -> str:
    """The place at the head of the text that is not the report's own entity, above it or beside it (遂宁市衔接补助资金总额
    in 射洪市's report), else ""."""
    own = doc.county or doc.city or doc.province
    return _place_scope(text, frozenset({own} if own else ())).removeprefix("地:")


def _place_scope(text: str, own: frozenset[str]) -> str:
    """A place at the head of the text (温宿县8748万元, XX县到位资金…, 崇武镇), unless it is the report's own."""
    lex = lexicon()
    verb = lex.given_to.match(text) or lex.neighbour_lead.match(text)
    if verb and verb.end():
        return _place_scope(text[verb.end():], own)     # 下达我区103.83亿元: the receiver follows the verb (同期邻县平乡县…)
    if departments := lex.departments.match(text):
        return "单位:" + departments.group("name")
    m = lex.place.match(text)
    if not m:
        return ""
    name, rest = m.group("place"), text[m.end():]
    if rest and rest[0] in COUNTY_SUFFIX_CHARS and any(p.name == name + rest[0] for p in _find_places(name + rest[0])):
        name, rest = name + rest[0], rest[1:]       # 平乡县: a county whose name ends like a township's
    inner = lex.place.match(rest) if not lex.place_follows.match(rest) else None     # (not 砂河镇为东部重镇: described)
    if inner and _is_place(name) and _is_place(inner.group("place")):
        return _place_scope(rest, own)      # 兰州市皋兰县…: the county within its city
    other = lex.place.match(rest, 1) if rest[:1] in ("、", "和", "及") else None
    if other and _is_place(name) and _is_place(other.group("place")) and not {name, other.group("place")} <= own:
        return f"地:{name}、{other.group('place')}"     # 恩施市、竹山县各获…1000万元，共计2000万元: both places' together
    if name in own or name.endswith(tuple(lex.not_places)) and not _zone_of_a_place(name) \
            and not any(p.name == name for p in _find_places(name)):
        return ""               # 可有效解决全县…: a clause ending in 全县 names no place (but 万山区 is one, 山区 though it ends)
    if rest and HAN.match(rest) and not lex.place_follows.match(rest):
        return ""               # 开展村庄清洁…, 盘活农村土地…: a word, not a place
    if not rest.strip() and len(name) >= 3:
        return "地:" + name     # 库车市2214万元: a name right before its figure
    return "地:" + name if _is_place(name) else ""


COUNTY_SUFFIX_CHARS = "县市区旗"
PROJECT_HEAD_REST = 6      # characters after a project's name its sentence head may hold (预算, 已支付, 总投资为)
CLAUSE_MARK_OR_LIST = regexp.compile(r"[，,、；;：:]")
COMMA_AFTER_NAME = regexp.compile(r"^[，,]")




def _named_project(head: str, own: frozenset[str]) -> str:
    """甲村冷库项目预算80万元，已支付80万元，支付率100%；…: a sentence that opens with a project named after a place other
    than the report's own is that project's, to its end."""
    lex = lexicon()
    # (——振江镇石柱参标准化种植项目，投资…: a dashed item of a list; 主要项目：八面城镇…项目9,800,000.00元: one after its lead)
    head = LIST_LEAD.sub("", BULLET.sub("", head.strip()), count=1)
    m = lex.project.match(head)
    if m is None or len(head) - m.end() > PROJECT_HEAD_REST \
            or CLAUSE_MARK_OR_LIST.search(head[:m.end()] + COMMA_AFTER_NAME.sub("", head[m.end():], count=1)):
        return ""               # (…堤防工程、永靖县…公路工程等6个项目…: a list of projects, not one; but 甲镇…项目，投资…:
                                # the project, then its amount)
    name = m.group()
    if lex.that_project.match(name):
        return "项目:" + name   # 该产业路项目资金规模1,046万元，已支付993.7万元: the project named before
    place = lex.place.match(name)
    if place is None or place.group("place") in own or not _is_place(place.group("place")) or len(name) < 6 \
            or name.startswith(lex.generic_heads):
        return ""
    return "项目:" + name


def wider_is_own(doc: Document, unit: str) -> bool:
    """全市 in a county-level city's report, 全区 in a district's (or in any report outside an autonomous region) is the
    report's own place, not the wider one."""
    return unit == "市" and doc.county.endswith("市") \
        or unit == "区" and (doc.county.endswith("区") or not doc.province.endswith("自治区"))


def _wider_whole(doc: Document, head: str, kind: str) -> str:
    """全市1个镇、15个村获得奖补，共计7000万元 in 长乐区's report: the whole of the city (province, prefecture) the
    county is in, not the county's own (全市 in a county-level city's report is its own)."""
    m = lexicon().wider_whole.match(head.strip())
    named = lexicon().province_arranging.match(head.strip())
    if named is not None and doc.county and named.group("name") == doc.province:
        return "地:" + doc.province     # 2018年，甘肃省安排财政专项扶贫资金173.3亿元 in a county's report: the province's
    whole_city = lexicon().whole_city.match(head.strip())
    if whole_city is not None and not doc.county and on_own_level(doc) and kind in ("money", "percent"):
        return "地:" + whole_city.group("whole")    # 2021年全市共到位…18.64亿元 in a report on 市本级 funds: the whole
                                                   # city's money, with its counties' (its people are the report's)
    if m is None or not doc.county or wider_is_own(doc, m.group("unit")):
        return ""
    wider = doc.province if m.group("unit") in ("省", "区") else "全国" if m.group("unit") == "国" else doc.city
    return "地:" + (wider or m.group())


def _project_scope(subject: str) -> str:
    """其中：…、大豆区域公共品牌建设项目261万元: a project named as one part of a total is its own scope."""
    lex = lexicon()
    m = lex.project.fullmatch(subject.strip())
    if m and len(subject.strip()) >= 6 and not subject.strip().startswith(lex.generic_heads):
        return "项目:" + subject.strip()
    return ""


def _given_to(clause: str, own: frozenset[str]) -> str:
    """下达某某镇资金50万元, 向某某镇下达…50万元: the amount is the place's, not the report's."""
    for m in chain(lexicon().given_to.finditer(clause), lexicon().given_via.finditer(clause)):
        found = _place_scope(clause[m.end():], own)
        if found:
            return found
    return ""


# ---------------------------------------------------------------- scopes of headings and list items

WORKS_HEAD = 8      # characters a heading that names one work must have (not （一）项目建设, a topic)


def _section_scope(doc: Document, section: Section, own: frozenset[str]) -> str:
    """The scope a heading names: one row of a breakdown, a category of use, a project, a place, an item of
    a breakdown (1.当年下达资金), a batch; "" for a topic of the report itself (资金投入情况)."""
    lex = lexicon()
    head = QUOTES.sub("", TITLE_HEAD.match(section.title).group().strip())     # （一）"三乌"特色养殖项目
    if not head:
        return ""
    if section.form == "project_item":
        return "项目:" + head       # 项目一：中央财政衔接推进乡村振兴补助资金。
    line_end = doc.norm.find("\n", section.start)
    line = LIST_NUMBER.sub("", doc.norm[section.start:line_end if line_end >= 0 else len(doc.norm)])
    if heading_form(line) == "project_item":
        return "项目:" + (line[TITLE_END.search(line).end():].strip().rstrip("。.") or head)   # （二）项目二：冯家镇…项目
    figures_follow = line.startswith(head) and line[len(head):len(head) + 1].isdigit()
    whole = lex.own_whole_opening.match(head) is not None    # (1.全县项目库储备项目468个…: the county's own, no item)
    if section.level >= 2 and figures_follow and lex.breakdown_row.search(head) and not whole:
        return "分项:" + head       # （一）基础设施项目21个，总投资8.08亿元…
    if section.level >= 2 and lex.use_category.search(head) and lex.purpose.first(head):
        return "分项:" + head       # （一）产业发展项目。共安排资金…其中中央…
    if lex.project.fullmatch(TRAILING_NOTE.sub("", head)) and len(head) >= 6 and not head.startswith(lex.generic_heads):
        return ("分项:" if lex.fund_category.search(head) else "项目:") + head
    if section.level >= 2 and len(head) >= WORKS_HEAD and lex.works_heading.search(head) and not lex.topic.search(head) \
            and not lex.purpose.first(head):
        return "项目:" + head       # （四）林街分场森林防火瞭望塔建设。安排资金256,400元…: one work among the list's (not
                                    # （三）农村危房改造, a use)
    place = _place_scope(head, own)
    if place and (len(head) <= len(place) + 2 or lex.place_topic.fullmatch(head[head.find(place[2:]) + len(place) - 2:])):
        return place            # 四、兰州市皋兰县项目安排情况
    if section.level >= 3 and len(head) <= 14 and lex.breakdown_item.search(head) and not lex.topic.search(head) \
            and not whole and not level_named(head) and not _names_the_reports_fund(doc, head) \
            and not lex.years_funds_heading.fullmatch(head) and not lex.funds_stage_head.fullmatch(head) \
            or section.level >= 2 and lex.task_heading.match(head.strip()):
        return "分项:" + head       # (（二）以工代赈任务\n中央下达1,150万元: the task's; not 1.衔接推进乡村振兴补助资金24,380.5万元
                                    # in a report on them and other funds, the report's own; nor 2.2023年资金。, a year's
                                    # funds, whose year tells whose they are, nor 2.当年下达资金。, the year's own)
    if section.level >= 2 and (named := _fund_heading(head)) \
            and (lex.fund.names[named] not in ("none", INTEGRATED_FUNDS, main_fund(doc))
                 or lex.fund.names[named] == main_fund(doc) and lex.several_funds_title.search(doc.title)):
        return "分项:" + head       # （二）其他涉农资金。…全年到位2,965.4万元 in a report on the 衔接资金: that fund's (not
                                    # （三）统筹整合。, the funds that hold the report's own)
    batch = lex.batch.search(head)
    if batch and len(head) <= 12:
        return "批:" + batch.group()
    if section.level >= 2 and lex.organization.fullmatch(head) and head not in doc.title:
        return "单位:" + head
    if lex.department_budget.fullmatch(head.strip().rstrip("。.：:")):
        return DEPARTMENT       # （一）部门整体支出概况: the department's own budget, not the funds
    if reward := lex.reward_funds.fullmatch(head.strip().rstrip("。.：:")):
        return "分项:" + reward.group("name")     # 四、省级实绩考核奖励资金使用情况
    if section.level >= 2 and (carried := lex.carried_in_heading.fullmatch(head.strip().rstrip("。.：:"))) \
            and (carried.group("year") is None or doc.year is not None and int(carried.group("year")) < doc.year):
        return "分项:" + CARRIED_IN     # （一）上年结转资金执行情况: what the year brought forward, spent and left of it
    return ""


def _fund_heading(head: str) -> str:
    """The fund a heading names and nothing else (（二）其他涉农资金。); or one of the lesser funds beside the report's with the
    topic it tells of it (（四）少数民族发展资金使用, （二）以工代赈中央预算内投资到位情况: the first it names; not （二）衔接资金到位
    情况 in a report on the integrated funds, whose fields are the 衔接资金's); "" for any other heading."""
    lex = lexicon()
    bare = BRACKET_TAIL.sub("", head.strip().rstrip("。.：:"))
    if named := lex.fund.pattern.fullmatch(bare):
        return named.group()
    core = lex.fund_heading_topic.sub("", bare)
    names = list(lex.fund.matches(core))
    lesser = names and lex.fund.names[names[0].group()] in lex.lesser_funds
    return names[0].group() if lesser and lex.fund.pattern.sub("", core) in ("", "资金") else ""


ONE_LEVEL = ("central", "provincial", "city", "county")
ALL_LEVELS_NAMED = regexp.compile(r"各级|[两三四]级")
# 市本级, 2022年度市本级, 我市本级, 其中市本级, not 牡丹江市本级 (the prefecture's)
OWN_CITY = regexp.compile(r"(?:(?<!\p{Han})|(?<=[年度级我中]))市本级")


class Heading(NamedTuple):
    """What a heading says of the figures under it."""
    scope: str = ""
    purpose: str = ""
    measure: str = ""
    level: str = ""


def _by_path(doc: Document, own: frozenset[str]) -> dict[str, Heading]:
    """Each section's path → the scope, the purpose, the measure and the fund level its heading names (once per
    document). A level is a heading's only where the report is split by level (一、中央财政衔接推进乡村振兴补助资金 …
    二、自治区财政衔接推进乡村振兴补助资金 …): a figure under it that names no level is that level's."""
    lex = lexicon()
    out, levels = {}, {}
    for s in doc.sections:
        head = TITLE_HEAD.match(s.title).group()
        if lex.one_level_heading.fullmatch(head.strip()) and level_named(head) in ONE_LEVEL \
                and _heading_alone(doc, s, head):
            levels[s.path] = level_named(head)
        out[s.path] = Heading(_section_scope(doc, s, own), lex.purpose.last(head),
                              "received" if lex.received_heading.search(head) else "")
    for s in doc.sections:      # 二、部门预算收支情况 （二）预算支出。全年支出合计…: the department's budget, all of it
        parent = s.path.rpartition("/")[0]
        if parent and out.get(parent) is not None and out[parent].scope == DEPARTMENT \
                and not out[s.path].scope.startswith("项目:"):
            out[s.path] = out[s.path]._replace(scope=DEPARTMENT)
    _items_among_items(doc, out)
    if len(set(levels.values())) > 1:
        for path, level in levels.items():
            out[path] = out[path]._replace(level=level)
    return out


def _items_among_items(doc: Document, out: dict[str, Heading]) -> None:
    """（一）党建工作项目。…（五）都市农业产业扶持项目。…（六）河长制工作经费。: a heading that names funds among headings
    that name projects or items is one item more."""
    lex = lexicon()
    siblings: dict[tuple[str, int], list[Section]] = {}
    for s in doc.sections:
        siblings.setdefault((s.path.rpartition("/")[0], s.level), []).append(s)
    for group in siblings.values():
        heads = {s.path: TITLE_HEAD.match(s.title).group().strip().rstrip("。.：:") for s in group}
        # (（一）发展资金。… （二）以工代赈资金。… （三）少数民族发展资金。…: funds that are parts of the report's, one per
        # heading, are items too; not the report's own fund, nor one level's)
        # (（一）2023年度资金。… （二）2024年上半年资金。…: the years of the report's funds, no items of them)
        years = [s for s in group if lex.years_funds_heading.fullmatch(heads[s.path])]
        funds = [s for s in group if not out[s.path].scope and s not in years and lex.funds_item.search(heads[s.path])
                 and not lex.topic.search(heads[s.path]) and not level_named(heads[s.path])
                 and not lex.funds_stage_head.fullmatch(heads[s.path])
                 and lex.fund.first(heads[s.path]) != main_fund(doc)]
        # (…（一）农村饮水安全巩固提升工程 （二）小型农田水利设施建设\n安排扶贫资金760万元…: a heading of work that states its
        # funds, beside a project's, is one item more; so is 其他项目)
        works = [s for s in group if not out[s.path].scope and s not in funds and not lex.topic.search(heads[s.path])
                 and not level_named(heads[s.path]) and not lex.fund_category.search(heads[s.path])
                 and not _names_the_reports_fund(doc, heads[s.path])
                 and (len(heads[s.path]) >= WORK_HEAD_CHARS or lex.rest_head.match(heads[s.path]))
                 and not lex.as_of_head.match(heads[s.path]) and not lex.funds_stage_head.fullmatch(heads[s.path])
                 and _states_its_funds(doc, s)]     # (not （一）衔接资金下达 nor 1.衔接推进乡村振兴补助资金24,380.5万元,
                                                    # the report's funds; nor 2.截至2024年…)
        # (（一）上年结转资金。…（二）本年新下达资金。…: what was brought forward is an item beside the year's own funds)
        new_funds = [s for s in group if lex.funds_stage_head.fullmatch(heads[s.path])]
        items = sum(out[s.path].scope.startswith(ITEM_SCOPES) for s in group) + len(funds)
        if items < 1 or items + len(works) + len(new_funds) < 2:
            continue
        for s in group:
            # (not （一）衔接资金。 among them in a report its title says is on them: the report's own funds)
            if not out[s.path].scope and s not in new_funds and s not in years \
                    and (lex.funds_item.search(heads[s.path]) and not _names_the_titles_fund(doc, heads[s.path])
                         or s in works):
                out[s.path] = out[s.path]._replace(scope="分项:" + heads[s.path])


ITEM_REACH = 120       # characters of a heading's own text an item states its funds in
WORK_HEAD_CHARS = 4    # the shortest heading that names a work (小型农田水利设施建设)


def _states_its_funds(doc: Document, section: Section) -> bool:
    """（二）小型农田水利设施建设\n安排扶贫资金1,035.4万元，…: the heading's text opens with an amount of money (an item of
    work, not a topic such as 6.防止返贫动态监测。…1263户)."""
    end = min(section.end, section.start + ITEM_REACH)
    return any(f.kind == "money" and f.cell is None for f in figures_in(doc, section.start, end))


ITEM_SCOPES = ("项目:", "分项:", "批:")     # the scopes narrower than the report's by their kind (a place's may be wider)


def _heading_alone(doc: Document, section: Section, head: str) -> bool:
    """A heading that is its line's only words, or the sentence that opens it （（一）中央资金。中央资金分三批下达…), not
    1.省级专项扶贫资金47万元；, an item of a list."""
    line_end = doc.norm.find("\n", section.start)
    line = LIST_NUMBER.sub("", doc.norm[section.start:line_end if line_end >= 0 else len(doc.norm)]).strip()
    name = head.strip().rstrip("。.：:")
    return line.rstrip("。.：:") == name or line.startswith(name) and line[len(name):len(name) + 1] in ("。", "：", ":")


def _inherited(by_path: dict[str, Heading], path: str) -> Heading:
    """The innermost scope, purpose, measure and level along a figure's section path (一/（二）/3 → 一/（二） → 一)."""
    found = Heading()
    parts = path.split("/") if path else []
    for n in range(len(parts), 0, -1):
        outer = by_path.get("/".join(parts[:n]), Heading())
        found = Heading(*(mine or theirs for mine, theirs in zip(found, outer)))
        if all(found):
            break
    return found


# ---------------------------------------------------------------- one figure

@lru_cache(maxsize=16384)       # a sentence's head is read again for each of its figures
def _measure(kind: str, *texts: str) -> str:
    cues = lexicon().measures.get(kind)
    if cues is None:
        return ""
    for text in texts:
        found = cues.last(text)
        if found:
            return found
    return ""


def _names_no_measure(kind: str, clause: str) -> bool:
    """The clause holds a word the measures' lexicon reads as naming none (调减后, 转移支付, 执行情况)."""
    cues = lexicon().measures.get(kind)
    return cues is not None and any(cues.names[m.group()] == "none" for m in cues.matches(clause))


def earlier_years(text: str) -> list[regexp.Match]:
    """The earlier years the text names (上年, 2021年 but not 较2021年), in order. Each ends in 年, which most
    clauses lack: the test spares them the search, whose lookbehind keeps it in the slower regex engine."""
    return list(lexicon().earlier_year.finditer(text)) if "年" in text else []


def since_year(named: regexp.Match) -> bool:
    """An earlier year that opens a span up to now (2016年以来)."""
    return bool(lexicon().since.match(named.string, named.end()))


def _level_of_the_item(doc: Document, f: Figure) -> str:
    """The one level a line's item opens with (一是中央资金…, （一）中央资金到位…), right after its number."""
    start = line_start(doc, f.start)
    opening = doc.norm[start:min(f.start, start + ITEM_OPENING)]
    lead = LIST_NUMBER.match(opening) or lexicon().ordinal_item.match(opening)
    if lead is None:
        return ""
    named = lexicon().level.pattern.match(opening[lead.end():].lstrip())
    return lexicon().level.names[named.group()] if named and lexicon().level.names[named.group()] in ONE_LEVEL else ""


ITEM_OPENING = 12     # characters after a line's item number its level is named in


def _task_funds(doc: Document, subject: str) -> regexp.Match | None:
    """易地扶贫搬迁后续扶持资金到位15,280万元: a task's funds in a report on the fund that holds them."""
    found = lexicon().task_funds.search(subject)
    return found if found is not None and main_fund(doc) in patterns.load("fields")["context"]["parent_funds"] else None


def _the_reports_own_task(doc: Document, task: str) -> bool:
    """…补助资金（欠发达国有林场巩固提升任务） in the title: the one task the report is on (not one of several it names)."""
    named = [m.group() for m in lexicon().task_heading.finditer(doc.title)]
    return len(named) == 1 and (task in named[0] or named[0] in task)


@lru_cache(maxsize=16384)
def _level_of_clause(clause: str, since: str) -> str:
    """The level the amount's clause names; where it only totals and a list item opens by naming a level
    (1.中央资金，合计2618万元。…2.省级资金，合计…), that level (but 下达…市级…资金，共计3212万元 is all the notice's)."""
    named = level_named(clause)
    if named == "all" and {lexicon().level.names[m.group()] for m in lexicon().level.matches(clause)} == {"totals"}:
        if LIST_NUMBER.match(since) or lexicon().ordinal_item.match(since):
            return level_named(since) or named      # (二是省级…资金，…，全县17个镇合计25,500万元: the item's level)
        if (opened := lexicon().level.first(since)) in LEVEL_PAIRS.values():
            return opened               # 中央和省级资金由省财政分三批下达，合计8,108万元: the two levels'
    return named


INTEGRATED_FUNDS = "统筹整合资金"
BRACKET_TAIL = regexp.compile(r"[（(][^（()）]*[)）]$")     # 衔接资金（发展类）: the fund, whatever kind of it
DASHES = regexp.compile(r"[—–\-·•]*\s*")


@lru_cache(maxsize=16384)
def level_named(text: str) -> str:
    """The level the text names for the money, not the receiver's (市财政已收到… names no level); two
    levels side by side (中央、省级、县级资金分别为…) leave it to the list that follows."""
    lex = lexicon()
    listed = None
    for listed in lex.level_list.finditer(text):
        pass
    if listed is not None and not lex.level_list_not_before.search(text[listed.end():]):
        return "all"            # 中央、省、市财政衔接资金1749万元: every level the list names
    if lex.upper_and_own.search(text):
        return "all"            # 上级提前下达和本级预算安排衔接资金23,472万元: the levels above and the own together
    pair = None
    for pair in lex.level_pair.finditer(text):
        pass
    if pair is not None and pair.group() not in lex.level.names \
            and not lex.level_list_not_before.search(text[pair.end():]):
        named = frozenset(lex.level.names[m.group()] for m in lex.level.matches(pair.group()))
        return LEVEL_PAIRS.get(named, "all")    # (地区配套和县本级资金合计420万元: the two levels')
    found = []
    for m in lex.level.matches(text):
        if lex.level.names[m.group()] == "none":
            continue            # 省财政厅: an issuer
        if m.start() and text[m.start() - 1] in "我本全各地" and not m.group().endswith("本级"):
            continue            # 安排到我省财政…: the receiver (but 我市本级财政安排…: the own level's money)
        if m.start() and lex.counted_before.match(text, m.start() - 1, m.start()):
            continue            # 全市8县（区）共到位…: places counted, not a level
        if not lex.receiver.match(text[m.end():]):
            found.append((m, lex.level.names[m.group()]))
    if len(found) >= 2 and found[-2][1] != found[-1][1] and not {"all", "totals"} & {found[-2][1], found[-1][1]}:
        between = text[found[-2][0].end():found[-1][0].start()]
        if len(between) <= 6:
            return ""
    if found and found[-1][1] == "totals":
        named = [name for _, name in found if name != "totals"]
        if len(set(named)) >= 2:        # 上级提前下达和县级预算安排的衔接资金合计10,930万元: the levels together
            return LEVEL_PAIRS.get(frozenset(named), "all")
        return named[-1] if named else "all"
    return found[-1][1] if found else ""


def _used_of_what_came_in(doc: Document, clause: str, since_sentence: str) -> bool:
    """2021年度结转资金683.9万元，本年度支出651.2万元: what was spent this year of the money its sentence brought forward
    from a year before is of that year's funds, not of the year's own."""
    lex = lexicon()
    before = since_sentence[:len(since_sentence) - len(clause)] if since_sentence.endswith(clause) else since_sentence
    # (not 上年结转资金…和本年下达资金…，本年度支出…: of both)
    return bool(lex.used_this_year.match(clause)) and not lex.new_funds_of_the_year.search(before) and any(
        m.group("year") is None or doc.year is None or int(m.group("year")) < doc.year
        for m in lex.carried_in.finditer(before))


def _levels_follow(doc: Document, f: Figure) -> bool:
    """…下达…3039万元，其中中央资金2888万元、市级资金115万元 (or in a bracket right after it): a total whose parts
    name several levels is of no one level (whatever the sentence's head names: 《重庆市财政局关于…》)."""
    lex = lexicon()
    rest = doc.norm[f.end:sentence_end(doc, f.end)]
    opening = rest.lstrip("，,；; ")
    if restated := lex.restated_amount.match(opening):
        rest = opening = opening[restated.end():].lstrip("，,；; ")    # 贰仟叁佰捌拾陆万元整（2,386万元），其中…
    if opening[:1] in "（(":        # 共13.26万元（市级资金13.2万元，县级配套资金0.06万元）: the levels in its bracket
        close = CLOSE_BRACKET.search(opening)
        rest = opening[:close.start()] if close else opening
    elif not lex.continues.match(opening):
        return False
    return len({lex.level.names[m.group()] for m in lex.level.matches(rest)} - {"none"}) >= 2


CARRIED_IN = "上年结转资金"     # the item of what a year brought forward from the years before
FUNDS_TOGETHER = "多项资金合计"  # the item of the report's fund and another beside it, summed (两类资金合计…)
PART_OF_YEAR = "年内:"      # the period of a part of the year (年内:一季度末, 年内:上半年): not the year's own


def _period(doc: Document, clause: str, head: str, earlier: list[Figure], since_sentence: str,
            since_period: str) -> str:
    lex = lexicon()
    prior = lex.prior_value.search(clause)
    if not prior and lex.change_from.search(clause) and lex.compared_with_prior.match(since_period):
        return str(doc.year - 1) if doc.year else "上年"
    if prior:
        if prior.group(1):
            return prior.group(1)
        return str(doc.year - 1) if doc.year else "上年"
    # (一季度末累计支出4,632.5万元，支出进度12.59%: the rate after it too, unless its clause names the whole year)
    parts = list(lex.part_of_year.finditer(clause)) or (
        [] if lex.whole_year.search(clause) else list(lex.part_of_year.finditer(since_sentence)))
    if parts:
        return PART_OF_YEAR + parts[-1].group()
    named = earlier_years(clause)
    if doc.year and not named and lex.this_year.search(clause) \
            and not _used_of_what_came_in(doc, clause, since_sentence):
        return str(doc.year)    # 由上年的2,500万元增加到本年的2,900万元: the year's own, whatever the head named
    named = named or earlier_years(head)     # (not 2021年结转至本年度的…56.6万元, the year before's)
    if named and doc.year is not None and int(named[-1].group(1) or 0) == doc.year:
        # 2012—2014年，全市共投入…12,941万元: the three years'; so is an amount whose clause names the last of the years
        # listed (2017、2018年累计支付851.56万元)
        if named[-1].string is head:
            span = next((m for m in YEAR_SPAN.finditer(head) if m.end() >= named[-1].end()), None)
        else:
            at = len(head) - len(clause) + named[-1].end() if head.endswith(clause) else -1
            span = next((m for m in lex.years_together.finditer(head) if _ends_at(m, at)), None)
        if span is not None and int(span.group("from")) < doc.year:
            return span.group("from") + SPAN_TO_NOW
    if named:
        last = named[-1]
        if last.group(1) is None:
            return str(doc.year - 1) if doc.year else "上年"
        if doc.year is not None and int(last.group(1)) == doc.year - 1 and lex.advance.search(last.string):
            return str(doc.year)    # 2024年12月，…向我县提前下达…7023万元: the next year's funds, sent ahead
        if doc.year is None or int(last.group(1)) < doc.year:
            if since_year(last):
                return last.group(1) + SPAN_TO_NOW      # 2016年以来…6183户已全部脱贫: up to the report's year
            # (2013年至2019年全区累计投入…6.72亿元 in a report on 2020: those years together, no one year's)
            span = next((m for m in lex.years_together.finditer(last.string) if _ends_at(m, last.end())), None)
            return span.group("from") + SPAN_TO + last.group(1) if span else last.group(1)
        if int(last.group(1)) > doc.year and not lex.month_after.match(last.string, last.end()) \
                and not lex.carried_into.search(last.string, 0, last.start()):
            return last.group(1)    # 2024年下达4000万元，2025年计划再下达1000万元: a later year's
        if int(last.group(1)) == doc.year and last.string is clause and not lex.month_after.match(clause, last.end()):
            return last.group(1)    # 截至2017年12月底累计筹集…，其中2016年筹集…，2017年筹集17.34亿元: the year's own
    if lex.since_event.search(clause) or lex.since_event.search(head):
        return SPAN_TO_NOW      # 精准扶贫工作开展以来，…累计筹集…: every year so far
    for d in reversed(earlier):
        if d.year_end:
            return d.value[:4]      # 至2016年底已脱贫10949户29070人: a stock at that year's end
        if d.kind == "date":    # 截至6月底 (as of), or 2021年4月21日…下达 (an event: one allocation among several)
            if d.period.startswith(PART_OF_YEAR):
                return d.period     # 一季度末（3月31日）累计支出…: as of the quarter's end
            if lex.as_of.search(doc.norm[max(0, d.start - 6):d.start]):
                return f"{AS_OF}{d.value}"
            # (…于2019年11月30日提前下达…1,286万元，…，全年可用资金合计1,406万元: the year's, not the event's)
            return str(doc.year) if doc.year and lex.whole_year.search(clause) else d.value
    return str(doc.year) if doc.year else ""


def _ends_at(span: regexp.Match, at: int) -> bool:
    """The years listed end where the last year named does (2021—2022年 累计, or 2021—2022年度累计)."""
    return at >= 0 and span.end() in (at, at + 1)


def _own_total_before(doc: Document, f: Figure) -> bool:
    """全区共投入…271,897.6万元 … 西海固9个贫困县（区）共到位资金223,751.5万元 in a region's report: the report's own funds
    of all levels stated before, more than the amount (not 审计发现，有1.97亿元… in a report on some counties' audit)."""
    return any(g.kind == "money" and g.fund_level == "all" and not g.scope and g.value > f.value
               and g.measure in ("received", "allocated", "arranged")
               for g in figures_in(doc, max(0, f.start - OWN_TOTAL_REACH), f.start))


def _money_of_the_clause_before(doc: Document, s0: int) -> Figure | None:
    """The last amount of the ；-clause that ends right before s0."""
    return next((g for g in reversed(figures_in(doc, sentence_start(doc, s0 - 1), s0)) if g.kind == "money"), None)


OWN_TOTAL_REACH = 3000  # characters the report's own total is looked back over


def _without_titles(doc: Document) -> str:
    """The text with the words of every cited title blanked out, offsets kept (once per document)."""
    found = doc.cache.get("without_titles")
    if found is None:
        found = doc.cache["without_titles"] = CITED_TITLE.sub(lambda m: "《" + "＿" * (len(m.group()) - 2) + "》", doc.norm)
    return found


def _paragraph_context(doc: Document, f: Figure, previous: Figure | None, sentence_figures: list[Figure],
                       sentence_before: list[Figure], own: frozenset[str], section: Heading,
                       batches: bool) -> None:
    lex, norm = lexicon(), doc.norm
    s0 = sentence_start(doc, f.start)
    lo = max(clause_start(doc, f.start), previous.end if previous else s0)
    clause = AFTER_AN_ASIDE.sub("", norm[lo:f.start])   # (…（支出进度97.40%），万山区7015.62万元: from the comma on)
    # (从近三年看，2020年到位资金…，支出…，执行率…: the years it counts come before the sentence's own)
    first = next((g for g in sentence_figures if not (g.kind == "count" and g.unit == "年")), f)
    head = norm[s0:first.start]
    after = after_raw = norm[f.end:f.end + 12]
    cut = CLAUSE_END.search(after)
    after = after[:cut.start()] if cut else after
    if OPEN_BRACKET.match(after.lstrip()):
        after = ""              # 中央资金248.73万元（2023年结转95.43万元，…）: an aside about its parts, no verb of its own

    # (…增加到2023年的2,300.00万元，增长12.20%；2024年达到2,650.00万元: a ；-clause of a year goes on with the one before)
    year_clause = _money_of_the_clause_before(doc, s0) if f.kind == "money" and previous is None \
        and norm[s0 - 1:s0] in ("；", ";") and YEAR_LED_CLAUSE.match(norm, s0, f.start) else None
    # (…省财政收回200万元，调减后省级资金为上述3,512.40万元: a clause whose words name no measure on purpose inherits none)
    inherited = previous if previous is not None and previous.kind == f.kind \
        and not _names_no_measure(f.kind, clause) else year_clause
    if inherited is None and lex.continues.match(norm[s0:f.start]) and sentence_before \
            and sentence_before[-1].section == f.section:   # (not （二）…结余结转265.65万元。（三）资金投向\n其中：产业扶贫…)
        inherited = _whole_of_the_sentence_before(doc, f, clause, sentence_before)
    f.measure = _measure(f.kind, clause) or _measure(f.kind, after) or (inherited.measure if inherited else "") \
        or _measure(f.kind, head if f.kind != "percent" else norm[s0:f.start]) \
        or (_measure(f.kind, CLOSED_ASIDE.sub("", norm[s0:f.start])) if f.kind == "money" else "")
    if not f.measure and f.kind == "money" and not lex.change_before.search(clause) \
            and not (lex.use_summed.search(clause) and lex.purpose.last(norm[previous.end if previous else s0:f.start])):
        # 一、资金到位情况 … 按级次分为中央资金18889万元、… (not 与上年相比，中央资金增加356万元, a change; nor 以上产业类项目
        # 资金合计221.36万元, a use summed)
        f.measure = section.measure
    if f.kind == "money" and f.measure == "spent" and doc.year \
            and (carried := lex.carried_to_a_year.search(clause)) and int(carried.group("year")) > doc.year:
        f.measure = "carryover"     # 结转至2024年继续使用332.65万元 in a report on 2023: left for the next year
    if f.kind == "money" and f.measure in ("", "received", "allocated") and previous is None \
            and (lex.available_together.search(norm, s0, f.start) or lex.available_parts_after.match(norm, f.end)):
        f.measure = "available"     # 包括上年结转资金和本年下达资金，总额4,672.92万元: what was brought forward and came in
    if f.measure == "carryover" and _measure(f.kind, after) == "retention" \
            and not lex.more_than_retention.search(after_raw):
        f.measure = "retention"     # 剩余64.93万元作为质保金: held back as a retention, not carried over
    if f.kind == "money" and lex.planned.search(norm, previous.end if previous else s0, f.start):
        f.measure = "planned"
    elif f.measure == "paid" and lex.paid_to_us.search(clause):
        f.measure = "allocated"     # 向我州拨付财政援助资金9860万元: handed to the report's place
    if f.kind == "percent" and (lex.norm_after.match(after_raw) or lex.norm_before.search(clause)):
        f.measure = "norm"

    # levels joined by 、 belong together (中央、省级衔接资金; 中央、省级、县级资金分别为…): read them back to a comma
    # a count before the amount (省级财政分三批下达…共计1,309.65万元) does not cut the clause its level is named in
    # a level named in a cited title (《关于下达…配套中央水利发展资金项目…的通知》) is not the amount's
    untitled = _without_titles(doc)
    since = untitled[previous.end if previous is not None and previous.kind == f.kind else s0:f.start]
    commas = list(LEVEL_CLAUSE_END.finditer(since))
    level_clause = since[commas[-1].end():] if commas else since
    named_after = lex.level.pattern.match(after)          # 将5404万元中央资金全部下达
    if named_after is not None and lex.level.names[named_after.group()] == "all" and named_after.group().startswith("全"):
        named_after = None      # 尚未支出的资金1,283.35万元全部结转至2018年使用: all of the amount, no levels
    f.fund_level = "central_provincial" if level_named(level_clause) == "central_provincial" \
        else "all" if _levels_follow(doc, f) else _level_of_clause(_own_name_left_out(doc, level_clause), since) \
        or (lex.level.names[named_after.group()] if named_after else "") \
        or (level_named(lex.read_from.sub("", untitled[s0:first.start], count=1))
            if not previous and not lex.whole_of_sources.search(level_clause)
            else "")
    if f.kind == "money" and f.fund_level in ("county", "city", "upper") and not previous \
            and lex.to_own_township.search(norm, s0, f.start) and township_reporting(doc):
        f.fund_level = "all"        # 县级共向我镇下达…1,286.40万元 in a township's report: all its funds, whoever handed them down
    last_money = next((g for g in reversed(sentence_figures) if g.kind == "money" and g is not f), None)
    if f.kind == "money" and f.fund_level in ("", "all") and last_money is not None and last_money.scope.startswith("批:") \
            and level_named(level_clause) in ("", "all") and not ALL_LEVELS_NAMED.search(level_clause) \
            and (colon := untitled.find("：", period_start(doc, s0), last_money.start)) >= 0 \
            and (pair := level_named(untitled[period_start(doc, s0):colon])) in LEVEL_PAIRS.values():
        f.fund_level = pair         # 下达我县中央和省级衔接资金：一是…；…；三是第三批资金896.5万元，三批累计8,370.5万元: the
                                    # levels the batches' lead names
    if _own_city_level(doc, f.fund_level, level_clause):
        f.fund_level = "county"     # 巩义市本级资金: a county-level city's own funds
    if not f.fund_level and f.kind == "money" and _named_prefecture_funds(doc, level_clause):
        f.fund_level = "city"       # 中央资金…，自治区资金…，通辽市资金1,124.5万元 in 科左中旗's report: the prefecture's
    subject = lex.clause_opening.sub("", clause)
    # (…配套资金862.25万元，按不低于中央资金5%的比例安排，到位率100%; …，占中央资金的4.00%，到位率100%: not a rule's or a
    # share's, whose level is their base's)
    leading = next((g for g in reversed(sentence_figures) if not _level_of_its_base(doc, g)), None) \
        if previous is not None else year_clause
    if not f.fund_level and leading is not None and (lex.subjectless.match(subject) or lex.series.match(clause)
                                                     or leading.kind == f.kind == "money" and earlier_years(subject)
                                                     and len(subject) <= PRIOR_CLAUSE) \
            and not (f.kind == leading.kind == "money" and f.value > leading.value and f.measure == "received"
                     and leading.fund_level not in ("", "all")):
        f.fund_level = leading.fund_level       # 中央和省级资金合计58,000万元，已支付57,473.9万元: the same funds
        # (今年安排1620万元，上年为1450万元: the same level a year before; not 省级补助1,200万元…，县级配套326万元…，全年到位
        # 资金1,526万元: more came in than the level gave, all levels' funds)
    if not f.fund_level and previous is None and f.kind in ("money", "percent") and lex.subjectless.match(subject) \
            and (item_level := _level_of_the_item(doc, f)) in ONE_LEVEL:
        f.fund_level = item_level   # 一是中央资金24,318.56万元…；已支出24,005.13万元，执行率98.71%: the item's level
    if section.level and (not f.fund_level or f.fund_level == "all"
                          and not ALL_LEVELS_NAMED.search(level_clause + after)):
        f.fund_level = section.level            # 8652万元全部到位 under 一、中央财政衔接推进乡村振兴补助资金: the central funds
    # (…以工代赈任务资金1236万元，少数民族发展任务资金845万元: a task that names no fund of its own is not the task before
    # it, though it is of the parent fund its sentence names: 下达…衔接推进乡村振兴补助资金1356万元，其中：少数民族发展任务…)
    task_named = any(lex.fund.names[m.group()] == "none" for m in lex.fund.matches(clause))
    before = lex.fund.last(lex.fund_included.sub("", head)) or (inherited.fund if inherited else "")
    f.fund = lex.fund.last(lex.fund_included.sub("", clause)) \
        or ("" if task_named and before in patterns.load("fields")["context"]["tasks_of"] else before)
    if f.kind == "money" and lex.fund.first(after) == OWN_MONEY and not lex.fund.last(clause):
        f.fund = OWN_MONEY      # …，其余250万元由合作社自筹: the owner's, whatever fund the sentence named before
    earmarked = (lex.purpose.first(after) or after[:12]) if after.startswith("用于") else ""
    f.purpose = lex.purpose.last(clause) or earmarked \
        or (lex.purpose.last(head) if f.kind == "money" and lex.subjectless.match(subject) else "") or section.purpose
    # (项目管理费按不超过中央衔接资金1%的标准控制，全年实际使用13.2万元: a clause with no subject of its own, its sentence's)

    if not f.purpose and f.kind == "money" and previous is not None and previous.kind == "count" \
            and previous.measure == "projects" and previous.purpose:
        f.purpose = previous.purpose    # 全旗产业项目21个，共投入衔接资金7735.6万元: the money of the projects counted
    if not f.purpose and f.kind == "money":
        # 安排衔接资金19382万元用于产业发展，其中中央13260万元、省4890万元、…: the parts of an amount for a use are for it
        whole = next((g for g in sentence_figures if g.kind == "money" and g.purpose), None)
        if whole is not None and norm.find("其中", whole.end, f.start) >= 0 and not lex.purpose.last(clause) \
                and len(clause) <= PART_CLAUSE:
            f.purpose = whole.purpose
    # (…，其中第三批资金于11月中旬下达，仅支出373.98万元: the batch a 其中 since the figure before names)
    batch = (lex.batch.search(level_clause) or lex.batch_part.search(norm, previous.end if previous else s0, f.start)) \
        if batches else lex.installment.search(clause)
    opened = _opened(_without_topic_lead(LIST_NUMBER.sub("", head)))
    bracketed = lex.bracketed_place.search(clause)
    # (the city above a county's report gives it funds, 长治市下达我县…, and is given its own, 自治区向柳州市下达…3.8425亿元)
    receivers = own - {doc.city} if doc.county and doc.city not in doc.title else own
    # (…以工代赈任务1,420万元: a task named right before its amount; not one in a cited title, …乡村振兴任务）预算的通知》)
    task = (lex.task_amount.search(subject) or _task_funds(doc, subject)) if f.kind in ("money", "percent") else None
    if task is not None and _the_reports_own_task(doc, task.group("task")):
        task = None     # 2024年共下达我县欠发达国有林场巩固提升任务资金620万元 in a report on that task: its own funds
    # (少数民族发展任务在瑶山乡…实施项目6个，已支出415.8万元，执行率99.00%: the task its sentence opens with)
    # (——少数民族发展任务资金支出57.3万元: after a dash that marks the item too)
    task_led = lex.task_heading.match(norm, DASHES.match(norm, s0).end()) \
        if f.kind in ("money", "percent") and not task else None
    f.scope = _place_scope(subject, own) or _given_to(clause, receivers) or _place_scope(opened, own) \
        or ("分项:" + task.group("task") if task else "") or ("分项:" + task_led.group() if task_led else "") \
        or ("地:" + bracketed.group("place") if bracketed and bracketed.group("place") not in own else "") \
        or _wider_whole(doc, opened, f.kind) or _named_project(opened, own) \
        or (_named_project(_opened(norm[s0:f.start]), own) if f.kind in ("money", "percent") else "") \
        or (_project_scope(subject) if f.kind == "money" and norm.find("其中", s0, f.start) >= 0 else "") \
        or ("批:" + (batch.groupdict().get("batch") or batch.group()) if batch else "") \
        or ("分项:" + FUNDS_TOGETHER if f.kind == "money"
            and lex.funds_together.search(norm, clause_start(doc, f.start), f.start) else "") \
        or ("批:" + document.group("document") if f.kind == "money" and section.level and s0 == line_start(doc, f.start)
            and (document := lex.allocation_document.match(norm[s0:f.start])) else "") \
        or ("批:" + item.group("batch") if (item := lex.batch_item.match(norm, line_start(doc, f.start)))
            and item.start("batch") < f.start else "") \
        or ("批:" + previous.text if f.kind == "money" and previous is not None and previous.kind == "date"
            and ISO_DAY.fullmatch(str(previous.value)) and lex.sent_on_the_day.fullmatch(norm, previous.end, f.start)
            else "") \
        or _line_place(doc, f, own) \
        or ("项目:" + area.group().strip() if (area := lex.sub_area.match(subject)) else "") \
        or (_breakdown_item(doc, f) if not f.fund_level else "") or _labelled_item_line(doc, f) or section.scope
    if not f.scope and previous is not None and previous.scope.startswith("地:") \
            and norm[previous.end:f.start].startswith("、"):
        f.scope = previous.scope    # 罗甸县到位16842.30万元、拨付16842.30万元、…、支付率96.75%: the place's, each of them
    if not f.scope and f.kind == "money" and not doc.county \
            and (counted := list(lex.counted_places.finditer(norm, s0, f.start))) \
            and (not doc.city and not counted[-1].group("prefectures") and _own_total_before(doc, f)
                 or bool(counted[-1].group("prefectures")) != bool(doc.city)
                 and (small_int(counted[-1].group("n")) < _places_counted(doc)
                      or norm.find("其中", s0, counted[-1].start()) >= 0)):
        # 4个国家级贫困旗县到位资金合计60,278万元 in a prefecture's report, 七地（市）合计下达22.21亿元 in a province's (or
        # 西海固9个贫困县（区）共到位资金… after its own total); …其中五个县（区）合计4030万元 after the amounts of each: those
        # places' (but 三县累计拨付…17,406.7万元 in a report on three counties)
        f.scope = "地:" + counted[-1].group()
    if not f.scope and f.kind == "money" \
            and (townships := lex.counted_townships.search(norm, clause_start(doc, f.start), f.start)):
        f.scope = "地:" + townships.group()     # …三镇合计安排整合资金9,860.5万元 (以上5个乡镇合计到位…: the count
        # before it is in its clause too): those townships'
    if not f.scope and f.kind in ("money", "percent") and (item := _item_of_its_line(doc, f)):
        f.scope = "分项:" + item    # 21、项目管理费：154万元，已支付154万元: the list item's, named before its colon
    if not f.scope and f.kind in ("money", "percent") \
            and (projects := lex.counted_projects.search(norm, s0, f.start)):
        f.scope = "项目:" + projects.group()    # 表中7个重点项目共安排资金4,223.15万元，…已支付4,159.15万元: theirs
    if not f.scope and f.kind == "money" and doc.county and (
            lex.given_to_all.match(norm, f.end, sentence_end(doc, f.end))
            or lex.given_to_all_before.search(norm, sentence_start(doc, f.start), f.start)):
        f.scope = "地:" + (doc.city or "上级")     # …3.99亿元上级财政衔接资金全部拨付各县（市）: the prefecture's whole
    if not f.scope and f.kind == "money" and not doc.county and doc.city \
            and lex.given_to_counties.search(norm, s0, f.start):
        f.scope = "地:各县"        # …切块分配至5个县（区），共下达53,921.06万元 in a prefecture's report: what its counties got
    if not f.scope and f.kind == "money" and lex.county_whole.search(norm, s0, f.start) and township_reporting(doc) \
            and not lex.to_own_township.search(norm, s0, f.start):
        f.scope = "地:" + (doc.county or "全县")   # 全县下达到乡镇的衔接资金共1.56亿元 in a township's report: its county's
    if not f.scope and f.kind == "money" and doc.county and lex.given_to_townships.search(clause):
        f.scope = "地:各乡镇"      # 下达各乡镇（街道）7,240万元 in a county's report: what its townships got together
    if not f.scope and previous is not None and previous.scope \
            and BRACKET_ASIDE.fullmatch(norm, previous.end, f.start):
        f.scope = previous.scope    # 恩阳区52.23%（已支付1021.6万元）: the bracket's amount is the place's, as its rate is
    if not f.scope and f.kind == "money" and f.fund_level in ONE_LEVEL \
            and (whole := next((g for g in reversed(sentence_figures) if g.end <= f.start and g.kind == "money"
                                and "其中" in norm[g.end:f.start]), None)) is not None \
            and whole.scope.startswith("地:") and whole.fund_level in ("", "all"):
        f.scope = whole.scope       # 地区本批共下达温宿县、乌什县…5664万元，其中中央资金1921万元、…: those places' levels
    if not f.scope and previous is not None and previous.scope.startswith("分项:") and s0 <= previous.start \
            and (f.kind == "money" and lex.subjectless.match(subject)
                 or f.kind == "percent" and previous.kind == "money"
                 and lex.rate_right_after.fullmatch(norm, previous.end, f.start)):
        f.scope = previous.scope    # 易地扶贫搬迁后续扶持资金到位15,280万元，已支出14,902.35万元，支出率97.53%: the task's
    if not f.scope and f.kind == "percent" and previous is not None and previous.kind == "money" and s0 <= previous.start \
            and (lex.sub_area.fullmatch(previous.scope.removeprefix("项目:"))
                 or previous.scope.startswith("批:") and lex.rate_right_after.fullmatch(norm, previous.end, f.start)
                 and any(g.kind == "percent" and g.end <= previous.start for g in sentence_figures)):
        f.scope = previous.scope    # 片区累计支付1,206.3万元，资金执行率90.02%: the area's rate, as its amount is (…执行率
        # 91.48%，其中第三批资金…仅支出373.98万元，执行率50.99%: the batch's, after the whole's rate)
    money_before = next((g for g in reversed(sentence_figures) if g.kind == "money"), None)
    if not f.scope and money_before is not None and money_before.scope.startswith("地:") \
            and not lex.counted_places.match(money_before.scope.removeprefix("地:")) \
            and (f.kind == "percent" or f.kind == "money" and lex.subjectless.match(subject)):
        f.scope = money_before.scope    # 以上5个乡镇合计到位10,307万元，…，合计支出9,982.45万元，支出率96.85%: those
        # places' spending and rate, as their amount received is (but 4个县累计支付…，支付率97.9% in a prefecture's report
        # on those counties may be its own)
    # (…2022年安排185万元，2023年安排200万元，增长8.1%: a growth is of the latest year named before it)
    f.period = _period(doc, clause, norm[s0:f.start] if f.measure == "growth" else head, sentence_figures,
                       norm[s0:f.start], norm[period_start(doc, f.start):f.start])
    if f.measure == "available" and doc.year and f.period == str(doc.year - 1) \
            and lex.available_together.search(norm, s0, f.start):
        f.period = str(doc.year)    # (…包括上年结转资金和本年下达资金，总额…: the year's, whatever year it brought forward)
    # (2015年以来…如下：<a table of the years> 以上合计投入…，累计支出16,228.49万元: a sentence closing what is above
    # reaches over its lines)
    # (2018—2020年，全县共实施…完成投资6.2亿元。资金来源为：中央…: a sentence that goes on from the one before, over its
    # span)
    reach = s0 - SPAN_REACH if CLOSES_ABOVE.match(norm, s0) else max(line_start(doc, f.start), s0 - SPAN_REACH) \
        if "累计" in norm[s0:f.start] else period_start(doc, max(0, s0 - 1)) if lex.continues.match(norm[s0:f.start]) \
        else None
    if doc.year and f.period == str(doc.year) and reach is not None \
            and (span := YEAR_SPAN.search(norm, max(0, reach), s0)) and int(span.group("from")) < doc.year:
        f.period = span.group("from") + SPAN_TO_NOW     # 2021年至2023年，…。累计支出108260.8万元: over the span
    if doc.year and f.period == str(doc.year) and lex.that_year.search(norm, s0, f.start) \
            and (years := earlier_years(norm[period_start(doc, s0):s0])) and years[-1].group(1):
        f.period = years[-1].group(1)   # 2014年，全县到位…8,452.6万元；当年支出8,025.1万元: the year named before
    if doc.year and f.period == str(doc.year) and (start := line_start(doc, f.start)) < s0 \
            and (led := YEAR_LED_LINE.match(norm, start, s0)) and int(led.group("year")) != doc.year \
            and not earlier_years(norm[s0:f.start]) and not lex.this_year.search(norm, s0, f.start):
        f.period = led.group("year")    # 2021年度，全县共落实…15,382.74万元。按级次分，中央8,960万元…: the year its line opens with
    if (bracket := lex.prior_bracket.search(norm, s0, f.start)) and f.period == str(doc.year or ""):
        f.period = bracket.group(1) or (str(doc.year - 1) if doc.year else "上年")
    if previous is not None and previous.kind == f.kind and previous.value == f.value \
            and RESTATED_IN_BRACKETS.search(norm[previous.end:f.start]):
        f.period = previous.period      # 较2022年的1.36亿元（13,600万元）: the same amount restated, of its year


def _level_of_its_base(doc: Document, f: Figure) -> bool:
    """A rule's or a share's level is its base's (不低于中央资金5%, 占中央资金的4.00%, 为中央资金的2%), no subject's."""
    return f.measure in ("norm", "share") \
        or f.kind == "percent" and doc.norm[clause_start(doc, f.start):f.start].rstrip().endswith("的")


def _whole_of_the_sentence_before(doc: Document, f: Figure, clause: str, sentence_before: list[Figure]) -> Figure | None:
    """The amount a sentence that goes on with 其中 breaks down: the last of its kind in the sentence before, past its
    changes (…调整为27,385.4万元，比年初增加2,785.4万元。其中中央资金16,420万元…). Where the figure is more than that:
    the one measure of the sentence before (中央…1,380万元，…县级配套资金615万元。其中衔接资金合计2,325万元); else the
    latest amount that can hold it (项目批复总投资3,360万元，按每亩2,800元的标准测算。其中：中央衔接资金1,850万元…),
    but none for a use (…已支出25,084.71万元，…结转575.45万元。其中，用于产业发展13,295.4万元: the funds' use)."""
    last = sentence_before[-1]
    if last.kind != f.kind:
        return None
    of_kind = [g for g in sentence_before if g.kind == f.kind]
    whole = next((g for g in reversed(of_kind)
                  if not lexicon().change_before.search(doc.norm, clause_start(doc, g.start), g.start)), last)
    if f.kind != "money" or f.value <= whole.value or len({g.measure for g in of_kind}) == 1:
        return whole
    if lexicon().purpose.last(clause):
        return None
    return next((g for g in reversed(of_kind) if g.value >= f.value), None)


# a line that opens with a year as its topic (2021年度，… / （一）2022年：…)
YEAR_LED_LINE = regexp.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])?\s*"
                               r"(?P<year>(?:19|20)\d{2})\s*年度?\s*[，,：:]")
AFTER_AN_ASIDE = regexp.compile(r"^[)）]\s*[，,、；;]")
ISO_DAY = regexp.compile(r"\d{4}-\d{2}-\d{2}")
RESTATED_IN_BRACKETS = regexp.compile(patterns.load("relations")["restatement"])     # 1.36亿元（13,600万元）
BRACKET_ASIDE = regexp.compile(r"\s*[(（][^()（）]{0,8}")      # （已支付 right after a figure, up to the next
PART_CLAUSE = 8       # characters of a clause that names no more than a part's level (、省, 其中中央)
PRIOR_CLAUSE = 6      # characters of a clause that only names the year before (上年为, 2022年为)
LINE_OPENING = 16     # characters of a line's opening a place and its verb are read in
# (博乐市：… / ——云溪镇。到位1,186.4万元，…: a place that opens its line, after a dash before a full stop too)
LINE_PLACE = regexp.compile(r"\s*(?:(?:——|—)\s*(?P<name>[^\s：:，,。；;\d]{2,12})\s*[：:。]|(?P<name>[^\s：:，,。；;\d—]{2,12})\s*[：:])")


def _line_place(doc: Document, f: Figure, own: frozenset[str]) -> str:
    """博乐市：财政扶贫资金9938万元，…。其中扶贫发展资金1263万元…: a line that opens with a place and a colon is that
    place's, to its end; one that opens with a place and its verb (甘州区下达9876万元，支出4210.3万元，支出率42.63%；)
    is, to the end of its first period."""
    start = line_start(doc, f.start)
    m = LINE_PLACE.match(doc.norm, start, f.start)
    if m and (place := _place_scope(m.group("name"), own)):
        return place
    if (number := LIST_NUMBER.match(doc.norm[start:f.start])) \
            and (department := lexicon().department_item.match(doc.norm, start + number.end(), f.start)):
        return "单位:" + department.group("name")
    opening = LIST_NUMBER.sub("", doc.norm[start:min(f.start, start + LINE_OPENING)].lstrip())
    if not (lexicon().place.match(opening) or lexicon().departments.match(opening)) \
            or period_start(doc, f.start) > start:
        return ""
    return _place_scope(opening, own)


ITEM_NAME = regexp.compile(r"[\p{Han}（）()]{2,12}")
ITEM_LINE = regexp.compile(r"\s*\d{1,2}\s*[、.．]\s*(?P<name>[\p{Han}（）()]{2,16})\s*[：:]")


def _item_of_its_line(doc: Document, f: Figure) -> str:
    """20、扶贫小额信贷贴息：1,889.3万元；21、项目管理费：154万元，已支付154万元: a numbered line that names an item of
    the funds (a use, a fee, a subsidy) before a colon is that item's, to its end."""
    start = line_start(doc, f.start)
    m = ITEM_LINE.match(doc.norm[start:f.start])
    if m is None or doc.norm.find("。", start, f.start) >= 0:
        return ""
    name = m.group("name")
    lex = lexicon()
    if lex.fund.pattern.fullmatch(name.removeprefix("财政")) and _names_the_titles_fund(doc, name) \
            and not lex.several_funds_title.search(doc.title):
        return ""           # 1.衔接资金：2022年累计到位41,235.68万元 in a report on them and 援疆资金: the report's own (not
                            # 3.地区财政专项扶贫资金：…, one level's)
    return name if lex.breakdown_item.search(name) and not lex.topic.search(lex.item_no_topic.sub("", name)) else ""


def _breakdown_item(doc: Document, f: Figure) -> str:
    """分资金看：扶贫发展资金3375万元，实际支出1514.83万元；少数民族发展资金…: after a breakdown's lead in its sentence,
    each ；-clause is one item, named by its opening words."""
    start = period_start(doc, f.start)
    lead = lexicon().breakdown_lead.search(doc.norm, start, f.start)
    if lead is None or f.kind == "money" and doc.norm[f.end:f.end + 1] in ("：", ":"):
        return ""       # (按资金来源细分，全年到位…52,046万元：中央…: the whole the breakdown's list after the colon is of)
    opening = max(lead.end(), *(doc.norm.rfind(mark, lead.end(), f.start) + 1 for mark in "；;"))
    # (按类别分，中央预算内投资以工代赈资金1,420万元，衔接资金（以工代赈任务）750万元: the item after the amount before it)
    before = [g for g in figures_in(doc, opening, f.start) if g.kind == f.kind]
    # (but 扶贫发展资金3375万元，实际支出1514.83万元: the same item's measure, no item of its own)
    if before and not _measure(f.kind, doc.norm[before[-1].end:f.start]):
        opening = before[-1].end + len(doc.norm[before[-1].end:f.start]) - len(doc.norm[before[-1].end:f.start].lstrip("，,、 "))
    name = ITEM_NAME.match(doc.norm, opening, f.start)
    return "分项:" + name.group() if name else ""


def _labelled_item_line(doc: Document, f: Figure) -> str:
    """（2）易地搬迁脱贫一批：支出3,642万元，占24.73%: a numbered line labelled by one of the uses or groups a list goes
    through (脱贫一批, 产业发展…) is that item's."""
    line = line_start(doc, f.start)
    item = lexicon().labelled_item.match(doc.norm, line, f.start)
    if item is None or item.end() > f.start:
        return ""
    label = item.group("item")
    return "分项:" + label if label.endswith(lexicon().item_label_ends) or lexicon().purpose.first(label) else ""


def _places_counted(doc: Document) -> int:
    """The most places a prefecture's report counts anywhere (全盟6个旗县市), of which a smaller count is some."""
    found = doc.cache.get("places_counted")
    if found is None:
        found = doc.cache["places_counted"] = max(
            (small_int(m.group("n")) for m in lexicon().places_counted.finditer(doc.norm)), default=0)
    return found




def _own_name_left_out(doc: Document, clause: str) -> str:
    """The clause without the report's county named before its funds (灌南县财政专项扶贫资金累计支出…: the county's own
    funds, not its level's)."""
    return clause.replace(doc.county + "财政", "财政") if doc.county else clause


def _named_prefecture_funds(doc: Document, clause: str) -> bool:
    """The clause names the funds of the prefecture the county is in by its name (通辽市资金, 赣州市配套)."""
    if not doc.county or not doc.city or doc.city == doc.county:
        return False
    at = clause.rfind(doc.city)
    return at >= 0 and bool(lexicon().prefecture_funds.match(clause, at + len(doc.city)))


def _own_city_level(doc: Document, level: str, words: str) -> bool:
    """A county-level city's own level, named as a city's (巩义市本级资金, 华蓥市级配套资金, 市本级财政衔接资金 in 海林市's
    report)."""
    return level == "city" and doc.county.endswith("市") \
        and (doc.county + "本级" in words or doc.county + "级" in words or OWN_CITY.search(words))


def _table_context(doc: Document, f: Figure, own: frozenset[str]) -> None:
    lex = lexicon()
    words = f.column_header + " " + f.row_label
    f.measure = _measure(f.kind, f.column_header, f.row_label)
    f.fund_level = level_named(f.row_label) or level_named(f.column_header)
    if _own_city_level(doc, f.fund_level, f.row_label):
        f.fund_level = "county"     # 市本级财政衔接资金 | 66 in a county-level city's table of levels
    f.fund = lex.fund.last(words)
    if not f.fund and lex.level.names.get(f.row_label.strip()) == "totals" and _rows_with_own_money(doc, f.table_index):
        f.fund = WITH_OWN_MONEY     # 合计 | 1221 under rows of 中央财政资金, 省级财政资金, 群众自筹现金: not the funds alone
    elif not f.fund and lex.level.names.get(f.row_label.strip()) == "totals" \
            and _the_fund_is_one_row(doc, f.table_index):
        f.fund = SEVERAL_FUNDS      # 合计 | 36,856 under 衔接推进乡村振兴补助资金 | 21,856 / 农田建设补助资金 | 6,480 / …
    f.purpose = lex.purpose.last(f.row_label)
    f.scope = CLAIMED if lex.claimed_column.match(f.column_header) else _place_scope(f.row_label.strip(), own)
    if not f.scope and lex.level.names.get(f.row_label.strip()) == "totals" and _rows_are_projects(doc, f.table_index):
        f.scope = PROJECT_ROWS      # 合计 | — | 4,223.15 | 4,159.15 under rows of projects: theirs
    if not f.scope and (task := lex.task_heading.search(f.row_label)) \
            and not OPEN_BRACKET_BEFORE.search(f.row_label, 0, task.start()):
        f.scope = "分项:" + task.group()     # 中央：以工代赈任务 | 1,085 | 1,063.3: the task's (not 中央…资金（以工代赈任务）,
                                            # the fund's row that names its task in brackets)
    row_year = HEADING_YEAR.fullmatch(f.row_label.strip())
    years = _row_years(doc, f.table_index)
    # 2021年 | 21436 | … : that year's; 合计 | 68954 | … under rows of several years: over them all
    f.period = row_year.group(1) if row_year else min(years) + SPAN_TO_NOW if len(years) > 1 \
        else str(doc.year) if doc.year else ""
    named = COLUMN_OF_A_YEAR.match(f.column_header.strip())
    column_year = named.group(1) if named else _year_over_the_column(doc, f)
    if doc.year and column_year and int(column_year) != doc.year:
        f.period = column_year      # 资金级次 | 本年到位 | 2022年到位: that column is the year before's


def _year_over_the_column(doc: Document, f: Figure) -> str:
    """级次 | 2020年 | | | 2021年 | | / | 到位 | 支出 | 支出率 | 到位 | …: the year a header row above states over the column, in
    its own cell or the nearest filled one to its left that the cells between leave open (a merged cell laid flat)."""
    years = doc.cache.setdefault("years_over_columns", {})
    if f.table_index not in years:
        over: dict[int, str] = {}
        for cell in sorted(doc.tables[f.table_index].cells, key=lambda c: (c.row, c.col)):
            text = cell.text.strip()
            if text and any(ch.isdigit() for ch in text) and not COLUMN_OF_A_YEAR.fullmatch(text):
                break       # (the header rows end at the first cell of figures)
            if (year := COLUMN_OF_A_YEAR.fullmatch(text)) is not None:
                over[cell.col] = year.group(1)
            elif not text and cell.col - 1 in over:
                over[cell.col] = over[cell.col - 1]
        years[f.table_index] = over     # (plain strings: the cache goes back from a worker with its document)
    return years[f.table_index].get(f.cell.col, "") if f.cell is not None else ""


COLUMN_OF_A_YEAR = regexp.compile(r"((?:19|20)\d{2})\s*年度?(?!\s*(?:[至—\-~]|到\s*(?:19|20)\d{2}))")     # (not a span)


def read_context(doc: Document) -> None:
    """Give every figure its measure, fund, scope and period."""
    own = own_names(doc)
    by_path = _by_path(doc, own)
    # where a report speaks of several batches (第一批…第二批), an amount of one batch is that batch's
    batches = lexicon().batch.search(doc.norm) is not None    # (第一批…提前下达 alone is one of several too)
    years = {s.path: m.group(1) for s in doc.sections
             if (m := HEADING_YEAR.fullmatch(head := TITLE_HEAD.match(s.title).group().strip())
                 or HEADING_OF_A_YEAR.match(head))}
    years_summed = _years_summed(doc, years)
    after_items = _after_items(doc, by_path)
    previous: Figure | None = None          # the paragraph figure before, within the same sentence
    sentence_before: list[Figure] = []      # the paragraph figures of the sentence before
    sentence_figures: list[Figure] = []
    sentence_at, of_items_above, above_until = -1, False, -1
    for f in doc.figures:
        if f.cell is not None:
            _table_context(doc, f, own)
            continue
        s0 = sentence_start(doc, f.start)
        if s0 != sentence_at:
            sentence_before = sentence_figures or sentence_before
            sentence_figures, previous, sentence_at = [], None, s0
            # (（三）木门镇…项目。… 截至12月31日，上述项目共支出…: a sentence of all the items above is their parent's)
            # (以上5个项目合计安排资金486.5万元。截至…，累计支出471.36万元…: the rest of its paragraph too)
            if lexicon().items_above.search(doc.norm, s0, sentence_end(doc, s0)) is not None \
                    and f.section in after_items:
                above_until = line_end(doc, s0)
            of_items_above = s0 < above_until or _of_the_own_whole(doc, s0)
        path = f.section.rpartition("/")[0] if of_items_above or _after_an_inline_item(doc, by_path, f.section, s0) \
            else f.section
        _paragraph_context(doc, f, previous, sentence_figures, sentence_before, own, _inherited(by_path, path),
                           batches)
        if f.year_end:
            continue            # 至2016年底已脱贫10949户: the year named before the figures, which read it as their period
        if f.section in years_summed and (f.period == str(doc.year) or f.period.startswith(AS_OF)):
            f.period = years_summed[f.section]      # （三）合计支出78,526.58万元 after （一）2022年 （二）2023年: both years'
        elif doc.year and (f.period == str(doc.year) or f.period.startswith(AS_OF)) \
                and (year := _section_year(doc, years, f.section)) \
                and f.period.removeprefix(AS_OF)[:4] in (year, str(doc.year)):
            f.period = year         # （一）2021年。各级衔接资金到位34788万元…: the year its heading names (and
            # （二）2024年上半年资金。截至6月30日，已下达…: that year's, as of a date of it)
        sentence_figures.append(f)
        previous = f
    _department_alone(doc)
    _department_rows(doc)
    _outside_the_report(doc)
    _of_the_sample(doc)
    _claimed_by_the_assessed_report(doc)
    _in_a_correction_note(doc)
    _available_of_the_year_alone(doc)
    _project_named_again(doc)
    _same_time(doc)
    _respective_years(doc)
    _years_counted(doc)
    _levels_listed_under(doc)
    _total_of_two_levels(doc)
    _batches_sent_by_documents(doc)


def _batches_sent_by_documents(doc: Document) -> None:
    """中央财政衔接资金：内财农〔2022〕1276号提前下达8,236万元；内财农〔2023〕301号下达2,105万元；…以上三批合计11,288万元:
    where a paragraph lists two or more amounts each sent by a document, each is that document's batch, no level's or
    total's funds (one document's amount alone may be all of them); the amount that closes them on that line is the
    funds of the level the line opens with."""
    lex = lexicon()
    by_line: dict[int, list[tuple[Figure, str]]] = {}
    money_of_line: dict[int, list[Figure]] = {}
    previous_end = 0
    for f in doc.figures:
        if f.cell is not None:
            continue
        start = line_start(doc, f.start)
        if f.kind == "money":
            money_of_line.setdefault(start, []).append(f)
            if named := lex.document_sent.search(doc.norm, max(previous_end, start), f.start):
                by_line.setdefault(start, []).append((f, named.group("document")))
        previous_end = f.end
    for start, listed in by_line.items():
        levels = [f.fund_level for f, _ in listed]
        if len(listed) < 2 or all(level in ONE_LEVEL for level in levels) and len(set(levels)) == len(levels):
            continue        # (…（黑财指（农）〔2023〕34号）向我区下达中央…3174万元；…（…78号）下达省级…2958万元: a level each)
        for f, document in listed:
            f.scope = f.scope or "批:" + document       # (…下达第二批1,458万元: the batch it names already)
        level = level_named(doc.norm[start:money_of_line[start][0].start])
        closing = next((g for g in money_of_line[start] if g.start > listed[-1][0].start and not g.scope
                        and lex.batches_closed.match(doc.norm[clause_start(doc, g.start):g.start])), None)
        if closing is not None and level in ONE_LEVEL and closing.fund_level in ("", "all"):
            closing.fund_level = level
            closing.measure = closing.measure or "received"


def _after_items(doc: Document, by_path: dict[str, Heading]) -> set[str]:
    """The sections that come after an item of a list of them (（一）…项目 （二）…项目 （三）…): a sentence there on 上述项目
    may speak of the items above; elsewhere (（二）上年结转资金情况。…对应9个在建项目。…上述项目全部完工) of what it named."""
    out, seen = set(), set()
    for s in doc.sections:
        parent = s.path.rpartition("/")[0]
        if parent in seen:
            out.add(s.path)
        heading = by_path.get(s.path, Heading())
        # (（一）中央资金。…（四）县本级资金。 too, and （一）农业农村局。…（五）水利局。, the departments the funds went to)
        if heading.scope.startswith((*ITEM_SCOPES, "单位:")) or heading.level:
            seen.add(parent)
    return out


def _after_an_inline_item(doc: Document, by_path: dict[str, Heading], path: str, at: int) -> bool:
    """（五）场部林区供电线路改造…。安排资金40万元，…支付率100%。\n截至2023年12月31日，项目资金累计支出1,652,380元…: a
    paragraph after the line of the last project item of a list, which holds its own text, is no longer the item's."""
    scope = by_path.get(path, Heading()).scope
    if not (scope.startswith("项目:") or scope.startswith(ITEM_SCOPES)
            and (lexicon().breakdown_lead.match(doc.norm, line_start(doc, at))
                 or lexicon().levels_again.match(doc.norm, line_start(doc, at)))):
        return False            # (6.追加中央资金5,600万元，…下达。\n从资金级次看，中央资金22,880万元…: the whole's again)
    sections = doc.cache.get("sections_by_path")
    if sections is None:
        sections = doc.cache["sections_by_path"] = {s.path: s for s in doc.sections}
    section = sections.get(path)
    if section is None:
        return False
    end = line_end(doc, section.start)
    return at > end and end - section.start > len(section.title) + INLINE_ITEM_TEXT and _last_of_its_list(doc, section)


def _last_of_its_list(doc: Document, section: Section) -> bool:
    """No heading of the same level and parent follows the section (the last of each list found once per document)."""
    last = doc.cache.get("last_of_lists")
    if last is None:
        by_list = {(s.path.rpartition("/")[0], s.level): s.path for s in doc.sections}     # (in document order)
        last = doc.cache["last_of_lists"] = frozenset(by_list.values())
    return section.path in last


INLINE_ITEM_TEXT = 8        # characters past its title an item's heading line holds when the item's text is on it


def _total_of_two_levels(doc: Document) -> None:
    """中央…15万元、省级…1,002.4万元（…），合计1,017.4万元；焦作市级…320万元: a total closing the amounts of two levels
    (or of one), the only amounts before it in its sentence, is of those, not of every level."""
    money: list[Figure] = []        # the sentence's amounts in running text so far
    for f in doc.figures:
        if f.kind != "money" or f.cell is not None:
            continue
        if money and sentence_start(doc, money[0].start) != sentence_start(doc, f.start):
            money = []
        clause = doc.norm[clause_start(doc, f.start):f.start]
        if f.fund_level == "all" and len(money) == 2 and _closes_with_a_total(clause) and level_named(clause) == "all" \
                and (pair := LEVEL_PAIRS.get(frozenset(g.fund_level for g in money))) \
                and sum(g.value for g in money) == f.value and _another_level_follows(doc, f, pair):
            f.fund_level = pair
        elif f.fund_level == "all" and len(money) >= 2 and _closes_with_a_total(clause) \
                and len(levels := {g.fund_level for g in money}) == 1 and levels <= set(ONE_LEVEL) \
                and sum(g.value for g in money) == f.value and _another_level_follows(doc, f, next(iter(levels))):
            f.fund_level = next(iter(levels))   # 中央财政专项扶贫资金…，其他中央涉农资金…，以上合计141380.14万元；省级…: the
            # one level its parts are of, when another level follows (and of no one fund when its parts' funds differ)
            if len({g.fund for g in money}) > 1:
                f.fund = ""
        money.append(f)


def _another_level_follows(doc: Document, total: Figure, pair: str) -> bool:
    """An amount of a level outside the pair follows the total in its period (…，合计1,017.4万元；焦作市级…320万元): the
    pair is not all of the funds (两项共计下达751万元 alone is)."""
    return any(f.kind == "money" and f.cell is None and f.fund_level in ONE_LEVEL and f.fund_level not in pair.split("_")
               for f in figures_in(doc, total.end, period_end(doc, total.end)))


def figures_in(doc: Document, lo: int, hi: int) -> list[Figure]:
    """The figures that start in [lo, hi), by bisection over their starts (the figures are in document order)."""
    starts = doc.cache.get("context_figure_starts")
    if starts is None or len(starts) != len(doc.figures):
        starts = doc.cache["context_figure_starts"] = [f.start for f in doc.figures]
    return doc.figures[bisect_left(starts, lo):bisect_left(starts, hi)]


RESPECTIVE_YEARS = regexp.compile(r"(?:19|20)\d{2}\s*年度?(?:\s*[、和及与]\s*(?:19|20)\d{2}\s*年度?)+")
YEAR_IN_LIST = regexp.compile(r"((?:19|20)\d{2})\s*年")
YEAR_OPENS_CLAUSE = regexp.compile(r"\s*[，,；;]\s*(?:19|20)\d{2}\s*年")
# A clause that opens with its year and names nothing else before its amount (2024年达到2,650.00万元)
YEAR_LED_CLAUSE = regexp.compile(r"\s*(?:19|20)\d{2}\s*年度?[^，,。；;\d年]{0,6}$")
# 三年支出分别为…、…和…，对应执行率…、…、…: as many years as the sentences before name, in their order
YEARS_COUNTED = regexp.compile(r"(?<![\d年])(?P<n>[两二三四五]|\d)\s*年[^，,。；;\d]{0,8}?(?:分别|依次)")


def _closes_with_a_total(words: str) -> bool:
    level = lexicon().level
    return any(level.names[m.group()] == "totals" for m in level.matches(words))     # 合计, 共计, 两项…


def _respective_years(doc: Document) -> None:
    """2013年、2014年中央财政分别下达…390万元和340万元: each amount is its year's, in the order the years are named."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is None and f.kind == "money":
            by_sentence.setdefault(sentence_start(doc, f.start), []).append(f)
    for start, amounts in by_sentence.items():
        head = doc.norm[start:amounts[0].start]
        years = RESPECTIVE_YEARS.search(head)
        if years is None or "分别" not in head[years.end():]:
            continue
        named = YEAR_IN_LIST.findall(years.group())
        listed, rest = amounts[:len(named)], amounts[len(named):]
        after = doc.norm[listed[-1].end:rest[0].start] if rest else ""
        if len(set(named)) != len(named) or len(listed) != len(named) \
                or rest and not (_closes_with_a_total(after) or YEAR_OPENS_CLAUSE.match(after)):
            continue            # (…390万元和340万元，两年合计730万元: the total after them keeps its span; …41,268.35万元，
                                # 2023年较过渡期第一年增加…: a clause of its own year)
        for f, year in zip(listed, named):
            f.period = year


def _years_counted(doc: Document) -> None:
    """2020年到位资金…，2021年…，2022年…。三年支出分别为9,705.11万元、10,020.48万元和10,968.52万元，对应执行率98.41%、
    98.09%、98.58%: the years a sentence counts are those its paragraph named before it, each amount (and each rate) in
    their order."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in doc.figures:
        if f.cell is None and f.kind in ("money", "percent"):
            by_sentence.setdefault(sentence_start(doc, f.start), []).append(f)
    for start, figures in by_sentence.items():
        counted = YEARS_COUNTED.search(doc.norm, start, figures[0].start)
        if counted is None:
            continue
        n = small_int(counted.group("n"))
        line = line_start(doc, start)       # (its line, or the line before: 1.资金规模。2021年、2022年、2023年…\n2.…三年分别…)
        named = list(dict.fromkeys(YEAR_IN_LIST.findall(doc.norm, line_start(doc, max(0, line - 1)), start)))
        if n is None or len(named) != n:
            continue
        for kind in ("money", "percent"):
            listed = [f for f in figures if f.kind == kind]
            if len(listed) == n:
                for f, year in zip(listed, named):
                    f.period = year


PARTS_OPEN = regexp.compile(r"[。.]?\s*其中")


def _levels_listed_under(doc: Document) -> None:
    """县级共向我镇下达…资金486.5万元。其中：中央资金268万元，省级资金130万元，县级资金88.5万元: an amount a level
    hands on whose 其中 names two or more levels is of all of them, not of the level that handed it on."""
    money = [f for f in doc.figures if f.cell is None and f.kind == "money"]
    for i, f in enumerate(money):
        if f.fund_level not in ONE_LEVEL or not lexicon().handed_on.search(doc.norm, sentence_start(doc, f.start), f.start):
            continue
        end = sentence_end(doc, f.end)
        if PARTS_OPEN.match(doc.norm, end, end + 4):
            end = sentence_end(doc, end + 2)       # …486.5万元。其中：…: the parts in the sentence after
        opened = doc.norm.find("其中", f.end, end)
        if opened < 0:
            continue
        levels = {g.fund_level for g in money[i + 1:] if opened < g.start < end and g.fund_level in ONE_LEVEL}
        if len(levels) >= 2 and levels - {f.fund_level}:
            f.fund_level = "all"


DEPARTMENT = "单位:本部门"




def _of_the_own_whole(doc: Document, s0: int) -> bool:
    """（三）其他项目…19个，投入1,534.6万元…。\n截至2019年12月31日，全旗累计支出…: a sentence whose subject is the report's own
    place as a whole speaks of all of it, not of the item it stands under."""
    own = (doc.county or doc.city)[-1:]
    m = lexicon().own_whole_opening.match(doc.norm, s0)
    return m is not None and m.group("unit") == own


def _department_alone(doc: Document) -> None:
    """A department's report whose only account of money is its own budget (收入…支出…结转结余) is about that
    budget: its figures are the report's own. Only beside the funds' own receipts or spending (到位财政专项扶贫资金…)
    is the department's budget a scope of its own."""
    department = [f for f in doc.figures if f.scope == DEPARTMENT]
    # (截至2024年12月31日，全县衔接资金全部支出到位，累计支出2,486.3万元: a fund its sentence names; 三、衔接推进乡村振兴补助资金
    # 管理情况 … 全年到位资金32,486.55万元: or its heading)
    titles = {s.path: s.title for s in doc.sections}

    def of_a_fund(f: Figure) -> bool:
        path = f.section.split("/")
        return bool(f.fund or lexicon().fund.first(doc.norm[sentence_start(doc, f.start):f.start])
                    or any(lexicon().fund.first(titles.get("/".join(path[:n]), "")) for n in range(1, len(path) + 1)))
    if department and not any(f.scope != DEPARTMENT and f.kind == "money" and f.measure in ("received", "spent", "paid")
                              and of_a_fund(f) for f in doc.figures):
        for f in department:
            f.scope = ""


def _department_rows(doc: Document) -> None:
    """部门收入合计5,872.16万元…全年支出合计5,743.95万元…部门预算执行率为97.82% … 年度资金总额 | 5,872.16 | 5,743.95 | … |
    97.82%: a table row that restates two or more of the department's own figures is the department's too."""
    stated = {(f.kind, f.value) for f in doc.figures if f.scope == DEPARTMENT and f.cell is None}
    if not stated:
        return
    for cells in figures_by_row(doc).values():
        if sum((f.kind, f.value) in stated for f in cells if f.kind in ("money", "percent")) >= 2:
            for f in cells:
                f.scope = DEPARTMENT


def _same_time(doc: Document) -> None:
    """截至9月30日，…开工…；…投资完成率85.64%。同期到位资金18,426.5万元…: a sentence of its paragraph that opens with
    同期 is as of the date the paragraph gave before it, or over the span of years the sentence right before it was."""
    as_of, same_time = lexicon().as_of, lexicon().same_time
    last: Figure | None = None      # the last date of the paragraph said to be as of (截至…)
    span: Figure | None = None      # the last figure over a span of years (“十二五”期间，全省共投入…95.18亿元)
    for f in doc.figures:
        if f.cell is not None:
            continue
        opens_same = f.period == str(doc.year) and same_time.match(doc.norm, period_start(doc, f.start))
        if f.kind == "date" and f.value and as_of.search(doc.norm, max(0, f.start - 6), f.start):
            last = f
        elif last is not None and line_start(doc, last.start) == line_start(doc, f.start) and opens_same:
            f.period = f"{AS_OF}{last.value}"
        elif span is not None and opens_same \
                and not doc.norm[period_end(doc, span.end) + 1:period_start(doc, f.start)].strip():
            f.period = span.period      # …。同期，我县共到位…17,685.5万元，…累计支出17,102.37万元: over the same years
        if f.period.endswith(SPAN_TO_NOW):
            span = f


OUTSIDE = "另:本报告范围外"


def _outside_the_report(doc: Document) -> None:
    """另，省财政提前下达我县…补助资金3,711.3万元，包括…。该笔资金…不纳入本报告评价范围: the paragraph's figures are
    outside the report's own funds."""
    for m in lexicon().outside_report.finditer(doc.norm):
        # from the sentence of its paragraph that opens with 另/此外 (else its own sentence) to the end of its own
        opener = None
        for opener in lexicon().aside_opener.finditer(doc.norm, line_start(doc, m.start()), m.start()):
            pass
        start = opener.start() if opener is not None else period_start(doc, m.start())
        for f in figures_in(doc, start, period_end(doc, m.start())):
            if f.cell is None and not f.scope:
                f.scope = OUTSIDE


PROJECT_NAME_CHARS = 4     # the shortest heading name of a project a later sentence is read as naming


def _project_named_again(doc: Document) -> None:
    """（二）我局承担的项目 … 合计：我局承担的项目共支付衔接资金8,003.78万元: a sentence that names a project a heading
    named is that project's, wherever it stands."""
    projects = {f.scope for f in doc.figures if f.scope.startswith("项目:")
                and len(f.scope.removeprefix("项目:")) >= PROJECT_NAME_CHARS}
    if not projects:
        return
    for f in doc.figures:
        if f.cell is None and not f.scope and f.kind in ("money", "percent"):
            head = doc.norm[sentence_start(doc, f.start):f.start]
            named = [p for p in projects if p.removeprefix("项目:") in head]
            if len(named) == 1:
                f.scope = named[0]


def _of_the_sample(doc: Document) -> None:
    """我所从中选取3个产业扶贫项目作为本次评价对象… 截至2020年12月31日，3个项目累计支付5,876.25万元，支付率96.17%。尚未支付的
    233.75万元…: the sentences on the sample are the sample's."""
    lex = lexicon()
    declared = lex.sample_declared.search(doc.norm)
    if declared is None:
        return
    scope = "样本:" + declared.group("n") + "个项目"
    on_sample, last_end = False, -1        # whether the period read last was on the sample, and where it ended
    for f in figures_in(doc, declared.end(), len(doc.norm)):
        if f.cell is not None or f.kind not in ("money", "percent", "date"):
            continue
        s0 = period_start(doc, f.start)
        if s0 > last_end:           # the first figure of a period: whether the period is on the sample
            first_money = next((g for g in figures_in(doc, f.start, period_end(doc, f.start)) if g.kind == "money"), f)
            head = doc.norm[s0:first_money.start]
            subject = lex.sample_subject.match(head)
            if subject is not None and subject.group("n") and subject.group("n") != declared.group("n"):
                subject = None
            on_sample = subject is not None or on_sample and 0 <= s0 - last_end <= 1 \
                and lex.sample_goes_on.match(head) is not None
            last_end = period_end(doc, f.start)
        if on_sample and not f.scope:
            f.scope = scope


CLAIMED = "所报:被核查的自评报告"


def _claimed_by_the_assessed_report(doc: Document) -> None:
    """县级自评报告称截至2021年底已支出40,512.87万元，支出率98.17%。…实际支出40,386.42万元: in a checker's report, the
    figures it quotes from the assessed self-assessment, up to what it says it verified, are that report's
    statements."""
    lex = lexicon()
    _quoted_up_to(doc, lex.claimed, lex.claim_verified, CLAIMED, kinds=("money", "percent", "date"))


def _quoted_up_to(doc: Document, opener: regexp.Pattern, closer: regexp.Pattern, scope: str,
                  kinds: tuple[str, ...] | None = None) -> None:
    """The paragraph figures after each opener, up to its closer or the end of its sentence, take the scope."""
    for m in opener.finditer(doc.norm):
        end = period_end(doc, m.start())
        closed = closer.search(doc.norm, m.end(), end)
        for f in figures_in(doc, m.end(), closed.start() if closed is not None else end):
            if f.cell is None and (kinds is None or f.kind in kinds):
                f.scope = scope


CORRECTION_NOTE = "注:更正说明"


def _in_a_correction_note(doc: Document) -> None:
    """更正说明：…原报告中已支出资金为15,644.46万元，现更正为15,732.46万元…: the figures of a note on what a re-issued report
    corrects are the note's; the body states the corrected ones as the report's own. So are an earlier draft's in any
    sentence (初稿自评得分为97分，…定稿为96.5分)."""
    lex = lexicon()
    for m in lex.correction_note.finditer(doc.norm):
        for f in figures_in(doc, line_start(doc, m.start()), line_end(doc, m.start())):
            if f.cell is None:
                f.scope = CORRECTION_NOTE
    _quoted_up_to(doc, lex.superseded, lex.superseded_until, CORRECTION_NOTE)


def _available_of_the_year_alone(doc: Document) -> None:
    """全年可用资金合计1,406万元 with nothing brought forward into it is the year's funds received; 可用资金20,835.68万元 …
    其中：1.上年结转资金… is not."""
    lex = lexicon()
    period = patterns.load("context")["period"]
    reach, above = period["CARRIED_IN_REACH"], period["CARRIED_IN_ABOVE"]
    for f in doc.figures:
        if f.measure != "available":
            continue
        lo = period_start(doc, f.start)
        if CLOSES_ABOVE.match(doc.norm, lo):
            # (1.上年结转。…418.06万元… 2.本年下达。… 以上合计，…可用衔接资金共计4,565.86万元: the lines above it too)
            lo = max(0, lo - above)
        if not any(m.group("year") is None or doc.year is None or int(m.group("year")) < doc.year
                   for m in lex.carried_in.finditer(doc.norm, lo, f.end + reach)) \
                and not lex.available_together.search(doc.norm, sentence_start(doc, f.start), f.start):
            f.measure = "received"


SPAN_REACH = 400       # characters before a sentence its paragraph's span of years may be stated in
CLOSES_ABOVE = regexp.compile(r"\s*(?:以上|上述)")      # a sentence that closes the list or table above it
YEAR_SPAN = regexp.compile(r"(?P<from>(?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|~)\s*(?:19|20)\d{2}\s*年|(?P<from>(?:19|20)\d{2})\s*年以来"
                           r"|[自从]\s*(?P<from>(?:19|20)\d{2})\s*年(?:起|开始)")
# a heading that is a year or a part of one: （一）2021年。 2.2024年上半年。
HEADING_YEAR = regexp.compile(r"((?:19|20)\d{2})\s*年度?(?:上半年|下半年|第?[一二三四]季度|前三季度)?[。.：:]?")
# …or that opens with the year of the funds it is about (（三）2019年度资金执行进度（附带通报）in a report on 2018)
HEADING_OF_A_YEAR = regexp.compile(r"((?:19|20)\d{2})\s*年度?(?!\s*[至到—\-~])[^\d]{0,8}?(?:资金|项目)")


def _row_years(doc: Document, table_index: int | None) -> set[str]:
    """The years a table's rows are named by (2021年 | … / 2022年 | …), once per table."""
    cached = doc.cache.setdefault("row_years", {})
    if table_index not in cached:
        cells = doc.tables[table_index].cells if table_index is not None else []
        cached[table_index] = {m.group(1) for c in cells if c.col == 0 and (m := HEADING_YEAR.fullmatch(c.text.strip()))}
    return cached[table_index]


WITH_OWN_MONEY = "含自筹资金"
OWN_MONEY = "自筹资金"


def _rows_with_own_money(doc: Document, table_index: int | None) -> bool:
    """A table whose rows list the farmers' or firms' own money beside public funds (群众自筹现金 | 10 | 10), once
    per table."""
    cached = doc.cache.setdefault("rows_with_own_money", {})
    if table_index not in cached:
        cells = doc.tables[table_index].cells if table_index is not None else []
        cached[table_index] = any(c.col <= 1 and lexicon().fund.last(c.text) == OWN_MONEY for c in cells)
    return cached[table_index]


SEVERAL_FUNDS = "多项资金合计"
PROJECT_ROWS = "项目:表中所列项目"
OPEN_BRACKET_BEFORE = regexp.compile(r"[（(][^）)]*$")
PROJECT_ROW = regexp.compile(r"(?:项目|工程)\s*$")
LINES_ABOVE_A_TABLE = 3     # lines above a table that may say what its rows are (…部分重点项目…如下表。\n表1…\n单位：万元)


def _rows_are_projects(doc: Document, table_index: int | None) -> bool:
    """表1 …衔接资金重点项目支付情况 / 项目名称 | 建设内容 | 资金规模 | 已支付 / 漳湖镇…道路提升项目 | … / 合计: a table of
    some projects, its caption or the line above says, whose total row sums them (the year's whole is the text's), once
    per table."""
    if table_index is None:
        return False
    cached = doc.cache.setdefault("rows_are_projects", {})
    if table_index not in cached:
        table = doc.tables[table_index]
        named = {c.row for c in table.cells if c.col <= 1 and c.row > 0 and PROJECT_ROW.search(c.text)}
        start = table.start
        for _ in range(LINES_ABOVE_A_TABLE):
            start = line_start(doc, max(0, start - 1))
        cached[table_index] = len(named) >= 2 and bool(lexicon().some_projects.search(table.caption
                                                                                       + doc.norm[start:table.start]))
    return cached[table_index]



def _the_fund_is_one_row(doc: Document, table_index: int | None) -> bool:
    """A table of sources whose rows name the report's fund as one of several (资金来源 | 计划整合 | 实际整合 / 中央、省、市、县
    衔接推进乡村振兴补助资金 | 21,856 | … / 农田建设补助资金 | 6,480 | …): its total is more than the report's fund, once per
    table."""
    cached = doc.cache.setdefault("fund_is_one_row", {})
    if table_index not in cached:
        labels = {f.row_label.strip() for f in doc.figures if f.table_index == table_index and f.kind == "money"
                  and f.row_label.strip() and lexicon().level.names.get(f.row_label.strip()) != "totals"}
        own = [label for label in labels if lexicon().fund.last(label) == main_fund(doc)]
        # (not 中央财政衔接资金 | … / 省级 | … / 市级 | …: a table of levels, its rows the parts of the fund)
        others = [label for label in labels if label not in own and not level_named(label)]
        cached[table_index] = len(own) == 1 and len(others) >= 2
    return cached[table_index]


def _years_summed(doc: Document, years: dict[str, str]) -> dict[str, str]:
    """The sections that sum the years of the sections before them (（一）2022年：… （二）2023年：… （三）合计：…), each
    → the span of those years."""
    out, before = {}, {}
    for s in doc.sections:
        parent = s.path.rpartition("/")[0]
        if s.path in years:
            before.setdefault(parent, []).append(int(years[s.path]))
        elif len(before.get(parent, [])) >= 2 \
                and lexicon().years_total_head.match(TITLE_HEAD.match(s.title).group().strip()):
            first, last = min(before[parent]), max(before[parent])
            out[s.path] = f"{first}{SPAN_TO_NOW}" if doc.year and last >= doc.year else f"{first}{SPAN_TO}{last}"
    return out


def _section_year(doc: Document, years: dict[str, str], path: str) -> str:
    """The year the innermost heading along the path names, where it names one other than the report's."""
    parts = path.split("/") if path else []
    for n in range(len(parts), 0, -1):
        year = years.get("/".join(parts[:n]))
        if year:
            return year if year != str(doc.year) else ""
    return ""


def _names_the_titles_fund(doc: Document, head: str) -> bool:
    """The heading names the fund the report's title names (（一）衔接资金。 in …衔接推进乡村振兴补助资金绩效自评报告)."""
    fund = lexicon().fund.first(doc.title)
    return bool(fund) and lexicon().fund.first(head) == fund


def _names_the_reports_fund(doc: Document, head: str) -> bool:
    """The heading names the fund the report is about (1.衔接推进乡村振兴补助资金24,380.5万元，其中…)."""
    fund = lexicon().fund.first(head)
    return bool(fund) and fund == main_fund(doc)


def main_fund(doc: Document) -> str:
    """The fund the report is about: the one its title names, else the one it names most."""
    found = doc.cache.get("main_fund")
    if found is None:
        lex = lexicon()
        named = [lex.fund.names[m.group()] for m in lex.fund.matches(doc.norm)]
        # the most named, the first named of equals (not a set's order, which changes from run to run)
        found = doc.cache["main_fund"] = lex.fund.first(doc.title) or (Counter(named).most_common(1)[0][0] if named else "")
    return found

