"""The base a share or rate names (占中央和省级衔接资金的65.3%, 占总投入的6.2%), resolved to the report's own
figures of that context, wherever the report states them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, reduce

import regex

import patterns
from extractors import regexp
from extractors.context import (ITEM_SCOPES, LEVEL_PAIRS, ONE_LEVEL, level_named, lexicon, main_fund, on_own_level,
                                other_place_named, wider_is_own)
from extractors.fields import on_one_project
from extractors.labels import content_words, names_all
from extractors.metadata import township_reporting
from extractors.model import Document, Figure
from extractors.sentences import clause_end, clause_start, line_end, line_start, period_end, period_start, sentence_start

from .findings import plus, total_qualifiers
from .nearby import figures_before, figures_between, last_before

LEVEL_FIELDS = {"central": "funds_received_central", "provincial": "funds_received_provincial",
                "city": "funds_received_city", "county": "funds_received_county", "all": "funds_received_total"}


@cache
def _cues() -> tuple[regexp.Pattern, regexp.Pattern, tuple[str, ...], regexp.Pattern]:
    data = patterns.load("relations")["context"]
    return regexp.compile(data["base_phrase"]), regexp.compile(data["base_not_level"]), tuple(data["base_nouns"]), \
        regexp.compile(data["time_base"])


@cache
def _base_qualifiers() -> frozenset[str]:
    return frozenset(patterns.load("relations")["context"]["base_qualifiers"])


@cache
def _change() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["absolute_change"])


@cache
def context_cue(name: str) -> regexp.Pattern:
    """One cue of relations.toml's [context], compiled once."""
    return regexp.compile(patterns.load("relations")["context"][name])


def names_households(words: str) -> bool:
    """The words of a base name households (监测户总数, 农户): a share over them is of a part's households."""
    return bool(context_cue("base_of_households").search(words.strip()))


@cache
def _target_bounds() -> frozenset[str]:
    return frozenset(patterns.load("relations")["context"]["base_target_bounds"])


@cache
def _whole_words() -> frozenset[str]:
    return frozenset(patterns.load("relations")["context"]["base_whole_words"])


@cache
def _synonyms(noun: str) -> tuple[str, ...]:
    groups = patterns.load("relations")["context"]["base_synonyms"]
    return next((tuple(g) for g in groups if noun in g), (noun,))


def _counted_alike(words: frozenset[str]) -> frozenset[str]:
    """The words of a count's base, each in the other word it is also counted by (监测户 → 监测对象)."""
    groups = patterns.load("relations")["context"]["count_base_synonyms"]
    return frozenset(next((g[1 - g.index(w)] for g in groups if w in g[:2]), w) for w in words)


@cache
def _loose(noun: str) -> regexp.Pattern:
    """A base noun with a few words allowed before its last two characters: 整合资金 in 整合使用的财政涉农资金, 到位资金 in
    到位衔接推进乡村振兴补助资金."""
    return regexp.compile(regex.escape(noun[:-2]) + r"[^，,。；;]{0,12}" + regex.escape(noun[-2:]))


@cache
def generic_words() -> frozenset[str]:
    return frozenset(patterns.load("relations")["generic_words"])


@dataclass
class Base:
    words: str                  # the base as the sentence names it
    figure: Figure | None       # None: named, but the report states no such amount
    elsewhere: bool = False     # the whole of a wider area (全省…总额): never the report's own total in other words


def exact_beside(doc: Document, base: Base | None) -> Base | None:
    """共下达…资金5,318.6万元，总规模约5,300万元: a base written as approximate right after the exact amount it rounds, in
    its sentence, is that amount; so is one the rest of its line states exactly (共投入衔接资金约4,300万元。经核实，全年实际
    到位…4,276.38万元)."""
    if base is None or base.figure is None:
        return base
    rounded = base.figure
    approximate, _, _, within = total_qualifiers()
    if rounded.qualifier not in approximate:
        return base
    before = reversed(figures_between(doc, sentence_start(doc, rounded.start), rounded.start))
    after = figures_between(doc, rounded.end, line_end(doc, rounded.end))
    exact = next((f for f in (*before, *after) if f.kind == rounded.kind and f.cell is None and not f.qualifier
                  and f.period == rounded.period and abs(f.value - rounded.value) <= rounded.value * within), None)
    return Base(base.words, exact, base.elsewhere) if exact is not None else base


def _places_listed_with(doc: Document, part: Figure | None, before: int) -> list[Figure]:
    """The amounts of places (地:…) its paragraph lists, each place once, the part among them (or, where the share's
    sentence names the part only by its place, that place): [] where there is no such list of two or more."""
    paragraph = [f for f in figures_between(doc, line_start(doc, before), before) if f.kind == "money" and f.cell is None]
    listed = [f for f in paragraph if f.scope.startswith("地:") and not any(ch.isdigit() for ch in f.scope)
              and (part is None or f.measure == part.measure)]
    places = [f.scope for f in listed]
    if len(listed) < 2 or len(set(places)) != len(places) or len({f.measure for f in listed}) != 1:
        return []
    together = sum(f.value for f in listed)
    if any(f.value >= together for f in paragraph if f.start < listed[0].start):
        return []       # (10个县（区）合计到位225,361.37万元，其中澜沧…，墨江…，…，占各县（区）到位资金的41.51%: their whole, stated)
    sentence = doc.norm[sentence_start(doc, before):before]
    named = part in listed if part is not None else any(f.scope.removeprefix("地:") in sentence for f in listed)
    return listed if named else []


def names_its_base(doc: Document, share: Figure) -> bool:
    """The words right before a share name what it is of (占援助资金总数的73.4%)."""
    return share.kind == "percent" \
        and _cues()[0].search(doc.norm[clause_start(doc, share.start):share.start]) is not None


PROJECTS_OWN = regexp.compile(r"(?:本|该)?项目(?!总)")     # 占项目衔接资金的…: the project's own funds


def _said_of_the_project(doc: Document, f: Figure) -> bool:
    """项目总投资6800万元，其中使用衔接资金5200万元: an amount its sentence says is the project's, not 全县衔接资金…'s."""
    head = doc.norm[sentence_start(doc, f.start):f.start]
    return "项目" in head and not lexicon().wider_whole.search(head) and "全县" not in head


def _first_of_fields(doc: Document) -> dict[str, Figure]:
    """Each canonical field's first figure (once per document)."""
    fields = doc.cache.get("first_of_field")
    if fields is None:
        fields = doc.cache["first_of_field"] = {}
        for f in doc.figures:
            if f.field:
                fields.setdefault(f.field, f)
    return fields


def named_base(doc: Document, gap: str, before: int, share_of: Figure | None = None,
               larger: bool = False) -> Base | None:
    """The base named in the words before a percentage; None when the sentence names none. share_of, the amount
    the percentage is a share of, is never its own base (安排整合资金25.84亿元…，占整合资金总数的53.75%); with larger, an
    amount described by the base's words is one larger than share_of."""
    phrase, not_level, nouns, time_base = _cues()
    m = phrase.search(gap)
    if not m:
        return None
    words = m.group("base")
    if time_base.match(words.strip()):
        return Base(words, None)
    if (labelled := _labelled_so(doc, words.strip(), before, share_of)) is not None:
        return Base(words, labelled)
    if (headed := _amount_of_its_heading(doc, words.strip(), share_of)) is not None:
        return Base(words, headed)
    if (that := context_cue("base_that_place").match(words.strip())) is not None:
        # 环县落实统筹整合资金4,920万元，占该县到位资金的83.96%: that place's own amount, from its row of a table,
        # else stated nowhere (never the whole area's)
        return Base(words, _that_places_amount(doc, words.strip()[that.end():], share_of))
    if place := other_place_named(doc, words.strip()):
        # 占遂宁市衔接补助资金总额的16.43% in 射洪市's report: that place's amount, where one is stated, else none
        return Base(words, next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                                 and f is not share_of and place in doc.norm[sentence_start(doc, f.start):f.start]), None))
    wider = lexicon().wider_whole.match(words.strip())
    if wider is not None and share_of is not None and share_of.kind == "money" and doc.county \
            and wider.group("unit") != "国" and not wider_is_own(doc, wider.group("unit")) \
            and "我" + wider.group("unit") not in doc.norm and not context_cue("base_item_named_before").search(words) \
            and lexicon().measures["money"].last(words) not in OUTFLOWS:
        # 省特别扶持资金13,860万元，占全省当年特扶资金总额的8.25%: the province's amount, where one is stated (全省共下达
        # 奖补资金9,200万元 … 获得奖补资金1,000万元，占全省奖补资金总额的10.87%), else none (but not 占全市该项资金的13.14%,
        # of the item its clause names, nor 占全市结转总额的45.24%, of what was done with the funds, nor 全州 where the
        # report calls that place its own, 向我州拨付…)
        whole = "地:" + (doc.province if wider.group("unit") in ("省", "区") else doc.city)
        found = next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                      and f.value > share_of.value
                      and (f.scope == whole or wider.group() in doc.norm[clause_start(doc, f.start):f.start])), None)
        if found is not None or context_cue("base_whole_of_it").search(words):
            return Base(words, found, elsewhere=True)
    if m.group().startswith("为") and level_named(words) in ("", "all"):     # (为中央衔接资金的62.5%: the level's)
        # 为省级年初计划数的117.3%: the amount named so right before it (年初计划数为112.3亿元), else its own plan, unstated
        # (一般公共预算收入243670万元，为预算数的100.69%)
        return _named_right_before(doc, words, before, share_of) or Base(words, None)
    if (counted := context_cue("base_levels_counted").search(words)) is not None:
        # 省、市、县三级财政安排43.67亿元 … 省级投入占三级投入的48.77%: the amount its levels were named together for, by
        # as many, where one is stated
        together = next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                         and f is not share_of and (share_of is None or f.value > share_of.value)
                         and counted.group() in doc.norm[clause_start(doc, f.start):f.start]), None)
        if together is not None:
            return Base(words, together)
    if on_own_level(doc) and lexicon().own_level_title.search(words) and share_of is not None:
        fields = _first_of_fields(doc)      # 占市本级资金的66.87% in a report on 市本级 funds: all of the report's own
        if (own := fields.get("funds_received_total")) is not None and own.value > share_of.value:
            return Base(words, own)
    if (share_of is None or share_of.kind == "money") and context_cue("base_all_counties").search(words) \
            and (listed := _places_listed_with(doc, share_of, before)):
        # 贵池区5,482.63万元，东至县8,937.20万元，石台县7,128.45万元，青阳县4,316.88万元。其中石台县…占各县区合计的27.56%:
        # the places its paragraph lists, together
        return Base(words, reduce(plus, listed))
    level = level_named(words)
    if "两级" in words and (pair := lexicon().level.first(doc.norm[sentence_start(doc, before):before])) \
            in LEVEL_PAIRS.values():
        level = pair        # 中央和自治区下达的衔接资金中…，占两级资金合计的63.1%: the two its sentence named
    if level == "all" and doc.province in patterns.load("fields")["municipalities"] \
            and context_cue("base_municipal_pair").search(words):
        level = "central_provincial"    # 占中央和市级资金的57.07% in Chongqing: 市级 is the provincial level there
    fields = _first_of_fields(doc)
    own = context_cue("base_own_place_received").fullmatch(words.strip())
    if own is not None and fields.get("funds_received_total") is not None \
            and ((doc.county or doc.city or doc.province).endswith(own.group("unit"))
                 or own.group("unit") in "镇乡" and township_reporting(doc).endswith(own.group("unit"))) \
            and share_of is not None \
            and share_of.kind == "money" and fields["funds_received_total"].value > share_of.value:
        # 占全县到位资金的58.36% in a county's report, 乐昌市…7,265.8万元，占全市的15.54% in its prefecture's: its own
        return Base(words, fields["funds_received_total"])
    township = context_cue("base_own_township").match(words.strip())
    if township is not None and share_of is not None and level not in LEVEL_FIELDS:
        # (not 占我镇中央资金的66.67%: the township's central funds, its level's amount)
        # 我镇共获得1126.4万元…，中央资金占我镇资金总量的57.07% in a township's report: what its clause says the township got
        # this year (not 与上年我镇获得的968万元相比)
        # (…全县到位衔接资金21,537万元，其中安排在我镇实施的项目14个、资金1,126.8万元: the amount after the township in its
        # sentence)
        unit = township.group()[-1] if not township.group().endswith("街道") else "街道"
        got = next((f for f in reversed(figures_before(doc, before)) if f.kind == share_of.kind and f.cell is None
                    and f is not share_of and f.value > share_of.value and not of_an_earlier_year(doc, f)
                    and f.fund_level in ("", "all", "upper")
                    and any(own in doc.norm[sentence_start(doc, f.start):f.start] for own in ("我" + unit, "本" + unit))),
                   None)
        if got is not None:
            return Base(words, got)
    if share_of is not None and level in (*LEVEL_FIELDS, "central_provincial") and level != "all" \
            and (earlier_year := _levels_of_an_earlier_year(doc, level, share_of, before)) is not None:
        # 一、2022年度资金执行情况（补报）…中央资金6245万元，省级资金2731.4万元…用于产业发展的资金5870万元，占中央和省级
        # 资金合计的65.39% in a report on 2023: that year's levels, not the report's own
        return Base(words, earlier_year)
    if level == "central_provincial":
        central, provincial = fields.get(LEVEL_FIELDS["central"]), fields.get(LEVEL_FIELDS["provincial"])
        return Base(words, plus(central, provincial) if central and provincial else None)
    outflow = lexicon().measures["money"].last(words)
    # (…使用中央资金850万元，发放劳务报酬153万元，占项目中央资金的18%: the projects' own level's amount, named so in the
    # share's sentence)
    if level in LEVEL_FIELDS and level != "all" and words.strip().startswith(PROJECTS) \
            and not not_level.search(core := words.strip().removeprefix(PROJECTS)):
        in_sentence = [f for f in figures_between(doc, sentence_start(doc, before), before) if f.kind == "money"
                       and f.cell is None and f is not share_of and (share_of is None or f.value > share_of.value)
                       and _loose(core).search(doc.norm, clause_start(doc, f.start), f.start)]
        if in_sentence:
            return Base(words, in_sentence[-1])
    if level in LEVEL_FIELDS and not not_level.search(words) and not of_the_wider_area(doc, words) \
            and not (level == "all" and outflow in OUTFLOWS):      # (占全部支出的: of what was spent, no level's)
        # (…由中央预算内以工代赈投资1,260万元和…构成…发放劳务报酬412.6万元，占中央投资的32.75%: the amount its paragraph
        # names so, before the level's whole)
        # (…安排中央资金700万元实施4个以工代赈项目，共发放劳务报酬217万元，占中央资金的31%: 中央资金 too, in the share's own
        # sentence)
        named_here = [f for f in figures_between(doc, line_start(doc, before), before) if f.kind == "money"
                      and f.cell is None and f is not share_of and (share_of is None or f.value > share_of.value)
                      and len(words.strip()) >= 4
                      and (not words.strip().endswith("资金") or f.start >= sentence_start(doc, before))
                      and _loose(words.strip()).search(doc.norm, clause_start(doc, f.start), f.start)]
        found = named_here[-1] if named_here and level != "all" else None
        found = found or fields.get(LEVEL_FIELDS[level]) or _only_amount_of_level(doc, level, before, share_of)
        found = _all_of_the_level(doc, fields, level, found) if level != "all" else found
        # (（三）以工代赈。…投入中央资金600万元，…发放劳务报酬186.6万元，劳务报酬占中央资金的31.1%: the level's amount of the
        # task its part is of, where the base names no fund)
        tasks = patterns.load("fields")["context"]["tasks_of"]
        of_its_task = next((named for named in (share_of.fund, lexicon().fund.first(share_of.scope))
                            if named in tasks and named != main_fund(doc)), "") if share_of is not None else ""
        fund = lexicon().fund.first(words) or of_its_task     # (（二）以工代赈任务：…占该任务中央资金的20.14%: its task's)
        if found is not None and fund and found.fund != fund and level != "all":
            # 中央资金24,078.36万元（其中衔接推进乡村振兴补助资金19,375.00万元、其他…）… 占中央衔接资金的58.01%: the
            # level's amount of the fund the base names, where one is stated
            # (…or of the task its heading names: （二）以工代赈任务\n中央下达1,150万元 … 占以工代赈中央资金的31.81%; a task
            # of the central funds is theirs wherever it is listed: 中央资金…。按任务分：…以工代赈任务1,060万元)
            central_tasks = patterns.load("fields")["context"]["tasks_of"]
            of_fund = [f for f in reversed(figures_before(doc, before)) if f.kind == "money"
                       and ((f.fund == fund or _names_fund(doc, f, fund)) and not f.scope
                            or f.scope.startswith("分项:") and fund in f.scope)
                       and f.fund_level in (level, "") and f is not share_of and not of_an_earlier_year(doc, f)
                       and (share_of is None or f.value > share_of.value)
                       and (f.fund_level == level or level_named(doc.norm[sentence_start(doc, f.start):f.start])
                            == level or level == "central" and fund in central_tasks)]
            # (the latest given, 下达1,150万元, before the latest spent of it, 已支出…; else what was used, 使用…1,080万元)
            # (not 中央投资支付1008.6万元, what was paid of the central investment, over the level's 1050万元 given)
            found = next((f for f in of_fund if f.measure not in OUTFLOWS),
                         of_fund[0] if of_fund and (found is None or found.fund_level != level) else found)
        if found is None and level != "all":
            # 为省级年初计划数的117.3%: an amount of that level described so, else stated nowhere
            return _described(doc, words, before, "money", share_of) or Base(words, None)
        if found is not None:
            return Base(words, found)       # 占全部整合资金的…: with no total received, the noun says which
    kind = share_of.kind if share_of is not None else "money"      # 农村扶贫对象60666人，占农业人口的27.8%: of persons
    if kind == "count" and _paired(doc, share_of):
        return None         # 1856户6829人，分别占省计划、县计划的171.8%、100%: of the households or of the persons
    noun = next((n for n in nouns if n in words), None)
    if kind == "money" and doc.county and context_cue("base_all_counties").search(words):
        # 向上述各县下达…资金3,612万元 … 我县争取到其中的…986万元，占上述各县总额的27.30%: what the counties got together
        # (the largest stated exactly: not 其中…民生项目33个、2,362万元, a part, nor 另帮助上述各县争取…近1.1亿元)
        wider = [f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None and not f.qualifier
                 and f.scope == "地:" + (doc.city or "上级") and f is not share_of
                 and (share_of is None or f.value > share_of.value)]
        if wider:
            return Base(words, max(wider, key=lambda f: f.value))
    if kind == "money" and (fund := lexicon().fund.first(words)) in patterns.load("fields")["context"]["tasks_of"] \
            and fund != main_fund(doc):
        # 以工代赈…500万元、…200万元，合计700万元…发放劳务报酬221.5万元，占以工代赈资金总额的31.64%: that task's funds its
        # paragraph states, not the report's own total
        # (the latest of this year's, not a part after 其中: 合计700万元 after its parts, 我县…项目获得…430万元 after 全市…;
        # not 2023年为380万元, nor 其中…省级资金450万元 of 以工代赈资金750万元)
        of_fund = [f for f in figures_between(doc, line_start(doc, before), before) if f.kind == "money"
                   and f.cell is None and f.fund == fund and f is not share_of and not of_an_earlier_year(doc, f)
                   and f.measure not in (*OUTFLOWS, "planned") and (share_of is None or f.value > share_of.value)
                   and "其中" not in doc.norm[sentence_start(doc, f.start):f.start]]
        # (the largest of the report's own: 以工代赈资金14,800,000.00元，…：新建…公路23.5公里，投资1,036万元, not a work's; not
        # 全市共安排…以工代赈资金1009万元 before 我县…项目获得以工代赈资金430万元)
        own = [f for f in of_fund if not (doc.county and (wider := lexicon().wider_whole.search(
            doc.norm, sentence_start(doc, f.start), f.start)) and not wider_is_own(doc, wider.group("unit")))]
        if own:
            return Base(words, max(reversed(own), key=lambda f: f.value))
        # (上述资金中，安排以工代赈任务620万元 … 2.以工代赈任务资金支出598.4万元，…发放劳务报酬178.5万元，占以工代赈资金的28.79%:
        # the task's amount stated in an earlier paragraph, not what it spent; 按资金用途分为三块：以工代赈任务980万元、…, one
        # of a list of what came in, by the task alone)
        # (not 其中，中央…1,580万元，分两批下达，第一批1,100万元，第二批480万元 after 全县以工代赈资金总规模1,874.80万元: a
        # batch or a part after 其中 is some of the task's funds)
        given = next((f for f in reversed(figures_before(doc, line_start(doc, before))) if f.kind == "money"
                      and f.cell is None and f.fund == fund and not f.fund_level
                      and (f.measure in SOURCE_MEASURES or not f.measure and f.scope.startswith(ITEM_SCOPES))
                      and f is not share_of and (share_of is None or f.value > share_of.value)
                      and not f.scope.startswith("批:") and "其中" not in doc.norm[sentence_start(doc, f.start):f.start]
                      and not of_an_earlier_year(doc, f)), None)
        if given is not None:
            return Base(words, given)
    if kind == "money" and (fund := lexicon().fund.first(words)) \
            and (listed := _listed_amount_of_the_fund(doc, fund, before, share_of)) is not None:
        # 按资金类别分：衔接推进乡村振兴补助资金23,123.4万元，以工代赈资金1,010万元，… … 占以工代赈资金总额的28.35%, 占衔接推进
        # 乡村振兴补助资金的57.34%: in a report on several funds, the amount its list of funds gives the one named
        return Base(words, listed)
    if kind == "money" and (received := received_of_another_fund(doc, words, before, share_of)) is not None:
        return Base(words, received)
    if kind == "money" and share_of is not None and context_cue("base_items_own").fullmatch(words.strip()) \
            and (own := _items_own_funds(doc, share_of, before)) is not None:
        return Base(words, own)
    if kind == "money" and context_cue("base_projects_funds").fullmatch(words.strip()) \
            and (allocated := _allocated_to_the_projects(doc, before, share_of)) is not None:
        return Base(words, allocated)
    of_the_project = PROJECTS_OWN.match(words.strip()) is not None and on_one_project(doc)
    if kind == "money" and share_of is not None and (share_of.scope.startswith(ITEM_SCOPES) or of_the_project) \
            and (fund := lexicon().fund.first(words)):
        # 4.…项目。…其中衔接资金720万元…。项目共发放劳务报酬158.4万元，占衔接资金的22%: the item's own amount of the fund;
        # 占项目衔接资金的9.38%: the project's, stated before (项目总投资6800万元，其中使用衔接资金5200万元)
        in_item = [f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None
                   and (f.scope == share_of.scope if share_of.scope.startswith(ITEM_SCOPES)
                        else _said_of_the_project(doc, f))
                   and f is not share_of and f.value > share_of.value
                   and not (f.measure in OUTFLOWS and share_of.scope.startswith(ITEM_SCOPES))
                   and lexicon().fund.last(doc.norm[clause_start(doc, f.start):f.start]) == fund]
        if in_item:     # (the item's latest; the project's whole, not a level's part of it in brackets)
            return Base(words, in_item[-1] if share_of.scope.startswith(ITEM_SCOPES)
                        else max(in_item, key=lambda f: f.value))
    whole_of_fund = context_cue("whole_of_fund_tail").sub("", words.strip())
    if (noun is None or whole_of_fund != words.strip()) and kind == "money" \
            and fields.get("funds_received_total") is not None and names_the_reports_fund(doc, whole_of_fund) \
            and (share_of is None or fields["funds_received_total"].value > share_of.value):
        # 占衔接资金的65%, 占衔接资金总额的56%: of the report's own funds, all of them (not 资金总规模为74405万元 of the
        # funds it was integrated with; nor, in a report on two funds each under its heading, 以上资金总计27,968.5万元 of
        # both, where the fund's own heading received 24,368.5万元)
        return Base(words, _under_the_funds_heading(doc, before, share_of) or fields["funds_received_total"])
    # (not 衔接资金规模比上年的4870万元…, the year before's, for a base of this year's; nor one project's 以工代赈资金360万元
    # for 上述项目…发放劳务报酬合计222.6万元，占以工代赈资金的17.67%, a part of the whole's)
    earlier = [f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None and f is not share_of
               and not of_an_earlier_year(doc, f) and not f.label.startswith("占")
               and _of_the_years_named(doc, words, f) and not _of_a_narrower_scope(doc, f, share_of, before)
               and (context_cue("base_of_a_change").search(words)
                    or not _change().search(doc.norm, clause_start(doc, f.start), f.start))]
    # (nor 比2020年…规模19,650.00万元增加1,832.00万元, by how much the total grew, for a base of no change)
    if (earned := _earnings().search(words)) is not None:
        # 全县经营性资产实现收益2,316.4万元 … 分红和岗位工资合计2,028.5万元，占收益总额的87.57%: the earnings its words name,
        # where stated
        # (its core words, 收益资金 of 收益资金总额; not 收益资金的80%即2,861.6万元, a part of them)
        core = words.strip()[:words.strip().find("总")] if "总" in words else words.strip()
        found = [f for f in reversed(earlier) if f.kind == kind and (share_of is None or f.value > share_of.value)
                 and (clause := doc.norm[clause_start(doc, f.start):f.start]).find(core[earned.start():]) >= 0
                 and not context_cue("share_in_clause").search(clause)]
        # (the whole, not a part of it after 其中: …产生收益168.5万元，其中…2个镇的…收益合计73.2万元 … 分红资金占全年收益的
        # 36.53%; with no part stated in the share's sentence, the largest, not a part of it: 非税收入完成21553万元。非税收入在
        # 一般公共预算地方收入中的比重为26.10%)
        whole = next((f for f in found if "其中" not in doc.norm[sentence_start(doc, f.start):f.start]), None)
        if found:
            return Base(words, max(found, key=lambda f: f.value) if share_of is None else whole or found[0])
    if noun is None:    # 占全省公共财政收入的比重达到21.1%: a base named and stated nowhere is no nearby amount
        return _described(doc, words, before, kind, share_of, larger) or (
            _latest_outflow(words, earlier, outflow, share_of) if kind == "money" else None) or (
            Base(words, None) if _names_a_whole(words) or UNRESOLVED_SOURCE.search(words) else None)
    if (found := _latest_outflow(words, earlier, outflow, share_of)) is not None:
        return found        # 屏南县结转资金112.7万元，占全市结转总额的45.24%
    # 占实际整合资金的63.75%: the amount its clause qualifies alike (实际整合57800万元), not the plan (计划整合…58600万元)
    qualifier = words[:words.find(noun)].strip()
    q = next((q for q in _base_qualifiers() if qualifier.endswith(q)), None)
    if q is not None:
        # (not 当年到位资金累计支出26,314.08万元, what was spent of them; nor 实际整合额较计划减少150万元, a change smaller than
        # the part)
        # (占调整后资金总额的98.47% of 调整后总额为3,760万元: the qualifier with either half of the noun)
        qualified = [f for f in reversed(earlier)
                     if ((q + noun[:-2]) in (said := doc.norm[clause_start(doc, f.start):f.start]) or (q + noun[-2:]) in said)
                     and (f.measure not in OUTFLOWS or outflow in OUTFLOWS)
                     and not (share_of is not None and "占" in gap and f.value <= share_of.value)]
        # (…实际整合196,290,400.00元…。中央资金计划…，实际整合13,801.86万元…: for a noun that names no level, the funds
        # received where their clause qualifies them so, not the latest level's)
        whole = next((f for f in qualified if f.field == LEVEL_FIELDS["all"]), None) \
            if level_named(words) in ("", "all") else None
        if whole or qualified:
            return Base(words, whole or qualified[0])
        # 抽查资金14,285.6万元，占实际整合资金的20.73% … 二、… 实际整合各级财政涉农资金68,924.6万元: stated after it, in
        # the next paragraphs (not the plan before it, 计划整合资金62,350万元)
        for f in figures_between(doc, before, before + LATER_BASE_REACH):
            if f.kind == "money" and f.cell is None and f is not share_of and not of_an_earlier_year(doc, f) \
                    and (q + noun[:-2]) in doc.norm[clause_start(doc, f.start):f.start]:
                return Base(words, f)
    span = SPAN_OF_YEARS.match(qualifier)
    if span:
        # 占两年下达资金的91.2% of 两年合计730万元: the amount its clause says is of as many years
        for f in reversed(earlier):
            if span.group() in doc.norm[clause_start(doc, f.start):f.start]:
                return Base(words, f)
    named = content_words(qualifier) - generic_words()
    if named and share_of is not None and not level_named(words) and not lexicon().purpose.first(words) \
            and not lexicon().fund.first(words) and not _names_a_whole(words) \
            and names_all(doc.norm[sentence_start(doc, share_of.start):share_of.start], named):
        # 长期政策性贷款分两次到位：…到位27,396.60万元，占贷款总额的60%: a source its sentence is about, whose amount was
        # stated before (长期政策性贷款45,661.00万元), not the total of every source (项目资金总额为75,666.80万元)
        # (not 已拨付援助资金990.6万元: what was paid out of it; 占调整后总规模的… is of 调整后统筹整合规模为46,218.35万元, the
        # one that names the noun's 规模 too, before 调整后安排33,234.40万元, an item's)
        # (not 其中：经营性资产3.96亿元…；公益性资产9.58亿元 for 经营性资产占资产总额的…: the part's sibling in its list)
        sources = [f for f in reversed(earlier) if f.value > share_of.value and f.measure not in OUTFLOWS
                   and names_all(doc.norm[clause_start(doc, f.start):f.start], named)
                   and not _siblings_after_of_which(doc, f, share_of)]
        core = noun[noun.find("总") + 1:]
        of_the_noun = [f for f in sources if len(core) >= 2 and core in doc.norm[clause_start(doc, f.start):f.start]]
        if sources:
            return Base(words, (of_the_noun or sources)[0])
    for name in _synonyms(noun):
        loose = _loose(name)
        for f in reversed(earlier):
            clause = doc.norm[clause_start(doc, f.start):f.start]
            if (loose.search(clause) or name in f.label) and not _bound().search(clause) \
                    and not context_cue("base_other_part").search(clause) \
                    and (f.measure not in OUTFLOWS or outflow in OUTFLOWS) \
                    and not (context_cue("base_plan").search(clause) and not context_cue("base_plan").search(words)):
                return Base(words, f)       # 整合资金 in 投入统筹整合使用的财政涉农资金236.26亿元 (not 总规模首次超过三亿元,
                # nor 纳入整合的其他中央涉农资金6,546.00万元, the rest of a level's, nor 整合资金累计支出90,872.6万元,
                # what was spent of them, nor 计划整合资金96,000万元 or 可纳入统筹整合的涉农资金…, the plan)
    if q is not None and noun.endswith(INVESTMENT):
        # 占年度计划总投资的51% of 年度计划完成投资8.27亿元: the plan's investment, however its clause words it
        for f in reversed(earlier):
            clause = doc.norm[clause_start(doc, f.start):f.start]
            if q in clause and noun[-2:] in clause:
                return Base(words, f)
    received = fields.get("funds_received_total")
    if kind == "money" and received is not None and share_of is not None and not share_of.scope \
            and received.start < share_of.start and received.value > share_of.value \
            and received.measure in ("received", "allocated") and context_cue("base_received").fullmatch(words.strip()):
        return Base(words, received)    # 共获得各级财政专项扶贫资金7,068.00万元 … 占到位资金的71.45%: the funds received
    if "总" not in noun or earned is not None:
        return Base(words, None)        # (占全镇分红总额的28.99%: of what was earned, stated nowhere)
    if (other := lexicon().fund.pattern.search(words)) is not None \
            and lexicon().fund.names[other.group()] not in ("", "none", main_fund(doc)):
        # 占整合资金总额的43.44% in a report on 衔接资金: the other fund's amount its clause names (实际整合37,830万元), else
        # stated nowhere, never the report's own total
        stem = other.group().removesuffix("资金")
        return Base(words, next((f for f in reversed(earlier) if f.measure not in OUTFLOWS
                                 and f.fund_level in ("", "all")       # (not 中央衔接资金16,305万元, one level's)
                                 and (share_of is None or f.value > share_of.value)
                                 and stem in (clause := doc.norm[clause_start(doc, f.start):f.start])
                                 and not context_cue("base_plan").search(clause)), None))
    paragraph = line_start(doc, before)
    if words.strip().startswith("项目") and (projects := next(
            (f for f in reversed(earlier) if f.start >= paragraph and (share_of is None or f.value > share_of.value)
             and "项目" in (said := doc.norm[sentence_start(doc, f.start):f.start]) and "其中" not in said), None)):
        # 全年共安排项目16个，计划投资16,742.3万元…。其中产业发展项目…7,626.1万元，占项目资金总额的45.55%: the projects'
        # amount its paragraph states, not the funds received (not …，其中产业扶贫项目26个，使用资金1,980.5万元, a part)
        return Base(words, projects)
    if noun in INVESTMENT_TOTALS and (invested := next(
            (f for f in reversed(earlier) if f.start >= paragraph and (share_of is None or f.value > share_of.value)
             and INVESTMENT[0] in doc.norm[clause_start(doc, f.start):f.start]), None)):
        # （二）以工代赈投资到位300万元，支出300万元…发放劳务报酬61.8万元，占投资总额的20.6%: the investment its paragraph
        # states, not the funds received
        return Base(words, invested)
    # 占全年衔接资金总额的60.8%: the report's total, by its field, else the amount of all levels stated before
    return Base(words, fields.get("funds_received_total") or last_before(doc, "all_levels", _of_all_levels, before))


def _amount_of_its_heading(doc: Document, words: str, share_of: Figure | None) -> Figure | None:
    """占发展类资金的66.2% … 二、分任务资金使用和绩效情况（一）发展类资金\n到位资金184,210,750.00元…: the base is a heading's title,
    and its amount the first stated under it (not a level's heading, （一）中央资金\n1.…号提前下达12,356万元；2.…: the level's
    documents, one by one)."""
    section = next((x for x in doc.sections if x.title.strip() == words), None) \
        if len(words) >= 4 and not level_named(words) else None
    if section is None or share_of is None:
        return None
    outflow = lexicon().measures["money"].last(words) in OUTFLOWS     # (占一般公共预算支出的86.3%: of what was spent)
    first = next((f for f in figures_between(doc, section.start, section.end) if f.kind == share_of.kind
                  and f.cell is None and (f.measure in OUTFLOWS) == outflow), None)
    return first if first is not None and first.value > share_of.value else None


def carried_over(doc: Document, base: Base | None, share_of: Figure | None) -> Base | None:
    """A base carried over a list's ；-clauses (占该县到位资金的83.96%；华池县落实1,850万元，占86.45%): each clause's own
    place's amount where the base names that place; for a share of a year before (…占到位资金的61.18%；上年产业类
    项目投入10238.6万元，占比57.26%), the same measure's amount of that year, if stated; else the base as it was."""
    if base is None:
        return base
    if (that := context_cue("base_that_place").match(base.words.strip())) is not None:
        return Base(base.words, _that_places_amount(doc, base.words.strip()[that.end():], share_of))
    if share_of is not None and base.figure is not None and of_an_earlier_year(doc, share_of) \
            and not of_an_earlier_year(doc, base.figure):
        was = base.figure
        return Base(base.words, next((f for f in reversed(figures_before(doc, share_of.start)) if f.kind == was.kind
                                      and f.cell is None and f.measure == was.measure and f.period == share_of.period
                                      and f.fund_level == was.fund_level and f.value > share_of.value), None))
    return base


def _that_places_amount(doc: Document, noun: str, share_of: Figure | None) -> Figure | None:
    """The one figure of a table's row named after the place the share's clause opens with, in the column the noun
    names (环县 | 5,860 | 5,860 | 4,920 under 县（区） | 计划投资 | 到位资金 | …: 到位资金 → 5,860); else, in the text
    before, the amount the noun names right after that place or item's name (宜里镇片区总投资610万元（中央投资570万元，…）
    … 其中宜里镇片区发放198万元，占该片区中央投资的34.74%: 570)."""
    if share_of is None or not noun:
        return None
    clause = doc.norm[clause_start(doc, share_of.start):share_of.start]
    place = lexicon().place.match(clause)
    if place is not None:
        name = place.group("place")
        found = [f for f in doc.figures if f.cell is not None and f.kind == share_of.kind and f is not share_of
                 and f.row_label.strip() == name and noun in f.column_header]
        if len(found) == 1:
            return found[0]
    item = context_cue("item_named").search(clause)
    if item is None:
        return None
    name = item.group("name")
    named = [f for f in figures_before(doc, clause_start(doc, share_of.start)) if f.kind == share_of.kind
             and f.cell is None and noun in doc.norm[clause_start(doc, f.start):f.start]
             and name in doc.norm[max(0, f.start - ITEM_NAME_REACH):f.start]]
    return named[-1] if named else None


ITEM_NAME_REACH = 40       # characters before an amount its place or item may be named in (宜里镇片区总投资…（中央投资…）


def _of_the_years_named(doc: Document, words: str, f: Figure) -> bool:
    """A base of this year's funds (占当年到位资金的…, 占全年执行数的…) is no amount over several years (2017—2019年…共到位…)
    nor one of a year before (比上年的3,862.4万元增长…) or after (2025年衔接资金21,870万元 in a report on 2024)."""
    return not (doc.year and context_cue("base_this_year").search(words)
                and (SPAN_PERIOD.search(f.period) or of_an_earlier_year(doc, f)
                     or f.period.isdigit() and int(f.period) > doc.year))


# a period over several years (2017以来, 2013—2019), not an as-of date (截至…)
SPAN_PERIOD = regexp.compile(r"以来|—|(?<!截)至")


@cache
def _earnings() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["earnings"])


def _later(f: Figure, than: Figure) -> bool:
    """f's period is of a later year than the other's (截至2017-03-31 against 2016), where both name one."""
    years = [YEAR_IN_PERIOD.search(g.period) for g in (f, than)]
    return all(years) and years[0].group() > years[1].group()


YEAR_IN_PERIOD = regexp.compile(r"(?:19|20)\d{2}")
LATER_BASE_REACH = 600     # characters after a share its base, named with a qualifier (实际整合资金), may be stated in


def _latest_outflow(words: str, earlier: list[Figure], outflow: str, share_of: Figure | None) -> Base | None:
    """The latest amount of what was done with the funds (支出, 结转) the base names, larger than its part (已支出资金中，
    …项目15,862.3万元，占全部支出的42.75% of 全市累计支出37,105.6万元), and of the part's year (not 延伸核查至2017年3月
    31日，累计支出已达25,902.73万元 for 四季度支出占全年支出的46.79%)."""
    if outflow not in OUTFLOWS:
        return None
    # (of the part's own scope: 部门…全年支出4,623.61万元，其中：基本支出1,136.42万元，占支出总额的24.58%)
    # (base words that name no level nor fund are of all: 整合资金累计支出20,458.34万元 … 分级次看，中央资金支出14,013.75万元…
    # 产业发展7,420.36万元，占已支出资金的36.27%, not the last level's)
    whole = level_named(words) in ("", "all") and not lexicon().fund.first(words)
    field = {"spent": "funds_spent", "paid": "funds_spent", "carryover": "funds_carryover"}.get(outflow)
    if whole and field and share_of is not None and (not share_of.scope or share_of.scope.startswith("分项:")) \
            and (stated := next((f for f in earlier if f.field == field and f.value > share_of.value), None)):
        # (…林业改革发展资金支出1,402.00万元 … 投入1,080.00万元，占支出总额的4.74%: of all spent; 年末结转资金766.36万元中，
        # …滞留资金428.6万元 … 收回资金337.76万元，占结转资金的44.07%: of all carried over, not of a kind of it; an item of a
        # list's too: （1）发展生产脱贫一批：支出8,105.6万元，占支出总额的55.04%)
        return Base(words, stated)
    found = next((f for f in reversed(earlier) if f.measure == outflow
                  and f.scope in ("", share_of.scope if share_of is not None else "")
                  and not (whole and f.fund_level in ONE_LEVEL)
                  and (share_of is None or f.value > share_of.value and not _later(f, share_of))), None)
    return Base(words, found) if found is not None else None


def of_the_wider_area(doc: Document, words: str) -> bool:
    """占全市省级资金的34.84% in a county's report: the prefecture's funds of that level, not the county's own (全市 in a
    county-level city's report is its own)."""
    wider = lexicon().wider_whole.match(words.strip())
    return bool(doc.county and wider and not wider_is_own(doc, wider.group("unit")))


def received_of_another_fund(doc: Document, words: str, before: int, share_of: Figure | None) -> Figure | None:
    """…衔接推进乡村振兴补助资金到位22,745.8万元 … 衔接资金用于产业发展13,420.0万元，占衔接资金的59.00% in a report on the
    integrated funds: a base that names one fund other than the report's is that fund's own total (or its item in a list of
    the funds), the latest of this year's stated of all its levels, not the report's."""
    rest = context_cue("whole_of_fund_tail").sub("", _own_fund_lead().sub("", words.strip()))
    fund = lexicon().fund.pattern.fullmatch(rest) or lexicon().fund.pattern.fullmatch(rest.removesuffix("资金"))
    if fund is None or (name := lexicon().fund.names[fund.group()]) in ("none", main_fund(doc)):
        return None
    # (…占衔接资金总额的56.06% after 1.财政衔接推进乡村振兴补助资金28,985.30万元: an item of the list of funds, named alone)
    return next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                 and f.fund == name and f.fund_level in ("", "all")
                 and (f.measure in SOURCE_MEASURES or not f.measure and _fund_named_alone(doc, f))
                 and (not f.scope or f.scope.startswith("分项:") and lexicon().fund.first(f.scope) == name)
                 and f is not share_of and (share_of is None or f.value > share_of.value)
                 and not of_an_earlier_year(doc, f)), None)


def _fund_named_alone(doc: Document, f: Figure) -> bool:
    """——财政衔接推进乡村振兴补助资金34,164.20万元: an amount whose clause names its fund and nothing else."""
    clause = context_cue("list_item_lead").sub("", doc.norm[clause_start(doc, f.start):f.start]).strip()
    named = lexicon().fund.pattern.search(clause)
    return named is not None and not _own_fund_lead().sub("", clause[:named.start()]) \
        and clause[named.end():] in ("", "资金")


def _under_the_funds_heading(doc: Document, before: int, share_of: Figure | None) -> Figure | None:
    """The amount of all levels received under the heading of the report's own fund ((一)财政专项扶贫资金 … 到位…24,368.5万元)."""
    return next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                 and f.scope.startswith("分项:") and lexicon().fund.first(f.scope) == main_fund(doc)
                 and f.fund_level in ("", "all") and f.measure in SOURCE_MEASURES and not f.purpose
                 and (share_of is None or f.value > share_of.value) and not of_an_earlier_year(doc, f)), None)


def _allocated_to_the_projects(doc: Document, before: int, share_of: Figure | None) -> Figure | None:
    """…提取项目管理费32万元…；其余3,574.12万元全部安排到6个乡镇的20个项目 … 占项目资金的59.38%: the funds the projects got,
    the latest amount said to be arranged to them, at least the part."""
    after = context_cue("arranged_to_projects")
    return next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                 and f is not share_of and (share_of is None or f.value > share_of.value)
                 and after.match(doc.norm, f.end, clause_end(doc, f.end))), None)


def _listed_amount_of_the_fund(doc: Document, fund: str, before: int, share_of: Figure | None) -> Figure | None:
    """The amount a list of the report's funds by kind gives the fund, named alone right before it (…按资金类别分：…，以工代赈
    资金1,010万元，…), where the list names two kinds or more; None where no such list states it."""
    listed = doc.cache.get("funds_listed")
    if listed is None:
        listed = doc.cache["funds_listed"] = {}
        for f in doc.figures:
            clause = context_cue("list_lead_words").sub("", doc.norm[clause_start(doc, f.start):f.start]).strip()
            named = lexicon().fund.pattern.match(clause) if clause else None
            if f.kind == "money" and f.cell is None and (not f.scope or f.scope.startswith("分项:")) and f.fund \
                    and named is not None and clause[named.end():] in ("", "资金"):     # (以工代赈 + 资金)
                listed.setdefault(f.fund, []).append(f)
        if len(listed) < 2:
            listed.clear()
    return next((f for f in reversed(listed.get(fund, [])) if f.start < before and f is not share_of
                 and (share_of is None or f.value > share_of.value) and not of_an_earlier_year(doc, f)), None)


def names_the_reports_fund(doc: Document, words: str) -> bool:
    """The base's words name the fund the report is about and nothing else (衔接资金, 全县财政衔接推进乡村振兴补助资金)."""
    rest = _own_fund_lead().sub("", words.strip())
    fund = lexicon().fund.pattern.fullmatch(rest.removesuffix("资金") + "资金") or lexicon().fund.pattern.fullmatch(rest)
    return fund is not None and lexicon().fund.names[fund.group()] == main_fund(doc)


@cache
def _bound() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["bound_before"])


@cache
def _own_fund_lead() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["context"]["base_own_fund_lead"])


OUTFLOWS = frozenset({"spent", "paid", "carryover", "retention", "recovered"})     # what was done with funds
SOURCE_MEASURES = frozenset({"received", "allocated", "arranged"})    # how funds come in


SPAN_OF_YEARS = regexp.compile(r"[两二三四五六七八九十\d]+年")     # 两年下达资金: the years a base is over
INVESTMENT = ("投资", "投入")      # base nouns of an investment, which a plan's clause may word in its own way
INVESTMENT_TOTALS = ("投资总额", "总投资")
UNRESOLVED_SOURCE = regexp.compile(r"上级|下达|到位|争取")    # 占上级下达衔接资金的61.37%: an amount of its own, unstated


def _of_all_levels(f: Figure) -> bool:
    """(not the whole a share of something else names: …占全省下达到县资金总量103.87亿元的6.97%)"""
    return f.kind == "money" and f.cell is None and not f.scope and f.fund_level == "all" and not f.label.startswith("占")


def _levels_of_an_earlier_year(doc: Document, level: str, share_of: Figure, before: int) -> Figure | None:
    """The latest amount of the level (or of central and provincial funds together) stated before the share for the
    earlier year its part is of; None where the part is of the report's year or none is stated."""
    if not (doc.year and share_of.period.isdigit() and share_of.period != str(doc.year)):
        return None
    latest: dict[str, Figure] = {}
    for f in figures_before(doc, before):
        if f.kind == "money" and f.cell is None and not f.scope and f.period == share_of.period and f is not share_of:
            latest[f.fund_level] = f
    if level == "central_provincial":
        return plus(latest["central"], latest["provincial"]) if "central" in latest and "provincial" in latest \
            else latest.get(level)
    return latest.get(level)


def _all_of_the_level(doc: Document, fields: dict, level: str, found: Figure | None) -> Figure | None:
    """到位以工代赈资金1,426万元，具体为：中央财政衔接推进乡村振兴补助资金（以工代赈任务）986万元，中央预算内以工代赈投资300万元，
    省级…140万元 … 占中央资金的31.26%: where the total's sources name one level twice, that level's funds are both together;
    where the total is itself of the level (争取中央以工代赈资金860万元，其中…), all of it; else the amount found, or, where
    none was, the level's row of a table of years in the report's year's column."""
    total = fields.get("funds_received_total")
    if total is not None and total.fund_level == level:
        return total
    end = doc.norm.find("\n", total.end) if total is not None else -1
    paragraph = [f for f in figures_between(doc, total.end, end if end >= 0 else len(doc.norm)) if f.kind == "money"
                 and f.cell is None and f.fund_level and not f.scope and not f.purpose] if total is not None else []
    listed = [f for f in paragraph if paragraph and f.start < period_end(doc, paragraph[0].end)]   # (the sources' sentence)
    alike = [f for f in listed if f.fund_level == level]
    if len(alike) >= 2 and sum(f.value for f in alike) <= total.value:     # (total is set where alike is)
        return reduce(plus, alike)
    # (争取中央以工代赈资金860万元，…。其中，中央预算内以工代赈投资500万元，中央财政衔接…360万元: the level's whole, stated
    # before two amounts of the level that make it up; looked for once per document)
    key = ("level_whole", level)
    if key not in doc.cache:
        doc.cache[key] = next((f for f in doc.figures if f.kind == "money" and f.cell is None and f.fund_level == level
                               and not f.scope and not f.purpose and _made_of_two_of_the_level(doc, f, level)), None)
    if doc.cache[key] or found:
        return doc.cache[key] or found
    # (资金级次 | 2021年 | 2022年 | 2023年 / 中央资金 | 3,586 | 3,712 | 3,805 … 占中央资金的62.3%: the level's row, in the
    # column of the report's year)
    if ("level_cell", level) not in doc.cache:
        cells = [f for f in doc.figures if f.cell is not None and f.kind == "money" and f.fund_level == level
                 and doc.year and f.period == str(doc.year)]
        doc.cache[("level_cell", level)] = cells[0] if len(cells) == 1 else None
    return doc.cache[("level_cell", level)]


def _made_of_two_of_the_level(doc: Document, whole: Figure, level: str) -> bool:
    end = doc.norm.find("\n", whole.end)
    after = [g for g in figures_between(doc, whole.end, end if end >= 0 else len(doc.norm))
             if g.kind == "money" and g.cell is None and g.fund_level == level and not g.scope][:2]
    return len(after) == 2 and after[0].value + after[1].value == whole.value


def _only_amount_of_level(doc: Document, level: str, before: int, share_of: Figure | None) -> Figure | None:
    """拟申请中央财政…资金400万元 … 占中央财政资金的25%: where no amount of the level is the report's received, the
    one amount of that level the text states before the share (several different ones name no base)."""
    if level == "all":
        return None
    earlier = [f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None and f is not share_of
               and not f.scope]
    stated = [f for f in earlier if f.fund_level == level] or [
        f for f in earlier if not f.fund_level and level_named(doc.norm[sentence_start(doc, f.start):f.start]) == level]
    # 市级…安排…3000万元，…市本级统筹420万元用于…；…市级衔接资金累计支出2913.6万元: the funds themselves, not what
    # was done with them nor a use of some of them
    stated = [f for f in stated if f.measure not in OUTFLOWS and not f.purpose] or stated
    return stated[-1] if stated and len({f.value for f in stated}) == 1 else None   # …列入中央预算内投资计划，共安排资金2940万元


def _of_a_narrower_scope(doc: Document, f: Figure, share_of: Figure | None, before: int) -> bool:
    """An amount of one project, township or batch, for a share whose part and percentage are not of it (上述项目…发放
    劳务报酬合计222.6万元，占以工代赈资金的17.67% is not of （三）木门镇…项目's 以工代赈资金360万元)."""
    return share_of is not None and f.scope.startswith(ITEM_SCOPES) and f.scope != share_of.scope \
        and all(f.scope != g.scope for g in figures_between(doc, before, before + 1))


def _whole_of_its_level(doc: Document, stated: list[Figure], f: Figure, words: str,
                        wanted: frozenset[str]) -> Figure | None:
    """下达我县以工代赈资金共计660万元，其中中央以工代赈资金600万元、省级配套60万元 … 占以工代赈资金的32.33%: a base naming no
    level is the fund's whole its sentence states before the level's part, not that part."""
    if f.kind != "money" or f.fund_level not in ONE_LEVEL or level_named(words) not in ("", "all"):
        return None
    start = sentence_start(doc, f.start)
    return next((g for g in reversed(stated) if start <= g.start < f.start and g.fund_level not in ONE_LEVEL
                 and g.value > f.value and names_all(doc.norm[clause_start(doc, g.start):g.start], wanted)), None)


def _compared_with(doc: Document, f: Figure) -> bool:
    """An amount of a year before that the report compares this year's with (较2022年的3,150万元)."""
    return of_an_earlier_year(doc, f) and _prior().search(doc.norm, clause_start(doc, f.start), f.start) is not None


@cache
def _prior() -> regexp.Pattern:
    return regexp.compile(patterns.load("relations")["prior"])


def held_in_fund(doc: Document, gap: str, before: int, share_of: Figure | None) -> Base | None:
    """…衔接资金15,485.5万元（中央9,865万元、…），以工代赈资金960万元，… 衔接资金中中央资金占比63.7%: a share with no base
    after it, of the fund its words say hold the part, as the report's list of funds gives it."""
    held = context_cue("held_in_fund").search(gap)
    if held is None or not (fund := lexicon().fund.first(held.group("whole"))):
        return None
    listed = _listed_amount_of_the_fund(doc, fund, before, share_of)
    return Base(held.group("whole"), listed) if listed is not None else None


def _items_own_funds(doc: Document, share_of: Figure, before: int) -> Figure | None:
    """（二）以工代赈资金：到位2,100万元，…发放劳务报酬512.3万元，占资金总额的24.4%: the funds its item of one fund or
    task received, the latest before the share; else, for an item named by a fund, the amount a list of the funds
    gave it before (…以工代赈资金2,350万元，… 2.以工代赈资金。…发放劳务报酬568.4万元，占资金总额的24.19%)."""
    section = doc.section_at(share_of.start)
    item = share_of.scope if share_of.scope.startswith("分项:") \
        else section.title if section is not None and len(section.title) <= ITEM_TITLE else ""
    if not item:
        return None
    own = next((f for f in reversed(figures_before(doc, before)) if f.kind == "money" and f.cell is None
                and f.scope == share_of.scope and f.measure in SOURCE_MEASURES and f.value > share_of.value
                and f.fund_level in ("", "all")), None) if share_of.scope else None
    if own is None and (fund := lexicon().fund.first(item)) and fund != main_fund(doc):
        own = _listed_amount_of_the_fund(doc, fund, before, share_of)
    return own


ITEM_TITLE = 12     # characters of a heading that names one fund or task alone (2.以工代赈资金。)


def of_an_earlier_year(doc: Document, f: Figure) -> bool:
    """An amount of a year before the report's (上年…占当年整合资金63,250万元的57.99%) is no base of this year's share."""
    return bool(doc.year and f.period.isdigit() and int(f.period) < doc.year)


def _names_fund(doc: Document, f: Figure, fund: str) -> bool:
    """中央预算内投资以工代赈资金1,420万元 names 中央预算内投资 too, though its fund is read as the last it names."""
    lex = lexicon().fund
    return any(lex.names[m.group()] == fund for m in lex.matches(doc.norm[clause_start(doc, f.start):f.start]))


def _siblings_after_of_which(doc: Document, f: Figure, part: Figure) -> bool:
    """Two amounts listed after one 其中 of the same sentence: parts of one whole, neither the other's."""
    start = period_start(doc, part.start)
    of_which = doc.norm.find("其中", start, min(f.start, part.start))
    return of_which >= 0 and period_start(doc, f.start) == start


def _names_a_whole(words: str) -> bool:
    """The base's words name a whole of its own (全省公共财政收入, 农业人口), not the total just stated (入库项目总数)."""
    return "总" not in words and len(content_words(words) - generic_words()) >= 2


COUNT_BASE_SUFFIX = regexp.compile(r"(?:的)?(?:总数|总量|总和|总|数|个数|数量)$")
YEAR = regexp.compile(r"(?:19|20)\d{2}")     # the year of a period (2011, 2011-12-28, 截至2011-12-31)
OVER_YEARS = regexp.compile(r"至|累计|以来")
PAIR_REACH = 12     # characters either side of a count its companion count may start or end in
NAME_CHARS = 3      # characters a base's name must have to be looked for as written


def _paired(doc: Document, f: Figure) -> bool:
    """A count with another count of other units right beside it (1856户6829人)."""
    return any(g.kind == "count" and g.unit != f.unit and (g.start == f.end or g.end == f.start)
               for g in figures_between(doc, max(0, f.start - PAIR_REACH), f.end + PAIR_REACH))


def _named_right_before(doc: Document, words: str, before: int, share_of: Figure | None) -> Base | None:
    """为省级年初计划数的117.3%: the latest amount whose clause ends with the base's name, its level left out
    (…承担的年初计划数为112.3亿元)."""
    level = lexicon().level.pattern.match(words)
    name = words[level.end() if level else 0:].strip()
    if len(name) < NAME_CHARS:
        return None
    for f in reversed([f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None and f is not share_of]):
        if context_cue("named_as").sub("", doc.norm[clause_start(doc, f.start):f.start]).endswith(name):
            return Base(words, f)
    return None


PROJECTS = "项目"
LABEL_TAIL = regexp.compile(r"\s*(?:为|达|是|共|共计|合计)?\s*$")
LABEL_CHARS = 4     # the shortest base named word for word as an amount's label (评价资金合计, not 资金)


def _labelled_so(doc: Document, words: str, before: int, share_of: Figure | None) -> Figure | None:
    """…，评价资金合计15,601万元 … 涉及资金7,846.5万元，占评价资金合计的50.29%: the one amount whose clause is the very words
    the base names (not 中央投资, which names the whole's and each part's: …（中央投资480万元…）; nor 整合资金 of 计划整合资金)."""
    if len(words) < LABEL_CHARS or share_of is None or share_of.kind != "money" or lexicon().fund.first(words) \
            or level_named(words) in (*ONE_LEVEL, LEVEL_PAIRS[frozenset({"central", "provincial"})]):
        return None     # (占衔接资金的22%, 占中央资金的…: a fund's or a level's, whatever amount was once labelled so)
    labelled = [f for f in figures_before(doc, before) if f.kind == "money" and f.cell is None and f is not share_of
                and words in ((clause := doc.norm[clause_start(doc, f.start):f.start].strip()),
                              clause[:LABEL_TAIL.search(clause).start()])]
    return labelled[0] if len(labelled) == 1 and labelled[0].value > share_of.value else None


def _described(doc: Document, words: str, before: int, kind: str = "money", share_of: Figure | None = None,
               larger: bool = False) -> Base | None:
    """占列入方案资金的50.51%: the latest amount (or count, for a share of a count) stated before whose clause holds every
    content word of the base (其中列入统筹整合方案的资金53043.61万元); None where no amount is so described."""
    wanted = content_words(words) - generic_words() - _whole_words()
    if kind == "money" and len(wanted) > 1:     # 占全州援助资金的: the funds named, whether or not their clause says 全州
        wanted = frozenset(w for w in wanted if not context_cue("base_whole_place").fullmatch(w)) or wanted
    if not wanted:
        return None
    # 上述盟市合计有贫困人口47.4万人，占全区的85.3%: a base that names only the whole place is of what the part counts
    # (全区有贫困人口…55.6万人), not of a group of it (全区女性贫困人口25.9万人): a clause naming more than the part's
    # words is skipped
    whole_place = bool(context_cue("base_whole_place").fullmatch(words.strip()))
    place_only = share_of is not None and whole_place
    # (分配资金占全区的23.64% of one year is of that year's whole, not of 2006年至2009年，全区累计安排…2.7亿多元)
    one_year = share_of.period.isdigit() if share_of is not None \
        else not OVER_YEARS.search(doc.norm, sentence_start(doc, before), before)
    head = COUNT_BASE_SUFFIX.sub("", words.strip())[-1:]      # what a base of a count counts: 项目, 村, 户
    if kind == "count" and share_of is not None and ("总" in words or words.strip().endswith(("户数", "人数"))):
        # (…已消除风险276户，占监测户数的66.99%: the households or persons counted, as well; not 占计划数的…, a plan)
        # 纳入防返贫监测的对象共11,842户46,295人，年内已消除风险7,316户，占监测户总数的61.78%: the total its own sentence
        # states before the part, in the part's unit (not 支持21,436户脱贫户和监测户 in a paragraph before)
        # (not 务工1,326人（上年为1,105人），其中…784人: the year before's)
        own = [f for f in figures_between(doc, sentence_start(doc, share_of.start), share_of.start)
               if f.kind == "count" and f.unit == share_of.unit and f.value > share_of.value
               and not of_an_earlier_year(doc, f)]
        if own:
            return Base(words, own[-1])
    spent: Figure | None = None
    part_year = (m.group() if share_of is not None and (m := YEAR.search(share_of.period)) else "")
    own = content_words(doc.norm[clause_start(doc, share_of.start):share_of.start]) if place_only else frozenset()
    # (with larger, a whole is never less than its part: 财政扶贫资金出资6,760万元…，自治区财政专项扶贫资金2,150万元 … 中央资金
    # 3,200万元占财政扶贫资金的49.34% is of the 6,760万元)
    stated = [f for f in figures_before(doc, before) if f.kind == kind and f.cell is None
              and f is not share_of and (share_of is None or kind == "money" or f.unit == share_of.unit)
              and not (larger and share_of is not None and f.value <= share_of.value)
              and _of_the_years_named(doc, words, f) and not _of_a_narrower_scope(doc, f, share_of, before)
              # (not 带动务工人数不少于500人 for 脱贫户务工397人，占务工总人数的67.98%: a target's bound, not who worked)
              and not (f.qualifier in _target_bounds() and not context_cue("base_target").search(words))
              and not (whole_place and one_year and SPAN_PERIOD.search(f.period))
              # (…东西部协作资金较2022年的3,150万元… 使用资金2,380万元，占东西部协作资金的68%: this year's)
              and not (share_of is not None and _compared_with(doc, f) and not of_an_earlier_year(doc, share_of))
              # (not 2022年同一任务资金为2,640万元 (上年同一任务资金为1,180万元) for …860万元，占任务资金的30.02% of this year's)
              and not (kind == "money" and share_of is not None and of_an_earlier_year(doc, f)
                       and not of_an_earlier_year(doc, share_of)
                       and (YEAR.search(doc.norm, clause_start(doc, f.start), f.start)
                            and period_start(doc, f.start) != period_start(doc, share_of.start)
                            or context_cue("base_year_before").search(doc.norm, clause_start(doc, f.start), f.start)))
              # (not 中央资金中用于产业发展的15,930万元 for 占产业类资金的35.68%: a use's funds naming no level are all levels')
              and not (kind == "money" and share_of is not None and f.purpose and f.fund_level in ONE_LEVEL
                       and f.fund_level != share_of.fund_level and level_named(words) in ("", "all"))]
    exact = words.strip()
    if any(exact.startswith(q) for q in _base_qualifiers()):
        # 全年预算92,318.6万元，较年初预算86,540万元… 占全年预算的23.25%: the amount named so word for word, before
        # any other the words name
        named = next((f for f in reversed(stated) if exact in doc.norm[clause_start(doc, f.start):f.start]), None)
        if named is not None:
            return Base(words, named)
    for f in reversed(stated):
        clause = doc.norm[clause_start(doc, f.start):f.start]
        if place_only and kind == "money" and share_of.measure \
                and (f.measure == share_of.measure
                     or {f.measure, share_of.measure} <= SOURCE_MEASURES and f.fund_level in ("", "all")) \
                and f.value > share_of.value and f.period == share_of.period \
                and names_all(doc.norm[sentence_start(doc, f.start):f.start], wanted):
            # 两个国贫旗到位资金合计17,580万元，占全市的50.19% of 全市到位财政专项扶贫资金35,028万元: the whole place's
            # amount of the same measure and period, whatever fund its clause names (not 全市累计支出33,416.72万元, nor
            # 全市到位资金比上年的8.4亿元…); funds received and funds put in of all levels are alike (全市…共投入…25,640万元
            # … 逊克县到位资金4,508万元，占全市的18.58%)
            return Base(words, f)
        if place_only and not (content_words(clause) - wanted - generic_words()) <= own:
            continue
        if place_only:
            clause = doc.norm[sentence_start(doc, f.start):f.start]
        elif kind == "count":   # 554万贫困人口脱贫 … 占脱贫总数的…: a count's noun and verb follow it
            if _change().search(clause) or part_year and f.period.isdigit() and f.period < part_year \
                    and line_start(doc, f.start) != line_start(doc, share_of.start) \
                    and not OVER_YEARS.search(doc.norm, sentence_start(doc, f.start), f.start):
                continue        # (减少20万贫困人口: a change, no whole; 2010年全市实施整村推进村60个: an earlier year's
                                # than the part's in another paragraph, not 2014年至2018年，全省累计…554万贫困人口脱贫,
                                # all the years')
            clause += doc.norm[f.end:clause_end(doc, f.end)]
            if head and head not in clause and head != f.unit:
                continue        # 占全市自评项目的11.54% is of projects, not of 全市33个金融服务站 (纳入监测对象356户 counts
                                # households by its unit)
        if names_all(clause, wanted) or kind == "count" and names_all(clause, _counted_alike(wanted)):
            if kind == "money" and f.measure in OUTFLOWS and lexicon().measures["money"].last(words) not in OUTFLOWS:
                # 占奖励资金的51.8%: the funds (奖励资金1亿元下达完毕), not 奖励资金已支付9236.45万元; where every one is an
                # outflow, the first stated of the funds named (向我州拨付…援助资金9860万元, not …已支出9621万元), the
                # latest of the place named
                spent = spent if place_only and spent is not None else f
                continue
            return Base(words, _whole_of_its_level(doc, stated, f, words, wanted) or f)
    if spent is not None and not place_only:
        # 共抽查12个县、68个项目，涉及资金11,246万元 … 抽查资金中已支出10,318.21万元 … 占抽查资金的2.55%: the funds its
        # sentence names, though their own clause does not, before what was spent of them
        stated = next((f for f in reversed(figures_before(doc, spent.start)) if f.kind == "money" and f.cell is None
                       and f.measure not in OUTFLOWS and f.value > spent.value
                       and names_all(doc.norm[sentence_start(doc, f.start):f.start], wanted)), None)
        # (not 当年下达资金支出17,493.28万元 for 占当年资金的56.83%: what was spent of them is never the funds)
        return Base(words, stated) if stated is not None else None
    return Base(words, spent) if spent is not None else None
