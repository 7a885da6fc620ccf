"""Performance-target tables: every row read with its role, in every format and layout of the corpus."""
from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal

import pytest

from conftest import CORPUS, CORPUS_TRUTH
from extractors.numbers import plain
from pipeline.process import process, process_text

TABLE_REPORTS = sorted(p.stem for p in CORPUS_TRUTH.glob("*-table.json"))


def _truth(stem: str) -> dict:
    return json.loads((CORPUS_TRUTH / f"{stem}.json").read_text(encoding="utf-8"))


def _doc(stem: str):
    return process(CORPUS / _truth(stem)["file"].split("/", 1)[1])


@pytest.mark.parametrize("stem", TABLE_REPORTS)
def test_every_table_figure_has_its_role(stem):
    truth = Counter((f["kind"], f["value"], f["role"]) for f in _truth(stem)["facts"] if f.get("role"))
    got = Counter((f.kind, plain(f.value), f.role) for f in _doc(stem).figures if f.role)
    assert truth - got == Counter(), f"roles missed: {truth - got}"


@pytest.mark.parametrize("stem", TABLE_REPORTS)
def test_targets_keep_their_comparator(stem):
    truth = Counter((f["value"], f["qualifier"]) for f in _truth(stem)["facts"]
                    if f.get("role") == "target" and f.get("qualifier"))
    got = Counter((plain(f.value), f.qualifier) for f in _doc(stem).figures if f.role == "target" and f.qualifier)
    assert truth - got == Counter()


def test_indicator_rows_of_a_word_table_with_merged_cells():
    doc = _doc("sichuan-jiange-2023-table")
    rows = {r.label: r for r in doc.indicator_rows}
    road = rows["新（改）建产业配套道路（公里）"]
    assert road.level1.startswith("产出指标") and road.level2 == "数量指标"
    assert (road.target.qualifier, plain(road.target.value), plain(road.actual.value)) == ("≥", "42", "43.6")
    assert rows["农村生产生活条件"].target_text == "有效提升"          # a qualitative target stays text
    total = next(r for r in doc.indicator_rows if r.kind == "total")
    assert plain(total.score.value) == "99.64"


def test_indicator_rows_of_a_flattened_copy_keep_their_reasons():
    doc = _doc("hunan-luxi-2023-table")
    base = next(r for r in doc.indicator_rows if r.label.startswith("新建（改扩建）特色产业基地"))
    assert base.reason.startswith("部分规划地块流转协议")
    assert (plain(base.weight.value), plain(base.score.value)) == ("10", "9.16")


def test_the_repeated_sub_row_is_not_counted_twice():
    doc = _doc("sichuan-jiange-2023-table")
    score_sum = next(f for f in doc.findings if f.rule == "score_sum")
    assert score_sum.severity == "info" and score_sum.computed == "99.64"


def test_budget_block_left_out_of_the_total_is_said_in_an_info():
    doc = _doc("hebei-pingshan-2022-table")
    score_sum = next(f for f in doc.findings if f.rule == "score_sum")
    assert score_sum.severity == "info" and "不含预算执行率得分" in score_sum.message


@pytest.mark.parametrize("stem,rule", [
    ("chongqing-fengjie-2022-table", "score_sum"),
    ("chongqing-fengjie-2022-table", "score_over_weight"),
    ("chongqing-fengjie-2022-table", "target_met"),
    ("hunan-luxi-2023-table", "budget_rate"),
    ("hunan-luxi-2023-table", "grade_band"),
    ("guizhou-weining-2024-template", "template_left_unfilled"),
])
def test_planted_table_contradictions_are_found(stem, rule):
    planted = [f for f in _truth(stem)["findings"] if f["rule_hint"] == rule]
    found = [f for f in _doc(stem).findings if f.rule == rule and f.severity in ("error", "warning")]
    assert planted and found
    assert any(f.declared == p["declared"] or f.computed == p["computed"] for f in found for p in planted)


def test_the_grade_goes_to_documents():
    assert _doc("hunan-luxi-2023-table").grade == "优"


def test_table_against_text_same_figure_differs():
    from pipeline.process import process_text
    doc = process_text("经逐项评分，我县衔接资金绩效自评得分96分。\n"
                       "三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                       "项目验收合格率\t100%\t100%\t50\t50\n"
                       "受益群众满意度\t≥90%\t95%\t50\t45\n"
                       "总分\t100\t95")
    differs = [f for f in doc.findings if f.rule == "same_figure_differs"]
    assert differs and differs[0].severity == "error"
    assert {differs[0].declared, differs[0].computed} == {"95", "96"}
    assert next(f for f in doc.findings if f.rule == "score_sum").severity == "info"


SOURCES_TABLE = """某某市2024年度衔接资金项目计划安排表
单位：万元
序号\t项目名称\t计划投入资金\t中央衔接资金\t省级衔接资金\t其他资金\t实施期限
1\t某某村果蔬基地项目\t3069.7\t0\t1000\t2069.7\t2024年6月到12月
2\t某某村冷链项目\t500\t200\t100\t250\t2024年6月到12月
"""


def test_a_rows_total_is_checked_against_its_sources_beside_it():
    from pipeline.process import process_text
    doc = process_text(SOURCES_TABLE, year=2024)
    sums = [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "parts_sum" and x.severity != "info"]
    # row 1 holds (0 + 1000 + 2069.7 = 3069.7); row 2's sources add up to 550 against 500
    assert sums == [("error", "5000000", "5500000")]


ATTACHED = """关于下达省级乡村振兴试点示范资金的通知
现下达省级乡村振兴试点示范资金{0}万元，各村分配数额详见附件1。
附件1：
资金分配表
单位：万元
村名\t金额\t备注
甲村\t50\t
乙村\t110\t
丙村\t89.424\t
丁村\t50\t
合 计\t299.424\t
"""


def test_an_amount_against_the_total_of_the_table_it_points_to():
    found = [(x.severity, x.declared, x.computed) for x in process_text(ATTACHED.format("294.424"), year=2024).findings
             if x.rule == "same_figure_differs"]
    assert found == [("error", "2944240", "2994240")]
    assert not [x for x in process_text(ATTACHED.format("299.424"), year=2024).findings if x.severity != "info"]


def test_a_rate_column_without_percent_signs_and_units_behind_a_placeholder():
    doc = process_text("2022年度项目支出绩效自评表\n预算执行情况（万元）（20分）\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分\n"
                       "年度财政资金总额\t50\t12\t20\t4\n"
                       "三级指标\t年初目标值（A）\t实际完成值（B）\t得分\n公猪舍（≥**平方米）\t22.8\t22.8\t1\n", year=2022)
    kinds = [(f.kind, f.text) for f in doc.figures if f.cell is not None]
    assert ("percent", "20") in kinds and ("quantity", "22.8") in kinds
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "budget_rate"] == [("error", "20", "24")]


def test_a_places_amount_in_the_text_against_its_row_and_a_share_column_against_its_row():
    doc = process_text("关于拨付资金的通知\n这次拨付的款项如下：\n1、重点村：甲镇孔丘村150万；\n2、一般村：甲镇山安村47.2万，甲镇西溪村42.7万。\n"
                       "附件\n补助资金明细表\n序号\t镇（街道）\t村\t金额（万元）\n1\t甲镇\t孔丘村\t150\n2\t甲镇\t山安村\t42.7\n"
                       "3\t甲镇\t西溪村\t42.7\n合计\t235.4\n", year=2023)
    assert [(x.declared, x.computed) for x in doc.findings if x.rule == "same_figure_differs"] == [("472000", "427000")]
    share = process_text("以工代赈项目计划表\n项目名称\t总投资\t中央投资\t劳务报酬\t劳务报酬占中央资金比例\n"
                         "某村整治提升项目\t398万元\t370万元\t186万元\t52.07%\n", year=2025)
    assert [(x.declared, x.computed) for x in share.findings if x.rule == "share" and x.severity == "error"] \
        == [("52.07", "50.27")]


def test_a_total_row_over_a_column_some_row_left_blank_is_a_warning():
    doc = process_text("资金分配表\n单位：万元\n单位\t中央\t资金合计\n甲县\t100\t100\n乙县\t50\t50\n丙林场\t10\t\n合计\t160\t160\n",
                       year=2018)
    totals = [(x.severity, x.declared, x.computed) for x in doc.findings if x.rule == "table_total" and x.severity != "info"]
    assert totals == [("warning", "1600000", "1500000")]


def test_a_table_with_a_row_for_the_rows_left_out_holds_only_some_of_its_total():
    text = ("项目资金分配情况表\n序号\t项目名称\t投资规模（万元）\n合计\t合计\t{0}\n1\t小额信贷贴息项目\t300\n2\t雨露计划项目\t209.25\n"
            "……\t（其余项目略）\t\n")
    assert not [x for x in process_text(text.format("829.25"), year=2025).findings if x.severity != "info"]
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format("409.25"), year=2025).findings
            if x.rule == "table_total"] == [("error", "4092500", "5092500")]


def test_an_amount_against_the_total_column_of_the_table_its_paragraph_points_to():
    text = ("某市关于2023年中央粮油生产保障资金分配方案的公示\n一是粮油生产保障资金。省财政厅下达我市{0}万元，专项用于水稻集中育秧设施建设。"
            "各县分配额度见附表1。\n附表1：资金分配表（单位：万元）\n县（市、区）\t甲县\t乙县\t丙县\t合计\n金额\t439\t273\t676\t1388\n")
    found = [(x.rule, x.declared, x.computed) for x in process_text(text.format(1838), year=2023).findings
             if x.severity == "error"]
    assert found == [("same_figure_differs", "18380000", "13880000")]
    assert not [x for x in process_text(text.format(1388), year=2023).findings if x.severity != "info"]


def test_a_total_row_on_top_sums_the_rows_under_it():
    text = "资金安排表\n单位：万元\n地区\t以工代赈资金\t劳务报酬\n共计\t2000\t200\n甲县\t500\t50\n乙县\t500\t50\n丙县\t500\t{0}\n丁县\t500\t50\n"
    totals = [(x.severity, x.declared, x.computed) for x in process_text(text.format(60), year=2017).findings
              if x.rule == "table_total" and x.severity != "info"]
    assert totals == [("error", "2000000", "2100000")]
    assert not [x for x in process_text(text.format(50), year=2017).findings if x.severity != "info"]


def test_a_levels_row_against_the_same_levels_amount_in_the_text():
    text = ("关于下达2022年第一批衔接资金预算的通知\n本批衔接资金共计2091万元，其中：中央资金685万元，市级资金1406万元。\n"
            "附表：分级次情况表\n资金级次\t下达金额（万元）\t备注\n中央财政衔接资金\t{0}\t提前下达\n市级财政衔接资金\t1406\t提前下达\n")
    found = [(x.rule, x.declared, x.computed) for x in process_text(text.format(658), year=2022).findings
             if x.severity != "info"]
    assert found == [("same_figure_differs", "6850000", "6580000")]
    assert not [x for x in process_text(text.format(685), year=2022).findings if x.severity != "info"]


def test_a_table_of_levels_gives_their_fields_and_one_finding_for_one_sum():
    text = ("某县2022年度彩票公益金筹集分配使用情况公示\n全县累计筹集彩票公益金1626.63万元，按资金级次构成如下：\n"
            "资金级次\t筹集金额（万元）\t资金性质\n中央彩票公益金\t243.53\t专项转移支付\n省级彩票公益金\t{0}\t专项转移支付\n"
            "州级彩票公益金\t745.20\t专项转移支付\n合计\t1626.63\t\n")
    doc = process_text(text.format("637.90"), year=2022)
    assert [(f.field, plain(f.value)) for f in doc.figures if f.field] == [
        ("funds_received_total", "16266300"), ("funds_received_central", "2435300"),
        ("funds_received_provincial", "6379000"), ("funds_received_city", "7452000")]
    assert not [x for x in doc.findings if x.severity != "info"]
    slip = process_text(text.format("673.90"), year=2022)
    assert [(x.severity, x.declared, x.computed) for x in slip.findings if x.severity != "info"] \
        == [("error", "16266300", "16626300")]


def test_a_target_written_with_ascii_comparators_and_full_marks_for_a_missed_one():
    text = ("绩效目标自评表（2019年度）\n一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\n"
            "产出指标\t数量指标\t农村低保发放人数（≥**人）\t5\t>=21933人\t21980人\t5\n"
            "产出指标\t数量指标\t特困人员救助供养人数（≥**人）\t5\t>=4754人\t{0}人\t5\n"
            "产出指标\t质量指标\t临时救助标准（<**元/户·年）\t10\t<=5300元/户\t5000元/户\t10\n")
    doc = process_text(text.format(4604), year=2019)
    scored = ("target_met", "score_for_target")
    assert [x.severity for x in doc.findings if x.rule == "target_met"] == ["warning", "info"]   # no reason given
    assert [(x.rule, x.declared, x.computed) for x in doc.findings if x.severity != "info" and x.rule in scored] \
        == [("target_met", "4604", "4754"), ("score_for_target", "5", "4.84")]
    assert not [x for x in process_text(text.format(4800), year=2019).findings
                if x.severity != "info" and x.rule in scored]


def test_a_header_in_ten_thousands_of_persons_and_a_named_subtotal_row():
    text = ("附表 吸纳就业情况\n类别\t吸纳就业（万人）\n国家重大工程项目\t20\n中央投资专项\t34.1\n重点工程项目\t129.5\n"
            "重点工程项目小计\t183.6\n专项投资项目\t28\n农业农村项目\t41.8\n合计\t{0}\n")
    doc = process_text(text.format("253.4"), year=2023)
    assert [plain(f.value) for f in doc.figures if f.kind == "count"][:2] == ["200000", "341000"]
    assert not [x for x in doc.findings if x.severity != "info"]
    slip = process_text(text.format("263.4"), year=2023)
    assert [(x.rule, x.declared, x.computed) for x in slip.findings if x.severity != "info"] \
        == [("table_total", "2634000", "2534000")]


def test_a_missed_target_the_report_explains_is_no_alarm():
    text = ("绩效目标自评表\n三级指标\t分值\t年度指标值\t全年实际值\t得分\t偏差原因分析\n"
            "项目按期完工率\t10\t95%\t92.6%\t9\t{0}\n")
    explained = process_text(text.format("部分项目受汛期影响延期完工"), year=2023)
    assert [x.severity for x in explained.findings if x.rule == "target_met"] == ["info"]
    silent = process_text(text.format(""), year=2023)
    assert [x.severity for x in silent.findings if x.rule == "target_met"] == ["warning"]
    # …or says so in its running text, below the table
    told = process_text(text.format("") + "从上表看，项目按期完工率未达到年初目标值，主要因汛期停工。\n", year=2023)
    assert [x.severity for x in told.findings if x.rule == "target_met"] == ["info"]
    assert "报告正文说明" in next(x.message for x in told.findings if x.rule == "target_met")


def test_a_total_the_text_states_against_a_column_with_no_total_row():
    text = ("唐县2018年公益性岗位安置情况报告\n全年共安置建档立卡贫困人员{0}人上岗就业。\n表1 安置情况\n岗位类别\t设岗范围\t安置贫困人员（人）\n"
            "生态护林员\t17个乡镇\t265\n保洁员\t各乡镇\t1475\n环保网格员\t各乡镇\t467\n养路专岗\t151个贫困村\t613\n")
    found = [(x.severity, x.declared, x.computed) for x in process_text(text.format(2829), year=2018).findings
             if x.severity != "info"]
    assert found == [("warning", "2829", "2820")]
    assert not [x for x in process_text(text.format(2820), year=2018).findings if x.severity != "info"]


def _allocation_docx(path, huian_total: str):
    import docx
    document = docx.Document()
    document.add_paragraph("关于下达2024年市级乡村振兴专项资金的通知")
    document.add_paragraph("现将市级乡村振兴专项资金300万元下达给你们（分配情况见附件1）。")
    document.add_paragraph("附件1")
    document.add_paragraph("单位：万元")
    rows = [("县（市、区）", "合计", "镇（乡）", "补助资金（万元）"),
            ("泉港区", "100", "前黄镇", "50"), ("", "", "峰尾镇", "50"),
            ("惠安县", huian_total, "辋川镇", "50"), ("", "", "山霞镇", "50"), ("", "", "紫山镇", "50"),
            ("石狮市", "50", "锦尚镇", "50")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for first, last in ((1, 2), (3, 5)):
        for col in (0, 1):
            top = table.cell(first, col)
            text = top.text
            top.merge(table.cell(last, col)).text = text
    document.save(path)
    return path


def test_a_total_merged_over_several_rows_against_the_rows_it_spans(tmp_path):
    wrong = process(_allocation_docx(tmp_path / "wrong.docx", "200"))
    found = [(x.severity, x.declared, x.computed) for x in wrong.findings if x.rule == "parts_sum" and x.severity != "info"]
    assert found == [("error", "2000000", "1500000")]
    right = process(_allocation_docx(tmp_path / "right.docx", "150"))
    assert not [x for x in right.findings if x.rule == "parts_sum" and x.severity != "info"]


SCORE_GROUPS = """项目支出绩效自评表
项目权重\t评价内容\t分值\t自评分
项目决策2分\t决策依据\t2\t2
项目管理{0}分\t财务制度\t4\t3
\t组织机构\t2\t2
\t运行监管\t4\t4
\t目标申报\t4\t4
项目绩效85分\t产出\t85\t80
"""


def test_a_groups_full_marks_against_its_items_full_marks():
    wrong = process_text(SCORE_GROUPS.format(13), year=2021)
    assert [(x.severity, x.declared, x.computed) for x in wrong.findings
            if x.rule == "score_sum" and x.severity != "info"] == [("error", "13", "14")]
    right = process_text(SCORE_GROUPS.format(14), year=2021)
    assert not [x for x in right.findings if x.rule == "score_sum" and x.severity != "info"]


def test_indicator_rows_far_below_the_total_are_not_all_of_them():
    text = ("项目支出绩效自评表\n项目名称\t道路项目\t自评总分：\t95\n一级指标\t二级指标\t三级指标\t分值\t得分\n"
            "产出指标\t数量指标\t道路里程\t20\t20\n产出指标\t质量指标\t验收合格率\t10\t10\n……\t\t\t\t\n")
    found = [x for x in process_text(text, year=2021).findings if x.rule == "score_sum"]
    assert [x.severity for x in found] == ["info"]


SUB_ROWS = """附表：产业分红汇总表
类别\t户数（户）\t人数（人）
稳定脱贫户\t944\t3493
防止返贫监测户\t74\t286
  其中：脱贫不稳定户\t49\t192
        突发严重困难户\t2\t9
        边缘易致贫户\t23\t{0}
无劳力户（社会救助）\t26\t31
合计\t1044\t3810
"""


def test_rows_a_qizhong_row_opens_are_part_of_the_row_above_not_of_the_total():
    wrong = process_text(SUB_ROWS.format(95), year=2022)
    assert [(x.rule, x.severity, x.declared, x.computed) for x in wrong.findings if x.severity != "info"] \
        == [("parts_sum", "error", "286", "296")]
    right = process_text(SUB_ROWS.format(85), year=2022)
    assert not [x for x in right.findings if x.severity != "info"]


SUBTOTALS = """资金分配表
单位：万元
资金来源\t项目\t金额
中央水利发展资金\t中小河流治理\t1435
中央水利发展资金\t小型水库工程\t25
中央水利发展资金\t小计\t{0}
衔接资金\t中小河流治理\t491
衔接资金\t小流域综合治理\t300
衔接资金\t小计\t791
合计\t\t{1}
"""


def test_a_subtotal_row_sums_the_rows_of_its_group():
    wrong = process_text(SUBTOTALS.format(1470, 2251), year=2023)
    assert [(x.severity, x.declared, x.computed) for x in wrong.findings if x.rule == "table_total" and x.severity != "info"] \
        == [("error", "14700000", "14600000")]
    right = process_text(SUBTOTALS.format(1460, 2251), year=2023)
    assert not [x for x in right.findings if x.severity != "info"]


NOTICE_WITH_ATTACHMENT = """关于下达第一批中央财政专项扶贫资金的通知
各乡人民政府：
现将第一批中央财政专项扶贫资金{0}万元下达给你们，请抓紧使用。
附件：第一批中央财政专项扶贫资金安排表
某区财政局
附件
第一批中央财政专项扶贫资金安排表
单位：万元
序号\t村名\t项目名称\t资金金额
1\t甲村\t水果基地\t20
2\t乙村\t蔬菜基地\t30
小计\t小计\t小计\t50
3\t丙村\t葡萄基地\t10（其中，灾情因素6万元）
4\t丁村\t水果基地\t25（其中，灾情因素6万元）
小计\t小计\t小计\t35
合计\t合计\t合计\t85
"""


def test_the_one_amount_of_a_notice_against_the_total_of_its_attachment():
    doc = process_text(NOTICE_WITH_ATTACHMENT.format(58), year=2020)
    assert [(x.severity, x.declared, x.computed) for x in doc.findings if x.severity != "info"] \
        == [("error", "580000", "850000")]
    # the number that leads a cell before the bracket of its parts is the cell's value: the 小计 rows hold
    cells = [(f.text, f.cell.row) for f in doc.figures if f.cell is not None and f.cell.row in (4, 5)]
    assert cells == [("10", 4), ("6万元", 4), ("25", 5), ("6万元", 5)]
    assert not [x for x in process_text(NOTICE_WITH_ATTACHMENT.format(85), year=2020).findings if x.severity != "info"]


def test_a_caption_in_traditional_characters_gives_its_unit():
    doc = process_text("資金分配情況\n單位：億元\n資金名稱\t金額\n甲資金\t1.0539\n乙資金\t3.014\n合計\t4.0679\n", year=2025)
    assert [(f.kind, f.value, f.unit) for f in doc.figures if f.cell is not None] == [
        ("money", Decimal("105390000.0000"), "亿元"), ("money", Decimal("301400000.000"), "亿元"),
        ("money", Decimal("406790000.0000"), "亿元")]


def test_a_notices_amount_against_the_total_column_of_a_total_row_of_several():
    text = ("关于下达交通项目市级补助资金的通知\n现将两批交通项目市级补助资金共{0}万元下达给你们。\n附件：1.交通项目市级资金补助汇总表\n"
            "附件1\n单位：万元\n序号\t项目单位\t公路养护专项\t通村公路补助\t金额合计\n1\t甲镇\t\t50\t50\n2\t乙乡\t22\t\t22\n"
            "分项合计\t分项合计\t22\t50\t72\n")
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format(70), year=2022).findings
            if x.severity != "info"] == [("error", "700000", "720000")]
    assert not [x for x in process_text(text.format(72), year=2022).findings if x.severity != "info"]


def test_a_rows_subtotal_against_the_years_its_columns_hold():
    text = ("户厕改造补助资金分配表\n单位：万元\n序号\t区镇\t小计\t2023年补助资金\t2022年补助经费\t本次下达\n"
            "1\t甲区\t{0}\t136.875\t4\t{0}\n")
    found = [(x.severity, x.declared, x.computed) for x in process_text(text.format("140.375"), year=2023).findings
             if x.rule == "parts_sum" and x.severity != "info"]
    assert found == [("warning", "1403750", "1408750")]      # 4 may be 3.5 to 4.5: within rounding only
    assert not [x for x in process_text(text.format("140.875"), year=2023).findings if x.severity != "info"]


def test_a_title_row_spanning_the_table_gives_its_unit_to_the_rows_below(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph("某县乡村振兴局2021年度部门整体支出绩效自评报告")
    rows = [("年度收入情况（万元）", "", "", ""), ("机构名称", "收入合计", "其中：上年结转", "公共财政拨款"),
            ("局机关", "633.10", "10.46", "622.64"), ("年度支出情况", "", "", ""),
            ("机构名称", "支出合计", "基本支出", "项目支出"), ("局机关", "643.56", "252.18", "391.38")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r in (0, 3):
        text = table.cell(r, 0).text
        table.cell(r, 0).merge(table.cell(r, 3)).text = text
    document.save(tmp_path / "dept.docx")
    doc = process(tmp_path / "dept.docx")
    money = [(f.text, plain(f.value)) for f in doc.figures if f.kind == "money"]
    assert money == [("633.10", "6331000"), ("10.46", "104600"), ("622.64", "6226400")]


def test_a_row_of_count_standard_and_amount_multiplies_out():
    text = ("某市2020年雨露计划补助资金安排表\n单位\t扶持对象（人）\t补助标准（元/人·年）\t补助资金（万元）\n甲镇\t100\t3000\t30\n"
            "乙镇\t70\t3000\t21\n全市合计\t170\t3000\t{0}\n")
    found = [(x.severity, x.declared, x.computed) for x in process_text(text.format(52), year=2020).findings
             if x.rule == "average"]
    assert found == [("error", "520000", "510000")]
    assert not [x for x in process_text(text.format(51), year=2020).findings if x.severity != "info"]


def test_a_total_against_each_table_below_that_its_paragraph_points_to():
    text = ("关于产业项目安排情况的公告\n一、项目总体情况\n本轮产业项目共安排120个，总投资89亿元。项目按地域和产业分布见下表。\n"
            "表1 按地域分布（单位：个）\n地区\t项目数\n甲州\t40\n乙市\t{0}\n丙市\t35\n表2 按产业分布（单位：个）\n产业类别\t项目数\n"
            "文化旅游\t30\n农产品加工\t60\n其他\t30\n二、选定原则\n择优安排。\n")
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format(55), year=2013).findings
            if x.rule == "parts_sum"] == [("warning", "120", "130")]
    assert not [x for x in process_text(text.format(45), year=2013).findings if x.severity != "info"]


def test_a_unit_column_gives_each_row_its_unit():
    doc = process_text("某省扶贫开发工作情况汇报\n主要指标见下表：\n指标\t单位\t数值\n财政扶贫资金投入\t亿元\t11.79\n整村推进扶贫村\t个\t2293\n"
                       "移民扶贫\t万户\t1.6\n", year=2006)
    cells = {f.row_label: (f.kind, f.value, f.label) for f in doc.figures if f.cell is not None}
    assert cells["财政扶贫资金投入"] == ("money", Decimal("1179000000"), "财政扶贫资金投入")
    assert cells["整村推进扶贫村"][:2] == ("count", Decimal("2293"))
    assert cells["移民扶贫"][:2] == ("count", Decimal("16000"))


def test_the_one_amount_of_a_paragraph_against_the_table_below_it_points_to():
    text = ("某市关于专项资金分配情况的报告\n全省共下达专项资金9亿元。\n其中下达我市1.2亿元，分配到甲区、乙县和丙县三个区县，具体如下表。\n"
            "序号\t区县\t安排资金（万元）\t支持重点\n1\t甲区\t5000\t产业培育\n2\t乙县\t5000\t园区建设\n3\t丙县\t{0}\t重点项目\n")
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format(3000), year=2025).findings
            if x.rule == "parts_sum"] == [("warning", "120000000", "130000000")]
    assert not [x for x in process_text(text.format(2000), year=2025).findings if x.severity != "info"]
    partly = text.replace("具体如下表", "主要项目见下表")
    assert not [x for x in process_text(partly.format(1000), year=2025).findings if x.severity != "info"]


def test_a_score_total_row_named_defen_heji():
    text = ("普惠金融发展专项资金绩效自评表\n三级指标\t指标值\t完成值\t权重\t得分（分）\n创业担保贷款回收率\t≥90%\t98.70%\t50%\t50\n"
            "金融机构网点覆盖率\t≥60%\t85%\t50%\t{0}\n得分合计\t\t\t\t100\n")
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format(48), year=2023).findings
            if x.rule == "score_sum" and x.severity != "info"] == [("error", "100", "98")]
    assert not [x for x in process_text(text.format(50), year=2023).findings if x.severity != "info"]


def test_a_count_in_the_text_and_its_row_with_two_digits_swapped():
    text = ("某州脱贫攻坚工作情况报告\n一、总体情况\n全州累计出列贫困村251个，实现脱贫的贫困人口达到{0}名。\n"
            "主要指标\n指标\t数量\n出列贫困村（个）\t251\n已脱贫人口（人）\t43390\n")
    assert [(x.severity, x.rule) for x in process_text(text.format(43930), year=2019).findings
            if x.severity != "info"] == [("warning", "same_figure_differs")]
    assert not [x for x in process_text(text.format(43390), year=2019).findings if x.severity != "info"]


def test_a_rows_spending_rate_over_the_money_the_row_received():
    text = ("彭水县2024年度衔接资金绩效自评报告\n一、资金到位情况\n各级资金到位情况见下表。\n资金级次\t到位金额（万元）\t已支出（万元）\t支出进度\n"
            "中央\t10200\t9870\t96.76%\n市级\t3860\t3655\t{0}%\n县级\t1800\t1720\t95.56%\n")
    assert not [x for x in process_text(text.format("94.69"), year=2024).findings if x.severity != "info"]
    assert [(x.severity, x.declared, x.computed) for x in process_text(text.format("96.69"), year=2024).findings
            if x.severity != "info"] == [("error", "96.69", "94.69")]
