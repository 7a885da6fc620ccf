"""Figures in their context in whole reports (several projects, counties, years), and the checks that only
context makes possible: breakdowns stated one item per line, fees set by rule, average growth, a later
report restating an earlier year, and one report sent twice."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.checks.across import check_across
from pipeline.process import process_text

PROJECTS = """关于某某区2024年度衔接资金项目计划安排情况的公告
2024年，我区获得中央衔接推进乡村振兴补助资金375万元、省级衔接推进乡村振兴补助资金376万元，两项共计下达751万元，计划安排实施以下项目。
一、产业项目
1.东岗村大豆加工厂房配套项目。计划投资314.51万元，修缮厂房6000平方米。
2.南岗村秸秆机械采购项目。计划投资省级资金30万元。
二、其他项目
1.项目管理费，计划投入资金15.30万元。建设内容：按规定从中央资金中留取1%、从省级资金中留取3%，用于支付设计、监理等费用。
某某区水务局
"""

PREFECTURE = """阿克苏地区财政局关于2022年衔接资金拨付情况的报告
一、资金争取情况
地区财政局争取并到位2022年上级财政衔接推进乡村振兴补助资金3.99亿元。
二、资金拨付情况
截至3月1日，上述资金已全部拨付至各县（市），其中：阿克苏市8427万元、温宿县8748万元、沙雅县9284万元等。
三、下一步工作
督促各县加快项目建设。
阿克苏地区财政局
"""

BREAKDOWN = """某某县2023年谋划争取资金项目进展情况报告
一、中央预算内投资项目
全县谋划项目73个，项目总投资30.45亿元，拟争取资金20.78亿元，已到位3.1亿元。分领域看：
（一）基础设施项目21个，总投资8.08亿元，拟争取6.25亿元，已到位0.89亿元；
（二）农业水利项目22个，总投资17.94亿元，拟争取11.23亿元，已到位1.62亿元；
（三）社会事业项目30个，总投资4.43亿元，拟争取3.3亿元，已下达0.42亿元。
二、下一步工作
加快项目建设。
"""

GROWTH = """某某市乡村振兴工作情况报告
一、收入增长
全市脱贫群众人均纯收入由2020年的12372.79元增加到2024年的21693.52元，年均增长15.05%。
"""


def _by_text(doc):
    return {f.text: f for f in doc.figures}


def test_projects_have_their_own_scope_and_no_canonical_field():
    doc = process_text(PROJECTS, year=2024)
    f = _by_text(doc)
    assert f["375万元"].field == "funds_received_central" and f["375万元"].scope == ""
    assert f["751万元"].field == "funds_received_total"
    assert f["30万元"].scope == "项目:南岗村秸秆机械采购项目" and f["30万元"].field == ""
    assert f["314.51万元"].scope.startswith("项目:东岗村") and f["314.51万元"].purpose == "产业发展"
    assert f["1%"].measure == "norm" and f["1%"].fund_level == "central"


def test_a_project_heading_with_a_note_after_its_name_is_the_project():
    text = ("关于某区2025年农田建设项目的批复\n一、某镇甲村高标准农田建设项目(新建)\n投资安排：批复总投资1500万元，由市级财政承担1350万元，区级财政承担150万元。\n"
            "二、某乡乙村高标准农田建设项目（改造提升）\n投资安排：批复总投资2200万元，市级财政1980万元，区级财政220万元。\n")
    doc = process_text(text, year=2025)
    f = _by_text(doc)
    assert f["1350万元"].scope == "项目:某镇甲村高标准农田建设项目(新建)" and f["1350万元"].field == ""
    assert f["1980万元"].scope == "项目:某乡乙村高标准农田建设项目（改造提升）"
    assert not [x for x in doc.findings if x.severity == "error"]


def test_fee_set_by_rule_is_recomputed_from_the_named_funds():
    doc = process_text(PROJECTS, year=2024)
    fees = [x for x in doc.findings if x.rule == "rate"]
    assert [(x.severity, x.declared, x.computed) for x in fees] == [("error", "153000", "150300")]


def test_counties_of_a_prefecture_report_are_their_own_scopes():
    doc = process_text(PREFECTURE, year=2022)
    f = _by_text(doc)
    assert f["3.99亿元"].field == "funds_received_total" and f["3.99亿元"].scope == ""
    assert f["8748万元"].scope == "地:温宿县" and f["8748万元"].field == ""
    assert f["9284万元"].period == "截至2022-03-01"
    assert not [x for x in doc.findings if x.severity == "error"]


def test_a_breakdown_stated_one_item_per_line_is_summed_per_measure():
    doc = process_text(BREAKDOWN, year=2023)
    sums = {x.declared: x for x in doc.findings if x.rule == "parts_sum"}
    # 0.89 + 1.62 + 0.42 (已下达 counts as 已到位) = 2.93 against 3.1
    assert sums["310000000"].severity == "error" and sums["310000000"].computed == "293000000"
    # 21 + 22 + 30 = 73 projects and 8.08 + 17.94 + 4.43 = 30.45 hold: no finding above info
    assert "73" not in sums and "3045000000" not in sums
    assert all(f.field == "" for f in doc.figures if f.kind == "money")


def test_average_annual_growth_is_compounded():
    doc = process_text(GROWTH, year=2024)
    growth = [x for x in doc.findings if x.rule == "growth"]
    assert [(x.severity, x.declared, x.computed) for x in growth] == [("error", "15.05", "15.07")]


def test_average_annual_growth_over_the_span_the_sentence_states_first():
    text = "某省脱贫攻坚投入情况\n2016年至2020年，中央投入我省的专项扶贫资金由30.5亿元增加到71.2亿元，年均增长{0}%。\n"
    growth = [x for x in process_text(text.format("25.4"), year=2020).findings if x.rule == "growth"]
    assert [(x.severity, x.declared, x.computed) for x in growth] == [("error", "25.4", "23.61")]
    assert [x.severity for x in process_text(text.format("23.61"), year=2020).findings if x.rule == "growth"] == ["info"]


def _doc(text: str, path: str, doc_id: str, year: int):
    doc = process_text(text, path=path, year=year)
    doc.doc_id = doc_id
    for n, f in enumerate(doc.figures, start=1):
        f.fact_id = f"{doc_id}-{n}"
    return doc


EARLY = """山东省2017年度财政专项扶贫资金绩效评价自评报告
一、资金投入情况
全年省级财政投入专项扶贫资金27.57亿元。
山东省扶贫开发领导小组办公室
"""
LATE = """山东省2018年度财政专项扶贫资金绩效评价自评报告
一、资金投入情况
当年省级财政共投入专项扶贫资金24.888亿元。省级投入总量较2017年的19.2287亿元增长29.43%。
山东省扶贫开发领导小组办公室
"""


def test_a_later_report_restating_an_earlier_year_is_checked_against_it():
    found = check_across([_doc(EARLY, "a.txt", "a", 2017), _doc(LATE, "b.txt", "b", 2018)])
    cross = [x for x in found if x.rule == "cross_year"]
    assert [(x.declared, x.computed) for x in cross] == [("1922870000", "2757000000")]
    assert "2017年省级投入总量19.2287亿元" in cross[0].message      # not 2017年省级投入总量较2017年19.2287亿元


def test_a_growth_against_the_amount_of_that_name_in_last_years_report():
    early = "江西省2023年度省级预算执行的审计工作报告\n一、预算执行\n全省一般公共预算收入3059.6亿元，增长3.8%；一般公共预算支出7492.9亿元，增长2.8%。\n"
    late = "江西省2024年度省级预算执行的审计工作报告\n一、预算执行\n2024年全省一般公共预算支出7695.3亿元，同比增长{0}%。\n"
    def cross(value):
        found = check_across([_doc(early, "a.txt", "a", 2023), _doc(late.format(value), "b.txt", "b", 2024)])
        return [(x.severity, x.declared, x.computed) for x in found if x.rule == "cross_year"]
    assert cross("2.7") == []
    assert cross("3.7") == [("warning", "3.7", "2.7")]


REPORT = """武乡县2023年度衔接资金绩效自评报告
全年到位衔接资金共计8650万元，其中中央资金2130万元、省级资金5820万元、县级资金700万元。
截至12月31日，实际支出8600万元，结转结余50万元。
武乡县乡村振兴局
"""


def test_the_same_report_in_two_formats_is_no_conflict():
    found = check_across([_doc(REPORT, "a.docx", "a", 2023), _doc(REPORT, "a.pdf", "b", 2023)])
    assert [(x.rule, x.severity) for x in found] == [("duplicate_report", "info")]


def test_a_reissued_report_supersedes_the_earlier_and_lists_what_changed():
    corrected = REPORT.replace("武乡县2023年度衔接资金绩效自评报告", "武乡县2023年度衔接资金绩效自评报告（更正）")
    corrected = corrected.replace("实际支出8600万元", "实际支出8610万元")
    found = check_across([_doc(corrected, "b.txt", "b", 2023), _doc(REPORT, "a.txt", "a", 2023)])
    assert len(found) == 1 and found[0].severity == "warning"
    assert "b.txt是a.txt的更新版本" in found[0].message and "8600万元改为8610万元" in found[0].message


def test_a_short_correction_notice_supersedes_the_report_it_corrects():
    notice = ("武乡县2023年度衔接资金绩效自评报告（更正稿）\n经核对，原报告中的实际支出数有误，更正如下：\n"
              "2023年全县实际支出衔接资金8610万元。\n武乡县乡村振兴局\n2024年3月4日\n")
    found = check_across([_doc(notice, "b.txt", "b", 2023), _doc(REPORT, "a.txt", "a", 2023)])
    assert len(found) == 1 and found[0].severity == "warning", found
    assert "b.txt是a.txt的更正版本" in found[0].message and "8600万元改为8610万元" in found[0].message


BASES = """武乡县2023年度衔接资金绩效自评报告
一、资金投入
全年到位中央衔接资金9000万元，省级衔接资金3900万元，县级衔接资金1000万元。全县衔接资金总投入13900万元。
二、资金使用
产业发展投入8,420万元，占中央和省级衔接资金的65.3%。结余资金51.4万元，占总投入的0.37%。
公路项目资金5296万元，占总投入的38.1%，水利项目资金4392万元，占31.6%。
安排资金415万元，其中项目管理费5万元。
武乡县乡村振兴局
"""


def _shares(doc):
    return {x.declared: x for x in doc.findings if x.rule == "share"}


def test_a_share_takes_the_base_its_sentence_names_wherever_it_is_stated():
    doc = process_text(BASES, year=2023)
    shares = _shares(doc)
    # 8420 ÷ (9000 + 3900) = 65.27%: holds; over the nearest amount it would not
    assert shares["65.3"].severity == "info" and "(9000万元+3900万元)" in shares["65.3"].message
    assert shares["0.37"].severity == "info"            # 51.4 ÷ 13900, not ÷ 8420
    # a list keeps its base: 4392 ÷ 13900 = 31.60%
    assert shares["38.1"].severity == "info" and shares["31.6"].severity == "info"


def test_one_part_of_a_total_is_no_incomplete_sum():
    doc = process_text(BASES, year=2023)
    assert not [x for x in doc.findings if x.severity == "error"]


def test_a_share_over_an_assumed_base_is_a_warning_that_says_so():
    doc = process_text("某县2023年度报告\n项目资金1000万元，产业资金600万元，占比70%。\n", year=2023)
    [share] = [x for x in doc.findings if x.rule == "share"]
    assert share.severity == "warning" and "推定" in share.message


def test_a_stated_average_is_the_total_over_the_count():
    doc = process_text("武乡县2023年度报告\n扶持12个合作社，投入资金300万元，平均每个合作社26万元。\n", year=2023)
    [avg] = [x for x in doc.findings if x.rule == "average"]
    assert avg.severity == "error" and avg.computed == "250000"
    doc = process_text("武乡县2023年度报告\n扶持12个合作社，投入资金300万元，平均每个合作社25万元。\n", year=2023)
    assert not [x for x in doc.findings if x.rule == "average"]


def test_a_headings_total_is_the_sum_of_its_items():
    text = ("延津县2022年衔接资金项目安排情况公示\n二、项目安排情况\n（一）政策补贴类项目，合计1240万元\n"
            "1.雨露计划项目，计划安排资金108万元。\n2.贴息项目，计划安排资金70万元。\n3.奖补项目，计划安排资金1000万元。\n"
            "（二）产业类项目，合计4350万元\n1.村集体经济项目，计划安排资金3850万元。\n2.其他产业项目，计划安排资金500万元。\n")
    sums = [x for x in process_text(text, year=2022).findings if x.rule == "parts_sum"]
    assert [(x.severity, x.declared, x.computed) for x in sums] == [("error", "12400000", "11780000")]


def test_a_list_that_says_it_is_partial_is_no_sum():
    text = ("金寨县2025年资金分配公告\n二、资金分配\n（一）基础设施项目。共安排资金4825.52万元。主要包括：\n"
            "1.安全饮水项目，安排资金2000万元。\n2.以工代赈项目，安排资金689万元。\n以及其他基础设施项目。\n")
    assert not [x for x in process_text(text, year=2025).findings if x.rule == "parts_sum"]


def test_items_before_a_closing_total():
    text = ("临城县2021年道路项目绩效自评报告\n项目分三批实施：第一批总投资3374.3万元，其中建筑工程费3292万元；"
            "第二批总投资2096.51万元，其中建筑工程费1975.775万元；第三批总投资778.59万元，其中建筑工程费757.44万元。"
            "三批合计总投资6222.4万元，其中建筑工程费6025.215万元。\n")
    sums = [x for x in process_text(text, year=2021).findings if x.rule == "parts_sum" and x.severity != "info"]
    # the totals and the 其中 parts are summed apart: 6249.40 against 6222.4; 6025.215 holds
    assert [(x.severity, x.declared, x.computed) for x in sums] == [("error", "62224000", "62494000")]


def test_a_stated_change_over_the_earlier_year():
    text = ("怀远县2021年度衔接资金绩效自评报告\n2021年县本级预算安排衔接资金7700万元，2020年县本级安排专项扶贫资金7650万元，"
            "比上年增加60万元。\n")
    [change] = [x for x in process_text(text, year=2021).findings if x.rule == "growth"]
    assert (change.severity, change.declared, change.computed) == ("error", "600000", "500000")


def test_scores_of_one_heading_and_its_items_are_not_the_total():
    text = ("怀远县2021年度衔接资金绩效自评报告\n二、自评得分情况\n自评得分102.964分。\n（一）资金保障情况（分值10分），自评10分。\n"
            "1.县级预算安排情况（分值5分），自评5分。\n2.资金匹配情况（分值5分），自评5分。\n")
    assert not [x for x in process_text(text, year=2021).findings if x.rule == "score_sum" and x.severity != "info"]


CLAUSE_PARTS = """某某县2023年第二批衔接资金分配计划的公告
我县共安排项目6个，项目总投资1295万元。其中：基础设施项目3项，资金合计938万元；产业发展项目2项，资金合计307万元；项目管理1项，投资14万元。
某某县乡村振兴局
"""

BATCHES_IN_ONE_SENTENCE = """某某县2021年度道路建设项目绩效自评报告
一、批复资金情况
项目分三批实施：第一批批复总投资3374.3万元（其中建筑工程3292万元），第二批批复总投资2069.51万元（其中建筑工程1957.775万元），第三批批复投资778.59万元（其中建筑工程757.44万元）；以上合计批复总投资6222.4万元（其中建筑工程6025.215万元）。
"""

PLAN_AS_FOLLOWS = """某某市2022年州级衔接资金分配方案
州财政局下达我市2022年州级衔接推进乡村振兴补助资金318万元。结合全市示范创建工作，资金分配方案建议如下：
一、产业发展方面，安排资金172.8万元，用于实施项目2个。
二、人居环境整治提升方面，安排资金154.2万元，用于实施项目17个。
某某市乡村振兴局
"""

PROJECTS_WITH_PAYMENTS = """某某乡2021年度项目支出绩效自评报告
一、项目概况
1.2021年第一批养殖基地建设项目。本项目使用统筹整合资金303万元，其中项目管理费3万元；到目前为止已拨付项目资金270万元。
2.2021年第一批基础设施建设项目。本项目使用统筹整合资金107.13万元，其中项目管理费1.07万元，已拨付项目资金106.36万元。
某某乡人民政府
"""


@pytest.mark.parametrize("text, year, expected", [
    # 3 + 2 + 1 = 6 projects: the list is complete, so 938 + 307 + 14 = 1259 against 1295 is an error
    (CLAUSE_PARTS, 2023, [("error", "12950000", "12590000")]),
    # the totals hold (3374.3 + 2069.51 + 778.59 = 6222.4); the 其中 parts do not
    (BATCHES_IN_ONE_SENTENCE, 2021, [("error", "60252150", "60072150")]),
    # a numbered list after …如下： against the total before it
    (PLAN_AS_FOLLOWS, 2022, [("error", "3180000", "3270000")]),
], ids=["clauses after 其中：", "batches in one sentence", "list after 如下："])
def test_parts_stated_in_other_shapes_are_summed_against_their_total(text, year, expected):
    doc = process_text(text, year=year)
    assert [(x.severity, x.declared, x.computed) for x in doc.findings
            if x.rule == "parts_sum" and x.severity != "info"] == expected


def test_a_paid_amount_after_a_qi_zhong_part_is_no_part_and_projects_keep_their_scope():
    doc = process_text(PROJECTS_WITH_PAYMENTS, year=2021)
    assert not [x for x in doc.findings if x.severity != "info"]
    f = _by_text(doc)
    assert f["106.36万元"].scope.endswith("基础设施建设项目") and f["106.36万元"].field == ""


def test_a_list_said_to_have_more_items_is_partial():
    doc = process_text("某某市2021年涉农资金绩效自评报告\n我局申报安排的省级涉农资金共10585万元，其中：造林2014万元，"
                       "森林乡村建设840万元，另有森林防火等其他任务的资金一并分解到各县。\n", year=2021)
    assert not [x for x in doc.findings if x.severity != "info"]


def test_a_notice_from_above_to_one_county_is_that_countys():
    doc = process_text("湖北省财政厅文件\n省财政厅关于下达2022年中央财政衔接推进乡村振兴补助资金的通知\n潜江市财政局：\n"
                       "现向你市下达2022年中央财政衔接推进乡村振兴补助资金2000万元。\n湖北省财政厅\n2022年7月1日\n")
    assert (doc.county, doc.province) == ("潜江市", "湖北省")


def test_a_scored_headings_items_add_up_to_its_score_where_their_marks_add_up_to_its_marks():
    doc = process_text("某某县2021年度财政衔接资金绩效自评报告\n一、自评情况\n（一）资金保障情况（分值10分），自评10分。\n"
                       "1.县级预算安排衔接资金情况（分值5分），自评5分。\n2.资金匹配项目进度（分值5分），自评3分。\n"
                       "（二）项目管理情况（分值20分），自评20分。\n1.项目库建设（分值10分），自评10分。\n"
                       "2.项目公告公示（分值5分），自评5分。\n", year=2021)
    sums = [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "score_sum"]
    # （二）'s items carry 15 of its 20 marks: not all listed, so no finding there
    assert sums == [("error", "10", "8")]


def test_a_note_that_counts_the_budget_block_keeps_it_in_the_total():
    rows = ("绩效目标自评表（2022年度）\n项目名称\t某某项目\n资金情况（万元）\t\t全年预算数（A）\t全年执行数（B）\t分值（分）\t执行率（B/A）\t得分（分）\n"
            "\t年度资金总额：\t20\t20\t10\t100.00%\t10\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t分值（分）\t年度指标值\t全年实际值\t得分（分）\n"
            "\t产出指标（70分）\t数量指标\t安装水标尺\t70\t≥266米\t≥266米\t70\n"
            "\t效益指标（20分）\t社会效益指标\t受益人口数\t20\t≥1000人\t≥1000人\t20\n"
            "\t满意度指标（10分）\t满意度指标\t群众满意度\t10\t≥95%\t≥95%\t10\n总分\t\t\t\t100\t\t\t100\n")
    note = "注：一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。\n"
    without_note = process_text(rows, year=2022)
    with_note = process_text(rows + note, year=2022)
    assert not [x for x in without_note.findings if x.rule == "score_sum" and x.severity == "error"]
    assert [(x.declared, x.computed) for x in with_note.findings if x.rule == "score_sum" and x.severity == "error"] \
        == [("100", "110")]


def test_a_headlines_rate_restated_in_the_body_with_another_value():
    doc = process_text("湖北今年200余亿元助力乡村振兴 9月底资金拨付率达85.6%\n截至9月底，湖北财政支持强县工程相关资金拨付率已达86.5%。\n",
                       year=2023)
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "same_figure_differs"] \
        == [("warning", "85.6", "86.5")]


def test_a_rate_over_no_named_base_is_checked_against_the_total_the_text_repeats():
    doc = process_text("某省2022年水利救灾资金绩效自评报告\n一、资金情况\n水利救灾资金共分3批，合计6800万元。"
                       "6800万元已全部分解到位。截至目前，资金已执行4132.8万元，预算执行率为60.87%。\n", year=2022)
    rates = [x for x in doc.findings if x.rule == "execution_rate"]
    assert [(x.severity, x.declared, x.computed) for x in rates] == [("warning", "60.87", "60.78")]
    assert "推定" in rates[0].message
    # the sentence names the total received (中央…下达…，合计6800万元): the rate is over it
    named = process_text("某省2022年水利救灾资金绩效自评报告\n一、资金情况\n中央分3批向我省下达水利救灾资金，合计6800万元。"
                         "6800万元已全部分解到位。截至目前，资金已执行4132.8万元，预算执行率为60.87%。\n", year=2022)
    assert [(x.severity, x.declared, x.computed) for x in named.findings if x.rule == "execution_rate"] == \
        [("error", "60.87", "60.78")]


def test_a_total_whose_parts_name_several_levels_is_of_all_of_them():
    doc = process_text("重庆市某某区财政局关于提前下达2022年水库移民后期扶持资金的通知\n某某区水利局：\n依据《重庆市财政局关于提前下达"
                       "2022年水库移民后期扶持资金预算的通知》，现向你局下达2022年水库移民后期扶持资金3039万元，其中中央资金2888万元、"
                       "市级资金115万元。\n", year=2022)
    f = _by_text(doc)
    assert f["3039万元"].fund_level == "all" and f["115万元"].fund_level == "city"
    assert not [x for x in doc.findings if x.rule == "same_figure_differs"]
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule in ("received_sum", "parts_sum")
            and x.severity == "error"][:1] == [("error", "30390000", "30030000")]


def test_the_reports_own_funds_stated_as_a_whole_twice_with_two_values():
    doc = process_text("某某镇2024年某某社区排水沟项目绩效目标自评报告\n一、资金投入情况\n本项目共下达建设资金56万元，全部用于排水沟建设。\n"
                       "二、绩效目标完成情况\n计划资金已全部到位，共65万元。\n", year=2024)
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "same_figure_differs"] \
        == [("warning", "650000", "560000")]


def test_prose_in_a_table_cell_is_checked_like_running_text():
    doc = process_text("项目支出绩效自评表\n年度总体目标\t预期目标\t实际完成情况\n\t本项目申请预算资金合计2026400元，具体为：村级组织运转经费"
                       "400000元，村民组长基本报酬252000元，村级公益事业补助28000元，村级事务补助960000元，党员活动经费100000元。"
                       "\t全年实际使用预算资金1329120.67元。\n", year=2022)
    sums = [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "parts_sum" and x.severity != "info"]
    assert sums == [("warning", "2026400", "1740000")]


def test_qi_zhong_after_a_clause_of_its_own_is_of_that_clause():
    doc = process_text("某某乡2023年项目绩效目标表\n新建中药材晾晒房一座，占地300平方米，含场坪整治及硬化，其中室外晒坝硬化420平方米、"
                       "室内场坪1800平方米。\n", year=2023)
    assert not [x for x in doc.findings if x.rule == "parts_sum" and x.severity != "info"]


def test_two_amounts_of_one_field_far_apart_are_likely_two_scopes():
    doc = process_text("某省下达省级衔接资金 某市获补助1100万元\n近日，省财政厅下达2024年省级财政衔接推进乡村振兴补助资金9240万元，"
                       "其中某市获得补助资金1100万元。\n", year=2024)
    assert not [x for x in doc.findings if x.severity == "error"]


def test_a_rate_per_unit_times_the_quantity_stated_before_it():
    doc = process_text("某某乡2022年项目绩效自评报告\n村集体投资种植优质李子树30亩，预计每亩年产李子1000公斤；扣除成本每亩4500元，"
                       "合计12万元，可实现净收入3万元。\n", year=2022)
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "average"] \
        == [("warning", "120000", "135000")]
    reworded = process_text("某乡2022年项目绩效自评报告\n村集体投资种植李子树30亩，可实现总收入15万元；扣除租金等费用，成本按每亩"
                            "4500元计，共12万元。\n", year=2022)
    assert [(x.severity, x.declared, x.computed) for x in reworded.findings if x.rule == "average"] \
        == [("warning", "120000", "135000")]


def test_a_rate_of_funds_received_is_over_the_amount_allocated():
    doc = process_text("某某镇2024年部门整体支出绩效自评报告\n一、资金到位情况\n年初上级下达资金80万元，实际到位资金60万元，到位率100%。\n",
                       year=2024)
    fields = {f.text: f.field for f in doc.figures}
    assert fields["80万元"] == "" and fields["60万元"] == "funds_received_total"
    assert [(x.declared, x.computed) for x in doc.findings if x.rule == "share" and x.severity != "info"] \
        == [("100", "75")]
    assert not [x for x in doc.findings if x.rule == "same_figure_differs"]


def test_an_amount_that_names_itself_the_one_just_stated():
    text = ("某某区2022年救灾资金绩效自评报告\n市里向我区下达2022年中央救灾资金555万元，主要支持抗旱救灾。这笔{0}万元资金全部用于灾后恢复生产。\n"
            "区里安排甲镇200万元、乙镇355万元，上述555万元已全部拨付。\n")
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format(565), year=2022).findings
            if x.rule == "same_figure_differs"] == [("error", "5650000", "5550000")]
    assert not [x for x in process_text(text.format(555), year=2022).findings if x.severity != "info"]


def _errors(doc, rule=None):
    return [(x.severity, x.declared, x.computed) for x in doc.findings
            if x.severity != "info" and (rule is None or x.rule == rule)]


def test_a_share_of_an_amount_written_before_its_base():
    doc = process_text("某省2018年度财政专项扶贫资金绩效自评报告\n省本级预算安排的资金（100520万元）相当于中央财政安排我省资金（150514万元）"
                       "的66.87%，满足不低于40%的要求。\n", year=2018)
    assert _errors(doc) == [("error", "66.87", "66.78")]


def test_a_count_against_the_items_listed_after_it():
    text = "某某市2021年衔接资金安排方案的公示\n安排555万元。其中，争创省级示范村{0}个：甲镇稻香村70万元，乙镇鲜花村45万元，丙镇文昌村45万元。\n"
    assert _errors(process_text(text.format(2), year=2021), "parts_sum") == [("error", "2", "3")]
    assert not _errors(process_text(text.format(3), year=2021), "parts_sum")


def test_an_amount_shared_out_among_as_many_places_as_counted():
    text = ("某市2020年专项扶贫资金分配情况\n全市所得300万元分到三个县（市、区）：甲县120万元，乙县100万元，丙区{0}万元。\n"
            "此外，项目分三批下达：第一批80万元，第二批70万元，第三批60万元，合计210万元。\n")
    assert _errors(process_text(text.format(90), year=2020), "parts_sum") == [("error", "3000000", "3100000")]
    assert not _errors(process_text(text.format(80), year=2020), "parts_sum")


def test_levels_listed_after_qi_zhong_go_on_over_the_next_clause():
    text = ("某市2023年衔接资金安排情况的报告\n全市共安排衔接资金2468万元。其中，收到中央衔接资金1052万元、省级衔接资金857万元；"
            "市、县两级财政共安排衔接资金{0}万元，确保投入不减。\n")
    assert _errors(process_text(text.format(550), year=2023), "parts_sum") == [("error", "24680000", "24590000")]
    assert not _errors(process_text(text.format(559), year=2023))


def test_a_list_whose_lead_ends_a_long_next_sentence_is_of_the_total_before():
    text = ("某旗2023年衔接资金自评报告\n我局已向各苏木镇累计拨付衔接补助资金3085万元。分配资金时，我局综合运用脱贫攻坚成效和"
            "绩效评价结果，具体为：甲镇2058万元，乙镇400万元，丙镇277万元，丁中心{0}万元。\n")
    assert _errors(process_text(text.format(390), year=2023), "parts_sum") == [("error", "30850000", "31250000")]
    assert not _errors(process_text(text.format(350), year=2023))


def test_works_at_a_stage_are_never_more_than_the_works():
    text = "某市2021年衔接资金进展情况\n全年实施衔接项目464个。截至目前，项目已全部开工，完工{0}个，资金拨付率达到88.5%。\n"
    assert _errors(process_text(text.format(467), year=2021), "parts_sum") == [("error", "464", "467")]
    assert not _errors(process_text(text.format(367), year=2021), "parts_sum")
    listed = process_text("某县2022年衔接资金自评报告\n全年共安排项目225个，其中产业发展项目118个，其他项目21个。截至年底已完工216个。"
                          "第一批项目已开工39个、已完工1个；基础设施项目已开工40个。\n", year=2022)
    assert not _errors(listed, "parts_sum")


def test_a_closing_total_that_counts_the_amounts_before_it():
    text = ("某区2020年财政扶贫工作报告\n支持贫困旗县。2019年，向贫困旗县增加补助资金1.8亿元；增加安排奖补资金9390万元；"
            "另增加生态补助资金{0}亿元。以上三项合计，全年共向贫困旗县安排转移支付3.125亿元。\n")
    assert _errors(process_text(text.format("0.496"), year=2020), "parts_sum") == [("error", "312500000", "323500000")]
    assert not _errors(process_text(text.format("0.386"), year=2020))


def test_counts_after_qi_zhong_in_the_next_sentence_never_exceed_the_count():
    text = "某县关于调整2024年衔接资金项目的公示\n收回资金合计1565.5万元，重新安排实施20个项目。其中：甲乡4个、乙乡{0}个、丙镇2个、丁局1个（具体见附表）。\n"
    assert _errors(process_text(text.format(14), year=2024), "parts_sum") == [("error", "20", "21")]
    assert not _errors(process_text(text.format(4), year=2024))


def test_a_count_of_places_against_the_names_listed_in_turn_after_it():
    text = ("闽清县入选全省乡村振兴工作激励县（市）\n此次获得激励的{0}个县（市）依次是：福州市闽清县、漳州市漳浦县、泉州市德化县、"
            "龙岩市漳平市和宁德市寿宁县。\n")
    assert _errors(process_text(text.format(6), year=2023), "parts_sum") == [("error", "6", "5")]
    assert not _errors(process_text(text.format(5), year=2023))
    assert not _errors(process_text(text.format(5).replace("龙岩市漳平市", "和平县"), year=2023))


def test_a_standard_per_household_of_the_funds_a_sentence_refers_back_to():
    text = ("某区2018年财政专项扶贫资金分配的通知\n2018年中央财政专项扶贫资金共计211万元。\n本次安排的资金，用于扶持各镇上报的211户"
            "建档立卡户发展产业，补助标准为每户{0}万元。\n")
    found = [(x.severity, x.declared, x.computed) for x in process_text(text.format("1.1"), year=2018).findings
             if x.rule == "average"]
    assert found == [("warning", "11000", "10000")]
    assert not _errors(process_text(text.format("1"), year=2018))


def test_clauses_under_a_new_paragraph_are_no_list_of_the_last_part_before():
    doc = process_text("某县扶贫资金安排使用情况公告\n下达奖补资金520万元，其中贫困乡1个，奖补资金100万元；贫困行政村6个，奖补资金420万元。"
                       "上述资金全部安排下达，具体安排如下：\n甲镇（4个），资金260万元；乙乡（2个），资金260万元。\n", year=2019)
    assert not _errors(doc)


def test_a_breakdown_by_source_whose_shares_follow_its_items():
    text = ("某县扶贫审计结果\n2010年至2012年，该县共投入财政扶贫资金10851.8万元。按资金来源分，中央财政资金10444.85万元，"
            "省财政资金{0}万元，二者分别占96.25%和3.75%。\n")
    assert ("error", "108518000", "108514400") in _errors(process_text(text.format("406.59"), year=2012), "parts_sum")
    assert not _errors(process_text(text.format("406.95"), year=2012))


def test_a_breakdown_of_projects_counted_in_a_unit_of_its_own():
    text = ("某省2024年林场衔接资金情况\n这批资金确定实施项目23个，覆盖6个市州的21个林场。按类别分，林场产业类{0}处，森林生态旅游基地1处，"
            "乡土树种培育类6处，苗圃配套设施建设1处。\n")
    assert _errors(process_text(text.format(16), year=2024), "parts_sum") == [("error", "23", "24")]
    assert not _errors(process_text(text.format(15), year=2024))


def test_a_clause_list_whose_item_holds_its_own_part_in_brackets():
    text = ("关于调整2025年度衔接资金项目计划的通知\n调增项目4个，合计400万元。其中：甲项目调增中央资金80万元；乙项目{0}万元；"
            "丙村榨油厂建设项目160万元（含产业发展资金80万元）；丁村服装厂建设项目，总投资80万元。\n")
    assert _errors(process_text(text.format(90), year=2025), "parts_sum") == [("error", "4000000", "4100000")]
    assert not _errors(process_text(text.format(80), year=2025))


def test_items_spending_is_of_the_totals_spending_not_of_its_funds():
    text = ("某州财政专项扶贫资金支出情况通报\n甲市：财政扶贫资金9938万元，实际支出1563.79万元，支出进度15.74%。其中扶贫发展资金1263万元，"
            "实际支出295.96万元；少数民族发展资金1675万元，实际支出1267.83万元；债券资金7000万元，实际支出0万元。\n")
    assert not _errors(process_text(text, year=2019), "parts_sum")
    slip = process_text(text.replace("1267.83万元；", "1276.83万元；"), year=2019)
    assert ("error", "15637900", "15727900") in _errors(slip, "parts_sum")


def test_shares_of_items_after_a_by_category_lead_are_of_the_total_before_it():
    text = ("某县2022年衔接资金项目计划公示\n全县拟投入财政衔接资金11612.29万元，安排实施项目223个。按类别分：乡村建设行动项目95个，"
            "投入2468.16万元，占21.3%；就业类项目3个，计划投资480万元，占{0}%。\n")
    assert ("warning", "4.2", "4.13") in _errors(process_text(text.format("4.2"), year=2022), "share")
    assert not _errors(process_text(text.format("4.1"), year=2022), "share")


def test_parts_after_a_sentence_of_counts_are_of_the_amount_before_it():
    text = ("某旗东西部协作情况\n各部门累计投入扶贫协作资金5107.12万元。先后实施了4大类、24个扶贫项目。\n其中，产业开发方面投入{0}万元，"
            "主要用于大棚建设；教育医疗方面投入1291.3万元，用于医疗补贴。\n")
    assert _errors(process_text(text.format(3952), year=2022), "parts_sum") == [("error", "51071200", "52433000")]
    # two of the four kinds falling short of the total are some of it: no error
    assert not [e for e in _errors(process_text(text.format(2952), year=2022), "parts_sum") if e[0] == "error"]


def test_a_count_at_a_stage_is_no_count_of_all_the_works():
    doc = process_text("某省审计整改情况\n相关单位加快建设进度，目前已有1个项目完工、3个项目开工，其余4个项目正在抓紧推进。\n", year=2021)
    assert not _errors(doc, "parts_sum")


def test_rates_of_the_items_after_a_by_block_lead_are_not_the_reports():
    doc = process_text("某县2024年预算执行情况\n全县批复预算指标71.48亿元，已使用指标62.09亿元，总体执行率87%。分块看，县直各部门批复指标"
                       "39.41亿元，已用33.79亿元，执行率86%；各乡镇批复指标11.49亿元，已用7.94亿元，执行率69%。\n", year=2024)
    assert not _errors(doc, "same_figure_differs")
    assert [f.scope for f in doc.figures if f.kind == "percent"] == ["", "分项:县直各部门批复指标", "分项:各乡镇批复指标"]


def test_an_item_that_leaves_its_remainder_unsaid_has_one():
    text = ("某县2024年预算执行情况\n全县批复预算指标71.48亿元，已使用指标62.09亿元，预算结余{0}亿元，总体执行率87%。分块看，"
            "县直各部门批复指标39.41亿元，已用33.79亿元，结余5.62亿元；各乡镇批复指标11.49亿元，已用7.94亿元，结余3.55亿元；"
            "实拨单位资金预算指标20.58亿元，已用20.36亿元。\n")
    assert not _errors(process_text(text.format("9.39"), year=2024), "parts_sum")
    assert [e[0] for e in _errors(process_text(text.format("9.49"), year=2024), "parts_sum")] == ["error"]


def test_a_count_of_administrative_villages_right_after_their_names():
    text = "某区衔接推进区项目\n项目覆盖政和新村、富民新村、顺和新村、阳光新村{0}个行政村和7个自然村，面积约1.49万亩。\n"
    assert _errors(process_text(text.format(5), year=2024), "parts_sum") == [("error", "5", "4")]
    assert not _errors(process_text(text.format(4), year=2024))


def test_parts_whose_counts_add_up_to_the_totals_count_need_no_qi_zhong():
    doc = process_text("某区财政局关于2021年重点绩效评价情况的报告\n此次评价的项目合计11个，涉及资金33258.4万元。从评价结果看，评为“优”的项目1项，"
                       "涉及资金460万元；评为“良”的项目6项，涉及资金21075.69万元；评为“中”的项目4项，涉及资金11772.71万元。\n", year=2021)
    assert _errors(doc, "parts_sum") == [("error", "332584000", "333084000")]


def test_a_second_breakdown_of_the_same_total_by_project():
    doc = process_text("某某区2022年项目绩效运行监控报告\n两个项目总投资157万元，其中县级财政衔接资金39.3万元，其他资金117.7万元；分项目看，"
                       "甲路项目总投资78万元，乙路项目总投资70万元。\n", year=2022)
    assert _errors(doc, "parts_sum") == [("error", "1570000", "1480000")]


def test_amounts_for_each_of_several_and_lists_whose_rest_is_elsewhere_are_no_parts():
    each = process_text("某县获省追加衔接资金奖励\n省里另拿出2.4亿元，对16个县追加奖励。其中，甲县、乙县等8个县各追加奖励2000万元；"
                        "丙县、丁县等8个县各追加奖励1000万元。\n", year=2023)
    assert not _errors(each)
    rest = process_text("某县2024年新型农村集体经济项目资金使用计划\n每村补助标准不低于100万元，其中中央财政资金30万元、省级财政资金50万元，"
                        "其余差额由市、县财政补足，各级财政资金计划投入合计600万元。\n", year=2024)
    assert not _errors(rest)


def test_a_total_written_as_a_count_and_an_amount_checks_both():
    doc = process_text("关于下达2024年度第十批财政衔接资金项目计划的通知\n本批计划共安排项目19个、资金170万元，其中产业发展项目10个105万元，"
                       "乡村建设行动项目8个65万元。\n", year=2024)
    assert _errors(doc, "parts_sum") == [("error", "19", "18")]


def test_the_levels_stated_with_the_total_are_its_parts():
    doc = process_text("关于再次公示下达财政衔接推进乡村振兴补助资金文件的通知\n现将原预下达至库沙新拜产业园的2025年兵团本级财政衔接推进乡村振兴补助资金"
                       "3734万元的文件再次公示。\n现向你们下达2025年财政衔接推进乡村振兴补助资金5664万元，其中：中央财政衔接推进乡村振兴补助资金"
                       "1921万元，兵团本级财政衔接推进乡村振兴补助资金3743万元。\n", year=2025)
    assert _errors(doc) == [("error", "37430000", "37340000")]


def test_a_county_name_two_provinces_share_is_settled_by_the_other_places_named():
    doc = process_text("重庆市江北区财政局关于2021年重点绩效评价情况的报告\n区人大常委会办公室：\n选取重庆市某中学改扩建项目等开展评价。\n", year=2021)
    assert (doc.county, doc.city, doc.province) == ("江北区", "重庆市", "重庆市")


def test_a_count_written_in_full_is_exact():
    doc = process_text("某县2024年项目计划\n共安排项目19个，其中产业项目10个、基础设施项目8个。\n", year=2024)
    found = [x for x in doc.findings if x.rule == "parts_sum"]
    assert [(x.severity, x.declared, x.computed) for x in found] == [("warning", "19", "18")]
    assert "舍入" not in found[0].message and "相差-1个" in found[0].message


def test_a_self_assessment_table_of_one_project_keeps_its_figures_to_that_project():
    doc = process_text("某某镇2023年度衔接资金项目绩效自评报告\n截至2023年12月31日，5个项目全部完工，累计支付资金598.46万元，资金支出率95.1%。\n"
                       "附件：项目支出绩效自评表\n项目名称\t某村中药材加工车间建设项目\n"
                       "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
                       "年度资金总额\t260\t260\t236.6\t10\t92.5%\t9.25\n", year=2023)
    fields = {(f.field, f.value) for f in doc.figures if f.field in ("funds_spent", "execution_rate")}
    assert fields == {("funds_spent", Decimal("5984600")), ("execution_rate", Decimal("95.1"))}


def test_a_level_named_in_a_cited_title_or_by_an_issuer_is_not_the_amounts():
    doc = process_text("某县2023年度中央水利发展资金绩效自评报告\n依据某财农指【2023】10号《关于下达2023年中央水利发展资金预算的通知》，"
                       "下达我县2023年中央水利发展资金2263万元；依据某财农指【2023】19号《关于下达2023年衔接资金（配套中央水利发展资金项目）"
                       "的通知》，下达我县2023年资金791万元。\n", year=2023)
    assert {f.text: f.fund_level for f in doc.figures}["791万元"] == ""
    issued = process_text("某市2018年扶贫资金绩效自评报告\n根据省财政厅《关于下达2018年第二批中央和省级财政专项扶贫资金的通知》，"
                          "市财政已收到上级奖励资金1150万元。\n", year=2018)
    assert issued.figures[0].fund_level != "provincial"


def test_persons_with_households_beside_them_are_checked_as_a_pair():
    text = ("某市2021年防止返贫监测帮扶工作情况\n全年新识别“三类对象”6189户{0}人，包括脱贫不稳定户1569户5781人、边缘易致贫户987户3114人、"
            "突发严重困难户3633户10487人。\n")
    assert _errors(process_text(text.format(19409), year=2021), "parts_sum") == [("error", "19409", "19382")]
    assert not _errors(process_text(text.format(19382), year=2021))
    classes = process_text("某县2023年项目绩效自评报告\n项目建成后可惠及群众1052户4075人，其中脱贫户55户174人、监测对象7户23人。\n", year=2023)
    assert not [x for x in classes.findings if x.severity == "error"]


def test_a_headlines_count_of_projects_against_the_first_the_body_states():
    doc = process_text("关于我市获得自治区乡村振兴发展补助资金逾3.8亿元、覆盖8个县区51个项目的情况报告\n市人民政府：\n"
                       "在本轮分配中，我市共获得自治区乡村振兴发展补助资金3.8425亿元，对应项目55个，覆盖8个县区。\n", year=2023)
    assert _errors(doc, "same_figure_differs") == [("warning", "51", "55")]
    assert [f.field for f in doc.figures if f.text == "3.8亿元"] == [""]


def test_a_county_level_citys_own_funds_close_its_list_of_levels():
    doc = process_text("巩义市2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n全年共投入各级财政衔接推进乡村振兴补助资金14380万元，其中：中央资金1836万元，"
                       "省级资金1682万元，郑州市市级资金6954万元，巩义市本级资金3908万元。\n", year=2023)
    assert {f.text: f.field for f in doc.figures}["3908万元"] == "funds_received_county"


def test_an_amount_written_again_in_brackets_with_another_value():
    text = "某县2022年小额贷款贴息项目绩效自评报告\n预算金额2.584271万元，实际支出2.584271万元（即{0}元）。\n"
    assert _errors(process_text(text.format("25482.71"), year=2022), "same_figure_differs") \
        == [("error", "25482.71", "25842.71")]
    assert not _errors(process_text(text.format("25842.71"), year=2022))


def test_an_investment_completion_rate_is_over_the_planned_investment_of_its_period():
    text = "某县2021年重点工程建设情况报告\n省级重点工程共6项，当年计划投资19亿元；1—12月份完成投资28.78亿元，投资完成率{0}%。\n"
    assert _errors(process_text(text.format("115.47"), year=2021)) == [("error", "115.47", "151.47")]
    assert not _errors(process_text(text.format("151.47"), year=2021))


def test_parts_of_the_funds_just_stated_handed_over_by_zhong():
    text = ("某省下达中央专项彩票公益金支持欠发达革命老区乡村振兴项目资金预算情况\n省财政厅决定下达项目资金预算指标12800万元。\n"
            "上述资金中，{0}万元补助新增示范区建设，甲县、乙县、丙县每县各4000万元；600万元支持获A等次的丁县示范区。\n")
    assert _errors(process_text(text.format(12000), year=2022), "parts_sum") == [("error", "128000000", "126000000")]
    assert not _errors(process_text(text.format(12200), year=2022))


def test_an_amount_only_planned_ends_a_list_of_parts():
    doc = process_text("某地区2017年援疆项目推进情况\n“交钥匙”项目中已完成12个，总投资11278万元，其中援疆资金10278万元，拟申请援疆资金22426万元。\n",
                       year=2017)
    assert not _errors(doc, "parts_sum")


def test_retention_money_that_is_all_that_is_left():
    text = ("某县2024年项目绩效自评报告\n当年投资4000万元，到位资金4000万元。截至2024年12月31日，已实际支付资金{0}万元，余下56.29万元为项目质保金。"
            "扣除质保金后，项目支付率为100%。\n")
    assert _errors(process_text(text.format("3934.71"), year=2024), "spent_plus_carryover") \
        == [("error", "40000000", "39910000")]
    assert not _errors(process_text(text.format("3943.71"), year=2024))


def test_an_amount_of_a_later_year_keeps_no_field_of_this_years():
    doc = process_text("某县2024年彩票公益金项目报告\n项目计划总投入资金5000万元：2024年下达中央彩票公益金4000万元，2025年计划再下达1000万元。\n",
                       year=2024)
    assert {f.text: (f.period, f.field) for f in doc.figures}["1000万元"][0] == "2025"
    assert not _errors(doc, "same_figure_differs")


def test_a_share_of_a_base_described_in_words_stated_before():
    text = ("某区2021年统筹整合资金绩效自评报告\n全区统筹整合涉农资金到位总规模为64458.18万元，其中列入统筹整合方案的资金53043.61万元。\n"
            "安排产业发展方面资金26602万元，占列入方案资金的{0}%。\n")
    assert _errors(process_text(text.format("50.51"), year=2021), "share") == [("error", "50.51", "50.15")]
    assert not _errors(process_text(text.format("50.15"), year=2021), "share")


def test_a_total_investment_against_its_unit_price_times_the_quantity():
    text = "关于某县2026年项目的公告\n1.某乡种植业基地配套建设项目：总投资{0}万元，本次安排资金310万元。建设内容：新建防渗渠4公里，按85万元/公里测算。\n"
    assert _errors(process_text(text.format(430), year=2026), "average") == [("warning", "4300000", "3400000")]
    assert not _errors(process_text(text.format(340), year=2026), "average")


def test_a_count_broken_down_by_source_of_funds():
    doc = process_text("某区2021年扶贫资金项目实施情况报告\n确定2021年度扶贫资金项目共8个。按资金来源分：甲资金项目2个，其中产业项目1个、基础设施项目1个；"
                       "乙资金项目4个；丙资金项目1个。\n", year=2021)
    assert _errors(doc, "parts_sum") == [("error", "8", "7")]


def test_levels_after_a_breakdown_by_level_inherit_the_totals_measure():
    text = ("某镇2023年度财政衔接资金项目绩效自评总结报告\n2023年我镇共获得财政衔接资金{0}万元。分级次看，中央专项衔接资金729.976万元，"
            "省级专项衔接资金360万元，市级资金170.615万元。\n")
    assert _errors(process_text(text.format("1206.591"), year=2023), "received_sum") \
        == [("error", "12065910", "12605910")]
    assert not _errors(process_text(text.format("1260.591"), year=2023))


def test_as_many_parts_as_the_sentence_counts_against_the_funds_received():
    text = ("某县2020年第三批财政专项扶贫资金项目计划公示\n本批下达我县财政专项扶贫资金合计917万元。\n项目计划共分为以下4个方面：\n"
            "第一部分为产业扶贫项目，投资149.4万元；\n第二部分为就业扶贫项目，投资104万元；\n第三部分为农牧村整体提升项目，投资{0}万元；\n"
            "第四部分为其他类项目，投资9万元。\n")
    assert _errors(process_text(text.format("645.6"), year=2020), "parts_sum") == [("error", "9170000", "9080000")]
    assert not _errors(process_text(text.format("654.6"), year=2020), "parts_sum")


def test_growth_from_an_earlier_value_to_a_later_one():
    text = "某市衔接资金绩效评价情况\n脱贫人口人均纯收入由2022年的17045元增加到2023年的19117元，同比增长{0}%。\n"
    assert _errors(process_text(text.format("12.3"), year=2023), "growth") == [("error", "12.3", "12.16")]
    assert not _errors(process_text(text.format("12.16"), year=2023), "growth")


def test_a_list_whose_lead_counts_its_items_is_complete():
    text = ("某县扶贫项目绩效自评抽查报告\n（二）抽查项目类型。抽查的财政专项扶贫项目共10个，分为两类：\n1．到人到户项目2个，即特色种养业奖补项目1500万元；\n"
            "2．到村产业扶贫项目{0}个，包括甲村蔬菜大棚147.8万元。\n其余抽查项目的情况见附表。\n")
    assert _errors(process_text(text.format(7), year=2019), "parts_sum") == [("error", "10", "9")]
    assert not _errors(process_text(text.format(8), year=2019), "parts_sum")


def test_two_totals_stated_with_the_same_part_or_count_of_projects():
    part = process_text("某市2017年统筹整合资金分配通知\n一、资金来源\n省财政厅向我市下达切块省补助资金9379.5万元，其中属于统筹整合涉农资金的为7560万元。\n"
                        "四、资金分配\n本次共下达省补助资金9397.5万元，其中纳入统筹整合的7560万元。\n", year=2017)
    # (two neighbouring digits swapped: one amount and a slip, an error although neither names its level)
    assert _errors(part, "same_figure_differs") == [("error", "93975000", "93795000")]
    count = process_text("某县2022年重点项目集中开工\n55个重点项目同时开工建设，项目总投资53.3亿元。\n"
                         "二、总体情况\n2022年全县计划实施投资项目55个，计划投资53.8亿元。\n", year=2022)
    assert _errors(count, "same_figure_differs") == [("warning", "5380000000", "5330000000")]
    siblings = process_text("某省2018年彩票公益金项目绩效自评报告\n二、项目情况\n（一）甲县。项目总投资2033.34万元，其中使用中央专项彩票公益金2000万元。\n"
                            "（二）乙县。项目总投资2221.65万元，其中中央专项彩票公益金2000万元。\n", year=2018)
    assert not _errors(siblings, "same_figure_differs")


def test_two_amounts_whose_digits_differ_by_a_swap_of_neighbours():
    text = ("某县2018年少数民族发展资金绩效自评报告\n一、资金情况\n全年安排少数民族工作专项经费{0}万元。\n"
            "二、项目实施\n乙村道路项目计划投资343.85万元，实际到位资金343.85万元。\n")
    assert _errors(process_text(text.format("348.35"), year=2018), "same_figure_differs") == \
        [("warning", "3438500", "3483500")]
    # other digits, or too few of them to tell a slip from two amounts
    assert not _errors(process_text(text.format("348.55"), year=2018), "same_figure_differs")
    short = "某县衔接资金绩效自评报告\n甲村安排12万元，乙村安排21万元，丙村安排1.2万元。\n"
    assert not _errors(process_text(short, year=2023), "same_figure_differs")
    counts = ("某市东西部协作工作总结\n一、总体情况\n目前我市16个区参与对甘肃省{0}个县的对口帮扶。\n二、结对情况\n"
              "我市16个区共参与对甘肃省43个县的对口帮扶。\n")
    assert _errors(process_text(counts.format(34), year=2024), "same_figure_differs") == [("warning", "43", "34")]
    assert not _errors(process_text(counts.format(43), year=2024), "same_figure_differs")
    one_list = "某市2024年林业局部门整体支出绩效自评报告\n甲林场21个，乙国有林场14个，丙国有林场12个，丁林场8个。\n"
    assert not _errors(process_text(one_list, year=2024), "same_figure_differs")
    siblings = ("某省2018年项目绩效自评报告\n二、项目情况\n（一）甲区。规划覆盖31个贫困村，新建道路。\n"
                "（二）乙市。规划覆盖13个贫困村，新建道路。\n")
    assert not _errors(process_text(siblings, year=2018), "same_figure_differs")


def test_what_an_item_spent_and_what_is_left_of_it_make_up_its_funds():
    text = ("某县2021年整合资金项目绩效自评报告\n1.小额信贷贴息项目\n经批复的项目共3个，总投资1127.353372万元，资金来源中整合资金"
            "1046.32万元、收回后重新分配的资金81.033372万元。项目实际使用资金{0}万元，结余58.363856万元已全部收回。\n")
    assert _errors(process_text(text.format("1068.899516"), year=2021), "spent_plus_carryover") == \
        [("warning", "11273533.72", "11272633.72")]
    assert not _errors(process_text(text.format("1068.989516"), year=2021), "spent_plus_carryover")


def test_a_list_of_counts_that_names_its_items_goes_on_over_clauses():
    text = ("某县2025年少数民族发展任务完成情况\n纳入年度实施计划的项目{0}个，其中优势产业项目5个，分别为甲村暖棚建设、平房子镇三台村冷棚建设、"
            "乙村育肥羊养殖基地、丙村农文旅融合、民族手工艺培训；改善民生项目4个，分别为丁村水泥路硬化、戊村水泥路硬化、己村配套设施、庚村新建水泥路。\n")
    assert _errors(process_text(text.format(10), year=2025), "parts_sum") == [("warning", "10", "9")]
    assert not _errors(process_text(text.format(9), year=2025), "parts_sum")


def test_a_list_of_counts_each_with_its_own_amount_goes_on_over_clauses():
    text = ("某县2023年衔接资金项目实施情况\n从项目库中选取并实施项目{0}个，其中：产业发展项目148个，投入资金16,032.5万元，占资金总额的"
            "55.95%；基础设施项目96个，投入资金9,871.4万元；其他项目19个（含雨露计划、小额信贷贴息等），投入资金2,750.3万元。\n")
    assert _errors(process_text(text.format(264), year=2023), "parts_sum") == [("warning", "264", "263")]
    assert not _errors(process_text(text.format(263), year=2023), "parts_sum")
    # a clause that breaks the pattern leaves the list unread, not short
    broken = text.replace("其他项目19个（含雨露计划、小额信贷贴息等），投入资金", "其他项目19个，带动1200户，投入资金")
    assert not _errors(process_text(broken.format(264), year=2023), "parts_sum")


def test_shares_said_to_be_respectively_of_the_amounts_before_them():
    text = ("某省2019年统筹整合资金工作情况\n全省20个贫困县整合各类财政涉农资金53.1亿元。\n今年20个贫困县安排整合资金{0}亿元用于241个"
            "农业生产发展项目，分别占整合资金总数的53.75%和总项目数的56.05%。\n")
    assert _errors(process_text(text.format("25.84"), year=2019), "share") == [("error", "53.75", "48.66")]
    assert not _errors(process_text(text.format("28.54"), year=2019), "share")


def test_an_average_per_household_or_person_over_the_periods_count_and_total():
    text = ("某区2022年小额信贷贴息公告\n2022年，全区分6批次为7171户脱贫户和监测对象兑付了贴息资金，其中监测对象177户、脱贫户6994户；"
            "本年度共计兑付1300万元，户均贴息{0}元。\n")
    assert _errors(process_text(text.format("1821.86"), year=2022), "average") == [("error", "1821.86", "1812.86")]
    assert not _errors(process_text(text.format("1812.86"), year=2022), "average")
    dividend = ("某县2020年资产收益扶贫情况\n带动贫困户169户419人参与收益分红，分红总额13.392万元，人均分红{0}元。\n")
    assert _errors(process_text(dividend.format("319"), year=2020), "average") == [("error", "319", "319.62")]
    assert not _errors(process_text(dividend.format("319.62"), year=2020), "average")


def test_a_rate_of_works_started_over_the_works_planned():
    text = "某地2015年援疆工作进展\n本年度计划新建项目1022个，目前已开工934个，开工率{0}%。\n"
    assert _errors(process_text(text.format("92.3"), year=2015)) == [("error", "92.3", "91.39")]
    assert not _errors(process_text(text.format("91.39"), year=2015))


def test_a_total_said_to_be_made_of_the_amounts_after_it():
    text = ("某市2021年革命老区转移支付资金使用情况\n上级下达我市2021年革命老区转移支付资金共计8364.8万元，由革命老区转移支付补助资金"
            "2827万元和原中央苏区转移支付补助资金{0}万元两部分组成。\n")
    assert _errors(process_text(text.format("5573.8"), year=2021), "parts_sum") == [("error", "83648000", "84008000")]
    assert not _errors(process_text(text.format("5537.8"), year=2021), "parts_sum")


def test_a_share_of_the_amount_stated_above_by_its_noun():
    text = ("某市涉农资金审计结果\n2018—2020年，市财政在高标准农田建设等方面累计投入资金31074.26万元。审计组重点抽查涉农专项资金"
            "9305.58万元，占上述投入的{0}%。\n")
    assert _errors(process_text(text.format("29.94"), year=2020), "share") == [("error", "29.94", "29.95")]
    assert not _errors(process_text(text.format("29.95"), year=2020), "share")


def test_a_list_after_qizhong_colon_runs_over_the_clauses_to_the_end_of_its_period():
    text = ("某区2020年视频监控项目绩效目标\n计划安装软硬件设备共{0}套，其中：总平台安装设备558套；综治分平台安装设备1488套，"
            "公安分平台安装设备34套；前端补点安装设备14666台（套）；精品社区设备242套。年度目标为完成总投入的30%。\n")
    assert _errors(process_text(text.format(16954), year=2020), "parts_sum") == [("error", "16954", "16988")]
    assert not _errors(process_text(text.format(16988), year=2020), "parts_sum")
    money = ("某县2023年衔接资金使用情况\n全年共安排衔接资金1000万元，其中：产业发展600万元，含种植业200万元；基础设施300万元；"
             "项目管理费{0}万元。\n")
    assert not _errors(process_text(money.format(100), year=2023), "parts_sum")
    assert _errors(process_text(money.format(150), year=2023), "parts_sum")


def test_a_rate_spent_and_the_rate_left_of_the_same_money_add_up_to_100():
    text = ("某县2019年整合资金支出进度通报\n一、支出情况\n截至2019年12月18日，各单位共支出整合资金21621.62万元，支出进度为{0}%。"
            "其中，县级部门支出10282.59万元，进度89.45%；乡镇支出11339.03万元，进度85.51%。\n二、结余情况\n"
            "截至2019年12月18日，整合资金尚有结余3134.51万元，结余率12.66%。其中县级部门结余率10.55%；乡镇结余率14.49%。\n")
    assert _errors(process_text(text.format("83.74"), year=2019), "execution_rate") == [("warning", "83.74", "87.34")]
    assert not _errors(process_text(text.format("87.34"), year=2019), "execution_rate")


BY_DIMENSION = [
    # a breakdown by a dimension in the total's sentence
    ("当年转贷上级发行的政府债券39272万元，分为一般债券19609万元、专项债券9000万元和再融资债券{0}万元。", "10663", "10683"),
    ("安排用于产业发展的衔接资金合计7739万元，按来源分，中央资金3138万元，省级资金2501万元，本级资金{0}万元。", "2100", "2200"),
    ("省财政分三批下达我县衔接资金共计1,309.65万元，第一批620万元，第二批435.2万元，第三批{0}万元。", "254.45", "264.45"),
    # …or in the sentences after it
    ("共支出整合资金21621.62万元。分实施主体看，县级部门支出10282.59万元；乡镇支出{0}万元。", "11339.03", "11439.03"),
    ("本批次共安排项目23个，涉及资金1214万元。按项目类别分：产业发展类项目16个，资金827万元；乡村建设类项目5个，资金225万元；"
     "就业类项目{0}个，资金162万元。", "2", "3"),
    ("全县计划实施投资项目55个，计划投资53.8亿元。按类别分，基础设施项目27个，产业发展项目11个，民生项目{0}个。", "17", "18"),
    # a total's sources, and counts listed beside the amount that stands between them and their total
    ("项目总投资510万元，来源为：中央财政衔接资金405万元，省级财政衔接资金95万元，县级配套资金{0}万元。", "10", "20"),
    ("全县项目库共入库项目186个，估算投资3.82亿元，其中产业发展类112个、基础设施类51个、其他类{0}个。", "23", "33"),
    ("实施衔接资金项目124个，其中产业发展项目57个、投入资金13206.5万元，基础设施项目49个，其他项目{0}个。", "18", "28"),
    # works done and works not done yet
    ("112个项目中，已竣工验收104个，在建{0}个，在建项目年底前完工。", "8", "9"),
    ("142个项目中已完工88个，在建49个，未开工{0}个。", "5", "6"),
    # sources: raised, reallocated, named by 来源 in several ways
    ("项目总投资600万元，其中使用中央衔接资金559万元，多方筹措资金{0}万元。", "41", "51"),
    ("总投资1127.353372万元，资金来源中整合资金1046.32万元、收回后重新分配的资金{0}万元。", "81.033372", "81.133372"),
    ("共有项目5个，总投资20388万元，资金来源为地方政府债券资金15000万元和地方配套{0}万元。", "5388", "5288"),
    ("前期费用一并列入，合计资金310万元。资金来源：中央衔接资金212万元（浙财农〔2023〕11号），历年结余资金{0}万元。", "98", "88"),
    # levels in the next sentence, after 其中 with no comma, each with its document number
    ("共安排项目15个，批复资金2356.7万元。其中中央资金363万元（豫财农综〔2024〕22号）；省级资金358万元（豫财农综〔2024〕22号）；"
     "市级资金754.6万元（郑财预〔2025〕2号）；县级资金{0}万元（牟财预〔2025〕1号）。", "881.1", "891.1"),
    # one level's batches in the next sentence, with that level's amount among others
    ("2022年到位中央资金1516万元，省级资金1346.5万元。省级资金分两批下达，分别为第一批986.5万元（闽财农指〔2022〕12号）、第二批"
     "{0}万元（闽财农指〔2022〕45号）。", "360", "370"),
    # a share between the total and its 其中
    ("全县到位中央衔接资金15587万元、省级衔接资金7926万元。产业项目共安排资金14343.83万元，占到位资金的61.0%，其中中央资金"
     "9504.83万元、省级资金{0}万元。", "4839", "4939"),
]


@pytest.mark.parametrize("sentence, holds, differs", BY_DIMENSION)
def test_a_total_broken_down_by_a_dimension(sentence, holds, differs):
    text = "某县2023年衔接资金绩效自评报告\n" + sentence + "\n"
    assert not _errors(process_text(text.format(holds), year=2023), "parts_sum")
    assert [e[0] for e in _errors(process_text(text.format(differs), year=2023), "parts_sum")] == ["error"]


def test_a_change_stated_after_the_earlier_amount_it_is_over():
    text = "某县2023年衔接资金绩效自评报告\n县级财政安排衔接资金4,000万元，比上年的3,600万元增加{0}万元，增长11.1%。\n"
    assert _errors(process_text(text.format(500), year=2023), "growth") == [("error", "5000000", "4000000")]
    assert not _errors(process_text(text.format(400), year=2023), "growth")
    named_year = ("某县2023年衔接资金绩效自评报告\n2023年县级财政安排衔接资金2,150万元，比2022年安排的1,980万元增加{0}万元。\n")
    assert _errors(process_text(named_year.format(180), year=2023), "growth") == [("error", "1800000", "1700000")]
    assert not _errors(process_text(named_year.format(170), year=2023), "growth")
    before = ("某县2023年衔接资金绩效自评报告\n2023年衔接资金中，中央资金9000万元，县级资金820万元。县级资金较上年760万元"
              "增加{0}万元，增长7.89%。\n")
    assert _errors(process_text(before.format(70), year=2023), "growth") == [("error", "700000", "600000")]
    assert not _errors(process_text(before.format(60), year=2023), "growth")
    again = "某县2023年衔接资金绩效自评报告\n县级预算安排衔接资金2300万元，2022年安排2150万元，同比多安排{0}万元。\n"
    assert _errors(process_text(again.format(160), year=2023), "growth") == [("error", "1600000", "1500000")]
    assert not _errors(process_text(again.format(150), year=2023), "growth")


def test_a_levels_allocation_rate_is_over_the_same_levels_funds_received():
    text = ("某县2021年直达资金执行情况\n截至2021年9月底，全县共收到直达资金合计120947.08万元（中央113453.62万元、省级6329.42万元、"
            "市级1164.04万元）。\n到2021年9月30日，直达资金已分配下达预算113816.58万元。分级看：中央106475.27万元，分配进度93.8%；"
            "省级6185.44万元，分配进度{0}%；市级1155.87万元，分配进度99.3%。分类别看：一般性转移支付已分配16887.11万元。\n")
    assert _errors(process_text(text.format("96.7"), year=2021)) == [("error", "96.7", "97.73")]
    assert not _errors(process_text(text.format("97.7"), year=2021))


def test_items_whose_amounts_hold_a_bracketed_breakdown():
    graded = ("某局2023年项目绩效自评情况\n2023年我局预算安排专项资金项目共计113个，财政资金3267.28万元。按自评等次分：自评为优的项目79个，"
              "财政资金{0}万元；自评为良的项目11个，财政资金201.9万元；自评为中的项目3个，财政资金7万元；自评为差的项目20个，"
              "财政资金218.07万元（其中人才项目16个、49万元）。\n")
    assert _errors(process_text(graded.format("3038.38"), year=2023), "parts_sum")[0][0] == "warning"
    assert not _errors(process_text(graded.format("2840.31"), year=2023), "parts_sum")
    own_funds = ("某县2025年彩票公益金项目安排公告\n我县2025年度彩票公益金已到位1000万元，分配如下。\n一、甲项目。投入310万元。\n"
                 "二、乙项目。投入329万元（其中：中彩资金325万元，村级自筹资金4万元）。\n三、丙项目。投入365万元。\n")
    assert not [e for e in _errors(process_text(own_funds, year=2025), "parts_sum") if e[1] == "10000000"]


def test_a_share_of_a_whole_named_by_a_synonym():
    text = ("某县2020年债券项目计划\n该计划共有项目5个，总投资20388万元，资金来源为地方政府债券资金。\n"
            "4.农田水利设施建设项目1个，375万元，占资金总额的{0}%。\n")
    assert _errors(process_text(text.format("1.9"), year=2020), "share") == [("error", "1.9", "1.84")]
    assert not _errors(process_text(text.format("1.84"), year=2020), "share")


def test_some_classes_far_below_their_total_claim_no_sum():
    text = ("某县2023年衔接资金绩效自评报告\n全年实施衔接资金项目204个。其中产业发展项目112个，使用衔接资金22,630万元；"
            "以工代赈方式实施项目9个，发放劳务报酬1,364.5万元。\n")
    assert not _errors(process_text(text, year=2023), "parts_sum")


def test_a_count_of_places_right_after_their_names():
    text = "某市2020年扶贫资金使用情况\n帮扶资金投向湖东、青山、姥山{0}个村的扶贫车间。\n"
    assert _errors(process_text(text.format("四"), year=2020), "parts_sum") == [("error", "4", "3")]
    assert not _errors(process_text(text.format("三"), year=2020), "parts_sum")
    described = "某省2023年衔接资金分配\n对绩效评价好、利益联结机制规范、联农带农成效突出的16个县追加奖励。\n"
    assert not _errors(process_text(described, year=2023), "parts_sum")
    cities = "某省2018年扶贫工作进展\n北京市在原帮扶张家口、承德、保定{0}个县的基础上扩大帮扶范围。\n"
    assert not _errors(process_text(cities.format(16), year=2018), "parts_sum")    # the counties are in the cities
    assert not _errors(process_text(cities.format(3), year=2018), "parts_sum")


def test_stages_of_one_thing_are_no_parts_of_another_things_count():
    text = ("某县2018年脱贫攻坚工作总结\n拓宽销售渠道：在大中城市设立直销窗口{0}个；贫困村村级电商服务站建成35个、在建20个；"
            "发展各类网店369个。\n")
    assert not _errors(process_text(text.format(26), year=2018), "parts_sum")
    done = "某县2023年衔接资金绩效自评报告\n112个项目中，已竣工验收104个，在建{0}个。\n"
    assert _errors(process_text(done.format(7), year=2023), "parts_sum") == [("error", "112", "111")]
    assert not _errors(process_text(done.format(8), year=2023), "parts_sum")


def test_what_is_no_part_of_a_total():
    larger = ("某区2024年结余资金调整公告\n本次调整涉及的结余资金合计87.680651万元，其中结余较多的为产业奖补项目（下达400万元，"
              "结余69.76万元）。\n")
    assert not _errors(process_text(larger, year=2024), "parts_sum")
    two_things = ("某县2025年衔接资金推进会讲话\n第一批产业项目已开工39个、已完工14个，其中甲镇的7个产业项目已全部开工、完工4个，"
                  "乙镇的6个产业项目已全部开工、完工1个。\n")
    assert not _errors(process_text(two_things, year=2025), "parts_sum")


def test_amounts_in_the_bracket_after_a_comparison_are_the_earlier_years():
    doc = process_text("某县2025年衔接资金推进会讲话\n2025年衔接资金已到位26998.845万元，由中央衔接资金12675.6万元、"
                       "县级预算安排资金4900万元等组成；与去年相比（中央12663.3万元、县级预算安排4890万元），各级投入都在加大。\n",
                       year=2025)
    periods = {f.text: f.period for f in doc.figures}
    assert periods["12663.3万元"] == periods["4890万元"] == "2024" and periods["4900万元"] == "2025"
    assert not _errors(doc, "same_figure_differs")


def test_a_progress_of_payment_is_a_rate():
    text = ("某区2020年老旧小区改造专项资金绩效自评报告\n上述区级年初预算200万元专项资金，已按施工进度及时足额拨付66.86万元，"
            "资金拨付进度达到{0}%。\n")
    # the execution rate of the budget its sentence names (上述…年初预算200万元)
    assert [e[:2] for e in _errors(process_text(text.format(100), year=2020))] == [("error", "100")]
    assert not _errors(process_text(text.format("33.43"), year=2020))


def test_a_breakdown_under_the_next_heading_is_not_the_totals():
    text = ("某县2022年衔接资金绩效自评报告\n县级安排资金较2021年的486万元增长5.6%。\n（二）资金分配。按项目类别划分，产业发展类项目"
            "安排2863.5万元，基础设施类项目安排1904.2万元，合计4767.7万元。\n")
    assert not _errors(process_text(text, year=2022), "parts_sum")


def test_the_rest_after_the_shares_of_one_whole_makes_100():
    text = "某区2017年光伏扶贫项目情况\n项目年均收益5万元左右，其中70%分配给贫困户，其余{0}%的收益用于村级公益事业。\n"
    assert _errors(process_text(text.format(20), year=2017), "share") == [("error", "20", "30")]
    assert not _errors(process_text(text.format(30), year=2017), "share")
    staged = "某县2017年水利资金绩效自评报告\n资金分段拨付：完工后先拨付80%，审计决算后再拨付15%，余下的{0}%留作质量保证金。\n"
    assert _errors(process_text(staged.format(10), year=2017), "share") == [("error", "10", "5")]
    assert not _errors(process_text(staged.format(5), year=2017), "share")


def test_a_rate_over_the_funds_carried_over_into_the_year():
    text = ("某县2024年项目支出绩效自评报告\n本项目全年可执行的结转预算资金合计680.315万元，全年实际执行233.64万元，"
            "预算执行率为{0}%。\n")
    assert not _errors(process_text(text.format("34.3"), year=2024))
    assert _errors(process_text(text.format("43.3"), year=2024))


def test_items_that_began_in_the_totals_paragraph_end_with_it():
    text = ("某区2023年项目计划\n拟实施3大类共26个项目，资金规模合计7359万元。分类来看：产业发展类项目10个，资金规模6172.241508万元；"
            "乡村建设类项目14个，资金规模1082.631485万元；其他类项目2个，资金规模104.127007万元。\n"
            "一、产业发展类（10个、资金规模6172.241508万元）\n")
    assert not _errors(process_text(text, year=2023), "parts_sum")


def test_a_count_of_places_against_the_names_listed_after_it():
    text = ("某市2016年度美丽乡村建设试点村确定\n省试点村名单公示期满，我市共有{0}个村被正式确定为试点村。\n这些村是：甲区乙镇丙村、"
            "甲区丁乡长风社区、戊县己镇庚村、辛县壬镇癸村。\n")
    assert _errors(process_text(text.format(5), year=2016), "parts_sum") == [("error", "5", "4")]
    assert not _errors(process_text(text.format(4), year=2016), "parts_sum")
    partial = text.format(5).replace("癸村。", "癸村等。")
    assert not _errors(process_text(partial, year=2016), "parts_sum")


def test_the_rest_of_a_total_after_what_was_paid_of_it():
    text = ("某区关于拨付2022年度第二批市级补助资金的通知\n2022年度全区市级补助资金应拨付总额为544万元，此前已拨出285万元。"
            "按照考核结果，现将剩余的第二批市级补助资金{0}万元拨付给你们。\n")
    assert _errors(process_text(text.format(249), year=2022), "parts_sum") == [("warning", "5440000", "5340000")]
    assert not _errors(process_text(text.format(259), year=2022), "parts_sum")


def test_a_heading_that_hands_its_amount_over_to_its_items():
    text = ("某区2025年第一期衔接资金分配方案公告\n一、资金分配\n（二）安排183万元作为各单位的项目管理费，分配如下：\n1.甲镇项目管理费，计划安排20万元；\n"
            "2.乙镇项目管理费，计划安排30万元；\n3.农业农村局项目管理费，计划安排{0}万元。\n")
    assert _errors(process_text(text.format(143), year=2025), "parts_sum") == [("error", "1830000", "1930000")]
    assert not _errors(process_text(text.format(133), year=2025), "parts_sum")


def test_parts_of_the_items_the_sentence_names_in_zhong():
    doc = process_text("某县财政局关于重点绩效评价结果的通知\n在这24个项目中，评价等级为“优”的有6个，为“良”的有17个。\n", year=2024)
    assert _errors(doc, "parts_sum") == [("warning", "24", "23")]


def test_a_rate_of_works_done_over_the_works_planned_before():
    text = ("某省2019年农村饮水安全巩固提升工作进展通报\n计划新建集中供水工程790处，建设分散供水工程3012处。\n截至3月31日，各项工作进展如下。\n"
            "全省已有62个县（区）发布了招标公告，完成招标的工程738处，招标完成率{0}%。\n")
    assert _errors(process_text(text.format(95), year=2019)) == [("error", "95", "93.42")]
    assert not _errors(process_text(text.format(93), year=2019))


def test_a_rate_of_works_finished_over_the_task_set():
    text = ("某省2019年住房安全保障进展情况\n截至9月底，全省下达危房改造任务6200户，实际开工6900户，已竣工6100户，竣工率为{0}%。\n")
    assert _errors(process_text(text.format(90), year=2019)) == [("error", "90", "88.41")]
    assert not _errors(process_text(text.format(98.4), year=2019))
    started = "某市2020年深度贫困乡镇项目进展\n截至5月底，累计开工规划项目1800个，已完工1650个，已完工的项目对应的完工率为{0}%。\n"
    assert _errors(process_text(started.format(93.67), year=2020)) == [("error", "93.67", "91.67")]
    assert not _errors(process_text(started.format(91.67), year=2020))
    listed = process_text("关于安排衔接资金的通知\n从中央衔接资金中安排4127万元（其中新型农村集体经济任务资金100万元），连同省级衔接资金356万元、"
                          "市级衔接资金200万元，共计{0}万元。\n".format(4683), year=2025)
    assert not _errors(listed, "parts_sum")
    qi_zhong = process_text("关于下达衔接资金的通知\n已向我区下达衔接资金918万元，其中中央专项资金814万元，省级专项资金104万元（内含边境补助33万元）。\n",
                            year=2023)
    assert not _errors(qi_zhong, "parts_sum")


def test_growth_is_of_the_subject_not_of_the_base_of_a_share_between():
    doc = process_text("某县2019年预算执行审计报告\n国有资产经营收入220万元，为年初预算150万元的146.67%，比上年的120万元增加100万元，增长83.33%。\n",
                       year=2019)
    assert not _errors(doc, "growth")


def test_a_count_against_its_items_one_per_line():
    text = ("关于少数民族发展资金项目的公示\n经区政府审核同意，我区今年拟建设项目{0}个：\n一是建设文化传承展示中心，预计投入资金87万元；\n"
            "二是对特色产业园进行改造，预计投入资金45万元；\n三是建设村卫生室，预计投入资金15万元。\n以上项目接受社会监督。\n")
    assert _errors(process_text(text.format(4), year=2019), "parts_sum") == [("error", "4", "3")]
    assert not _errors(process_text(text.format(3), year=2019))


def test_a_share_of_the_budget_an_amount_completes():
    text = "某县2019年预算执行情况审计报告\n一般公共预算财政总支出379,347万元，完成年初预算391,267万元的{0}%，较上年多支出39,010万元。\n"
    assert _errors(process_text(text.format("95.96"), year=2019), "share") == [("error", "95.96", "96.95")]
    assert not _errors(process_text(text.format("96.95"), year=2019), "share")


def test_a_share_set_by_rule_restated_as_the_amount_it_comes_to():
    text = ("某县以工代赈项目资金计划下达通知\n本次下达以工代赈项目资金计划676万元，全部为中央预算内投资（676万元）。劳务报酬必须按不低于中央投资30%的"
            "比例发放，即不低于{0}万元。\n")
    assert _errors(process_text(text.format(206), year=2025), "share") == [("error", "2060000", "2028000")]
    assert not _errors(process_text(text.format("202.8"), year=2025))


def test_stages_of_work_are_no_partition_of_a_count():
    doc = process_text("某县统筹整合资金项目进展\n截至目前，34个涉农资金项目中已批复24个，其中开工19个、完工4个。\n", year=2020)
    assert not _errors(doc, "parts_sum")


def test_a_section_of_sources_against_the_total_stated_before_it():
    text = ("某市财政局扶贫资金公示\n到7月11日为止，我市已投入财政专项扶贫资金2947.76万元，将有关情况公示如下：\n一、资金来源\n"
            "1.中央、省资金1266.8万元；\n2.市级资金{0}万元；\n3.本级投入资金893.2万元。\n二、分配原则\n按轻重缓急审批安排。\n")
    assert _errors(process_text(text.format("778.76"), year=2018), "parts_sum") == [("error", "29477600", "29387600")]
    assert not _errors(process_text(text.format("787.76"), year=2018), "parts_sum")


def test_a_county_renamed_after_the_tables_edition_is_known_by_its_new_name():
    doc = process_text("关于孟津区2022年衔接资金分配情况的公告\n2022年，孟津区安排衔接资金500万元。\n", year=2022)
    assert (doc.county, doc.city, doc.province) == ("孟津区", "洛阳市", "河南省")


@pytest.mark.parametrize("name, city", [("嫩江市", "黑河市"), ("龙南市", "赣州市"), ("兴仁市", "黔西南布依族苗族自治州")])
def test_a_county_made_a_city_after_the_tables_edition_is_known_by_its_new_name(name, city):
    doc = process_text(f"{name}2024年度衔接推进乡村振兴补助资金绩效自评报告\n2024年，{name}共筹集衔接资金1.1亿元。\n", year=2024)
    assert (doc.county, doc.city) == (name, city)


def test_a_district_made_of_a_county_after_the_tables_edition_is_known_under_its_city():
    doc = process_text("西宁市湟中区2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告\n2023年湟中区到位衔接资金2.1863亿元。\n", year=2023)
    assert (doc.county, doc.city, doc.province) == ("湟中区", "西宁市", "青海省")


def test_two_wholes_of_one_named_fund_arranged_with_two_values():
    text = ("某县2016年统筹整合财政涉农资金情况\n2016年全县共统筹整合财政涉农资金4.1亿元，已支出3亿元。\n"
            "县里把98项财政资金纳入整合范围，全年累计整合资金{0}万元。\n")
    assert _errors(process_text(text.format("46142.69"), year=2016), "same_figure_differs") \
        == [("warning", "461426900", "410000000")]
    assert not _errors(process_text(text.format("41142.69"), year=2016), "same_figure_differs")


def test_a_share_of_all_the_funds_a_noun_names_loosely():
    text = ("新疆加大涉农整合资金投入\n2019年1月至8月，已累计向32个贫困县投入统筹整合使用的财政涉农资金236.26亿元。\n"
            "其中下达到22个深度贫困县的资金共计220.03亿元，占全部整合资金的{0}%。\n")
    assert _errors(process_text(text.format("95.13"), year=2019), "share") == [("error", "95.13", "93.13")]
    assert not _errors(process_text(text.format("93.13"), year=2019), "share")


def test_a_paragraphs_total_against_the_first_amount_of_each_sentence_above_it():
    text = ("关于提前下达衔接资金的通知\n省财政厅已向我区下达衔接资金918万元，其中中央专项资金814万元，省级专项资金104万元（内含边境补助33万元）。"
            "管委会财政同步提前安排本级衔接资金197万元；统筹用于产业项目。以上各级财政衔接资金合计{0}万元。\n")
    assert _errors(process_text(text.format(1097), year=2023), "parts_sum") == [("warning", "10970000", "11150000")]
    assert not _errors(process_text(text.format(1115), year=2023), "parts_sum")


def test_a_bracket_right_after_a_total_lists_its_parts():
    text = "某县衔接资金使用情况\n截至目前，全县衔接资金合计{0}万元（中央11345.36万元、省级632.94万元、市级116.04万元）。\n"
    assert _errors(process_text(text.format("12094.78"), year=2021), "parts_sum") == [("error", "120947800", "120943400")]
    assert not _errors(process_text(text.format("12094.34"), year=2021))
    # a bracket that closes before the next amount (a document number) opens no list
    numbered = process_text("某县衔接资金使用情况\n其中中央资金525万元（豫财农综〔2024〕22号），市级资金64万元（郑财预〔2025〕2号），"
                            "县级资金883.2万元。\n", year=2025)
    assert not _errors(numbered, "parts_sum")


def test_a_list_of_kinds_each_with_its_count_beside_its_amount():
    text = ("某镇扶贫项目资金使用情况\n全镇安排扶贫项目资金共1640万元，分为四大类：安全饮水项目9个，资金规模107万元；村组道路项目70个，"
            "资金规模1182万元；农田水利项目35个，资金规模251万元；农业产业项目3个，资金规模{0}万元。\n")
    assert _errors(process_text(text.format(110), year=2019), "parts_sum") == [("error", "16400000", "16500000")]
    assert not _errors(process_text(text.format(100), year=2019))


def test_parts_in_the_sentence_after_the_total_never_exceed_it():
    text = ("关于下达衔接资金的公告\n市财政局将2023年第一批市本级财政衔接推进乡村振兴补助资金15万元下达至我区。其中：幸福屋场项目奖补资金5万元，"
            "村级产业发展帮扶项目资金{0}万元。\n")
    assert _errors(process_text(text.format(12), year=2023), "parts_sum") == [("error", "150000", "170000")]
    assert not _errors(process_text(text.format(10), year=2023))
    # some of the total, and a part's own part in brackets, are no contradiction
    bracketed = process_text("关于下达衔接资金的公告\n我区获得提前批中央和市级衔接资金共1214万元。其中，中央资金984万元（含发展新型农村集体经济资金70万元），"
                             "市级资金230万元。\n", year=2026)
    assert not _errors(bracketed)


def test_an_average_per_person_of_the_pay_stated_in_total():
    text = "以工代赈示范工程情况\n本批工程计划组织当地群众{0}人参与建设，预计发放劳务报酬396万元，人均增收1.34万元。\n"
    assert _errors(process_text(text.format(269), year=2025), "average") == [("error", "13400", "14721.19")]
    assert not _errors(process_text(text.format(296), year=2025))
    # income per person with no pay stated is not the funds invested over the persons
    invested = "产业项目投入资金2936.4万元，带动脱贫人口1386人增收，人均增收1120元。\n"
    assert not _errors(process_text("某县衔接资金绩效自评报告\n" + invested, year=2023))


def test_an_average_per_village_of_the_total_stated_before():
    text = "某区资产收益扶贫自评\n2019年全区财政共投入2380万元，重点实施三类项目。\n全区38个贫困村平均每村投入财政专项扶贫资金{0}万元。\n"
    assert _errors(process_text(text.format("63.62"), year=2019), "average") == [("warning", "636200", "626315.79")]
    assert not _errors(process_text(text.format("62.63"), year=2019))


def test_the_shares_an_amount_is_split_into_are_at_most_all_of_it():
    text = "驻村工作队工作总结\n电站每年可实现发电收益19.5万元，按照村里确定的分配办法，其中40%计入村集体收入，{0}%用于发放公益岗位人员工资。\n"
    assert _errors(process_text(text.format(65), year=2020), "parts_sum") == [("error", "100", "105")]
    assert not _errors(process_text(text.format(60), year=2020))
    # rates of the parts of an amount are no shares of it
    rates = process_text("某县衔接资金绩效自评报告\n全年到位资金500万元，其中中央资金支出率95%，省级资金支出率98%。\n", year=2023)
    assert not _errors(rates, "parts_sum")


def test_works_done_and_not_done_right_after_the_count_of_the_works():
    text = "某县衔接资金绩效自评报告\n{0}个项目全部开工，已完工61个，完工率95.31%；未完工的3个项目为跨年度项目。\n"
    assert _errors(process_text(text.format(65), year=2023), "parts_sum") == [("error", "65", "64")]
    assert not _errors(process_text(text.format(64), year=2023), "parts_sum")
    rectified = "某县衔接资金绩效自评报告\n反馈问题4个，已整改完成3个，剩余{0}个正在整改。\n"
    assert _errors(process_text(rectified.format(2), year=2023), "parts_sum") == [("error", "4", "5")]
    assert not _errors(process_text(rectified.format(1), year=2023))


def test_parts_handed_over_by_the_totals_measure_and_a_whole_total_going_to_one_use():
    received = "某省统筹整合资金情况\n全省已累计筹措到位资金95603万元，资金到位率45%。到位资金中，统筹整合财政资金76291万元，贷款和其他资金{0}万元。\n"
    assert _errors(process_text(received.format(19322), year=2019), "parts_sum") == [("error", "956030000", "956130000")]
    assert not _errors(process_text(received.format(19312), year=2019))
    used = "某旗产业园项目绩效自评\n全年实际支付2700万元，全部用于设备采购和软件开发，其中：服务中心建设项目200万元、专家工作站建设项目{0}万元。\n"
    assert _errors(process_text(used.format(2600), year=2022), "parts_sum") == [("error", "27000000", "28000000")]
    assert not _errors(process_text(used.format(2500), year=2022))


def test_the_counts_beside_amounts_that_add_up_are_all_of_the_total_count():
    text = ("某县衔接资金项目实施情况\n我县共安排项目6个，项目总投资1295万元。其中：基础设施建设项目3项，资金合计938万元；"
            "产业发展项目2项，资金合计307万元；项目管理{0}项，投资50万元。\n")
    assert _errors(process_text(text.format(2), year=2023), "parts_sum") == [("error", "6", "7")]
    assert not _errors(process_text(text.format(1), year=2023))


def test_a_list_that_goes_on_from_the_amount_before_it():
    text = ("某县财政决算情况说明\n全县一般预算总收入为399300万元；再加上年结余336万元、调入资金11020万元和动用的预算稳定调节基金487万元，"
            "收入总计{0}万元。\n")
    assert not _errors(process_text(text.format(411143), year=2021))
    assert _errors(process_text(text.format(411134), year=2021), "parts_sum") == [("error", "4111340000", "4111430000")]


def test_a_count_list_without_its_lead_whose_amounts_add_up():
    text = ("某区重点绩效评价情况\n此次评价的政策和项目合计11个，涉及资金33258.4万元。从评价结果看，评为“优”的项目有1项，涉及金额460万元；"
            "评为“良”的项目有{0}项，涉及金额21075.69万元；评为“中”的项目有4项，涉及金额11722.71万元。\n")
    assert _errors(process_text(text.format(7), year=2020), "parts_sum") == [("error", "11", "12")]
    assert not _errors(process_text(text.format(6), year=2020))


def test_a_quantity_written_again_in_another_unit():
    text = "某镇野菊花加工项目绩效自评\n全年加工野菊花7000000斤，折合{0}吨。\n"
    assert _errors(process_text(text.format(3800), year=2025), "same_figure_differs") == [("error", "3800", "3500")]
    assert not _errors(process_text(text.format(3500), year=2025))
    assert not _errors(process_text("某县高标准农田项目\n新建高标准农田1.2万亩，合800公顷。\n", year=2025))


def test_a_share_of_an_item_of_a_breakdown_is_of_the_total_before_its_lead():
    text = ("某县衔接资金项目计划\n共向我县下达衔接推进乡村振兴补助资金10836.87万元，其中含以工代赈资金304万元。分类别看：产业发展类项目5个，"
            "安排资金7052万元，产业资金所占比重为{0}%；乡村建设行动类项目9个，安排资金3480.87万元。\n")
    assert _errors(process_text(text.format("61.5"), year=2024), "share") == [("warning", "61.5", "65.07")]
    assert not _errors(process_text(text.format("65.07"), year=2024))


def test_the_batches_of_a_total_each_by_its_date():
    text = "某县商业建设行动资金情况\n共收到县域商业建设行动资金17980万元，即2022年10月提前下达16360万元，2023年6月再下达{0}万元。\n"
    assert _errors(process_text(text.format(1630), year=2023), "parts_sum") == [("error", "179800000", "179900000")]
    assert not _errors(process_text(text.format(1620), year=2023))


def test_the_share_of_earlier_funds_a_sentence_names_before_its_list():
    text = ("某省扶贫资金绩效自评报告\n省级预算安排财政专项扶贫资金共50308万元，其中扶贫发展40296万元。\n依照现行预算管理体制，上述资金中由我办"
            "管理的是扶贫发展方向的40296万元，具体用于以下方面：统筹精准扶贫资金33796万元，培训资金1500万元，生产发展资金{0}万元。\n")
    assert not _errors(process_text(text.format(5000), year=2017))
    assert _errors(process_text(text.format(5100), year=2017), "parts_sum") == [("error", "402960000", "403960000")]


def test_one_items_figures_after_a_lead_are_not_the_items():
    doc = process_text("某市以工代赈资金计划公示\n我市获得中央预算内以工代赈示范资金494万元，计划实施项目1个。具体为：\n1.某乡斗渠防渗改造工程。"
                       "项目总投资847万元，目前到位资金494万元，其中劳务报酬74万元。\n", year=2020)
    assert not _errors(doc, "parts_sum")


def test_a_bound_a_project_states_for_its_own_amounts():
    text = ("某市以工代赈资金计划公示\n1.某乡斗渠防渗改造工程。项目总投资847万元，目前到位资金494万元，其中劳务报酬{0}万元。工程对斗渠进行"
            "防渗改造。该项目安排的劳务报酬不低于总投资的15%，劳务报酬中的50%用于支付贫困户工资。\n")
    assert _errors(process_text(text.format(74), year=2020), "share") == [("warning", "15", "8.74")]
    assert not _errors(process_text(text.format(134), year=2020))


def test_a_bracket_that_compares_a_part_does_not_end_the_list():
    text = "某县乡村振兴工作总结\n系统内就业人口共59674人，其中脱贫人口58221人（为上年底的105.35%），边缘户{0}人。\n"
    assert _errors(process_text(text.format(1543), year=2021), "parts_sum") == [("error", "59674", "59764")]
    assert not _errors(process_text(text.format(1453), year=2021))


def test_more_than_an_amount_per_unit_is_of_all_units():
    doc = process_text("某村合作社分红情况\n合作社实现盈利23.4万元，平均每股分红2400元，其中带来村集体经济收入12万元。\n", year=2023)
    assert not _errors(doc)


def test_a_total_used_in_so_many_parts_after_a_colon():
    text = ("某市农村公益事业财政奖补资金分配公示\n我市本次分配的奖补资金为555万元，分两块使用：典型村绿化美化安排65万元，覆盖村庄不少于14个；"
            "连线成片建设提升村安排{0}万元，支持村数不少于5个。\n")
    assert _errors(process_text(text.format(500), year=2025), "parts_sum") == [("error", "5550000", "5650000")]
    assert not _errors(process_text(text.format(490), year=2025))


def test_a_floor_restated_in_brackets_as_the_amount_it_comes_to():
    text = "以工代赈项目公示\n本次下达的以工代赈资金计划375万元。发放的劳务报酬占国家下达资金计划的比例不得低于42%（即不少于{0}万元）。\n"
    assert _errors(process_text(text.format("165.50"), year=2026), "share") == [("error", "1655000", "1575000")]
    assert not _errors(process_text(text.format("157.50"), year=2026))


def test_a_total_made_of_the_parts_listed_after_a_colon():
    text = ("某县扶贫资金拨付函\n本次安排的扶贫资金共2600万元，由两部分组成：一是对口帮扶资金1200万元；二是县级财政扶贫资金{0}万元，"
            "其中包含地方政府债券资金500万元。\n")
    assert _errors(process_text(text.format(1300), year=2019), "parts_sum") == [("error", "26000000", "25000000")]
    assert not _errors(process_text(text.format(1400), year=2019))


def test_parts_handed_over_by_this_sum_of_money():
    text = "某县饮水安全工程资金\n我县一共获得农村饮水安全工程专项资金846万元。这笔资金中，中央预算内投资317万元，地方投资{0}万元。\n"
    assert _errors(process_text(text.format(519), year=2016), "parts_sum") == [("error", "8460000", "8360000")]
    assert not _errors(process_text(text.format(529), year=2016))


def test_levels_after_the_total_received_take_their_fields_though_they_do_not_add_up():
    text = ("某县2018年财政专项扶贫资金绩效自评报告\n2018年，我县共投入各级财政专项扶贫资金12276万元，其中中央财政投入{0}，"
            "省级财政投入2923万元，市级财政投入2147万元，县级财政投入6756万元。\n")
    for central in ("450万元", "450元"):
        fields = {f.field: f.text for f in process_text(text.format(central), year=2018).figures if f.field}
        assert fields["funds_received_central"] == central
        assert fields["funds_received_provincial"] == "2923万元"
        assert fields["funds_received_county"] == "6756万元"


def test_the_projects_a_total_counts_are_all_of_it():
    text = ("某市2025年以工代赈项目获得资金支持\n我市共有3个以工代赈项目入选，合计获得中央财政衔接推进乡村振兴补助资金1170万元。其中，"
            "甲镇佛龙村项目获得395万元，乙镇大木山村项目获得390万元，丙镇双林村项目获得{0}万元。\n")
    assert _errors(process_text(text.format(358), year=2025), "parts_sum") == [("error", "11700000", "11430000")]
    assert not _errors(process_text(text.format(385), year=2025))
    # two projects named of three counted: some of them only
    uncounted = text.replace("3个以工代赈项目", "一批以工代赈项目")
    assert not _errors(process_text(uncounted.format(358), year=2025), "parts_sum")


def test_a_total_against_the_count_it_supports_times_the_standard_for_each():
    text = "某省2023年扶持壮大村级集体经济资金下达通知\n一、本次共下达资金{0}万元，支持539个村，每村30万元。\n"
    assert _errors(process_text(text.format(16710), year=2023), "average") == [("warning", "167100000", "161700000")]
    assert not _errors(process_text(text.format(16170), year=2023))
    counted_first = "某省2019年脱贫攻坚情况\n甘孜州雅砻江上游24个深度贫困乡镇安排资金1.1亿元，按每乡{0}万元的标准对标补短。\n"
    assert _errors(process_text(counted_first.format(550), year=2019), "average") == \
        [("warning", "110000000", "132000000")]
    assert not _errors(process_text(counted_first.format(450), year=2019))


def test_the_counts_of_each_grade_are_all_of_the_total():
    text = ("某县2024年财政支出绩效评价结果通报\n全县共报送2023年度项目支出绩效自评2630个，涉及资金340915.5万元；自评结果为“优秀”"
            "的1812个，“良好”的{0}个，“中”的536个，“差”的111个。\n")
    assert _errors(process_text(text.format(117), year=2024), "parts_sum") == [("error", "2630", "2576")]
    assert not _errors(process_text(text.format(171), year=2024))
    # without the lowest grade the list may stop short
    top = ("某县2024年复核情况\n纳入复核评价的50个项目中，复核等次为“优秀”的5个，占10%；“良好”的23个，占46%；“中（一般）”的{0}个，"
           "占44%。\n")
    assert _errors(process_text(top.format(21), year=2024), "parts_sum") == [("warning", "50", "49")]
    assert not _errors(process_text(top.format(22), year=2024))


def test_the_one_source_of_a_total_is_all_of_it():
    text = ("某县2024年第二批财政衔接资金预算的通知\n现将项目资金预算下达给你们。本次共下达资金320万元。资金来源：渝财农〔2024〕56号"
            "下达的市财政衔接推进乡村振兴补助资金{0}万元。具体项目见附件。\n")
    assert _errors(process_text(text.format(302), year=2024), "parts_sum") == [("error", "3200000", "3020000")]
    assert not _errors(process_text(text.format(320), year=2024))


def test_a_standard_per_person_times_the_persons_against_its_amount_and_no_average():
    text = ("某县2025年中央衔接资金使用计划\n（一）计划安排资金334.656万元，用于发放公益岗位1162人的上半年工资，工资标准为每人每月430元，"
            "上半年工资合计299.796万元；另按人均330元缴纳保险费，计{0}万元。\n")
    assert _errors(process_text(text.format("34.86"), year=2025)) == [("warning", "348600", "383460")]
    assert not _errors(process_text(text.format("38.346"), year=2025))


def test_the_prefectures_figure_against_the_same_figure_of_each_county_section():
    text = ("海东市2023年以工代赈项目实施情况报告\n一、总体进展\n全市下达以工代赈项目32项，计划总投资12704万元；已开工项目30项，累计完成投资"
            "{0}万元，发放劳务报酬2351万元。\n二、各县项目实施情况\n（一）互助土族自治县。全县实施以工代赈项目12项，总投资5158万元。已完成投资1294万元，"
            "支付劳务报酬1096万元。\n（二）化隆回族自治县。全县实施项目8项，总投资3226万元。已完成投资2555万元，支付劳务报酬675万元。\n"
            "（三）循化撒拉族自治县。全县实施项目12项，总投资4320万元。已开工10项，已完成投资1830万元，支付劳务报酬580万元。\n")
    assert _errors(process_text(text.format(8679), year=2023)) == [("error", "86790000", "56790000")]
    assert not _errors(process_text(text.format(5679), year=2023))


def test_what_a_bracket_says_an_amount_contains_is_never_more_than_it():
    text = ("某市2019年电商项目绩效自评报告\n中标价为2472551.80元。其中：建安工程费1783575.80元，工程建设其他费38976.00元（含监理费用"
            "{0}元、造价咨询费5568.00元）；场地补助经费50万元，展品购置经费15万元。\n")
    assert _errors(process_text(text.format("34408.00"), year=2019), "parts_sum") == [("error", "38976", "39976")]
    assert not _errors(process_text(text.format("33408.00"), year=2019))
    # some of it only: less than the amount is no contradiction
    assert not _errors(process_text(text.format("23408.00"), year=2019))


def test_the_amounts_above_a_closing_total_of_their_paragraph():
    text = ("某市2024年公益岗工资批复\n一、非脱贫村8月份公益岗1564人，工资1078600元；临时用工920人，报酬1144985元。脱贫村中，甲村公益岗"
            "12人，工资9350元；乙社区临时用工65人，报酬{0}元。以上共拨付2561人、资金2316935元，全部由光伏收益资金列支。\n")
    assert _errors(process_text(text.format(86000), year=2024), "parts_sum") == [("error", "2316935", "2318935")]
    assert not _errors(process_text(text.format(84000), year=2024))


def test_a_breakdown_read_only_in_part_is_no_error():
    text = ("某区2020年财政专项扶贫资金绩效评价报告\n按资金投入规模对接项目28个，对接资金2052.4万元。分类别看：基础设施类项目15个，"
            "投入资金918.3万元；产业扶贫类项目8个，投入资金1013.3万元；教育扶贫投入26.7万元，扶贫小额贷款贴息9.6万元；其他项目1个，"
            "投入资金66.5万元。\n")
    assert all(severity == "warning" for severity, _, _ in _errors(process_text(text, year=2020)))


def test_a_net_change_against_the_values_from_and_to_of_its_paragraph():
    text = ("某地区2019年脱贫攻坚工作报告\n一、减贫总体情况\n全地区累计减少贫困人口4418户16212人，85个村摘掉贫困村帽子。全地区贫困人口"
            "由2015年建档时的22948人减少到2018年的{0}人，贫困发生率由28.3%下降到8.3%。\n")
    assert _errors(process_text(text.format(6763), year=2019)) == [("warning", "16212", "16185")]
    assert not _errors(process_text(text.format(6736), year=2019))


def test_a_count_listed_after_another_totals_其中_differs_from_the_reports_as_a_warning():
    text = ("某镇2023年工作总结\n一、基本情况\n截至目前，全镇纳入监测户60户138人。\n二、排查情况\n本次共排查9374户，其中一般农户8875户、"
            "脱贫户453户、监测户46户。\n")
    assert _errors(process_text(text, year=2023), "same_figure_differs") == [("warning", "46", "60")]


def test_a_colon_after_a_count_lists_its_items_each_with_its_amount():
    text = ("某县2025年项目库调整公告\n调整完成后，项目库总规模为3305万元，共储备项目{0}个：产业类储备项目合计9个，资金规模2543.84万元；"
            "基础设施类项目合计4个，资金规模755万元；另提取项目管理费1项，资金规模{1}万元。\n")
    assert _errors(process_text(text.format(15, "6.16"), year=2025), "parts_sum") == [("warning", "15", "14")]
    assert _errors(process_text(text.format(14, "16.16"), year=2025), "parts_sum") == [("error", "33050000", "33150000")]
    assert not _errors(process_text(text.format(14, "6.16"), year=2025))


def test_a_part_made_of_its_own_parts_keeps_them_out_of_the_list():
    text = ("某区2018年统筹整合资金项目计划的通知\n本批纳入统筹整合使用的财政涉农资金合计5783.28万元，按来源分：省级资金4773万元，由"
            "省级财政专项扶贫资金40万元、第三批财政专项扶贫资金3783万元和省级农民合作社全覆盖补助资金{0}万元构成；市级资金40万元；"
            "区级资金970.28万元。\n")
    assert not _errors(process_text(text.format(950), year=2018))
    assert _errors(process_text(text.format(905), year=2018), "parts_sum") == [("error", "47730000", "47280000")]


def test_a_count_named_again_after_其中_is_no_part_and_the_rest_left_unlisted_makes_a_list_partial():
    named_again = ("某州2021年资金下达情况\n这笔资金已全部分配到7个贫困县和3个非贫困县，其中下达7个贫困县2.75亿元，下达3个非贫困县1.38亿元。\n")
    assert not _errors(process_text(named_again, year=2021))
    rest = ("某市2016年扶贫资金支出情况\n全市精准扶贫资金已支出4.2亿元。分县区看：甲区已支出977万元；乙区已支出600万元；丙县已支出8439万元。"
            "其余各县（市、区）的支出进度均超过60%。\n")
    assert not [x for x in _errors(process_text(rest, year=2016)) if x[0] == "error"]


def test_each_items_amount_named_as_the_total_is_its_part():
    text = ("某县2020年扶贫小额信贷贴息公示\n经县扶贫办逐户复核，本期预计应贴息资金合计4518410.91元。分为两部分：\n"
            "一是2019年度扶贫小额信贷户7921户，贷款34269.1万元，应贴息资金4110991.29元；\n"
            "二是2020年度扶贫小额信贷户946户，贷款4104.9万元，应贴息资金{0}。\n")
    assert _errors(process_text(text.format("407419.62万元"), year=2020), "parts_sum") == \
        [("error", "4518410.91", "4078307191.29")]
    assert not _errors(process_text(text.format("407419.62元"), year=2020))


def test_levels_that_add_up_to_a_part_of_the_total_are_its_parts():
    text = ("某市2017年统筹整合资金情况\n2017年全市统筹整合各级资金规模6.98亿元，其中用于脱贫攻坚的为3.2亿元，包括中央资金0.64亿元、"
            "省级资金0.78亿元、市级及以下{0}亿元。\n")
    assert not _errors(process_text(text.format("1.78"), year=2017))
    assert _errors(process_text(text.format("1.87"), year=2017), "parts_sum") == [("error", "320000000", "329000000")]


def test_the_next_sentences_first_amount_with_its_own_parts_is_one_part():
    text = ("某区2022年项目实施方案\n资金来源及规模：项目总额300万元，由中央资金20万元、省财政专项资金29.96万元、市财政资金10万元和区财政资金"
            "240.04万元组成。其中由甲镇承担投入75.2944万元，分别为中央资金5.0195万元、省财政专项资金7.5194万元、市财政资金2.5099万元、"
            "区财政资金{0}万元。\n")
    assert not _errors(process_text(text.format("60.2456"), year=2022))
    assert _errors(process_text(text.format("62.2456"), year=2022), "parts_sum") == [("error", "752944", "772944")]


def test_a_headlines_amount_against_the_body_amount_named_alike():
    text = "{0} 万元！某县获省级乡村振兴奖励资金\n近日，省里通报了实绩考核结果，两县各获得省级奖励资金1500万元。\n"
    assert _errors(process_text(text.format(1050), year=2023), "same_figure_differs") == [("warning", "10500000", "15000000")]
    assert not _errors(process_text(text.format(1500), year=2023))


def test_a_span_since_a_year_is_not_the_reports_year():
    doc = process_text("某地区脱贫攻坚工作进展情况\n2016年以来，全地区建档立卡贫困群众6183户23159人已全部脱贫。\n某地区扶贫开发办公室\n"
                       "2020年11月17日\n")
    assert doc.year == 2020


def test_what_a_bracket_lists_of_an_amount_is_all_of_it_whatever_each_part_did():
    text = ("某县2024年衔接资金绩效自评报告\n2024年共到位资金600万元。其中：中央资金248.73万元（2023年结转95.43万元，2024年新下达{0}万元）；"
            "省级资金230.54万元（2023年结转9.54万元，2024年下达221万元）。\n")
    assert _errors(process_text(text.format("154.3"), year=2024), "parts_sum")[-1:] == [("error", "2487300", "2497300")]
    assert not [x for x in _errors(process_text(text.format("153.3"), year=2024), "parts_sum") if x[0] == "error"]
    # a bracket of measures is no list of parts
    road = "某镇2026年以工代赈项目公示\n主要建设内容：改建农村公路合计4.2千米（路面宽4.5米、厚0.2米，C30混凝土）。\n"
    assert not _errors(process_text(road, year=2026))


def test_a_count_of_another_unit_after_其中_ends_the_list():
    text = "某县2021年茶产业发展情况\n全县累计发展茶叶基地18.3万亩，覆盖87个村（居），其中由23个贫困村主导推进，带动4760户脱贫户增收致富。\n"
    assert not _errors(process_text(text, year=2021))


def test_a_standard_per_household_given_and_the_total_put_in():
    text = ("某县2022年东西部协作资金使用情况\n对上述298户有劳动能力的监测户，按每户1.5万元的标准给予到户产业发展补助，共投入东西部协作资金"
            "{0}万元。\n")
    assert _errors(process_text(text.format(474), year=2022), "average") == [("warning", "4740000", "4470000")]
    assert not _errors(process_text(text.format(447), year=2022))


def test_what_is_left_to_pay_is_no_part_of_what_was_reimbursed():
    text = "某市2021年防贫保险情况\n去年治疗共花去23.39万元，医保报销7.84万元后，个人自付部分为15.9万元。\n"
    assert not _errors(process_text(text, year=2021))


def test_the_main_fund_of_equally_named_funds_is_the_first_named():
    from extractors.context import main_fund
    doc = process_text("某县情况\n投入东西部协作资金474万元。统筹整合资金安排100万元。东西部协作资金…，统筹整合资金…。\n", year=2022)
    assert main_fund(doc) == "帮扶资金"


def test_a_share_of_this_batch_is_of_the_batchs_amount():
    text = ("某市2019年第二批市级财政专项扶贫资金公告\n一、资金来源\n本批资金全部为市级财政资金，共5000万元。\n二、资金结构\n"
            "本批分配到贫困县的资金为4365万元，占比为{0}%。\n")
    assert _errors(process_text(text.format("83.7"), year=2019), "share") == [("warning", "83.7", "87.3")]
    assert not _errors(process_text(text.format("87.3"), year=2019))


def test_the_text_against_the_table_row_of_the_same_name():
    text = ("某区2025年东西部协作工作总结\n五年来累计动员社会力量捐款捐物超过7000万元，足额拨付财政援助资金{0}亿元，实施帮扶项目460余个。\n"
            "附表：主要指标\n指标\t数值\n财政援助资金（亿元）\t6.95\n实施帮扶项目（个）\t460余\n")
    assert _errors(process_text(text.format("6.59"), year=2025), "same_figure_differs") == \
        [("warning", "659000000", "695000000")]
    assert not _errors(process_text(text.format("6.95"), year=2025))
    reordered = ("某省2011年扶贫攻坚工作进展情况\n今年省财政共向各市县下拨扶贫资金{0}亿元，目前已全部到位。主要指标见表1。\n"
                 "表1 主要指标\n指标\t数值\n省财政下拨各市县扶贫资金\t2.8亿元\n整村推进贫困村\t857个\n")
    assert _errors(process_text(reordered.format("2.3"), year=2011), "same_figure_differs") == \
        [("warning", "230000000", "280000000")]
    assert not _errors(process_text(reordered.format("2.8"), year=2011))


def test_a_sentence_restating_a_table_rows_amounts_after_their_columns_names():
    table = ("表2 重点项目支付情况\n单位：万元\n项目名称\t总投资\t其中：衔接资金\t已支付\n"
             "勐马镇咖啡提质增效项目\t1,280\t960\t931.2\n芒信镇肉牛养殖小区建设项目\t2,150.6\t1,520\t1,468.3\n"
             "合计\t3,430.6\t2,480\t2,399.5\n")
    text = "某县2022年衔接资金绩效自评报告\n" + table + "其中，芒信镇肉牛养殖小区建设项目总投资2,150.6万元，{0}万元，建成圈舍24栋。\n"
    assert _errors(process_text(text.format("使用衔接资金1,250"), year=2022), "same_figure_differs") == \
        [("error", "12500000", "15200000")]
    for agreeing in ("使用衔接资金1,520", "其中第一批衔接资金1,250", "已使用衔接资金1,250", "已支付1,468.3"):
        assert not _errors(process_text(text.format(agreeing), year=2022)), agreeing
    # nothing of the row agrees: the sentence may speak of another scope than the row
    alone = "某县2022年衔接资金绩效自评报告\n" + table + "芒信镇肉牛养殖小区建设项目使用衔接资金1,250万元。\n"
    assert not _errors(process_text(alone, year=2022))


def test_a_budget_raised_in_the_year_is_no_funds_received_at_its_start():
    text = ("某县2023年衔接资金绩效自评报告\n一、资金基本情况\n2023年，我县年初预算安排衔接资金9,850万元，年中追加后全年预算数为"
            "11,436.72万元。\n二、资金使用情况\n截至2023年12月31日，衔接资金全年执行11,102.38万元，执行率97.08%，结转结余{0}万元。\n")
    assert not _errors(process_text(text.format("334.34"), year=2023))


def test_a_level_in_the_bracket_of_a_part_is_no_part_of_the_total():
    text = ("某县2022年衔接资金绩效自评报告\n2022年，全县共获得衔接推进乡村振兴补助资金9,862.45万元。其中，省级以上资金{0}万元"
            "（含中央资金3,912万元），市级资金628.45万元，县级资金2,500万元。\n")
    assert not _errors(process_text(text.format("6,734"), year=2022))
    assert _errors(process_text(text.format("6,834"), year=2022), "parts_sum") == [("error", "98624500", "99624500")]


def test_the_year_start_column_of_a_table_of_levels_is_no_funds_received():
    text = ("某县2023年衔接资金绩效自评报告\n经上述调整，全年衔接资金总额为12,705万元，其中：中央资金8,060万元，省级资金2,585万元，"
            "市级资金260万元，县级资金1,800万元。\n表1 资金下达及调整情况\n单位：万元\n资金级次\t年初下达\t追加\t调整后\n"
            "中央资金\t6,820\t1,240\t8,060\n省级资金\t2,350\t235\t2,585\n市级资金\t260\t0\t260\n县级资金\t1,500\t300\t1,800\n"
            "合计\t10,930\t1,775\t12,705\n")
    assert not _errors(process_text(text, year=2023))


def test_an_average_per_mu_after_a_part_is_no_part():
    text = ("某县2022年衔接资金绩效自评报告\n2.高标准农田项目。新建农田4,200亩，衔接资金投入1,386万元，其中五庙乡528.6万元，"
            "亩均投入约3,300元。\n")
    assert not _errors(process_text(text, year=2022))


def test_a_share_of_households_is_over_the_households_not_the_persons():
    text = ("某县2023年衔接资金绩效自评报告\n全年累计纳入监测对象539户1,722人，其中已消除风险365户1,186人，占监测户总数的{0}%。"
            "全县纳入监测对象986户2,917人，其中已消除风险603户1,802人，风险消除户数占61.16%。\n")
    assert not _errors(process_text(text.format("67.72"), year=2023))
    assert _errors(process_text(text.format("68.72"), year=2023), "share") == [("error", "68.72", "67.72")]


def test_an_aside_in_brackets_after_the_total_is_no_part_and_the_year_before_is_no_item():
    aside = ("某县2023年衔接资金绩效自评报告\n2023年全县到位衔接资金{0}万元（年初预算8600万元），其中中央资金5962万元、"
             "自治区资金2486.56万元、市级资金184万元、县级资金850万元。\n")
    assert not _errors(process_text(aside.format("9482.56"), year=2023))
    assert _errors(process_text(aside.format("9382.56"), year=2023), "received_sum") == \
        [("error", "93825600", "94825600")]
    prior = ("某县2022年衔接资金绩效自评报告\n全年到位衔接资金8436.52万元。分级次看，中央资金5120万元，省级1862.4万元，"
             "市级214.12万元，县本级预算安排1240万元，县级投入较上年1150万元增长7.83%。\n")
    assert not _errors(process_text(prior, year=2022))


def test_funds_listed_after_a_projects_whole_investment_may_leave_sources_out():
    text = ("某县2022年衔接资金绩效自评报告\n2.木雕产业园标准化厂房项目。项目总投资2,150万元，其中中央衔接资金1,600万元、"
            "省级衔接资金300万元，新建厂房1.86万平方米。\n")
    assert _errors(process_text(text, year=2022)) == [("warning", "21500000", "19000000")]


def test_a_share_right_after_the_parts_of_an_amount_is_the_amounts():
    levels = ("某县2024年衔接资金绩效自评报告\n全年到位衔接资金9236.48万元。\n1.产业发展5416.3万元，其中中央资金4206.3万元、"
              "省级资金1210万元，占全部衔接资金的{0}%。\n")
    assert not _errors(process_text(levels.format("58.64"), year=2024))
    assert _errors(process_text(levels.format("56.64"), year=2024), "share") == [("error", "56.64", "58.64")]
    batches = ("某县2016年扶贫资金绩效自评报告\n2016年上级和县级共安排我县财政专项扶贫资金3,801.5万元。具体为：\n"
               "（一）中央资金1,985万元，分两批下达，第一批1,120万元，第二批865万元，占全部资金的52.22%。\n")
    assert not _errors(process_text(batches, year=2016))


def test_a_carryover_against_the_funds_the_stated_rate_is_over():
    text = ("某区2020年扶贫资金绩效自评报告\n2020年全区共到位财政专项扶贫资金34,038万元。年内收回以前年度结余资金366.5万元重新统筹"
            "安排，全年可使用的财政专项扶贫资金合计达到34,404.5万元。截至2020年12月31日，全区扶贫资金累计支出33,781.26万元，按全年"
            "可使用资金计算，支出率为98.19%；结余资金{0}万元。\n")
    assert not _errors(process_text(text.format("623.24"), year=2020))
    assert _errors(process_text(text.format("632.24"), year=2020), "spent_plus_carryover") == \
        [("error", "344045000", "344135000")]


def test_the_funds_after_the_years_adjustments_are_the_ones_received():
    text = ("某县2022年衔接资金绩效自评报告\n2022年上级和本级累计下达我县衔接资金19,126万元。9月份，省级收回统筹622万元。调整后，"
            "全年实际到位衔接资金18,504万元。\n按类别分：产业发展类项目86个，安排资金10,362万元，占到位资金总额的56.00%。\n")
    assert not _errors(process_text(text, year=2022))


def test_one_funds_carryover_is_not_that_of_all_the_funds_stated_together():
    text = ("某县2022年驻镇帮镇扶村资金使用绩效自评报告\n一、基本情况\n2022年省级财政安排我县驻镇帮镇扶村资金16,000万元。深圳市对口"
            "帮扶资金3,600万元。\n二、资金使用情况\n（一）驻镇帮镇扶村资金。截至2022年12月31日，已支出14,872.36万元，支出进度92.95%，"
            "尚有1,127.64万元结转2023年使用。\n（二）深圳市对口帮扶资金。全年支出3,288.9万元，支出率91.36%，结转311.1万元。\n"
            "（三）合计情况。上述两项资金共计19,600万元，全年共支出18,161.26万元，总体支出进度92.66%。\n")
    assert not _errors(process_text(text, year=2022))


def test_a_table_of_every_source_a_project_has_totals_no_funds_received():
    text = ("某县2023年农村供水项目绩效自评报告\n项目总投资2,687.5万元，其中衔接资金2,240万元，县级水利建设资金315万元，群众投工投劳"
            "折资132.5万元。截至2023年12月31日，衔接资金已支出2,201.56万元，支出率98.28%；未支付的38.44万元为工程质量保证金。\n表1 资金到位和支出情况\n单位：万元\n"
            "资金来源\t到位资金\t已支出\n中央衔接资金\t1520\t1498.36\n省级衔接资金\t720\t703.2\n县级水利建设资金\t315\t287.44\n"
            "群众投工投劳折资\t132.5\t132.5\n合计\t2687.5\t2621.5\n")
    doc = process_text(text, year=2023)
    assert not [f.field for f in doc.figures if f.cell is not None and f.field in ("funds_received_total", "funds_spent")]
    assert not _errors(doc)


def test_what_is_left_is_no_part_of_what_was_spent():
    text = ("某县2023年衔接资金项目绩效自评报告\n截至2023年12月31日，项目累计支出978.4万元，支出率97.84%。其中衔接资金865万元已全部"
            "支出，县级资金支出113.4万元，结余21.6万元为工程质保金。\n")
    assert not _errors(process_text(text, year=2023))


def test_a_change_in_a_clause_of_this_year_is_over_the_year_before_named():
    text = ("某县2022年衔接资金项目绩效自评报告\n2021年我局安排衔接资金520万元用于农村公路建设，今年增加110万元，增长{0}%。\n")
    assert not _errors(process_text(text.format("21.15"), year=2022))
    assert _errors(process_text(text.format("26.83"), year=2022), "growth") == [("error", "26.83", "21.15")]


def test_a_breakdown_naming_items_without_amounts_is_partial():
    text = ("某县2021年衔接资金绩效自评报告\n截至2021年12月31日，衔接资金累计支付1655.03万元，支付率96.84%。分项目看，设施农业提升"
            "项目支付941.8万元，人居环境整治项目支付504.26万元，小额信贷贴息和雨露计划补助全部支付到位。\n")
    assert not _errors(process_text(text, year=2021))


def test_sections_scores_closing_each_section_against_the_total():
    text = ("某县2023年衔接资金绩效自评报告\n二、绩效指标完成情况\n（一）产出指标（分值35分）\n1.数量指标：新建暖棚126栋，完成率105%。\n"
            "2.时效指标：项目开工率93.94%，扣1分。\n产出指标得34分。\n（二）效益指标（分值25分）\n1.满意度：受益群众满意度93.5%，扣0.5分。\n"
            "效益指标得24.5分。\n（三）决策指标（分值15分）\n部分项目绩效目标不够细化，扣0.5分，得14.5分。\n（四）过程指标（分值25分）\n"
            "资金执行率97.29%，扣1分；档案资料不齐全，扣1分，得23分。\n三、自评结论\n综合各项指标得分，我县自评得分为{0}分。\n")
    assert not _errors(process_text(text.format("96"), year=2023))
    assert _errors(process_text(text.format("97"), year=2023), "score_sum") == [("error", "97", "96")]


def test_a_rent_a_project_earns_is_no_part_of_its_investment():
    text = ("某镇2019年扶贫资金绩效自评报告\n东兴村商业门面房项目：总投资120万元，其中省级100万元、市级10万元、县级10万元，购置集镇"
            "门面房6间，年租金7.2万元。\n")
    assert not _errors(process_text(text, year=2019))


def test_a_share_of_the_townships_own_funds_is_over_what_it_got_this_year():
    text = ("某镇2022年衔接资金绩效自评报告\n2022年，县里统筹分配到各乡镇的衔接资金合计21860万元，我镇共获得1126.4万元，占全县的"
            "5.15%。与上年我镇获得的968万元相比，资金规模增长16.36%。产业发展类项目使用资金738.5万元，占我镇衔接资金的{0}%。\n")
    assert not _errors(process_text(text.format("65.56"), year=2022))
    assert _errors(process_text(text.format("66.56"), year=2022), "share") == [("error", "66.56", "65.56")]


def test_a_share_of_that_items_funds_is_over_the_items_own():
    text = ("某旗2024年度中央预算内以工代赈项目绩效自评报告\n（二）资金来源：2024年中央预算内以工代赈投资1050万元，旗本级财政配套70万元，"
            "项目总投资1120万元。\n（三）建设内容：宜里镇片区总投资610万元（中央投资570万元，旗级配套40万元）；诺敏镇片区总投资510万元"
            "（中央投资480万元，旗级配套30万元）。\n三、资金使用情况\n截至2024年12月31日，项目累计支付1078.6万元，占总投资的96.3%。其中中央"
            "投资支付1008.6万元，支付率96.06%。\n四、劳务报酬\n项目共发放劳务报酬352万元，占中央投资的33.52%。其中宜里镇片区发放198万元，"
            "占该片区中央投资的{0}%。\n")
    assert not _errors(process_text(text.format("34.74"), year=2024))
    assert _errors(process_text(text.format("35.74"), year=2024), "share") == [("error", "35.74", "34.74")]


def test_a_share_of_a_levels_funds_from_two_sources_is_over_both():
    sources = ("某县2022年以工代赈资金绩效自评报告\n2022年我县共到位以工代赈资金1,426万元，具体为：中央财政衔接推进乡村振兴补助资金（以工代赈"
               "任务）986万元，中央预算内以工代赈投资300万元，省级财政衔接推进乡村振兴补助资金140万元。\n截至2022年12月31日，全县以工代赈"
               "资金已支出1,352.7万元，执行率94.86%，结转资金{1}万元。\n中央资金项目共发放劳务报酬402万元，占中央资金的{0}%。\n")
    assert not _errors(process_text(sources.format("31.26", "73.3"), year=2022))
    assert _errors(process_text(sources.format("32.26", "73.3"), year=2022), "share") == [("error", "32.26", "31.26")]
    assert _errors(process_text(sources.format("31.26", "83.3"), year=2022), "spent_plus_carryover") == \
        [("error", "14260000", "14360000")]
    stated = ("某县2021年以工代赈资金绩效自评报告\n全年我县争取中央以工代赈资金860万元，比上年的620万元增加240万元，增长38.71%。其中，"
              "中央预算内以工代赈投资500万元，中央财政衔接推进乡村振兴补助资金（以工代赈任务）360万元。县级配套40万元。\n全年共发放劳务"
              "报酬141万元，占中央资金的16.4%。\n")
    assert not _errors(process_text(stated, year=2021))


def test_two_amounts_given_each_of_two_and_their_share_together():
    text = ("某市2018年东西部协作资金绩效自评报告\n2018年市、区县两级共投入财政援助资金14,940万元。永顺县、龙山县贫困人口较多，分别获得"
            "2,200万元和2,080万元，合计占援助资金总额的{0}%。\n")
    assert not _errors(process_text(text.format("28.65"), year=2018))
    assert _errors(process_text(text.format("29.65"), year=2018), "share") == [("error", "29.65", "28.65")]


def test_the_shares_of_two_levels_after_an_amount_are_no_parts_of_it():
    text = ("某县2022年衔接资金绩效自评报告\n2022年我县衔接资金到位21,836.45万元、支出21,402.17万元、结转434.28万元，资金投向符合要求，"
            "中央和省级资金用于产业发展的比例分别为60.24%和61.43%。\n")
    assert not _errors(process_text(text, year=2022), "parts_sum")


def test_groups_with_their_standard_marks_and_the_total_restated_before_them():
    standard = ("某县2018年统筹整合资金绩效自评报告\n我县绩效自评总得分{0}分，其中：资金安排19分（标准分20分）；资金使用28.5分（标准分30分）；"
                "项目管理23分（标准分25分）；使用成效23.5分（标准分25分）。\n")
    assert not _errors(process_text(standard.format("94"), year=2018))
    assert _errors(process_text(standard.format("95"), year=2018), "score_sum") == [("error", "95", "94")]
    restated = ("某县2022年衔接资金绩效自评报告\n经综合评定，自评得分94.5分。\n五、评价得分\n按照省定评分细则，我县自评94.5分，其中资金"
                "投入18.5分（满分20分）、资金拨付19分（满分20分）、资金监管19分（满分20分）、资金使用成效38分（满分40分）。\n")
    assert not _errors(process_text(restated, year=2022))


def test_a_carryover_against_the_integrated_funds_its_rate_is_over():
    text = ("某县2019年统筹整合涉农资金绩效自评报告\n全年实际整合资金39,786.52万元，整合率96.22%。\n截至2019年12月31日，整合资金累计支出"
            "38,642.17万元，支出率97.12%；结转资金{0}万元。\n")
    assert not _errors(process_text(text.format("1,144.35"), year=2019))
    assert _errors(process_text(text.format("1,414.35"), year=2019), "spent_plus_carryover") == \
        [("error", "397865200", "400565200")]


def test_a_paragraph_after_the_last_work_of_a_list_is_the_lists():
    text = ("某林场2023年资金绩效自评报告\n三、项目实施情况\n（一）者后分场管护站用房维修。安排资金365,000元，已支付365,000元，支付率100%。\n"
            "（二）林街分场森林防火瞭望塔建设。安排资金256,400元，已支付108,780元，支付率42.43%。\n截至2023年12月31日，项目资金累计支出"
            "473,780元，执行率76.31%；结余资金147,620元。\n")
    assert not _errors(process_text(text, year=2023))


def test_items_after_a_lead_of_classes_are_over_all_the_classes():
    text = ("某县2021年少数民族发展资金绩效自评报告\n全县共实施项目3个。其中：产业发展类项目2个，安排资金830,000元；基础设施类项目1个，"
            "安排资金520,000元。各项目情况如下：\n（一）班母村民居改造项目：安排资金450,000元。\n（二）窝笼村茶园提质项目：安排资金380,000元。\n"
            "（三）力所村道路硬化项目：安排资金520,000元。\n")
    assert not _errors(process_text(text, year=2021))


def test_a_count_in_the_name_of_a_listed_item_is_no_count_of_the_list():
    text = ("某场2019年资金绩效自评报告\n全年共安排项目3个，具体如下：\n1.勐来管护站职工住房维修项目，安排资金185,000.00元；\n"
            "2.3个管护站太阳能路灯安装项目，安排资金85,000.00元；\n3.护林防火设备购置项目，安排资金75,500.00元。\n")
    assert not _errors(process_text(text, year=2019))


def test_a_rounded_headline_total_yields_to_the_exact_one():
    text = ("某县2022年衔接资金绩效自评报告\n2022年全县共到位衔接资金3.65亿元，年度执行率约98.2%。\n全年到位衔接资金36,528.74万元。\n"
            "截至2022年12月31日，全县衔接资金累计支出35,862.19万元，执行率98.18%，结转结余{0}万元。\n")
    assert not _errors(process_text(text.format("666.55"), year=2022))
    assert _errors(process_text(text.format("566.55"), year=2022), "spent_plus_carryover") == \
        [("error", "365287400", "364287400")]


def test_a_note_cell_that_compares_with_the_year_before_is_no_funds_received():
    text = ("某县2021年衔接资金绩效自评报告\n2021年县级资金3000万元。\n表1 资金到位情况\n单位：万元\n资金级次\t到位资金\t已支出\t备注\n"
            "中央衔接资金\t17962\t17608.45\t分四批下达\n省级衔接资金\t7381.5\t7215.26\t含少数民族发展资金120万元\n"
            "县级衔接资金\t3000\t2953.8\t较上年2800万元增长7.14%\n合计\t28343.5\t27777.51\t\n")
    assert not _errors(process_text(text, year=2021))


def test_levels_listed_one_a_line_after_the_total_include_the_own_level_after_them():
    text = ("某县2022年衔接资金绩效自评报告\n2022年度全县共收到衔接推进乡村振兴补助资金55,761.4万元，各级资金下达情况如下：\n"
            "中央资金38,426万元，分三批下达。\n省级资金9,635.4万元，分两批下达。\n市级资金1,200万元，5月11日收到。\n"
            "县本级财政安排6,500万元，比2021年的5,800万元增加700万元，增长12.07%。\n"
            "截至2022年12月31日，全县衔接资金已支出53,942.87万元，预算执行率96.74%，结转结余{0}万元。\n")
    assert not _errors(process_text(text.format("1,818.53"), year=2022))
    assert _errors(process_text(text.format("1,718.53"), year=2022), "spent_plus_carryover") == \
        [("error", "557614000", "556614000")]


def test_a_completion_of_a_target_after_a_change_is_of_the_years_count():
    text = ("某县2021年衔接资金绩效自评报告\n全年脱贫劳动力务工就业15,736人，比2020年的14,880人增加856人，完成桂林市下达目标任务"
            "15,200人的{0}%。\n")
    assert not _errors(process_text(text.format("103.53"), year=2021))
    assert _errors(process_text(text.format("104.53"), year=2021), "share") == [("error", "104.53", "103.53")]


def test_a_share_of_one_of_several_funds_is_over_the_amount_its_list_gives_it():
    text = ("某县2022年财政衔接资金绩效自评报告\n2022年，全县共到位各类财政衔接资金25,391.4万元。按资金类别分：衔接推进乡村振兴补助资金"
            "23,123.4万元，以工代赈资金1,010万元，少数民族发展资金758万元，中央专项彩票公益金500万元。\n（二）衔接推进乡村振兴补助"
            "资金。全年安排产业项目96个，投入衔接资金13,258.6万元，占衔接推进乡村振兴补助资金的57.34%。\n（三）以工代赈资金。发放劳务"
            "报酬286.3万元，劳务报酬占以工代赈资金总额的{0}%。\n")
    assert not _errors(process_text(text.format("28.35"), year=2022))
    assert _errors(process_text(text.format("29.35"), year=2022), "share") == [("error", "29.35", "28.35")]


def test_an_evaluators_column_of_scores_is_not_the_reports_own_score():
    text = ("某县2019年扶贫资金绩效评价报告\n县级自评得分97分，评价组评定得分90.5分，等级为优。分项比较如下（单位：分）：\n"
            "| 一级指标 | 分值 | 县自评得分 | 评价组得分 |\n| 资金投入 | 20 | 20 | 19 |\n| 资金使用成效 | 80 | 77 | 71.5 |\n"
            "| 合计 | 100 | 97 | 90.5 |\n")
    doc = process_text(text, year=2019)
    assert [f.value for f in doc.figures if f.field == "self_score"] == [97, 97]
    assert not _errors(doc)


def test_a_rate_is_of_the_figure_right_before_it_and_a_levels_base_of_its_years_column():
    rate = ("某县2023年衔接资金绩效自评报告\n设定的10项绩效指标中，完成8项，未完成2项：一是产业路及通组路实际建成27.5公里，完成率91.67%，"
            "原因是线路调整；二是项目资产确权移交率为85%，低于90%的目标。\n")
    assert not _errors(process_text(rate, year=2023))
    column = ("某县2023年衔接资金绩效自评报告\n表1 2021—2023年衔接资金到位情况\n单位：万元\n资金级次\t2021年\t2022年\t2023年\n"
              "中央资金\t3,586\t3,712\t3,805\n省级资金\t4,120.5\t4,268\t4,392.6\n合计\t7,706.5\t7,980\t8,197.6\n"
              "2023年，中央和省级资金合计8,197.6万元。中央资金中用于产业发展的2,370.5万元，占中央资金的{0}%。\n")
    assert not _errors(process_text(column.format("62.3"), year=2023))
    assert _errors(process_text(column.format("63.3"), year=2023), "share") == [("error", "63.3", "62.3")]


def test_a_year_over_columns_in_a_header_row_above_gives_them_its_year():
    text = ("某县2021年衔接资金绩效自评报告\n表1 衔接资金到位和支出情况（单位：万元）\n| 级次 | 2020年 | | | 2021年 | | |\n"
            "| | 到位 | 支出 | 支出率 | 到位 | 支出 | 支出率 |\n| 中央 | 7920 | 7920 | 100% | 8635 | 8528.12 | 98.76% |\n"
            "| 县级 | 1000 | 1000 | 100% | 1200 | 1150.6 | 95.88% |\n| 合计 | 8920 | 8920 | 100% | 9835 | 9678.72 | 98.41% |\n"
            "截至2021年12月31日，全县衔接资金已支出9678.72万元，执行率98.41%，尚有156.28万元结转下年使用。\n")
    doc = process_text(text, year=2021)
    assert {f.period for f in doc.figures if f.cell is not None and f.cell.col in (1, 2, 3)} == {"2020"}
    assert not _errors(doc)


def test_the_shares_and_lists_of_an_earlier_years_section_and_of_a_year_before():
    earlier = ("某县2023年衔接资金绩效自评报告\n一、2022年度资金执行情况（补报）\n2022年我县共到位衔接资金9826.4万元，分级次看：中央资金"
               "6245万元，省级资金2731.4万元，县本级安排850万元。当年用于产业发展的资金5870万元，占中央和省级资金合计的{0}%。\n"
               "二、2023年度资金到位情况\n2023年全县衔接资金到位10538.72万元。其中：中央衔接资金6612万元；省级衔接资金2946.72万元；"
               "县级财政安排980万元。\n")
    assert not _errors(process_text(earlier.format("65.39"), year=2023))
    assert _errors(process_text(earlier.format("66.39"), year=2023), "share") == [("error", "66.39", "65.39")]
    before = ("某市2023年衔接资金绩效自评报告\n本级资金比2022年的625万元增长12%。省级资金分三批下达，分别为860万元、503.8万元和200万元。\n")
    assert not _errors(process_text(before, year=2023))
    bare = ("某区2022年衔接资金绩效自评报告\n全区全年到位衔接资金71,236.8万元。按来源分：中央资金52,417万元，省级资金13,906.8万元，"
            "市级资金1,013万元，区级资金3,900万元。\n中央资金安排用于产业发展30,180.5万元，占比{0}%。\n")
    assert not _errors(process_text(bare.format("57.58"), year=2022))
    assert _errors(process_text(bare.format("61.58"), year=2022), "share") == [("error", "61.58", "57.58")]
    townships = ("某区2020年扶贫资金绩效自评报告\n全区2020年共收到财政专项扶贫资金4386万元。资金按因素法分配到乡镇，8个有扶贫任务的乡镇"
                 "共计分配3101万元，分别是：杨店镇612万元、三汊镇548万元。计划资金已全部到位，共4386万元。\n")
    assert not _errors(process_text(townships, year=2020))


def test_the_rest_totalled_is_the_last_part():
    text = ("某省2016年扶贫资金绩效自评报告\n2016年省级共投入扶贫资金{0}亿元，其中财政专项扶贫资金17亿元，其他用于扶贫的资金合计25.11亿元。\n")
    assert _errors(process_text(text.format("41.11"), year=2016), "parts_sum") == [("error", "4111000000", "4211000000")]
    assert not _errors(process_text(text.format("42.11"), year=2016))


def test_parts_after_qizhong_of_the_count_of_their_unit_before_another_count():
    text = ("某县2018年项目完成情况\n项目共涉及行政村{0}个，受益群众36282人，其中省级重点贫困村10个、县级重点贫困村5个，"
            "覆盖建档立卡贫困人口2354户、4697人。\n")
    assert _errors(process_text(text.format(14), year=2018), "parts_sum") == [("error", "14", "15")]
    assert not _errors(process_text(text.format(15), year=2018))
    beside = ("某市2021年防返贫监测工作总结\n全年新识别“三类对象”6189户19409人，包括脱贫不稳定户1569户5781人、边缘易致贫户987户3114人、"
              "突发严重困难户3633户10487人。\n")
    assert _errors(process_text(beside, year=2021)) == [("error", "19409", "19382")]   # persons against persons


def test_a_headline_amount_named_before_it_against_the_body():
    text = ("某省财政厅关于2017年财政扶贫资金安排情况的说明\n（全年计划安排财政扶贫资金10.1亿元）\n现将有关情况说明如下。\n"
            "2017年，省财政全年计划安排财政扶贫资金{0}亿元，重点用于农村公路建设。\n")
    assert _errors(process_text(text.format("10.6"), year=2017), "same_figure_differs") == \
        [("warning", "1010000000", "1060000000")]
    assert not _errors(process_text(text.format("10.1"), year=2017))
    place = ("河南省濮阳县投资1.2亿元支持粮食产能建设\n资金由以下几部分构成：中央预算内投资9892万元，市投资538万元，县投资619万元。\n")
    assert not _errors(process_text(place, year=2015), "same_figure_differs")     # 县 of 濮阳县, not 县投资
    named_after = ("某省：10013万元以工代赈资金投向农村公路建设养护\n省发展改革委下达以工代赈补助投资计划，总投资额为10013万元，"
                   "其中国家以工代赈资金4091万元。\n")
    assert not _errors(process_text(named_after, year=2015), "same_figure_differs")


def test_a_total_made_of_the_amounts_stated_before_it():
    text = ("某镇关于产业路硬化项目资金筹措情况的报告\n一、资金筹措情况\n2015年12月，我镇争取到省级财政专项扶贫资金45万元，并由农户自筹资金"
            "{0}万元，用于硬化修建两条产业公路。项目总投资60万元，由上述省级资金和农户自筹资金两部分构成。\n")
    assert _errors(process_text(text.format(18), year=2015), "parts_sum") == [("error", "600000", "630000")]
    assert not _errors(process_text(text.format(15), year=2015))


def test_the_amount_just_stated_handed_out_in_full():
    text = ("某市2023年中央土壤污染防治资金绩效自评报告\n自治区财政厅向我市提前下达2023年中央土壤污染防治资金1300万元。我市将这笔资金"
            "全部转拨乌拉特前旗，分别安排给“甲地块土壤污染状况初步调查项目”723万元和“乙地块应急工程项目”{0}万元。\n")
    assert _errors(process_text(text.format(557), year=2023), "parts_sum") == [("error", "13000000", "12800000")]
    assert not _errors(process_text(text.format(577), year=2023))


def test_an_approximate_average_of_people_counted_in_ming():
    text = ("某省2025年衔接资金工作总结\n支持实施以工代赈项目564个，带动7.52万名当地群众参与务工，发放劳务报酬7.72亿元，"
            "参与务工的群众人均获得劳务报酬约{0}万元。\n")
    assert _errors(process_text(text.format("1.3"), year=2025), "average") == [("error", "13000", "10265.96")]
    assert not _errors(process_text(text.format("1.1"), year=2025))     # 约: within a tenth of 1.03万元
    per_village = ("某县2023年衔接资金工作总结\n共实施乡村特色产业项目176个，带动554个行政村年均增收5.7万元，5.5万脱贫人口人均增收2509元。\n")
    assert not _errors(process_text(per_village, year=2023))
    other_clause = ("某市2017年产业扶贫政策落实情况\n全市落实产业扶贫资金5.86亿元；享受产业扶持政策的贫困户有6.8万户，户均2861元。\n")
    assert not _errors(process_text(other_clause, year=2017))


def test_parts_each_with_its_count_beside_it_over_clauses():
    text = ("某省光伏扶贫工作进展情况的报告\n已并网的78.96万千瓦中，村级光伏电站713座、装机{0}万千瓦；集中式光伏电站21座、装机60万千瓦。\n")
    assert _errors(process_text(text.format("19.86"), year=2017), "parts_sum") == [("error", "789600", "798600")]
    assert not _errors(process_text(text.format("18.96"), year=2017))


def test_households_and_persons_of_list_items_against_the_pair_before_them():
    text = ("某县扶贫开发办公室关于帮扶资金安排使用情况的报告\n今年投入帮扶资金1500万元，项目建成后可帮助437户{0}人贫困群众稳定脱贫。\n"
            "三、项目预期效益\n1.甲示范园：预计年产值3000万元，可带动贫困户185户598人脱贫致富；\n"
            "2.乙蔬菜基地：预计年产值50万元，可带动贫困户95户278人脱贫致富；\n3.丙食用菌基地：可带动贫困户59户156人脱贫致富；\n"
            "4.丁示范园：可带动贫困户98户232人稳定脱贫。\n")
    assert _errors(process_text(text.format(1074), year=2017), "parts_sum") == [("error", "1074", "1264")]
    assert not _errors(process_text(text.format(1264), year=2017))
    assert _errors(process_text(text.format(1264).replace("437户", "440户"), year=2017)) == [("error", "440", "437")]
    assert not _errors(process_text(text.format(1270).replace("437户", "440户"), year=2017))     # neither matches: no pair


def test_what_is_no_part_and_no_average_total():
    change = ("某省高标准农田建设情况\n近3年来，全省统筹整合中央和省级财政专项资金共102.2亿元投入高标准农田建设，其中今年统筹整合38亿元，"
              "较2017年多出6.18亿元。\n")
    assert not _errors(process_text(change, year=2019))
    averages = "某镇光伏扶贫\n从收益看，户均获得光伏扶贫收益2000元的贫困户有1351户，户均获得600元的贫困户有950户。\n"
    assert not _errors(process_text(averages, year=2019))
    named = "某镇光伏扶贫\n在村级层面，河棚、余塝、泉石、新开{0}个贫困村建设了村级集体光伏发电项目。\n"
    assert _errors(process_text(named.format("三"), year=2019), "parts_sum") == [("error", "3", "4")]
    assert not _errors(process_text(named.format("四"), year=2019))


def test_parts_in_the_next_sentence_by_source_or_with_their_counts():
    sources = ("某省农业生产发展专项\n本批计划为我省安排2019年农业生产发展项目26个，总投资202608万元。从资金来源看，中央预算内投资162086万元，"
               "省财政专项23045万元，市投资{0}万元，县（市、区）投资10127万元。\n")
    assert _errors(process_text(sources.format(7530), year=2019), "parts_sum") == [("error", "2026080000", "2027880000")]
    assert not _errors(process_text(sources.format(7350), year=2019))
    counted = ("某地区乡村振兴项目\n2024年，裕民县计划实施乡村振兴项目共37个，累计投入项目资金8369万元。其中，中央衔接资金项目25个、6380万元，"
               "自治区衔接资金项目12个、{0}万元。\n")
    assert _errors(process_text(counted.format(1898), year=2024), "parts_sum") == [("error", "83690000", "82780000")]
    assert not _errors(process_text(counted.format(1989), year=2024))


def test_this_amount_referred_back_to_paragraphs_before():
    text = ("河南省某县投资1.2亿元支持粮食产能建设\n某县今年争取到的国家扶持资金达到12368万元，为历年最多。\n县政府一位负责同志表示，这笔中央扶持资金将有力"
            "推动全县高产稳产粮田建设。\n据介绍，这笔{0}亿元国家扶持资金由以下几部分构成：中央预算内投资9892万元，省财政专项资金1147万元。\n")
    assert _errors(process_text(text.format("1.3"), year=2015), "same_figure_differs") == \
        [("error", "130000000", "123680000")]
    assert not _errors(process_text(text.format("1.2"), year=2015), "same_figure_differs")


def test_a_share_of_a_base_named_by_zai_zhong_de_bizhong():
    text = ("某县2023年财政决算报告\n2023年全县一般公共预算地方收入完成82876万元。分项看，税收收入完成61323万元；非税收入完成21553万元。"
            "非税收入在一般公共预算地方收入中的比重为{0}%，较2022年回落1.36个百分点。\n")
    assert _errors(process_text(text.format("26.10"), year=2023), "share") == [("error", "26.1", "26.01")]
    assert not _errors(process_text(text.format("26.01"), year=2023))


def test_counted_parts_after_a_quantity_against_the_count_stated_before():
    text = ("某省光伏扶贫工作进展情况\n一、总体进展\n截至目前，全省已建成光伏扶贫电站5532座，累计结算收益26.68亿元。\n二、基本做法\n"
            "目前，全省光伏扶贫项目建成并网总规模达到294.4万千瓦，其中村级电站5479座、集中电站{0}座，包括林光互补等多种模式。\n")
    assert _errors(process_text(text.format(35), year=2020), "parts_sum") == [("warning", "5532", "5514")]
    assert not _errors(process_text(text.format(53), year=2020))


def test_the_whole_batch_against_the_amount_the_notice_hands_down():
    text = ("某县财政局关于下达2024年度中央财政衔接推进乡村振兴补助资金的通知\n有关乡（镇）人民政府：\n经研究，现将2024年度中央财政衔接推进"
            "乡村振兴补助资金175万元下达给你们。\n一、资金分配\n本次资金全部用于扶持脱贫人口发展生产、稳定增收，共计安排{0}万元。\n")
    assert _errors(process_text(text.format(157), year=2024), "same_figure_differs") == [("error", "1570000", "1750000")]
    assert not _errors(process_text(text.format(175), year=2024))


def test_the_shares_of_the_three_sectors_add_up_to_all():
    text = "某市对口支援情况\n库区三次产业结构持续优化，第一、二、三产业占比分别为7.9%、{0}%和50.5%。\n"
    assert _errors(process_text(text.format("40.6"), year=2024), "parts_sum") == [("error", "100", "99")]
    assert not _errors(process_text(text.format("41.6"), year=2024))


def test_a_headline_amount_named_in_full_by_the_body_in_short():
    text = ("某地区扶贫开发办公室关于2010年第一批18个整乡推进\n项目总投资 1332 万元的情况报告\n地区行署：\n今年3月，自治区下达我地区第一批"
            "整乡推进项目18个，总投资{0}万元，其中财政扶贫投资1080万元，群众自筹资金242万元。\n")
    assert _errors(process_text(text.format(1322), year=2010), "same_figure_differs") == \
        [("warning", "13320000", "13220000")]
    assert not _errors(process_text(text.format(1332).replace("242万元", "252万元"), year=2010))


def test_a_title_over_a_span_of_years_is_the_report_of_the_last():
    title = "2011年—2013年某市部分扶贫专项资金第三方重点绩效评价报告\n三年累计安排资金36,380万元。\n某会计师事务所\n2014年9月26日\n"
    assert process_text(title).year == 2013
    ahead = "某县2021年至2025年衔接资金使用规划\n2021年安排资金500万元。\n某县财政局\n2021年3月2日\n"
    assert process_text(ahead).year == 2021         # a span ending after the report's date is no report's
    two = "歙县2022年度、2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n2023年到位资金7,046.8万元。\n歙县财政局\n2024年3月2日\n"
    assert process_text(two).year == 2023           # two years listed: the last
    half = "平利县2024年度及2025年上半年衔接资金绩效自评报告\n2024年到位资金23,568.4万元。\n平利县财政局\n2025年7月18日\n"
    assert process_text(half).year == 2024          # a part of the year after: the whole year's report


def test_the_year_a_text_with_none_in_its_title_speaks_of():
    since = "某县粮食产能建设\n自2010年承担粮食产能建设项目以来，今年争取到的国家扶持资金达到12368万元。截至2015年9月底，已完工8个项目。\n"
    assert process_text(since).year == 2015         # not the year the span starts from
    cited = ("某市产业奖补\n印发《关于做好2025年到户产业奖补工作的通知》。2024年，全市奖补项目验收合格。2024年以来，兑现奖补资金130万元。\n")
    assert process_text(cited).year == 2024         # not the year of a cited title
    only = "某县报告\n2016年以来，共落实项目36个。\n"
    assert process_text(only).year == 2016          # the span's start where the text names no other year


def test_a_budget_statement_adds_up_over_nested_brackets_and_lists():
    income = ("某镇2023年财政收支决算情况\n全镇一般公共预算收入4402万元，加上上级转移支付收入1884万元（包括一般性转移支付收入1478万元，内含均衡性"
              "转移支付收入166万元、基本财力保障机制奖补资金收入968万元、结算补助收入132万元和其他一般性转移支付收入212万元；专项转移支付收入"
              "406万元），再加上年结转结余60万元、调入基金103万元，收入合计{0}万元。\n")
    assert not _errors(process_text(income.format(6449), year=2023))
    assert _errors(process_text(income.format(6549), year=2023), "parts_sum") == [("error", "65490000", "64490000")]
    fund = ("某镇2023年财政收支决算情况\n2023年全镇政府性基金收入总计{0}万元，由本级收入103万元、上级补助收入1331万元和上年结余1885万元组成。\n")
    assert not _errors(process_text(fund.format(3319), year=2023))
    assert _errors(process_text(fund.format(3419), year=2023), "parts_sum") == [("error", "34190000", "33190000")]
    sectors = ("某县2016年统筹整合资金方案\n2016年上半年，全县实现生产总值{0}亿元。分产业看，第一产业完成3.6亿元，增长6%；第二产业完成7.4亿元，"
               "增长12.8%；第三产业完成11.7亿元，增长13.2%。财政总收入完成3.7亿元，同比增长12.5%；一般公共财政预算收入2.6亿元。\n")
    assert not _errors(process_text(sectors.format("22.7"), year=2016))
    assert _errors(process_text(sectors.format("23.7"), year=2016), "parts_sum") == [("error", "2370000000", "2270000000")]


def test_a_batch_against_the_projects_listed_after_its_colon():
    text = ("某市2023年中央水污染防治资金绩效自评报告\n2023年度我市共获得中央水污染防治专项资金17347万元。\n其中第一批资金9910万元，用于支持"
            "以下项目：甲湖水生态系统综合治理项目3000万元，乙湖流域治理项目3375.17万元，丙地区水生态修复项目{0}万元。\n"
            "第二批资金7437万元，分别安排给：甲项目3000万元，乙项目4437万元。\n")
    assert _errors(process_text(text.format("3552.83"), year=2023), "parts_sum") == [("error", "99100000", "99280000")]
    assert not _errors(process_text(text.format("3534.83"), year=2023))


def test_names_before_a_count_after_their_lead_and_joined_by_he():
    towns = "某区2011年村庄改造资金使用情况\n全区完成村庄改造4250户，涉及白鹤、朱家角、金泽和练塘{0}个镇的10个行政村。\n"
    assert not _errors(process_text(towns.format(4), year=2011))
    assert _errors(process_text(towns.format(5), year=2011), "parts_sum") == [("error", "5", "4")]
    led = ("某县2024年普惠性项目实施情况\n第一批申报东邓店、李岗、胡庙3个村，第二、三批申报周王、吴吉屯、施营、杜庄、王老、后李、秦黄、赵庄{0}个村，"
           "总投资495万元。\n")
    assert not _errors(process_text(led.format(8), year=2024))
    assert _errors(process_text(led.format(9), year=2024), "parts_sum") == [("error", "9", "8")]


def test_a_negative_amount_adds_as_written():
    text = ("某县2023年财政决算\n一般公共预算支出456269万元，上解上级支出3370万元，债务还本支出12667万元，安排预算稳定调节基金731万元，"
            "补充预算周转金-21万元，区域间转移性支出780万元，支出总计{0}万元。\n")
    doc = process_text(text.format(473796), year=2023)
    assert [f.value for f in doc.figures if f.text == "-21万元"] == [Decimal("-210000")]
    assert not _errors(doc)
    assert _errors(process_text(text.format(473838), year=2023), "parts_sum") == [("error", "4738380000", "4737960000")]


def test_persons_lifted_over_a_plan_period_are_not_the_years():
    text = ("某省2015年扶贫开发工作情况通报\n2015年，全省贫困人口减少20.1万人。\n2011年至2015年，全省累计投入财政专项扶贫发展资金95.18亿元；"
            "这一时期共减少贫困人口100万人。\n")
    assert not _errors(process_text(text, year=2015))


def test_rates_and_shares_over_counts_and_arranged_funds():
    rectified = ("某省审计整改报告\n按整改期限分：已到整改期的问题381个，已完成整改349个，逾期未完成整改32个，整改率为{0}%。\n")
    assert _errors(process_text(rectified.format("93.6"), year=2024), "share") == [("error", "93.6", "91.6")]
    assert not _errors(process_text(rectified.format("91.6"), year=2024))
    persons = ("某县2016年统筹整合资金方案\n2014年，全县总人口341990人；其中农业人口235254人，占总人口的68.8%；农村扶贫对象60666人，"
               "占农业人口的{0}%。\n")
    assert _errors(process_text(persons.format("27.8"), year=2016), "share") == [("error", "27.8", "25.79")]
    assert not _errors(process_text(persons.format("25.8"), year=2016))
    paired = ("某县2017年易地扶贫搬迁工作完成情况\n我县计划实施易地扶贫搬迁1856户6829人，其中列入省计划的1085户3974人。实现搬迁入住1856户"
              "6829人，分别占省计划、县计划的171.8%、100%。\n")
    assert not _errors(process_text(paired, year=2017))       # of the persons, not the households
    arranged = ("某县2023年财政支持乡村振兴工作情况的报告\n年内全县共统筹安排中央、省、市、县各级财政衔接推进乡村振兴补助资金4424万元。截至10月底，"
                "各级财政衔接资金累计支出3853.77万元，支出进度为{0}%。\n")
    assert _errors(process_text(arranged.format("81.71"), year=2023), "execution_rate") == [("warning", "81.71", "87.11")]
    assert not _errors(process_text(arranged.format("87.11"), year=2023))


def test_what_is_left_is_the_income_less_the_spending():
    audit = ("某区2022年预算执行审计\n加上级补助收入13.36亿元以及上年结余0.67亿元，收入总计为32.39亿元。\n支出方面，当年实际支出24.98亿元；"
             "另有上解支出6.15亿元，支出总计为31.16亿元。收支相抵，结转下年{0}亿元。\n")
    assert _errors(process_text(audit.format("1.32"), year=2022), "spent_plus_carryover") == \
        [("error", "132000000", "123000000")]
    assert not _errors(process_text(audit.format("1.23"), year=2022))
    less = ("某县2023年决算\n收入总计481342万元减去支出总计473796万元，形成财政滚存结余{0}万元，全部作为结转下年支出。\n")
    assert _errors(process_text(less.format(7564), year=2023), "spent_plus_carryover") == [("error", "75640000", "75460000")]
    assert not _errors(process_text(less.format(7546), year=2023))
    parts = ("某县2023年决算\n二、一般公共预算\n收入总计481342万元减去支出总计473796万元，形成财政滚存结余7546万元。\n"
             "三、政府性基金预算\n（一）收入\n全年政府性基金总收入120745万元。\n（二）支出\n政府性基金总支出92244万元。\n"
             "（三）平衡情况\n基金收支相抵后结余{0}万元，全部结转下年继续使用。\n")
    assert not _errors(process_text(parts.format(28501), year=2023))     # the fund's own totals, not the budget's
    assert _errors(process_text(parts.format(28510), year=2023), "spent_plus_carryover") == \
        [("error", "285100000", "285010000")]


def test_a_share_named_by_wei_de_of_a_described_amount_not_of_a_time():
    plan = ("某省财政厅通报\n年初计划全省为民办实事项目投入资金总量371.37亿元，其中由省级财政（含中央）承担的年初计划数为112.3亿元。\n"
            "截至11月底，省级财政（含中央）累计下达为民办实事项目资金130.2亿元，为省级年初计划数的{0}%。\n")
    assert _errors(process_text(plan.format("117.3"), year=2019), "share") == [("error", "117.3", "115.94")]
    assert not _errors(process_text(plan.format("115.9"), year=2019))
    own_plan = ("某区2023年财政收支决算\n全区一般公共预算总收入1011746万元，为预算数的107.06%，比上年增长10.87%。其中，一般公共预算收入"
                "243670万元，为预算数的100.69%，增长9.99%。\n")
    assert not _errors(process_text(own_plan, year=2023))      # each of its own budget, stated nowhere
    then = ("某县2021年工作总结\n截至12月14日，系统内就业人口共59674人，其中脱贫人口58221人（为上年底的105.35%），边缘户1453人。\n")
    assert not _errors(process_text(then, year=2021))


def test_a_yearly_average_and_a_share_of_a_whole_stated_nowhere():
    text = ("某省县域经济发展规划\n县域一般公共预算收入完成243.9亿元，比2016年增加22.6亿元，年均增长2.5%，占全省公共财政收入的比重达到21.1%，"
            "比2016年提高2.4个百分点。\n")
    assert not _errors(process_text(text, year=2020))
    fall = "某办2020年度部门决算\n2020年度本办收入、支出总计均为180.08万元，与上年相比少了46.59万元，降幅为{0}%。\n"
    assert not _errors(process_text(fall.format("20.55"), year=2020))
    assert _errors(process_text(fall.format("21.55"), year=2020), "growth") == [("error", "21.55", "20.55")]


def test_a_count_against_the_counts_of_its_items_one_per_line():
    text = ("某区项目库清理公示\n本次拟清理项目合计42个，具体如下：\n一是部分使用非专项扶贫资金建设的项目，9个；\n二是投资额度低于30万元的项目，"
            "13个；\n三是存放多年的项目，{0}个；\n四是投资规模较大的项目，5个。\n")
    assert _errors(process_text(text.format(16), year=2020), "parts_sum") == [("error", "42", "43")]
    assert not _errors(process_text(text.format(15), year=2020))


def test_a_growth_by_an_amount_gained_past_the_share_of_a_plan():
    text = ("某区2011年上半年财政预算执行情况\n一般预算收入完成700.5亿元，达到年度预算的60%，增收168.9亿元，增长{0}%。\n")
    assert _errors(process_text(text.format("33.8"), year=2011), "growth") == [("error", "33.8", "31.77")]
    assert not _errors(process_text(text.format("31.8"), year=2011))
    planned = ("某县2024年1—4月财政预算收支完成情况\n全县一般公共预算收入累计实现24627万元，完成年初预算数60999万元的40.4%，"
               "与上年同期相比减收1070万元，降幅4.2%。\n")
    assert not _errors(process_text(planned, year=2024))      # of 24627万元, not of the plan's 60999万元
    before = ("某县2023年度财政收支决算情况\n全县大口径财政收入累计实现99895万元，为年度预算92390万元的108.1%；与上年同期的110374万元相比，"
              "减收10479万元，下降9.5%。\n")
    assert not _errors(process_text(before, year=2023))
    another = ("某县2021年财政决算\n政府性基金收入26785万元，为预算16634万元的161.0%，超收10151万元，同比增收6411万元，增幅31.5%。\n")
    assert not _errors(process_text(another, year=2021))


def test_a_breakdown_by_level_whose_total_states_a_change_beside_it():
    text = ("某县2020年预算执行情况\n全县一般公共预算支出共计{0}万元，扣除新增债券等因素后，同口径比上年多支出23123万元，增长6.6%。按级次分，"
            "县本级支出246990万元，扣除新增债券等因素后同口径增长3.9%；乡镇级支出113568万元，比上年增长6%。\n")
    assert _errors(process_text(text.format(378558), year=2020), "parts_sum") == [("error", "3785580000", "3605580000")]
    assert not _errors(process_text(text.format(360558), year=2020))


def test_a_share_of_an_amount_said_to_be_some_of_what_came_before():
    text = ("某市乡村振兴资金审计结果\n2018年至2020年，某市财政累计投入资金31074.26万元。本次审计重点抽查了其中的涉农专项资金9305.58万元"
            "（占比{0}%），涉及项目32个。\n")
    assert _errors(process_text(text.format("29.94"), year=2020), "share") == [("warning", "29.94", "29.95")]
    assert not _errors(process_text(text.format("29.95"), year=2020))


def test_a_share_of_a_count_whose_base_is_named_as_its_total():
    text = ("某省2020年一季度扶贫项目推进情况\n一、年度计划\n今年全省计划实施扶贫项目1800个，计划总投资21.5亿元。\n"
            "二、项目开工\n截至目前，全省已开工扶贫项目270个，占全年计划实施项目总数的{0}%。\n")
    assert _errors(process_text(text.format(17.5), year=2020)) == [("error", "17.5", "15")]
    assert not _errors(process_text(text.format(15), year=2020))


def test_the_one_amount_of_a_paragraph_against_the_lines_it_hands_over_to():
    text = ("某县财政局关于2024年统筹县级资金保障重点领域情况的报告\n今年我局统筹县级资金900万元用于强化重点领域保障。截至3月18日，资金安排情况如下：\n"
            "一、安排项目前期工作经费300万元，用于支持重点项目规划编制。\n二、安排文化旅游发展专项资金{0}万元，推进全域旅游开发。\n"
            "三、增加教育培训经费300万元，精心设置教学课程。\n下一步，我局将跟踪资金使用进度。\n")
    assert _errors(process_text(text.format(350), year=2024)) == [("error", "9000000", "9500000")]
    assert _errors(process_text(text.format(200), year=2024)) == [("warning", "9000000", "8000000")]
    assert not _errors(process_text(text.format(300), year=2024))


def test_an_items_own_parts_after_baokuo_are_no_items_of_the_total():
    text = ("某区财政厅关于2020年统筹整合使用财政涉农资金下达情况的报告\n一、资金下达总体情况\n"
            "截至10月25日，我厅已向全区32个试点县累计下达纳入统筹整合使用范围的涉农资金234.24亿元。按资金来源划分：\n"
            "（一）中央财政资金{0}亿元，包括专项扶贫资金117.16亿元、其他涉农资金65.67亿元；\n"
            "（二）自治区财政资金51.41亿元，包括专项扶贫资金27.68亿元、其他涉农资金23.73亿元。\n")
    assert not _errors(process_text(text.format("182.83"), year=2020))
    assert _errors(process_text(text.format("180.83"), year=2020)) == [("error", "18083000000", "18283000000")]


def test_a_share_of_the_whole_place_is_of_what_the_part_counts_not_of_a_group():
    text = ("某区贫困人口分布情况\n按上年末建档立卡数据，全区有贫困人口25万户、55.6万人，贫困发生率为4.1%。\n"
            "从人群看，全区女性贫困人口25.9万人。从区域看，上述盟市合计有贫困人口47.4万人，占全区的{0}%。\n")
    assert not _errors(process_text(text.format("85.3"), year=2017))
    assert _errors(process_text(text.format("88.3"), year=2017)) == [("error", "88.3", "85.25")]


def test_a_closing_total_of_items_named_in_words_is_no_sum_of_the_amounts_before():
    text = ("某省农业产业强镇创建情况\n截至2023年12月底，上述乡镇共争取中央财政资金7.1亿元，已到位5.63亿元，"
            "撬动地方财政资金、社会资本和金融资本合计17.94亿元。\n")
    assert not _errors(process_text(text, year=2024))


def test_deadlines_of_one_sentence_are_several_things_not_one_restated():
    doc = process_text("某区财政厅关于财政扶贫资金绩效考评结果的通报\n一是下达快。中央资金在收到文件后25日内全部下达，自治区资金在自治区政府批复方案后"
                       "30日内下达到位，并督促市县在20日内细化落实扶贫资金分配方案。\n", year=2017)
    f = _by_text(doc)
    assert f["25日"].fund_level == "central" and f["30日"].fund_level == "provincial"
    assert not _errors(doc)


def test_a_count_far_from_the_words_before_it_counts_no_list_of_them():
    doc = process_text("某省2019年脱贫攻坚工作安排\n2019年，全省将持续推进产业扶贫，确保9万农村贫困人口脱贫、剩余100个贫困村出列、5个贫困县摘帽。\n",
                       year=2019)
    assert not _errors(doc)


def test_a_share_of_a_count_described_by_the_noun_after_it():
    text = ("某省产业扶贫工作情况报告\n2014年至2018年，全省累计50个贫困县摘帽、554万贫困人口脱贫，贫困发生率降至1.1%。"
            "今年全省计划减少100万贫困人口。产业发展共带动全省303万贫困人口脱贫，占脱贫总数的{0}%。\n")
    assert not _errors(process_text(text.format("54.7"), year=2019))
    assert _errors(process_text(text.format("57.4"), year=2019)) == [("error", "57.4", "54.69")]


def test_yearly_averages_of_total_growths_since_a_year():
    text = ("某省农业经济发展情况\n2021年，全省农林牧渔业总产值3579亿元，农林牧渔业增加值2270.07亿元，分别比2017年增长15.7%和15.1%，"
            "年均分别增长{0}%和3.6%。\n")
    assert not _errors(process_text(text.format("3.7"), year=2021))
    assert _errors(process_text(text.format("3.9"), year=2021)) == [("error", "3.9", "3.71")]


def test_items_far_below_their_total_claim_no_sum():
    text = "某县2019年光伏收益分配情况\n全年共发放光伏收益3.2万元，其中甲村{0}元、乙村8800元。\n"
    assert not [x for x in process_text(text.format(7750), year=2019).findings if x.severity != "info"]
    assert [x.severity for x in process_text(text.format(21750), year=2019).findings if x.rule == "parts_sum"] \
        == ["warning"]


def test_a_section_of_its_main_projects_holds_only_some_of_its_total():
    text = ("某区2022年巩固拓展脱贫攻坚成果情况报告\n二、资金保障\n（一）资金投入规模。2022年，上级共下达我区衔接资金1931万元。\n"
            "（二）产业项目实施情况。2022年，共实施产业项目7个，投入衔接资金1682.5434万元。主要项目如下：\n"
            "1.甲村冷库建设工程项目。该项目投入衔接资金297万元，已全部支出。\n2.乙村恒温库建设项目。该项目投入衔接资金425万元，已全部支出。\n"
            "3.丙合作社保鲜库建设项目。该项目投入衔接资金325万元。\n其余产业项目的实施情况另行报送。\n三、下一步工作\n加强管理。\n")
    assert not _errors(process_text(text, year=2022))


def test_the_total_checked_against_the_levels_is_the_one_that_states_them():
    text = ("2021年一季度某区下达为民办实事资金627亿元\n今年一季度，全区共下达自治区政府为民办实事财政资金627亿元，下达进度达到88.74%。\n"
            "截至3月31日，累计筹措下达财政资金627.43亿元，其中中央财政补助501.47亿元，筹措下达进度90.92%；"
            "自治区本级财政安排{0}亿元，筹措下达进度81.01%。\n")
    assert not _errors(process_text(text.format("125.96"), year=2021))
    assert _errors(process_text(text.format("126.96"), year=2021), "received_sum") == \
        [("error", "62743000000", "62843000000")]


def test_counts_of_one_thing_before_a_closing_total_of_another():
    doc = process_text("某州扶贫工作情况\n全州有甲、乙、丙、丁4个国家级贫困县（市），另有戊市1个省定片区县（市），贫困村共计304个。\n", year=2016)
    assert not _errors(doc)
    listed = process_text("某县报告\n全县有产业项目4个，基础设施项目3个，项目共计8个。\n", year=2016)
    assert _errors(listed, "parts_sum") == [("error", "8", "7")]


def test_the_funds_referred_back_against_the_list_they_are_handed_out_in():
    text = ("某盟报告\n2013年自治区向我盟下达扶贫项目3个，项目资金共计3000万元，目前已全部到位。\n一、资金分配情况\n"
            "上述资金全部安排给我盟国家级贫困旗县，按旗县分配如下：甲旗1000万元，乙旗1000万元，丙旗{0}万元，由各旗分别组织实施。\n")
    assert not _errors(process_text(text.format(1000), year=2013))
    assert _errors(process_text(text.format(1200), year=2013)) == [("error", "30000000", "32000000")]


def test_a_share_for_industry_with_no_provincial_amount_is_checked_against_the_base_it_names():
    text = ("某区京蒙扶贫协作工作情况报告\n一、财政援助资金投入和使用情况\n2018年至2019年，北京市各级财政向我区投入援助资金共计27.44亿元。\n"
            "在资金使用上，自治区安排20.7亿元援助资金用于产业扶贫项目，占援助资金总数的{0}%。\n")
    assert not _errors(process_text(text.format("75.4"), year=2019))
    assert _errors(process_text(text.format("73.4"), year=2019)) == [("error", "73.4", "75.44")]


def test_a_budget_execution_rate_over_the_budget_its_period_states():
    text = "某县2023年度衔接资金绩效自评报告\n一、预算执行\n年初预算数6000万元，全年执行数5650万元，预算执行率为{0}%。\n"
    assert not _errors(process_text(text.format("94.17"), year=2023))
    assert _errors(process_text(text.format("92.4"), year=2023)) == [("error", "92.4", "94.17")]


def test_a_standard_per_village_with_its_verb_times_the_villages():
    text = "某县2023年度衔接资金绩效自评报告\n二、资金使用\n支持12个村发展集体经济，每村补助50万元，共计{0}万元。\n"
    assert not _errors(process_text(text.format(600), year=2023))
    assert _errors(process_text(text.format(650), year=2023)) == [("warning", "6500000", "6000000")]


def test_the_first_county_after_a_breakdown_lead_keeps_its_scope_over_its_clause():
    text = ("阿克苏地区2023年度衔接资金绩效自评报告\n一、资金到位\n全地区共到位衔接资金3.2亿元，已支出2.9亿元，支出进度90.63%。"
            "分县看：温宿县到位1.2亿元，支出1.1亿元，支出进度91.67%；沙雅县到位1亿元，支出0.9亿元，支出进度90%；"
            "拜城县到位1亿元，支出0.9亿元，支出进度90%。\n")
    doc = process_text(text, year=2023)
    assert _by_text(doc)["1.1亿元"].scope == "地:温宿县" and _by_text(doc)["91.67%"].field == ""
    assert not _errors(doc)


def test_levels_after_qizhong_of_a_batch_are_that_batchs_parts():
    text = ("某县2023年度衔接资金绩效自评报告\n一、资金下达\n省级财政分三批下达我县衔接资金，第一批2000万元，第二批2500万元，"
            "第三批1500万元，累计下达6000万元。其中第一批中央资金{0}万元、省级资金500万元。\n")
    assert not _errors(process_text(text.format(1500), year=2023))
    assert _errors(process_text(text.format(1600), year=2023)) == [("error", "20000000", "21000000")]


def test_a_parts_plan_right_before_what_came_of_it_is_no_part():
    text = ("某县2023年度衔接资金绩效自评报告\n一、资金投入\n年初计划投入衔接资金6500万元，实际到位6000万元，到位率92.31%。"
            "其中中央资金计划3500万元，实际到位3200万元。\n")
    doc = process_text(text, year=2023)
    assert _by_text(doc)["3500万元"].measure == "planned" and _by_text(doc)["3500万元"].field == ""
    assert not _errors(doc)


def test_a_sentence_opening_with_a_project_named_after_a_place_is_that_projects():
    text = ("某县2023年度衔接资金绩效自评报告\n二、项目支出\n张桥村产业路项目预算120万元，已支付108万元，支付率90%；"
            "柳湾村冷库项目预算80万元，已支付80万元，支付率100%。全县到位衔接资金6000万元，已支付5650万元，支付率94.17%。\n")
    doc = process_text(text, year=2023)
    f = _by_text(doc)
    assert f["90%"].scope == "项目:张桥村产业路项目" and f["90%"].field == ""
    assert f["94.17%"].field == "execution_rate" and f["94.17%"].scope == ""
    assert not _errors(doc)
    listed = process_text("某省报告\n甘肃省上报的秦安县堤防工程、永靖县公路工程等6个项目获批，共安排建设资金2940万元。\n", year=2011)
    assert _by_text(listed)["2940万元"].scope == ""


def test_each_levels_spending_rate_over_the_amount_received_its_clause_names():
    text = ("某县2023年度衔接资金绩效自评报告\n一、资金使用\n中央资金到位3200万元，支出3100万元，支出率96.88%；省级资金到位1450万元，"
            "支出1300万元，支出率{0}%；县级资金到位1350万元，支出1250万元，支出率92.59%。\n")
    assert not _errors(process_text(text.format("89.66"), year=2023))
    assert _errors(process_text(text.format("86.99"), year=2023)) == [("error", "86.99", "89.66")]


def test_a_projects_completion_rate_over_its_total_investment_stated_before():
    text = ("某县2023年度衔接资金绩效自评报告\n一、项目基本情况\n（一）张桥村产业路项目\n项目总投资500万元，其中衔接资金400万元，群众自筹100万元。"
            "已完成投资480万元，完成率{0}%。\n（二）柳湾村冷库项目\n项目总投资300万元，其中衔接资金260万元，村集体自筹40万元。"
            "已完成投资300万元，完成率100%。\n")
    assert not _errors(process_text(text.format(96), year=2023))
    assert _errors(process_text(text.format(98), year=2023)) == [("error", "98", "96")]


def test_a_rate_of_risks_removed_over_the_households_monitored():
    text = "某县2023年度衔接资金绩效自评报告\n三、效益\n全县纳入监测对象856户2853人，其中已消除风险612户2055人，风险消除率{0}%。\n"
    assert not _errors(process_text(text.format("71.5"), year=2023))
    assert _errors(process_text(text.format("75.1"), year=2023)) == [("error", "75.1", "71.5")]


def test_the_shares_of_a_breakdowns_items_never_pass_all_of_it():
    text = "某县2023年度衔接资金绩效自评报告\n二、资金结构\n从资金用途看，产业发展占62%，基础设施占30%，就业帮扶占{0}%。\n"
    assert not _errors(process_text(text.format(8), year=2023))
    assert not _errors(process_text(text.format(5), year=2023))      # some items left out
    assert _errors(process_text(text.format(12), year=2023)) == [("error", "100", "104")]


def test_a_total_of_every_level_counts_the_level_stated_before_its_list():
    text = ("某县2023年度衔接资金绩效自评报告\n一、资金投入\n2023年县级财政安排衔接资金1050万元，较上年增加150万元，增长16.67%。"
            "中央资金3200万元、省级资金1450万元、市级资金{0}万元，各级合计6000万元。\n")
    assert not _errors(process_text(text.format(300), year=2023))
    assert _errors(process_text(text.format(400), year=2023)) == [("error", "60000000", "61000000")]


def test_group_scores_listed_without_their_full_marks_are_groups_too():
    text = ("某县2023年度衔接资金绩效自评报告\n四、自评结论\n经综合评价，本项目自评得分96分，其中产出指标48分（满分50分），"
            "效益指标28分（满分30分），满意度指标10分，预算执行率指标{0}分，评价等级为“优”。\n")
    assert not _errors(process_text(text.format(10), year=2023))
    assert _errors(process_text(text.format(8), year=2023)) == [("error", "96", "94")]


def test_an_evaluations_total_against_its_groups_and_its_grade():
    text = ("某县2023年度衔接资金项目绩效评价报告\n一、评价结论\n经评价，该项目综合得分{0}分，其中决策指标15分，过程指标18.5分，"
            "产出指标38分，效益指标21分，评价等级为“优”。\n")
    doc = process_text(text.format("92.5"), year=2023)
    assert not _errors(doc) and all(f.field != "self_score" for f in doc.figures)
    assert _errors(process_text(text.format("93.5"), year=2023)) == [("error", "93.5", "92.5")]
    graded = "某县2023年度衔接资金项目绩效评价报告\n一、评价结论\n该项目综合得分85分，评价等级为“优”。\n"
    assert [(x.rule, x.severity) for x in process_text(graded, year=2023).findings if x.severity != "info"] \
        == [("grade_band", "warning")]     # the usual bands, the report stating none of its own


def test_full_marks_less_the_deductions_is_the_score():
    text = "某县2023年度衔接资金项目绩效评价报告\n二、扣分情况\n满意度指标满分10分，因部分群众不满意扣1分，得{0}分。\n"
    assert not _errors(process_text(text.format(9), year=2023))
    assert _errors(process_text(text.format(8), year=2023)) == [("error", "8", "9")]


WHOLE_REPORT = (
    "某某县2024年度衔接推进乡村振兴补助资金绩效自评报告\n"
    "\n"
    "县财政局、县农业农村局：\n"
    "根据《关于开展2024年度衔接推进乡村振兴补助资金绩效评价工作的通知》（某财农〔2025〕8号）要求，我局对2024年度衔接资金使用情况开展了绩效自评，现将自评情况报告如下。\n"
    "\n"
    "一、基本情况\n"
    "（一）资金安排情况。2024年全县共到位衔接推进乡村振兴补助资金8650万元，其中中央资金5200万元，省级资金2100万元，市级资金350万元，县级资金1000万元。县级安排资金较上年的900万元增长11.11%。\n"
    "（二）资金使用方向。按支持方向分，产业发展类项目安排5360万元，占到位资金的61.97%；农村基础设施类项目安排2290万元；就业帮扶类项目安排600万元；项目管理费等其他支出400万元。中央和省级衔接资金用于产业发展的比例为62.19%。\n"
    "（三）项目实施情况。全年共实施衔接资金项目112个，其中产业发展类项目58个、基础设施类项目41个、就业帮扶类项目9个、其他项目4个。截至2024年12月31日，已完工105个，在建7个，完工率93.75%。\n"
    "\n"
    "二、绩效目标完成情况\n"
    "（一）资金支出情况。截至2024年12月31日，衔接资金已支出8215.6万元，支出进度94.98%；结转结余434.4万元，主要为项目质保金和尚未完成验收项目的尾款，将于2025年上半年支付完毕。其中中央资金支出5020万元，支出率96.54%；省级资金支出1980万元，支出率94.29%。\n"
    "（二）产出指标。新建和改造产业路35.6公里，建设冷链仓储设施12处，发展特色种植2.3万亩；发放小额信贷贴息资金186万元，惠及脱贫户1550户，户均贴息1200元；雨露计划补助1260人，每人补助3000元，共计378万元。\n"
    "（三）效益指标。项目带动脱贫户和监测户3860户增收，其中脱贫户3200户、监测户660户。全县脱贫人口人均纯收入达到16850元，同比增长12.3%。全县纳入防返贫监测对象1026户3412人，已消除风险738户2466人，风险消除率71.93%。\n"
    "（四）满意度指标。抽样调查群众满意度为96.5%。\n"
    "\n"
    "三、自评结论\n"
    "经综合评价，2024年度衔接资金绩效自评得分95.5分，其中产出指标48分（满分50分），效益指标28.5分（满分30分），满意度指标9分（满分10分），预算执行率指标10分（满分10分），评价等级为“优”。\n"
    "\n"
    "四、存在问题和改进措施\n"
    "部分项目前期准备不充分，开工较晚，导致资金支出进度前慢后快。下一步将加强项目库建设，提前做好项目前期工作。\n"
    "\n"
    "某某县农业农村局\n"
    "2025年3月10日\n"
)


def test_a_whole_clean_self_assessment_gives_no_error_nor_warning():
    doc = process_text(WHOLE_REPORT, year=2024)
    assert not [(x.rule, x.message) for x in doc.findings if x.severity != "info"]
    f = {x.text: x for x in doc.figures}
    assert f["400万元"].field == "" and f["8215.6万元"].field == "funds_spent"     # 项目管理费等其他支出: a use
    assert f["660户"].field == "" and f["1026户"].field == "households_monitored"  # the monitored among those helped
    growth = next(x for x in doc.findings if x.rule == "county_growth")
    assert (growth.declared, growth.computed) == ("11.11", "11.11")             # over the county's funds received


def test_changes_to_a_whole_self_assessment_are_found():
    changed = [("中央资金5200万元，省级", "中央资金5300万元，省级"), ("占到位资金的61.97%", "占到位资金的63.97%"),
               ("支出率96.54%", "支出率98.54%"), ("完工率93.75%", "完工率95.75%"), ("结转结余434.4万元", "结转结余334.4万元")]
    for before, after in changed:
        doc = process_text(WHOLE_REPORT.replace(before, after, 1), year=2024)
        assert [x for x in doc.findings if x.severity == "error"], after


PREFECTURE_REPORT = (
    "阿克苏地区2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n"
    "\n"
    "省财政厅、省农业农村厅：\n"
    "按照《关于开展2023年度财政衔接推进乡村振兴补助资金绩效评价的通知》要求，我地区组织各县（区）开展了绩效自评，现将全地区自评情况报告如下。\n"
    "\n"
    "一、资金投入情况\n"
    "2023年，全地区共争取各级财政衔接资金12.86亿元，比上年增加0.96亿元，增长8.07%。其中：中央资金7.92亿元，省级资金2.85亿元，市级资金0.35亿元，县级资金1.74亿元。分县看，温宿县到位4.12亿元，沙雅县到位3.36亿元，拜城县到位2.98亿元，乌什县到位2.40亿元。\n"
    "\n"
    "二、资金使用情况\n"
    "截至2023年12月31日，全地区衔接资金累计支出12.15亿元，支出进度94.48%。分县看，温宿县支出3.95亿元，支出进度95.87%；沙雅县支出3.18亿元，支出进度94.64%；拜城县支出2.80亿元，支出进度93.96%；乌什县支出2.22亿元，支出进度92.5%。\n"
    "全地区衔接资金用于产业发展7.85亿元，占中央和省级衔接资金的72.9%；其中中央资金用于产业发展5.98亿元，占中央资金的75.51%。\n"
    "\n"
    "三、项目实施情况\n"
    "全地区共实施衔接资金项目1286个，其中产业发展项目715个，农村基础设施项目402个，就业帮扶项目96个，其他项目73个。截至年底，已完工1238个，完工率96.27%。\n"
    "\n"
    "四、绩效目标完成情况\n"
    "全地区脱贫人口人均纯收入达到15236元，较上年增长13.1%；纳入防返贫监测对象5321户18453人，累计消除风险3875户13621人，风险消除率72.82%。全地区小额信贷新增发放3.26亿元，支持脱贫户7620户，户均4.28万元。\n"
    "\n"
    "五、自评结果\n"
    "根据评分标准，全地区衔接资金绩效自评得分96分，评价等级为“优”。\n"
    "\n"
    "阿克苏地区财政局  阿克苏地区农业农村局\n"
    "2024年2月20日\n"
)


def test_a_whole_clean_prefecture_report_and_its_changes():
    assert not [(x.rule, x.message) for x in process_text(PREFECTURE_REPORT, year=2023).findings if x.severity != "info"]
    changed = [("温宿县支出3.95亿元，支出进度95.87%", "温宿县支出3.95亿元，支出进度97.87%"), ("户均4.28万元", "户均4.58万元"),
               ("乌什县支出2.22亿元", "乌什县支出2.32亿元")]
    for before, after in changed:
        doc = process_text(PREFECTURE_REPORT.replace(before, after, 1), year=2023)
        assert [x for x in doc.findings if x.severity == "error"], after


TOWNSHIP_REPORT = (
    "洛川县凤栖街道2023年衔接资金项目绩效自评报告\n"
    "\n"
    "一、项目基本情况\n"
    "2023年，凤栖街道共实施衔接资金项目3个，总投资385万元，其中衔接资金350万元，群众自筹35万元。\n"
    "（一）谷咀村苹果冷库建设项目。项目总投资180万元，其中中央衔接资金160万元，群众自筹20万元。建设1000吨冷库1座，项目于2023年10月竣工验收，已支付资金172万元，支付率95.56%，剩余8万元为质保金。\n"
    "（二）安善村产业路硬化项目。项目总投资125万元，其中省级衔接资金115万元，群众自筹10万元。硬化道路3.2公里，已支付资金120万元，支付率96%，结余5万元。\n"
    "（三）京兆村雨露计划补助项目。项目资金80万元，全部为县级衔接资金，补助学生400人次，每人次2000元，已全部发放到位。\n"
    "\n"
    "二、绩效目标完成情况\n"
    "3个项目全部按期完工，项目验收合格率100%。项目共带动脱贫户和监测户265户增收，户均增收1500元。群众满意度98%。\n"
    "\n"
    "三、资金使用情况\n"
    "截至2023年12月31日，3个项目共支付衔接资金372万元，支付率96.62%，结余13万元。\n"
    "\n"
    "洛川县凤栖街道办事处\n"
    "2024年1月15日\n"
)


def test_a_township_report_of_three_projects_one_of_them_naming_its_amount_otherwise():
    assert not [(x.rule, x.message) for x in process_text(TOWNSHIP_REPORT, year=2023).findings if x.severity != "info"]
    changed = process_text(TOWNSHIP_REPORT.replace("项目资金80万元", "项目资金90万元", 1), year=2023)
    assert _errors(changed) == [("error", "3850000", "3950000")]


def test_the_rest_of_a_bracket_after_its_first_part_stays_in_the_bracket():
    text = ("某县2022年度衔接资金绩效自评报告\n一、资金下达\n省财政厅下达我县衔接资金共计32568万元，其中：中央资金24315万元（含以工代赈任务资金"
            "1260万元、少数民族发展任务资金850万元），省级资金{0}万元。\n")
    assert not _errors(process_text(text.format(8253), year=2022))
    assert _errors(process_text(text.format(8353), year=2022)) == [("error", "325680000", "326680000")]


def test_an_output_times_the_price_it_is_counted_at_after_it():
    text = "某县光伏产业帮扶项目绩效自评报告\n三、项目实施\n全年发电量42.3万千瓦时，实现发电收益{0}万元，按每千瓦时0.4元计算。\n"
    assert not _errors(process_text(text.format("16.92"), year=2023))
    assert not _errors(process_text(text.format("18.92"), year=2023))      # 0.4元 stands for 0.35–0.45元
    assert _errors(process_text(text.format("22.92"), year=2023)) == [("warning", "229200", "169200")]


INTEGRATION_REPORT = (
    "会宁县2021年度统筹整合使用财政涉农资金绩效自评报告\n"
    "\n"
    "一、整合资金规模\n"
    "2021年，全县计划整合财政涉农资金58600万元，实际整合57800万元，整合率98.63%。其中：中央资金43260万元，省级资金10540万元，市级资金1200万元，县级资金2800万元。按资金类别分，财政衔接推进乡村振兴补助资金36850万元，占实际整合资金的63.75%；其他涉农资金20950万元。\n"
    "\n"
    "二、资金使用情况\n"
    "整合资金安排项目268个，其中产业发展类项目132个、安排资金35680万元，基础设施类项目109个、安排资金18760万元，其他类项目27个、安排资金3360万元。截至2021年12月31日，已支付整合资金55320万元，支付率95.71%，结转2480万元。\n"
    "\n"
    "三、绩效目标完成情况\n"
    "全县脱贫人口人均纯收入达到12650元，较上年的11230元增长12.64%。项目覆盖全县28个乡镇、284个行政村。\n"
    "\n"
    "四、自评结论\n"
    "自评得分95分，等级为优。\n"
)


def test_an_integration_report_whose_base_is_qualified_like_one_of_its_amounts():
    doc = process_text(INTEGRATION_REPORT, year=2021)
    assert not _errors(doc)
    assert [f.text for f in doc.figures if f.field == "industry_investment"] == ["35680万元"]    # not the next class's
    changed = process_text(INTEGRATION_REPORT.replace("占实际整合资金的63.75%", "占实际整合资金的65.75%"), year=2021)
    assert _errors(changed) == [("error", "65.75", "63.75")]


def test_a_share_of_the_batch_its_words_name():
    text = ("某县2025年第一批衔接资金项目计划的公示\n一、资金规模\n本批次安排衔接资金12680万元，其中中央资金8920万元、自治区资金3760万元。\n"
            "二、项目安排\n共安排项目46个。其中：产业发展类项目28个，安排资金8240万元，占本批资金的{0}%；农村基础设施类项目12个，安排资金3580万元；"
            "就业帮扶类项目4个，安排资金620万元；项目管理费2个，安排资金240万元。\n")
    assert not _errors(process_text(text.format("64.98"), year=2025))
    assert _errors(process_text(text.format("66.98"), year=2025)) == [("warning", "66.98", "64.98")]


def test_among_them_after_zai_is_no_list_of_parts():
    text = "某市2016年度农村综合改革绩效考评情况\n全省考评四个单项工作。我市所辖的两个县、一个市和一个区分别在其中三个单项考评中获评优秀，合计获得奖励资金1500万元。\n"
    assert not _errors(process_text(text, year=2016))        # 在其中: among the four, no parts of 两个县
    listed = "某县2023年度衔接资金绩效自评报告\n全县共有贫困村28个，其中深度贫困村6个、一般贫困村{0}个。\n"
    assert not _errors(process_text(listed.format("22"), year=2023))
    assert _errors(process_text(listed.format("24"), year=2023)) == [("error", "28", "30")]


def test_a_parts_change_beside_it_and_a_bracket_closed_in_its_name_keep_the_list_going():
    text = ("某县2023年国民经济和社会发展统计公报\n第二产业增加值（现价）96962万元，下降1.86%，可比价下降1.4%，其中工业增加值（现价）"
            "{0}万元，下降0.81%，规模以上工业增加值增长0.1%，建筑业增加值（现价）4104万元，下降22.1%。\n")
    assert not _errors(process_text(text.format("92858"), year=2023))
    assert _errors(process_text(text.format("92990"), year=2023)) == [("error", "969620000", "970940000")]


def test_a_table_that_restates_the_total_above_its_parts():
    text = ("某区2022年国民经济和社会发展统计公报\n全年地区生产总值380.35亿元。三次产业增加值如下表。\n"
            "指标\t增加值（亿元）\n地区生产总值\t380.35\n第一产业\t64.99\n第二产业\t157.69\n第三产业\t{0}\n"
            "人均地区生产总值50016元。\n")
    assert not _errors(process_text(text.format("157.67"), year=2022))    # nor 人均… against the row 地区生产总值
    assert _errors(process_text(text.format("167.67"), year=2022)) == [("warning", "38035000000", "39035000000")]


def test_a_remainder_is_the_first_amount_after_its_words_and_of_its_own_paragraphs_budget():
    text = ("关于某市2023年本级财政决算草案的报告\n（一）一般公共预算。总收入为164.47亿元；总支出153.81亿元。收支相抵后，年终结余{0}亿元"
            "（内含债券结余0.93亿元、专款结余9.73亿元），净结余为零。\n（二）政府性基金预算。总收入87.32亿元；总支出84.37亿元。收支相抵，年终结余2.95亿元。\n"
            "（三）社会保险基金预算。预算收入65.17亿元，预算支出57.93亿元，收支相抵后本年收支结余7.24亿元，年终滚存结余78.09亿元。\n")
    assert not _errors(process_text(text.format("10.66"), year=2023))
    assert _errors(process_text(text.format("11.66"), year=2023)) == [("error", "1166000000", "1066000000")] * 2   # and its parts


def test_a_kind_of_a_part_is_inside_it_not_beside_it():
    text = "某县2019年脱贫攻坚工作情况\n全县共有行政村45个，其中贫困村44个，深度贫困村32个。\n"
    assert not _errors(process_text(text, year=2019))
    kinds = "某县2023年度衔接资金绩效自评报告\n全县共有贫困户1200户，其中一般贫困户800户、深度贫困户{0}户。\n"
    assert _errors(process_text(kinds.format("500"), year=2023)) == [("error", "1200", "1300")]


BODIES = ("某区扶贫开发办公室关于中央单位定点帮扶工作情况的汇报\n二、重点帮扶领域\n各单位重点支持贫困县基础设施建设。\n"
          "（一）中国石油天然气集团公司。2002年以来共投入5379.36万元，其中资助定点扶贫县建设水利工程12项，累计投资1286万元。\n"
          "（二）铁道部。共投入3641.25万元，其中建造抗震安居房50套。\n"
          "（三）民航总局。共投入资金3377.58万元，其中援助资金1500万元。\n")


def test_a_heading_that_names_another_body_scopes_its_section():
    doc = process_text(BODIES, year=2006)
    assert not _errors(doc)     # neither one body's amount against the next's, nor (二) and (三) as a total's items
    assert [f.scope for f in doc.figures if f.kind == "money"][2:4] == ["单位:铁道部", "单位:民航总局"]
    assert not [f for f in doc.figures if f.field]


def test_an_amount_then_a_standard_per_household_over_the_households_stated_before():
    text = ("某县2014年易地扶贫搬迁工程第二批实施方案审查意见\n本批搬迁涉及6个乡镇的6个村，共368户2193人。\n"
            "第二批工程总投资5223万元。资金来源为：中央专项资金1316万元；省级配套资金439万元；农村危房改造资金{0}万元，户均11500元。\n")
    assert not _errors(process_text(text.format("423"), year=2014))
    assert _errors(process_text(text.format("424"), year=2014)) == [("warning", "4240000", "4232000")]


def test_a_clause_opening_with_you_after_a_part_says_what_else_there_is():
    text = "某县2024年新型农村集体经济项目实施方案\n（一）红旗村。全村总人口1514人，其中常住人口{0}人，有党员77人、村民代表38人。\n"
    assert not [f for f in process_text(text.format("1203"), year=2024).findings if f.severity != "info"]
    assert _errors(process_text(text.format("1603"), year=2024)) == [("error", "1514", "1603")]


def test_a_list_item_that_opens_with_a_level_then_totals_is_that_levels():
    text = ("某市扶贫办关于财政专项扶贫资金分配情况的公示\n一、资金来源\n1.中央资金，合计2618万元。具体为：依据甲文件下达24万元（本次下达数中不包括乙县的24万元）；"
            "依据丙文件下达1903万元（不包括乙县495万元）；依据丁文件下达106万元（不包括乙县32万元和戊市10万元）；依据己文件下达24万元。\n"
            "2.省级资金，合计6627万元。\n")
    doc = process_text(text, year=2018)
    assert [f.field for f in doc.figures if f.text == "2618万元"] == ["funds_received_central"]
    assert not [f for f in doc.findings if f.severity != "info"]      # the total counts what the brackets leave out
    notice = "某县财政局关于下达2022年市级财政衔接资金的通知\n市里下达我县2022年市级财政衔接推进乡村振兴资金，共计3212万元。\n"
    assert [f.field for f in process_text(notice, year=2022).figures if f.kind == "money"] == ["funds_received_total"]


def test_a_share_of_the_reports_own_fund_named_bare_is_of_its_total_received():
    text = "某县2023年度衔接资金绩效自评报告\n全年到位衔接资金6000万元。其中产业发展资金3720万元，占衔接资金的{0}%。\n"
    assert not _errors(process_text(text.format("62"), year=2023))
    assert _errors(process_text(text.format("65"), year=2023)) == [("error", "65", "62")]
    within = "某县2023年度衔接资金绩效自评报告\n全年到位衔接资金6000万元。产业发展资金3720万元，在衔接资金中所占比重为{0}%。\n"
    assert not _errors(process_text(within.format("62"), year=2023))
    assert _errors(process_text(within.format("65"), year=2023)) == [("error", "65", "62")]


def test_amounts_paid_out_of_the_amount_just_stated_are_at_most_all_of_it():
    text = ("某县2022年旅游财政专项资金跟踪审计结果\n1.旅游市场开拓培育补助资金16.6万元。该笔资金于2021年6月拨付，向甲公司、乙公司、丙公司分别付款"
            "5.25万元、{0}万元、5.25万元，用于短信发送业务。\n")
    assert not _errors(process_text(text.format("6.1"), year=2022))       # some of it: the rest may wait
    assert _errors(process_text(text.format("7.125"), year=2022)) == [("error", "166000", "176250")]


def test_a_first_part_that_is_all_of_the_total_leaves_nothing_for_the_others():
    text = "某扶贫办2016年度部门整体支出绩效自评报告\n纳入自评范围的单位共计1个，其中行政单位1个，参公事业单位0个，其他事业单位{0}个。\n"
    assert not _errors(process_text(text.format("0"), year=2016))
    assert _errors(process_text(text.format("1"), year=2016)) == [("error", "1", "2")]


def test_a_closing_that_counts_its_items_without_yishang():
    text = ("某村2020年光伏扶贫收益分配情况\n2020年，新联村从光伏收益中安排6.77万元设置公益岗位；另安排0.605万元，直接补助无劳动能力的贫困人口。"
            "两项合计使用光伏收益{0}万元。\n")
    assert not _errors(process_text(text.format("7.375"), year=2020))
    assert _errors(process_text(text.format("7.735"), year=2020)) == [("error", "77350", "73750")]


def test_a_total_stated_as_made_of_the_other_is_no_restatement_of_it():
    text = ("某镇2023年度衔接资金项目绩效自评报告\n一、资金下达\n2023年，我镇共获得财政专项衔接资金1077.56万元，其中中央专项衔接资金630.2万元，"
            "省级专项衔接资金429.36万元，市级资金18万元；另有预拨资金53.15万元。\n二、资金到位\n全年项目资金共到位1130.71万元，由财政专项衔接资金"
            "1077.56万元和预拨资金53.15万元构成。\n资金类别\t到位金额（万元）\n中央专项衔接资金\t630.2\n省级专项衔接资金\t429.36\n市级资金\t18\n"
            "财政专项衔接资金小计\t1077.56\n预拨资金\t53.15\n合计\t1130.71\n")
    assert not [f for f in process_text(text, year=2023).findings if f.severity != "info" and f.rule == "same_figure_differs"]


def test_money_taken_back_is_neither_spent_nor_left():
    doc = process_text("某审计结果公告\n审计指出问题后，已追回被骗取套取和违规使用的资金1422.6万元，收回闲置资金6981.59万元。\n", year=2016)
    assert [f.measure for f in doc.figures if f.kind == "money"] == ["recovered", "recovered"]


def test_a_share_is_its_subjects_not_the_year_befores_nor_the_change():
    text = ("某县2019年度财政专项扶贫资金绩效自评报告\n2019年各级共投入我县财政专项扶贫资金16540万元。"
            "县级预算安排的1850万元比2018年的1520万元增加330万元，增长21.71%，占全县投入总量的{0}%。\n")
    assert not _errors(process_text(text.format("11.19"), year=2019))
    assert _errors(process_text(text.format("12.19"), year=2019)) == [("error", "12.19", "11.19")]


def test_a_share_said_of_each_of_the_amounts_before_their_sum():
    text = ("某县2022年农村饮水工程维修养护项目绩效自评报告\n下达中央财政资金30.9万元，县财政安排配套资金30.9万元，两项共计61.8万元，"
            "中央资金与县级配套资金各占项目总投资的{0}%。\n")
    assert not _errors(process_text(text.format("50"), year=2022))
    assert _errors(process_text(text.format("60"), year=2022)) == [("error", "60", "50")]


def test_a_bracket_after_a_rate_holds_the_rates_own_amount():
    text = ("某市2021年衔接资金支付情况通报\n支付率低于全省平均进度的有：开发区33.48%（已支付38.5万元），恩阳区52.23%（已支付1021.6万元），"
            "通江县61.79%（已支付5310.2万元）。\n")
    assert not _errors(process_text(text, year=2021))


def test_a_share_of_a_levels_funds_is_of_the_funds_not_of_their_spending():
    text = ("某市2021年度市级衔接资金绩效自评报告\n2021年市级财政预算安排衔接推进乡村振兴补助资金3000万元，市本级统筹420万元用于考核奖补。\n"
            "截至2021年12月31日，市级衔接资金累计支出2913.6万元，结转86.4万元。\n全年产业项目投入资金1836万元，占市级衔接资金的{0}%。\n")
    assert not _errors(process_text(text.format("61.2"), year=2021))
    assert _errors(process_text(text.format("63.01"), year=2021)) == [("error", "63.01", "61.2")]


def test_a_spending_rate_over_the_amount_its_own_sentence_states():
    text = ("某市2022年衔接资金到位及支出情况\n2022年全市累计到位中央和省级衔接资金62292万元。\n截至4月30日，第一批下达的48012万元衔接资金"
            "已支出19700万元，支出率{0}%。\n")
    assert not _errors(process_text(text.format("41.03"), year=2022))


def test_a_grade_is_named_after_its_word_not_read_from_zhong_in_a_sentence():
    text = ("某县2018年度财政专项扶贫资金项目绩效评价报告\n评价中我们实施了核对会计记录、座谈询问、实地查看等程序。\n"
            "按各镇评价得分加权平均计算，全县综合得分为93.22分，评价等级为“优”。\n")
    doc = process_text(text, year=2018)
    assert doc.grade == "优" and not _errors(doc)


def test_amounts_handed_out_after_fenpeidao_and_items_of_one_list_that_are_no_levels_of_a_total():
    text = ("某县2024年度中央水利发展资金绩效自评报告\n一、资金来源\n2024年，市财政局先后以三个文件向我县下达水利建设资金：一是下达我县中央水利发展资金"
            "2263万元；二是下达我县衔接资金791万元；三是下达我县自治区资金6万元。\n二、资金分配\n1．中央水利发展资金2263万元，分配到中小河流治理工程"
            "1435万元、小型水库工程维修养护25万元、农村饮水工程维修养护55万元、小流域综合治理700万元、山洪灾害防治6万元、水资源管理{0}万元、"
            "农业水价综合改革18万元。\n")
    assert not _errors(process_text(text.format("24"), year=2024))
    assert _errors(process_text(text.format("14"), year=2024)) == [("warning", "22630000", "22530000")]   # uses: maybe not all


def test_parts_on_the_line_after_a_lead_that_ends_its_line_take_no_field_of_the_total():
    text = ("某县乡村振兴局2021年度部门整体支出绩效自评报告\n二、部门支出情况\n2021年度部门决算支出总计2816314.17元，基本支出1505167.46元。基本支出中：\n"
            "（1）工资福利支出925945.66元，包括基本工资500425元、津贴补贴34110元。\n")
    doc = process_text(text, year=2021)
    assert not [f for f in doc.findings if f.rule == "same_figure_differs"]
    assert not [f for f in doc.figures if f.text == "925945.66元" and f.field]


def test_a_total_right_before_a_colon_against_the_items_after_it_as_many_as_its_count():
    text = ("某县2020年财政专项扶贫资金抽查情况\n到村产业扶贫项目3个，共计{0}万元：甲镇蔬菜大棚项目128.6万元，乙镇冷链仓储项目96.5万元，"
            "丙镇设施农业项目110万元。\n")
    assert not _errors(process_text(text.format("335.1"), year=2020))
    assert _errors(process_text(text.format("345.1"), year=2020)) == [("error", "3451000", "3351000")]


def test_a_floor_restated_in_a_bracket_of_a_table_cell_against_the_one_amount_stated_before():
    text = ("某县以工代赈项目公示\n一、项目安排\n本批安排中央财政衔接推进乡村振兴补助资金（以工代赈任务）375万元，用于农村公益性基础设施建设。\n"
            "项目\t内容\n补助资金\t中央财政衔接推进乡村振兴补助资金（以工代赈任务）375万元\n"
            "劳务报酬\t劳务报酬发放比例不低于国家下达资金计划的42%（不低于{0}万元）\n")
    assert not _errors(process_text(text.format("157.50"), year=2025))
    assert _errors(process_text(text.format("167.50"), year=2025)) == [("error", "1675000", "1575000")]


def test_a_share_of_a_whole_named_in_other_words_of_which_its_part_is_some():
    text = ("某市乡村振兴资金审计结果\n2019年至2021年，全市财政在高标准农田建设等方面累计投入资金31074.26万元。审计重点抽查了其中的涉农专项资金"
            "9305.58万元，占投入总额的{0}%。\n")
    assert not _errors(process_text(text.format("29.95"), year=2021))
    assert _errors(process_text(text.format("29.94"), year=2021)) == [("error", "29.94", "29.95")]


def test_a_line_that_opens_with_a_place_and_its_verb_is_that_places():
    text = ("张掖市2022年衔接资金到位及支出情况\n截至4月30日，第一批下达的48012万元衔接资金已支出19700万元，支出率41.03%。\n分县（区）看第一批资金的支出情况：\n"
            "    甘州区下达9876万元，支出4210.3万元，支出率42.63%；\n    临泽县下达6420万元，支出2845.6万元，支出率44.32%。\n"
            "以上各县（区）的支出进度已按月通报，进度滞后的县区要查找原因、倒排工期，确保年底前全部支出。\n张掖市乡村振兴局\n2022年5月10日\n")
    doc = process_text(text, year=2022)
    assert [f.field for f in doc.figures if f.kind == "money"][1:] == ["funds_spent", "", "", "", ""]
    assert {f.scope for f in doc.figures[5:]} == {"地:甘州区", "地:临泽县"}


def test_a_bracket_right_after_a_figure_keeps_its_scope():
    text = ("巴中市2021年衔接资金支付情况通报\n支付率低于全省平均进度的有：通江县61.79%（已支付5310.2万元），巴州区62.72%（已支付1508.3万元）。\n")
    doc = process_text(text, year=2021)
    assert [(f.scope, f.field) for f in doc.figures if f.kind == "money"] == [("地:通江县", ""), ("地:巴州区", "")]


def test_a_report_on_one_levels_funds_takes_that_levels_spending_as_its_own():
    text = ("某市2021年度市级财政衔接推进乡村振兴补助资金绩效自评报告\n一、资金使用\n截至2021年12月31日，市级衔接资金累计支出2913.6万元，"
            "执行率97.12%，结转86.4万元。\n")
    fields = {f.field: str(f.value) for f in process_text(text, year=2021).figures if f.field}
    assert fields.get("funds_spent") == "29136000.0" and fields.get("execution_rate") == "97.12"


def test_an_autonomous_prefecture_named_short_is_a_prefecture_and_a_long_first_line_a_title():
    notice = ("阿坝州财政局 阿坝州农业农村局关于预下达2024年州级财政衔接推进乡村振兴补助资金的通知\n各县（市）财政局、农业农村局：\n"
              "现预下达你县（市）2024年州级财政衔接推进乡村振兴补助资金，全州合计3100万元。对小金、理县、松潘8个县安排资金850万元。\n"
              "阿坝州财政局\n2024年3月1日\n")
    doc = process_text(notice, year=2024)
    assert (doc.county, doc.city) == ("", "阿坝藏族羌族自治州")
    audit = ("若尔盖县人民政府2018年度扶贫资金分配管理使用、扶贫项目建设管理和2017至2018年惠农补贴资金管理发放使用情况审计结果公告\n"
             "阿坝州审计局对若尔盖县人民政府2018年度扶贫资金进行了审计。\n阿坝州审计局\n2019年12月17日\n")
    assert process_text(audit).county == "若尔盖县"


def test_the_total_after_the_countys_own_funds_that_adds_them_is_the_total_received():
    text = ("谢家集区2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金下达\n中央、省、市三级下达我区的2023年衔接资金共1586万元，其中中央资金812万元、"
            "省级资金603万元、市级资金171万元。区本级预算安排衔接资金300万元。全年各级衔接资金合计1886万元，全部到位。\n二、预算执行\n"
            "截至2023年12月31日，全区衔接资金累计支付1843.52万元，尚未支付42.48万元，支付率97.75%。\n")
    doc = process_text(text, year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["1886万元"]
    assert not _errors(doc)


MULTI_YEAR = ("霍邱县2021—2023年财政衔接推进乡村振兴补助资金使用情况报告\n一、资金投入总体情况\n2021年至2023年，全县累计投入衔接资金11.12亿元。"
              "累计支出108260.8万元，综合支出率97.36%。\n表1 到位及支出情况（单位：万元）\n年度\t中央\t省级\t合计\t已支出\t结转结余\t支出率（%）\n"
              "2021年\t21436\t13352\t34788\t33920.6\t867.4\t97.51\n2022年\t23168\t14115\t37283\t36125.4\t1157.6\t96.90\n"
              "2023年\t24350\t14780\t39130\t38214.8\t915.2\t97.66\n合计\t68954\t42247\t111201\t108260.8\t2940.2\t97.36\n二、分年度情况\n"
              "（一）2021年。\n各级衔接资金到位34788万元，其中中央21436万元、省级13352万元；当年支出33920.6万元，结转867.4万元。\n"
              "（二）2023年。\n到位39130万元，其中中央24350万元、省级14780万元；当年支出38214.8万元，支出率97.66%，结转结余915.2万元。\n")


def test_a_report_over_several_years_keeps_each_years_figures_to_its_year():
    doc = process_text(MULTI_YEAR, year=2023)
    assert not [f for f in doc.findings if f.severity != "info"]
    assert {f.period for f in doc.figures if f.text == "34788万元"} == {"2021"}
    assert [str(f.value) for f in doc.figures if f.field == "execution_rate"] == ["97.66"]


def test_a_share_of_the_amount_its_parts_make_up():
    text = ("某县2022年第一批财政衔接资金分配公告\n本批资金合计19020万元。\n（一）产业发展类项目共安排9379万元，由中央资金5938.4万元和省级资金3440.6万元组成，"
            "占本批资金总额的{0}%。\n")
    assert not _errors(process_text(text.format("49.3"), year=2022))
    assert _errors(process_text(text.format("59.3"), year=2022)) == [("error", "59.3", "49.31")]


def test_an_items_own_parts_right_after_it_are_no_parts_of_the_total():
    text = ("某镇2023年道路项目绩效自评报告\n项目总投资160万元，资金来源为区级财政衔接资金40万元和其他资金120万元。分项目看，甲村茶园路项目总投资96万元，"
            "使用衔接资金24万元、其他资金72万元；乙村水口路项目总投资64万元，使用衔接资金16万元、其他资金48万元。\n")
    assert not _errors(process_text(text, year=2023))


def test_a_place_after_qizhong_at_a_sentences_head_scopes_its_sentence():
    text = ("福州市2023年1-9月衔接资金支付情况通报\n中央和省级累计下达我市衔接资金1.86亿元。截至9月底，全市衔接资金累计支付14652.21万元，支付率为78.78%。"
            "其中永泰县下达资金最多，占全市总量的27.5%，尚有1228.8万元未支付。\n福州市农业农村局\n2023年10月10日\n")
    doc = process_text(text, year=2023)
    assert not _errors(doc) and [f.scope for f in doc.figures if f.text == "1228.8万元"] == ["地:永泰县"]


def test_shares_paid_up_to_and_after_the_rest():
    up_to = "某区2025年度衔接资金绩效自评报告\n工程类项目完工后先行拨付合同价款的80%，审计决算后拨付至95%，余下{0}%作为质量保证金。\n"
    assert not _errors(process_text(up_to.format("5"), year=2025))
    assert _errors(process_text(up_to.format("10"), year=2025)) == [("error", "10", "5")]
    after = "某区2023年度衔接资金绩效自评报告\n工程完工验收后先行拨付合同金额的80%，剩余15%在审计决算后拨付，另留5%作为质量保证金。\n"
    assert not _errors(process_text(after, year=2023))


XINGQING = ("兴庆区2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、资金下达\n全区2024年共投入财政衔接推进乡村振兴补助资金3268万元，规模首次突破三千万元。"
            "其中，中央资金1520万元，自治区资金1108万元，银川市级资金240万元，区本级资金400万元。\n二、资金执行\n截至2024年12月31日，全年实际支付"
            "3105.93万元，支付率95.04%。其中中央资金支付1520万元，自治区资金支付1046.23万元。尚未支付的162.07万元结转下年继续使用。\n")


def test_a_bound_is_no_total_and_a_spending_split_over_fewer_levels_is_some_of_it():
    assert not _errors(process_text(XINGQING, year=2024))
    more = XINGQING.replace("自治区资金支付1046.23万元", "自治区资金支付1646.23万元")     # more than was spent
    assert _errors(process_text(more, year=2024), "parts_sum") == [("error", "31059300", "31662300")]


def test_an_aside_in_a_bracket_before_qizhong_and_a_parts_own_parts_in_a_bracket():
    aside = ("金凤区2024年度衔接资金绩效自评报告\n全年到位衔接资金1452万元（含区级资金210万元），其中中央资金648万元、自治区资金{0}万元。\n")
    assert not _errors(process_text(aside.format("594"), year=2024))
    assert _errors(process_text(aside.format("694"), year=2024)) == [("error", "14520000", "15520000")]
    own = ("绥芬河市2023年度衔接资金绩效自评报告\n2023年各级财政安排我市的衔接资金共152.8万元，其中：中央财政衔接资金81万元，省级财政衔接资金49万元"
           "（分两批下达，分别为31万元和18万元），牡丹江市级配套资金9.3万元，县本级财政安排资金13.5万元。\n")
    assert not _errors(process_text(own, year=2023))
    fee = "某乡2023年度衔接资金项目自评报告\n使用衔接资金218万元，其中项目管理费2.18万元，截至目前已拨付196.2万元，拨付进度90%。\n"
    assert not _errors(process_text(fee, year=2023))


def test_a_score_rate_column_is_no_score_and_a_total_rows_cells_keep_their_columns_roles():
    text = ("会同县2023年度省级衔接资金项目绩效评价报告\n二、绩效评价结论\n项目综合得分93分，评价等级为“优”。各项指标得分情况如下表：\n"
            "一级指标\t分值（分）\t得分（分）\t得分率（%）\n决策\t15\t14\t93.33\n过程\t25\t23.5\t94\n产出\t30\t28\t93.33\n效益\t30\t27.5\t91.67\n"
            "合计\t100\t93\t93\n")
    doc = process_text(text, year=2023)
    assert not _errors(doc)
    assert [f.role for f in doc.figures if f.cell is not None and f.row_label == "合计"][:2] == ["weight", "score"]


YANJIN = ("延津县2023年财政衔接推进乡村振兴补助资金项目安排情况公示\n一、资金规模\n2023年各级财政衔接推进乡村振兴补助资金共8642.35万元。\n二、项目安排\n"
          "（一）政策补贴延续类项目，合计1290万元\n1.“雨露计划”助学补助，计划180万元。\n2.短期技能培训，计划20万元。\n3.小额信贷贴息，计划80万元。\n"
          "4.优质花生奖补，计划460万元，覆盖2.3万亩。5.优质小麦奖补，预计530万元。6.自主创业扶持，计划20万元。\n"
          "（二）基础设施类项目，合计2952.35万元\n实施农村村组道路项目，计划投资2952.35万元。\n三、省级资金使用\n"
          "上述资金中，省级财政衔接推进乡村振兴补助资金215万元安排用于产业发展项目2个：甲厂房项目146万元（省级资金146万元），乙养殖场项目69万元。\n")


def test_items_run_on_within_one_and_some_of_the_funds_named_after_shangshu_zijin_zhong():
    assert [e[0] for e in _errors(process_text(YANJIN, year=2023))] in ([], ["warning"])     # never an error


def test_a_rate_over_the_budget_adjusted_in_the_year():
    text = ("某镇2023年度衔接资金项目支出绩效自评报告\n一、项目概况\n本项目年初安排预算560万元，年中将上年结转资金60万元调入本项目，全年预算调整为620万元。\n"
            "二、预算执行情况\n本项目全年共完成支出607.6万元，预算执行率{0}%。\n")
    assert not _errors(process_text(text.format("98"), year=2023))


def test_what_was_done_with_the_projects_named_before_is_no_restatement_of_their_amount():
    text = ("某镇2024年度衔接资金项目绩效自评报告\n一、项目基本情况\n2024年共实施衔接资金项目3个，到位资金286.5万元。具体为：\n1.产业路硬化项目，安排资金98万元；\n"
            "2.饮水安全巩固提升项目，安排资金76.5万元；\n3.油茶低产林改造项目，安排资金112万元。\n二、资金使用情况\n截至2024年12月31日，上述项目累计支付资金"
            "280.77万元，支付率98%。\n")
    assert not _errors(process_text(text, year=2024))


def test_a_flattened_row_of_words_for_target_and_actual_is_placed_under_them():
    text = ("某镇2024年衔接资金项目支出绩效自评表\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            "年度资金总额：\t85\t85\t84.15\t10\t99%\t9.9\n"
            "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
            "产出指标（50分）\t数量指标\t低产茶园改造面积\t≥600亩\t600亩\t40\t40\t\n"
            "效益指标（40分）\t社会效益指标\t受益脱贫户数量\t≥96户\t96户\t30\t30\t\n"
            "可持续影响指标\t对茶产业持续发展的影响程度\t效果明显\t达成预期指标\t10\t10\t\n"
            "满意度指标（10分）\t满意度指标\t受益群众满意度\t≥95%\t97%\t10\t10\t\n总分\t100\t99.9\t\n")
    doc = process_text(text, year=2024)
    assert not [f for f in doc.findings if f.severity != "info" and f.rule == "score_sum"]


def test_the_year_before_named_after_a_levels_amount_is_that_levels():
    text = ("浮梁县2023年度衔接资金绩效自评报告\n一、资金投入情况\n县本级投入方面，今年安排1620万元，上年为1450万元，增长11.72%。\n")
    doc = process_text(text, year=2023)
    assert [f.field for f in doc.figures if f.kind == "money"] == ["funds_county_current", "funds_county_prior"]


def test_group_scores_written_after_their_full_marks_against_the_total_after_them():
    text = ("某区2025年度衔接资金绩效自评报告\n三、自评得分情况\n产出指标 分值50分 得分49分；效益指标 分值30分 得分29分；满意度指标 分值10分 得分10分；"
            "预算执行率 分值10分 得分9.71分。\n自评总分{0}分，等级为“优”。\n")
    assert not _errors(process_text(text.format("97.71"), year=2025))
    assert _errors(process_text(text.format("98.71"), year=2025)) == [("error", "98.71", "97.71")]


def test_a_standard_times_the_quantity_its_words_name_of_several_on_the_line():
    text = ("会同县2023年度省级衔接资金项目绩效评价报告\n（二）建设内容。新建竹笋基地1200亩，对老竹林低产改造800亩，合计2000亩；新建基地按每亩1000元补助，"
            "计{0}万元，低产改造按每亩2250元补助，计180万元。\n")
    assert not _errors(process_text(text.format("120"), year=2023))


def test_a_later_total_whose_list_names_the_countys_part_is_the_total_received():
    text = ("谢家集区2021年度衔接资金绩效自评报告\n一、年度绩效目标分解下达情况\n2021年收到的中央、省、市财政衔接推进乡村振兴补助资金合计1562万元。\n"
            "二、绩效情况分析\n2021年全区用于巩固拓展脱贫攻坚成果和乡村振兴的衔接资金共计1862万元，其中央省资金1402万元、市级160万元、区级300万元，"
            "已全部到位。\n截至2021年12月31日，衔接资金已支付1796.4万元，未支付65.6万元，支付率96.48%。\n")
    doc = process_text(text, year=2021)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["1862万元"] and not _errors(doc)


def test_central_and_provincial_named_yang_sheng_with_its_levels_in_a_bracket_is_no_total():
    text = ("临城县2025年度衔接推进乡村振兴补助资金绩效自评报告\n2025年，用于巩固拓展脱贫攻坚成果和乡村振兴的到县衔接资金8190.5万元。其中，央省资金6912.5万元"
            "（中央5046万元、省级1866.5万元）、市级328万元、县级950万元，资金已全部到位。\n截至2025年12月31日，衔接资金支付7893.2万元，未支付297.3万元，"
            "支付率96.37%。\n")
    doc = process_text(text, year=2025)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["8190.5万元"] and not _errors(doc)


HAILIN = ("海林市2025年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告\n一、资金保障方面，指标评价得分13\n市本级预算安排衔接资金82万元，指标评价得分7分。\n"
          "二、项目管理方面，指标评价得分25\n项目库建设、绩效管理、公告公示、整改落实分别得8分、6分、6分、5分。\n三、使用成效方面，指标评价得分56\n"
          "其他成效指标完成情况见下表。\n指标名称\t指标值\t实际完成值\t分值（分）\t得分（分）\n项目完工数量\t14个\t14个\t10\t10\n"
          "预算执行率\t≥95%\t97.75%\t20\t19\n返贫致贫人数\t0人\t0人\t15\t15\n产业资金比例\t≥60%\t65%\t12\t12\n四、加减分情况\n无加分及减分事项。\n"
          "综上，2025年度我市衔接资金绩效自评得分94分。\n")


def test_a_score_table_of_one_section_is_checked_against_that_section_not_the_total():
    assert not _errors(process_text(HAILIN, year=2025))


def test_section_scores_with_a_heading_run_into_a_paragraph_are_not_all_of_them():
    text = ("临城县2024年度衔接资金绩效自评报告\n我县开展了全面自查自评，自评得分96分。有关情况报告如下。一、资金保障方面，指标评价得分19\n"
            "（一）县级履行支出责任情况。得6分。\n二、项目管理方面，指标评价得分24\n（一）项目库建设。得9分。\n三、使用成效方面，指标评价得分52\n"
            "（一）项目实施。得10分。\n四、加减分\n申报机制创新加1分。\n")
    assert not _errors(process_text(text, year=2024))


def test_a_prior_value_ends_a_list_and_a_share_of_a_change_alone_is_not_checked():
    prior = ("浮梁县2021年度衔接资金绩效自评报告\n2021年全县共安排衔接资金4634.5万元，其中中央资金2568万元，省级资金1096.5万元，市级资金120万元，"
             "县本级安排850万元，比2020年的800万元增加6.25%。\n")
    assert not _errors(process_text(prior, year=2021))
    change = ("山东省2023年涉农资金统筹整合绩效评价情况\n参评的136个县（市、区）中，得分在90分以上的97个。优秀等次县较上年增加9个，占参评县的71.32%。\n")
    assert not _errors(process_text(change, year=2023))


def test_a_completion_rate_over_the_works_started_or_all_of_them():
    text = ("阿克苏地区2025年上半年援疆工作情况\n上半年共实施援疆项目148个。已开工121个，项目开工率81.76%；完工37个（其中基建类完工19个），"
            "项目完工率{0}%。\n")
    assert not _errors(process_text(text.format("25"), year=2025))
    assert _errors(process_text(text.format("35"), year=2025))


def test_spending_split_over_fewer_levels_after_a_breakdown_lead_and_a_second_breakdown():
    levels = ("隆回县2023年度衔接资金绩效评价报告\n衔接资金总额2463.5万元，按级次分：中央衔接资金1486.2万元，省级衔接资金652.8万元，县级衔接资金324.5万元。\n"
              "截至2023年12月31日，上述衔接资金共支出2391.85万元，支出进度97.09%。分级次看，中央资金已支出1462.37万元；县级资金324.5万元已全部支出。\n")
    assert not _errors(process_text(levels, year=2023))
    second = ("江苏省对口支援拉萨市2025年援藏项目计划执行情况\n2025年年度资金总计5.86亿元。按建设性质划分，续建项目23个，援藏资金2.14亿元；新建项目46个，"
              "援藏资金3.72亿元。按管理方式划分，“交钥匙”项目18个，援藏资金21640万元；“交支票”项目51个，援藏资金36960万元。\n")
    assert not _errors(process_text(second, year=2025))


def test_a_text_amount_against_a_table_of_two_money_columns_and_a_share_bound():
    text = ("日喀则市2023年对口援藏项目和资金完成情况\n2023年共向我市安排援藏资金10.1855亿元。其中上海市援藏资金42360万元。各援藏方完成情况见下表。\n"
            "援藏方\t项目（个）\t援藏资金（万元）\t完成投资（万元）\t完成率（%）\n上海市\t58\t42360\t41872\t98.85\n山东省\t52\t36815\t36420\t98.93\n"
            "合计\t110\t79175\t78292\t98.88\n")
    assert not [e for e in _errors(process_text(text, year=2023)) if e[0] == "error"]
    bound = ("兵团2023年对口援疆工作情况\n各省市到位援助资金16.92亿元。用于民生的项目共126个，使用援疆资金15.71亿元，占到位援助资金的90%以上。\n")
    assert not _errors(process_text(bound, year=2023))


def test_a_later_report_restating_the_carry_over_of_the_year_before():
    early = ("谢家集区2021年度衔接资金绩效评价自评报告\n一、预算执行\n截至2021年12月31日，衔接资金已支付1796.4万元，未支付65.6万元，支付率96.48%。\n")
    late = ("谢家集区2022年度衔接资金绩效评价自评报告\n一、资金投入\n3.上年结转资金。2021年度未支付、结转至本年度的衔接资金{0}万元，本年内已全部支付。\n")
    def cross(value):
        found = check_across([_doc(early, "a.txt", "a", 2021), _doc(late.format(value), "b.txt", "b", 2022)])
        return [(x.severity, x.declared, x.computed) for x in found if x.rule == "cross_year"]
    assert cross("65.6") == []
    assert cross("56.6") == [("error", "566000", "656000")]


def test_the_parts_of_an_amount_for_a_use_are_for_it_and_a_levels_share_of_it_over_what_the_level_gave():
    text = ("鹤峰县2025年度衔接推进乡村振兴补助资金绩效自评报告\n1.资金投入。2025年全县共投入各级财政衔接推进乡村振兴补助资金31564万元，其中中央资金20417万元、"
            "省级资金8036万元、恩施州级资金930万元、鹤峰县本级资金2181万元。\n2.产业投入。全年安排衔接资金19382万元用于产业发展，其中中央13260万元、"
            "省4890万元、州级300万元、县级932万元，中央资金用于产业发展的比重为{0}%。\n")
    doc = process_text(text.format("64.95"), year=2025)
    assert not _errors(doc)
    assert [f.text for f in doc.figures if f.field == "funds_received_central"] == ["20417万元"]


def test_a_qizhong_part_that_names_one_project_is_some_of_the_total():
    text = ("兴国县2021年省级衔接资金项目绩效自评总结报告\n本批省级衔接资金3860万元已全部下达到项目实施乡镇，其中高多村蔬菜大棚基地项目省级资金150万元"
            "已拨付到位，村集体自筹23618元已筹集到位。以其中的高多村蔬菜大棚基地项目为例，项目总投资152.3618万元，其中：省级财政衔接资金150万元，"
            "村集体自筹资金23618元。\n")
    assert [e[0] for e in _errors(process_text(text, year=2021))] in ([], ["warning"])


def test_shares_of_a_bracketed_amounts_owner_a_bound_never_a_base_and_an_unstated_source():
    bracket = ("偃师区2024年第二批衔接资金分配情况公示\n本批衔接资金863.4万元。\n（一）产业发展项目3个，安排资金568.2万元（其中：中央资金380万元、市级资金150万元、"
               "区本级资金38.2万元），占本批资金的{0}%。\n")
    assert not _errors(process_text(bracket.format("65.8"), year=2024))
    assert _errors(process_text(bracket.format("75.8"), year=2024))
    bound = ("岚皋县2022年度衔接资金绩效自评报告\n2022年各级财政共安排衔接资金31286.4万元，总规模首次超过三亿元。\n1.产业增收类项目98个，安排资金19468.3万元，"
             "占衔接资金总额的62.23%。\n")
    assert not _errors(process_text(bound, year=2022))
    unstated = ("康保县2022年度衔接资金绩效自评报告\n全年安排产业类项目41个，投入衔接资金19638.2万元，其中动用中央和省级资金17820.4万元，"
                "占上级下达衔接资金的61.37%。\n")
    assert not _errors(process_text(unstated, year=2022))


def test_unpaid_written_wei_zhi_and_a_page_cut_qizhong_and_a_levels_share_over_last_year():
    unpaid = ("中江县2021年度衔接资金项目绩效自评报告\n2021年全县补助资金共1286.4万元。其中，央省968.5万元、市级112万元、县级205.9万元。\n"
              "全年资金支付1214.7万元，未支{0}万元，支付率94.4%。\n")
    assert not _errors(process_text(unpaid.format("71.7"), year=2021), "spent_plus_carryover")
    assert _errors(process_text(unpaid.format("61.7"), year=2021), "spent_plus_carryover") == [("error", "12864000", "12764000")]
    last_year = ("涟水县2023年度衔接资金绩效自评报告\n2023年衔接资金规模比上年的4870万元有所增加。截至2023年12月31日，全县衔接资金累计支出5081.3167万元，"
                 "结转114.1833万元。\n产业发展类项目27个，安排衔接资金3620.4万元，占全年衔接资金总额的69.68%。\n")
    assert not [e for e in _errors(process_text(last_year, year=2023)) if e[0] == "error"]


def test_a_list_said_whole_but_followed_by_the_rest_and_a_share_whose_subject_is_named():
    rest = ("通渭县2022年度衔接资金项目绩效自评报告\n全县共到位衔接资金9860万元。分项目看，华家岭镇马铃薯产业项目到位715.6万元，"
            "陇阳镇道路硬化项目到位{0}万元，其余项目资金亦按计划足额到位。\n")
    assert not _errors(process_text(rest.format("420"), year=2022))
    whole = ("通渭县2022年度衔接资金项目绩效自评报告\n全县共到位衔接资金1135.6万元。分项目看，华家岭镇马铃薯产业项目到位715.6万元，"
             "陇阳镇道路硬化项目到位{0}万元。\n")
    assert not _errors(process_text(whole.format("420"), year=2022))
    assert _errors(process_text(whole.format("520"), year=2022))
    subject = ("乌兰县2023年度第一批衔接资金项目绩效自评报告\n本批共安排补助资金355万元，带动项目总投资485.5万元，补助资金占项目总投资的{0}%。\n")
    assert not _errors(process_text(subject.format("73.12"), year=2023))
    assert _errors(process_text(subject.format("78.12"), year=2023))
    # a subject in words no amount carries (政府出资 for 旗里…出资) is any of the parts that holds, and none that fails
    unnamed = ("库伦旗2018年度扶贫资金绩效自评报告\n电站总投资1.69亿元，其中旗里使用扶贫资金出资6000万元、合作企业出资10900万元，"
               "政府出资占总投资的{0}%。\n")
    assert not _errors(process_text(unnamed.format("35.5"), year=2018))
    assert _errors(process_text(unnamed.format("38.5"), year=2018))


def test_a_report_split_by_level_gives_each_sections_figures_its_level():
    text = ("措勤县2024年度衔接推进乡村振兴补助资金绩效自评报告\n2024年我县衔接资金分中央、自治区、地区三个级次，三级资金合计9300万元，"
            "全年支出9050万元，综合执行率{0}%。\n一、中央财政衔接推进乡村振兴补助资金\n中央下达我县衔接资金6000万元。6000万元全部到位；"
            "已执行5900万元，执行率98.33%，其余100万元为工程质保金。\n二、自治区财政衔接推进乡村振兴补助资金\n自治区下达我县衔接资金2500万元，"
            "资金全部到位并执行完毕，执行率100%。\n三、那曲市财政衔接推进乡村振兴补助资金\n那曲市下达我县市级衔接资金800万元，执行550万元，执行率68.75%。\n")
    doc = process_text(text.format("97.31"), year=2024)
    assert not _errors(doc)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["97.31%"]
    assert {f.fund_level for f in doc.figures if f.text == "5900万元"} == {"central"}
    # one section on a level alone is a topic of the report, not a split by level
    one = ("措勤县2024年度衔接推进乡村振兴补助资金绩效自评报告\n一、中央财政衔接推进乡村振兴补助资金\n全县到位衔接资金6000万元，"
           "已支出5900万元，执行率98.33%。\n")
    assert [f.text for f in process_text(one, year=2024).figures if f.field == "execution_rate"] == ["98.33%"]


def test_an_average_income_gain_beside_a_prose_cell_and_a_parts_own_score():
    table = ("镇赉县2023年度庭院经济项目支出绩效自评表\n年度总体目标\t预期目标\t实际完成情况\n"
             "\t对全县2400户给予奖补，每户最高1500元，带动户均增收1000元以上。\t实际奖补2349户，兑付资金3523500元，"
             "其中种植类1512户2268000元，养殖类837户1255500元；户均增收1230元。\n")
    assert not _errors(process_text(table, year=2023))
    part = ("淅川县2023年度衔接资金绩效自评报告\n我县2023年度衔接资金绩效自评得分98.6分。\n二、项目管理\n项目管理环节自评34.1分，扣0.9分。\n")
    doc = process_text(part, year=2023)
    assert not _errors(doc)
    assert [f.text for f in doc.figures if f.field == "self_score"] == ["98.6分"]


def test_an_amount_said_to_be_besides_the_parts_and_a_second_list_after_a_count_and_colon():
    besides = ("那大镇2022年度衔接资金绩效自评报告\n2022年我镇衔接资金预算金额为1077.56万元，其中：中央专项衔接资金630.2万元，"
               "省级专项衔接资金{0}万元，市级资金18万元；另有预拨资金53.15万元。\n")
    assert not _errors(process_text(besides.format("429.36"), year=2022))
    assert _errors(process_text(besides.format("439.36"), year=2022))
    second = ("七江镇2022年度衔接资金绩效自评报告\n2022年七江镇共获得衔接资金312.6万元，其中中央资金180万元、省级资金92.6万元、县级资金40万元，"
              "全部用于当年实施的5个项目：产业路硬化项目96万元，油茶低产林改造项目72.6万元，农村饮水安全巩固提升项目58万元，"
              "村集体经济发展项目{0}万元，脱贫人口小额信贷贴息26万元。\n")
    assert not _errors(process_text(second.format("60"), year=2022))
    assert _errors(process_text(second.format("70"), year=2022))


def test_a_score_tables_total_row_under_two_columns_of_full_marks():
    table = ("七江镇2022年度衔接资金绩效评价报告\n一级指标\t分值\t二级指标\t分值\t得分\n决策\t20\t项目立项\t8\t7.5\n\t\t绩效目标\t6\t5.5\n"
             "\t\t资金投入\t6\t5.5\n过程\t20\t资金管理\t12\t11\n\t\t组织实施\t8\t7\n产出\t40\t产出数量\t20\t{0}\n\t\t产出质量\t20\t19\n"
             "效益\t20\t项目效益\t12\t11\n\t\t满意度\t8\t7.5\n合计\t100\t\t100\t93.5\n")
    doc = process_text(table.format("19.5"), year=2022)
    assert not _errors(doc)
    assert [f.value for f in doc.figures if f.field == "self_score"] == [Decimal("93.5")]
    assert _errors(process_text(table.format("19"), year=2022)) == [("error", "93.5", "93")]


def test_what_a_report_arranged_in_all_is_its_funds_where_none_is_said_received():
    arranged = ("巴南区2025年度衔接资金绩效自评报告\n2025年全区共安排财政衔接推进乡村振兴补助资金3014万元，用于巩固拓展脱贫攻坚成果和乡村振兴建设任务。"
                "截至年底已支出2980万元，支出率98.87%。\n")
    doc = process_text(arranged, year=2025)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["3014万元"]
    received = arranged.replace("截至年底", "全年到位资金3000万元，截至年底")
    assert [f.text for f in process_text(received, year=2025).figures if f.field == "funds_received_total"] == ["3000万元"]
    over_years = ("雅安市2025年度衔接资金绩效自评报告\n自脱贫攻坚期以来，全市累计安排衔接推进乡村振兴补助资金8.98亿元。\n")
    assert not [f for f in process_text(over_years, year=2025).figures if f.field == "funds_received_total"]


def test_a_county_level_citys_own_level_written_as_the_citys():
    text = ("海林市2021年度衔接资金绩效自评报告\n2021年全市到位衔接资金1500万元，其中中央资金1000万元、省级资金442万元、市本级资金58万元。\n")
    doc = process_text(text, year=2021)
    assert [f.text for f in doc.figures if f.field == "funds_received_county"] == ["58万元"]
    prefecture = text.replace("市本级资金58万元", "牡丹江市本级资金58万元")
    assert not [f for f in process_text(prefecture, year=2021).figures if f.field == "funds_received_county"]


def test_a_plans_investment_named_in_other_words_and_places_listed_together_against_a_table():
    plan = ("嘉峪关市2022年政府投资项目建设推进情况\n2022年，全市共安排实施政府投资项目22个，年度计划完成投资8.27亿元。已开工项目累计完成投资4.2亿元，"
            "占年度计划总投资的{0}%。\n三、资金争取情况\n全年累计争取国拨省补资金20277.77万元，其中：中央预算资金18809.35万元，省级预算资金1468.42万元。\n")
    assert not _errors(process_text(plan.format("51"), year=2022))
    assert _errors(process_text(plan.format("56"), year=2022))
    # the plan's total written as such is still the base, not the last amount planned (其他类项目…计划投资2600万元)
    total = ("西吉县2025年度衔接资金项目实施方案\n全县计划总投资6000万元，其中：产业发展类项目计划投资3474万元；其他类项目计划投资2526万元。\n"
             "产业发展类项目43个，2025年计划投资3474万元，占计划总投资的57.9%。\n")
    assert not _errors(process_text(total, year=2025))
    places = ("辽源市财政局关于清洁取暖资金下达情况的报告\n本次资金按项目实施主体分列下达。\n地区\t下达资金（万元）\n辽源市\t6596\n东丰县\t9540\n"
              "东辽县\t7864\n合计\t24000\n按照已报备的预算表，辽源市、东丰县、东辽县清洁取暖项目的总投资为25.9395亿元。\n")
    assert not _errors(process_text(places, year=2022))
    one = places.replace("辽源市、东丰县、东辽县清洁取暖项目的总投资为25.9395亿元", "东辽县获得下达资金7684万元")
    assert _errors(process_text(one, year=2022))


def test_a_headlines_amount_against_the_lead_that_restates_it():
    text = ("武陟县17个农村公路项目获国省补助{0}万元\n——县发展和改革委员会关于农村公路建设项目资金争取情况的报告\n县人民政府：\n"
            "近日，我县农村公路建设项目获得国家和省资金补助3270.6万元。现将有关情况报告如下。\n")
    found = [e for e in _errors(process_text(text.format("3200"), year=2015)) if e[0] == "warning"]
    assert found == [("warning", "32000000", "32706000")]
    assert not _errors(process_text(text.format("3270.6"), year=2015))
    # a headline written as a bound (超3200万元) is no slip
    assert not _errors(process_text(text.format("超3200"), year=2015))


def test_a_carryover_with_two_digits_swapped_is_the_figure_in_doubt():
    text = ("黄石市2016年度扶贫资金使用情况报告\n全市共收到各级扶贫资金21.90亿元，已实际支付15.06亿元，账面结存{0}亿元。\n")
    doc = process_text(text.format("6.48"), year=2016)
    found = [e for e in _errors(doc) if e[1] == "2190000000"]
    assert found and found[0][2] == "2154000000"        # the relation's values: the total, spending + carry-over
    assert any("结转结余申报6.48亿元" in f.message for f in doc.findings)
    assert not _errors(process_text(text.format("6.84"), year=2016))
    # a swap the spending's slip would make as well (4000 − 3934.71 = 65.29 beside 56.29) leaves the total checked
    spent = ("环县2024年度衔接资金项目绩效自评报告\n2024年全县到位衔接资金4000万元。截至年底已实际支付资金3934.71万元，余下56.29万元为项目质保金。\n")
    assert [e[1] for e in _errors(process_text(spent, year=2024), "spent_plus_carryover")] == ["40000000"]


def test_a_payment_ratio_is_a_rate_not_a_share_of_the_amount_before_it():
    text = ("桦川县2023年度衔接资金绩效自评报告\n截至2023年12月31日，衔接资金已支付2596.4万元，尚余83.6万元未支付，支付比例96.88%。\n")
    doc = process_text(text, year=2023)
    assert not [e for e in _errors(doc) if e[0] in ("error", "warning")]
    assert [f.measure for f in doc.figures if f.text == "96.88%"] == ["rate"]


def test_a_count_of_batches_is_no_total_of_the_towns_in_the_table_below():
    text = ("临城县2021年度道路建设项目绩效自评报告\n项目按{0}组织实施，分布见下表。\n批次\t下达资金（万元）\t实施范围\n一批\t3374.3\t临城镇等八个乡镇49个村\n"
            "二批\t2069.51\t道路工程25个村庄\n三批\t778.59\t5个乡镇11个村\n")
    assert not _errors(process_text(text.format("三个批次"), year=2021))


def test_a_caption_of_several_units_gives_each_column_the_one_its_header_calls_for():
    text = ("那坡县2023年度衔接资金绩效自评报告\n各类项目执行情况见下表。\n单位：个、万元\n类别\t项目个数\t计划资金\t已支付资金\t支付率（%）\n"
            "产业发展类\t64\t13180.6\t12904.3\t97.9\n就业帮扶类\t12\t1968\t1968\t100\n项目管理费\t4\t500\t437.9\t87.58\n"
            "合计\t80\t15648.6\t15310.2\t97.84\n")
    doc = process_text(text, year=2023)
    assert {(f.column_header, f.unit) for f in doc.figures if f.cell is not None and f.kind != "percent"} == {
        ("项目个数", "个"), ("计划资金", "万元"), ("已支付资金", "万元")}
    assert not _errors(doc)


def test_qizhong_before_yang_sheng_is_the_central_and_provincial_funds_and_a_share_named_by_its_level():
    text = ("莒南县2024年度衔接资金绩效自评报告\n2024年，全县安排衔接资金共9346.582万元。其中央省资金6210.4万元、市级资金836万元、"
            "县级资金2300.182万元，均已足额到位，央省资金占比66.45%。\n")
    doc = process_text(text, year=2024)
    assert {f.fund_level for f in doc.figures if f.text == "6210.4万元"} == {"central_provincial"}
    assert not [f for f in doc.figures if f.field == "funds_received_central"]
    assert not _errors(doc)


def test_the_money_of_projects_counted_for_a_use_is_for_that_use():
    text = ("四子王旗2022年度衔接资金绩效自评报告\n2022年全旗共投入各级财政衔接推进乡村振兴补助资金12857.3万元，其中：中央资金8644万元、"
            "自治区资金4213.3万元。全旗产业项目21个，共投入衔接资金7735.6万元。\n")
    doc = process_text(text, year=2022)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["12857.3万元"]
    assert [f.text for f in doc.figures if f.field == "industry_investment"] == ["7735.6万元"]
    assert not _errors(doc)
    batch = ("浮梁县2022年度省级衔接资金绩效自评报告\n2022年省级衔接资金分两批下达我县，合计1160万元。全年安排省级衔接资金项目5个，"
             "其中产业发展项目3个，下达资金760万元，占省级衔接资金的65.52%。\n")
    assert not _errors(process_text(batch, year=2022))


def test_a_budgets_kinds_of_spending_a_part_after_qizhong_and_one_levels_carryover_are_not_the_reports():
    kinds = ("洪雅县2022年度部门整体支出绩效自评报告\n2022年度支出总计1587.99万元。\n其中：人员经费支出356.41万元，公用经费支出48.73万元，"
             "项目支出1182.85万元。\n")
    doc = process_text(kinds, year=2022)
    assert not [f for f in doc.figures if f.field == "funds_spent" and f.text != "1587.99万元"]
    level = ("横县2024年度衔接资金绩效自评报告\n全县到位衔接资金8768万元，已支出8698万元，结转结余70万元。其中县级资金结转结余69.76万元。\n")
    assert [f.text for f in process_text(level, year=2024).figures if f.field == "funds_carryover"] == ["70万元"]


def test_levels_short_of_their_total_whose_rest_is_said_and_a_prefectures_own_funds_named_as_the_area():
    rest = ("新县2023年度衔接资金绩效自评报告\n全年到位各级衔接资金24637.8万元：中央资金14325.3万元，省级资金4532.5万元，信阳市级资金600万元，"
            "{0}。\n")
    assert not _errors(process_text(rest.format("其余为县本级安排资金"), year=2023))
    assert "warning" in [e[0] for e in _errors(process_text(rest.format("均已足额到位"), year=2023))]
    area = ("疏附县2023年度衔接资金绩效自评报告\n2023年，各级财政共安排我县衔接资金41268.74万元。按来源划分：中央财政衔接资金30512万元，"
            "自治区财政衔接资金8436.52万元，地区配套资金620.22万元，县本级安排1700万元。\n")
    doc = process_text(area, year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_received_city"] == ["620.22万元"]
    assert not _errors(doc)


def test_money_given_back_or_not_yet_handed_out_is_no_carryover():
    back = ("利通区2024年度衔接资金结余资金收回情况说明\n金银滩镇退回2024年结余资金58.846716万元；马莲渠乡退回2024年结余资金15.04362万元。\n")
    assert not [f for f in process_text(back, year=2024).figures if f.field == "funds_carryover"]
    unallocated = ("抚州市2022年度衔接资金分配情况通报\n市本级衔接资金5,120万元，已分配5,063.7万元，未分配56.3万元，分配率98.9%。\n")
    assert not [f for f in process_text(unallocated, year=2022).figures if f.field == "funds_carryover"]
    left = ("某县2024年度衔接资金绩效自评报告\n全县到位衔接资金3000万元，已支出2950万元，结转结余资金50万元。\n")
    assert [f.text for f in process_text(left, year=2024).figures if f.field == "funds_carryover"] == ["50万元"]


def test_the_growth_of_the_countys_own_funds_read_from_their_context():
    text = ("金凤区2023年度衔接资金绩效自评报告\n区级财政2022年安排衔接资金185万元，2023年安排200万元，增长{0}%，履行了地方支出责任。\n")
    doc = process_text(text.format("8.1"), year=2023)
    growth = [f for f in doc.figures if f.field == "funds_county_growth"]
    assert [f.text for f in growth] == ["8.1%"] and growth[0].period == "2023"
    assert not _errors(doc)
    assert _errors(process_text(text.format("9.1"), year=2023))


def test_all_levels_funds_said_to_have_all_come_in_are_the_total_received():
    text = ("谢家集区2025年度衔接资金绩效自评报告\n2025年中央、省、市、区财政衔接推进乡村振兴补助资金共计1850万元，已全部下达到位。"
            "截至年底已支出1808.6万元。\n")
    doc = process_text(text, year=2025)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["1850万元"]


def test_a_one_project_reports_funds_of_the_year_and_the_spending_of_each_item_of_a_list():
    text = ("中江县水利局2025年衔接资金农村供水保障项目绩效自评报告\n本项目年度资金86.4万元，全部为本年度财政拨款86.4万元，全年执行率100%。"
            "资金按用途分为四块：改造供水管网19.2公里，支出52.36万元；购置加压泵站设备2套，支出18.8万元；新建蓄水池3口，支出11.74万元；"
            "购置水质检测设备支出3.5万元；四项合计86.4万元。\n")
    doc = process_text(text, year=2025)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["86.4万元"]
    assert not [f for f in doc.figures if f.field == "funds_spent"]
    assert not _errors(doc)
    many = text.replace("衔接资金农村供水保障项目绩效自评报告", "财政衔接推进乡村振兴补助资金项目绩效自评报告")
    assert not [f for f in process_text(many, year=2025).figures if f.field_rule == "project_funds"]


def test_a_payment_progress_is_the_spending_rate():
    text = ("桦川县2024年度衔接资金绩效自评报告\n全县到位衔接资金2689万元。截至2024年12月31日，累计支付2641.27万元，支付进度{0}%，"
            "余下47.73万元为工程质保金。\n")
    doc = process_text(text.format("98.22"), year=2024)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["98.22%"]
    assert not _errors(doc)
    assert _errors(process_text(text.format("96.22"), year=2024))


def test_households_and_persons_said_to_have_been_lifted_by_the_verb_before_them():
    text = ("若尔盖县2018年度财政专项扶贫资金绩效自评报告\n2018年，若尔盖县实际退出贫困村21个，实现脱贫120户737人。\n")
    doc = process_text(text, year=2018)
    assert [(f.text, f.field) for f in doc.figures if f.field] == [("120户", "households_lifted"), ("737人", "persons_lifted")]
    planned = text.replace("实现脱贫", "计划实现脱贫")
    assert not [f for f in process_text(planned, year=2018).figures if f.field == "households_lifted"]


def test_a_share_of_a_whole_made_of_its_part_and_the_rest_stated_after_it():
    text = ("某区2017年村级光伏扶贫电站建设方案\n今年全区计划投入2.01亿元，用于50个贫困村光伏电站建设。总投资中，区级统筹投入财政资金6000万元，"
            "占总投资的{0}%；其余1.41亿元通过整合涉农资金等渠道筹措。\n")
    assert _errors(process_text(text.format("35.8"), year=2017)) == [("error", "35.8", "29.85")]
    assert not _errors(process_text(text.format("29.85"), year=2017))


def test_a_county_named_by_a_heading_of_a_province_report_is_its_sections_scope():
    text = ("甘肃省发展和改革委员会关于下达2021年以工代赈中央预算内投资计划的报告\n一、计划安排\n本批计划共安排以工代赈资金25375万元。\n"
            "二、兰州市皋兰县项目安排情况\n项目总投资332万元，其中省财政配套资金300万元，县级统筹整合资金及其他资金32万元。\n")
    f = _by_text(process_text(text, year=2021))
    assert f["332万元"].scope == "地:皋兰县" and f["332万元"].field == ""
    assert f["300万元"].field == "" and f["32万元"].field == ""


def test_an_amount_and_its_count_of_projects_against_the_table_of_those_projects_below():
    text = ("某县2014年对口帮扶项目实施情况的报告\n一、帮扶资金和项目安排\n2014年，帮扶方协议帮扶资金350万元，安排实施项目3个。\n"
            "2014年对口帮扶项目安排表\n序号\t项目名称\t帮扶资金（万元）\t进度\n1\t甲村园区公路改造\t200\t100%\n"
            "2\t乙村农户住房美化\t{0}\t100%\n3\t干部和农户培训\t50\t100%\n二、项目管理情况\n成立领导小组。\n")
    assert _errors(process_text(text.format(150), year=2014)) == [("warning", "3500000", "4000000")]
    assert not _errors(process_text(text.format(100), year=2014))


def test_a_rate_of_the_whole_plans_investment_leaves_the_items_after_its_breakdown_out():
    text = ("某州2018年省列重大项目推进情况\n全州列入省列重大项目的共8项，总投资656.47亿元，2018年预计完成投资28亿元。其中：续建项目2项，"
            "总投资9.52亿元，年内预计完成投资2亿元；计划新开工项目6项，总投资646.95亿元，年内预计完成投资26亿元。截至目前，省列重大项目"
            "累计完成投资14.99亿元，投资完成率为{0}%。\n")
    assert _errors(process_text(text.format("57.65"), year=2018)) == [("error", "57.65", "53.54")]
    assert not _errors(process_text(text.format("53.54"), year=2018))


def test_a_list_of_uses_announced_after_its_total_holds_all_of_it():
    text = ("某村2019年食用菌产业扶贫项目绩效自评报告\n一、资金使用情况\n项目资金40万元具体使用如下：维修温室、购置草帘和棚膜等共计支出"
            "{0}万元（其中4万元尚未拨付）；采购菌棒6万棒，支出15万元。\n")
    assert _errors(process_text(text.format(27), year=2019)) == [("error", "400000", "420000")]
    assert not _errors(process_text(text.format(25), year=2019))
    assert not [f for f in process_text(text.format(25), year=2019).findings if f.severity == "warning"]


def test_a_change_that_opens_its_sentence_with_the_year_compared_is_of_the_amount_before():
    text = ("某单位2024年度部门决算情况说明\n一、收入支出预算总体情况\n2024年度收入、支出总计均为780.93万元。与2023年度相比，收入、支出总计"
            "各减少135.35万元，下降{0}%。\n")
    assert _errors(process_text(text.format("17.33"), year=2024)) == [("error", "17.33", "14.77")]
    assert not _errors(process_text(text.format("14.77"), year=2024))


def test_the_own_level_of_a_county_level_city_after_the_year_it_is_of():
    text = ("海林市2022年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、资金投入情况\n2021年度市本级预算中安排的衔接资金为58万元；"
            "2022年度市本级预算安排衔接资金66万元，比上年增长13.79%。\n")
    f = _by_text(process_text(text, year=2022))
    assert f["66万元"].fund_level == "county" and f["66万元"].field == "funds_county_current"
    assert f["13.79%"].field == "funds_county_growth"


def test_the_county_part_of_a_list_of_levels_with_its_prior_year():
    text = ("彭阳县2023年衔接资金绩效自评报告\n一、资金投入\n2023年到位衔接资金51370万元，其中中央衔接资金32780万元、"
            "自治区衔接资金12640万元、市级衔接资金1850万元，县本级安排衔接资金4100万元，较上年的3800万元增长7.89%。\n")
    f = _by_text(process_text(text, year=2023))
    assert f["3800万元"].field == "funds_county_prior" and f["7.89%"].field == "funds_county_growth"


def test_a_growth_over_the_prior_years_amount_named_with_words_between():
    text = ("某区2023年衔接资金绩效自评报告\n一、资金投入\n2023年全区共到位各级衔接资金6432万元（中央3174万元、省级2958万元、区级300万元），"
            "较2022年到位的5860万元增加572万元，增长{0}%。县本级年初预算安排衔接资金890万元，比2020年安排的县级专项扶贫资金850万元"
            "增加40万元，增长4.71%。\n")
    assert _errors(process_text(text.format("11.76"), year=2023)) == [("error", "11.76", "9.76")]
    assert not _errors(process_text(text.format("9.76"), year=2023))


def test_group_scores_one_per_heading_hold_their_indicators_scores_under_them():
    text = ("某区2024年衔接资金绩效自评报告\n一、资金保障方面，指标评价得分14（满分15分）\n区本级预算安排衔接资金24万元，指标评价得分8分。\n"
            "二、项目管理方面，指标评价得分33（满分35分）\n入库项目16个，指标评价得分9分。\n"
            "三、资金使用成效方面，指标评价得分47（满分50分）\n支出进度96.28%，指标评价得分18分。\n"
            "四、自评结论\n前进区2024年度衔接资金绩效评价自评得分{0}分。\n")
    assert _errors(process_text(text.format(96), year=2024)) == [("error", "96", "94")]
    assert not _errors(process_text(text.format(94), year=2024))


def test_spending_and_carry_over_of_another_amount_the_report_states():
    text = ("某区2023年红色美丽村庄试点补助资金绩效自评报告\n一、资金情况\n2023年，省财政厅下达我区试点补助资金900万元。区财政安排区级配套"
            "资金150万元，同步到位，共计1050万元，到位率100%。截至2023年12月31日，已支付1008.8万元，支付率96.08%；未支付{0}万元，"
            "结转下年支付。\n")
    assert not _errors(process_text(text.format("41.2"), year=2023))
    assert _errors(process_text(text.format("51.2"), year=2023))


def test_the_whole_city_in_a_districts_report_is_the_citys():
    text = ("福州市长乐区2023年度省级乡村振兴实绩突出村奖补资金绩效自评报告\n一、资金情况\n全市1个镇、15个村获得奖补，共计7000万元。"
            "省级下达我区奖补资金800万元，区财政安排配套资金200万元，两村可用资金共计1000万元。截至2023年12月31日，两村项目累计支出936.5万元，"
            "资金执行率93.65%，结转63.5万元。\n")
    doc = process_text(text, year=2023)
    assert doc.county == "长乐区"
    assert _by_text(doc)["7000万元"].scope == "地:福州市" and _by_text(doc)["7000万元"].field == ""
    assert not _errors(doc)


def test_two_places_named_together_are_their_own_scope():
    text = ("恩施市2009年扶贫开发试点项目绩效自评报告\n一、资金到位情况\n恩施市、竹山县各获中央财政扶贫资金1000万元，共计2000万元。我市试点"
            "项目到位财政扶贫资金1600万元，其中中央财政扶贫资金1000万元、省级配套300万元、州级配套100万元、市本级配套200万元。\n")
    doc = process_text(text, year=2009)
    assert _by_text(doc)["2000万元"].scope == "地:恩施市、竹山县"
    assert not _errors(doc)


def test_levels_that_add_up_to_another_level_are_no_parts_of_it():
    text = "某县2024年衔接资金绩效自评报告\n全县到位资金{0}万元，其中中央资金1000万元、省级资金300万元、市级资金120万元、县级资金180万元。\n"
    assert not _errors(process_text(text.format(1600), year=2024))
    assert _errors(process_text(text.format(1650), year=2024))


def test_group_scores_beside_their_full_marks_are_no_self_score():
    text = ("某区2015年财政专项扶贫资金绩效自评报告\n四、自评结论\n对照评分标准，我区资金投入满分25分，自评23分；资金拨付满分20分，自评18分；"
            "资金监管满分20分，自评18.5分；资金使用成效满分35分，自评32.5分。综合自评得分92分。\n")
    doc = process_text(text, year=2015)
    assert [f.value for f in doc.figures if f.field == "self_score"] == [Decimal(92)]
    assert not _errors(doc)


def test_a_cumulative_count_since_a_year_is_of_that_span():
    text = ("榆林市2012年财政专项扶贫资金绩效自评报告\n一、成效\n2012年当年减少贫困人口4.8万人。\n二、连片开发\n自2004年起，对最为贫困的"
            "“两区”实施集中连片开发，累计有3.45万贫困人口实现脱贫。\n")
    doc = process_text(text, year=2012)
    assert _by_text(doc)["3.45万"].period == "2004以来"
    assert not _errors(doc)


def test_an_average_per_household_over_the_households_the_totals_clause_counts():
    text = ("延安市2018年财政专项扶贫资金绩效自评报告\n一、金融扶贫\n评级授信贫困户22085户，年内累计向2775户贫困户投放贷款10079.6万元，"
            "户均{0}万元。\n")
    assert not _errors(process_text(text.format("3.63"), year=2018))
    assert _errors(process_text(text.format("4.63"), year=2018)) == [("error", "46300", "36322.88")]


def test_the_sum_a_paragraph_closes_with_against_the_attached_tables_total():
    text = ("某区2021年衔接资金结余清理情况\n一是收回5个项目结余资金{0}万元，二是收回2个项目结余资金24.8万元，合计收回250万元（明细见附表）。\n"
            "附表：结余资金收回情况表\n项目名称\t收回结余资金（万元）\n甲镇产业路项目\t125.2\n乙镇车间项目\t100\n小计\t225.2\n"
            "丙镇管网项目\t24.8\n小计\t24.8\n合计\t250\n")
    assert not _errors(process_text(text.format("225.2"), year=2021), "same_figure_differs")


def test_parts_after_a_growth_over_the_prior_year_are_of_the_years_amount():
    text = ("某区2023年乡村振兴奖补资金绩效自评报告\n（一）经济效益\n2023年两村集体经营性收入合计186万元，较2022年的142万元增长30.99%，"
            "其中东平村104万元、岭南村{0}万元。\n")
    assert not _errors(process_text(text.format(82), year=2023))
    assert _errors(process_text(text.format(92), year=2023)) == [("error", "1860000", "1960000")]


def test_a_change_over_the_prior_year_stated_first_gives_the_growth():
    text = ("某县2020年财政专项扶贫资金绩效自评报告\n一、资金投入\n2020年全县到位财政专项扶贫资金5426.8万元。资金总量比2019年的4985.5万元"
            "增加441.3万元，增长{0}%。\n")
    assert not _errors(process_text(text.format("8.85"), year=2020))
    assert _errors(process_text(text.format("9.85"), year=2020)) == [("error", "9.85", "8.85")]


def test_a_growth_of_a_total_whose_levels_stand_between():
    text = ("某市2022年衔接资金绩效自评报告\n一、资金投入\n2022年全市共到位衔接资金9.8436亿元，其中中央资金5.612亿元、自治区资金2.8715亿元、"
            "市级资金0.26亿元、县级资金1.1001亿元，总量比2021年的9.2147亿元增长{0}%。\n")
    assert not _errors(process_text(text.format("6.82"), year=2022))
    assert _errors(process_text(text.format("8.82"), year=2022)) == [("error", "8.82", "6.82")]


def test_a_rate_of_the_persons_when_the_households_beside_them_do_not_make_it():
    text = ("某市2022年衔接资金绩效自评报告\n（四）项目效益\n全市累计认定监测对象12151户47506人，已消除风险7643户31075人，"
            "风险消除率{0}%。\n")
    assert not _errors(process_text(text.format("65.4"), year=2022))
    assert _errors(process_text(text.format("68.4"), year=2022))


def test_a_project_item_of_a_report_on_several_is_its_own_scope():
    text = ("某县2022年转移支付项目绩效自评报告\n一、总体情况\n2022年，我县共收到财政衔接推进乡村振兴补助资金14826万元。\n"
            "二、分项目自评情况\n项目一：中央财政衔接推进乡村振兴补助资金。项目全年预算数9856万元，执行数9756.3万元，完成预算的98.99%。\n"
            "项目二：中央专项彩票公益金项目。项目全年预算数4000万元，执行数2860万元，完成预算的71.5%。\n")
    f = _by_text(process_text(text, year=2022))
    assert f["98.99%"].scope == "项目:中央财政衔接推进乡村振兴补助资金" and f["98.99%"].field == ""
    assert f["71.5%"].scope.startswith("项目:") and f["71.5%"].field == ""


def test_money_still_to_come_is_no_carry_over():
    text = ("某市2024年度项目绩效自评报告\n一、资金规模\n3个项目县计划总投资15000万元，2024年共下达12000万元，剩余3000万元计划于下一年度"
            "下达。截至2024年12月31日，项目县累计支付11596.63万元，支付率96.64%，尚未支付的403.37万元结转下年。\n")
    doc = process_text(text, year=2024)
    assert _by_text(doc)["3000万元"].field == "" and _by_text(doc)["403.37万元"].field == "funds_carryover"
    assert not _errors(doc)


def test_a_rate_after_the_retention_money_is_left_out():
    text = ("某市2024年度项目绩效自评报告\n分县看：环县到位4000万元，实际支付3943.71万元，剩余56.29万元为项目质保金，扣除质保金后支付进度"
            "达到{0}%。\n")
    assert not _errors(process_text(text.format(100), year=2024))


def test_villages_after_a_list_of_project_classes_are_no_class():
    text = ("某市2024年度项目绩效自评报告\n环县实施子项目18个，其中产业发展项目12个、投资3769万元，就业创业项目1个、投资20万元，乡村建设项目5"
            "个、投资1211万元，集中在木钵镇的4个村。\n")
    assert not _errors(process_text(text, year=2024))


def test_a_rate_of_the_amount_of_the_project_its_words_name():
    text = ("某市2018年水利项目资金绩效自评报告\n一、项目情况\n2018年，中央、省下达我市水利项目资金2.4416亿元。\n（2）五河治理防洪工程。"
            "下达投资计划17941万元，其中中央投资8971万元，地方配套8970万元。\n二、执行情况\n五河治理中央投资支出7712.4万元，支出率{0}%。\n")
    assert not _errors(process_text(text.format("85.97"), year=2018))
    assert _errors(process_text(text.format("88.97"), year=2018))
    both = ("某市2018年水利项目资金绩效自评报告\n一、项目情况\n（3）农村饮水安全巩固提升工程。下达投资计划13313万元，其中中央预算内投资"
            "2254万元，省级补助3540万元，市县自筹7519万元。\n二、执行情况\n农村饮水工程中央和省级资金支出5036.2万元，支出率{0}%。\n")
    assert not _errors(process_text(both.format("86.92"), year=2018))
    assert _errors(process_text(both.format("88.92"), year=2018))


def test_a_share_of_this_batch_is_of_what_the_report_got_of_it():
    text = ("宁德市2022年第二批衔接资金分配情况\n一、资金下达\n全省本批次共下达52439万元，我市分得8803万元。\n二、分配结果\n全市用于产业发展"
            "的资金为5300万元，占本批次分配总额的{0}%。\n")
    assert _errors(process_text(text.format("62.1"), year=2022)) == [("warning", "62.1", "60.21")]
    assert not _errors(process_text(text.format("60.21"), year=2022))


def test_a_share_of_central_and_municipal_funds_in_a_municipality():
    text = ("重庆市酉阳县2019年财政专项扶贫资金绩效自评报告\n一、资金到位\n2019年全县共到位财政专项扶贫资金68412.5万元，其中中央资金38620万元、"
            "市级资金17192.5万元、县级资金12600万元。\n二、产业扶贫\n全年实施产业扶贫项目412个，使用资金31852.6万元，占中央和市级资金的{0}%。\n")
    assert not _errors(process_text(text.format("57.07"), year=2019))
    assert _errors(process_text(text.format("59.07"), year=2019))


# ---------------------------------------------------------------- a department's own budget

DEPARTMENT = """某某县扶贫开发局2020年度部门整体支出绩效自评报告
一、基本情况
（一）部门整体支出概况
1.收入：全年收入486.35万元，全部为财政拨款收入。
2.支出：全年支出479.62万元。收支相抵，年末结余6.73万元，部门预算执行率98.62%。
（二）财政专项扶贫资金管理情况
{funds}
二、自评结论
"""
FUNDS = "2020年全县到位财政专项扶贫资金8329万元，截至12月31日累计支出扶贫资金8296.4万元，结余32.6万元，支出率99.61%。"


def test_a_departments_budget_beside_the_funds_is_the_departments():
    doc = process_text(DEPARTMENT.format(funds=FUNDS), year=2020)
    f = _by_text(doc)
    assert f["479.62万元"].scope == "单位:本部门" and f["479.62万元"].field == ""
    assert f["8296.4万元"].field == "funds_spent" and f["8296.4万元"].scope == ""
    assert not [x for x in doc.findings if x.severity == "error"], [x.message for x in doc.findings]


def test_a_departments_budget_alone_is_the_reports_own():
    doc = process_text(DEPARTMENT.format(funds="负责全县扶贫资金的分配和监管。"), year=2020)
    f = _by_text(doc)
    assert f["479.62万元"].scope == "" and f["479.62万元"].field == "funds_spent"


# ---------------------------------------------------------------- a table total with the farmers' own money

OWN_MONEY = """某某县2011年度农业综合开发项目绩效自评报告
一、资金到位情况。2011年度中央、省级财政资金和群众自筹资金均足额到位，其中财政资金到位1211万元（中央财政870万元、省级财政341万元）。
单位：万元
项目\t资金来源\t实际到位
土地治理项目\t中央财政资金\t850
土地治理项目\t省级财政资金\t333
土地治理项目\t群众自筹现金\t10
产业化经营项目\t中央财政资金\t20
产业化经营项目\t省级财政资金\t8
合计\t\t{total}
"""


@pytest.mark.parametrize("total, rows", [("1221", "with own money"), ("1211", "public funds only")])
def test_a_table_total_over_the_farmers_own_money_is_not_the_funds_received(total, rows):
    text = OWN_MONEY.format(total=total) if rows == "with own money" else \
        OWN_MONEY.replace("土地治理项目\t群众自筹现金\t10\n", "").format(total=total)
    doc = process_text(text, year=2011)
    totals = [f for f in doc.figures if f.cell is not None and f.row_label.strip() == "合计"]
    assert [f.field for f in totals] == (["funds_received_total"] if rows == "public funds only" else [""])
    assert not [x for x in doc.findings if x.severity == "error"], [x.message for x in doc.findings]


def test_an_amount_handed_on_to_every_county_is_the_wider_areas():
    doc = process_text("沙雅县2022年度衔接推进乡村振兴补助资金绩效自评报告\n2022年3月1日，地区财政局将再次争取到的3.99亿元上级财政"
                       "衔接资金全部拨付各县（市），我县分得9284万元。\n", year=2022)
    f = _by_text(doc)
    assert f["3.99亿元"].scope.startswith("地:") and f["3.99亿元"].field == ""


def test_the_rest_of_the_funds_handed_down_is_no_total():
    text = ("百色市2016年度财政专项扶贫资金绩效自评报告\n2016年全市共到位财政专项扶贫资金186,452万元。上级资金到市后，除留存2,500万元"
            "用于全市小额信贷贴息外，其余{0}万元全部按因素法切块下达各县（市、区）。\n")
    doc = process_text(text.format("183,952"), year=2016)
    assert _by_text(doc)["183,952万元"].field == ""
    assert not _errors(doc)


@pytest.mark.parametrize("score, holds", [("19", True), ("18", False)])
def test_a_group_score_after_the_reason_for_its_points_taken_off(score, holds):
    text = ("百色市2016年度财政专项扶贫资金绩效自评报告\n经汇总测算，全市2016年度财政专项扶贫资金绩效自评得分为93.5分。\n"
            "四、自评得分情况\n资金投入分值25分，得23.5分；资金拨付分值20分，因部分县年底支出集中"
            f"扣分，得{score}分；资金监管分值15分，得14分；资金使用成效分值40分，得37分。合计93.5分。\n")
    assert bool(_errors(process_text(text, year=2016), "score_sum")) is not holds


@pytest.mark.parametrize("county, holds", [("3,000", True), ("3,100", False)])
def test_a_levels_own_money_put_in_is_one_of_the_sources(county, holds):
    text = ("马山县2019年度财政专项扶贫资金绩效自评报告\n（一）资金到位情况。2019年我县共到位财政专项扶贫资金38,416.5万元。按来源分：中央资金"
            f"21,530万元；自治区资金12,286.5万元，分三批下达；南宁市级资金1,600万元；县本级安排{county}万元。\n")
    assert bool([e for e in _errors(process_text(text, year=2019)) if e[0] == "error"]) is not holds


def test_places_amounts_of_another_fund_are_no_parts_of_the_prefectures():
    text = ("甘孜州2018年度彩票公益金项目绩效评价报告\n一、基本情况\n省财政厅分配我州中央专项彩票公益金项目资金6,000万元。项目总投资6,278.5万元，"
            "其中彩票公益金6,000万元，整合其他涉农资金278.5万元。\n二、各县（市）资金使用情况\n（一）康定市。项目总投资2,086.52万元，其中彩票公益金"
            "2,000万元，整合其他涉农资金86.52万元。\n（二）丹巴县。项目总投资2,137.9万元，其中彩票公益金2,000万元，整合其他涉农资金137.9万元。\n"
            "（三）炉霍县。项目总投资2,054.08万元，其中彩票公益金2,000万元，整合其他涉农资金54.08万元。\n")
    assert not [e for e in _errors(process_text(text, year=2018)) if e[0] == "error"]


def test_another_funds_level_among_a_projects_sources_is_no_level_received():
    text = ("左权县2022年度中央专项彩票公益金支持欠发达革命老区乡村振兴示范区项目绩效评价报告\n一、项目概况\n（二）资金来源\n"
            "2022年省财政厅下达我县中央专项彩票公益金示范区建设资金4,000万元。为保障示范区建设，县级另行安排配套资金，项目总投资达到5,263.8万元，"
            "其中：中央专项彩票公益金4,000万元，占项目总投资的75.99%；省级衔接推进乡村振兴补助资金600万元；县级整合涉农资金663.8万元。\n")
    doc = process_text(text, year=2022)
    f = _by_text(doc)
    assert f["600万元"].field == "" and f["5,263.8万元"].field == "" and f["5,263.8万元"].fund_level != "county"
    assert not [e for e in _errors(doc) if e[0] == "error"]


@pytest.mark.parametrize("net, holds", [("1.2", True), ("1.5", False)])
def test_points_added_and_taken_off_count_once_where_their_net_is_stated(net, holds):
    text = ("温宿县2022年度衔接资金绩效自评报告\n经逐项对照打分，我县2022年度衔接资金绩效自评得分97.7分，具体情况如下：\n"
            "（一）资金保障（分值10分），自评得10分。\n（二）资金及项目监管（分值40分），自评得38分。\n（三）资金使用成效（分值50分），自评得48.5分。\n"
            f"（四）加减分情况。示范村建设工作获自治区通报表扬，加1.5分；县审计发现1个项目变更手续不全，减0.3分；加减分合计加{net}分。\n")
    assert bool(_errors(process_text(text, year=2022), "score_sum")) is not holds


@pytest.mark.parametrize("total, holds", [("10,624", True), ("10,642", False)])
def test_a_total_put_in_and_its_sources_after_it_and_a_county_level_citys_own_level(total, holds):
    text = ("大安市2017年度财政专项扶贫资金绩效自评报告\n（一）投入总量。2017年全市投入财政专项扶贫资金共计{0}万元。从资金来源看：中央财政专项"
            "扶贫资金5,236万元，省级财政专项扶贫资金3,118万元，白城市级财政安排420万元，我市本级财政安排1,850万元。\n（二）本级投入增长。市本级"
            "预算用于扶贫的资金由2016年的1,320万元提高到2017年的1,850万元，增加530万元，增幅为40.15%。\n")
    doc = process_text(text.format(total), year=2017)
    fields = {f.field: f.text for f in doc.figures if f.field}
    assert fields["funds_received_total"] == f"{total}万元" and fields["funds_received_city"] == "420万元"
    assert fields["funds_received_county"] == "1,850万元" and fields["funds_county_prior"] == "1,320万元"
    assert fields["funds_county_growth"] == "40.15%"
    assert bool([e for e in _errors(doc) if e[0] == "error"]) is not holds


def test_a_levels_money_for_one_use_is_not_the_levels_row_of_a_table():
    text = ("清丰县2023年度衔接资金绩效自评报告\n2023年我县共投入各级财政衔接推进乡村振兴补助资金20,908万元，其中：中央资金12,386万元，"
            "县本级资金8,522万元。\n资金来源\t金额（万元）\n中央资金\t12,386\n县本级资金\t8,522\n合计\t20,908\n"
            "全年用于产业发展的衔接资金11,436.5万元；其中中央资金用于产业发展7,821.6万元，占中央资金的63.15%。\n")
    assert not _errors(process_text(text, year=2023), "same_figure_differs")


def _fields(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in doc.figures:
        if f.field:
            out.setdefault(f.field, []).append(f.text)
    return out


def test_households_visited_and_counts_of_all_years_are_not_the_years_lifted():
    text = ("马山县2019年度财政专项扶贫资金绩效自评报告\n自评工作组随机抽查项目42个，入户走访脱贫户360户。\n"
            "2019年全县实现减贫6,218户24,573人，22个贫困村脱贫出列。至此，全县累计实现93708名贫困人口脱贫。\n"
            "2020年全州剩余2,968户7,812人全部达到脱贫标准。\n")
    fields = _fields(process_text(text, year=2019))
    assert fields["households_lifted"] == ["6,218户"] and fields["persons_lifted"] == ["24,573人"]
    year = ("大理州2020年度财政专项扶贫资金绩效自评报告\n经过多年攻坚，全州累计减少贫困人口41.31万人。2020年全州剩余2,968户7,812人全部"
            "达到脱贫标准。\n")
    fields = _fields(process_text(year, year=2020))
    assert fields["households_lifted"] == ["2,968户"] and fields["persons_lifted"] == ["7,812人"]
    new = "梅州市2019年度扶贫开发资金绩效自评报告\n2019年全市新增达到脱贫标准9,862户27,305人；累计52,981户144,372人达到脱贫标准。\n"
    fields = _fields(process_text(new, year=2019))
    assert fields["households_lifted"] == ["9,862户"] and fields["persons_lifted"] == ["27,305人"]


def test_an_amount_held_in_those_stated_before_is_no_total():
    text = ("清丰县2023年度衔接资金绩效自评报告\n2023年我县共投入各级财政衔接推进乡村振兴补助资金20,908万元，其中：中央资金12,386万元，"
            "省级资金4,512万元，濮阳市级资金860万元，县本级资金3,150万元。我县获得追加奖励资金2,000万元，已包含在上述中央和省级资金中。\n")
    assert _fields(process_text(text, year=2023))["funds_received_total"] == ["20,908万元"]


def test_the_funds_brought_into_the_integration_are_the_total_and_a_levels_breakdown_by_fund_takes_no_level_field():
    text = ("墨玉县2020年度统筹整合使用财政涉农资金绩效自评报告\n2020年纳入我县统筹整合范围的财政涉农资金共计147,813.87万元，其中：中央资金"
            "98,436.52万元，自治区资金41,207.35万元，地区配套资金1,850万元，县级资金6,320万元。中央资金中，中央财政专项扶贫资金52,761万元；"
            "农村环境整治资金（统筹整合部分）中央下达118.71万元、自治区下达92.6万元，合计211.31万元。\n")
    fields = _fields(process_text(text, year=2020))
    assert fields["funds_received_total"] == ["147,813.87万元"]
    assert fields["funds_received_central"] == ["98,436.52万元"] and fields["funds_received_provincial"] == ["41,207.35万元"]


@pytest.mark.parametrize("after, total", [("；焦作市级财政安排我市扶贫资金320万元。上级下达资金共计1,337.4万元。我市本级预算安排扶贫"
                                           "资金860万元。", None),
                                          ("。", "1,017.4万元")])
def test_a_total_of_two_levels_is_all_only_where_no_other_level_follows(after, total):
    text = ("沁阳市2018年度财政专项扶贫资金绩效自评报告\n2018年中央财政专项扶贫资金15万元、省级财政专项扶贫资金1,002.4万元（省级资金分三批"
            f"下达），合计1,017.4万元{after}\n")
    assert _fields(process_text(text, year=2018)).get("funds_received_total") == ([total] if total else None)


def test_a_report_on_one_levels_fund_gives_no_field_to_another_levels_rate():
    text = ("左权县2022年度中央专项彩票公益金支持欠发达革命老区乡村振兴示范区项目绩效评价报告\n截至2022年12月31日，彩票公益金累计支出3,512.8万元，"
            "支出率87.82%，结转487.2万元；省级和县级配套资金1,263.8万元已支出1,160.5万元，支出率91.83%。\n")
    assert _fields(process_text(text, year=2022))["execution_rate"] == ["87.82%"]


def test_a_places_money_left_unpaid_is_the_places():
    text = ("甘孜州2018年度彩票公益金项目绩效评价报告\n截至2018年12月31日，三县累计支出彩票公益金5,880万元，支出率98%，结转120万元。\n"
            "六、存在的问题\n一是高海拔地区有效施工期短，炉霍县部分项目年底仍有88.4万元未支付，康定市尚有31.6万元工程尾款待结算。\n")
    assert _fields(process_text(text, year=2018))["funds_carryover"] == ["120万元"]


@pytest.mark.parametrize("share, holds", [("60.62", True), ("65.62", False)])
def test_a_share_of_the_funds_from_the_province_up(share, holds):
    text = ("寿宁县2020年度财政专项扶贫资金绩效自评报告\n2020年全县共到位财政专项扶贫资金8,216万元，其中：中央资金4,386万元，省级资金2,150万元，"
            "市级资金480万元，县级资金1,200万元。省级以上资金6,536万元中，用于产业扶贫的资金3,962.4万元，"
            f"占省级以上资金的{share}%。\n")
    assert bool([e for e in _errors(process_text(text, year=2020)) if e[0] == "error"]) is not holds


def test_villages_are_no_parts_of_a_count_of_townships():
    text = ("日照市2014年度财政专项扶贫资金绩效自评报告\n纲要将我市莒县、五莲县5个乡镇、81个贫困村列入省扶贫开发规划范围，其中莒县3个乡镇52个村，"
            "五莲县2个乡镇29个村。\n")
    assert not _errors(process_text(text, year=2014))


@pytest.mark.parametrize("county, holds", [("500", True), ("600", False)])
def test_a_list_after_its_colon_goes_on_over_the_next_clause(county, holds):
    text = ("龙江县2018年度财政专项扶贫资金绩效自评报告\n2018年共下达我县财政专项扶贫资金9,368万元，其中：中央资金6,412万元，省级资金"
            f"2,356万元，市级资金100万元；县本级预算安排{county}万元。省级资金分两批下达。\n")
    assert bool([e for e in _errors(process_text(text, year=2018)) if e[0] == "error"]) is not holds


def test_a_count_larger_than_its_total_ends_the_list_of_its_parts():
    text = ("拜泉县2021年度衔接资金绩效评价报告\n全县实施衔接资金项目58个，其中产业项目34个，全部从县级项目库中选取，年末县级项目库共有入库项目"
            "412个。\n")
    assert not _errors(process_text(text, year=2021))


def test_the_county_growth_is_of_the_county_funds_stated_before_it():
    text = ("宁远县2015年度财政专项扶贫资金绩效自评报告\n2015年，全县共到位财政专项扶贫资金4,236万元。其中：中央财政专项扶贫资金2,358万元，"
            "省级财政专项扶贫资金1,078万元，市级财政专项扶贫资金200万元，县本级预算安排600万元。县本级安排较2014年的450万元增加150万元，"
            "增长{0}%。\n2015年全县相关建设总投入3.54亿元，其中县级财政投入1.45亿元，整合各类涉农资金2.09亿元。\n")
    assert not _errors(process_text(text.format("33.33"), year=2015), "county_growth")
    assert _errors(process_text(text.format("35.33"), year=2015), "county_growth")
    assert _fields(process_text(text.format("33.33"), year=2015))["funds_received_county"] == ["600万元"]


def test_money_the_report_says_it_leaves_out_is_of_a_scope_of_its_own():
    text = ("寿宁县2025年度衔接资金绩效自评报告\n2025年，上级和本级共下达我县财政衔接推进乡村振兴补助资金5,758万元，其中：中央资金2,846万元，"
            "省级资金1,932万元，市级资金260万元，县级资金720万元。\n另，省财政提前下达我县2025年省级脱贫县相关补助资金3,711.3万元，包括县级"
            "基本财力保障转移支付资金1,000万元、债券贴息资金2,711.3万元。该笔资金按各自规定用途管理，不纳入本报告评价范围。\n")
    doc = process_text(text, year=2025)
    assert not _errors(doc)
    assert _fields(doc)["funds_received_provincial"] == ["1,932万元"] and _fields(doc)["funds_received_county"] == ["720万元"]


def test_a_total_said_of_central_and_provincial_funds_is_theirs():
    text = ("海口市2018年度财政专项扶贫资金绩效评价报告\n2018年，海口市共筹集财政专项扶贫资金16,145.6万元，其中：中央资金3,126万元，"
            "省级资金4,982万元，市本级资金5,600万元，区级资金2,437.6万元。中央和省级资金由省财政分三批下达，合计8,108万元。\n")
    doc = process_text(text, year=2018)
    assert not _errors(doc) and _fields(doc)["funds_received_total"] == ["16,145.6万元"]


def test_projects_of_all_years_so_far_are_no_years_industry_projects():
    text = ("日喀则市2020年度财政专项扶贫资金绩效评价自评报告\n全年共安排扶贫项目1,126个，其中产业类项目417个，安排资金24.187亿元。\n"
            "脱贫攻坚以来，全市累计开工建设特色产业项目394个，受益贫困群众10.95万人。\n")
    doc = process_text(text, year=2020)
    assert _fields(doc)["industry_projects"] == ["417个"] and not _errors(doc)


@pytest.mark.parametrize("share, holds", [("65.03", True), ("65.30", False)])
def test_a_total_integrated_in_the_text_beside_its_table_total_has_its_levels(share, holds):
    text = ("日喀则市2020年度财政专项扶贫资金绩效评价自评报告\n2020年，全市统筹整合财政涉农资金和财政专项扶贫资金共计38.6472亿元，其中：中央资金"
            "27.3185亿元，自治区资金9.8762亿元，市级资金0.9025亿元，县级资金0.55亿元。\n其中产业类项目417个，安排资金24.187亿元，"
            f"占中央和自治区资金的{share}%。\n单位：万元\n县（区）\t到位资金\n桑珠孜区\t158,829.50\n其余17个县（区）\t227,642.50\n"
            "合计\t386,472.00\n")
    doc = process_text(text, year=2020)
    assert "38.6472亿元" in _fields(doc)["funds_received_total"]
    assert bool([e for e in _errors(doc) if e[0] == "error"]) is not holds


def test_a_share_of_the_prefectures_funds_in_a_countys_report_is_not_of_the_countys():
    text = ("射洪市2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n2023年，我市共获得各级财政衔接推进乡村振兴补助资金13,265万元。\n"
            "遂宁市2023年从中央和省级衔接资金中统筹安排6894.23万元用于农业水利基础设施建设，占遂宁市衔接补助资金总额的16.43%。\n")
    doc = process_text(text, year=2023)
    assert doc.county == "射洪市" and not _errors(doc)


def test_the_items_above_a_closing_total_are_its_parts_and_not_the_funds_received():
    text = ("南雄市珠玑镇2020年度扶贫资金绩效自评报告\n二、资金到位情况\n全年我镇统筹使用的扶贫资金共1,486.52万元，具体为：南城街道帮扶资金"
            "629万元（含引导资金600万元、村级慰问金24万元、镇级慰问金5万元），省级财政扶贫资金583.4万元，南雄市级配套资金274.12万元。\n"
            "省级财政扶贫资金和南雄市级配套资金主要投向以下方面：产业帮扶项目312.6万元，用于种养业奖补；基础设施项目421.8万元，用于村道"
            "硬底化；教育、医疗及兜底保障补助{0}万元，用于学生生活费补助。以上合计857.52万元，与两级资金到位数一致。\n")
    doc = process_text(text.format("123.12"), year=2020)
    assert not _errors(doc) and _fields(doc)["funds_received_total"] == ["1,486.52万元"]
    assert [e for e in _errors(process_text(text.format("132.12"), year=2020)) if e[0] == "error"]


def test_money_of_all_years_since_an_event_is_no_years():
    text = ("梅州市2019年度扶贫开发资金绩效自评报告\n2019年全市共到位各级扶贫开发资金9.68亿元。具体为：省级财政扶贫资金52,340万元，市级财政"
            "配套8,150万元，县级财政安排14,620万元，广州市对口帮扶资金21,718万元，合计96,828万元。\n新时期精准扶贫工作开展以来，全市累计"
            "筹集各类扶贫资金39.25亿元，已投入使用35.17亿元，使用率89.61%。\n")
    doc = process_text(text, year=2019)
    fields = _fields(doc)
    assert "39.25亿元" not in fields.get("funds_received_total", []) and "execution_rate" not in fields
    assert not _errors(doc)


def test_a_share_of_both_levels_is_of_the_two_its_sentence_named():
    text = ("隆德县2023年财政涉农资金统筹整合使用情况报告\n2023年全县纳入统筹整合范围的财政涉农资金合计41236.58万元。分级次看，中央资金"
            "24580.3万元，自治区资金9612.28万元，固原市级资金1544万元，县级资金5500万元。\n中央和自治区下达的衔接资金中用于产业发展的有"
            "21575.6万元，占两级资金合计的{0}%。\n")
    assert not _errors(process_text(text.format("63.1"), year=2023))
    assert _errors(process_text(text.format("66.1"), year=2023))


def test_a_level_with_its_own_batches_is_one_item_and_the_levels_after_it_still_count():
    text = ("察哈尔右翼后旗2018年度财政专项扶贫资金绩效自评报告\n2018年全旗到位财政专项扶贫资金12,647万元。其中：中央资金7,318万元；"
            "自治区资金4,129万元，分两批下达，分别为2,615万元和1,514万元；市级资金400万元；旗本级预算安排800万元。\n")
    doc = process_text(text, year=2018)
    assert not _errors(doc)
    fields = _fields(doc)
    assert fields["funds_received_city"] == ["400万元"] and fields["funds_received_county"] == ["800万元"]


def test_figures_of_the_same_time_as_an_earlier_date_give_way_to_the_years():
    text = ("乌恰县2021年度衔接资金绩效自评报告\n2021年到县各级财政衔接推进乡村振兴补助资金共计19,268.4万元。\n截至9月30日，年初计划的57个"
            "项目已全部开工，完工45个；投资完成率85.64%。同期到位资金18,426.5万元，核拨16,773.2万元；实际支付15,937万元，支付率86.49%。\n"
            "截至2021年12月31日，全县衔接资金累计支付18,547.92万元，结转720.48万元，资金支付率为{0}%。\n")
    doc = process_text(text.format("96.26"), year=2021)
    fields = _fields(doc)
    assert fields["funds_received_total"] == ["19,268.4万元"] and fields["funds_spent"] == ["18,547.92万元"]
    assert fields["execution_rate"] == ["96.26%"] and not _errors(doc)
    assert [e for e in _errors(process_text(text.format("96.62"), year=2021)) if e[0] == "error"]


def test_subsidies_paid_out_in_the_year_are_its_spending_and_a_breakdown_by_industry_has_no_field():
    text = ("昭平县2020年度产业以奖代补资金绩效自评报告\n2020年全县计划安排产业以奖代补资金6,550万元，已全部到位。\n截至6月底已兑付奖补资金"
            "4,451.93万元。截至2020年12月31日，全年累计发放奖补资金6,317.86万元，资金执行率96.46%；结余232.14万元。\n分产业看，全年发放"
            "茶叶奖补2,106.3万元、油茶1,023.8万元。\n")
    doc = process_text(text, year=2020)
    assert _fields(doc)["funds_spent"] == ["6,317.86万元"] and not _errors(doc)


def test_the_counties_own_funds_in_a_prefectures_report_are_a_level():
    text = ("湘西州2017年度财政专项扶贫资金绩效自评报告\n2017年，全州共投入财政专项扶贫资金100,814万元，其中：中央资金58,436万元；省级资金"
            "24,618万元；州本级资金3,200万元；各县市本级资金合计14,560万元。\n")
    assert not _errors(process_text(text, year=2017))


def test_a_growth_is_the_parts_unless_the_year_before_is_the_wholes():
    part = ("彭阳县2023年财政涉农资金统筹整合使用方案\n2023年计划整合各级财政涉农资金51370万元，其中中央衔接资金32780万元、自治区衔接资金"
            "12640万元、市级衔接资金1850万元、县本级安排衔接资金4100万元，较上年的3800万元增长{0}%。\n")
    assert not _errors(process_text(part.format("7.89"), year=2023))
    whole = ("酉阳县2019年度财政专项扶贫资金绩效自评报告\n2019年全县共到位财政专项扶贫资金68412.5万元，其中中央资金38620万元、市级资金"
             "17192.5万元、县级资金12600万元，比2018年到位的61235.8万元增长{0}%。\n")
    assert not _errors(process_text(whole.format("11.72"), year=2019), "growth")
    assert _errors(process_text(whole.format("12.72"), year=2019), "growth")


def test_a_programmes_money_over_several_years_takes_no_county_field_nor_do_those_after_it():
    text = ("长岭县2019年度财政专项扶贫资金绩效评价报告\n县本级投入2,000万元，比上年的1,600万元增长25%。\n（二）庭院经济。2017年至2019年，"
            "县本级累计投入庭院经济奖补资金4,500万元，其中2019年1,700万元，比2018年的1,500万元增加13.33%。\n")
    doc = process_text(text, year=2019)
    fields = _fields(doc)
    assert fields["funds_county_prior"] == ["1,600万元"] and fields["funds_county_growth"] == ["25%"]
    assert "4,500万元" not in fields.get("funds_county_current", []) and not _errors(doc)


@pytest.mark.parametrize("rate, holds", [("97.55", True), ("95.55", False)])
def test_a_tables_rate_is_over_the_money_paid_not_the_money_left_unpaid(rate, holds):
    text = ("汶川县2023年度衔接资金绩效评价报告\n单位：万元\n资金来源\t到位资金\t已支付\t未支付\t支付率\n"
            f"中央衔接资金\t3,286.00\t3,205.47\t80.53\t{rate}%\n省级衔接资金\t1,942.00\t1,871.36\t70.64\t96.36%\n")
    assert bool([e for e in _errors(process_text(text, year=2023)) if e[0] == "error"]) is not holds


def test_the_total_repeated_in_a_heading_is_no_group_of_itself():
    text = ("秦州区2017年度财政专项扶贫资金绩效自评报告\n评价总分100分，自评得分96.5分。\n二、绩效评价情况（分值100分，自评得分96.5分）\n"
            "（一）资金投入（分值20分，自评得分20分）\n（二）资金拨付（分值15分，自评得分14分）\n（三）资金监管（分值20分，自评得分19分）\n"
            "（四）资金使用成效（分值45分，自评得分{0}分）\n")
    assert not _errors(process_text(text.format("43.5"), year=2017), "score_sum")
    assert _errors(process_text(text.format("42.5"), year=2017), "score_sum")


@pytest.mark.parametrize("total, holds", [("9466", True), ("9566", False)])
def test_a_closing_total_of_all_levels_holds_the_levels_of_the_paragraph_before(total, holds):
    text = ("尖扎县2018年度财政专项扶贫资金绩效自评报告\n（一）中央和省级下达情况。2018年，中央和省级共下达我县财政专项扶贫资金8606万元，其中"
            f"中央资金5126万元、省级资金3480万元。\n（二）州、县分解下达情况。州级配套扶贫资金260万元，县级预算安排600万元，全年到位各级财政专项"
            f"扶贫资金合计{total}万元。\n")
    assert bool([e for e in _errors(process_text(text, year=2018)) if e[0] == "error"]) is not holds


def test_money_not_in_the_reports_scope_and_a_list_of_places_joined_by_yu():
    text = ("蓝田县2024年度衔接资金绩效评价报告\n2024年全县共到位衔接资金18,426.5万元，其中：中央资金9,870万元，省级资金5,236.5万元，市级资金"
            "1,520万元，县级资金1,800万元。\n此外，2024年我县与商南县、绥德县共3个县被确定为彩票公益金项目县，3个县共获得中央财政支持1.56亿元，"
            "其中我县5,200万元。彩票公益金单独核算，未纳入本次评价的衔接资金范围。\n")
    doc = process_text(text, year=2024)
    assert not _errors(doc) and _fields(doc)["funds_received_central"] == ["9,870万元"]


def test_two_levels_named_together_are_their_pair():
    text = ("青河县2015年度财政专项扶贫资金绩效自评报告\n2015年全县到位财政专项扶贫资金3276万元，其中：中央资金1856万元，自治区资金1000万元，"
            "地区配套120万元，县本级安排300万元。\n县本级财政预算安排扶贫资金300万元，上年为240万元，增加60万元，增长25%。\n地区配套和县本级"
            "资金合计420万元，用于试点村村内道路。\n")
    assert not _errors(process_text(text, year=2015))


def test_items_closed_by_their_own_total_are_no_breakdown_of_the_amount_before():
    text = ("宣汉县2021年度衔接资金绩效自评报告\n2021年县财政安排脱贫人口小额信贷贴息资金1,260万元，按季度兑付到户。具体为：\n"
            "（一）对2019年发放的存量户贷2,143户进行贴息，共计312.48万元；\n（二）对2020年发放的户贷3,018户进行贴息，共计526.37万元；\n"
            "（三）对2021年新增户贷1,965户进行贴息，共计398.26万元。\n以上合计贴息7,126户、{0}万元，结余22.89万元已按规定收回统筹使用。\n")
    assert not _errors(process_text(text.format("1,237.11"), year=2021))
    assert [e for e in _errors(process_text(text.format("1,273.11"), year=2021)) if e[0] == "error"]


def test_money_managed_apart_is_of_its_own_scope_and_a_restarted_list_is_of_the_part_it_names():
    apart = ("德安县2019年度财政专项扶贫资金绩效自评报告\n2019年，全县共统筹到位财政专项扶贫资金6,382万元，其中：中央资金3,856万元，"
             "省级资金1,624万元，县级财政安排902万元。此外，省财政年内下达我县革命老区转移支付补助资金1202万元，按老区资金渠道另行管理。\n")
    doc = process_text(apart, year=2019)
    assert not _errors(doc) and _fields(doc)["funds_received_provincial"] == ["1,624万元"]
    named = ("汉阴县2021年度衔接资金绩效自评报告\n全年纳入统筹整合范围的财政涉农资金共32,418.5万元，其中各级财政衔接推进乡村振兴补助资金"
             "20,316万元，其他涉农整合资金12,102.5万元。衔接资金按来源分：中央13,602万元，省级5,214万元，市级500万元，县级{0}万元。\n")
    assert not _errors(process_text(named.format("1,000"), year=2021))
    assert [e for e in _errors(process_text(named.format("1,100"), year=2021)) if e[0] == "error"]


@pytest.mark.parametrize("county, holds", [("5,000", True), ("5,100", False)])
def test_the_year_befores_amount_in_a_clause_of_a_list_is_no_part(county, holds):
    text = ("临泉县2021年度衔接资金绩效自评报告\n2021年全县共到位衔接推进乡村振兴补助资金52,368万元，其中：中央资金34,210万元，占65.33%；省级资金"
            f"11,658万元，占22.26%；阜阳市级资金1,500万元；县级资金{county}万元，较2020年的4,200万元增长19.05%。\n")
    assert bool([e for e in _errors(process_text(text, year=2021)) if e[0] == "error" and e[1] == "523680000"]) is not holds


def test_places_ranked_at_the_top_are_some_of_the_whole():
    text = ("朝阳县2023年度衔接资金绩效自评报告\n产业发展资金共支持项目63个，投入31,560.40万元，重点用于设施农业。分乡镇看，其中木头城子镇"
            "4,215.30万元、羊山镇3,876.45万元、大平房镇3,102.80万元，资金量居全县前列。\n")
    assert not [e for e in _errors(process_text(text, year=2023)) if e[0] == "error"]


@pytest.mark.parametrize("later, warned", [("734", True), ("743", False)])
def test_a_count_restated_in_other_words_with_two_digits_swapped(later, warned):
    text = ("南平市2022年度衔接资金绩效自评报告\n一、资金情况\n全年各地共实施衔接资金项目743个，资金全部落实到具体项目。\n三、项目情况\n"
            f"全市纳入项目库管理的项目2,386个，年度实施项目{later}个，其中产业项目418个。\n")
    assert bool(_errors(process_text(text, year=2022), "same_figure_differs")) is warned


@pytest.mark.parametrize("share, holds", [("83.89", True), ("88.89", False)])
def test_a_share_of_two_levels_stated_in_the_sentences_before(share, holds):
    text = ("涞源县2019年度财政专项扶贫资金绩效评价报告\n经核实，涞源县2019年度共计到位统筹整合资金和专项扶贫资金51,230.4万元。具体构成为："
            "中央财政专项扶贫资金30,568万元；省级资金12,410.4万元；保定市级资金752万元；县级财政预算安排7,500万元。"
            f"中央和省级资金合计占到位总额的{share}%。\n")
    assert bool([e for e in _errors(process_text(text, year=2019)) if e[0] == "error"]) is not holds


def test_stages_of_the_funds_named_above_and_the_funds_blocks_own_score_row():
    text = ("克山县2022年度衔接资金绩效自评报告\n2022年，我县共筹措衔接推进乡村振兴补助资金12,655.8万元。其中：中央资金9,031万元；省级资金"
            "2,674.3万元；县级本级预算安排950.5万元。\n上述资金中，年初预算已安排11,705.3万元，年中追加县级资金后全年预算数为12,655.8万元。\n"
            "资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t11,705.3\t12,655.8\t12,318.46\n分值\t10分\t执行率\t97.33%\n"
            "得分\t9.73分\n一级指标\t三级指标\t分值\t得分\n产出指标\t种薯储窖建设数量\t50\t49\n效益指标\t带动增收人数\t40\t{0}\n总分\t\t100\t98.73\n")
    assert not _errors(process_text(text.format("40"), year=2022))
    assert [e for e in _errors(process_text(text.format("38"), year=2022)) if e[0] == "error"]


def test_group_scores_whose_full_marks_leave_a_group_out_are_no_sum_of_the_total():
    # 产出50 + 效益30 + 满意度10 = 90 of the marks: the budget's 10 are scored elsewhere (its table)
    text = ("某市2020年国有贫困农场资金绩效自评报告\n经综合评定，项目自评得分94.75分。\n（一）产出指标（分值50分，得分48分）。完成。\n"
            "（二）效益指标（分值30分，得分28分）。完成。\n（三）满意度指标（分值10分，得分{0}分）。完成。\n")
    assert not _errors(process_text(text.format(9), year=2020), "score_sum")


def test_a_bound_before_the_total_and_full_marks_in_a_bracket_are_no_group_scores():
    bound = process_text("某市2013年财政专项扶贫资金绩效自评报告\n各县自评得分均在85分以上，全市自评得分93分，其中资金投入18分（满分20分）、"
                         "资金拨付23分（满分25分）、资金监管19分（满分20分）、资金使用成效33分（满分35分）。\n", year=2013)
    assert not _errors(bound, "score_sum")
    text = ("某县2017年统筹整合资金绩效自评报告\n我县整合资金绩效自评得分92分，其中资金整合23分、资金使用24分、项目管理22分、"
            "使用成效{0}分（各项满分均为25分）。\n")
    assert not _errors(process_text(text.format(23), year=2017), "score_sum")
    assert _errors(process_text(text.format(24), year=2017), "score_sum") == [("error", "92", "93")]


def test_a_total_whose_parts_follow_over_the_semicolons_after_zhong():
    text = ("某县2017年统筹整合资金绩效自评报告\n农村道路11,200万元中，硬化屯级道路170条684公里，安排{0}万元；新建产业道路6条，安排1,280万元，"
            "包括甲村产业路3公里；新建漫水桥和挡土墙315万元。\n")
    assert _errors(process_text(text.format("9,650"), year=2017), "parts_sum") == [("error", "112000000", "112450000")]
    assert not _errors(process_text(text.format("9,605"), year=2017))


def test_shares_of_a_named_whole_that_all_hold_against_their_list_sum():
    # 总资金 is the list's sum (the 衔接资金 without the 自筹), not the 总投资 stated before
    text = ("某旗2024年衔接资金绩效自评报告\n项目总投资3,248.60万元，除衔接资金外，合作社自筹等其他资金311.80万元。\n"
            "按项目类别分：1.产业项目9个，资金1,958.60万元，占总资金的{0}%；2.乡村建设项目4个，资金848.20万元，占总资金的28.88%；"
            "3.项目管理费1个，资金130.00万元，占总资金的4.43%。\n")
    assert not _errors(process_text(text.format("66.69"), year=2024), "share")
    assert ("error", "66.96", "66.69") in _errors(process_text(text.format("66.96"), year=2024), "share")


def test_a_share_whose_subject_heads_the_sentence_of_its_amount():
    text = ("某县2017年财政专项扶贫资金绩效自评报告\n一、资金到位情况\n2017年全县共到位各级财政专项扶贫资金11,436万元。\n二、资金安排情况\n"
            "（二）产业类项目，共4,930万元，实施项目26个。产业类项目资金占全县到位专项扶贫资金的{0}%。\n")
    assert _errors(process_text(text.format("45.11"), year=2017), "share") == [("error", "45.11", "43.11")]
    assert not _errors(process_text(text.format("43.11"), year=2017), "share")


def test_a_growth_whose_subject_names_an_amount_of_the_sentence_before():
    text = ("某县2020年财政专项扶贫资金绩效自评报告\n2020年县农业农村局承担的产业发展类资金共4,100万元。其中：中央资金2,380万元，"
            "省级资金1,150万元，州级资金260万元，县级资金310万元。县级资金较2019年的255万元增长{0}%。\n")
    assert _errors(process_text(text.format("25.17"), year=2020), "growth") == [("error", "25.17", "21.57")]
    assert not _errors(process_text(text.format("21.57"), year=2020))


def test_levels_of_a_list_cut_by_semicolons_and_a_levels_total_after_its_batches():
    doc = process_text("某县2020年度财政专项扶贫资金绩效自评报告\n一、资金情况\n（一）中央资金。省财政厅提前下达我县中央财政专项扶贫资金3,806万元；"
                       "又下达第二批1,631万元。中央资金合计5,437万元。\n（二）全年到县省级财政专项扶贫资金3,012.6万元；市级配套资金412.8万元；"
                       "县本级预算安排1,000万元。\n二、资金使用\n各级下达的9,862.4万元均已足额到位。\n", year=2020)
    fields = _fields(doc)
    assert fields["funds_received_central"] == ["5,437万元"]
    assert fields["funds_received_provincial"] == ["3,012.6万元"] and fields["funds_received_city"] == ["412.8万元"]
    assert not _errors(doc, "received_sum")


def test_a_fund_named_in_a_bracket_of_what_the_funds_include_is_not_theirs():
    doc = process_text("某县2020年度财政专项扶贫资金绩效自评报告\n2020年我县各级财政专项扶贫资金（含统筹整合资金）到位18,645.27万元。"
                       "其中，中央资金11,283万元；省级资金4,062.27万元；市级资金300万元；县本级安排专项扶贫资金3,000万元。\n", year=2020)
    fields = _fields(doc)
    assert fields["funds_received_total"] == ["18,645.27万元"] and fields["funds_received_city"] == ["300万元"]


def test_the_county_level_after_the_other_levels_over_semicolons_with_its_year_before_and_growth():
    doc = process_text("某县2020年度财政专项扶贫资金绩效自评报告\n2020年全县到位财政专项扶贫资金42,386.5万元，其中：中央财政资金25,630万元；"
                       "省级财政资金9,842万元；市级财政资金1,214.5万元；县本级预算安排5,700万元，比2019年的4,960万元增长14.92%。\n"
                       "二、指标\n14.执行中随意调减衔接资金预算。未调减。\n", year=2020)
    fields = _fields(doc)
    assert fields["funds_received_county"] == ["5,700万元"] and fields["funds_county_prior"] == ["4,960万元"]
    assert fields["funds_county_growth"] == ["14.92%"] and "budget_planned" not in fields
    # a ；-clause of all the funds after it is no county growth
    other = process_text("某县2022年衔接资金绩效自评报告\n2022年全县共统筹衔接资金13701万元，其中：中央资金9386万元、省级资金3215万元、"
                         "州级资金420万元、县本级资金680万元。县本级预算安排衔接资金680万元，比2021年的600万元增长13.33%；"
                         "全县衔接资金总规模比上年的12958万元多743万元，增长5.73%。\n", year=2022)
    assert _fields(other)["funds_county_growth"] == ["13.33%"]


@pytest.mark.parametrize("year, text, households, persons", [
    (2020, "2020年是收官之年。全县剩余贫困人口2,318户、7,046人全部实现脱贫。", "2,318户", "7,046人"),
    (2019, "三、绩效目标完成情况\n全年实现6,215户19,872人贫困人口脱贫。", "6,215户", "19,872人"),
    (2018, "全县2018年减少贫困人口6,212人（2,870户），18个贫困村退出。", "2,870户", "6,212人"),
    (2013, "2013年全市减少贫困4.12万户15.3万人。", "4.12万户", "15.3万人"),
    (2020, "截至2020年底，全县建档立卡贫困户20466户、82648人全部脱贫。2020年全县实现剩余1,136户、3,208人贫困人口脱贫。",
     "1,136户", "3,208人"),
])
def test_households_and_persons_lifted_as_reports_write_them(year, text, households, persons):
    fields = _fields(process_text("某县财政专项扶贫资金绩效自评报告\n" + text + "\n", year=year))
    assert fields.get("households_lifted") == [households] and fields.get("persons_lifted") == [persons]


def test_a_tables_budget_of_all_funds_is_not_compared_with_the_countys_own():
    doc = process_text("某县2022年衔接资金绩效自评报告\n全年到位11,705.3万元。其中：中央资金9,031万元；省级资金2,674.3万元；"
                       "县级本级预算安排950.5万元。本年度县本级投入950.5万元。\n单位：万元\n资金情况\t年初预算数\t全年预算数\t全年执行数\n"
                       "年度资金总额\t11,705.3\t12,655.8\t12,310.6\n", year=2022)
    assert not _errors(doc, "budget_consistency")


def test_retention_held_beside_what_is_left_adds_up_with_the_spending():
    text = ("延寿县兴山村光伏扶贫电站项目2017年度绩效评价报告\n项目到位资金340万元，其中中央资金220万元、省级资金90万元、"
            "县级资金30万元。截至2017年12月31日已支付{0}万元，预留质量保证金12.84万元，"
            "结余资金3.18万元已按规定收回。\n")
    assert not _errors(process_text(text.format("323.98"), year=2017))
    assert _errors(process_text(text.format("332.98"), year=2017), "spent_plus_carryover")


def test_score_tables_of_two_projects_are_each_summed_against_their_own_total():
    table = ("一级指标\t二级指标\t三级指标\t分值\t得分\n产出指标\t数量指标\t种植面积\t50\t{0}\n效益指标\t社会效益指标\t带动农户\t40\t38\n"
             "满意度指标\t服务对象满意度\t满意度\t10\t10\n总分\t\t\t100\t{1}\n")
    text = ("某集团2024年衔接资金项目自评报告\n一、甲农场项目\n" + table.format(49, 97)
            + "二、乙农场项目\n" + table.format(48, "{0}"))
    doc = process_text(text.format(96), year=2024)
    assert not _errors(doc) and "self_score" not in _fields(doc)
    assert _errors(process_text(text.format(95), year=2024), "score_sum") == [("error", "95", "96")]


def test_what_each_village_got_is_not_the_countys_share_and_the_nations_funds_are_not_the_countys():
    text = ("某县2021年衔接资金绩效自评报告\n中央衔接资金1,646万元，其中第一批1,256万元；第二批390万元，用于扶持13个村，每村30万元。"
            "本批资金全省共下达3亿元，我县所得占全省本批资金的{0}%。\n")
    assert not _errors(process_text(text.format("1.3"), year=2021))
    national = process_text("紫金县2025年衔接资金绩效自评报告\n2025年，全国中央财政衔接推进乡村振兴补助资金规模达到1593亿元。\n"
                            "我县共获得中央财政衔接资金3,415.00万元。其中用于产业发展2,136.20万元，占中央衔接资金的62.55%。\n", year=2025)
    assert _fields(national)["funds_received_central"] == ["3,415.00万元"] and not _errors(national)


def test_a_works_completion_over_100_percent_is_no_alarm_and_an_investment_completion_is_recomputed():
    works = process_text("某镇2016年道路项目绩效自评报告\n计划新建道路20公里，实际完成20.8公里，完成率104%。\n", year=2016)
    assert not _errors(works)
    text = "某州2025年重大项目推进情况\n一季度计划投资40.97亿元，实际完成45.27亿元，完成率为{0}%。\n"
    assert not _errors(process_text(text.format("110.50"), year=2025))
    assert _errors(process_text(text.format("112.50"), year=2025))


def test_a_pipe_row_that_opens_with_a_bar_and_closes_with_none_has_an_empty_first_cell():
    table = ("单位：万元\n序号 | 乡镇 | 项目村 | 安排资金 | 已支出\n1 | 甲镇 | 甲村 | 160 | 143.2\n2 | 乙镇 | 乙村 | 140 | 126.8\n"
             " | 合计 |  | {0} | 270\n")
    assert not _errors(process_text("某县2014年整村推进资金绩效自评报告\n" + table.format(300), year=2014))
    assert _errors(process_text("某县2014年整村推进资金绩效自评报告\n" + table.format(310), year=2014), "table_total")


def test_each_batchs_days_are_not_the_countys_allocation_days():
    doc = process_text("某县2018年财政专项扶贫资金绩效自评报告\n省级资金每批到县后，均在30日内完成指标分解到项目。"
                       "从拨付时效看，中央资金平均在到县后12天内分解下达，省级三批资金分别在9天、14天和21天内下达到项目实施单位。\n",
                       year=2018)
    assert {"9天", "14天", "21天"}.isdisjoint(_fields(doc)["allocation_days"]) and not _errors(doc)


def test_a_closing_count_of_clauses_takes_each_clauses_total_not_its_amount_per_household():
    text = ("某县2018年项目绩效自评报告\n合作社向农户分红：建卡贫困户68户户均增收547元，合计37,196元；非建卡户35户户均增收266元，"
            "合计9,310元；两项共计分红{0}元。\n")
    assert not _errors(process_text(text.format("46,506"), year=2018))
    assert _errors(process_text(text.format("46,605"), year=2018))


def test_a_villages_amount_named_in_brackets_is_the_villages():
    doc = process_text("某镇2013年财政扶贫资金绩效自评报告\n2013年我镇共争取到位各类财政扶贫资金632万元，具体为：省级整村推进资金（月光村）150万元；"
                       "省级整村推进资金（上团村）120万元；市级财政扶贫资金40万元；县级配套资金86.4万元；驻村工作队协调帮扶资金235.6万元。\n",
                       year=2013)
    assert [f.scope for f in doc.figures if f.text in ("150万元", "120万元")] == ["地:月光村", "地:上团村"]
    assert not _errors(doc)


def test_those_counted_after_a_count_and_zhong_over_semicolons_are_no_parts():
    doc = process_text("某县2018年东西部协作资金绩效自评报告\n赴济南务工的286人中，建档立卡贫困劳动力231人，占80.77%，人均月工资约3,800元；"
                       "对稳定就业满90天的贫困劳动力，按每人1,000元标准发放补助，共发放19.8万元，惠及198人。\n", year=2018)
    assert not _errors(doc)


def test_a_share_of_the_source_its_sentence_is_about_is_over_that_sources_amount():
    text = ("某县2016年易地扶贫搬迁资金绩效评价报告\n2016年度项目资金总额为75,666.80万元，其中中央预算内投资10,436.80万元，"
            "专项建设基金6,523.00万元，长期政策性贷款45,661.00万元，地方政府债券13,046.00万元。\n"
            "长期政策性贷款分两次到位：2016年6月到位27,396.60万元，占贷款总额的{0}%；2016年11月到位18,264.40万元，占40%。\n")
    assert not [e for e in _errors(process_text(text.format("60"), year=2016)) if e[0] == "error"]
    assert ("error", "62", "60") in _errors(process_text(text.format("62"), year=2016), "share")


def test_a_resettlement_fund_after_the_work_relief_fund_is_not_work_relief():
    doc = process_text("分类别看：以工代赈资金1,320万元，少数民族发展资金865万元，易地搬迁后续扶持资金1,045万元。\n二、使用情况\n"
                       "以工代赈项目累计发放劳务报酬412.6万元，占以工代赈资金的31.26%。", year=2022)
    assert _by_text(doc)["1,045万元"].fund != "以工代赈"
    assert not _errors(doc)


def test_a_county_made_a_district_is_named_as_the_district():
    doc = process_text("六盘水市水城区2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金情况\n2023年全区到位衔接资金6,930万元。",
                       year=2023)
    assert doc.county == "水城区"


PROBLEMS_FOUND = ("一、资金情况\n2021年全县到位衔接资金5,030万元。截至2021年12月31日，全县衔接资金实际支出4,800.45万元，预算执行率95.44%，"
                  "结转229.55万元。\n二、存在问题\n（一）资金滞留。部分乡镇对已下达资金未按项目进度拨付，滞留资金112.6万元。\n"
                  "（二）资金闲置。一处冷库建成后未投入使用，闲置资金95万元。\n上述问题资金合计207.6万元。\n三、整改情况\n"
                  "截至2022年2月28日，已完成整改资金180.5万元，整改率86.95%：滞留资金已全部拨付，其余款项计划30日内支付完毕。")


def test_the_problems_found_and_put_right_are_no_carry_over_total_or_date_of_spending():
    doc = process_text(PROBLEMS_FOUND, year=2021)
    fields = {f.field: f.text for f in doc.figures if f.field}
    assert fields["funds_carryover"] == "229.55万元" and fields["funds_received_total"] == "5,030万元", fields
    assert fields["spent_as_of"] == "2021年12月31日" and fields["execution_rate"] == "95.44%", fields
    assert [f.text for f in doc.figures if f.field == "funds_carryover"] == ["229.55万元"]
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["5,030万元"]


def test_levels_after_the_year_before_or_a_lead_by_level_are_the_totals_parts():
    doc = process_text("一、资金情况\n2023年全市衔接资金总规模17,104.5万元，比2022年的16,238.2万元增长5.33%。其中：中央衔接资金9,236万元，"
                       "自治区衔接资金5,418.5万元，市级衔接资金800万元，县级衔接资金1,650万元。", year=2023)
    assert [f.field for f in doc.figures if f.kind == "money"] == [
        "funds_received_total", "", "funds_received_central", "funds_received_provincial", "funds_received_city",
        "funds_received_county"]
    doc = process_text("（二）资金投入情况\n全年共到位各级衔接资金35,915万元，比2020年的34,120万元增长5.26%。分级次看：\n"
                       "1.中央资金22,845万元，分两次下达：提前下达18,215万元，年中追加4,630万元；\n2.省级资金8,970万元；\n"
                       "3.州级资金500万元；\n4.县级财政预算安排3,600万元。", year=2021)
    assert {f.field: f.text for f in doc.figures if f.field.startswith("funds_received")} == {
        "funds_received_total": "35,915万元", "funds_received_central": "22,845万元", "funds_received_provincial": "8,970万元",
        "funds_received_city": "500万元", "funds_received_county": "3,600万元"}
