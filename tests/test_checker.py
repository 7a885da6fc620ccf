"""The checker (findings): every rule fires on a planted contradiction and stays quiet on a
consistent text, under the contract's rounding rule (shared/spec/contract.md, "Rounding" and
"findings.csv") and the traps of shared/spec/field-guide.md ("Relations that are not what they seem").

Verdicts: a relation that holds exactly is `info`; one that only the rounding of the written
figures can save is `warning`; anything else is `error`. `declared` and `computed` are strings in
the units of facts.value (money in 元, percentages as the number), compared here as Decimals.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import CORPUS_TRUTH, SAMPLE, needs_shared, run_cli, score
from extractors.context import main_fund
from pipeline.batch import run_batch
from pipeline.process import process, process_text


# ---------------------------------------------------------------- helpers

def check(text: str, year: int = 2024):
    doc = process_text(text, year=year)
    assert doc.status == "ok", doc.error
    return doc


def summary(doc) -> str:
    return "\n".join(f"{f.rule} {f.severity} declared={f.declared} computed={f.computed}: {f.message}"
                     for f in doc.findings) or "(no findings)"


def of_rule(doc, rule: str, severity: str | None = None) -> list:
    return [f for f in doc.findings if f.rule == rule and (severity is None or f.severity == severity)]


def only(doc, rule: str, severity: str):
    found = of_rule(doc, rule, severity)
    assert len(found) == 1, f"want one {severity} of {rule}, got:\n{summary(doc)}"
    return found[0]


def fields_of(doc, name: str) -> list[str]:
    return [f.text for f in doc.figures if f.field == name]


def errors(doc) -> list:
    return [f for f in doc.findings if f.severity == "error"]


def no_error(doc, rule: str | None = None) -> None:
    bad = [f for f in errors(doc) if rule is None or f.rule == rule]
    assert not bad, summary(doc)


def quiet(doc, rule: str) -> None:
    """The rule gives no error and no warning (an info that it passed is allowed)."""
    bad = [f for f in of_rule(doc, rule) if f.severity != "info"]
    assert not bad, summary(doc)


def D(value) -> Decimal:
    return Decimal(str(value))


def values(f, declared, computed) -> None:
    assert (D(f.declared), D(f.computed)) == (D(declared), D(computed)), \
        f"{f.rule}: declared={f.declared} computed={f.computed}: {f.message}"


# Money is in 元 in declared/computed: 3122.874万元 → 31228740.
RECEIVED = "截止目前2024年我中心收到衔接资金共计3122.874万元，其中省级662.874万元、县级2460万元。"
SPENDING = "截止2024年12月25日，实际支出{spent}万元，结转结余{carry}万元，其中质保金{retention}万元，支出率达到{rate}%。"
COUNTY = "2024年县级安排衔接推进乡村振兴补助资金{current}万元，县级资金较2023年安排的{prior}万元增长{growth}%。"
INDUSTRY = "截止目前2024年收到三批省级衔接资金共计662.874万元，其中用于产业发展{part}万元，占比{share}%。"
BUDGET = "2024年县级安排衔接推进乡村振兴补助资金2460万元。\n14.执行中随意调减衔接资金预算。\n执行中未随意调减衔接资金预算，2024年预算{planned}万元，落实预算{implemented}万元。"


def spending(spent="3122.15523", carry="0.71877", retention="0.71877", rate="100"):
    return RECEIVED + SPENDING.format(spent=spent, carry=carry, retention=retention, rate=rate)


# ---------------------------------------------------------------- received_sum

def test_received_sum_holds():
    doc = check(RECEIVED)
    f = only(doc, "received_sum", "info")
    values(f, 31228740, 31228740)
    no_error(doc)


def test_received_sum_four_levels_that_do_not_add_up():
    doc = check("2024年全县共收到衔接资金3500万元，其中中央1000万元、省级1200万元、市级300万元、县级800万元。")
    values(only(doc, "received_sum", "error"), 35000000, 33000000)


def test_received_sum_parts_exceeding_the_total():
    doc = check("2024年全县共收到衔接资金3000万元，其中中央1000万元、省级2200万元。")
    values(only(doc, "received_sum", "error"), 30000000, 32000000)


def test_received_sum_saved_only_by_rounding_is_a_warning():
    # 100 + 200 against 301万元: as written they differ, only the rounding of 301 could explain it
    doc = check("2024年全县共收到衔接资金共计301万元，其中中央100万元、省级200万元。")
    values(only(doc, "received_sum", "warning"), 3010000, 3000000)
    no_error(doc)


def test_received_sum_fewer_levels_than_the_total_is_a_warning():
    doc = check("2024年全县共收到衔接资金3500万元，其中中央1000万元、省级1200万元。")
    values(only(doc, "received_sum", "warning"), 35000000, 22000000)


def test_a_level_list_shorter_than_the_total_is_a_parts_error():
    # the issue: parts listed under 其中 must add up to the total (2200 of 3500 are unaccounted for);
    # received_sum, which only sees the levels, says a level may be unlisted (warning)
    doc = check("2024年全县共收到衔接资金3500万元，其中中央1000万元、省级1200万元。")
    assert [f.rule for f in doc.findings if f.severity == "error"] == ["parts_sum"]


# ---------------------------------------------------------------- spent_plus_carryover

def test_spent_plus_carryover_holds():
    doc = check(spending())
    values(only(doc, "spent_plus_carryover", "info"), 31228740, 31228740)
    no_error(doc)


def test_spent_plus_carryover_contradiction():
    # the rate holds for neither the spending nor the total less the carry-over: the total is checked
    doc = check(spending(spent="3000", carry="100", retention="50", rate="95"))
    values(only(doc, "spent_plus_carryover", "error"), 31228740, 31000000)


def test_a_rate_that_holds_for_the_spending_puts_the_carryover_in_doubt():
    # 3000 ÷ 3122.874 = 96.07%, and the levels add up to the total: the carry-over of 100万元 is the odd figure
    doc = check(spending(spent="3000", carry="100", retention="50", rate="96.07"))
    found = only(doc, "spent_plus_carryover", "error")
    values(found, 31228740, 31000000)      # the relation's values, as for any sum: the total, spending + carry-over
    assert "结转结余申报100万元" in found.message


def test_spent_plus_carryover_saved_only_by_rounding_is_a_warning():
    doc = check(spending(spent="3122.16", carry="0.71", retention="0.71"))
    values(only(doc, "spent_plus_carryover", "warning"), 31228740, 31228700)
    no_error(doc)


# ---------------------------------------------------------------- execution_rate

def test_execution_rate_100_against_99_977_holds():
    # 3122.15523 ÷ 3122.874 = 99.977% against a stated 100% (99.5 to 100.5): holds
    doc = check(spending())
    f = only(doc, "execution_rate", "info")
    values(f, 100, "99.98")
    no_error(doc)


def test_execution_rate_contradiction():
    doc = check(spending(spent="3000", carry="122.874", retention="0.71877", rate="90"))
    f = only(doc, "execution_rate", "error")
    values(f, 90, "96.07")        # 3000 ÷ 3122.874 = 96.065%
    assert "96.07" in f.message and "90%" in f.message


def test_execution_rate_over_the_implemented_budget_stated_in_the_report():
    # 4275 ÷ 5000 = 85.5%, but 4275 ÷ 落实预算4500 = 95%: the report's basis; say which
    doc = check("2024年全县收到衔接资金5000万元，其中中央3000万元、省级2000万元。截至2024年12月31日，实际支出4275万元，执行率95%。\n"
                "14.执行中随意调减衔接资金预算。\n2024年预算4500万元，落实预算4500万元。")
    f = only(doc, "execution_rate", "info")
    values(f, 95, 95)
    assert "落实预算" in f.message
    no_error(doc)


def test_execution_rate_over_a_base_that_leaves_a_fund_out():
    doc = check("全县衔接资金到位5000万元，除以工代赈资金500万元外，已支付4275万元，支付率95%。")
    no_error(doc)


# ---------------------------------------------------------------- industry_share

def test_industry_share_contradiction_as_in_the_sample():
    # 563.504288 ÷ 662.874 = 85.01% against a stated 90.5%
    doc = check(INDUSTRY.format(part="563.504288", share="90.5"))
    f = only(doc, "industry_share", "error")
    values(f, "90.5", "85.01")
    assert D(f.difference) == D("-5.49")
    assert "85.01%" in f.message and "90.5%" in f.message


def test_industry_share_holds():
    doc = check(INDUSTRY.format(part="563.504288", share="85.01"))
    values(only(doc, "industry_share", "info"), "85.01", "85.01")
    no_error(doc)


# ---------------------------------------------------------------- county_growth

def test_county_growth_3_4_against_3_36_holds():
    # (2460 − 2380) ÷ 2380 = 3.36% against a stated 3.4% (3.35 to 3.45): holds
    doc = check(COUNTY.format(current=2460, prior=2380, growth="3.4"))
    values(only(doc, "county_growth", "info"), "3.4", "3.36")
    no_error(doc)


def test_county_growth_contradiction():
    doc = check(COUNTY.format(current=2460, prior=2380, growth="5.4"))
    values(only(doc, "county_growth", "error"), "5.4", "3.36")


# ---------------------------------------------------------------- budget_consistency

def test_budget_consistency_holds():
    doc = check(BUDGET.format(planned=2460, implemented=2460))
    only(doc, "budget_consistency", "info")
    no_error(doc)


def test_budget_cut_during_the_year_is_a_warning():
    doc = check(BUDGET.format(planned=2460, implemented=2300))
    values(only(doc, "budget_consistency", "warning"), 24600000, 23000000)


# ---------------------------------------------------------------- retention_within_carryover

def test_retention_within_carryover_holds():
    doc = check(spending())
    only(doc, "retention_within_carryover", "info")


def test_retention_above_carryover():
    doc = check(spending(spent="3022.874", carry="100", retention="200", rate="96.8"))
    values(only(doc, "retention_within_carryover", "warning"), 2000000, 1000000)


# ---------------------------------------------------------------- same_figure_differs (canonical)

COUNTY_TWICE = ("2024年县级安排衔接推进乡村振兴补助资金2460万元。\n二、资金管理\n"
                "全年县级财政安排衔接推进乡村振兴补助资金{again}万元。")


def test_same_field_stated_twice_with_different_values():
    doc = check(COUNTY_TWICE.format(again=2660))
    f = only(doc, "same_figure_differs", "error")
    values(f, 26600000, 24600000)      # declared: the later statement; computed: the first


def test_same_field_stated_twice_alike():
    doc = check(COUNTY_TWICE.format(again=2460))
    assert not of_rule(doc, "same_figure_differs"), summary(doc)


def test_one_field_with_amounts_too_far_apart_for_a_slip_is_two_scopes_not_a_finding():
    # 8144万元 and 877万元 under one field: the context missed a scope; a reviewer gets no false alarm
    doc = check(COUNTY_TWICE.format(again=877))
    assert not [f for f in doc.findings if f.rule == "same_figure_differs"]


def test_a_table_amount_with_two_digits_swapped_against_the_text_is_one_error_not_a_rate_error():
    # the text's spending fits its rate; the table's 全年执行数 has two neighbouring digits swapped: the slip is the
    # amount's (an error, although the text names no level), and the table's rate, which holds with the text, is none
    text = ("全县共安排衔接推进乡村振兴补助资金44,108.20万元。全年累计支出42,317.56万元，占到位资金的95.94%。\n"
            "单位：万元\n项目\t年初预算数\t全年执行数\t执行率\n衔接推进乡村振兴补助资金\t44,108.20\t{spent}\t95.94%")
    doc = check(text.format(spent="42,371.56"))
    values(only(doc, "same_figure_differs", "error"), 423175600, 423715600)
    no_error(doc, "budget_rate")
    # two different amounts (not a transposition) keep the rate's own error
    other = check(text.format(spent="42,571.56"))
    assert of_rule(other, "budget_rate", "error"), summary(other)


def test_the_last_part_of_a_list_summed_in_its_own_words_is_no_closing_total():
    # 各县本级投入合计14,000万元 is the last of the levels, summing to the total the list opens on
    doc = check("全州各级共投入衔接资金152,351.40万元。其中：中央资金98,624.00万元，省级资金36,218.40万元，"
                "州级资金3,509.00万元，各县（市）本级投入合计14,000.00万元。")
    no_error(doc)
    # a closing total that is the list's own keeps its check
    wrong = check("中央资金98,624万元，省级资金36,218.4万元，州级资金3,509万元，合计139,351.4万元。")
    assert of_rule(wrong, "parts_sum", "error"), summary(wrong)


def test_a_two_column_plain_text_table_with_a_place_total_row_is_summed():
    table = "单位：万元\n县（市） | 到位资金\n文山市 | 14,236.50\n砚山县 | 18,905.20\n西畴县 | 15,372.80\n全州合计 | {total}"
    values(only(check(table.format(total="48,694.50")), "table_total", "error"), 486945000, 485145000)
    no_error(check(table.format(total="48,514.50")))


def test_a_transfer_payment_is_no_spending_and_a_bound_is_no_average():
    transfer = check("按资金性质分：一般性转移支付23889万元，专项转移支付2662.99万元。")
    assert not [f for f in transfer.figures if f.field == "funds_spent"]
    bound = check("2262户共种植奖补作物7081.37亩，兑付奖补资金187.63239万元，户均生产收益4147元以上，户均奖补资金829元以上。")
    assert not of_rule(bound, "average"), summary(bound)


def test_two_amounts_in_one_unit_ten_times_apart_are_no_unit_slip():
    doc = check("2024年，市本级财政预算安排专项扶贫资金1200万元。\n（三）枫林镇：农村旅游扶贫资金120万。")
    assert not of_rule(doc, "unit_slip"), summary(doc)


def test_an_amount_per_unit_and_the_total_of_all_units_are_no_unit_slip():
    doc = check("单个光伏电站每年收益在4500元左右。\n全县1029个光伏电站每年收益约450万元。")
    assert not of_rule(doc, "unit_slip"), summary(doc)


def test_two_counts_of_the_same_things_named_after_them_with_digits_swapped():
    doc = check("全县计划建设1092个光伏电站。\n二、收益\n全县1029个光伏电站每年收益约450万元。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "1029", "1092")], summary(doc)


def test_two_counts_of_the_same_things_named_before_and_after_them_with_digits_swapped():
    doc = check("一、总体情况\n全省已设置公益岗位2924个，发放工资307.98万元。\n二、下一步\n各地要对已经设置的2942个公益岗位逐岗核实。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "2942", "2924")], summary(doc)
    items = check("一、项目\n甲林场21个，乙林场14个。\n二、结果\n乙林场14个项目中，“优”12个、“良”2个。")
    assert not of_rule(items, "same_figure_differs"), summary(items)


def test_a_figure_written_again_in_the_same_words_with_another_value():
    doc = check("一、用途\n二是加快完成全市2022年度13个特色精品示范村的本年度建设项目。\n附件\n序号\t镇街\t绩效目标\n"
                "1\t甲街道\t并加快实施完成全市2022年度14个特色精品示范村的当年度建设\n")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "13", "14")], summary(doc)
    levels = check("下达中央财政衔接推进乡村振兴补助资金15587万元（文号1）。\n另下达省级财政衔接推进乡村振兴补助资金7926万元（文号2）。")
    assert not of_rule(levels, "same_figure_differs"), summary(levels)


def test_a_budgets_execution_rate_over_the_income_beside_its_spending():
    text = "2024年度本镇财政拨款收入合计2024.05万元；财政拨款支出合计{0}万元，预算执行率100%。"
    found = [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format("2004.05")), "execution_rate")]
    assert found == [("warning", "100", "99.01")]
    assert not [f for f in of_rule(check(text.format("2024.05")), "execution_rate") if f.severity != "info"]


def test_a_share_of_a_level_named_as_base_is_over_that_levels_one_amount():
    text = ("本项目计划总投资450万元，拟申请中央财政衔接推进乡村振兴补助资金（以工代赈任务）400万元。\n"
            "项目预计发放劳务报酬{0}万元，占中央财政资金的25%。")
    found = [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format(110)), "share")]
    assert found == [("error", "25", "27.5")]
    assert not [f for f in of_rule(check(text.format(100)), "share") if f.severity != "info"]


def test_two_short_amounts_with_digits_swapped_named_alike():
    doc = check("一、总体情况\n84个县形成闲置资金19.54亿元，其中属于长期闲置的有6.23亿元。\n二、主要问题\n84个县形成闲置资金19.54亿元，"
                "长期闲置的有6.32亿元。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "632000000", "623000000")], summary(doc)
    unlike = check("一、收入\n甲项目资金6.23亿元。\n二、支出\n乙工程投入6.32亿元。")
    assert not of_rule(unlike, "same_figure_differs"), summary(unlike)


def test_a_share_of_a_level_named_only_in_the_sentence_of_its_base():
    text = ("6个项目获批列入以工代赈示范工程2011年中央预算内投资计划，共安排建设资金2940万元。\n"
            "此外，中央投资中安排劳务报酬333万元，约占上述中央预算内投资的{0}%。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format("12.3"), 2011), "share")] \
        == [("error", "12.3", "11.33")]
    assert not [f for f in of_rule(check(text.format("11.3"), 2011), "share") if f.severity != "info"]


def test_a_table_cell_and_the_text_with_digits_swapped_named_by_its_column():
    doc = check("一、总体情况\n各地在重点工程项目中共吸纳129.5万名群众就业，已发放劳务报酬220.8亿元。\n附表\n"
                "类别\t吸纳就业（万人）\t已发放劳务报酬（亿元）\n国家重大工程项目\t20\t36.1\n重点工程项目\t129.5\t228.0\n")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "22800000000", "22080000000")], summary(doc)


def test_a_count_times_a_standard_against_the_total_paid():
    text = "全市申请外出务工交通补助的脱贫劳动力共{0}人，按每人800元的标准发放，补助资金合计21600元。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format(28)), "average")] \
        == [("warning", "21600", "22400")]
    assert not [f for f in check(text.format(27)).findings if f.severity != "info"]


def test_a_decrease_stated_beside_the_rate_of_decline():
    doc = check("2021年度收入合计2717.34万元，比上年决算数减少223.19万元，下降{0}%。".format("7.6"))
    assert not [f for f in doc.findings if f.severity != "info"], summary(doc)
    slip = check("2021年度收入合计2717.34万元，比上年决算数减少223.19万元，下降8.6%。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(slip, "growth")] == [("error", "8.6", "7.59")]


def test_the_rate_of_one_level_is_not_the_rate_of_all_funds():
    doc = check("今年上半年全省到位援助资金38.18亿元，资金支出进度达到71.42%；到位区级资金5.21亿元，支出进度为60.5%。")
    assert not of_rule(doc, "same_figure_differs"), summary(doc)


def test_two_long_counts_with_digits_swapped_sharing_one_word():
    doc = check("一、总体\n2021年，江苏省向我省投入援助资金26.9亿元，实施项目1343个。\n二、项目\n2021年江苏省在我省实施的项目共1334个。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(doc, "same_figure_differs")] \
        == [("warning", "1334", "1343")], summary(doc)


def test_growth_from_a_prior_amount_to_the_current_one_by_a_short_verb():
    text = "示范村村集体平均收入由2021年的17.8万元增至40.8万元，增幅{0}%。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format("139.2")), "growth")] \
        == [("error", "139.2", "129.21")]
    no_error(check(text.format("129.2")))


def test_a_count_of_counties_times_an_amount_for_each():
    text = "其中，凉山州10个国家乡村振兴重点帮扶县按每县6000万元安排，合计{0}亿元；其余各县按每县3900万元安排。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format("6.5"), 2021), "average")] \
        == [("warning", "650000000", "600000000")]
    assert not [f for f in check(text.format("6"), 2021).findings if f.severity != "info"]


def test_a_level_whose_phrase_gave_it_another_field_is_still_a_part_of_the_total():
    doc = check("2024年衔接资金已到位26998.845万元，由中央衔接资金12675.6万元、省级衔接资金6355万元、市级衔接资金3068.245万元"
                "和县级预算安排资金4900万元组成。")
    assert not [f for f in of_rule(doc, "received_sum") if f.severity != "info"], summary(doc)


def test_spending_restated_at_a_later_date_is_no_contradiction():
    doc = check("2024年全县共收到衔接资金3000万元，其中中央1000万元、省级2000万元。截至2024年6月30日，实际支出1500万元。"
                "截至2024年12月31日，实际支出2990万元，结转结余10万元，执行率99.67%。")
    assert not of_rule(doc, "same_figure_differs"), summary(doc)
    no_error(doc)


# ---------------------------------------------------------------- parts_sum: 其中 / 包括 / 分别为

def test_a_total_and_what_it_is_made_of_after_a_colon():
    text = "此次下达的投资计划共安排项目67项，总投资10013万元，资金构成为：国家以工代赈资金4091万元，省级补助4515万元，市、县两级自筹配套{0}万元。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format(1470)), "parts_sum")] \
        == [("error", "100130000", "100760000")]
    no_error(check(text.format(1407)))


def test_quantities_listed_before_the_total_that_names_itself():
    text = "楼西村共建成村级光伏电站3个，单站装机容量依次为60千瓦、64千瓦和30千瓦，总装机容量{0}千瓦。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format(164)), "parts_sum")] \
        == [("error", "164", "154")]
    no_error(check(text.format(154)))
    # an amount's 总投资 may hold sources the list leaves out
    no_error(check("中央资金100万元，省级资金200万元，总投资500万元。"))


def test_a_list_that_goes_on_from_what_the_paragraph_stated_before():
    slip = check("人员情况：年初在册24人，年末仍为24人。此外有挂职人员2人、抽调人员16人、公益岗性质人员4人、劳务派遣人员6人，合计54人。")
    assert [(f.severity, f.declared, f.computed) for f in of_rule(slip, "parts_sum") if f.severity != "info"] \
        == [("warning", "54", "52")]
    holds = check("人员情况：年初在册24人，年末仍为24人。此外有挂职人员2人、抽调人员18人、公益岗性质人员4人、劳务派遣人员6人，合计54人。")
    no_error(holds)
    # …另有 after several amounts, each with its own 其中 list: the total is of the first amount of each clause too
    income = check("全县一般公共预算收入完成7.71亿元，其中税收收入5.93亿元、非税收入1.78亿元；上级补助收入21.64亿元，其中返还性收入"
                   "1.91亿元、一般性转移支付18.05亿元、专项转移支付1.68亿元；另有上年结余收入2.82亿元、调入资金3.67亿元、"
                   "债务转贷收入1.24亿元、动用预算稳定调节基金0.76亿元，收入总计37.84亿元。")
    assert not [f for f in income.findings if f.severity != "info"], summary(income)


def test_two_amounts_closed_by_a_total_named_after_its_year():
    text = "财政部拨付中央专项扶贫资金351.17亿元，与2018年10月提前下达的{0}亿元合计，2019年中央财政补助地方专项扶贫资金1260.95亿元已全部下达完毕。"
    assert [(f.severity, f.declared, f.computed) for f in of_rule(check(text.format("900.78"), 2019), "parts_sum")] \
        == [("error", "126095000000", "125195000000")]
    no_error(check(text.format("909.78"), 2019))


def test_a_deadline_after_the_report_date_is_no_slip():
    doc = check("通知\n各乡镇须在2018年1月15日前报送花名册；项目须于2018年10月31日前完工。实施期自2018年1月1日起至2018年12月31日止。\n"
                "某县扶贫开发领导小组办公室\n2018年1月5日")
    assert not of_rule(doc, "date_after_report"), summary(doc)
    late = check("通知\n2018年3月2日，县里召开了推进会。\n某县扶贫开发领导小组办公室\n2018年1月5日")
    assert of_rule(late, "date_after_report"), summary(late)


def test_parts_under_total_hold():
    doc = check("2024年共安排衔接资金1290万元，其中产业发展1000万元、基础设施290万元。")
    values(only(doc, "parts_sum", "info"), 12900000, 12900000)


def test_parts_under_total_contradiction():
    doc = check("2024年共安排衔接资金1290万元，其中产业发展1000万元、基础设施390万元。")
    values(only(doc, "parts_sum", "error"), 12900000, 13900000)


def test_parts_saved_only_by_rounding_are_a_warning():
    doc = check("2024年共安排衔接资金301万元，其中产业发展100万元、基础设施200万元。")
    values(only(doc, "parts_sum", "warning"), 3010000, 3000000)
    no_error(doc)


def test_a_single_part_under_qizhong_is_no_sum():
    doc = check("2024年共安排资金共计300万元，其中管理费5万元。")
    no_error(doc)
    assert not of_rule(doc, "parts_sum", "warning"), summary(doc)


def test_a_single_part_larger_than_its_total_is_an_error():
    doc = check("2024年共安排资金共计300万元，其中管理费500万元。")
    values(only(doc, "parts_sum", "error"), 3000000, 5000000)


def test_hierarchy_levels_are_not_parts():
    doc = check("共设置12个指标，其中一级指标3个、二级指标5个、三级指标12个。")
    no_error(doc)
    assert not of_rule(doc, "parts_sum", "warning"), summary(doc)


def test_a_list_ending_in_deng_is_partial():
    # …等: only some of the 9 projects are listed; 2 + 2 short of 9 is no contradiction
    doc = check("全县共实施项目9个，其中产业项目2个、基础设施项目2个等。")
    only(doc, "parts_sum", "info")
    no_error(doc)


def test_a_partial_list_larger_than_its_total_is_an_error():
    doc = check("全县共实施项目9个，其中产业项目6个、基础设施项目5个等。")
    values(only(doc, "parts_sum", "error"), 9, 11)


def test_parts_in_other_measure_words_are_no_sum_error():
    # 150只 = 140只羊 + 10头牛: the 头 is counted in another measure word
    doc = check("全县发放牲畜150只，其中羊140只、牛10头。")
    no_error(doc)


@pytest.mark.parametrize("text", [
    "2024年共安排衔接资金1290万元（壹仟贰佰玖拾万元整），其中产业发展1000万元、基础设施290万元。",
    "2024年共安排衔接资金1290万元，其中产业发展1000万元（壹仟万元整）、基础设施290万元（贰佰玖拾万元整）。",
], ids=["total-restated", "parts-restated"])
def test_a_daxie_restatement_in_brackets_is_not_counted_twice(text):
    doc = check(text)
    no_error(doc)
    sums = of_rule(doc, "parts_sum")
    assert sums and all(D(f.computed) == D(12900000) for f in sums), summary(doc)


# ---------------------------------------------------------------- parts_sum: enumeration closed by 合计

def test_enumeration_with_total_holds():
    doc = check("第一批3215万元，第二批2806.5万元，第三批1317.42万元，合计7338.92万元。")
    values(only(doc, "parts_sum", "info"), 73389200, 73389200)


def test_enumeration_with_total_contradiction():
    doc = check("第一批3215万元，第二批2806.5万元，第三批1317.42万元，合计7438.92万元。")
    values(only(doc, "parts_sum", "error"), 74389200, 73389200)


def test_a_sum_message_states_the_computed_sum_with_its_unit():
    doc = check("第一批3215万元，第二批2806.5万元，第三批1317.42万元，合计7438.92万元。")
    msg = only(doc, "parts_sum", "error").message
    assert re.search(r"7338\.92万元|73389200元", msg), msg


# ---------------------------------------------------------------- share (占比 / 率 in the sentence)

def test_share_holds():
    doc = check("全县产业项目投入资金1000万元，其中联农带农项目422.275万元，占比42.23%。")
    values(only(doc, "share", "info"), "42.23", "42.23")


def test_share_contradiction():
    doc = check("全县产业项目投入资金1000万元，其中联农带农项目422.275万元，占比45%。")
    values(only(doc, "share", "error"), 45, "42.23")


def test_truncated_share_is_an_error_that_says_truncated():
    # 4222750 ÷ 10000000 = 42.2275% exactly; 42.22% is truncated, not rounded (42.215 to 42.225)
    doc = check("全县产业项目投入资金10,000,000元，其中联农带农项目4,222,750元，占比42.22%。")
    f = only(doc, "share", "error")
    values(f, "42.22", "42.23")
    assert "截断" in f.message, f.message


def test_truncated_share_with_rounded_amounts_holds_within_their_rounding():
    # with 1000万元 written to the 万元 the whole may be 999.5 to 1000.5: the interval rescues it, and a
    # percentage, rounded by nature, that holds within its inputs' rounding is no alarm (unlike a sum of amounts)
    doc = check("全县产业项目投入资金1000万元，其中联农带农项目422.275万元，占比42.22%。")
    assert "在舍入范围内相符" in only(doc, "share", "info").message
    assert not [f for f in doc.findings if f.severity != "info"]


def test_share_over_another_base_stated_in_the_sentence():
    # 900 ÷ 2000 = 45%, 900 ÷ 1000 = 90%: the sentence names the base (已完工项目投资)
    doc = check("全县计划投资2000万元，已完工项目投资1000万元，其中已验收项目900万元，占已完工项目投资的90%。")
    values(only(doc, "share", "info"), 90, 90)
    no_error(doc)


NAMED_LEVEL = ("2024年全县共收到衔接资金5000万元，其中中央3000万元、省级2000万元。"
               "全县用于产业发展的中央资金1800万元，占中央资金的{share}%。")


def test_share_over_a_named_level():
    # 占中央资金的60%: the whole is the central funds named in the clause (another sentence)
    doc = check(NAMED_LEVEL.format(share=60))
    values(only(doc, "share", "info"), 60, 60)
    no_error(doc)


def test_share_over_a_named_level_contradiction():
    doc = check(NAMED_LEVEL.format(share=70))
    values(only(doc, "share", "error"), 70, 60)


def test_an_execution_rate_after_spent_and_carryover_is_not_a_share_of_them():
    doc = check("2023年实际支出500万元，结转结余20万元，执行率96.15%。")
    no_error(doc)


# ---------------------------------------------------------------- growth (text)

def test_growth_holds():
    doc = check("2024年脱贫户人均纯收入16938元，较上年的14601元增长16%。")
    values(only(doc, "growth", "info"), 16, "16.01")


def test_growth_contradiction():
    doc = check("2024年脱贫户人均纯收入16938元，较上年的14601元增长18%。")
    values(only(doc, "growth", "error"), 18, "16.01")


def test_decline_holds():
    doc = check("2024年脱贫户人均纯收入14601元，较上年的16938元下降13.8%。")
    no_error(doc)
    only(doc, "growth", "info")


def test_growth_with_the_absolute_change():
    doc = check("2024年脱贫户人均纯收入16938元，同比增加2337元、增长16.0%。")
    values(only(doc, "growth", "info"), 16, "16.01")
    doc = check("2024年脱贫户人均纯收入16938元，同比增加2337元、增长18.0%。")
    values(only(doc, "growth", "error"), 18, "16.01")


def test_growth_message_from_an_absolute_change_can_be_redone_by_hand():
    doc = check("2024年脱贫户人均纯收入16938元，同比增加2337元、增长18.0%。")
    msg = only(doc, "growth", "error").message
    assert "÷(16938元−2337元)" in msg or "÷14601元" in msg, msg


@pytest.mark.parametrize("verb", ["增加", "提高"])
def test_an_increase_between_two_shares_is_in_percentage_points(verb):
    # 76.8% − 55.3% = 21.5 percentage points; as a growth rate it would be 38.88%
    doc = check(f"2024年产业项目资金占比76.8%，较上年的55.3%{verb}21.5%。")
    f = only(doc, "growth", "info")
    values(f, "21.5", "21.5")
    assert "百分点" in f.message
    no_error(doc)


def test_an_increase_between_two_shares_fitting_neither_reading():
    doc = check("2024年产业项目资金占比76.8%，较上年的55.3%增加25%。")
    only(doc, "growth", "error")


def test_an_increase_in_points_against_an_earlier_year():
    doc = check("脱贫人口收入占比由2020年的31.6%提高到2024年的53.1%，与2020年的31.6%相比提高了21.5%。")
    values(only(doc, "growth", "info"), "21.5", "21.5")
    no_error(doc)


# ---------------------------------------------------------------- plausibility

def test_rate_over_100():
    doc = check("全县项目验收合格率105%，群众满意度98%。")
    values(only(doc, "rate_over_100", "warning"), 105, 100)


def test_rates_within_100():
    doc = check("全县项目验收合格率100%，群众满意度98%。")
    assert not of_rule(doc, "rate_over_100"), summary(doc)


def test_a_growth_over_100_is_no_rate():
    doc = check("2024年脱贫户人均纯收入16938元，较上年的8000元增长111.7%。")
    assert not of_rule(doc, "rate_over_100"), summary(doc)


def test_persons_per_household_out_of_range():
    doc = check("截至12月底，全县脱贫户1164户2819人，监测户152户3640人。")
    values(only(doc, "persons_per_household", "warning"), 3640, 152)


def test_persons_per_household_plausible():
    doc = check("截至12月底，全县脱贫户1164户2819人，监测户152户364人。")
    assert not of_rule(doc, "persons_per_household"), summary(doc)


REPORT = "关于2024年度衔接推进乡村振兴补助资金绩效自评报告\n{body}\n某某县财政局\n2024年12月30日\n"


def test_date_after_report():
    doc = check(REPORT.format(body="截至2024年12月31日，全县实际支出3000万元。"))
    assert doc.report_date == "2024-12-30"
    only(doc, "date_after_report", "warning")


def test_a_planned_date_after_the_report_is_fine():
    doc = check(REPORT.format(body="剩余资金计划于2025年3月31日前完成支付。截至2024年12月25日，全县实际支出3000万元。"))
    assert not of_rule(doc, "date_after_report"), summary(doc)


def test_unit_slip_between_yuan_and_wanyuan():
    # the same 贴息 amount as 1250万元 and as 1,250,000元 (= 125万元): a factor of 10
    doc = check("全县安排扶贫小额信贷贴息资金1250万元。\n四、其他\n扶贫小额信贷贴息资金1,250,000元已全部拨付。")
    f = only(doc, "unit_slip", "warning")
    assert {D(f.declared), D(f.computed)} == {D(1250000), D(12500000)}
    no_error(doc)


def test_the_same_amount_in_yuan_and_wanyuan_is_no_slip():
    doc = check("全县安排扶贫小额信贷贴息资金125万元。\n四、其他\n扶贫小额信贷贴息资金1,250,000元已全部拨付。")
    assert not of_rule(doc, "unit_slip"), summary(doc)


TITLED = ("关于某某县2024年度{title}亿元衔接推进乡村振兴补助资金绩效自评报告\n"
          "2024年全县共收到衔接资金1.7763亿元，其中中央1.2亿元、省级0.5763亿元。")


def test_title_amount_truncated_from_the_body_is_a_warning():
    # 1.7763亿元 rounds to 1.78亿元, not 1.77亿元
    doc = check(TITLED.format(title="1.77"))
    values(only(doc, "same_figure_differs", "warning"), 177000000, 177630000)
    no_error(doc)


def test_title_amount_rounded_from_the_body_is_fine():
    doc = check(TITLED.format(title="1.78"))
    assert not of_rule(doc, "same_figure_differs"), summary(doc)
    no_error(doc)


# ---------------------------------------------------------------- tables

TABLE_HEAD = ("全县衔接资金使用情况见附表。\n某某县2024年度衔接推进乡村振兴补助资金绩效目标自评表\n单位：万元\n"
              "资金情况\t资金来源\t全年预算数（A）\t全年执行数（B）\t执行率（B/A）\n")


def test_budget_rate_in_a_table_holds():
    doc = check(TABLE_HEAD + "年度资金总额\t1500\t1400\t93.33%\n其中：中央补助\t1000\t950\t95%\n省级补助\t500\t450\t90%\n")
    rates = of_rule(doc, "budget_rate")
    assert len(rates) == 3 and all(f.severity == "info" for f in rates), summary(doc)
    no_error(doc)


def test_budget_rate_in_a_table_contradiction():
    doc = check(TABLE_HEAD + "年度资金总额\t1500\t1400\t95.33%\n其中：中央补助\t1000\t950\t95%\n省级补助\t500\t450\t90%\n")
    values(only(doc, "budget_rate", "error"), "95.33", "93.33")


ITEMS = "全县项目资金安排见下表。\n项目资金明细表\n单位：万元\n项目名称\t项目资金\n产业发展\t800\n基础设施\t600\n合计\t{total}\n"


def test_table_total_holds():
    doc = check(ITEMS.format(total=1400))
    values(only(doc, "table_total", "info"), 14000000, 14000000)


def test_table_total_contradiction():
    doc = check(ITEMS.format(total=1500))
    values(only(doc, "table_total", "error"), 15000000, 14000000)


TWO_SIDES = ("某区2024年预算执行情况的报告\n一般公共预算收支执行表\n单位：亿元\n收入\t执行数\t支出\t执行数\n"
             "一、本级收入\t50.38\t一、本级支出\t99.97\n1.税收收入\t16.48\t\t\n2.非税收入\t33.9\t\t\n"
             "二、转移性收入\t63\t二、转移性支出\t13.41\n1.上级补助收入\t28.92\t1.上解支出\t4.42\n"
             "2.债务转贷收入\t9.73\t2.债务还本支出\t{repaid}\n3.动用预算稳定调节基金\t3.4\t3.安排预算稳定调节基金\t0.4\n"
             "4.上年结转\t5.02\t4.结转下年\t\n5.调入资金\t15.93\t\t\n")


def test_a_numbered_row_against_the_rows_numbered_under_it_on_each_side_of_a_table():
    assert not [f for f in check(TWO_SIDES.format(repaid="8.59")).findings if f.severity != "info"]
    found = [f for f in check(TWO_SIDES.format(repaid="8.95")).findings if f.severity != "info"]
    assert [(f.rule, f.severity, f.declared, f.computed) for f in found] == \
        [("table_total", "error", "1341000000", "1377000000")]      # more than it, though 4.结转下年 is blank


COSTS = (TABLE_HEAD + "年度资金总额\t1500\t1500\t100%\n"
         "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
         "产出指标\t成本指标\t项目总投资\t≤1500万元\t{cost}万元\n")


def test_cost_above_the_funds_of_the_table():
    doc = check(COSTS.format(cost=1800))
    values(only(doc, "same_figure_differs", "error"), 18000000, 15000000)


def test_cost_within_the_funds_of_the_table():
    doc = check(COSTS.format(cost=1500))
    assert not of_rule(doc, "same_figure_differs"), summary(doc)
    no_error(doc)


# ---------------------------------------------------------------- across documents

def _report(year: int, current: int, prior: int, growth: str, date: str, county: str = "襄垣县") -> str:
    return (f"关于{county}{year}年度衔接推进乡村振兴补助资金绩效自评报告\n\n1.县级履行支出责任情况\n"
            f"{year}年县级安排衔接推进乡村振兴补助资金{current}万元，县级资金较{year - 1}年安排的{prior}万元增长{growth}%。\n\n"
            f"{county}财政局\n{date}\n")


def _batch(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs, across = run_batch([str(tmp_path)], workers=1)
    assert all(d.status == "ok" for d in docs), [(d.path, d.error) for d in docs]
    return docs, across


def test_cross_year_contradiction(tmp_path):
    # the 2024 report says last year's county funds were 2280万元; the 2023 report said 2380万元
    docs, across = _batch(tmp_path, {
        "xiangyuan-2023.txt": _report(2023, 2380, 2300, "3.5", "2024年1月10日"),
        "xiangyuan-2024.txt": _report(2024, 2460, 2280, "7.9", "2024年12月30日"),
    })
    assert sorted((d.county, d.year) for d in docs) == [("襄垣县", 2023), ("襄垣县", 2024)]
    found = [f for f in across if f.rule == "cross_year"]
    assert len(found) == 1 and found[0].severity == "error", across
    values(found[0], 22800000, 23800000)
    assert found[0].doc_id == ""
    by_id = {d.doc_id: d for d in docs}
    assert {fig.fact_id.rsplit("-", 1)[0] for fig in found[0].figures} == set(by_id)


def test_cross_year_consistent(tmp_path):
    _, across = _batch(tmp_path, {
        "xiangyuan-2023.txt": _report(2023, 2380, 2300, "3.5", "2024年1月10日"),
        "xiangyuan-2024.txt": _report(2024, 2460, 2380, "3.4", "2024年12月30日"),
    })
    assert not [f for f in across if f.severity != "info"], across


def test_cross_year_other_counties_are_not_compared(tmp_path):
    _, across = _batch(tmp_path, {
        "wuxiang-2023.txt": _report(2023, 2380, 2300, "3.5", "2024年1月10日", county="武乡县"),
        "xiangyuan-2024.txt": _report(2024, 2460, 2280, "7.9", "2024年12月30日"),
    })
    assert not across, across


def test_duplicate_report_with_different_figures(tmp_path):
    docs, across = _batch(tmp_path, {
        "xiangyuan-2024.txt": _report(2024, 2460, 2380, "3.4", "2024年12月30日"),
        "xiangyuan-2024-revised.txt": _report(2024, 2560, 2380, "7.6", "2024年12月31日"),
    })
    found = [f for f in across if f.rule == "duplicate_report"]
    assert len(found) == 1 and found[0].severity == "warning", across
    assert {D(found[0].declared), D(found[0].computed)} == {D(24600000), D(25600000)}


def test_reports_on_two_funds_of_one_county_and_year_are_no_duplicates(tmp_path):
    other_fund = _report(2024, 2560, 2380, "7.6", "2024年12月31日").replace("衔接推进乡村振兴补助资金绩效", "以工代赈项目绩效")
    _, across = _batch(tmp_path, {
        "xiangyuan-2024.txt": _report(2024, 2460, 2380, "3.4", "2024年12月30日"),
        "xiangyuan-yigongdaizhen-2024.txt": other_fund,
    })
    assert not [f for f in across if f.rule == "duplicate_report"], across


def test_the_same_report_twice_with_the_same_figures_is_no_duplicate_finding(tmp_path):
    # a second copy with other bytes (an extra blank line) but the same figures
    text = _report(2024, 2460, 2380, "3.4", "2024年12月30日")
    _, across = _batch(tmp_path, {"xiangyuan-2024.txt": text, "xiangyuan-2024-copy.txt": text + "\n"})
    assert not [f for f in across if f.severity != "info"], across


def test_a_townships_report_is_no_duplicate_of_its_countys(tmp_path):
    township = _report(2024, 560, 480, "16.7", "2025年1月20日").replace("关于襄垣县2024年度", "襄垣县夏店镇2024年度")
    _, across = _batch(tmp_path, {
        "xiangyuan-2024.txt": _report(2024, 2460, 2380, "3.4", "2024年12月30日"),
        "xiadian-2024.txt": township,
    })
    assert not [f for f in across if f.severity != "info"], across


def test_a_reward_for_a_years_assessment_is_no_funds_of_that_year(tmp_path):
    later = _report(2024, 2460, 2380, "3.4", "2024年12月30日").replace(
        "\n\n襄垣县财政局", "县财政另收到2023年度衔接资金绩效考核奖励资金600万元，其中中央奖励200万元、省级奖励400万元。\n\n襄垣县财政局")
    earlier = _report(2023, 2380, 2300, "3.5", "2024年1月10日").replace(
        "\n\n襄垣县财政局", "2023年到位中央衔接资金13,672万元。\n\n襄垣县财政局")
    _, across = _batch(tmp_path, {"xiangyuan-2023.txt": earlier, "xiangyuan-2024.txt": later})
    assert not [f for f in across if f.severity != "info"], across


# ---------------------------------------------------------------- messages

def test_same_figure_message_is_chinese():
    doc = check(COUNTY_TWICE.format(again=2660))
    msg = only(doc, "same_figure_differs", "error").message
    assert not re.search(r"[A-Za-z_]{3,}", msg), msg


def test_finding_ids_are_numbered_in_order():
    doc = check(spending())
    assert [f.finding_id for f in doc.findings] == [f"example-F{n}" for n in range(1, len(doc.findings) + 1)]


# ---------------------------------------------------------------- the real sample

@needs_shared
def test_the_sample_has_exactly_one_error_the_industry_share():
    doc = process(SAMPLE)
    assert doc.status == "ok", doc.error
    errs = errors(doc)
    assert len(errs) == 1, summary(doc)
    f = errs[0]
    assert f.rule == "industry_share"
    values(f, "90.5", "85.01")
    assert not [f for f in doc.findings if f.severity == "warning"], summary(doc)
    infos = {f.rule for f in doc.findings if f.severity == "info"}
    for rule in ("received_sum", "spent_plus_carryover", "execution_rate", "county_growth",
                 "budget_consistency", "retention_within_carryover"):
        assert rule in infos, f"no info for {rule}:\n{summary(doc)}"
    values(only(doc, "execution_rate", "info"), 100, "99.98")
    values(only(doc, "county_growth", "info"), "3.4", "3.36")


# ---------------------------------------------------------------- the corpus run

TRUTHS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS_TRUTH.glob("*.json"))}
# Every report with planted findings, the *-table* ones included: their table checks (score sums,
# scores over weights, targets met, 执行率 per row) were still being built when these tests were
# written; they pass now, so they stay in. Should one regress, do not drop it here silently.
# Contradictions of the blind rounds not found yet, each with why (strict: a fix makes the test say so).
KNOWN_MISSES = {
    "blind133-hebei-2020": "62个贫困县 twice and 63个贫困县 once in one paragraph: counts of one noun that differ by one, "
                           "which by itself is too common between two groups of counties to be a slip",
    "blind133-shangqiu-2020": "本次分配给贫困县的资金为1227万元，占比为87.3% against the 1227万元 of the 资金来源 section: a "
                              "share whose base, the whole batch, is named nowhere in its sentence",
    "blind136-xizang-2020": "一是布达拉宫管理处，下达预算资金9378万元 against the six table rows whose 实施单位 is 布达拉宫管理处: "
                            "a unit's amount against the rows of a table grouped by a column, not by a total row",
    "blind138-shuangliao-2017": "共吸收…152户，其中77户…，户均…；另有57户…: a 其中 list cut by an average and continued by 另有 "
                                "in the next ；-clause, where 另有 may as well add to the total",
    "blind139-henan-2016": "全省70.1%的贫困人口分布在这一地区 against 236 + 105 + 54万人 of 460万: a share written before the "
                           "noun it is of, with its parts in the sentences after",
    "blind141-huangzhong-2016": "覆盖12个乡镇、31个行政村，分别是：甲镇乙村；丙乡丁村、戊村；…: two counts against a list of towns each "
                                "followed by its villages over ；-clauses",
    "blind142-xianxian-2018": "户均1250千瓦 against 880组 × 5千瓦 ÷ 3460户: an average in 瓦 written as 千瓦, of a product no "
                              "sentence states",
    "blind144-xinjiang-2018": "与2017年全年…57.2亿元相比，本次提前下达的指标增幅为12.78%: a growth whose current value is named in "
                              "words (本次提前下达的指标) and stated in the opening paragraph",
    "blind145-yichang-2023": "规划范围包括甲镇乙村以及丙乡丁村、戊村、己村、庚村，共涉及2个乡镇6个行政村: villages named under two "
                             "towns, against a count that follows them",
    "blind146-guizhou-2017": "涉及人口超过78万人 in the lead against 全年需搬迁…75.2万人 of the task: a bound against a value of the "
                             "same people, named in other words",
    "blind147-chencang-2020": "解决全区9200人的饮水问题 in the notice against 改善提升9600人饮水条件 in its target table's prose "
                              "cell: one count restated in other words",
    "blind148-dezhou-2023": "安排200万元…对排名前10位的项目，每个项目给予25万元: a standard per project times a rank's count "
                            "(前10位), which is no count the figures read",
    "blind148-huaibei-nodate": "确定市县扶持村32个 … 对30个扶持村实现全覆盖: full coverage of fewer villages than the ones named, "
                               "a claim of all in words",
    "blind150-luxi-2022": "每亩每年产油40kg × 3194亩 against 12.78kg: a product in a unit whose 万 was dropped, of a rate per "
                          "亩 and a year",
    "blind47-glbzj-2024": "794.685万元 paid in 2023 and 680.315万元 carried into 2024 against the 1465万元 allocated in "
                          "2023, each in its own section and year",
    "blind47-tongguan-2020": "硬化道路950米 in one section and 910米 in another for the same road: a length restated, "
                             "not a sum",
    "blind44-liling-2019": "本次共安排6个项目 against the five project rows of the allocation table after it: a count "
                           "the text states of a table's rows",
    "blind39-zhongyuan-2023": "one project's 资金预算55万元 against the 50万元 the notice allocates and its only project "
                              "receives: a project's budget is not known to be all of the allocation",
    "blind40-geermu-2025": "a table cell's 总支出70万元 against the 35 + 38万元 of the 资金使用明细 in the next row: a cell's "
                           "parts written in another cell",
    "blind40-qijiang-2023": "a half-year dividend of 1385元 for 29 households at a fixed 100元 a year paid twice: a rate "
                            "stated in words the checks do not multiply out",
    "blind33-pingyi-2019": "the zone received 100万元 and two projects use 100 and 50 of it: parts named in two "
                           "sentences after the total, each as its project's use",
    "blind32-wutongqiao-2024": "省级172万元 against the four uses listed for it in the sentences after, one of which is "
                               "itself a sum of two (27.92 + 26.35 = 54.27)",
    "blind30-haixi-2020": "a list of 主要 items that adds up to more than its total: a partial list may not pass it, "
                          "but two of its lists may not be of the total",
    "blind25-mianchi-2019": "共需资金8144万元 in one section against the items of a later section (项目预算投入) that "
                            "never says they are its parts",
    "blind9-hunan-2023": "已拨付16227.61万元 against its items' 9982.68万元 and a 6244.30万元 stated as 已全额拨付 in words",
    "blind51-shuyang-2019": "a 脱贫率 over a base the text never states: those lifted (14.5万) plus those not yet lifted "
                            "(9.5万), each a count in 万 before the noun it counts",
    "blind51-panshan-2020": "154万 received against 150万 paid to 18 firms and 2万 that 没有到账 for one more, in "
                            "traditional characters: paid plus not arrived is no stated carry-over",
    "blind52-xupu-2025": "核心群1200羽 in the targets against 核心群1000羽 twice in the text: one digit changed, not "
                         "swapped, which by itself is too common to be a slip",
    "blind60-quanguo-2025": "50亿元 and 40.5亿元 in one clause, 加上 50亿元 in the next, against 已累计下达145.5亿元: a "
                            "running total over clauses, each of several amounts",
    "blind61-zhangjiachuan-2019": "3000万元 allocated against 1100万元 put in and 2000万元 not yet spent, where the "
                                  "amount not spent is read as the county's own funds of another sentence",
    "blind62-suixian-2024": "分红总额864440元，相当于合作社收益的38.1%, a base named by words whose amount the text states "
                            "only after the share",
    "blind63-zhangjiachuan-2024": "资金支付到位率100% against 资金拨付完成97% of the same single project: two rates of two "
                                  "names, which the text never says are one",
    "blind75-qingshui-2020": "项目建设资金48.57万元，完成总投资48.5715万元，结余资金2.3497万元，支付率99.12%: 完成投资 is "
                             "spent in a completion notice but planned investment elsewhere, so the item's spending is "
                             "not read",
    "blind76-guizhou-2017": "每年选定100个…5年内重点扶持建设600个: a yearly count times the years against a total, stated "
                            "as a plan in words the checks do not multiply out",
    "blind77-fumian-2020": "25个光伏项目 in one paragraph and 23个 in another: two counts of one thing that differ by more "
                           "than a slip of digits, with nothing saying they are the same",
    "blind77-hanchuan-2020": "预计动用光伏收益560.77万元，…其中…发放公益岗位工资566.02万元: a planned amount and a paid part "
                             "larger than it, which may be of another measure",
    "blind77-heishui-2024": "分红在58个村之间平均分配，每村1.5625%: an equal share stated as a percentage of 100% over a "
                            "count named elsewhere",
    "blind80-neixiang-2021": "a table row's 53.29万元/公里 × 179.3公里 against its 资金规模312.59万元: a rate per unit "
                             "in one cell and the quantity in another, which the cell reader does not pair",
    "blind85-nanyue-2018": "补助合作社平均标准23万元/个 for 10个 cooperatives against the year's 214.06万元, each in "
                           "its own table cell",
    "blind85-wuchuan-2021": "饲料库150平米 in the cost row against 饲料库120平米 in the goal text: a quantity restated with "
                            "another value in other words around it",
    "blind87-chengkou-2024": "现将4196万元项目资金计划下达 against 3666万元 two sentences back, 200万元 and the 300万元 of "
                             "592.76万元 that 其中…纳入统筹整合: a total of parts spread over a paragraph, one of them a "
                             "part of another amount",
    "blind55-honghe-2024": "全年共实施项目15个 against 8 projects approved at the start of the year and 8 added in "
                           "the middle of it, in two sentences that each state their own amount",
    "blind54-akesu-2024": "1.27亿元 paid to the counties against nine county amounts in a later paragraph, two of them "
                          "in a sentence of their own with a share of the nine's sum",
    "blind91-tailai-2019": "直接受益13人，间接受益的家庭成员18人。其中：6人…；8人…: the parts are of the first count of "
                           "the sentence before, not of the one nearest them",
    "blind93-mile-2018": "核定行政编制5名 … 核定事业编制5名。行政、事业两类编制合计11名: a closing total that names its "
                         "parts in words, over sentences",
    "blind98-lasa-2019": "a headline's 3.82亿元援藏资金 against the body's 支援拉萨资金3.77亿元, named in other words",
    "blind96-shaanxi-2022": "12个国家乡村振兴重点帮扶县 against the province's 11 such counties stated earlier: a count "
                            "restated in a pair with another count",
    "blind101-yunxiao-2018": "464万元 said to be all placed in the items （一） 232万元 and （三） 223万元 of a numbered list whose "
                             "item （二） places other funds",
    "blind101-maiji-2018": "共计5大项、117个子项 against the table's 子项目（个） column, whose 合计 cell is left empty",
    "blind103-guizhou-2020": "按每县1亿元的标准…合计下达18亿元 against 14 counties and 2 more named in the sentences before: a "
                             "standard times counts spread over a paragraph",
    "blind103-anhui-2017": "实际整合额占计划数的95.3% against a table's 实际整合 and 计划整合 rows: a share whose base is a "
                           "table cell named in other words",
    "blind104-shapotou-2018": "多计工程造价0.32元。其中甲村…0.09元，乙村…0.14元: a 其中 list that may be some of the total "
                              "only, and so is read as never more than it",
    "blind104-luopu-2022": "项目涉及资金1480万元 against 资金来源及规模：…衔接资金1840万元, the project's amount restated in "
                           "other words",
    "blind107-jingshan-2021": "花去23.39万元，医保报销7.84万元后，个人自付部分为15.9万元: what is left after 后, stated as "
                              "its own amount",
    "blind107-wutongqiao-2025": "a table's 集中供养+居家救助 total against the eight towns' amounts and a 护理费 row of another "
                                "column",
    "blind107-zhecheng-2024": "已有56.69%的监测对象消除了风险 against 2184户 of 3852户 stated in earlier sentences: a share "
                              "written before the noun it is of",
    "blind109-keerqin-2014": "每年投入1500萬元，按每個項目村55萬元的標準 against the 30 villages of the section before: a "
                             "standard and a total whose count stands in another section",
    "blind116-sichuan-2023": "26个国家…重点帮扶县 and 25个省级…重点帮扶县 against 获得单独补助的50个重点帮扶县 in the next "
                             "sentence: a count of all the groups named before, told only by the predicate they share",
    "blind119-wusu-2025": "the headline's 农村综合改革专项资金600万元 against the body's 累计投入农村综合改革资金610万元: "
                          "names alike but not the same",
    "blind120-chifeng-2023": "市本級財政配套2327.5萬元 against the 配套 amount of each of the two sections after it: a "
                             "total split over sections named by category, not by place",
    "blind121-hexian-2017": "每座电站平均每天发电350度 against 年均发电8万多度: a daily rate to be multiplied by the days of a "
                            "year",
    "blind122-huangping-2017": "the opening's 1.7萬戶 against the body's 14446戶 covered by the projects: a rounded count "
                               "restated in full, named differently",
    "blind123-yunnan-2022": "带动当地群众74.13万人 against the workers of each kind of project stated in the sections after it",
    "blind125-zhouzhi-2023": "a table's 非税收入 row against its 其中 rows below it under another label",
    "blind126-balinzuoqi-2019": "a table's 合计 row of two columns of sources against the project's total investment",
    "blind127-henan-2020": "奖励2.46亿元 against the award per grade of prefecture times the count of each: a product of "
                           "counts and rates summed over grades",
    "blind128-wenchuan-2021": "上年结转结余 stated as 2万元 in one section and 2.8万元 in another: a balance of no canonical "
                              "field named alike in two sections",
    "blind129-hunan-2017": "并村后的贫困村数 6923个 in one part and 6932个 in brackets in another: two counts of no field, "
                           "told apart only by their words",
    "blind157-hubei-2009": "解决了40万贫困人口的温饱和脱贫问题 against 由670.96万人减少到631.96万人 in the next sentence: a "
                           "count lifted read as the fall of another count, in other words",
    "blind159-bozhou-2022": "一、二、三产业增加值占地区生产总值的比重分别为…41.4% against the table's 157.67 of 380.35亿元: each "
                            "sector's share over the values of a table above, not only their sum to 100%",
    "blind160-xinjiang-2006": "帮助105万特困人口越过低收入贫困线 against 贫困人口由329万人减少到234万人 in the same sentence: a "
                              "count lifted read as the fall of another count, in other words",
    "blind171-yuanyang-2024": "产业项目资金占比达到68.81% with no base and no part in its sentence: the industry project's "
                              "186万元 of the 278.4万元, named only by the project's kind three paragraphs before",
    "blind177-guangxi-2023": "支出进度76.2% against the table's 合计 row of 分配 and 累计支出 columns (7308 of 10150): a rate in "
                             "the text over a table's total row named in other words",
    "blind177-nanhua-2024": "带动脱贫户136户 in the body against the 自评表's 实际完成值 163户 of the same indicator: a count of the "
                            "text against a target table's actual named in other words",
    "blind178-bingtuan-2023": "到位资金率91.6% of 到位援助资金16.92亿元 over 援助资金18.64亿元 stated two paragraphs before: a rate "
                              "whose name is no kind the rates know",
    "blind186-xiaoxian-2025": "32亩 of 瓜果蔬菜 against its 其中 rows 2/6/18/5亩 that a PDF's page break cut from it: the rows after "
                              "the break have no parent row on their page",
    "blind193-xinzhou-2024": "累计发展至22个。其中，“中国美丽休闲乡村”新增3个，累计达到5个；“山西美丽休闲乡村”累计发展至18个: "
                             "parts in the next sentence, each with what was added beside what it came to, which no list of "
                             "parts reads as one cumulative count each",
    "blind197-bijie-2023": "a table's counts of projects by place (16+9+…+9 = 85) against 84个 in the headline and the lead: the "
                           "table has no total row, and a headline's count is checked only against the body's first",
    "blind192-danzhou-2022": "全年项目资金共到位1130.71万元，由财政衔接资金1077.56万元和预拨资金53.15万元组成: a township's total "
                             "received named as its projects' funds, which no rule of funds received reads, so spent + carry-over "
                             "has no total to be checked against",
    "blind186-xinxianggxq-2022": "the 2021 total restated as 265.5万元 against the 2021 report's 256.5万元, stated there as its levels "
                                 "(中央132.6+省级96.4+市级27.5): a restated total of no level the cross-year check can pair",
    "blind132-heilongjiangsheng-2019": "资金到位率81% of the 268亿元 passed on to projects over the 353亿元 handed down: a "
                                       "rate whose numerator is named 下达至项目单位",
    "blind199-yunnan-2014": "贫困人口由2011年的2014万人减少到2014年的574万人…共有440万…实现脱贫: persons lifted are no net "
                            "change of the poor in general (some enter), so no rule relates them",
    "blind209-xiping-2018": "到户增收项目与基地带动合计带动贫困户9136户21320人 against 7611户17677人 and 1525户3553人 stated in "
                            "two earlier paragraphs: a closing total that names its two items in words, far from their "
                            "figures, which no list of parts reads",
    "blind201-qinghai-2007": "a total (7074万元) whose parts are the one amount of each subsection under a later heading "
                             "资金构成 ((一)直补资金3174.6万元, (二)项目扶持资金3989.5万元): no rule sums subsections of a heading "
                             "that names the total's composition",
    "blind231-jinping-2010": "第五期投入占五期累计投入的35.2%，前四期累计投入1156.59万元: the part (520万元) is in the sentence "
                             "before, the base is part and rest, and 五期 is read as a count",
    "blind226-hongsibu-2017": "两个光伏农业项目企业投资合计40.2亿元，其中弘德村项目投资占18.9%: the part (…投资7.2亿元) is stated in "
                              "an earlier paragraph, under a heading that names the project its clause does not",
    "blind350-qianxinan-2018": "当年任务量占“十三五”搬迁总任务的46.71%: the part (2018年度156297人的搬迁入住任务) and the base "
                               "(“十三五”期间338506人的…任务) are counts of the sentence before, named there in other words",
    "blind352-jiangxi-2013": "合计4425.72万元，…其中：…17 funds, each with its count of projects, some with loans (为293户农户的980万元"
                             "贷款贴息) or a part of their own (其中省、市扶移办系统安排591.15万元) between them: the list is too "
                             "mixed to be read as the total's parts",
    "blind362-linxian-2018": "总投资590万元 … 各村投资和装机情况为：墕头村98万元、300kw；寨则山村86万元、200kw；…: the villages' "
                             "amounts, each beside its capacity, in the sentence after the total, are not read as its parts",
    "blind611-jingning-2023": "2023年到位资金较2022年增加1,686.92万元，增长5.45%: the two years' amounts are only in the table of "
                              "three years above, so the growth over the change is not recomputed from them",
    "blind400-ningxian-2021": "共识别监测对象1,846户7,312人，其中：…。…已消除风险1,127户4,538人，占监测户总数的64.05%: the base, "
                              "households, is in the sentence before the part's, which states households and persons alike, so "
                              "neither is read as the base",
    "blind412-zhangjiagang-2019": "共安排…援助资金6,850万元 … 沿河县已累计支出援助资金6,412.38万元，支出进度93.61%；尚未支出的结转资金"
                                  "473.62万元: a report of funds given to a partner county, whose amounts take no canonical field, "
                                  "so the spending and what is left are not checked against the funds given",
    "blind426-shanghang-2023": "县级资金 | 1,800 | 2,000 | 2,150 | 11.11% | 9.50%: a growth column of a table of years is not "
                               "recomputed from the two years' columns of its row",
    "blind445-longde-2019": "2016年投入…16,384.7万元，2017年投入21,905.3万元，…2019年投入31,602.5万元。…2016年至2019年，全县累计投入…"
                            "98,863.76万元: a span's total of the years listed a sentence before is not checked against them",
    "blind475-lixin-2022": "按用途分，产业发展27385.2万元；乡村建设12605.8万元；…；小额贷款贴息及其他5273万元，合计47404.5万元: uses "
                           "split by ；, closed by their total in the last clause, are not summed against it",
    "blind507-minhe-2021": "衔接资金 of the levels plus the partner's 3,180万元 stated together as 42,335.4万元: a total that names "
                           "the funds it adds, in a sentence of its own, is not summed against them",
    "blind498-fangxian-2023": "表1 … 县级资金 | 2,300 | 2,500 | 200 | 8.00: a growth column of a table of two years is not recomputed "
                              "from the two years' columns of its row",
    "blind481-zhangjiagang-2020": "市财政安排对口帮扶沿河县财政资金7,260万元 … 产业发展项目18个，安排资金4,356万元，占帮扶资金总额的63%: in "
                                  "a report on the aid a county sends, no amount is its funds received, so the share of the aid's "
                                  "whole is not checked",
    "blind458-ninghai-2019": "2.安图县。460万元共安排项目3个：…扩建210万元，…提升180万元，…展销中心100万元: a total whose parts follow "
                             "a count of them and a colon (共安排项目3个：) is not summed against them",
    "blind542-quyang-2019": "目标值1500人次，实际1620人次，完成率118%: a completion rate over its target, stated with both, is not "
                            "recomputed",
    "blind546-zhenlai-2020": "结余资金534.45万元。…按性质归类如下：一是…质量保证金214.3万元；二是…；三是…节余70.15万元: the causes of a "
                             "carry-over, listed one per item after it, are not summed against it",
    "blind559-pihe-2022": "the road project's 衔接资金 460万元 in the list of projects and 406万元 in the paragraph on its "
                          "acceptance are not compared: the second names the project in other words",
    "blind564-taihu-2023": "9月底累计支出18,493.1万元，支出进度达到74.6%: a spending progress at a month's end, its base the year's "
                           "funds received stated sentences before, is not recomputed",
    "blind565-ningwu-2022": "正文东寨镇安排衔接资金248.4536万元 against the townships' table row 东寨镇 | … | 208.4536: a "
                            "township's amount in the text is not compared with its row of the table",
    "blind568-beian-2022": "按农场分配：逊克农场980万元，…；龙门农场480万元 two sentences after the total 2,860万元 and its split by "
                           "source: a second breakdown of one total is not summed against it",
    "blind622-anyuan-2024": "累计识别防返贫监测对象1,585户…，较2023年末的1,506户增加79户 … 风险消除1,120户…，风险消除户数占"
                            "监测户数的74.37%: the share is over last year's count, the nearest, and agrees; this year's is "
                            "not taken",
    "blind527-hetian-2019": "（一）…共落实财政专项扶贫资金42.6853亿元 … （三）…分配到各县市的数额为（单位：万元）：墨玉县98765.4，…，分配口径与"
                            "资金到位总额一致: a list said to add up to the total received two sections before is not summed "
                            "against it",
    "blind688-dulan-2021": "截至2021年12月31日累计支出5,742.35万元 … 四、…实际支出0.54亿元: a restatement in 亿元 to two places whose "
                           "rounding (0.57亿元) it misses is not compared with the amount stated exactly",
    "blind775-henan-2021": "衔接资金已支出5,987.62万元，执行率96.82% … 2021年全县上述三项资金共计到位6,878.9万元，累计支出6,596.02万元，"
                           "总体执行率95.89%: the three funds' totals together take the report's fields, so the 衔接资金's own "
                           "rate is not recomputed",
    "blind799-shouxian-2018": "计划整合…33,113.00万元，实际整合32,491.60万元 … 1.中央资金：计划20,113.00万元，实际整合19,765.10万元 … "
                              "2.省级资金：…实际整合8,126.50万元 … 3.市县资金：…实际整合4,500.00万元: a pool's levels, each a numbered "
                              "item of what was integrated, take no level's field, so their sum is not checked against the total",
}
ALL_REPORTS = [pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_MISSES[n], strict=True)) if n in KNOWN_MISSES
               else n for n in TRUTHS]


@pytest.fixture(scope="module")
def corpus_scored(corpus_run):
    return {Path(rec["doc"]).stem: rec for rec in score(corpus_run, CORPUS_TRUTH)["docs"]}


@needs_shared
@pytest.mark.parametrize("name", [n for n in TRUTHS if TRUTHS[n].get("clean")])
def test_no_error_on_a_clean_report(corpus_scored, name):
    rec = corpus_scored[name]
    assert not rec.get("missing"), rec
    assert not rec.get("unexplained_errors"), rec


@needs_shared
@pytest.mark.parametrize("name", ALL_REPORTS)
def test_every_planted_finding_is_found(corpus_scored, name):
    rec = corpus_scored[name]
    assert not rec.get("missing"), rec
    assert not rec.get("findings_missed"), rec["findings_missed"]
    n = len(TRUTHS[name].get("findings", []))
    assert rec["findings"] == f"{n}/{n}"


@needs_shared
@pytest.mark.parametrize("name", list(TRUTHS))
def test_no_error_without_a_planted_contradiction(corpus_scored, name):
    assert not corpus_scored[name].get("unexplained_errors"), corpus_scored[name]


# ---------------------------------------------------------------- open cases: blind reports still misread

# Blind reports of the last rounds that still raise an error matching no real contradiction (or miss theirs): kept
# out of corpus/ (whose ratchet holds no false error) and here, each a strict expected failure that says why, so
# that fixing one shows and it can join the corpus.
OPEN_CASES = Path(__file__).resolve().parent / "open_cases"
KNOWN_FALSE_ALARMS: dict[str, str] = {
    "blind444-nanjian-2020": "a table of projects by township with 小计 rows, some townships' subtotals restated in a sentence: "
                             "they are read as parts of the year's total, and a share of the table's projects over the year's "
                             "funds is paired with another total",
    "blind444-puan-2021": "提取项目管理费127.4万元后，余下的9,738.2万元全部落实到14个具体项目: the rest after a deduction is read as a "
                          "carry-over; townships named as the largest (龙吟镇安排3个项目…) are read as all 14 projects",
    "blind444-shiqian-2022": "the text's 龙塘镇…1,150万元 against its 小计 row 1,510 is not compared (the planted contradiction is "
                             "missed), and townships listed in a sentence are read as parts of the year's total",
    "blind447-fenxi-2019": "a project table continued on the next page with its header repeated: its 合计 row is summed "
                           "against the rows of one page, and 8个 projects against the 5 names of the first page",
    "blind447-wuxiang-2020": "a report on integrated funds whose canonical figures are the 专项扶贫 subset: the carry-over, a "
                             "score of one group and the 其中 of the integrated total are read as the report's own",
    "blind449-guangxi-2016": "截至…，各市县共支出专项扶贫资金675,285.5万元，支出率92.49%: the cities' and counties' spending is read "
                             "as the region's own and checked over the region's total of all levels",
    "blind489-yongshan-2021": "调减省级资金600万元 … 说明：年中绩效运行监控时，省级资金按下达数7,108.8万元统计；本报告按调减后的6,508.8万元"
                              "填列: the allocated figure stated as a basis of counting is read as the provincial funds received "
                              "and compared with the received after the reduction",
    "blind449-xinyang-2019": "the 6 片区县's rate (the planted contradiction) is not checked, and a subtotal of counties is read "
                             "as the total received",
    "blind560-tongxin-2024": "中央衔接资金用于产业发展17936万元，占中央衔接资金的60.41%: the central 衔接 funds are three rows of "
                             "the sources table (the main task, 以工代赈, 少数民族发展), and the base is read as the first row alone",
    "blind563-rongshui-2020": "a report titled on the 专项扶贫资金 alone that treats five funds in sections of their own: the "
                              "专项扶贫 section's received, central share and carry-over are read against the grand total's",
    "blind571-fengdu-2021": "funds brought forward beside the year's new ones: the new funds' spending in the table's 合计 and "
                            "the year-end carry-over of all the funds at hand are summed against the new funds alone",
    "blind571-luonan-2021": "the new funds' execution rate and the rate of all the funds at hand (上年结转加本年新下达) are read as "
                            "one figure stated twice",
    "blind797-lintan-2021": "天津市协作资金全年支出8,978.3万元，支出率98.39% in a report on the 衔接资金: a partner city's cooperation "
                            "money, named by no fund the lexicon knows alone (协作资金), takes the execution rate beside the fund's "
                            "own",
}


@pytest.fixture(scope="module")
def open_cases_scored(tmp_path_factory):
    out = tmp_path_factory.mktemp("open-cases")
    result = run_cli("run", str(OPEN_CASES / "docs"), "-o", str(out), "--no-db")
    assert result.returncode == 0, result.stderr
    return {Path(rec["doc"]).stem: rec for rec in score(out, OPEN_CASES / "truth")["docs"]}


def test_every_open_case_is_named():
    assert {p.stem for p in (OPEN_CASES / "truth").glob("*.json")} == set(KNOWN_FALSE_ALARMS)


@needs_shared
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(reason=why, strict=True))
                                  for n, why in KNOWN_FALSE_ALARMS.items()])
def test_an_open_case_is_read_right(open_cases_scored, name):
    rec = open_cases_scored[name]
    assert not rec.get("unexplained_errors") and not rec.get("findings_missed"), rec


# ---------------------------------------------------------------- share of a level compared by its gap

GAP = ("2024年，全县农村居民人均可支配收入达到16935元，同比增加2337元。2024年，全县水平比全省平均水平低1966元，"
       "相当于全省平均水平的{share}%。")


def test_share_from_a_gap_contradiction():
    # 16935 ÷ (16935 + 1966) = 89.60%, not 89.4%; the level is 16935元, not its change of 2337元
    f = only(check(GAP.format(share="89.4")), "share", "error")
    values(f, 89.4, 89.6)


def test_share_from_a_gap_holds():
    doc = check(GAP.format(share="89.6"))
    assert of_rule(doc, "share")[0].severity == "info"
    no_error(doc)


# ---------------------------------------------------------------- score_sum over scored section headings

SECTIONS = ("我县2023年度衔接资金绩效自评得分{total}分。\n"
            "（一）资金分解下达（分值10分，自评10分）\n资金均按时分解下达。\n"
            "（二）项目管理（分值30分，自评28.5分）\n项目库建设规范。\n"
            "（三）使用成效（分值60分，自评57分）\n项目均按期完工。\n"
            "（四）加减分\n机制创新获省级表扬，加1分；无违规违纪，不扣分。\n")


def test_section_scores_that_do_not_add_up():
    # 10 + 28.5 + 57 + 1 (加分) = 96.5, not 97.5
    values(only(check(SECTIONS.format(total="97.5"), year=2023), "score_sum", "error"), 97.5, 96.5)


def test_section_scores_with_a_bonus_add_up():
    doc = check(SECTIONS.format(total="96.5"), year=2023)
    assert of_rule(doc, "score_sum")[0].severity == "info"
    no_error(doc)


# ---------------------------------------------------------------- tables of a prefecture's counties

PAID_TWICE = ("2.资金安排情况。2025年全州共收到补贴资金10580万元，其中中央资金8740万元、自治区资金1840万元，已依据各县（市）核定面积全部分解下达。\n"
              "3.分县下达情况。阿图什市3680万元（中央3382万元、自治区298万元）；阿克陶县6394万元（中央4940万元、自治区1454万元）；"
              "乌恰县506万元（中央418万元、自治区88万元）。面积最大的阿克陶县分得资金占全州下达总额的{share}%。\n"
              "单位：万元\n县（市）\t下达资金\t10月15日已支付\t12月31日已支付\t支付率（%）\n"
              "阿图什市\t3680\t3463.3\t3676.85\t{rate}\n阿克陶县\t6394\t6187.45\t6389.62\t99.93\n")


def test_a_tables_rate_is_of_the_paid_column_next_to_it_and_a_places_share_of_its_total():
    doc = check(PAID_TWICE.format(share="60.43", rate="99.91"), year=2025)
    no_error(doc)
    assert len(of_rule(doc, "budget_rate", "info")) == 2, summary(doc)
    values(only(doc, "share", "info"), "60.43", "60.43")       # 6394 ÷ 10580, not the central 4940


def test_a_tables_rate_of_the_paid_column_next_to_it_contradiction():
    doc = check(PAID_TWICE.format(share="60.43", rate="97.91"), year=2025)
    values(only(doc, "budget_rate", "error"), "97.91", "99.91")


COUNTIES = ("县（市）\t彩票公益金（万元）\t整合其他资金（万元）\t项目资金合计（万元）\t已支付（万元）\t支付率\t覆盖贫困村（个）\t评价得分（分）\n"
            "金川县\t2000\t86.5\t2086.5\t2031.2\t97.35%\t18\t94\n"
            "壤塘县\t2000\t45.6\t2045.6\t1978.35\t{rate}%\t15\t91\n"
            "合计\t4000\t132.1\t4132.1\t4009.55\t97.03%\t33\t—\n")


def test_a_scored_tables_total_row_holds_amounts_where_its_columns_name_their_units():
    doc = check("各县资金使用情况如下：\n" + COUNTIES.format(rate="96.71"))
    totals = [f for f in doc.figures if f.cell is not None and f.row_label.strip() == "合计"]
    assert [f.kind for f in totals] == ["money"] * 4 + ["percent", "count"], [(f.text, f.kind) for f in totals]
    no_error(doc)


def test_a_rate_over_the_rows_total_funds_contradiction():
    doc = check("各县资金使用情况如下：\n" + COUNTIES.format(rate="97.71"))
    values(only(doc, "budget_rate", "error"), "97.71", "96.71")


# ---------------------------------------------------------------- blind rounds 215–218: totals, bases and scopes

def _non_info(doc) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in doc.findings if f.severity != "info"]


@pytest.mark.parametrize("total, holds", [("540", True), ("560", False)])
def test_a_closing_total_over_the_amount_its_paragraph_stated_before(total, holds):
    doc = check("一、资金情况\n甲村、乙村、丙村3个村共获得中央专项资金450万元，占全市所获资金的42.86%。为保证项目实施，市财政安排配套资金"
                f"45万元，县本级财政配套45万元，项目资金合计{total}万元。\n")
    if holds:
        no_error(doc)       # 450 + 45 + 45
    else:
        assert [f.declared for f in errors(doc)] == ["5600000"], summary(doc)


@pytest.mark.parametrize("central, holds", [("66300", True), ("66000", False)])
def test_levels_after_a_growth_are_of_the_years_total_not_the_prior_years(central, holds):
    doc = check(f"2019年全市投入财政专项扶贫资金11.72亿元，较2018年的9.86亿元增长18.84%。其中，中央资金{central}万元、"
                "省级资金37000万元、市级资金2100万元、县级资金11780万元。\n", year=2019)
    if holds:
        no_error(doc)
    else:
        assert [f.declared for f in errors(doc)] == ["1172000000"], summary(doc)     # its levels, or its parts


@pytest.mark.parametrize("change, severity", [("240", None), ("340", "error")])
def test_a_change_after_a_total_and_its_parts_is_of_the_total(change, severity):
    doc = check("2013年分2批下达我市省级财政扶贫项目资金共计1800万元，其中：第一批省级财政专项扶贫资金1000万元，第二批省级财政"
                f"连片扶贫开发项目资金800万元。全年争取的省级资金比2012年的1560万元增加{change}万元。\n", year=2013)
    assert [s for r, s in _non_info(doc) if r == "growth"] == ([severity] if severity else []), summary(doc)


@pytest.mark.parametrize("total, severity", [("5500余", None), ("5500", "error"), ("6500余", None), ("4500余", "warning")])
def test_parts_of_an_approximate_total(total, severity):
    doc = check(f"项目建成后预计可稳定带动{total}人脱贫，其中甲区2180人、乙县1460人、丙县1900人。\n", year=2013)
    assert [s for r, s in _non_info(doc) if r == "parts_sum"] == ([severity] if severity else []), summary(doc)


def test_a_table_row_of_the_whole_county_is_no_place_the_text_names():
    doc = check("截至2021年12月31日，全县衔接资金实际支出3048.37万元，结转78.43万元，支出率97.49%。\n单位：万元\n"
                "序号\t项目名称\t实施地点\t资金规模（万元）\n1\t甲镇种植项目\t甲镇乙村\t212.2\n2\t小额信贷贴息项目\t全县\t85.34\n",
                year=2021)
    quiet(doc, "same_figure_differs")


def test_a_reward_under_its_own_heading_keeps_its_own_rate():
    doc = check("三、资金使用情况\n截至2023年12月31日，全年衔接资金已支出4251.36万元，结转54.64万元，预算执行率98.73%。\n"
                "四、省级实绩考核奖励资金使用情况\n省级奖励资金1500万元安排项目8个。截至2023年12月31日，已支付1462.8万元，结转37.2万元，"
                "支付率97.52%。\n", year=2023)
    assert [f.field for f in doc.figures if f.text == "97.52%"] == [""]
    no_error(doc)


def test_the_rate_of_other_funds_and_the_rate_after_retention_are_no_execution_rate():
    doc = check("某县2024年度衔接资金绩效自评报告\n截至2024年12月31日，实际支付资金4078.65万元，剩余81.35万元为质保金。按到位资金计算支付率为98.04%，扣除质保金后支付率为"
                "100%。\n项目区同步统筹其他财政资金2860万元，已支付2514.6万元，支付率87.92%。\n")
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["98.04%"]
    no_error(doc)


@pytest.mark.parametrize("items, severity", [("粮食生产和高标准农田配套420万元，乡村产业发展560万元", None),
                                             ("甲镇稻香村420万元，乙镇鲜花村560万元", "error")])
def test_a_count_against_its_list_only_where_the_list_names_things(items, severity):
    doc = check(f"当涂县安排项目8个：{items}。\n", year=2023)
    assert [s for r, s in _non_info(doc) if r == "parts_sum"] == ([severity] if severity else []), summary(doc)


def test_items_led_by_another_use_are_not_the_total_before_them():
    doc = check("（二）实施项目情况。2025年共实施项目21个，其中产业项目14个，投入2106万元；村内基础设施和公共服务项目7个，投入1040万元。"
                "主要产业项目如下：\n1.甲镇片区项目。投入衔接资金680万元。\n2.乙镇小蚕共育项目。投入衔接资金520万元。\n", year=2025)
    no_error(doc, "parts_sum")


def test_households_not_yet_lifted_are_not_lifted():
    doc = check("年初全县未脱贫人口2557户5291人。2019年实现脱贫2371户4920人。\n", year=2019)
    assert {f.text: f.field for f in doc.figures if f.kind == "count"} == \
        {"2557户": "", "5291人": "", "2371户": "households_lifted", "4920人": "persons_lifted"}


def test_a_table_with_full_width_bars():
    doc = check("结果如下：\n一级指标｜分值（分）｜自评得分（分）\n决策｜20｜19\n过程｜30｜28.5\n合计｜50｜47.5\n")
    assert [(f.text, f.kind) for f in doc.figures if f.cell is not None] == \
        [("20", "score"), ("19", "score"), ("30", "score"), ("28.5", "score"), ("50", "score"), ("47.5", "score")]


@pytest.mark.parametrize("share, severity", [("69.11", "info"), ("72.11", "error")])
def test_a_share_of_money_with_a_count_between(share, severity):
    doc = check("我县整合资金规模为24600万元。\n将整合资金1.7亿元集中投向食用菌种植、光伏扶贫电站、肉牛养殖3个主导产业，"
                f"占整合资金总规模的{share}%。\n", year=2019)
    values(only(doc, "share", severity), share, "69.11")


def test_a_share_of_several_places_counted_together_is_not_of_the_last_amount():
    doc = check("2022年全县衔接资金到位20876.5万元。\n地区财政局将3.99亿元上级财政衔接资金全部拨付各县（市），我县分得9284万元。"
                "阿克苏市8427万元、温宿县8748万元和我县三个县（市）合计占总额的66.24%。\n", year=2022)
    no_error(doc)


@pytest.mark.parametrize("total, severity", [("93", "info"), ("95", "error")])
def test_group_scores_written_after_their_full_marks_in_prose(total, severity):
    doc = check("四、自评结论\n资金投入指标20分，自评得19分；产出指标40分，自评得38分；效益指标30分，自评得27分；满意度指标10分，"
                f"自评得9分。综合自评得分{total}分，等级为“优”。\n", year=2012)
    values(only(doc, "score_sum", severity), total, 93)


@pytest.mark.parametrize("last, severity", [("20.7", None), ("25", "error")])
def test_a_part_named_with_its_size_and_number_before_its_amount(last, severity):
    doc = check("项目资金规模212.2万元，构成为：种苗102万元（按17座、每座200公斤、每公斤300元测算），苗床42.5万元（每座2.5万元），"
                f"灌溉设施17万元（每座1万元），500立方米蓄水池1座30万元（含管网），大棚整体投入{last}万元。\n", year=2021)
    assert [s for r, s in _non_info(doc) if r == "parts_sum"] == ([severity] if severity else []), summary(doc)


@pytest.mark.parametrize("rate, severity", [("89.48", "info"), ("91.72", "error")])
def test_an_approval_rate_is_of_the_money_approved(rate, severity):
    doc = check(f"截至2021年9月30日，全州累计到位资金17.87亿元，核拨资金15.99亿元、核拨率{rate}%。\n", year=2021)
    values(only(doc, "share", severity), rate, "89.48")


@pytest.mark.parametrize("total, severity", [("98.8", "info"), ("99.8", "error")])
def test_group_scores_after_full_marks_alone_on_the_totals_line(total, severity):
    doc = check("四、自评结论\n按照评分标准，资金执行10分，得9.8分；产出指标50分，得50分；效益指标30分，得29分；满意度指标10分，得10分。"
                f"综合自评得分{total}分，评价等级为“优”。\n")
    values(only(doc, "score_sum", severity), total, "98.8")


def test_group_scores_of_a_subtotal_beside_the_total():
    doc = check("经逐项评分，基础指标得分93分，加分指标得1分，综合自评得分94分，评价等次为“优”。基础指标中，项目决策满分15分，得15分；"
                "项目过程满分25分，得23分；项目产出满分30分，得28分；项目效益满分30分，得27分。\n")
    no_error(doc)


# ---------------------------------------------------------------- blind rounds 219–222

@pytest.mark.parametrize("share, severity", [("51.8", "info"), ("56.08", "error")])
def test_a_share_of_the_funds_named_is_of_the_funds_not_of_their_spending(share, severity):
    doc = check("某市2024年奖励资金项目绩效自评报告\n省财政厅已将我市奖励资金10000万元下达完毕。\n奖励资金已支付9236.45万元，支付率92.36%。\n"
                f"安排引导类资金5180万元，占奖励资金的{share}%，带动社会资本投入1.62亿元、金融信贷0.58亿元，合计2.2亿元。\n")
    values(only(doc, "share", severity), share, "51.8")
    quiet(doc, "parts_sum")         # the 合计 is of the two amounts after the share, not of 5180万元 too


def test_a_reference_back_to_an_amount_of_an_earlier_paragraph():
    doc = check("2017年全市到位财政专项扶贫资金18642.5万元。\n省财政安排彩票公益金16175万元，我市获得1000万元，该笔资金单独核算，"
                "未计入上述18642.5万元。\n", year=2017)
    quiet(doc, "same_figure_differs")


def test_a_grant_held_in_a_levels_funds_is_no_level_total():
    doc = check("2019年我县共到位财政专项扶贫资金31256.8万元，其中：中央资金14382万元，省级资金15874.8万元，县级资金1000万元。"
                "省级资金中包括省财政厅下达我县的深度贫困县专项扶贫补助资金1亿元。\n此外，省财政厅已提前下达我县2020年深度贫困县"
                "专项扶贫补助资金1亿元。\n", year=2019)
    assert [f.text for f in doc.figures if f.field == "funds_received_provincial"] == ["15874.8万元"]
    assert not _non_info(doc), summary(doc)


def test_amounts_of_years_named_in_turn():
    doc = check("2013年、2014年中央财政分别下达我县以工代赈资金390万元和340万元，两年合计730万元。\n"
                "2014年中央财政下达我县以工代赈资金340万元。两年累计拨付656万元，占两年下达资金的{0}%。\n".replace("{0}", "91.2"),
                year=2014)
    assert {f.text: f.period for f in doc.figures if f.kind == "money"}["390万元"] == "2013"
    quiet(doc, "same_figure_differs")
    values(only(doc, "share", "error"), "91.2", "89.86")       # 656 ÷ 730


def test_group_self_scores_after_their_weights_are_no_self_score():
    doc = check("三、评价结论\n资金管理指标30分，自评26分；项目管理指标30分，自评27分；项目效益指标40分，自评35分。综合自评得分88分，"
                "等级为“良”。\n")
    assert [f.text for f in doc.figures if f.field == "self_score"] == ["88分"]
    values(only(doc, "score_sum", "info"), "88", "88")


@pytest.mark.parametrize("sentence, part", [
    ("市级资金分三批下达，第一批1360万元，第二批812万元，第三批2024万元。全市当批共2960万元，其中舞钢市154万元、宝丰县89万元、"
     "叶县467万元、石龙区226万元，我县所得占全市该批资金的68.38%。", "2024万元"),
    ("省下达专项资金9亿元，其中下达西安市1.2亿元，我区与周至县各获得5000万元，蓝田县获得2000万元，我区所获资金占全市的41.67%。",
     "5000万元"),
])
def test_a_share_of_the_reports_own_place_is_of_its_own_amount(sentence, part):
    doc = check("某县2022年衔接资金绩效自评报告\n" + sentence + "\n", year=2022)
    found = only(doc, "share", "info")
    assert found.figures[1].text == part, summary(doc)


def test_parts_far_above_their_total_are_another_wholes():
    doc = check("其中政府投资项目24个，年度计划投资7.79亿元，需县财政安排资金2.04亿元：续建项目15个，年度计划投资6.97亿元，"
                "资金来源包括县财政安排1.47亿元、上级补助0.41亿元、地方政府专项债券3.3亿元等；新建项目9个，年度计划投资0.82亿元。\n")
    no_error(doc, "parts_sum")


@pytest.mark.parametrize("total, severity", [("96", "info"), ("97", "error")])
def test_a_self_score_summed_over_the_aspects(total, severity):
    doc = check("对照评分细则，资金投入方面分值20分，得20分；资金管理方面分值30分，得28.5分；项目产出方面分值25分，得24分；"
                f"项目效益方面分值20分，得18.5分；满意度方面分值5分，得5分。以上各方面合计自评得分{total}分，等次为“优”。\n")
    values(only(doc, "score_sum", severity), total, "96")


# ---------------------------------------------------------------- blind rounds 223–226

def test_a_count_of_one_thing_is_no_total_of_counts_of_another():
    doc = check("资金主要安排在产业扶贫、基础设施、安居工程配套和到户扶持四个方面，其中产业扶贫项目52个，投入资金9876.5万元。\n")
    no_error(doc, "parts_sum")
    doc = check("京津冀共同谋划确定帮扶项目270个，其中北京市206个，天津市54个，覆盖我省贫困村1300多个。\n")
    values(only(doc, "parts_sum", "warning"), 270, 260)


def test_a_list_of_names_read_only_in_part_is_not_counted():
    doc = check("渠北片区涉及淮安市淮安区、涟水县和盐城市响水县、滨海县、阜宁县共5个县（区）15个乡镇。\n")
    no_error(doc)


def test_an_average_of_loans_is_over_the_credit_issued():
    doc = check("全年安排扶贫贷款贴息和风险补偿资金620万元，撬动银行发放扶贫小额信贷1.86亿元，支持3720户建档立卡贫困户发展产业，"
                "户均贷款5万元。\n")
    no_error(doc)


def test_a_grade_against_the_usual_bands_only_warns():
    doc = check("四、自评结论\n经评价，2018年度整合资金绩效自评得分93分，等级为“良”。\n", year=2018)
    assert [(f.rule, f.severity) for f in doc.findings if f.rule == "grade_band"] == [("grade_band", "warning")]


def test_figures_under_a_heading_of_another_years_funds_are_that_years():
    doc = check("某县2018年度衔接资金绩效自评报告\n二、资金支出情况\n（一）总体支出。截至2019年12月18日，累计支出2018年度衔接资金"
                "22950.39万元，支出进度100%。\n（二）2019年度资金执行进度。同一时点，已支出2019年度衔接资金21621.62万元，支出进度87.34%。\n",
                year=2018)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["100%"]
    no_error(doc)


def test_the_whole_countys_funds_a_year_before_are_no_county_level_funds():
    doc = check("县本级预算安排衔接资金680万元，比2021年的600万元增长13.33%；全县衔接资金总规模比上年的12958万元多743万元，"
                "增长5.73%。\n", year=2022)
    assert [f.text for f in doc.figures if f.field == "funds_county_growth"] == ["13.33%"]
    no_error(doc)


@pytest.mark.parametrize("provincial, severity", [("41270", None), ("42270", "error")])
def test_levels_in_wan_under_a_total_in_yi(provincial, severity):
    doc = check(f"2020年全州共投入财政专项扶贫资金18.642亿元。按资金级次分：中央资金128650万元，省级资金{provincial}万元，州级资金6500万元，"
                "县级资金10000万元。\n", year=2020)
    assert [s for r, s in _non_info(doc) if r in ("parts_sum", "received_sum")] == ([severity] if severity else []), summary(doc)


# Shares whose part or base the sentence names by its words, resolved to the right figures (blind rounds 215–226)
SHARES_OF_WHAT_THEY_NAME = [
    ("2017年全市共实施扶贫项目156个。全市33个金融服务站已投入运营。\n共抽查项目18个，占全市自评项目的11.54%。\n", 2017,
     "11.54", "11.54"),                                                          # a count of the noun named, not 33个站
    ("2014年，全县辖13个乡（镇），总人口341990人；其中农业人口235254人，占总人口的68.8%。\n2010年全市实施整村推进村60个。\n",
     2017, "68.8", "68.79"),                                                     # the year its paragraph names
    ("平昌县2019年度财政专项扶贫资金绩效自评报告\n2019年全县共筹措财政专项扶贫资金31586.42万元，其中：中央资金17612万元，"
     "省级资金9208万元，市级资金1250万元，县级资金3516.42万元。全市当批省级资金共26428万元，我县分得9208万元，"
     "占全市省级资金的34.84%。\n", 2019, "34.84", "34.84"),                         # the wider area's level, not the county's
    ("全年实现发电收益4410.6万元。全年共设置公益岗位6380个，支付贫困劳动力工资2216.8万元，岗位人均年工资约3475元，"
     "占发电收益的50.26%。\n", 2024, "50.26", "50.26"),                              # not of the average
    ("2017年全县共投入财政专项扶贫资金11000万元。\n按用途分：产业扶贫5286万元、基础设施建设3722万元、教育扶贫612万元、"
     "金融扶贫880万元、以工代赈500万元，合计11000万元。产业扶贫资金占全部资金的48.05%。\n", 2017, "48.05", "48.05"),
    ("截至2025年12月31日，各脱贫县累计支出22018.67万元，支出率98.88%，结转249.13万元。\n"
     "屏南县结转资金112.7万元，占全市结转总额的45.24%。\n", 2025, "45.24", "45.24"),   # the carry-over it names
]


@pytest.mark.parametrize("text, year, declared, computed", SHARES_OF_WHAT_THEY_NAME)
def test_a_share_is_of_what_its_words_name(text, year, declared, computed):
    values(only(check(text, year=year), "share", "info"), declared, computed)


def test_a_group_score_counted_from_the_rate():
    doc = check("本项目按百分制评分，其中预算执行率指标分值10分，按执行率96%计得9.6分；产出指标分值50分，得50分；效益指标分值30分，"
                "得29分；满意度指标分值10分，得9分。综合自评得分97.6分，评价等级为优。\n")
    values(only(doc, "score_sum", "info"), "97.6", "97.6")


def test_a_running_total_of_batches_is_no_second_statement_of_the_first():
    doc = check("某自治区2020年财政专项扶贫资金绩效自评报告\n中央财政提前下达我区专项扶贫资金128600万元。\n"
                "第二批中央财政专项扶贫资金46117万元。\n两批合计共下达中央财政专项扶贫资金174717万元。\n", year=2020)
    quiet(doc, "same_figure_differs")


# ---------------------------------------------------------------- blind rounds 227–230

def test_the_spending_of_one_use_under_its_own_heading_is_no_spending_of_the_funds():
    doc = check("某县2017年度财政专项扶贫资金绩效自评报告\n二、资金使用情况\n（一）资金支出\n截至2017年12月31日，财政专项扶贫资金已支付"
                "25873.14万元，未支付613.38万元，支付率97.68%。\n（二）资金用途\n3.公益岗位。开发公益性岗位820个，按每人每年9600元给予补助，"
                "全年支出787.2万元。\n", year=2017)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["25873.14万元"]
    no_error(doc)


def test_section_scores_before_their_full_marks():
    doc = check("二、自评指标完成情况\n（一）资金保障方面，指标评价得分14分（满分15分）\n县级预算安排衔接资金3200万元。\n"
                "（二）项目管理方面，指标评价得分24分（满分25分）\n项目库入库412个。\n（三）使用成效方面，指标评价得分57.5分（满分60分）\n"
                "支出率97.02%。\n三、自评结果\n综上，我县2021年度衔接推进乡村振兴补助资金绩效自评总得分95.5分。\n", year=2021)
    values(only(doc, "score_sum", "info"), "95.5", "95.5")


@pytest.mark.parametrize("total, severity", [("95.5", "info"), ("96.5", "error")])
def test_group_scores_after_full_marks_in_brackets(total, severity):
    doc = check("对照评价指标，我县自评情况为：资金投入指标（满分20分）得19.5分；资金拨付指标（满分20分）得19分；资金监管指标（满分20分）"
                f"得19分；资金使用成效指标（满分40分）得38分。自评总得分{total}分。\n")
    values(only(doc, "score_sum", severity), total, "95.5")


def test_a_share_of_poor_households_is_of_the_households():
    doc = check("项目涉及我旗2个乡镇11个村，覆盖农户2136户6580人，其中贫困户846户2915人，贫困户占覆盖农户的39.6%。\n", year=2013)
    values(only(doc, "share", "info"), "39.6", "39.61")


def test_a_share_of_funds_all_of_whose_amounts_were_handed_on_is_of_the_first_stated():
    doc = check("2019年上海市松江区向我州拨付财政援助资金9860万元。\n截至2019年12月31日，全州援助资金已支出9621万元，支出率97.58%。\n"
                "共抽查项目12个，涉及援助资金1126.8万元，占全州援助资金的11.43%。\n", year=2019)
    values(only(doc, "share", "info"), "11.43", "11.43")


def test_parts_said_to_overlap_are_no_sum():
    text = ("审计指出全县有3119人不符合建档立卡标准，其中财政供养人员343人，购买汽车的2454人，在县城购买商品房的43人，"
            "个体工商户439人{0}。\n")
    no_error(check(text.format("（部分人员同时存在多种情形，按人数不重复计算为3119人）")))
    assert [f.severity for f in errors(check(text.format("")))] == ["error"]


def test_group_self_scores_after_bracketed_full_marks_are_no_self_score():
    doc = check("对照考评指标，资金投入（满分20分）自评18分，资金管理（满分30分）自评27分，项目实施（满分30分）自评27分，"
                "扶贫成效（满分20分）自评19分，全市自评总分91分。\n")
    assert [f.text for f in doc.figures if f.field == "self_score"] == ["91分"]
    values(only(doc, "score_sum", "info"), "91", "91")


def test_a_places_other_amount_in_the_text_is_no_restatement_of_its_table_row():
    doc = check("从试点县看，江华瑶族自治县苦茶产业贷款余额2.13亿元。\n单位：万元\n县（区）\t贴息资金（万元）\t带动农户（户）\n"
                "江华瑶族自治县\t2186.4\t6215\n道县\t1926.3\t5102\n", year=2020)
    quiet(doc, "same_figure_differs")


def test_a_table_set_apart_by_full_width_spaces():
    doc = check("自评结果如下：\n指标　　年度目标　　实际完成　　分值（分）　　得分（分）\n预算执行率　　≥95%　　98.64%　　10　　10\n"
                "产业发展项目个数　　≥100个　　104个　　10　　9\n")
    assert [(f.text, f.kind) for f in doc.figures if f.cell is not None and f.kind == "score"] == \
        [("10", "score"), ("10", "score"), ("10", "score"), ("9", "score")]


def test_works_done_of_all_the_projects_not_of_a_class_named_in_them():
    doc = check("全年实施的213个项目中，产业发展项目96个，已完工205个，其余8个为跨年度实施项目。\n")
    no_error(doc)


def test_the_funds_a_county_hands_on_to_a_township_are_of_all_their_levels():
    doc = check("2022年，县级共向我镇下达衔接推进乡村振兴补助资金486.5万元。其中：中央资金268万元，省级资金130万元，"
                "县级资金88.5万元。\n全镇现有脱贫户1,047户、监测户63户。项目共带动脱贫户326户、监测户41户参与产业发展。\n", year=2022)
    assert [f.text for f in doc.figures if f.field == "households_monitored"] == ["63户"]
    assert [f.fund_level for f in doc.figures if f.text == "486.5万元"] == ["all"]
    no_error(doc)


def test_a_total_rows_amounts_are_no_scores_under_a_caption_of_two_units():
    doc = check("各县资金到位、支出和自评得分情况如下（金额单位：万元；得分单位：分）：\n县（区）\t到位资金\t已支出\t支出率\t自评得分\n"
                "甲县\t1,200.0\t1,150.0\t95.83%\t95\n乙县\t800.0\t760.0\t95.00%\t93\n合计\t2,000.0\t1,910.0\t95.50%\t—\n")
    assert {f.kind for f in doc.figures if f.row_label == "合计" and f.text in ("2,000.0", "1,910.0")} == {"money"}
    quiet(doc, "same_figure_differs")


@pytest.mark.parametrize("share, severity", [("40.00", "info"), ("42.11", "error")])
def test_a_share_of_all_spending_is_of_the_spending(share, severity):
    doc = check("全市各级财政共到位扶贫资金2,000万元。截至2018年12月31日，全市累计支出1,900万元，结转100万元。\n"
                f"从支出方向看，全市已支出资金中，村集体增收项目760万元，占全部支出的{share}%；到户增收项目640万元。\n", year=2018)
    values(only(doc, "share", severity), share, "40")


@pytest.mark.parametrize("total, severity", [("93", "info"), ("95", "error")])
def test_group_scores_each_after_its_full_marks_without_a_comma(total, severity):
    doc = check(f"对照指标体系，本项资金绩效自评得分{total}分，其中：资金管理30分得27分，产出40分得38分，效益20分得19分，满意度10分得9分。\n")
    values(only(doc, "score_sum", severity), total, "93")


def test_a_share_of_persons_is_no_share_of_the_amount_beside_it():
    doc = check("2016年全市到位财政专项扶贫资金30,000万元。\n从各旗市区情况看，甲旗、乙旗两个国贫旗到位资金合计15,600万元，占全市的52.00%，"
                "减贫人数占全市的55.17%。\n", year=2016)
    values(only(doc, "share", "info"), "52.00", "52")
    no_error(doc, "share")


def test_a_share_of_the_whole_place_is_of_its_amount_of_the_same_measure():
    doc = process_text("呼伦贝尔市2016年度财政专项扶贫资金绩效自评报告\n2016年全市到位财政专项扶贫资金35,028万元。\n"
                       "截至2016年12月31日，全市累计支出33,416.72万元。\n从各旗市区情况看，莫力达瓦旗、鄂伦春旗两个国贫旗到位资金合计"
                       "17,580万元，占全市的50.19%。\n", year=2016)
    values(only(doc, "share", "info"), "50.19", "50.19")
    # (a breakdown's lead, 从各旗市区情况看，, does not hide the places at the head of its clause)
    assert [(f.scope, f.field) for f in doc.figures if f.text == "17,580万元"] == [("地:莫力达瓦旗", "")]


def test_a_span_of_years_ending_in_the_reports_is_no_years_field():
    doc = check("二、三年投入情况\n2012—2014年，全市共投入财政专项扶贫资金12,941万元，其中省级资金9,381万元，市级资金2,100万元，"
                "县区资金1,460万元。\n三、2014年资金到位情况\n2014年全市到位财政专项扶贫资金4,761万元。其中：省级财政专项扶贫资金3,401万元，"
                "市级配套800万元，县区配套560万元。\n", year=2014)
    assert [f.text for f in doc.figures if f.field == "funds_received_provincial"] == ["3,401万元"]
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["4,761万元"]


def test_a_growth_over_an_earlier_year_is_of_the_sentences_subject():
    doc = check("2014年全市农民人均纯收入9,900元，比上年的8,863元增长11.7%，比2011年的6,712元增长47.5%。\n", year=2014)
    assert [f.severity for f in of_rule(doc, "growth")] == ["info", "info"]


@pytest.mark.parametrize("total, severity", [("45.5", "info"), ("46.5", "error")])
def test_a_score_tables_subtotal_rows_are_counted_once(total, severity):
    doc = check("各项得分如下：\n一级指标\t二级指标\t分值\t得分\n决策\t项目立项\t10\t9.5\n决策\t绩效目标\t10\t9\n决策小计\t\t20\t18.5\n"
                f"产出\t产出数量\t15\t14\n产出\t产出质量\t15\t13\n产出小计\t\t30\t27\n合计\t\t50\t{total}\n")
    values(only(doc, "score_sum", severity), total, "45.5")


def test_a_column_that_counts_under_a_caption_of_money_holds_counts():
    doc = check("各类项目资金执行情况如下表（单位：万元）。\n项目类别\t项目个数\t安排资金\t实际支出\n产业类\t9\t1,612.4\t1,560.27\n"
                "基础设施类\t3\t661.6\t645.6\n合计\t12\t2,274\t2,205.87\n")
    assert [(f.text, f.kind) for f in doc.figures if f.column_header == "项目个数"] == \
        [("9", "count"), ("3", "count"), ("12", "count")]


def test_the_total_again_in_rounder_words_vouches_for_no_rate():
    doc = check("2021年全旗共到位衔接资金22,386.5万元，规模约2.2亿元。\n截至2021年12月31日，全旗衔接资金累计支出21,574.3万元，"
                "支出进度为96.73%；尚未支付812.2万元。\n", year=2021)
    values(only(doc, "execution_rate", "error"), "96.73", "96.37")


def test_the_prefectures_funds_named_by_its_name_are_the_city_level():
    doc = process_text("科尔沁左翼中旗2021年度衔接资金绩效自评报告\n通辽市科尔沁左翼中旗乡村振兴局\n"
                       "2021年全旗共到位财政衔接推进乡村振兴补助资金22,386.5万元。按来源分：中央资金13,620万元，自治区资金5,842万元，"
                       "通辽市资金1,124.5万元，旗本级安排1,800万元。\n", year=2021)
    assert [f.text for f in doc.figures if f.field == "funds_received_city"] == ["1,124.5万元"]
    quiet(doc, "received_sum")


def test_a_row_label_set_apart_by_one_full_width_space():
    doc = check("分年度投入见下表（单位：万元）。\n年度　　财政资金　　行业资金　　合计\n2016年　612.40　　208.50　　820.90\n"
                "2017年　758.20　　312.30　　1,070.50\n")
    assert [(f.text, f.row_label, f.column_header) for f in doc.figures if f.text == "612.40"] == \
        [("612.40", "2016年", "财政资金")]


@pytest.mark.parametrize("share, severity", [("25.15", "info"), ("25.51", "error")])
def test_a_list_of_shares_keeps_its_base_over_its_clauses(share, severity):
    doc = check(f"2017年，全市共到位各级财政专项扶贫资金94,540万元。其中：中央资金55,520万元，占全市到位资金的58.73%；"
                f"省级资金23,780万元，占{share}%；市县两级配套资金15,240万元，占16.12%。\n", year=2017)
    found = [f for f in of_rule(doc, "share") if f.declared == share]
    assert [f.severity for f in found] == [severity], summary(doc)
    values(found[0], share, "25.15")


def test_a_clause_naming_its_own_whole_keeps_no_base_from_before():
    doc = check("全年实施项目143个，其中产业发展类项目96个，安排资金17961.9万元，占全县衔接资金总额的63.16%；"
                "中央衔接资金中用于产业发展的为12916.5万元，占比65%。\n全县衔接资金总额28,438.5万元。\n", year=2022)
    no_error(doc, "share")


def test_a_table_whose_caption_gives_points_holds_scores():
    doc = check("各县（市）自评得分见表2。\n表2  各县（市）绩效自评得分复核表（单位：分）\n县（市）\t资金投入\t资金拨付\t合计\n"
                "分值\t20\t10\t30\n甲县\t19\t9\t28\n")
    assert {f.kind for f in doc.figures if f.cell is not None} == {"score"}


def test_the_whole_region_in_a_county_report_of_an_autonomous_region_is_the_regions():
    doc = process_text("广西壮族自治区桂林市龙胜各族自治县2018年度统筹整合资金绩效自评报告\n全年我县实现脱贫2,136户8,472人。\n"
                       "2018年，全区实现116万建档立卡贫困人口脱贫、1452个贫困村出列。\n", year=2018)
    assert [f.text for f in doc.figures if f.field == "persons_lifted"] == ["8,472人"]


def test_labour_pay_handed_out_of_a_levels_funds_is_no_level_received():
    doc = check("累计发放劳务报酬121.8万元。分资金来源看，中央资金部分发放劳务报酬72.8万元，占中央资金的22.75%。\n")
    assert [f.measure for f in doc.figures if f.text == "72.8万元"] == ["issued"]
    assert not [f for f in doc.figures if f.field == "funds_received_central"]


def test_a_rate_at_a_months_end_is_no_years_rate():
    doc = check("6月底支出进度达到52.4%，9月底达到81.7%。\n截至2020年12月31日，全县资金已支出23,904.27万元，结转414.33万元，"
                "支出进度98.30%。\n", year=2020)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["98.30%"]


def test_each_class_of_projects_rate_is_no_years_rate():
    doc = check("从各类项目看，到户产业扶持项目资金已全部支出；小额信贷贴息执行率为98.59%；村级公益设施项目当年执行率为0%。\n",
                year=2016)
    assert not [f for f in doc.figures if f.field == "execution_rate"]


def test_an_average_over_a_group_named_among_the_people_counted():
    doc = check("全年项目务工人员共402人，其中本乡群众268人，占66.67%；发放劳务报酬118.00万元，人均4,403元。\n")
    no_error(doc, "average")


@pytest.mark.parametrize("share, severity", [("20.73", "info"), ("22.91", "error")])
def test_a_base_named_actual_may_be_stated_after_the_share(share, severity):
    doc = check("年初方案计划整合资金62,350万元。工作组共抽查项目36个，抽查资金14,285.6万元，"
                f"占实际整合资金的{share}%。\n二、资金到位情况\n经核实，2020年实际整合各级财政涉农资金68,924.6万元。\n", year=2020)
    values(only(doc, "share", severity), share, "20.73")


@pytest.mark.parametrize("share, severity", [("19.72", "info"), ("19.27", "error")])
def test_a_share_of_the_total_investment_is_of_the_investment_completed(share, severity):
    doc = check("全年全市实施产业扶贫项目201个，完成投资31.63亿元。\n全市产业扶贫项目完成投资中：统筹整合财政涉农资金196,540万元，"
                f"占总投资的62.14%；金融信贷资金62,380万元，占总投资的{share}%。\n", year=2016)
    found = [f for f in of_rule(doc, "share") if f.declared == share]
    assert [f.severity for f in found] == [severity], summary(doc)


def test_a_base_its_sentence_names_though_its_clause_does_not():
    doc = check("共抽查12个县、68个项目，涉及资金11,246万元。抽查资金中已支出10,318.21万元，支出率为91.75%。"
                "发现问题14个，涉及金额286.4万元，占抽查资金的2.55%。\n", year=2015)
    values(only(doc, "share", "info"), "2.55", "2.55")


def test_funds_of_every_kind_give_way_to_the_reports_fund():
    doc = process_text("四川省2016年上半年财政专项扶贫资金绩效运行监控及自评情况报告\n"
                       "截至2016年6月30日，17个扶贫专项已下达中央和省级各类资金670亿元。其中中央资金412.6亿元、省级资金257.4亿元。"
                       "易地扶贫搬迁和农村危房改造已下达资金187.6亿元。\n今年全省下达财政专项扶贫资金78.56亿元，"
                       "其中中央财政专项扶贫资金48.36亿元，省级财政专项扶贫资金30.2亿元。\n", year=2016)
    assert [f.text for f in doc.figures if f.field == "funds_received_central"] == ["48.36亿元"]
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["78.56亿元"]


def test_the_levels_of_the_sentence_after_a_total_are_its_parts():
    doc = check("2015年10月，省财政厅下达我县扶贫生态移民项目资金1019.4万元。按资金来源分，中央财政专项扶贫资金611.64万元，"
                "省级财政专项扶贫资金407.76万元。\n县财政另行安排县级配套资金180万元，本项目总投入由此达到1199.4万元。\n"
                "省级下达的1019.4万元已全额拨入县级专户；县级配套的180万元也已同步落实到位。\n", year=2015)
    quiet(doc, "received_sum")


def test_group_scores_each_named_a_self_assessment():
    doc = check("按照评分办法，资金投入指标自评19分，资金拨付指标自评18.5分，资金监管指标自评19分，资金使用成效指标自评37分，"
                "合计自评得分93.5分。\n")
    values(only(doc, "score_sum", "info"), "93.5", "93.5")


@pytest.mark.parametrize("share, severity", [("27.30", "info"), ("29.30", "error")])
def test_a_share_of_what_the_counties_got_together(share, severity):
    doc = process_text("都昌县2017年度财政专项扶贫资金绩效评价自评报告\n2017年全县共投入财政专项扶贫资金18,640万元。\n"
                       "省发展改革委当月向上述各县下达省预算内基建投资项目38个、资金3,612万元，其中民生项目33个、2,362万元，"
                       "另帮助上述各县争取中央预算内投资近1.1亿元。我县争取到其中的基建项目9个、资金986万元，"
                       f"占上述各县总额的{share}%。\n", year=2017)
    assert [f.field for f in doc.figures if f.text == "3,612万元"] == [""]
    values(only(doc, "share", severity), share, "27.3")


def test_more_received_than_a_level_gave_is_no_funds_of_that_level():
    doc = check("省级补助1,200万元于2015年5月下达，县级配套326万元列入当年预算，全年到位资金1,526万元，到位率100%。\n"
                "已支出资金中，省级补助支出1,158.7万元，支出率96.56%；县级配套支出273.75万元，支出率83.97%。\n", year=2015)
    assert [f.fund_level for f in doc.figures if f.text == "1,526万元"] != ["county"]
    no_error(doc, "share")


def test_a_share_of_the_whole_place_is_of_this_years_amount():
    doc = process_text("上饶市2015年度财政专项扶贫资金绩效评价情况汇总报告\n2015年，全市12个县（市、区）共到位财政专项扶贫资金9.8亿元。"
                       "全市到位资金比上年的8.4亿元增长16.67%。4个重点县合计到位54,440万元，占全市的55.55%。\n", year=2015)
    values(only(doc, "share", "info"), "55.55", "55.55")


def test_all_the_funds_integrated_after_a_level_named_as_their_cause_are_all_levels():
    doc = check("年初方案计划整合各级财政涉农资金36,850万元。执行中，随着自治区追加下达资金，全年实际整合38,214.6万元，"
                "为年初计划的103.70%。实际整合资金中：中央资金21,536万元，自治区资金12,108万元，市级资金1,340万元，"
                "县级资金3,230.6万元。\n", year=2018)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["38,214.6万元"]
    assert [f.text for f in doc.figures if f.field == "funds_received_provincial"] == ["12,108万元"]


def test_households_lifted_and_monitored_in_the_words_reports_use():
    doc = check("2020年全县剩余贫困人口312户1046人全部达到退出标准。同时，将脱贫不稳定户和边缘易致贫户1,287户4,652人纳入防返贫监测。\n",
                year=2020)
    assert {f.field: f.text for f in doc.figures if f.field} == {
        "households_lifted": "312户", "persons_lifted": "1046人", "households_monitored": "1,287户",
        "persons_monitored": "4,652人"}
    doc = check("2014年全县共有9,368户、31,206人低收入人口实现脱贫。\n", year=2014)
    assert [(f.text, f.field) for f in doc.figures if f.field] == [("9,368户", "households_lifted"),
                                                                      ("31,206人", "persons_lifted")]


def test_a_gap_at_either_end_of_a_row_set_apart_by_spaces_is_an_empty_cell():
    doc = check("具体情况见下表：\n序号  项目名称  安排资金  已支出  完成情况\n1  甲村道路工程  80  80  已完工\n"
                "2  乙村河道清淤  126.5  120.5  在建\n  合计  206.5  200.5  \n")
    quiet(doc, "table_total")


def test_full_marks_in_brackets_after_each_group_score_are_none():
    doc = check("我县2015年度自评得分为91.5分，其中：资金投入18.5分（20分）、资金管理27分（30分）、项目实施18分（20分）、"
                "绩效目标实现28分（30分）。\n", year=2015)
    values(only(doc, "score_sum", "info"), "91.5", "91.5")


def test_a_share_of_the_provinces_total_stated_nowhere_is_not_checked():
    doc = process_text("庆元县2015年度扶贫资金绩效自评报告\n2015年，全县扶贫资金共计到位17,050万元。其中：省特别扶持资金13,860万元，"
                       "占全省当年特扶资金总额的8.25%。\n", year=2015)
    no_error(doc, "share")


@pytest.mark.parametrize("share, severity", [("10.87", "info"), ("11.87", "error")])
def test_a_share_of_the_provinces_amount_stated_before(share, severity):
    doc = process_text("灌南县2018年度财政专项扶贫资金绩效评价报告\n2018年灌南县共获得各级财政专项扶贫资金8,652.4万元。"
                       "全省共下达奖补资金9,200万元，灌南县获得奖补资金1,000万元，"
                       f"占全省奖补资金总额的{share}%。\n", year=2018)
    values(only(doc, "share", severity), share, "10.87")


def test_rows_of_years_are_no_parts_of_a_years_total():
    doc = check("2015年，全县资金共计到位17,050万元。\n表1  2014—2015年度资金投入对比表（单位：万元）\n"
                "年度  到位资金  其中：省扶贫专项  实际支出\n2014年  15,880  1,980  14,920.6\n2015年  17,050  2,140  16,324.7\n"
                "增减额  1,170  160  1,404.1\n", year=2015)
    quiet(doc, "parts_sum")


def test_a_levels_total_row_and_the_budget_score_on_its_own_line():
    doc = check("表1  衔接资金分配情况表（单位：万元）\n乡镇\t第一批\t第三批\t小计\n东园镇\t38\t20\t58\n洛阳镇\t30\t20\t50\n"
                "市级资金合计\t68\t40\t108\n区级配套\t—\t—\t45.3\n总计\t—\t—\t153.3\n"
                "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\n年度资金总额\t150\t153.3\t149.2\t10\t97.33%\n"
                "预算执行得分：9.73分（执行率×分值）。\n一级指标\t二级指标\t三级指标\t分值\t得分\n"
                "产出指标\t数量指标\t项目数\t45\t45\n效益指标\t社会效益指标\t带动户数\t45\t44\n总分\t\t\t100\t98.73\n")
    quiet(doc, "table_total")
    values(only(doc, "score_sum", "info"), "98.73", "98.73")


def test_the_countys_name_before_its_funds_names_no_level():
    doc = process_text("灌南县2018年度财政专项扶贫资金绩效评价报告\n2018年灌南县共获得各级财政专项扶贫资金8,652.4万元。\n"
                       "截至2018年12月31日，灌南县财政专项扶贫资金累计支出8,214.95万元，结余结转437.45万元，资金支出率94.94%。"
                       "结转资金主要为4个村道路项目尚未完成审计决算及预留的工程质保金96.3万元。\n", year=2018)
    assert [f.text for f in doc.figures if f.field == "funds_carryover"] == ["437.45万元"]
    no_error(doc)


def test_a_grade_band_is_no_section_score():
    doc = check("评价指标满分100分；得分90分（含）以上为“优”，80分（含）至90分为“良”。\n表2  绩效评价得分汇总表\n"
                "一级指标\t分值（分）\t得分（分）\n决策\t15\t14\n过程\t25\t22.5\n产出\t30\t27\n效益\t30\t26.5\n合计\t100\t91.5\n")
    values(only(doc, "score_sum", "error"), "91.5", "90")


def test_a_bar_that_closes_an_empty_last_cell():
    doc = check("各项目资金下达和支出情况如下（单位：万元）：\n序号｜项目名称｜下达资金｜已支出｜完成情况\n1｜甲项目｜186.00｜186.00｜已完工\n"
                "2｜乙项目｜212.40｜205.86｜尾款待付\n合计｜　｜398.40｜391.86｜\n")
    quiet(doc, "table_total")


def test_a_total_rows_label_copied_as_two_cells():
    doc = check("2020年资金分项目安排如下（单位：万元）：\n项目名称\t安排资金\t已支付\t建设内容\n养殖小区配套工程\t168.0\t150.2\t新建棚圈\n"
                "水稻育秧大棚\t86.0\t86.0\t新建大棚\n合计\t\t254.0\t236.2\n", year=2020)
    quiet(doc, "table_total")


def test_a_closing_total_with_the_funds_it_names_from_before():
    doc = check("2016年全省共投入财政专项扶贫资金52.6亿元，其中：中央财政专项扶贫资金24.8亿元，省级财政专项扶贫资金17.3亿元，"
                "市县两级财政安排10.5亿元。\n在专项扶贫资金之外，全省统筹整合涉农资金148.2亿元，行业部门投向贫困地区的资金115.5亿元，"
                "连同专项扶贫资金，全年用于脱贫攻坚的各类资金合计316.3亿元。\n", year=2016)
    quiet(doc, "parts_sum")


def test_a_part_its_sentence_shares_of_a_figure_of_its_field_is_no_field():
    doc = check("2019年全区共实施产业扶贫项目8096个。\n全年实施农牧业产业扶贫项目7065个，占全区产业扶贫项目总数的87.27%。\n",
                year=2019)
    assert [f.text for f in doc.figures if f.field == "industry_projects"] == ["8096个"]
    quiet(doc, "same_figure_differs")


def test_some_counted_counties_of_a_prefecture_and_their_scores_average():
    doc = process_text("兴安盟2020年度产业扶贫资金绩效自评报告\n2020年全盟6个旗县市共到位产业扶贫资金68,437万元。\n"
                       "旗县市\t到位资金\t自评得分\n甲旗\t40,000.00\t94.5\n乙县\t28,437.00\t93.0\n合计\t68,437.00\t93.75\n"
                       "4个国家级贫困旗县到位资金合计60,278万元，占全盟到位资金的88.08%。\n"
                       "兴安盟2020年度产业扶贫资金绩效自评综合得分为94分。\n", year=2020)
    assert [(f.field, f.scope) for f in doc.figures if f.text == "60,278万元"] == [("", "地:4个国家级贫困旗县")]
    assert [f.text for f in doc.figures if f.field == "self_score"] == ["94分"]


def test_all_of_an_amount_carried_over_names_no_level():
    doc = check("全年我县共到位财政专项扶贫资金21,356.80万元。截至2017年12月31日，全县累计支出财政专项扶贫资金20,118.45万元。\n"
                "年末尚未支出的资金1,238.35万元全部结转至2018年使用。\n", year=2017)
    assert [f.text for f in doc.figures if f.field == "funds_carryover"] == ["1,238.35万元"]
    quiet(doc, "spent_plus_carryover")


def test_some_prefectures_of_a_province_are_theirs():
    doc = process_text("西藏自治区2013年度财政专项扶贫资金绩效自评报告\n2013年全区到位财政专项扶贫资金23.46亿元。\n"
                       "全区74个县（区）享受扶贫开发重点政策。七地（市）合计下达22.21亿元，与自治区本级统筹部分合计与到位总额一致。\n",
                       year=2013)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["23.46亿元"]
    quiet(doc, "same_figure_differs")


def test_a_share_of_the_place_its_subject_names():
    doc = check("旗财政局累计向各苏木镇拨付衔接资金3085万元，其中乌加河镇2058万元、海流图镇400万元、甘其毛都镇277万元、石哈河镇200万元、"
                "种畜繁育中心150万元，乌加河镇所得资金占全旗第一批拨付总额的66.71%。\n", year=2023)
    values(only(doc, "share", "info"), "66.71", "66.71")


def test_several_project_tables_give_their_own_budgets_and_scores():
    table = ("表{n}  {name}项目绩效自评表\n资金情况（万元）\t年初预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t{budget}\t{spent}\t10\t{rate}\t{score10}\n"
             "三级指标\t年度指标值\t全年实际值\t分值\t得分\n工程验收合格率\t100%\t100%\t45\t45\n受益群众满意度\t≥95%\t97%\t45\t{score45}\n"
             "总分\t\t\t100\t{total}\n{name}项目自评得分{total}分。\n")
    doc = check("全年我镇共到位衔接资金2,140万元，安排项目2个。\n"
                + table.format(n=2, name="肉羊育肥", budget="1,380.00", spent="1,356.42", rate="98.29%", score10="9.83",
                               score45="41.3", total="96.13")
                + table.format(n=3, name="日光温室", budget="760.00", spent="741.90", rate="97.62%", score10="9.76",
                               score45="41.4", total="96.16"), year=2023)
    assert not [f for f in doc.figures if f.field in ("budget_planned", "self_score")]
    no_error(doc, "same_figure_differs")


def test_a_budget_score_row_with_one_number():
    doc = check("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\n年度资金总额\t2,000.00\t2,000.00\t1,936.42\t10\t96.82%\n"
                "预算执行得分\t\t\t\t\t9.68\n一级指标\t三级指标\t分值\t得分\n产出指标\t菌棒生产量\t45\t43\n效益指标\t带动户数\t45\t42\n"
                "总分\t\t100\t94.68\n", year=2019)
    assert [f.kind for f in doc.figures if f.text == "9.68"] == ["score"]
    values(only(doc, "score_sum", "info"), "94.68", "94.68")


def test_the_years_so_far_give_no_years_fields():
    doc = check("四年来，帮扶资金累计支出2,888.45万元，支出率94.80%，结余158.35万元。\n2016年到位帮扶资金879.00万元，当年支出812.60万元，"
                "结转66.40万元，当年资金执行率92.45%。\n", year=2016)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["92.45%"]
    no_error(doc)


@pytest.mark.parametrize("share, severity", [("13.73", "info"), ("15.73", "error")])
def test_a_share_of_a_level_of_the_list_a_total_closes(share, severity):
    doc = check("全年中央、省、市、县四级共投入财政扶贫资金2,512万元，具体构成为：\n（一）中央财政扶贫资金1,120万元；\n（二）省级财政扶贫资金805万元；\n"
                f"（三）市级配套扶贫资金242万元；\n（四）县级配套扶贫资金345万元。\n以上四项合计2,512万元，其中县级资金占全年投入总额的{share}%。\n",
                year=2011)
    values(only(doc, "share", severity), share, "13.73")


# ---------------------------------------------------------------- no false error (each case a class of real phrasing)

CENTRAL_FUNDS_BY_TASK = (
    "二、资金到位情况\n"
    "2023年全县到位衔接推进乡村振兴补助资金18,260万元。\n"
    "（一）中央资金12,300万元，包括：巩固拓展脱贫攻坚成果和乡村振兴任务（发展资金）10,800万元，以工代赈任务1,100万元，少数民族发展任务400万元。\n"
    "（二）自治区资金4,960万元。\n"
    "（三）县级资金1,000万元。\n"
    "三、资金使用情况\n"
    "截至2023年12月31日，全县衔接资金支出17,790万元，执行率97.43%，结转470万元。中央资金分任务支出情况：发展资金支出10,512万元，支出率97.33%；以工代赈资金全部支出。\n"
)
ITEM_BY_LEVELS = (
    "2017年全县财政专项扶贫资金总额4,280万元。\n"
    "（一）产业到户扶持项目。安排资金1,560万元，其中中央资金1,140万元、省级资金420万元，占专项扶贫资金总额的36.45%。\n"
)
TASK_FUND_SHARES = (
    "2021年全区到位衔接资金12,860万元。\n"
    "2021年我区获得以工代赈资金680万元，其中中央资金260万元、省级资金420万元，已支出671.2万元，支出率98.71%。发放劳务报酬214.2万元，劳务报酬占以工代赈资金的31.5%。\n"
    "2024年我县安排中央以工代赈资金460万元，2023年为400万元，增长15%。项目发放劳务报酬152.4万元，占以工代赈资金的33.13%。\n"
)
BUDGET_RAISED_TEXT = (
    "2022年初，我县年初预算数38,200,000.00元。随着上级资金陆续下达，全年预算数调整到45,600,000.00元。全年到位资金中："
    "中央资金31,000,000.00元，省级资金10,600,000.00元，县本级资金4,000,000.00元。\n"
    "截至2022年12月31日，全县衔接资金已支出43,548,000.00元，支出率95.5%。年末结转2,052,000.00元，已全部结转到2023年继续使用。\n"
)
COUNTY_GROWTH_BY_ITS_CHANGE = (
    "2020年，我县共到位财政专项扶贫资金16,200万元，其中：中央财政资金9,800万元，省级财政资金3,400万元，县级财政资金3,000万元。"
    "县级投入比上年增加400万元，增长15.38%。\n"
)
DEPARTMENT_PROJECTS = (
    "一、资金和项目基本情况\n"
    "（一）全县资金下达情况\n"
    "2022年，全县共下达衔接推进乡村振兴补助资金26,480万元，其中：中央资金18,300万元，省级资金5,680万元，县级资金2,500万元。\n"
    "（二）我局承担的项目\n"
    "全年由我局作为主管部门实施的衔接资金项目共6个，项目总投资5,120万元。其中衔接资金4,600万元，企业和群众自筹520万元。\n"
    "二、各项目实施和资金支付情况\n"
    "（一）生态养殖项目。项目总投资2,200万元，其中衔接资金1,900万元、企业自筹300万元。已支付1,843万元，支付率97%。\n"
    "（二）产业路及冷链设施项目。总投资1,780万元，其中衔接资金1,560万元、整合资金220万元。已支付1,404万元，支付率90%。\n"
    "（三）其余4个项目。衔接资金合计1,140万元，已支付1,117.2万元。\n"
    "合计：我局承担的项目共支付衔接资金4,364.2万元，支付率94.87%；结转235.8万元。\n"
)

NO_ERROR_CASES = [
    pytest.param(
        "当年我县共实施以工代赈项目4个，到位资金1,400万元，由中央预算内以工代赈投资1,100万元和省级以工代赈资金300万元构成，已支出1,342.6万元，支出率95.9%，结余57.4万元。项目发放劳务报酬360.8万元，占中央投资的32.8%，满足不低于30%的规定。\n",
        2024, None, id="a_list_composed_of_sources_ends_at_its_verb_and_a_levels_base_named_with_its_noun_is_that_amount"),
    pytest.param(TASK_FUND_SHARES, 2021, None,
                 id="a_share_of_a_task_fund_is_over_this_years_whole_of_it_in_its_paragraph"),
    pytest.param(
        "全县2019年计划退出贫困村18个、减贫1,420户4,310人；实际退出贫困村18个，减贫1,466户4,452人，均超额完成年度目标。\n",
        2019, None, id="counts_a_plan_lifted_are_no_households_lifted"),
    pytest.param(
        "经自评，我县2020年度财政专项扶贫资金绩效自评得分95.5分。其中：资金投入指标分值20分，得20分；资金拨付指标分值15分，得14分；资金监管指标分值20分，得18.5分；资金使用成效指标分值45分，得43分，因个别项目收益未达预期扣2分。\n",
        2020, None, id="points_taken_off_after_the_groups_say_why_and_are_not_taken_off_again"),
    pytest.param(
        "（一）资金到位。2023年全旗到位资金合计1.8642亿元。按级次分：中央衔接资金12480万元，自治区衔接资金4412万元，市级资金550万元，旗本级预算安排1200万元。\n"
        "表1 2023年衔接资金到位情况（单位：万元）\n"
        "资金级次|本年到位|2022年到位\n"
        "中央衔接资金|12480|11920\n"
        "自治区衔接资金|4412|4206\n"
        "市级资金|550|520\n"
        "旗本级资金|1200|1100\n"
        "合计|18642|17746\n",
        2023, None, id="a_tables_column_headed_by_the_year_before_is_that_years"),
    pytest.param(
        "2023年全县到位衔接资金12,380万元，其中中央资金7,650万元，省级资金3,230万元，县级资金1,500万元。\n"
        "（二）资金投向。产业发展项目17个，投入7,428万元，占全部到位资金的60%。分级次看，中央资金用于产业4,960万元，占中央资金的64.84%；省级资金用于产业1,880万元，占省级资金的58.2%。\n",
        2023, None, id="the_levels_money_for_a_use_short_of_its_total_by_a_level_left_out_is_some_of_it"),
    pytest.param(
        "2024年全旗本年度资金总额为24,360万元。\n"
        "全旗项目库共入库项目296个，2024年实施118个。其中产业发展项目64个，使用衔接资金15,104万元，占当年到位资金的62%；中央资金用于产业发展10,230万元，占中央资金的64.5%。\n",
        2024, None, id="a_levels_money_for_the_use_a_clause_before_totals_is_part_of_that_clause"),
    pytest.param(ITEM_BY_LEVELS, 2017, None,
                 id="a_share_right_after_a_list_of_levels_after_qizhong_is_of_the_amount_they_make_up"),
    pytest.param(
        "自评组随机调查贫困户240户，其中满意226户、基本满意10户、不满意4户，满意和基本满意的比例为98.33%。\n",
        2017, None, id="a_pair_subject_named_before_its_ratio_words_is_each_exactly_named_part"),
    pytest.param(
        "2021年上级下达和县级安排的衔接资金15,200万元，另有上年结转资金620万元。截至2021年12月31日，当年下达资金支出14,630万元，支出率96.25%。\n"
        "当年资金按用途划分：产业发展8,740万元；农村基础设施4,120万元；其他支出2,340万元。产业发展资金占当年资金的57.5%，高于55%的要求。\n",
        2021, None, id="a_base_its_words_describe_is_never_what_was_spent_of_it"),
    pytest.param(
        "全市安排脱贫人口小额信贷贴息4,280.5万元，支持16,820户脱贫户和监测户发展生产。\n"
        "全市纳入防返贫监测的对象共9,460户37,215人，年内已消除风险5,820户，占监测户总数的61.52%。\n",
        2022, None, id="a_count_base_named_as_a_total_is_the_one_its_own_sentence_states"),
    pytest.param(
        "一、资金保障（分值30分，自评得分28分）\n"
        "资金均按时到位。综上，资金保障方面扣2分。\n"
        "二、项目管理（分值30分，自评得分29分）\n"
        "个别项目公示时间不足，扣1分。\n"
        "三、使用成效（分值40分，自评得分38.5分）\n"
        "产业项目带动面有待扩大，扣1.5分。\n"
        "四、加减分指标\n"
        "我县项目资产管理工作被作为经验推广，加1分。\n"
        "五、自评结论\n"
        "资金保障得28分，项目管理得29分，使用成效得38.5分，加分1分，自评总分96.5分，等级为“优”。\n",
        2024, None, id="adjustments_restated_beside_the_total_count_once"),
    pytest.param(
        "根据省定指标体系，州级综合自评得分92.4分。其中：资金投入指标分值20分，得19分；资金拨付及管理指标分值25分，得23.6分；使用成效指标分值45分，得39.2分；满意度指标分值10分，得9.6分；另有加分1分。\n",
        2023, None, id="points_added_after_the_groups_count_in_their_sum"),
    pytest.param(
        "（一）预算收入。2022年全年收入5,236.4万元，其中：财政拨款收入4,980.2万元，其他收入48.6万元，上年结转207.6万元。\n"
        "三、衔接资金水利项目实施情况\n"
        "2022年全县到位衔接资金24,600万元，其中安排我局实施的水利项目资金3,516.8万元。我局共实施衔接资金项目3个，截至2022年12月31日累计支付3,318.2万元，综合支付率94.35%。\n"
        "（一）农村供水工程。总投资2,156.8万元，其中衔接资金1,816.8万元，专项债券资金340万元。已支付1,700.5万元，支付率93.6%。\n"
        "（二）小型农田水利项目。使用衔接资金1,200万元，整治坑塘22座。已支付1,117.7万元，支付率93.14%。\n"
        "（三）农村饮水工程维修养护项目。使用衔接资金500万元，资金已全部支付，支付率100%。\n",
        2022, None, id="an_items_funds_then_what_was_paid_of_them_and_a_carry_over_from_the_year_before_as_a_source"),
    pytest.param(
        "二、资金使用情况\n"
        "截至2023年12月31日，全县衔接资金已支出28,410.6万元，资金支出率97.2%，结转818.4万元。\n"
        "从乡镇看，资金较为集中的3个乡镇使用情况如下：甲乡到位1,620万元，支出1,566.5万元，支出率96.7%；乙镇到位1,380万元，支出1,341.2万元；丙镇到位1,200万元，支出1,160.3万元，支出率96.69%。以上3个乡镇合计到位4,200万元，合计支出4,068万元，支出率96.86%。\n",
        2023, None, id="a_rate_and_spending_after_a_group_of_townships_named_by_their_count_are_theirs"),
    pytest.param(BUDGET_RAISED_TEXT, 2022, None,
                 id="a_carry_over_with_no_total_received_is_checked_against_the_base_the_rate_holds_for"),
    pytest.param(
        "一、资金基本情况\n"
        "2022年全县可用衔接资金21,364.5万元，其中上年结转264.5万元，当年下达21,100万元。当年下达资金中：中央资金14,200万元，省级资金4,400万元，县级资金2,500万元。\n"
        "表1　衔接资金来源及使用情况\n"
        "单位：万元\n"
        "资金级次\t上年结转\t当年下达\t可用资金\t已支出\t结转下年\n"
        "中央资金\t180\t14,200\t14,380\t14,080\t300\n"
        "省级资金\t60.5\t4,400\t4,460.5\t4,360.5\t100\n"
        "县级资金\t24\t2,500\t2,524\t2,484\t40\n"
        "合计\t264.5\t21,100\t21,364.5\t20,924.5\t440\n"
        "三、资金支出情况\n"
        "截至2022年12月31日，全县累计支出衔接资金20,924.5万元，占可用资金的97.94%。结转下年资金440万元。\n",
        2022, None, id="a_tables_available_column_beside_text_naming_the_years_own_levels_and_a_carry_over_of_both"),
    pytest.param(COUNTY_GROWTH_BY_ITS_CHANGE, 2020, None,
                 id="a_county_growth_stated_with_its_change_not_the_year_befores_amount"),
    pytest.param(
        "（一）资金来源。2022年度全县本年度下达资金23,598.67万元。\n"
        "（二）资金投向。本年度下达资金主要用于以下方面：\n"
        "1.产业发展。实施产业发展项目96个，安排资金14,230万元，其中：中央资金8,600万元、省级资金3,900万元、县级资金1,730万元。产业发展资金占本年度下达资金的60.3%。\n",
        2022, None, id="a_share_named_by_an_items_words_is_of_its_total_not_a_part_after_its_qizhong"),
    pytest.param(
        "（一）资金到位情况。2023年我县共收到衔接推进乡村振兴补助资金18,640万元。\n"
        "（二）资金支出情况。截至2023年12月31日，当年到位资金累计支出18,210.5万元，执行率97.7%。\n"
        "（三）项目实施。其中产业发展项目62个，投入资金10,820万元，占当年到位资金的58.05%。\n",
        2023, None, id="a_named_base_is_never_what_was_spent_of_it"),
    pytest.param(
        "一、资金到位情况\n"
        "2019年，县扶贫开发领导小组分3批下达我局财政专项扶贫资金2,460万元。另有2018年结转资金80万元一并纳入本年使用，全年可用资金共计2,540万元。\n"
        "二、项目实施及资金支付情况\n"
        "（一）农村饮水安全巩固提升工程\n"
        "项目总投资1,520万元，其中财政专项扶贫资金1,320万元，水利发展资金200万元。已支付1,296.4万元，支付率98.21%。\n"
        "（二）小型农田水利设施建设\n"
        "安排扶贫资金760万元，整治病险山塘8座，已支付712.6万元，支付率93.76%。\n"
        "（三）农村供水工程维修养护\n"
        "安排扶贫资金460万元，维修供水工程86处，已支付451.3万元，支付率98.11%。\n"
        "综上，截至2019年12月31日，我局可用扶贫资金累计支付2,460.3万元，支付率96.86%，结转79.7万元，主要为工程质保金。\n",
        2019, None, id="headings_of_works_that_state_their_funds_beside_a_projects_are_items_and_a_summary_is_the_reports"),
    pytest.param(DEPARTMENT_PROJECTS, 2022, None,
                 id="a_sentence_naming_a_project_a_heading_named_is_that_projects"),
    pytest.param(
        "2019年，我镇入选省级乡村振兴重点特色镇，获得省级奖补资金800万元。同一批次中，全市另有9个村入选实绩突出村，每村奖补300万元，"
        "全市此批共获得奖补资金3500万元。\n"
        "在省级奖补资金基础上，县级配套150万元，镇级自筹60万元，项目资金合计1010万元。\n"
        "2023年我局全年预算数2680.5万元，实际执行2590.3万元，预算执行率为96.63%。\n",
        2023, None, id="a_closing_total_built_on_funds_named_at_its_sentences_head_and_a_rate_over_its_own_sentences_base"),
    pytest.param(
        "一、评价对象基本情况\n"
        "2021年某县到位衔接资金18,420.0万元。受县财政局委托，我所从中抽取2个产业项目作为本次评价对象，涉及衔接资金3,300万元，占全县到位资金的17.92%。\n"
        "（一）茶叶加工项目。项目总投资1,500万元，其中衔接资金1,200万元，企业自筹300万元。\n"
        "（二）生猪养殖项目。项目总投资2,300万元，其中衔接资金2,100万元，合作社自筹200万元。\n"
        "二、资金支付\n"
        "截至2021年12月31日，2个项目累计支付3,168万元，支付率96%。其中茶叶项目支付1,200万元，支付率100%；生猪项目支付1,968万元，支付率93.71%。尚未支付的132万元为生猪项目的质保金。\n",
        2021, None, id="a_sample_of_projects_is_no_report_total_and_items_investments_hold_more_than_its_funds"),
    pytest.param(CENTRAL_FUNDS_BY_TASK, 2023, None,
                 id="a_rate_of_the_funds_its_numerator_names_is_over_their_amount_not_their_levels"),
    pytest.param(
        "全年纳入统筹整合的涉农资金共45,380万元，占全县涉农资金的86.2%。其中衔接推进乡村振兴补助资金28,450万元，其中中央衔接资金17,300万元、省级衔接资金7,650万元。县本级预算安排衔接资金3,500万元，较上年的3,200万元增长9.38%。\n",
        2023, "parts_sum", id="a_level_left_out_of_the_list_stated_right_after_it_completes_it"),
    pytest.param(
        "2023年，我县统筹使用的乡村振兴资金共21,915万元，来源如下：一是中央财政衔接推进乡村振兴补助资金2,745万元；二是省级驻镇帮镇扶村资金，省按每镇1,200万元的标准安排，全县14个镇合计16,800万元；三是市级配套资金450万元；四是佛山市对口帮扶资金1,000万元，占全年资金总量的4.56%；五是县级财政安排920万元。\n",
        2023, None, id="levels_a_level_given_another_field_and_funds_of_no_level_complete_the_total"),
    pytest.param(
        "2022年全州各县（市）实际整合到位财政涉农资金52,310.40万元。从来源看：中央财政衔接推进乡村振兴补助资金28,640.00万元，"
        "其他中央涉农资金9,120.60万元，以上合计37,760.60万元；省级资金10,200.30万元；州县财政安排4,349.50万元。"
        "其中仅中央财政衔接推进乡村振兴补助资金就占整合资金总量的54.75%。\n",
        2022, None, id="a_sum_closing_one_levels_amounts_stands_for_them_and_a_fund_named_is_that_funds_share"),
    pytest.param(
        "年中上报新增搬迁对象3910户13800人；与2017年底上报的4600户16100人（建档立卡贫困户4250户15010人）相比，"
        "减少690户2300人。\n",
        2018, "parts_sum", id="a_change_after_a_bracketed_part_is_no_part"),
    pytest.param(
        "2015年省上分两批向我市下达贷款任务6亿元。第一批2亿元，覆盖甲、乙两县；第二批4亿元，覆盖全市三县两区。\n",
        2015, "parts_sum", id="counties_a_batch_covers_are_no_batches"),
    pytest.param(
        "共调查农户300户，其中贫困户180户，对帮扶工作表示满意的291户，满意率97.00%。\n",
        2024, "parts_sum", id="a_count_its_rate_over_the_whole_follows_is_no_part"),
    pytest.param(
        "（一）累计投入。各级财政累计投入资金77,650万元。其中省级以上资金51,675万元，占累计投入的66.55%。\n"
        "（二）分年度投入。2011年至2013年间投入逐年扩大，具体为：2011年20,000万元，2012年25,000万元，"
        "2013年32,650万元。\n",
        2013, "parts_sum", id="a_numbered_item_after_a_total_is_no_breakdown_of_it"),
    pytest.param(
        "2018年初，整合方案计划整合资金96,000万元，实际整合到位93,500万元。\n截至2018年12月31日，整合资金累计支出90,872.6万元。\n"
        "当年实施项目412个，其中产业发展项目163个，投入资金31,790万元，占当年整合资金的34.00%。\n",
        2018, "share", id="a_share_of_the_years_integrated_funds_is_neither_their_plan_nor_their_spending"),
    pytest.param(
        "资金主要投向五个方面：一是村庄整治，在108个贫困村实施项目128个，安排资金2160万元；二是产业扶贫，安排资金2830万元，"
        "占到位资金的43.63%；三是移民搬迁，安排860万元；四是雨露计划培训补助316万元；五是扶贫小额贷款贴息320万元。"
        "以上五项合计6486万元。\n",
        2015, "parts_sum", id="a_closing_total_of_more_items_than_were_read_is_not_summed"),
    pytest.param(
        "截至2019年12月31日，全县资金累计支出7,912.35万元；尚未支付的367.65万元为工程尾款，结转下年继续使用。"
        "分类别看，产业发展类支出3,611.20万元，村级基础设施类支出2,298.15万元，劳务协作类支出662.40万元，"
        "教育医疗帮扶类支出1,340.60万元。\n",
        2019, "parts_sum", id="what_was_spent_by_class_is_no_breakdown_of_what_is_left"),
    pytest.param(
        "从上表看，8个县（市）支出率均在95%以上，其中东乡县到位资金规模最大，占全州的23.45%。\n",
        2019, "share", id="a_share_of_a_countys_money_is_no_share_of_the_counted_counties"),
    pytest.param(
        "上半年全区地区生产总值同比增长8.1%，城镇居民人均可支配收入增长8.3%，农村居民人均可支配收入增长11.7%。\n",
        2019, "growth", id="a_growth_after_another_growth_is_no_change_in_amount"),
    pytest.param(
        "全州16个县（市）自评平均得分92.16分，其中90分以上的14个，85分至90分的2个。\n",
        2018, "score_sum", id="an_average_score_has_no_groups"),
    pytest.param(
        "尚有31.6万元未拨付，为项目的工程尾款和质保金。\n表2  项目分类型情况（金额单位：万元）\n项目类型\t项目总投资\n设施农业\t903.46\n"
        "物业用房\t786.2\n合计\t1,689.66\n其中，甲村大棚项目总投资118.6万元，建成钢架大棚86亩；乙村物业用房项目总投资142.5万元，"
        "建成物业用房1,200平方米。\n",
        2019, "parts_sum", id="a_tables_rows_named_after_it_are_no_parts_of_the_sentence_before"),
    pytest.param(
        "一是乡村建设项目原计划52.5万元，其中8.87万元调剂用于现代农业产业发展，实际用于乡村建设43.63万元；二是配套资金原计划"
        "787.5万元，实际下达779.16万元，节余8.34万元同样调剂用于现代农业产业发展。第三批中用于现代农业产业发展的资金合计"
        "238.11万元，其中包含上述调剂资金17.21万元。\n",
        2024, "same_figure_differs", id="the_funds_referred_back_to_may_be_several_amounts"),
    pytest.param(
        "在已整合的29,299.51万元中，中央资金16,842.37万元，占整合资金总额的57.48%；省级资金9,120.64万元，占31.13%；"
        "市级资金1,136.50万元；区本级财政安排2,200.00万元，比2018年区本级安排的1,800.00万元多出400万元，增长22.22%。\n",
        2019, "parts_sum", id="the_change_after_a_levels_year_before_is_no_part"),
    pytest.param(
        "2019年全区可纳入统筹整合的涉农资金合计29,946.20万元。全年实际完成统筹整合29,299.51万元，整合完成率97.84%。\n"
        "其中：投向农村基础设施建设25,033.93万元，占整合资金的85.44%。\n",
        2019, "share", id="what_may_be_included_is_no_base_of_what_was"),
    pytest.param(
        "2017年全区共到位各级财政专项扶贫资金3,486万元，其中中央资金1,520万元。\n区级预算安排的光伏补助资金195.2万元全部落实到位。"
        "截至2017年12月31日，已拨付容量补偿86.8万元。全年累计拨付补助资金186.8万元，结转8.4万元，资金支付率为95.7%。\n",
        2017, "execution_rate", id="a_rate_of_what_was_paid_and_carried_over_in_its_sentence"),
    pytest.param(
        "三年累计安排各类资金36,380万元，实际支出31,821.2万元，总体预算执行率87.47%。\n三年优质项目补助累计安排26,500万元，实际"
        "支出25,300万元，执行率95.47%；定点帮扶资金三年共拨付2,430万元，执行率100%。\n", 2013, "same_figure_differs",
        id="rates_over_the_years_so_far_are_no_years_rate"),
    pytest.param(
        "衔接资金项目共带动脱贫户和监测户4,615户增收。\n防止返贫监测帮扶机制运行有效，全年纳入监测对象356户1,247人，其中已消除"
        "返贫致贫风险231户，占监测户数的64.89%。\n", 2024, "share", id="monitored_households_counted_as_monitored_objects"),
    pytest.param(
        "截至2023年12月31日，项目累计支付316.8万元，预算执行率99%；按合同约定预留工程质保金3.2万元，待质保期满后支付。"
        "分资金来源看，中央资金支付198万元，省级资金支付118.8万元，执行率均为99%。\n", 2023, "parts_sum",
        id="what_was_paid_by_source_is_no_breakdown_of_the_retention"),
    pytest.param(
        "项目总投资365万元，其中使用财政衔接资金320万元，村集体自筹45万元。财政衔接资金中，中央资金200万元、省级资金120万元，"
        "衔接资金占项目总投资的87.67%。\n", 2023, "share", id="a_share_of_the_whole_its_sentence_lists_the_parts_of"),
    pytest.param(
        "2024年共筹措衔接资金14,715万元。其中：中央衔接资金9,185万元，包括6月转拨的中央资金2,311万元；自治区衔接资金4,120万元；"
        "市本级安排资金1,410万元。中央资金占全部衔接资金的62.42%。\n", 2024, "share",
        id="a_share_of_a_level_is_of_the_levels_amount_not_a_part_it_includes"),
    pytest.param(
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t320\t320\t316.8\n一级指标\t二级指标\t三级指标\t年度指标值\t"
        "实际完成值\n产出指标\t成本指标\t项目总投资\t≤365万元\t365万元\n", 2023, "same_figure_differs",
        id="a_cost_of_the_whole_investment_may_exceed_the_funds"),
    pytest.param(
        "全年脱贫劳动力务工就业1.26万人，比上年增加860人；其中县外务工7,420人，县内就业5,180人。\n", 2021, "parts_sum",
        id="a_change_in_a_count_is_no_whole_of_the_counts_after_it"),
    pytest.param(
        "2017年全县共投入财政专项扶贫资金6,328.60万元。\n2015年以来资金投入情况如下（金额单位：万元）：\n年度\t资金投入\t当年支出\n"
        "2015年\t4,912.30\t4,695.18\n2016年\t5,610.75\t5,428.96\n2017年\t6,328.60\t6,104.35\n以上合计投入16,851.65万元，"
        "累计支出16,228.49万元，累计支出率96.30%。\n截至2017年12月31日，全县已支出6,104.35万元，支出率96.46%；结转224.25万元。\n",
        2017, "spent_plus_carryover", id="a_sentence_closing_a_table_of_years_is_over_those_years"),
    pytest.param(
        "目前料场吸纳本村劳动力86人，全年发放劳务报酬51.6万元，人均6,000元；2008年全村人均收入达到3,460元。\n", 2008, "average",
        id="a_places_income_per_head_is_no_average_of_the_pay"),
    pytest.param(
        "公益岗位项目按月发放补助共4.68万元，结余0.24万元按规定交回；村内道路项目已完工验收，支付37.25万元，预留质保金1.35万元。\n",
        2022, "retention_within_carryover", id="what_is_left_and_given_back_holds_no_retention"),
    pytest.param(
        "2016年我镇共到位各类扶贫资金318.6万元。项目资金安排及支出情况如下（单位：万元）：\n序号 | 项目名称 | 安排资金 | 已支出 | 完成情况\n"
        "1 | 油菜花项目 | 4 | 4 | 已完成\n2 | 村道硬化工程 | 314.6 | 305.5 | 已验收\n | 合计 | 318.6 | 309.5 | \n", 2016,
        "table_total", id="a_total_row_empty_at_both_ends_of_its_bars"),
    pytest.param(
        "指标类别        分值(分)    自评得分(分)\n产出指标        50          48.5\n效益指标        50          49\n"
        "合  计          100         97.5\n项目综合自评得分97.5分。\n", 2018, "score_sum", id="a_total_label_spaced_out_is_one_cell"),
    pytest.param(
        "2021年，州级财政共安排项目13个，预算总额25,469.6万元；上年同口径预算为25,226.83万元（其中含债券资金利息1,972.83万元），"
        "本年增加242.77万元，增幅0.96%。\n", 2021, "growth", id="a_change_after_a_bracketed_part_of_the_year_before"),
    pytest.param(
        "全年695个项目中，产业类项目312个、投入16,285.6万元，金融类项目32个、投入2,744.4万元。产业类投入占全年专项扶贫资金总投入"
        "的46.80%。\n全年各级财政共安排专项扶贫资金3.48亿元。\n", 2020, "share", id="the_item_a_share_names_by_its_own_clause"),
    pytest.param(
        "全年安排扶贫项目695个，截至年中已开工667个，开工率96%；截至年底竣工681个，完工率97.99%。\n", 2020, "share",
        id="a_rate_of_finished_projects_over_those_arranged"),
    pytest.param(
        "全年列入重点调度的扶贫项目共2个，计划投资1,390万元，年内完成投资1,330万元。具体如下（单位：万元）：\n项目名称 | 计划投资 | "
        "完成投资\n甲镇蜜桃基地项目 | 1,000万元 | 1,000万元\n南坑镇安全饮水巩固提升项目 | 390万元 | 330万元\n"
        "合计 | 1,390万元 | 1,330万元\n上述项目中，南坑镇安全饮水项目年底完成投资330万元，完成率84.62%。\n", 2020, "share",
        id="a_rate_of_the_row_above_stating_its_amount"),
    pytest.param(
        "重点帮扶村集体经济收入全部达到5万元以上，其中超过10万元的村126个，占重点帮扶村的35.8%。\n", 2015, "parts_sum",
        id="a_bound_is_no_total_of_a_list"),
    pytest.param(
        "表1 资金执行情况（单位：万元）\n资金用途\t年初预算数\t全年执行数\t未执行数\t执行率\n高标准农田建设\t400.00\t389.12\t10.88\t97.28%\n"
        "合计\t400.00\t389.12\t10.88\t97.28%\n", 2022, "budget_rate", id="what_was_not_executed_is_no_execution"),
    pytest.param(
        "2020年我乡共到位各类资金1,846.5万元，其中：中央奖补资金1,000万元；县级分配下达的财政专项扶贫资金846.5万元，包括中央资金"
        "520万元、省级资金236.5万元、县级资金90万元。\n", 2020, "parts_sum",
        id="a_parts_own_parts_end_its_clause_of_the_list"),
    pytest.param(
        "项目安排情况如下（单位：万元）：\n序号 | 实施村 | 项目名称 | 安排资金\n1 | 牛战村 | 玫瑰花种植基地 | 186.5\n2 | 斋堂村 | 民宿改造 | 120\n"
        "牛战村玫瑰基地当年实现经营收益36.8万元。\n", 2019, "same_figure_differs", id="what_a_place_earned_is_no_amount_its_row_arranged"),
    pytest.param(
        "2017—2019年三个年度，全区共到位扶贫资金24,345.92万元。\n（一）资金到位。2019年全区统筹整合各级财政扶贫资金9,824.91万元。\n"
        "（三）资金投向。2019年用于产业扶贫5,417.6万元，占当年到位资金的55.14%。\n", 2019, "share",
        id="a_base_of_this_years_funds_is_no_span_of_years"),
    pytest.param(
        "2022年共实施村级产业发展项目24个，总投入3,822万元。\n上述4个项目预算合计1,269.00万元，执行1,226.25万元，执行率96.63%，"
        "占全区项目总投入的33.20%。\n", 2022, "share", id="past_a_rate_a_share_may_be_of_either_amount"),
    pytest.param(
        "2019年，县里共下达我镇产业扶贫资金372.00万元。\n1.田园养鸽专业合作社。65户贫困户托管入股资金250.00万元，2019年分红30.00万元，"
        "占全镇分红总额的28.99%。\n", 2019, "share", id="a_share_of_what_was_earned_is_of_no_funds"),
    pytest.param(
        "全年计划实施项目143个，年内完工131个，其余12个于2021年上半年全部完工，项目完工率100%。\n", 2020, "share",
        id="a_rate_with_the_rest_done_later"),
    pytest.param(
        "从乡镇分布看，产业扶贫资金安排中至镇486.5万元、潮河镇512.3万元、户部乡398.6万元，其余6个乡镇（街道）合计1,264.3万元。\n",
        2018, "parts_sum", id="the_rest_counted_before_its_total_is_no_total_of_the_list"),
    pytest.param(
        "全年财政专项扶贫资金全年预算92,318.6万元，较年初预算86,540万元有所增加。\n抽查项目86个，涉及资金21,460万元，占全年预算的23.25%。\n",
        2019, "share", id="a_base_named_word_for_word"),
    pytest.param(
        "2017年的47项项目中，整村推进项目18项；特色产业项目12项；社会事业项目9项；干部人才培训项目8项。年初确定的绩效目标为：项目完工率"
        "不低于90%，实际完工45项，完工率95.74%。\n", 2017, "parts_sum", id="the_last_item_of_a_list_is_no_count_of_all_works"),
    pytest.param(
        "单位：万元\n县（市、区）\t提前下达\t清算下达\t合计\t已支出\t未支出\t支出率\n清城区\t186.00\t42.30\t228.30\t219.80\t8.50\t96.28%\n",
        2019, "budget_rate", id="a_rows_rate_over_its_total_before_the_spending"),
    pytest.param(
        "全县可用扶贫资金共计12,600.00万元。中央资金8,400.00万元，其中上年结转400.00万元、本年下达8,000.00万元。\n"
        "产业项目安排资金7,056.00万元，占全部可用资金的56.00%。\n单位：万元\n资金级次\t上年结转\t本年下达\t可用资金合计\t已支出\n"
        "中央资金\t400.00\t8,000.00\t8,400.00\t8,100.00\n县级资金\t—\t4,200.00\t4,200.00\t4,000.00\n"
        "合计\t400.00\t12,200.00\t12,600.00\t12,100.00\n", 2019, "share",
        id="the_funds_of_a_year_with_what_it_brought_forward"),
    pytest.param(
        "2019年全县实现脱贫2,060户8,715人，完成年度减贫计划2,000户的103.00%。\n", 2019, "share",
        id="a_counts_share_is_of_what_its_whole_counts"),
    pytest.param(
        "项目由各村委会出资合计1,050.00万元，其中产业发展扶贫项目资金945.00万元，占村级出资的90.00%；村集体发展资金105.00万元。"
        "各村的扶贫项目资金分别为：丹录村320.00万元、石关村298.00万元、新光村327.00万元。\n村委会｜分红户数｜分红人数｜分红金额\n"
        "丹录村｜320户｜1,318人｜9.62万元\n石关村｜300户｜1,237人｜9.03万元\n新光村｜322户｜1,330人｜9.70万元\n"
        "合计｜942户｜3,885人｜28.35万元\n", 2021, "same_figure_differs",
        id="a_places_funds_beside_its_row_of_dividends"),
    pytest.param(
        "单位：万元\n村 | 安排资金 | 项目数\n石门村 | 286.40 | 3\n太白岔村 | 248.75 | 4\n"
        "太白岔村香菇产业园项目投入资金96.5万元，新建香菇大棚40个。\n", 2018, "same_figure_differs",
        id="one_project_of_a_place_is_no_row_of_the_place"),
    pytest.param(
        "融安县2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2023年，自治区向柳州市下达乡村振兴发展补助资金3.6亿元，"
        "涉及48个项目、覆盖8个县区。\n二、资金情况\n全县实际整合资金30,000.00万元。产业发展安排18,000.00万元，占实际整合资金的60.00%。"
        "自治区衔接资金中用于产业的5,200.00万元，占自治区衔接资金的65.00%。\n", 2023, "industry_share",
        id="what_the_region_gave_the_city_above_is_not_the_countys"),
    pytest.param(
        "2006年至2009年，全区累计安排项目资金2.7亿多元。\n2009年到位项目资金8,630万元，其中中央财政扶贫资金6,900万元，自治区财政配套资金"
        "1,730万元；比2008年增加1,480万元，增长20.70%。\n地市\t资金\n拉萨市\t1,120\n日喀则地区\t2,040\n其他地市\t5,470\n合计\t8,630\n"
        "其中日喀则地区项目多，分配资金占全区的23.64%。\n", 2009, None,
        id="a_change_after_a_list_of_levels_is_the_wholes_and_a_share_of_one_year_is_of_that_years_whole"),
    pytest.param(
        "此外，我省划定了两个省级集中连片特困地区：西部干旱区，包括甲县、乙县等7个县（市、区）；东部山区，包括丙县、丁县等8个县（市）。\n",
        2012, "parts_sum", id="the_list_after_an_item_named_after_a_colon_is_that_items"),
    pytest.param(
        "全年整村推进的420个村中，15个省扶贫开发重点县（市）285个村，其他县（区）135个村。\n", 2010, "parts_sum",
        id="a_count_that_names_where_the_next_count_is_is_no_part"),
]


def test_swapped_digits_of_a_use_and_a_places_row_are_two_amounts():
    doc = check("固原市2019年度财政专项扶贫资金绩效评价报告\n从资金投向看，用于基础设施建设的资金4,316.8万元。\n单位：万元\n"
                "县区\t到位资金\t已支出\n原州区\t4,318.6\t4,200.0\n西吉县\t3,900.0\t3,800.0\n", year=2019)
    quiet(doc, "same_figure_differs")


def test_a_places_share_of_all_the_prefecture_put_in():
    doc = check("黑河市2019年度财政专项扶贫资金绩效评价汇总报告\n2019年全市各级财政共投入专项扶贫资金10,000万元。分县看，逊克县到位资金"
                "3,000万元，占全市的30.00%；孙吴县到位资金2,000万元，占全市的21.00%。\n", year=2019)
    found = only(doc, "share", "error")
    values(found, "21.00", "20.00")


# Figures that hold, read as they should: no error and no warning (an info that a check passed is allowed).
QUIET_CASES = [
    pytest.param(
        "（一）产业扶贫项目27个。主要有：宝泉镇、乾丰镇的2个豆制品加工扶贫车间，总投资1280万元，其中扶贫资金1050万元，"
        "年租金收益63万元用于村集体和贫困户分红。\n", 2020, id="what_an_investment_earns_is_no_part_of_it"),
    pytest.param(
        "2017年全县共下达财政专项扶贫资金3,728.8万元，比上年的3,105万元增加623.8万元，增长20.09%。其中：中央资金1,932万元，"
        "省级资金1,046.8万元，市级资金150万元，县级预算安排600万元，比上年增加150万元。\n", 2017,
        id="a_change_after_a_level_is_no_part"),
    pytest.param(
        "二、资金到位情况\n2017年全县共到位财政专项扶贫资金10,356万元。县级财政安排的900万元比上年的750万元增长20%。\n"
        "三、资金使用情况\n（三）金融扶贫。县财政安排的716万元中，风险补偿金500万元，贴息资金216万元。\n", 2017,
        id="the_county_funds_split_into_uses_are_some_of_them"),
    pytest.param(
        "全年共实施衔接资金项目356个，覆盖全县30个乡镇（街道）。其中：产业发展类项目201个，基础设施类项目138个，"
        "就业、教育等其他项目17个。\n", 2022, id="the_parts_count_what_their_total_counts"),
    pytest.param(
        "（二）分级投入。本年到位中央资金28,760万元（上年26,540万元），增长8.36%；市级资金1,556.25万元（上年2,260万元）；"
        "县级资金10,260万元（上年9,500万元）。\n", 2023, id="the_year_befores_amount_in_brackets_is_no_part"),
    pytest.param(
        "一、基本情况\n全年区财政安排对口帮扶资金5,050万元，比2020年原结对地区帮扶资金4,600万元增加450万元，增长9.78%。"
        "从资金来源看，区本级财政资金4,380万元，各区镇（街道）结对帮扶资金670万元。\n", 2021,
        id="the_years_parts_are_no_parts_of_the_year_befores_amount"),
    pytest.param(
        "一、资金安排\n2023年区级财政共安排帮扶资金4,700万元，其中东西部协作资金3,500万元。东西部协作资金较2022年的3,150万元"
        "增长11.11%。\n二、使用成效\n美姑县共实施东西部协作项目18个，其中产业类项目11个，使用资金2,380万元，占东西部协作资金的68%。"
        "帮助美姑县农村劳动力转移就业1,236人，其中到浙江就业387人，完成年度目标1,000人的123.6%。\n", 2023,
        id="a_share_of_this_years_funds_and_of_a_target_met"),
    pytest.param(
        "2019年，全县共投入财政专项扶贫资金9865.4万元。其中：中央财政专项扶贫资金5730万元，省级财政专项扶贫资金3125.4万元，"
        "市级配套资金210万元，县级财政预算安排800万元。县级安排的资金比2018年的650万元增长了23.08%，占全县专项扶贫资金总量的8.11%。\n",
        2019, id="a_share_of_the_years_amount_stated_before_is_not_of_the_year_befores"),
    pytest.param(
        "三、资金使用情况\n（一）产业发展类。共安排资金12,873.6万元，实施项目96个。重点项目有：\n"
        "1.大畈镇楠竹精深加工产业园，总投资1,850万元，其中衔接资金1,200万元，企业自筹650万元；\n"
        "2.九宫山镇茶叶提质增效项目，总投资960万元，其中衔接资金720万元；\n"
        "3.到户产业发展奖补，发放奖补资金2,104万元。\n（二）基础设施类。共安排资金6,210.77万元。\n", 2022,
        id="the_key_items_of_a_heading_are_some_of_its_total"),
    pytest.param(
        "表1  项目投资及支付情况表\n单位：万元\n项目名称\t计划总投资\t其中：衔接资金\t已支付\t支付率\n"
        "苦竹村蔬菜基地设施改造项目\t85.6\t70\t70\t100%\n红星村产业便道项目\t64.2\t58\t52.2\t90%\n"
        "合计\t149.8\t128\t122.2\t95.47%\n", 2022,
        id="a_rate_of_a_row_over_its_other_amount_that_gives_it"),
    pytest.param(
        "一、资金安排\n2016年省级安排示范项目资金600万元，共扶持项目48个。\n二、资金使用情况\n资金全部拨付到项目单位，截至2016年12月31日"
        "已拨付600万元，拨付率100%。据各地报送的决算资料，项目单位实际使用资金561.3万元，资金使用率93.55%。\n",
        2016, id="the_rate_beside_the_spending_is_the_execution_rate_checked"),
    pytest.param(
        "截至2021年12月31日，3个项目累计拨付资金1,882.95万元，拨付率92.28%。各项目投资及拨付情况见下表。\n"
        "表1 项目资金情况\n单位：万元\n序号\t项目名称\t项目总投资\t已拨付资金\t亩均投资（万元/亩）\n1\t甲村耕地提质改造项目\t1024.42\t946.34\t7.02\n"
        "2\t乙村耕地提质改造项目\t904.63\t833.7\t6.65\n3\t丙村垦造水田项目\t111.53\t102.91\t4.97\n"
        "合计\t\t2040.58\t1882.95\t\n", 2021,
        id="a_column_of_an_amount_per_unit_is_no_parts_of_the_text_total"),
    pytest.param(
        "表1 绩效自评表\n指标\t年度目标值\t实际完成值\t分值（分）\t得分（分）\n年度资金总额（万元）\t1,406\t1,352.6\t10\t9.62\n"
        "完成项目数\t≥14个\t14个\t20\t20\n总分\t\t\t30\t29.62\n", 2020,
        id="the_funds_row_of_a_scoring_table_is_no_missed_target"),
    pytest.param(
        "二、开工进度\n全州已开工142个，还有3个未开工，开工率为97.93%。其中，甲市开工28个、未开工1个，开工率96.55%；"
        "乙县开工59个、未开工2个，开工率96.72%。\n", 2022,
        id="works_not_started_are_no_numerator_of_the_rate_of_works_started"),
    pytest.param(
        "甲县以工代赈项目2021年绩效评价报告\n一、项目概况\n2021年，上级共下达我县以工代赈资金900万元，其中中央资金800万元、"
        "省级资金100万元；县财政另安排配套资金60万元，两个项目合计总投资960万元。\n二、项目资金使用情况\n"
        "（一）甲镇村道项目。总投资520万元，其中以工代赈资金500万元、县级配套20万元。发放劳务报酬90万元，占该项目以工代赈资金的18%。\n"
        "（二）乙镇灌溉渠项目。总投资440万元，其中以工代赈资金400万元、县级配套40万元。发放劳务报酬64万元，占比16%。\n"
        "三、项目管理情况\n上述项目共发放劳务报酬154万元，占以工代赈资金的17.11%。\n", 2021,
        id="a_share_of_the_whole_after_the_items_is_no_share_of_the_last_items_amount"),
    pytest.param(
        "四、自评结果\n按衔接资金绩效评价指标逐项自评，资金投入、资金拨付、项目管理、使用成效各项合计得分94分，"
        "其中使用成效扣4分、项目管理扣2分。\n", 2023,
        id="points_taken_off_after_the_total_are_no_groups_scores"),
    pytest.param(
        "产业资金主要扶持10大类产业，其中优质粮油6,350万元、蔬菜5,140万元、食用菌2,860万元、中药材3,215万元，"
        "其余畜牧、水产、光伏等3类合计8,850万元。\n", 2020,
        id="the_rest_summed_after_the_last_part_is_no_closing_total"),
    pytest.param(
        "项目全年预算1,260万元，其中中央财政专项扶贫资金780万元，省级320万元，县级配套160万元。\n"
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t1,200\t1,260\t1,218.6\t10\t96.71%\t9.67\n", 2020,
        id="the_years_budget_is_no_restatement_of_the_budget_at_its_start"),
    pytest.param(
        "二、资金投入情况\n三年间，450个项目村累计投入各类资金76.9亿元。从来源看，财政专项扶贫资金12.3亿元，占总投入的16.0%；"
        "行业部门整合投入41.85亿元，占总投入的54.4%；社会帮扶资金9.62亿元；群众投工投劳及自筹折资13.13亿元。财政专项扶贫资金"
        "撬动了行业和社会投入。\n分年度看，投入规模逐年扩大：2012年投入21.36亿元，2013年投入25.48亿元，比上年增长19.3%；"
        "2014年投入30.06亿元，比上年增长18.0%。\n", 2014,
        id="the_last_source_of_a_breakdown_from_its_lead_is_no_total_of_the_next_paragraph"),
    pytest.param(
        "2024年，我镇被确定为示范乡镇创建对象，镇区及常口、邓坊、高唐、上际、墈厚5个村同步列入示范村创建名单。\n", 2024,
        id="what_a_list_of_places_is_joined_to_at_its_head_is_no_one_it_counts"),
    pytest.param(
        "全年实际到位13,065.42万元。从计划执行看，各类用途的实际安排均高于年初计划，其中产业扶贫增加234.60万元，基础设施增加"
        "136.20万元。产业扶贫资金占全年实际到位资金的39.94%，是投入最多的方向。\n", 2017,
        id="a_share_named_by_its_item_is_not_of_how_much_the_item_grew"),
    pytest.param(
        "2013—2015年累计投入各类帮扶资金212640万元。其中：帮扶到村资金189560万元，占89.15%；帮扶到户资金23080万元，占10.85%。"
        "从投向看，用于贫困村基础设施建设的资金118700万元，平均每个重点帮扶村投入337.22万元。\n", 2015,
        id="the_last_item_of_a_list_after_its_total_is_no_total_of_a_breakdown_after_it"),
    pytest.param(
        "本次全市纳入集中开工的重大项目共84个，计划总投资361.52亿元。\n从领域看，“四化”项目合计62个，总投资291.82亿元。其中，"
        "新型工业化项目27个，投资139.28亿元；新型城镇化项目19个，投资105.48亿元；农业现代化项目12个，投资28.36亿元；旅游产业化项目"
        "4个，投资18.7亿元。此外，基础设施项目17个，投资58.67亿元；民生工程项目5个，投资11.03亿元。\n", 2023,
        id="the_items_of_an_item_are_no_items_of_the_total"),
    pytest.param(
        "五是复核情况。市扶贫办、市财政局对3个县（市、区）的自评结果进行了实地复核。\n", 2020,
        id="offices_before_a_count_of_places_are_no_names_of_them"),
]


@pytest.mark.parametrize("text, year", QUIET_CASES)
def test_no_finding_where_the_figures_hold(text, year):
    doc = check(text, year=year)
    assert not _non_info(doc), summary(doc)


@pytest.mark.parametrize("text, year, rule", NO_ERROR_CASES)
def test_no_error_where_the_figures_hold(text, year, rule):
    no_error(check(text, year=year), rule)


def test_a_share_of_the_fund_its_subject_names_not_of_its_levels_sum():
    # 28,640.00 ÷ 52,310.40 = 54.75%: the fund the subject names, over the prefecture's total; not 37,760.60 (the
    # central level's sum) over it
    doc = check("2022年全州各县（市）实际整合到位财政涉农资金52,310.40万元。从来源看：中央财政衔接推进乡村振兴补助资金"
                "28,640.00万元，其他中央涉农资金9,120.60万元，以上合计37,760.60万元；省级资金10,200.30万元；"
                "州县财政安排4,349.50万元。其中仅中央财政衔接推进乡村振兴补助资金就占整合资金总量的54.57%。\n", year=2022)
    values(only(doc, "share", "error"), 54.57, 54.75)
    no_error(doc, "parts_sum")


def test_a_rate_of_the_funds_its_numerator_names_contradiction():
    # 10,512 ÷ 10,800 = 97.33%, not 98.33%: over the 发展资金 the numerator names, not the central level's 12,300
    doc = check(CENTRAL_FUNDS_BY_TASK.replace("97.33%", "98.33%"), year=2023)
    values(only(doc, "share", "error"), 98.33, 97.33)


SCORED_ITEMS = (
    "五、自评得分情况\n"
    "按照省里印发的衔接资金绩效评价指标，我县自评结果如下：\n"
    "1.资金投入（15分）：得14分。县级资金到位偏晚，扣1分。\n"
    "2.资金管理（25分）：得23.5分。个别项目报账资料不全，扣1.5分。\n"
    "3.项目管理（20分）：得19分。\n"
    "4.使用成效（40分）：得37分。部分产业项目收益未达预期，扣3分。\n"
    "综上，我县2023年度衔接资金绩效自评得分96.5分，等级为“优”。\n"
    "六、存在的问题\n"
)


def test_items_scored_after_their_full_marks_add_up_to_the_total():
    # 14 + 23.5 + 19 + 37 = 93.5, not 96.5
    values(only(check(SCORED_ITEMS, year=2023), "score_sum", "error"), 96.5, 93.5)
    assert of_rule(check(SCORED_ITEMS.replace("96.5分", "93.5分"), year=2023), "score_sum")[0].severity == "info"


def test_a_carry_over_against_the_adjusted_budget_its_rate_holds_for():
    # 45,600,000 − 43,548,000 = 2,052,000, not 2,152,000: the rate 95.5% holds for the budget as adjusted, so the
    # carry-over is the figure in doubt
    f = only(check(BUDGET_RAISED_TEXT.replace("2,052,000.00元", "2,152,000.00元"), year=2022), "spent_plus_carryover", "error")
    values(f, 45600000, 45700000)


def test_a_county_growth_from_its_change_contradiction():
    # 400 ÷ (3,000 − 400) = 15.38%, not 16.38%
    doc = check(COUNTY_GROWTH_BY_ITS_CHANGE.replace("15.38%", "16.38%"), year=2020)
    values(only(doc, "county_growth", "error"), 16.38, 15.38)


def test_a_projects_rate_over_its_own_funds_is_assumed_so_a_warning():
    # 1,404 ÷ 1,560 = 90%, not 93%: the project's 衔接资金 stated before, the nearest of its amounts
    doc = check(DEPARTMENT_PROJECTS.replace("支付率90%", "支付率93%"), year=2022)
    values(only(doc, "share", "warning"), 93, 90)
    no_error(doc)


def test_a_rate_over_its_own_sentences_budget_contradiction():
    # 2590.3 ÷ 2680.5 = 96.63%, not 97.63%: the base its sentence states, with no total received or budget elsewhere
    doc = check("2023年我局全年预算数2680.5万元，实际执行2590.3万元，预算执行率为97.63%。\n", year=2023)
    values(only(doc, "execution_rate", "error"), 97.63, 96.63)


def test_a_share_of_the_amount_a_list_of_levels_makes_up_contradiction():
    # 1,560 ÷ 4,280 = 36.45%, not 38.45%: of the item's amount, not of its last level
    doc = check(ITEM_BY_LEVELS.replace("36.45%", "38.45%"), year=2017)
    values(only(doc, "share", "error"), 38.45, 36.45)


def test_a_share_of_a_task_funds_whole_contradiction():
    # 214.2 ÷ 680 = 31.5%, not 33.5%: of the 以工代赈 funds the paragraph states, not of the report's total
    doc = check(TASK_FUND_SHARES.replace("的31.5%", "的33.5%"), year=2021)
    values(only(doc, "share", "error"), 33.5, 31.5)


# ---------------------------------------------------------------- the one figure of a field (each case a class of phrasing)

FIELD_CASES = [
    pytest.param(
        "2017年，全县共投入中央、省、市、县各级财政专项扶贫资金9,360.00万元。其中：中央资金5,120.00万元，分两批下达，"
        "第一批3,000.00万元、第二批2,120.00万元；省级资金2,840.00万元；市级资金400.00万元，县本级预算安排1,000.00万元。\n", 2017,
        "funds_received_total", ["9,360.00万元"],
        id="all_levels_named_after_the_verb"),
    pytest.param(
        "单位：万元\n资金级次\t上年结转\t本年下达\t可用资金合计\t已支出\n中央资金\t400.00\t8,000.00\t8,400.00\t8,100.00\n"
        "县级资金\t—\t4,200.00\t4,200.00\t4,000.00\n合计\t400.00\t12,200.00\t12,600.00\t12,100.00\n", 2019,
        "funds_received_total", ["12,600.00"], id="a_years_funds_are_what_it_brought_forward_and_was_given"),
    pytest.param(
        "2024年可统筹使用的衔接资金由两部分组成：一是2023年结转资金400万元，二是2024年新下达资金12,200万元，两项合计12,600万元。\n"
        "单位：万元\n资金级次\t上年结转\t当年下达\t合计\t已支出\n中央资金\t400.00\t8,000.00\t8,400.00\t8,100.00\n"
        "县级资金\t—\t4,200.00\t4,200.00\t4,000.00\n合计\t400.00\t12,200.00\t12,600.00\t12,100.00\n", 2024,
        "funds_received_central", ["8,000.00"], id="the_levels_of_the_years_own_column_the_text_totals"),
    pytest.param(
        "资金在到县后15日内全部下达，资金到位率100%。\n五、建议\n建议县财政局督促项目单位在资金下达后20日内完成实施方案备案，"
        "并将评价结果作为次年资金分配的参考。\n",
        2024, "allocation_days", ["15日"], id="days_advised_are_no_allocation_days"),
    pytest.param(
        "中央、自治区资金下达后，均在30日内完成资金分配方案审定。\n资金分配结果在下达后10个工作日内公开，全年共公开资金分配和项目信息46条。\n",
        2024, "allocation_days", ["30日"], id="days_to_publish_are_no_allocation_days"),
    pytest.param(
        "2015年全县共到位财政专项扶贫资金5,862.40万元，其中：中央财政专项扶贫资金3,215.00万元，自治区财政专项扶贫资金1,684.60万元。\n"
        "中央资金分3批下达，第一批中央资金1,620.00万元于一季度到县，占中央资金全年到位数的50.39%。\n",
        2015, "funds_received_central", ["3,215.00万元"], id="a_levels_first_batch_is_no_levels_funds"),
    pytest.param(
        "七、自评结论\n对照省定考评办法，我县资金投入、资金拨付、资金监管、资金使用成效四项分别自评18分、17分、19分和37分，合计自评91分。\n",
        2013, "self_score", ["91分"], id="each_parts_self_assessment_is_no_self_score"),
    pytest.param(
        "按照项目支出绩效自评表逐项打分，自评得分94.78分，具体如下：\n一级指标\t三级指标\t分值\t得分\n产出指标\t完工率\t40\t38\n"
        "效益指标\t受益人口\t40\t38\n合计\t\t80\t76\n说明：总分为预算执行得分18.78分与绩效目标得分76分之和，即94.78分。\n",
        2015, "self_score", ["94.78分"], id="a_table_total_of_the_goals_marks_is_no_self_score"),
    pytest.param(
        "截至2016年12月31日，全年累计支出专项扶贫资金6,314.8万元，资金支出率92.15%；结转下年使用537.8万元。\n",
        2016, "funds_carryover", ["537.8万元"], id="carried_over_to_be_used_next_year"),
    pytest.param(
        "截至2017年12月底，全市累计筹集精准扶贫资金29.69亿元，其中2016年筹集12.35亿元，2017年筹集17.34亿元。\n",
        2017, "funds_received_total", ["17.34亿元"], id="the_years_part_of_a_running_total"),
    pytest.param(
        "梅州市2017年度精准扶贫资金绩效自评情况报告\n2017年全市精准扶贫资金到位17.34亿元。从县级看，五华县贫困人口最多，筹集资金"
        "37,230万元，占全市的21.47%。\n",
        2017, "funds_received_county", [], id="a_county_named_at_its_sentences_head_is_no_level"),
    pytest.param(
        "全年实际整合到位资金21,386.42万元。按资金来源分：\n中央财政资金12,604万元；\n省级财政资金6,318.5万元；\n市级财政资金842.92万元；\n"
        "县本级财政安排1,621万元。\n中央、省两级资金合计18,922.5万元，占到位资金的88.48%。\n省级资金中，4,350万元为提前下达，其余1,968.5万元为"
        "年中追加。\n", 2020, "funds_received_provincial", ["6,318.5万元"], id="a_levels_part_is_no_levels_funds"),
    pytest.param(
        "全年实际整合到位资金21,386.42万元。按资金来源分：\n中央财政资金12,604万元；\n省级财政资金6,318.5万元；\n市级财政资金842.92万元；\n"
        "县本级财政安排1,621万元。\n中央、省两级资金合计18,922.5万元，占到位资金的88.48%。\n", 2020, "funds_received_central",
        ["12,604万元"], id="two_levels_together_are_no_ones_funds"),
    pytest.param(
        "经核对县财政总预算会计账和扶贫资金专账，2015年慈利县共到位财政专项扶贫资金9,846.5万元。其中：中央资金5,923.8万元；"
        "省级资金2,871.2万元；市级资金236.5万元；县本级预算安排815万元。\n", 2015, "funds_received_county", ["815万元"],
        id="the_level_of_the_accounts_read_is_no_level_of_the_funds"),
    pytest.param(
        "某市2014年度财政专项扶贫资金绩效评价报告\n2013年、2014年两年，全市投入财政专项扶贫资金和整合的涉农扶贫资金合计21.6亿元，"
        "其中2013年9.84亿元，2014年11.76亿元。\n2014年投入中，财政专项扶贫资金34,628万元，整合涉农资金82,972万元。\n", 2014,
        "funds_received_total", ["34,628万元"], id="the_reports_fund_of_two_funds_put_in_together"),
    pytest.param(
        "2014年县级资金3,700万元。其中市、县两级本级投入由2013年的4,180万元增加到5,220万元，增长24.88%。\n", 2014,
        "funds_county_prior", [], id="two_levels_own_funds_a_year_before_are_no_countys"),
    pytest.param(
        "2018—2020年，全县共实施蔬菜产业扶贫项目7个，完成投资6.2亿元。资金来源为：中央财政专项扶贫资金31,600万元，自治区资金16,900万元，"
        "援藏资金9,300万元，县级配套4,200万元。\n", 2020, "funds_received_county", [],
        id="the_sources_of_a_span_of_years_are_no_years"),
    pytest.param(
        "（一）产业发展1,864.3万元。共扶持产业项目63个，覆盖重点村81个。\n（一）产出指标。计划实施产业项目60个，实际实施63个。\n"
        "组织52个经济强村与帮扶重点村结对，共建产业项目19个。\n", 2015, "industry_projects", ["63个"],
        id="projects_planned_or_built_together_are_no_industry_projects"),
    pytest.param(
        "2014年，全县到位财政专项扶贫资金8,452.6万元；当年支出8,025.1万元，支出率94.94%。\n2015年，全县到位财政专项扶贫资金"
        "10,117.3万元。截至2015年12月31日，2015年资金累计支出9,736.5万元，支出率96.24%。\n", 2015, "funds_spent",
        ["9,736.5万元"], id="spent_that_year_is_the_year_named_before"),
    pytest.param(
        "2014年全县减少贫困人口3,651户12,804人；2015年减少贫困人口4,083户14,265人。两年合计减贫7,734户27,069人。\n", 2015,
        "households_lifted", ["4,083户"], id="households_lifted_in_two_years_are_no_years"),
    pytest.param(
        "计划整合各类涉农资金32,500.00万元，全年实际整合30,968.40万元，完成计划的95.29%。\n单位：万元\n支出方向\t方案计划数\t实际执行数\t"
        "完成比例\n产业发展\t12,800.00\t12,436.50\t97.16%\n基础设施建设\t19,700.00\t18,531.90\t94.07%\n合计\t32,500.00\t30,968.40\t"
        "95.29%\n截至2016年12月31日，财政专项扶贫资金累计支出18,103.55万元，支出率98.25%。\n", 2016, "funds_spent",
        ["18,103.55万元"], id="a_plan_carried_out_is_no_spending_where_the_text_states_it"),
    pytest.param(
        "以军城镇水峪口村为例，合作企业获得免息贷款120万元，吸纳特困户24户。车间全年实现加工费收入3,460万元，村集体获得租金收入"
        "96万元。\n", 2019, "funds_received_total", [], id="a_firms_loan_and_a_villages_rent_are_no_funds_received"),
    pytest.param(
        "温宿县2025年度衔接资金绩效自评报告\n阿克苏地区本批共下达温宿县、乌什县、柯坪县和阿瓦提县5664万元，其中中央资金1921万元、"
        "自治区资金3743万元。\n", 2025, "funds_received_central", [], id="the_levels_of_what_several_places_got_are_no_countys"),
    pytest.param(
        "对照评分办法，资金投入、资金拨付、资金监管和使用成效四类指标的分值依次为20分、20分、25分、35分，本县自评得分依次为"
        "19分、18分、24分、32分，合计93分，等次为优。\n", 2018, "self_score", ["93分"], id="the_sum_of_the_items_self_scores_is_the_score"),
    pytest.param(
        "四类指标的分值分别为50分、30分、10分、10分，合计100分。\n", 2024, "self_score", [],
        id="the_sum_of_full_marks_is_no_score"),
    pytest.param(
        "2018年全县到位帮扶项目资金2209万元，其中：后方帮扶单位出资1679万元，占总投入的76%；县级配套资金530万元。\n", 2018,
        "funds_received_total", ["2209万元"], id="what_came_in_to_the_whole_county_is_its_funds_received"),
    pytest.param(
        "全年完成420个村的整村推进；全省实现53.22万低收入人口脱贫。\n", 2010, "persons_lifted", ["53.22万"],
        id="low_income_persons_lifted"),
    pytest.param(
        "2012年，年初下发了全年帮助30万农村贫困人口脱贫的工作方案。截至2012年底，全省实现32.2万农村贫困人口脱贫，为年度目标的107.33%。\n",
        2012, "persons_lifted", ["32.2万"], id="the_persons_a_plan_is_to_lift_are_none_lifted"),
    pytest.param(
        "二、资金到位情况\n2017年，全县易地扶贫搬迁项目到位资金21,054万元。资金按照分类补助标准使用：建档立卡搬迁人口按人均2.5万元补助，"
        "共需9,510万元；同步搬迁户按户均4万元补助，共需11,544万元。\n三、资金拨付和使用情况\n截至2017年12月31日，全县累计支出"
        "19,672.4万元，支出率93.44%，结转资金1,381.6万元。\n", 2017, "funds_spent", ["19,672.4万元"],
        id="what_a_standard_calls_for_is_no_spending"),
    pytest.param(
        "四类指标分值分别为20分、20分、25分、35分，我市自评得分分别为19分、18分、23.5分、33分，综合自评得分93.5分，自评等级为“优”。\n",
        2018, "self_score", ["93.5分"], id="the_overall_self_score_after_the_items"),
    pytest.param(
        "全年共脱贫退出建档立卡贫困户1410户6732人，超过年初下达的5700人减贫任务。\n", 2018, "households_lifted", ["1410户"],
        id="households_lifted_as_those_who_left_the_register"),
    pytest.param(
        "（二）资金结构。按资金来源细分，全年到位财政专项扶贫资金52,046万元：中央财政专项扶贫资金9,862万元，自治区财政专项扶贫资金"
        "11,350万元，市级财政安排26,180万元，县（市）区财政安排4,654万元。\n", 2018, "funds_received_total", ["52,046万元"],
        id="the_whole_a_breakdown_lists_after_a_colon_is_no_item_of_it"),
]


@pytest.mark.parametrize("text, year, field, expected", FIELD_CASES)
def test_the_figures_of_a_field(text, year, field, expected):
    assert [f.text for f in check(text, year=year).figures if f.field == field] == expected


@pytest.mark.parametrize("share, severity", [("44.23", "info"), ("44.32", "error")])
def test_a_share_of_the_row_the_table_above_names(share, severity):
    doc = check("截至2020年12月31日，全县整合资金累计支出52,948.35万元。\n表2 2020年统筹整合资金支出结构（单位：万元）\n"
                "支出类别\t项目个数\t支出金额\n产业发展\t86个\t23,416.5\n基础设施建设\t142个\t29,531.85\n合计\t228个\t52,948.35\n"
                f"从结构看，用于产业发展的资金占全年支出的{share}%。\n", year=2020)
    values(only(doc, "share", severity), share, "44.23")


@pytest.mark.parametrize("share, severity", [("69.90", "info"), ("67.90", "error")])
def test_a_share_of_two_amounts_the_subject_names_together(share, severity):
    doc = check("梅州市2017年度精准扶贫资金绩效自评情况报告\n2017年全市共筹集精准扶贫资金17.34亿元。\n2017年筹集的资金中，省级财政扶贫资金68,520万元，广州市对口帮扶资金52,680万元，"
                f"社会帮扶及扶贫济困日募集资金21,000万元。省级资金和对口帮扶资金合计占当年筹集总额的{share}%。\n", year=2017)
    values(only(doc, "share", severity), share, "69.90")


@pytest.mark.parametrize("share, severity", [("21.47", "info"), ("22.47", "error")])
def test_a_share_of_the_whole_place_for_a_county_named_at_its_sentences_head(share, severity):
    doc = check("梅州市2017年度精准扶贫资金绩效自评情况报告\n2017年全市筹集精准扶贫资金173,400万元。\n"
                f"从县级看，五华县贫困人口最多，筹集资金37,230万元，占全市的{share}%。\n", year=2017)
    values(only(doc, "share", severity), share, "21.47")


def test_an_items_cost_above_the_funds_is_one_even_as_planned():
    doc = check("项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t372.29\t372.29\t372.29\n一级指标\t二级指标\t"
                "三级指标\t年度指标值\t实际完成值\n产出指标\t成本指标\t道路交通设施\t≤713万元\t713万元\n", year=2021)
    values(only(doc, "same_figure_differs", "error"), 7130000, 3722900)


@pytest.mark.parametrize("growth, severity", [("9.74", "info"), ("9.47", "error")])
def test_a_change_over_the_year_before_whose_amount_is_named(growth, severity):
    doc = check(f"2021年闻喜县到位衔接资金8,962.40万元，2022年比上年增加873.20万元，增长{growth}%。\n", year=2022)
    values(only(doc, "growth", severity), growth, "9.74")


@pytest.mark.parametrize("share, severity", [("83.96", "info"), ("83.69", "error")])
def test_a_share_of_that_places_amount_from_its_row(share, severity):
    doc = check("县（区）\t计划投资（万元）\t到位资金（万元）\t其中：统筹整合财政资金（万元）\n环县\t5,860\t5,860\t4,920\n"
                "华池县\t2,140\t2,140\t1,850\n合计\t8,000\t8,000\t6,770\n全市到位资金8,000万元。从资金结构看，环县落实统筹整合资金"
                f"4,920万元，占该县到位资金的{share}%；华池县落实1,850万元，占86.45%。\n", year=2019)
    found = [(f.severity, str(f.computed)) for f in of_rule(doc, "share")]
    assert (severity, "83.96") in found and ("error", "31.57") not in found, summary(doc)     # (not 1,850 of 5,860)


@pytest.mark.parametrize("share, severity", [("47.34", "info"), ("49.34", "error")])
def test_a_share_of_a_level_listed_above_with_no_field_of_it(share, severity):
    doc = check("某光伏扶贫电站项目绩效评价报告\n项目总投资1.69亿元，其中：财政扶贫资金出资6,760万元，企业自筹10,140万元。财政扶贫资金中，"
                "中央财政专项扶贫资金3,200万元，自治区财政专项扶贫资金2,150万元，旗本级配套1,410万元。\n"
                f"从来源结构看，中央资金占财政扶贫资金的{share}%，自治区资金占31.80%，旗本级资金占20.86%。\n", year=2018)
    found = [(f.severity, str(f.declared), str(f.computed)) for f in of_rule(doc, "share")]
    assert (severity, share, "47.34") in found and ("info", "31.8", "31.8") in found, summary(doc)


@pytest.mark.parametrize("rate, severity", [("93.71", "info"), ("95.71", "error")])
def test_a_rate_over_what_was_spent_and_what_is_left_in_its_sentence(rate, severity):
    doc = check(f"截至2019年12月31日，全市累计支出产业扶贫资金3,891.81万元，支出率为{rate}%，尚未支出261.19万元。\n", year=2019)
    values(only(doc, "execution_rate", severity), rate, "93.71")


@pytest.mark.parametrize("rate, severity", [("98.64", "info"), ("96.84", "error")])
def test_a_rows_execution_rate_of_the_spent_over_the_received_where_no_budget_column(rate, severity):
    doc = check("县（区）\t到位资金（万元）\t已支出（万元）\t执行率\t自评得分\n朝天区\t8,754.3\t8,612.9\t98.38%\t92.5\n"
                f"苍溪县\t17,903.4\t17,660.12\t{rate}%\t95.5\n合计\t26,657.7\t26,273.02\t98.56%\t—\n", year=2020)
    found = [(f.severity, str(f.declared), str(f.computed)) for f in of_rule(doc, "budget_rate")]
    assert (severity, rate, "98.64") in found and ("info", "98.38", "98.38") in found, summary(doc)


@pytest.mark.parametrize("share, severity", [("65.13", "info"), ("56.13", "error")])
def test_a_share_of_all_the_amounts_its_noun_names_over_their_sum(share, severity):
    doc = check("按村别统计，9个贫困村扶持198户、兑付资金1,163,400元，14个非贫困村扶持106户、兑付资金622,800元，"
                f"贫困村兑付资金占全部兑付资金的{share}%。\n", year=2017)
    values(only(doc, "share", severity), share, "65.13")       # 1,163,400 ÷ 1,786,200, not 622,800 ÷ 1,163,400


@pytest.mark.parametrize("share, severity", [("20", "info"), ("25", "error")])
def test_a_share_of_all_put_in_over_the_total_its_list_adds_up_to(share, severity):
    doc = check("二、资金投入\n2017年全县实际整合财政涉农资金23,000万元。全年全县用于脱贫攻坚的各类资金共11.5亿元，按来源分："
                "统筹整合财政涉农资金2.3亿元，行业部门资金1.3亿元，融资贷款6.8亿元，其他资金1.1亿元。"
                f"其中统筹整合资金占全部投入的{share}%。\n", year=2017)
    values(only(doc, "share", severity), share, "20")          # of 11.5亿元, not of the 23,000万元 integrated


@pytest.mark.parametrize("county, severity", [("815", None), ("851", "error")])
def test_a_levels_funds_its_budget_arranged_are_its_part_of_the_funds_received(county, severity):
    doc = check("（一）资金到位。2015年全县共落实各级财政专项扶贫资金9,846.5万元。其中：中央财政专项扶贫资金5,923.8万元，"
                "占到位资金总额的60.16%；省级财政专项扶贫资金2,871.2万元，省上分两批下达；市级财政专项扶贫资金236.5万元；"
                f"县级财政预算安排{county}万元。\n", year=2015)
    assert {severity for rule, severity in _non_info(doc) if rule in ("parts_sum", "received_sum")} <= {severity}, \
        summary(doc)
    assert of_rule(doc, "received_sum", severity or "info"), summary(doc)


@pytest.mark.parametrize("paid, severity", [("33.82", None), ("35.82", "error")])
def test_what_is_left_to_pay_is_no_part_of_what_was_paid(paid, severity):
    doc = check("项目资金486.00万元已全部下达到位。截至2018年12月31日，已支付471.42万元，预算执行率97.00%，其中苗木及栽植费264.00万元、"
                f"大棚提升改造费173.60万元已全额支付，灌溉管网工程支付{paid}万元，尚余14.58万元工程尾款待竣工结算审计后支付。\n",
                year=2018)
    assert {severity for _, severity in _non_info(doc)} <= {severity}, summary(doc)
    assert of_rule(doc, "parts_sum", severity or "info"), summary(doc)


@pytest.mark.parametrize("share, severity", [("28.09", "info"), ("28.90", "error")])
def test_a_share_of_the_adjusted_whole_is_over_the_amount_that_names_its_noun(share, severity):
    doc = check("调整后统筹整合规模为46,218.35万元，比年初方案增加1,697.67万元。\n基础设施方面，调整后安排33,234.40万元，实际支出"
                f"32,394.44万元。\n产业发展方面，调整后安排12,983.95万元，占调整后总规模的{share}%。\n", year=2021)
    values(only(doc, "share", severity), share, "28.09")       # not 12,983.95 ÷ 33,234.40, an item's


@pytest.mark.parametrize("score, severity", [("28", "info"), ("29", "error")])
def test_a_table_of_places_scores_above_the_indicators_is_no_part_of_the_total(score, severity):
    doc = check("县区\t分配资金（万元）\t县区自评得分（分）\n武山县\t1,980\t93.5\n清水县\t1,690\t91.0\n甘谷县\t2,240\t94.0\n"
                "合计\t5,910\t平均92.83\n市级综合自评得分93.5分，具体如下：\n评价内容\t分值（分）\t自评得分（分）\n资金管理\t30\t28.5\n"
                f"项目管理\t30\t{score}\n产出效益\t30\t27.5\n群众满意度\t10\t9.5\n合计\t100\t93.5\n", year=2014)
    assert len(only(doc, "score_sum", severity).figures) == 5, summary(doc)     # the total and its 4 rows


@pytest.mark.parametrize("average, severity", [("910.26", None), ("901.26", "error")])
def test_an_average_of_what_is_paid_each_year(average, severity):
    doc = check("按中央投资1,420万元的6%计算，电站每年应缴纳扶贫收益不低于85.2万元，覆盖全县9个贫困村、936户建档立卡贫困户，"
                f"户均可得{average}元。\n", year=2016)
    assert [(f.severity, str(f.computed)) for f in of_rule(doc, "average") if f.severity != "info"] == \
        ([(severity, "910.26")] if severity else []), summary(doc)


@pytest.mark.parametrize("share, severity", [("60.02", "info"), ("62.00", "error")])
def test_a_share_of_this_years_funds_is_not_over_the_year_befores_stated_after_it(share, severity):
    doc = check("2020年全县纳入统筹整合范围的财政专项扶贫资金和涉农资金共计66,350万元。\n2020年安排产业发展项目236个，投入资金39,820万元，"
                f"占当年整合资金的{share}%；上年用于产业的资金为36,680万元，占当年整合资金63,250万元的57.99%。\n", year=2020)
    assert [(f.severity, str(f.computed)) for f in of_rule(doc, "share") if Decimal(f.declared) == Decimal(share)] == \
        [(severity, "60.02")], summary(doc)


@pytest.mark.parametrize("growth, severity", [("7.63", "info"), ("7.36", "error")])
def test_a_county_growth_holds_for_the_amount_of_its_own_paragraph(growth, severity):
    doc = check("2020年全县到位衔接资金18,820万元，其中县级资金4,200万元。\n2020年蔬菜产业项目到位资金5,600万元，其中县级资金"
                f"1,270万元。县级资金比2019年的1,180万元增长{growth}%。\n", year=2020)
    values(only(doc, "county_growth", severity), growth, "7.63" if severity == "info" else "255.93")


@pytest.mark.parametrize("total, severity", [("97.29", "info"), ("98.29", "error")])
def test_subtotal_rows_named_in_their_second_cell_are_not_counted_again(total, severity):
    doc = check("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t彝家新寨建设个数\t20个\t20个\t50\t49\n"
                "效益指标\t社会效益指标\t改善住房条件农户\t1700户\t1700户\t30\t29\n满意度指标\t服务对象满意度\t受益群众满意度\t≥90%\t95.6%\t"
                "10\t10\n预算执行率\t\t\t\t\t10\t9.29\n小计\t产出指标\t\t\t\t50\t49\n小计\t效益指标\t\t\t\t30\t29\n"
                f"小计\t满意度指标\t\t\t\t10\t10\n总分\t\t\t\t\t100\t{total}\n", year=2016)
    values(only(doc, "score_sum", severity), total, "97.29")


@pytest.mark.parametrize("share, severity", [("57.62", "info"), ("57.26", "error")])
def test_a_share_of_the_years_spending_is_not_over_the_year_befores(share, severity):
    doc = check("截至2022年12月31日，全年执行4,219.56万元，执行率96.34%。全年执行数比上年的3,862.4万元增长9.25%。\n"
                f"从执行结构看，特色产业发展实际执行2,431.2万元，占全年执行数的{share}%。\n", year=2022)
    values(only(doc, "share", severity), share, "57.62")


@pytest.mark.parametrize("total, severity", [("13,065.42", "info"), ("13,056.42", "error")])
def test_the_years_funds_received_after_the_upper_levels_added_some(total, severity):
    doc = check("2017年初，县扶贫开发领导小组审定的全年财政专项扶贫资金安排计划为12,480.00万元。年度执行中，上级追加下达了部分资金，"
                f"全年实际到位{total}万元。\n按资金来源分：中央财政专项扶贫资金"
                "5,862.00万元，省级财政专项扶贫资金4,731.00万元，市级财政专项扶贫资金603.42万元，县级财政预算安排1,869.00万元。\n",
                year=2017)
    assert of_rule(doc, "received_sum", severity), summary(doc)


@pytest.mark.parametrize("share, severity", [("8.35", "info"), ("8.53", "error")])
def test_a_share_of_an_amount_grown_from_the_year_befores_is_of_this_years(share, severity):
    doc = check("2015年全县共投入财政专项扶贫资金9,826万元，其中：中央资金5,410万元，省级资金3,216万元，市级资金380万元，县本级预算安排"
                "820万元。\n县本级预算安排的扶贫资金由上年的650万元增加到820万元，增长26.15%，县本级投入占全县专项扶贫资金的"
                f"{share}%。\n", year=2015)
    values(only(doc, "share", severity), share, "8.35")


@pytest.mark.parametrize("second, severity", [("10.79", "info"), ("11.79", "error")])
def test_a_breakdown_by_project_of_one_part_its_items_all_name(second, severity):
    doc = check("尚未支付的34.68万元中，工程质保金19.52万元，冷藏库制冷设备尾款15.16万元，设备尾款已于次年一季度付清。"
                f"分项目看，食用菌大棚项目预留质保金8.73万元，道路硬化项目预留质保金{second}万元，合计即为上述质保金。\n", year=2021)
    found = [(f.severity, str(f.declared)) for f in of_rule(doc, "parts_sum") if f.severity != "info" or "8.73" in f.message]
    assert found == [(severity, "195200")], summary(doc)


@pytest.mark.parametrize("share, severity", [("17.28", "info"), ("17.82", "error")])
def test_a_share_of_a_base_written_as_its_parts_in_brackets(share, severity):
    doc = check("五年累计跨科目整合涉农资金4,172.00万元，占同期财政专项扶贫资金（上级9,912.40万元、区级14,236.00万元）的"
                f"{share}%。\n", year=2020)
    values(only(doc, "share", severity), share, "17.28")


@pytest.mark.parametrize("growth, severity", [("29.69", "info"), ("27.96", "error")])
def test_a_growth_from_the_year_befores_amount_to_this_years(growth, severity):
    doc = check(f"州级专项扶贫资金由上年的3,200万元提高到4,150万元，增幅达{growth}%。\n", year=2015)
    values(only(doc, "growth", severity), growth, "29.69")


@pytest.mark.parametrize("share, severity", [("59.74", "info"), ("57.94", "error")])
def test_a_share_of_two_places_named_together(share, severity):
    doc = check("2020年，全市各县区共计到位财政专项扶贫资金31,650.00万元。\n分县区看，杜尔伯特蒙古族自治县到位10,107.00万元，林甸县到位"
                f"8,800.00万元，杜尔伯特、林甸合计占全市资金总量的{share}%。\n", year=2020)
    values(only(doc, "share", severity), share, "59.74")


@pytest.mark.parametrize("share, severity", [("48.77", "info"), ("47.88", "error")])
def test_a_share_of_the_levels_counted_is_of_their_amount_together(share, severity):
    doc = check("2014年，全省各级财政共安排财政专项扶贫资金63.82亿元。其中，中央财政下达20.15亿元；省、市、县三级财政安排43.67亿元。"
                f"在三级投入中，省级21.30亿元、市级6.12亿元、县级16.25亿元，省级投入占三级投入的{share}%。\n", year=2014)
    values(only(doc, "share", severity), share, "48.77")


def test_the_base_of_a_parts_share_is_no_part_of_the_list():
    doc = check("2021年全区共到位衔接资金4,817.00万元，其中：中央资金1,846.00万元；省级资金1,120.00万元；市级资金1,201.00万元，"
                "占全市同批次资金2,568.00万元的46.77%；区级财政预算安排650.00万元。\n", year=2021)
    assert not _non_info(doc) and of_rule(doc, "parts_sum", "info"), summary(doc)


@pytest.mark.parametrize("total, severity", [("91.5", "info"), ("92.5", "error")])
def test_a_table_of_one_rows_detail_after_the_total_is_no_part_of_it(total, severity):
    doc = check("一级指标\t分值（分）\t得分（分）\n决策\t15\t13.5\n过程\t25\t23\n产出\t30\t28.5\n效益\t30\t26.5\n"
                f"合计\t100\t{total}\n产出指标明细如下：\n二级指标\t分值（分）\t得分（分）\n产出数量\t10\t10\n产出质量\t10\t9.5\n"
                "产出时效\t5\t4\n产出成本\t5\t5\n小计\t30\t28.5\n", year=2016)
    values(only(doc, "score_sum", severity), total, "91.5")


def test_a_list_after_a_sentence_between_is_not_of_the_item_before():
    doc = check("3.扶贫小额信贷贴息1,176万元；\n4.易地扶贫搬迁后续产业配套2,584万元。\n以上各项合计与到位资金总额一致。\n\n"
                "从乡镇分布看，资金重点向深度贫困村集中的北部坝区倾斜。其中，张三营镇、郭家屯镇、西阿超乡、步古沟镇四个乡镇合计安排资金9,684万元，"
                "占全县资金的33.81%；47个村村均安排基础设施资金118.6万元。\n", year=2018)
    assert not [f for f in of_rule(doc, "parts_sum") if f.severity != "info"], summary(doc)


def test_the_last_batch_of_one_level_is_no_total_of_the_next_levels_batches():
    doc = check("中央资金分三批到位：第一批12,080万元；第二批6,930万元；第三批2,550万元，三批合计即为上述中央资金数。省级资金分两批到位，"
                "分别为5,200万元和3,747.3万元。\n", year=2019)
    assert not [f for f in of_rule(doc, "parts_sum") if f.severity != "info"], summary(doc)


def test_the_last_source_after_its_lead_is_no_total_of_a_breakdown_of_the_budget():
    doc = check("项目年初预算4,260万元，资金来源为：中央财政专项扶贫资金2,556万元，占60%；省级财政专项扶贫资金1,065万元；县级财政资金"
                "639万元。按建设内容划分，储窖建设2,160万元，脱毒种薯推广补助860万元，种植基地配套设施1,240万元。\n", year=2017)
    assert not [f for f in of_rule(doc, "parts_sum") if f.severity != "info"], summary(doc)


@pytest.mark.parametrize("share, severity", [("53.36", "info"), ("58.36", "error")])
def test_a_share_of_the_countys_funds_received_is_over_its_total(share, severity):
    doc = check("隆化县2018年度财政专项扶贫资金绩效自评报告\n全年全县共筹集财政专项扶贫资金28,640万元，其中：中央财政专项扶贫资金17,825万元，"
                "省级财政专项扶贫资金7,430万元，市级财政专项扶贫资金986万元，县级财政预算安排2,399万元。\n三、资金使用方向\n"
                f"2018年投向产业扶贫的资金为15,282万元，占全县到位资金的{share}%。\n", year=2018)
    values(only(doc, "share", severity), share, "53.36")


@pytest.mark.parametrize("share, severity", [("15.54", "info"), ("15.45", "error")])
def test_a_counties_share_of_the_whole_prefecture_in_its_report(share, severity):
    doc = check("韶关市2020年度财政扶贫资金绩效评价报告\n2020年全市到位财政扶贫资金46,756.9万元，其中：中央资金18,426万元，"
                "省级资金21,357.4万元，市级资金2,460万元，县级资金4,513.5万元。\n从各县（市、区）看，乐昌市到位资金最多，达7,265.8万元，"
                f"占全市的{share}%。\n", year=2020)
    values(only(doc, "share", severity), share, "15.54")


@pytest.mark.parametrize("rate, severity", [("96.05", "info"), ("96.50", "error")])
def test_a_rows_rate_over_what_came_in_where_the_year_start_budget_gives_none(rate, severity):
    doc = check("单位：万元\n资金来源\t年初预算数\t全年到位数\t全年执行数\t执行率\n中央资金\t1,200\t1,356\t1,302.4\t"
                f"{rate}%\n省级资金\t1,650\t1,872.6\t1,790.22\t95.60%\n", year=2016)
    assert (severity, Decimal(rate), Decimal("96.05")) in [(f.severity, Decimal(f.declared), Decimal(f.computed))
                                                          for f in of_rule(doc, "budget_rate")], summary(doc)


# ---------------------------------------------------------------- a checker's report: stated beside verified

VERIFIED = ("经核对，2022年某县到位衔接资金20,000万元，与县级自评报告一致。县级自评报告称已支出19,800万元，支出率99%。"
            "核查认定其中150万元为预付款，扣除后实际支出19,650万元，支出率{rate}%，结转结余350万元。\n"
            "核查对照表（单位：万元）\n项目\t自评报告数\t核实数\t差异\n到位资金合计\t20,000\t20,000\t0\n"
            "其中：中央资金\t14,000\t14,000\t0\n省级资金\t{provincial}\t4,000\t0\n县级资金\t2,000\t2,000\t0\n"
            "已支出\t19,800\t19,650\t150\n结转结余\t200\t350\t150")


def test_the_assessed_reports_figures_are_not_the_checkers():
    # the quoted 19,800 and 99% are the county's statement; the spending, rate and carry-over are what was verified
    doc = check(VERIFIED.format(rate="98.25", provincial="4,000"), year=2022)
    fields = {f.field: f.value for f in doc.figures if f.field}
    assert (fields["funds_spent"], fields["execution_rate"], fields["funds_carryover"]) == \
        (D("196500000"), D("98.25"), D("3500000")), summary(doc)
    assert [f.value for f in doc.figures if f.scope.startswith("所报:") and f.cell is None] == [D("198000000"), D("99")]
    no_error(doc)


def test_a_total_on_top_sums_its_levels_not_the_spending_under_it():
    # 到位资金合计 on top: 其中 opens its levels; 已支出 and 结转结余 are other stages, no parts of it
    doc = check(VERIFIED.format(rate="98.25", provincial="4,000"), year=2022)
    no_error(doc, "table_total")
    found = only(check(VERIFIED.format(rate="98.25", provincial="4,800"), year=2022), "table_total", "error")
    values(found, 200000000, 208000000)


def test_the_verified_rate_is_checked():
    values(only(check(VERIFIED.format(rate="97.25", provincial="4,000"), year=2022), "execution_rate", "error"),
           97.25, 98.25)


# ---------------------------------------------------------------- money at the report's disposal as a base

AVAILABLE = ("2022年全县衔接资金可用规模6,575.5万元，由上年结转和本年下达组成。上年结转：2021年度衔接资金结转175.5万元。"
             "本年下达：6,400万元，其中中央资金4,200万元、省级资金1,700万元、县级资金500万元。\n"
             "截至2022年12月31日，全县衔接资金共支出6,318.2万元，占可用资金的{rate}%；年末结余{carry}万元结转2023年使用。")


def test_spending_and_carry_over_of_the_funds_at_disposal_hold():
    # 6,318.2 + 257.3 = 6,575.5 (the funds at disposal), not the 6,400 received; 6,318.2 ÷ 6,575.5 = 96.09%
    doc = check(AVAILABLE.format(rate="96.09", carry="257.3"), year=2022)
    no_error(doc)
    assert {f.field: f.value for f in doc.figures if f.field}["funds_received_total"] == D("64000000")


def test_a_rate_over_the_funds_at_disposal_contradiction():
    values(only(check(AVAILABLE.format(rate="97.09", carry="257.3"), year=2022), "execution_rate", "error"),
           97.09, 96.09)


def test_a_carry_over_against_the_funds_at_disposal_contradiction():
    assert errors(check(AVAILABLE.format(rate="96.09", carry="275.3"), year=2022))


# ---------------------------------------------------------------- group scores with their items after 其中

GROUP_ITEMS = ("（一）产出指标：分值50分，自评得分{output}分。其中，项目数分值25分，得25分；完工率分值25分，得24.5分。\n"
               "（二）效益指标：分值40分，自评得分40分。其中，带动户数分值20分，得20分；务工人数分值20分，得20分。\n"
               "（三）预算执行：分值10分，得9.7分。\n自评总分99.2分。")


def test_group_scores_with_their_items_hold():
    quiet(check(GROUP_ITEMS.format(output="49.5")), "score_sum")


def test_group_scores_with_their_items_contradiction():
    values(only(check(GROUP_ITEMS.format(output="48.5")), "score_sum", "error"), 99.2, 98.2)


# ---------------------------------------------------------------- rounds 436–438: items, bases and level rows

def test_one_places_funds_and_spending_are_no_breakdown_of_the_total_spent():
    doc = check("截至2022年12月31日，全州衔接资金累计支出435,469.78万元，支出率97.44%。分县看，昭觉县下达资金规模居全州首位，"
                "全年下达58,264.93万元，已支出57,318.46万元，支出率98.38%。", year=2022)
    no_error(doc, "parts_sum")


WORK_FUND = ("（三）以工代赈资金。以工代赈资金14,800,000.00元，由县发改委组织实施：新建改建农村公路23.5公里，投资1,036万元；"
             "新建草场灌溉渠道6.8公里，投资444万元。项目发放劳务报酬266.4万元，占以工代赈资金的{share}%。")


def test_a_share_of_a_task_fund_is_over_its_whole_not_a_works():
    quiet(check(WORK_FUND.format(share="18"), year=2019), "share")
    values(only(check(WORK_FUND.format(share="21"), year=2019), "share", "error"), 21, 18)


RESPECTIVE_FUNDS = ("2019年全县到位中央资金12,436.20万元。中央资金中，发展资金9,830.20万元，少数民族发展资金1,126万元，以工代赈资金"
                    "1,480万元；少数民族发展资金、以工代赈资金分别占中央资金的9.05%和{second}%。")


def test_shares_of_the_funds_named_respectively_hold():
    quiet(check(RESPECTIVE_FUNDS.format(second="11.90"), year=2019), "share")


def test_shares_of_the_funds_named_respectively_contradiction():
    # the second share takes the first's base: 1,480 ÷ 12,436.20 = 11.90%
    values(only(check(RESPECTIVE_FUNDS.format(second="12.90"), year=2019), "share", "error"), 12.9, 11.9)


def test_a_share_of_the_funds_is_not_over_the_librarys_planned_investment():
    doc = check("年度入库项目412个，规划总投资46,820万元。2022年从库中选取实施项目156个，到位资金18,497万元全部落实到项目。"
                "按项目类别统计：\n1.产业发展类项目68个，安排资金10,652.6万元，占资金总额的57.59%。", year=2022)
    no_error(doc, "share")


LEVEL_TABLE = ("盟级下达配套资金{city}万元，主要用于嘎查村集体经济项目。中央资金中，发展资金1,005.5万元，少数民族发展资金318万元。\n"
               "单位：万元\n资金级次\t到位资金\t已支出\t结转\n中央资金\t1,863.5\t1,812.36\t51.14\n盟级资金\t150\t146.8\t3.2\n"
               "合计\t2,013.5\t1,959.16\t54.34")


def test_a_levels_amount_in_the_text_against_its_row_of_a_table_of_stages():
    found = only(check(LEVEL_TABLE.format(city="105"), year=2020), "same_figure_differs", "warning")
    values(found, 1050000, 1500000)
    # (发展资金 in 中央资金中，… is a kind of the central funds, no restatement of their row)
    assert not of_rule(check(LEVEL_TABLE.format(city="150"), year=2020), "same_figure_differs")


# ---------------------------------------------------------------- rounds 439–442: parts, departments and named bases

def test_levels_restated_are_of_the_part_they_add_up_to():
    doc = check("2022年，全县到位衔接资金18,260万元，其中安排在我镇实施的项目11个、资金946.5万元，占全县的5.18%。分级次看，"
                "中央资金612万元、省级资金254.5万元、县级资金80万元。", year=2022)
    no_error(doc, "parts_sum")


DEPARTMENT_PART = ("2022年，全县共到位衔接推进乡村振兴补助资金31,250万元。\n（二）我局承担的资金和项目\n由我局负责组织实施的衔接资金"
                   "项目共18个，下达资金4,820万元。\n（一）资金支付。截至2022年12月31日，我局承担的衔接资金项目已支付4,575.6万元，"
                   "支付率{rate}%；尚未支付{left}万元，主要是设备尾款。")


def test_a_departments_spending_is_of_its_own_part():
    # 4,575.6 + 244.4 = 4,820 (the department's), 4,575.6 ÷ 4,820 = 94.93%: not the county's 31,250
    doc = check(DEPARTMENT_PART.format(rate="94.93", left="244.4"), year=2022)
    no_error(doc)


def test_an_earnings_share_holds_and_fails():
    text = ("全县经营性资产原值42,615.3万元。2021年全县经营性资产实现收益1,862.4万元。用于分红1,120.5万元，支付公益性岗位工资"
            "510万元，合计1,630.5万元，占收益总额的{share}%。")
    quiet(check(text.format(share="87.55"), year=2021), "share")
    values(only(check(text.format(share="88.55"), year=2021), "share", "error"), 88.55, 87.55)


OWN_FUND_SHARES = ("保德县2024年度衔接推进乡村振兴补助资金绩效自评报告\n2024年全县到位衔接资金17,494万元。2024年我县统筹整合财政涉农资金21,076.8万元，除衔接资金外，整合了水利发展资金"
                   "862.3万元、农田建设补助资金1,950万元、林业草原改革发展资金770.5万元，衔接资金占统筹整合资金的{first}%。"
                   "全年衔接资金用于产业发展10,671.3万元，占衔接资金总额的{second}%。")


def test_shares_of_and_over_the_reports_own_funds_hold():
    # 17,494 ÷ 21,076.8 = 83.00%; 10,671.3 ÷ 17,494 = 61.00%
    quiet(check(OWN_FUND_SHARES.format(first="83", second="61"), year=2024), "share")


def test_shares_of_and_over_the_reports_own_funds_contradiction():
    values(only(check(OWN_FUND_SHARES.format(first="85", second="61"), year=2024), "share", "error"), 85, 83)
    values(only(check(OWN_FUND_SHARES.format(first="83", second="63"), year=2024), "share", "error"), 63, 61)


BARE_LEVEL_SHARE = ("全年到位衔接资金38,223万元，其中中央资金24,617万元。全年衔接资金安排产业发展项目资金22,932.6万元，占衔接资金的60%，"
                    "重点支持茶叶产业；中央资金用于产业发展15,348万元，占比{share}%。")


def test_a_bare_share_after_a_named_base_is_over_its_own_level():
    quiet(check(BARE_LEVEL_SHARE.format(share="62.35"), year=2023), "share")
    values(only(check(BARE_LEVEL_SHARE.format(share="64.35"), year=2023), "share", "error"), 64.35, 62.35)


def test_items_with_their_own_closing_total_are_not_the_sentence_befores():
    doc = check("全年共安排扶贫项目146个。其中：产业发展类项目63个，安排资金6,215.8万元；教育、就业及其他类项目31个，安排资金"
                "1,872.3万元。分乡镇看，湾岭镇、黎母山镇和长征镇安排资金较多，分别为1,386.5万元、1,204.16万元和1,152.8万元，"
                "以上合计3,743.46万元。", year=2019)
    no_error(doc, "parts_sum")


# ---------------------------------------------------------------- rounds 443–450: integrated funds, corrections, additions

INTEGRATED = ("南部县2021年度衔接推进乡村振兴补助资金绩效自评报告\n2021年，我县共到位衔接推进乡村振兴补助资金21,856万元。"
              "全年实际整合资金30,696万元。\n"
              "资金来源\t计划整合\t实际整合\t已支出\n衔接推进乡村振兴补助资金\t21,856\t21,856\t21,203.48\n农田建设补助资金\t6,480\t"
              "6,480\t6,312.7\n水利发展资金\t2,360\t2,360\t2,241.85\n合计\t30,696\t30,696\t29,758.03\n"
              "截至2021年12月31日，全县衔接资金已支出21,203.48万元，衔接资金执行率为97.01%，结转下年652.52万元。统筹整合资金已支出"
              "29,758.03万元，整合资金执行率为96.94%。整合资金中，产业发展12,620万元，占整合资金总额的{share}%。")


def test_a_table_of_integrated_funds_is_no_table_of_the_reports_own():
    # the 合计 of a table whose rows name the report's fund as one source of several is the integrated funds'
    doc = check(INTEGRATED.format(share="41.11"), year=2021)
    fields = {f.field: f.value for f in doc.figures if f.field}
    assert fields["funds_spent"] == D("212034800") and fields["execution_rate"] == D("97.01"), summary(doc)
    no_error(doc)


def test_a_share_of_the_integrated_funds_is_over_them_not_the_reports_own():
    # 12,620 ÷ 30,696 = 41.11%, not over the 21,856 of 衔接资金
    values(only(check(INTEGRATED.format(share="43.11"), year=2021), "share", "error"), 43.11, 41.11)


def test_parts_named_by_use_after_a_fund_are_some_of_it():
    doc = check("（二）资金投向。实际整合资金中，产业发展20,634.8万元，占整合资金的42.58%，其中黄连产业2,360万元、辣椒产业1,480万元；"
                "农村基础设施18,240.6万元，占37.64%。", year=2021)
    no_error(doc, "parts_sum")


def test_uses_closed_by_the_rest_are_all_of_it():
    doc = check("全年衔接资金62,418.6万元按用途划分，其中：产业发展31,860万元，农村基础设施建设18,420万元，就业帮扶、易地搬迁后续扶持"
                "及其他10,638.6万元。", year=2022)
    values(only(doc, "parts_sum", "error"), 624186000, 609186000)


def test_parts_are_not_of_the_amount_compared_with():
    doc = check("2023年全县到位衔接推进乡村振兴补助资金8,594万元，比年初预计的7,850万元多744万元。其中中央资金3,965万元，省级资金"
                "2,874万元，市级资金305万元，县级资金1,450万元。", year=2023)
    no_error(doc)


ADDED = "县级资金年初预算安排3,000万元，年中追加20万元，比2021年的2,800万元增长{growth}%。"


def test_growth_of_the_year_start_amount_and_what_was_added():
    quiet(check(ADDED.format(growth="7.86"), year=2022), "growth")
    values(only(check(ADDED.format(growth="8.86"), year=2022), "growth", "error"), 8.86, 7.86)


HOLDERS = ("2024年全省到位中央和省级衔接资金1,273,840万元，其中省本级留用6,500万元；其余1,267,340万元按因素法全部分配下达到市县。\n"
           "截至2024年12月31日，省本级安排资金已支出6,183.72万元，支出进度{own}%；市县支出1,241,815.02万元，支出进度{rest}%。")


def test_a_rate_of_a_holders_funds_is_over_what_that_holder_was_given():
    # 6,183.72 ÷ 6,500 = 95.13%; 1,241,815.02 ÷ 1,267,340 = 97.99%
    doc = check(HOLDERS.format(own="95.13", rest="97.99"), year=2024)
    no_error(doc)
    values(only(check(HOLDERS.format(own="96.13", rest="97.99"), year=2024), "share", "error"), 96.13, 95.13)


def test_the_counties_own_level_is_county():
    doc = check("2022年全州共到位衔接资金197,653.5万元。其中州级资金5,200万元，县市级资金21,647.5万元。州级安排比上年的4,800万元增加"
                "400万元，增长8.33%。", year=2022)
    assert [f.fund_level for f in doc.figures if f.kind == "money"][1:3] == ["city", "county"], summary(doc)
    no_error(doc, "growth")


# ---------------------------------------------------------------- round 451–458 classes

GROUPED_SCORES = ("经自评，我县2022年度衔接资金绩效自评得分{total}分。\n评价指标\t分值（分）\t得分（分）\n"
                  "一、资金投入\t20\t19\n（一）资金到位及时性\t10\t10\n（二）县级财政投入\t10\t9\n"
                  "二、资金管理\t30\t28.5\n（一）资金支出进度\t15\t14.5\n（二）资金使用合规性\t15\t14\n"
                  "三、使用成效\t50\t47.5\n（一）产业发展和带贫效果\t30\t28.5\n（二）群众满意度\t20\t19\n合计\t100\t{total}\n")


def test_numbered_groups_that_sum_their_items_are_subtotals():
    # 19 + 28.5 + 47.5 = 95: each 一、 group restates its （一）（二） items and is counted once
    quiet(check(GROUPED_SCORES.format(total="95"), year=2022), "score_sum")
    values(only(check(GROUPED_SCORES.format(total="96"), year=2022), "score_sum", "error"), 96, 95)


def test_city_and_county_levels_together_are_no_county_level():
    doc = check("中央资金31,872万元，省级资金9,214万元。（三）市、县级衔接资金。市级下达我县衔接资金400万元；县级财政安排衔接资金"
                "2,000万元。市、县级资金共2,400万元，已支出2,372.6万元。全县到位各级衔接资金合计43,486万元。", year=2022)
    assert [f.fund_level for f in doc.figures if f.kind == "money"][4] == "city_county", summary(doc)
    no_error(doc)


def test_an_entry_that_states_more_after_its_first_sentence_is_not_summed_as_one_amount():
    doc = check("一、资金投入情况\n全县统筹到位各级财政专项扶贫资金18,652.76万元。具体为：\n"
                "（一）提前下达资金。省财政厅提前下达我县中央财政专项扶贫资金5,130万元；又提前下达省级财政专项扶贫资金1,846万元。\n"
                "（二）县级安排资金。县财政在年初预算中安排专项扶贫资金2,400万元，比上年的2,100万元增长14.29%。\n"
                "（三）第一批中央资金。下达第一批中央资金3,862万元。\n（四）市级资金。下达市级财政专项扶贫资金620万元。\n"
                "（五）第二批资金。下达第二批资金4,215.6万元，其中中央资金3,270万元、省级资金945.6万元。\n"
                "（六）追加资金。追加下达中央资金579.16万元。\n", year=2019)
    no_error(doc, "parts_sum")


def test_the_year_before_is_no_part_of_the_funds_named_again():
    doc = check("2022年，全县共到位衔接推进乡村振兴补助资金37,998万元。\n到位资金中，中央资金24,516万元、自治区资金9,832万元、"
                "市级资金450万元；县级财政安排衔接资金3,200万元，比2021年的3,000万元增长6.67%。", year=2022)
    no_error(doc, "parts_sum")


def test_a_section_total_over_a_list_of_main_projects_is_not_summed():
    doc = check("（二）资金使用。分乡镇看，筠门岭镇1,862.5万元、周田镇1,530万元、西江镇1,248.6万元，上述各镇合计4,641.1万元，其余乡镇"
                "按项目计划分别安排。\n主要项目有：\n1.脐橙产业提升项目。项目总投资2,150万元。\n2.农村供水保障工程。项目投资960万元。\n",
                year=2023)
    no_error(doc, "parts_sum")


def test_an_items_bracketed_parts_are_no_items_of_the_total():
    doc = check("1.蔬菜冷链仓储物流中心项目。该项目2022年开工、2023年完工，总投资2,940万元。资金来源：衔接资金2,000万元（2022年度安排"
                "1,200万元，2023年度安排800万元），企业自筹640万元，银行贷款300万元。", year=2023)
    no_error(doc, "parts_sum")


ITEM_FUND = ("全县2023年到位衔接资金24,738.16万元。\n（二）重点项目情况\n1.南壕堑镇蔬菜冷链项目。总投资2,940万元。\n"
             "2.八道沟镇以工代赈村内道路及排水项目。总投资760万元，其中衔接资金720万元，群众投工投劳折资40万元。项目共发放劳务报酬158.4万元，"
             "占衔接资金的{share}%，吸纳当地群众务工186人。\n")


def test_a_share_of_the_fund_within_an_item_is_over_the_items_amount_of_it():
    # 158.4 ÷ 720 = 22%, not of the county's 24,738.16万元
    quiet(check(ITEM_FUND.format(share="22"), year=2023), "share")
    values(only(check(ITEM_FUND.format(share="24"), year=2023), "share", "error"), 24, 22)


def test_a_target_quoted_after_an_actual_growth_is_no_declared_growth():
    doc = check("全县低收入农户人均可支配收入15,316元，比上年的13,412元增长14.2%，完成“增长10%以上”的年度目标。", year=2021)
    no_error(doc)


BY_BATCHES = ("2022年全县共到位衔接推进乡村振兴补助资金32,468.5万元，先后分六批到位，具体如下：\n1.提前下达资金14,250万元。\n"
              "2.县本级预算安排资金3,200万元。\n3.第一批中央资金6,420万元。\n4.市级资金860万元。\n5.第二批省级资金2,138.5万元。\n"
              "6.追加中央资金5,600万元，文号川财农〔2022〕143号，2022年11月25日下达。该批资金到县时已临近年底，结转下年使用。\n"
              "从资金级次看，中央资金22,880万元，占全部到位资金的70.47%；省级资金{provincial}万元；市级资金860万元；县级资金3,200万元，"
              "比上年的2,900万元多安排300万元，增幅为10.34%。\n")


def test_levels_stated_again_after_a_lists_last_item_are_the_whole_years():
    # 22,880 + 5,528.5 + 860 + 3,200 = 32,468.5
    quiet(check(BY_BATCHES.format(provincial="5,528.5"), year=2022), "received_sum")
    values(only(check(BY_BATCHES.format(provincial="5,582.5"), year=2022), "received_sum", "error"),
           324685000, 325225000)


def test_an_own_programme_beside_the_aid_sent_west_is_another_fund():
    doc = check("苏州市相城区2020年度东西部扶贫协作资金绩效自评报告\n2020年，我区安排对口帮扶石阡县财政援助资金5,460万元，其中区级财政"
                "安排2,300万元。\n区财政统筹安排强村富民专项资金2,760万元，其中苏州市级补助680万元、区级资金2,080万元。", year=2020)
    assert main_fund(doc) == "帮扶资金" and doc.figures[-1].fund == "强村富民资金", summary(doc)
    no_error(doc, "same_figure_differs")


def test_a_batch_column_of_a_table_of_levels_is_no_levels_funds_received():
    doc = check("2022年全县到位衔接推进乡村振兴补助资金36,118.4万元，其中中央资金23,270万元、市级资金8,348.4万元、县级资金4,500万元。\n"
                "表1 2022年衔接资金分级次到位情况（单位：万元）\n资金级次\t提前下达\t年度内下达\t小计\n中央资金\t18,920\t4,350\t23,270\n"
                "市级资金\t6,140\t2,208.4\t8,348.4\n县级资金\t—\t4,500\t4,500\n合计\t25,060\t11,058.4\t36,118.4\n", year=2022)
    no_error(doc, "same_figure_differs")


def test_a_table_row_of_one_project_of_a_township_is_no_townships_amount():
    doc = check("全县21个乡镇中，资金量较大的乡镇为：里耶镇2,315.8万元，洗车河镇1,862.4万元。\n各乡镇代表性项目：\n"
                "里耶镇  长春村百合种植基地提质项目  156万元  种植百合850亩\n洗车河镇  牙龙村猕猴桃基地配套设施项目  87.6万元  新修生产便道3.2公里\n"
                "苗儿滩镇  捞车村土家织锦帮扶车间项目  62.5万元  吸纳就业54人\n", year=2022)
    no_error(doc, "same_figure_differs")


def test_items_each_with_a_share_in_brackets_are_no_base_of_each_other():
    doc = check("全年下达我县衔接推进乡村振兴补助资金24,237万元。\n全县19个乡镇的分配结果为：莽山瑶族乡2,084.6万元（占8.60%），"
                "梅田镇1,736.2万元（占7.16%），黄沙镇1,521.9万元（占6.28%）。", year=2021)
    quiet(doc, "share")


def test_a_neighbours_rate_named_after_its_lead_is_the_neighbours():
    doc = check("威县2023年度衔接资金绩效自评报告\n全县到位衔接资金28,436.52万元。截至2023年12月31日，全县衔接资金实际支付27,918.35万元，"
                "支出率98.18%。同期邻县平乡县支出率为96.4%，我县进度在全市"
                "处于靠前位置。", year=2023)
    no_error(doc, "same_figure_differs")


WRAPPED = ("威宁彝族回族苗族自治县2018年度财政专项扶贫资金\n绩效自评报告\n"
           "按照市财政局、市扶贫开发办公室关于做好2018年度财政专项扶贫\n资金绩效评价自评工作的通知要求，我县成立了由分管副县长任组长，财政、扶\n"
           "贫、审计、发改等部门负责人为成员的自评工作组，采取查阅资料、实地查看、入\n户走访相结合的办法，对全县2018年度财政专项扶贫资金进行了全面自评。\n"
           "一、基本情况\n威宁县是全省贫困人口最多的县，2018年全县共有建档立卡贫困村193个。\n"
           "当年到位财政专项扶贫资金65,992.8万元，其中中央资金\n42,318.6万元、省级资金12,574.2万元、市级资金\n"
           "1,500万元、县级资金9,600万元。县级安排比2017年的\n7,500万元增加2,100万元，增长{growth}%。此外，广州市东西部扶贫协作\n"
           "资金3,860万元另行管理，未纳入本次评价范围。\n二、资金使用及管理情况\n"
           "（一）资金支出。截至2018年12月31日，全县财政专项扶贫资金已支出\n61,845.37万元，支出进度为93.72%，尚有4,147.43万元\n"
           "结转下年继续使用，主要是第四季度下达的中央资金和部分跨年度实施的通组路项\n目。\n"
           "（二）资金投向。全年共实施扶贫项目517个，其中产业扶贫项目243个，投\n入资金36,412.8万元，占当年到位资金的55.18%，超过省里产业资\n"
           "金占比不低于50%的要求。\n")


def _wrapped_by_columns(paragraph: str, columns: int) -> str:
    """The paragraph laid out as a PDF's text: a line is full at so many columns, a Chinese character taking two."""
    lines, line, width = [], "", 0
    for ch in paragraph:
        w = 1 if ch.isascii() else 2
        if width + w > columns:
            lines.append(line)
            line, width = "", 0
        line, width = line + ch, width + w
    return "\n".join(lines + [line])


COLUMNS_WRAPPED = [
    "2023年全县共到位衔接推进乡村振兴补助资金28,436.52万元。其中：中央资金15,230万元，省级资金8,106.52万元，市级资金"
    "1,100万元，县本级财政预算安排4,000万元。本级投入比上年的3,600万元增加400万元，增长{growth}%，达到了本级投入只增不减"
    "的要求。省级资金分三批下达，县里均在收到指标文件后30日内分解落实到具体项目，并在县政府门户网站公开资金分配结果。",
    "截至2023年12月31日，全县衔接资金累计支出27,102.37万元，执行率为95.31%，结转1,334.15万元，主要是11月下达的第三批"
    "省级资金对应的6个基础设施项目尚在施工，按工程进度拨付。全县巩固拓展脱贫攻坚成果和乡村振兴项目库共入库项目1,268个，"
    "当年实施项目486个，其中产业发展项目263个，农村基础设施项目178个，其余为就业帮扶、雨露计划和小额信贷贴息项目。"]
PAGE_BROKEN_TABLE = ("表1　2023年衔接资金到位及支出情况表\n单位：万元\n资金级次  到位资金  已支出  结转\n中央资金  15,230  14,690.25  539.75\n"
                     "\n            — 1 —             \n\n麻城市2023年度衔接资金绩效自评报告\n省级资金  8,106.52  7,412.12  694.4\n"
                     "市级资金  1,100  1,100  0\n本级资金  4,000  3,900  100\n合计  28,436.52  27,102.37  1,334.15\n")


def test_a_text_wrapped_by_columns_reads_whole_and_a_table_goes_on_past_a_page_break():
    text = "麻城市2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n" + "\n".join(
        "　　" + _wrapped_by_columns(p, 68) for p in COLUMNS_WRAPPED) + "\n" + PAGE_BROKEN_TABLE
    doc = check(text.format(growth="11.11"), year=2023)
    assert "比上年的3,600万元增加400万元" in doc.norm and "执行率为95.31%" in doc.norm, doc.norm
    assert [f.value for f in doc.figures if f.cell is not None and f.text == "8,106.52"] == [Decimal("81065200.00")]
    no_error(doc)
    values(only(check(text.format(growth="12"), year=2023), "growth", "error"), 12, 11.11)


RAGGED = [
    "2023年是巩固拓展脱贫攻坚成果同乡村振兴有效衔接的关键之年，全年我县共到位衔接推进乡村振兴补助资金28,436.52万元，其中中央资金"
    "15,230万元、省级资金8,106.52万元、市级资金1,100万元、县本级资金4,000万元。本级投入比上年的3,600万元增加400万元，增长"
    "{growth}%，达到了本级投入只增不减的要求。省级资金分三批下达，县里均在收到指标文件后30日内分解落实到具体项目，并在县政府门户"
    "网站公开资金分配结果。",
    "截至2023年12月31日，全县衔接资金累计支出27,102.37万元，执行率为{rate}%，结转1,334.15万元，主要是11月下达的第三批省级"
    "资金对应的6个基础设施项目尚在施工。全县项目库共入库项目1,268个，当年实施项目486个，其中产业发展项目263个，农村基础设施项目"
    "178个，其余为就业帮扶、雨露计划和小额信贷贴息项目。全年带动脱贫户和监测户增收9,642户，公益岗位安置1,286人，就业帮扶车间"
    "吸纳务工人员842人，群众满意度96.8%，项目验收合格率100%。"]
RAGGED_WIDTHS = (73, 69, 71, 76, 72, 74, 68, 75, 70)      # no three widths next to each other hold 40% of the lines


def _wrapped_raggedly(paragraph: str) -> str:
    """As _wrapped_by_columns, where the layout's justification left each line a few columns short of 76 (by turns,
    RAGGED_WIDTHS), and a number goes down whole where it does not fit."""
    lines, line, width = [], "", 0
    for token in re.findall(r"[\d.,%]+|.", paragraph):
        w = sum(1 if ch.isascii() else 2 for ch in token)
        if width + w > RAGGED_WIDTHS[len(lines) % len(RAGGED_WIDTHS)] and line:
            lines.append(line)
            line, width = "", 0
        line, width = line + token, width + w
    return "\n".join(lines + [line])


def test_a_text_wrapped_raggedly_reads_whole():
    # (a line is full from 68 to 76 columns: …共到位\n衔接推进… is one phrase; the rate is 27,102.37 ÷ 28,436.52 = 95.31%)
    def report(rate: str) -> str:
        return "麻城市2023年度衔接推进乡村振兴补助资金绩效自评报告\n" + "\n".join(
            _wrapped_raggedly(p.format(growth="11.11", rate=rate)) for p in RAGGED)
    doc = check(report("95.31"), year=2023)
    assert "共到位衔接推进乡村振兴补助资金28,436.52万元" in doc.norm, doc.norm
    assert fields_of(doc, "funds_received_total") == ["28,436.52万元"], summary(doc)
    no_error(doc)
    values(only(check(report("96.31"), year=2023), "execution_rate", "error"), 96.31, 95.31)


def test_a_text_wrapped_at_a_fixed_length_reads_its_sentences_whole():
    # (9,600 − 7,500) ÷ 7,500 = 28%: the amount before the wrap is the year before's
    doc = check(WRAPPED.format(growth="28"), year=2018)
    assert "比2017年的7,500万元" in doc.norm, doc.norm
    quiet(doc, "county_growth")
    values(only(check(WRAPPED.format(growth="26"), year=2018), "county_growth", "error"), 26, 28)


def _wrapped_word_file(path: Path, growth: str):
    """WRAPPED as a Word file made from a PDF: each line of the layout a paragraph of its own."""
    import docx
    d = docx.Document()
    for line in WRAPPED.format(growth=growth).split("\n"):
        d.add_paragraph(line)
    d.save(path)
    return process(str(path))


def test_a_word_file_of_wrapped_lines_reads_its_sentences_whole(tmp_path):
    doc = _wrapped_word_file(tmp_path / "holds.docx", "28")
    assert "比2017年的7,500万元" in doc.norm, doc.norm
    quiet(doc, "county_growth")
    values(only(_wrapped_word_file(tmp_path / "planted.docx", "26"), "county_growth", "error"), 26, 28)


def test_a_report_on_one_project_takes_no_county_amount_as_its_funds():
    doc = check("拉孜县现代农牧业产业园青稞精深加工扩建项目2022年度绩效自评报告\n一、项目概况\n当年全县安排各级衔接推进乡村振兴补助资金"
                "24578万元，本项目为其中的重点产业项目。项目总投资1850万元，其中：中央衔接资金1200万元，自治区衔接资金450万元，"
                "合作企业自筹200万元。\n截至2022年12月31日，项目财政资金支付1612.4万元，支付率97.72%。", year=2022)
    assert not [f for f in doc.figures if f.field == "funds_received_total"], summary(doc)
    no_error(doc)


PROJECTS_FUNDS = ("洛浦县2021年乡村振兴产业园标准化厂房建设项目绩效自评报告\n2021年，全县共落实各级衔接推进乡村振兴补助资金96542.18万元。\n"
                  "项目总投资6800万元，其中使用衔接资金5200万元（中央衔接资金4100万元、自治区衔接资金1100万元），县本级自筹1600万元。\n"
                  "厂房建设共吸纳周边乡镇群众385人参与施工，发放劳务报酬436万元，占项目衔接资金的{share}%。\n")


def test_a_share_of_the_projects_funds_in_a_report_on_one_project_is_over_them():
    # 436 ÷ 5,200 = 8.38%: the project's 衔接资金, not the county's nor a level's part of them
    quiet(check(PROJECTS_FUNDS.format(share="8.38"), year=2021), "share")
    values(only(check(PROJECTS_FUNDS.format(share="9.38"), year=2021), "share", "error"), 9.38, 8.38)


# ---------------------------------------------------------------- round 463–470 classes

SOME_PROJECTS = ("2022年全县到位衔接资金16,385.6万元。\n部分重点项目的实施和支付情况如下表。\n表1 2022年衔接资金重点项目支付情况\n单位：万元\n"
                 "项目名称\t建设内容\t资金规模\t已支付\t支付率\n漳湖镇村组道路提升项目\t道路12公里\t1,280\t1,216\t95.00%\n"
                 "茶叶加工厂建设项目\t厂房1座\t2,943.15\t2,943.15\t100%\n合计\t—\t4,223.15\t4,159.15\t98.48%\n"
                 "表中2个重点项目共安排资金{stated}万元，已支付4,159.15万元。\n"
                 "截至2022年12月31日，全县衔接资金累计支付15,902.37万元，支付率为97.05%，结转483.23万元。\n")


def test_a_table_of_some_projects_and_its_restated_total_are_theirs_not_the_years():
    # 15,902.37 + 483.23 = 16,385.6: the year's; 4,159.15 is the two projects' spending
    doc = check(SOME_PROJECTS.format(stated="4,223.15"), year=2022)
    no_error(doc)
    values(only(check(SOME_PROJECTS.format(stated="4,232.15"), year=2022), "same_figure_differs", "error"),
           42321500, 42231500)


def test_a_project_named_with_a_count_or_referred_to_is_its_own():
    doc = check("全县衔接资金已支付27,856.42万元，支付率97.41%，尚未支付741.38万元。\n玉亭镇等5个乡镇村组道路建设项目总投资1,520万元，"
                "已支付1,444万元，支付率95.00%。该产业路项目资金规模1,046万元，已支付993.7万元，支付率95.00%。", year=2022)
    assert [f.scope.startswith("项目:") for f in doc.figures if f.kind == "money"] == [False] * 2 + [True] * 4, \
        summary(doc)


TASKS = ("2023年全区到位衔接推进乡村振兴补助资金27,240.5万元，其中中央资金17,802万元。\n二、分任务资金使用情况\n"
         "（一）巩固拓展脱贫攻坚成果和乡村振兴任务\n中央下达15,842万元，已支出15,596.44万元，支出率98.45%。\n"
         "（二）以工代赈任务\n中央下达1,150万元，全部支出。全年发放劳务报酬365.8万元，占以工代赈中央资金的{share}%。\n"
         "（三）少数民族发展任务\n中央下达680万元，已支出658.24万元。其中：天池村特色村寨提升项目总投资380万元，使用中央少数民族发展资金"
         "360万元、村集体自筹20万元。\n")


def test_a_tasks_figures_are_the_tasks_and_a_share_of_its_funds_is_over_them():
    # 365.8 ÷ 1,150 = 31.81%; 15,842 is one task's central funds, not all of the 17,802
    doc = check(TASKS.format(share="31.81"), year=2023)
    no_error(doc)
    assert [f.field for f in doc.figures if f.kind == "money" and f.value == 158420000] == [""], summary(doc)
    values(only(check(TASKS.format(share="33.81"), year=2023), "share", "error"), 33.81, 31.81)


TASK_ROWS = ("表1 衔接资金分任务下达及支出情况（单位：万元）\n资金任务\t下达资金\t已支出\n中央：巩固衔接任务\t16,738.5\t16,512.26\n"
             "中央：以工代赈任务\t1,085\t1,063.3\n（二）以工代赈任务。以工代赈任务下达资金{stated}万元，在花坪镇实施以工代赈项目4个。\n")


def test_a_tasks_amount_in_the_text_against_its_row_of_a_table():
    no_error(check(TASK_ROWS.format(stated="1,085"), year=2024))
    values(only(check(TASK_ROWS.format(stated="1,058"), year=2024), "same_figure_differs", "error"), 10580000, 10850000)


def test_a_numbered_list_that_goes_on_with_an_item_spent_in_words_is_not_summed():
    doc = check("截至2023年12月31日，全县衔接资金累计支出27,118.46万元，支出率98.37%。分任务看：\n1.巩固衔接任务。下达18,462万元，"
                "支出18,205.37万元，支出率98.61%。\n2.以工代赈任务。下达1,260万元，支出1,229.80万元，支出率97.60%。\n"
                "3.少数民族发展任务。下达860万元，已全部支出，支出率100%。\n", year=2023)
    no_error(doc, "parts_sum")


LEVELS_SKIPPED = ("评价指标\t分值\t得分\n一、资金保障\t20\t18\n1.县级履行支出责任情况\t10\t8\n2.到县资金安排使用的合理性\t10\t10\n"
                  "二、项目管理\t40\t38\n3.资金落实到项目时间\t20\t20\n4.项目库建设\t20\t18\n三、使用成效\t40\t36\n5.产业发展\t20\t18\n"
                  "6.联农带农\t20\t18\n合计\t100\t{total}\n")


def test_groups_over_items_numbered_two_levels_down_are_subtotals():
    quiet(check(LEVELS_SKIPPED.format(total="92"), year=2022), "score_sum")
    values(only(check(LEVELS_SKIPPED.format(total="93"), year=2022), "score_sum", "error"), 93, 92)


def test_the_amount_a_change_starts_from_in_a_comparison_with_the_year_before_is_that_years():
    doc = check("全市到位衔接资金158,426.37万元，其中中央资金97,315万元，自治区资金43,682.5万元，市级资金3,200万元，县级资金"
                "14,228.87万元。与上年相比，市级资金由2,800万元增加到"
                "3,200万元，增长14.29%；县级资金由12,356.4万元增加到14,228.87万元，增长15.15%。", year=2021)
    prior = [f.period for f in doc.figures if f.kind == "money" and f.value in (28000000, 123564000)]
    assert prior == ["2020", "2020"], summary(doc)
    no_error(doc)


def test_districts_named_beside_the_counties_counted_are_not_miscounted():
    no_error(check("河池市下辖金城江区、宜州区和南丹、天峨、凤山、东兰、罗城、环江、巴马、都安、大化9个县。", year=2023))


def test_the_years_task_of_households_lifted_is_no_households_lifted():
    doc = check("2017年州上下达我县的年度任务为退出贫困村58个、减少贫困人口3,800户17,900人。经县级自查验收和州级抽查复核，当年实际实现"
                "脱贫3,845户17,962人。", year=2017)
    assert [f.value for f in doc.figures if f.field == "households_lifted"] == [3845], summary(doc)
    no_error(doc)


EVALUATED = ("评价组按照评分标准打分：决策指标权重20%，得18分；过程指标权重20%，得17.5分；产出指标权重30%，得27分；效益指标权重30%，"
             "得26分。综合得分{total}分，评价等级为“良”。")


def test_groups_scored_after_their_weights_in_percent_add_to_the_total():
    quiet(check(EVALUATED.format(total="88.5"), year=2023), "score_sum")
    values(only(check(EVALUATED.format(total="90.5"), year=2023), "score_sum", "error"), 90.5, 88.5)


# ---------------------------------------------------------------- round 471–478 classes

OWN_LEVEL = ("延安市2021年度市本级衔接推进乡村振兴补助资金绩效自评报告\n2021年全市共到位衔接推进乡村振兴补助资金18.64亿元，其中延川县21,356万元、"
             "延长县19,874万元，其余县区资金规模相对较小。\n市本级全年到位衔接资金6,550万元，其中省级下达市本级1,350万元，市级财政预算安排"
             "5,200万元。\n市本级资金共支持项目8个：产业发展类5个，投入4,380万元，占市本级资金的{share}%。\n")


def test_a_report_on_a_prefectures_own_funds_takes_the_whole_citys_as_wider():
    # 4,380 ÷ 6,550 = 66.87%: of the 市本级 funds, the report's own; the city's 18.64亿元 is its counties' too
    doc = check(OWN_LEVEL.format(share="66.87"), year=2021)
    no_error(doc)
    assert [f.value for f in doc.figures if f.field == "funds_received_total"] == [65500000], summary(doc)
    values(only(check(OWN_LEVEL.format(share="68.87"), year=2021), "share", "error"), 68.87, 66.87)


def test_places_listed_respectively_are_some_of_a_wider_whole():
    no_error(check("2022年，全市13个县（市、区）共到位衔接推进乡村振兴补助资金32.6亿元，临县、兴县、石楼县分别为4.12亿元、3.87亿元和"
                   "2.65亿元，各县资金绩效由县级另行自评。", year=2022), "parts_sum")


def test_full_marks_before_the_self_score_are_no_self_score():
    doc = check("对照评价指标逐项打分，总分100分，自评94分，等次为“优”。\n评价内容\t分值（分）\t得分（分）\n资金投入\t50\t47\n"
                "资金管理\t50\t47\n合计\t100\t94\n", year=2018)
    assert [f.value for f in doc.figures if f.field == "self_score" and f.cell is None] == [94], summary(doc)
    no_error(doc)


def test_the_items_after_a_table_are_no_parts_of_the_sentence_before_it():
    doc = check("全年实施项目125个，安排到各乡镇资金19,160万元；县级统筹2,326万元用于雨露计划和项目管理费。分乡镇情况见下表。\n"
                "表1 分乡镇情况（单位：万元）\n乡镇\t项目数（个）\t资金\n六德乡\t13\t2,105.35\n永北镇\t12\t1,846.20\n其余乡镇\t100\t15,208.45\n"
                "合计\t125\t19,160.00\n其中，六德乡安排项目13个、资金2,105.35万元，为各乡镇最多；永北镇安排项目12个、资金1,846.20万元。\n",
                year=2023)
    no_error(doc, "parts_sum")


def test_a_section_total_of_more_projects_than_its_items_is_not_summed():
    doc = check("（一）产业发展。安排项目31个，资金10,412万元，重点支持牦牛产业。其中：\n1.牦牛良种繁育项目，投入1,860万元；\n"
                "2.奶牦牛标准化养殖项目，投入2,340万元；\n3.藏羊养殖项目，投入960万元。\n（二）基础设施。安排项目29个，资金5,986万元。\n",
                year=2021)
    no_error(doc, "parts_sum")


LEVELS_THEN_INTEGRATED = ("2021年，全县统筹整合使用财政涉农资金35,612.4万元。其中，衔接推进乡村振兴补助资金24,918万元：中央资金16,820万元，"
                          "市级资金6,598万元（分三批下达），县级资金{county}万元；其他整合涉农资金10,694.4万元。")


def test_an_aside_after_a_level_and_the_integrated_funds_after_the_levels_end_no_list():
    doc = check(LEVELS_THEN_INTEGRATED.format(county="1,500"), year=2021)
    quiet(doc, "parts_sum")
    county = next(f for f in doc.figures if f.value == 15000000)
    assert county.measure != "allocated", county      # the 下达 of the bracket before is not its verb
    values(only(check(LEVELS_THEN_INTEGRATED.format(county="1,600"), year=2021), "parts_sum", "error"), 249180000, 250180000)


def test_the_integrated_funds_rate_gives_way_to_the_reports_funds_own():
    doc = check("巫山县2021年度衔接推进乡村振兴补助资金和统筹整合涉农资金绩效自评报告\n一、资金使用情况\n（一）整合资金。截至2021年12月31日，"
                "统筹整合资金支出34,988.15万元，支出率98.25%。\n（二）衔接资金。衔接资金支出24,571.8万元，支出率98.61%。", year=2021)
    assert [f.value for f in doc.figures if f.field == "execution_rate"] == [Decimal("98.61")], summary(doc)
    alone = check("汉阴县关于2024年上半年衔接资金和统筹整合资金支出进度的通报\n截至６月底，全县统筹整合资金已支出１．５３９２亿元，"
                  "支出进度６５％。", year=2024)
    assert [f.value for f in alone.figures if f.field == "execution_rate"] == [65], summary(alone)


BUTUO = ("布拖县2021年度财政衔接推进乡村振兴补助资金及统筹整合涉农资金绩效自评报告\n一、项目资金概况\n2021年全县统筹整合财政涉农资金"
         "31,246.75万元，由两部分组成：\n1.衔接推进乡村振兴补助资金24,380.5万元，其中中央资金17,652万元、省级资金4,318.5万元、州级资金"
         "560万元、县级资金1,850万元。\n2.其他纳入整合的涉农资金6,866.25万元，包括农田建设补助资金3,120万元、农村综合改革转移支付"
         "1,206.25万元、车辆购置税收入补助地方资金2,540万元。\n二、资金支出\n截至2021年12月31日，统筹整合资金共支出30,118.62万元，"
         "支出率96.39%。其中衔接资金支出23,512.36万元，支出率96.44%，结转结余{carry}万元。")


def test_an_item_naming_the_reports_own_fund_is_the_reports_and_a_tax_revenue_fund_no_earnings():
    doc = check(BUTUO.format(carry="868.14"), year=2021)
    fields = {f.field: f.value for f in doc.figures if f.field}
    assert fields.get("funds_received_total") == 243805000 and fields.get("funds_spent") == Decimal("235123600.00"), \
        summary(doc)
    no_error(doc)
    values(only(check(BUTUO.format(carry="968.14"), year=2021), "spent_plus_carryover", "error"), 243805000, 244805000)


def test_a_county_level_city_named_before_its_level_is_the_county():
    doc = check("2018年华蓥市共落实各级财政扶贫资金1,286.50万元，其中：中央财政专项扶贫资金520.00万元，省级财政专项扶贫资金386.50万元，"
                "广安市级扶贫资金180.00万元，华蓥市级配套资金200.00万元。", year=2018)
    assert {f.value: f.fund_level for f in doc.figures if f.kind == "money"}[Decimal("2000000.00")] == "county"


def test_a_rate_over_the_year_spent_and_carried_over_is_no_error_over_the_first_plan():
    doc = check("年初编制的整合方案计划整合资金36,820万元；年内根据上级追加资金情况相应调整整合方案，全年实际整合资金38,514.27万元。"
                "截至2019年12月31日，累计支出37,628.06万元，支出率97.70%；结转886.21万元。", year=2019)
    no_error(doc, "execution_rate")


def test_a_levels_industry_share_of_the_fund_it_names_is_over_that_funds_amount_of_the_level():
    doc = check("科尔沁右翼中旗2021年度统筹整合使用财政涉农资金绩效自评报告\n二、整合资金到位情况\n2021年全旗统筹整合到位资金34,179.55万元。按层级分，中央资金24,425.75万元，自治区资金7,343.8万元，盟级资金410万元，"
                "旗级资金2,000万元。各类资金到位情况见表1。\n表1 单位：万元\n资金名称 | 中央 | 自治区 | 盟级 | 旗级 | 合计\n"
                "衔接推进乡村振兴补助资金 | 14,562 | 5,873.6 | 410 | 2,000 | 22,845.6\n水利发展资金 | 9,863.75 | 1,470.2 | — | — | "
                "11,333.95\n合计 | 24,425.75 | 7,343.8 | 410 | 2,000 | 34,179.55\n产业发展方面，中央衔接资金用于产业发展8,364.5万元，占中央"
                "衔接资金的57.44%；自治区衔接资金用于产业发展3,306.2万元，占自治区衔接资金的56.29%，均达到不低于55%的目标。", year=2021)
    no_error(doc)


def test_a_base_named_by_the_very_words_of_one_amount_is_that_amount():
    text = ("2022年清原县到位衔接资金15,238.6万元。另有2021年结转的衔接资金362.4万元在本年度继续使用，本次一并纳入评价，"
            "评价资金合计15,601万元。现场核查覆盖21个项目，涉及资金{part}万元，占评价资金合计的50.29%。")
    quiet(check(text.format(part="7,846.5"), year=2022), "share")
    values(only(check(text.format(part="8,846.5"), year=2022), "share", "error"), "50.29", "56.70")


def test_the_rate_of_the_spending_in_its_sentence_over_the_years_whole_budget():
    doc = check("丽水市2022年度市级强村富民专项资金绩效自评报告\n一、资金基本情况\n（一）资金安排。2022年年初预算安排3,000万元，"
                "年中追加200万元，全年预算总额3,200万元。\n（二）资金分配。向9个县（市、区）下达资金3,105万元，占全年预算的97.03%；"
                "市本级留用95万元。\n表1 分县下达及支出情况 单位：万元\n县（市、区） | 下达资金 | 实际支出 | 结余 | 支出率\n"
                "莲都区 | 1,500 | 1,450 | 50 | 96.67%\n龙泉市 | 1,605 | 1,551.1 | 53.9 | 96.64%\n合计 | 3,105 | 3,001.10 | 103.90 | "
                "96.65%\n三、资金使用和管理情况\n截至2022年12月31日，市级资金实际支出3,089.7万元，执行率96.55%，其中各县（市、区）支出"
                "3,001.1万元，市本级留用部分支出88.6万元。结余资金110.3万元。", year=2022)
    no_error(doc, "execution_rate")


PROJECT_ITEMS = ("二、项目实施情况\n（一）项目一：下洼镇冬枣提质增效项目\n项目总投资936万元，其中中央资金500万元、省级资金286万元、"
                 "冬枣专业合作社自筹150万元。截至年底，衔接资金已支付{paid}万元，结余34.7万元。\n（二）项目二：冯家镇水产品冷链仓储项目\n"
                 "项目总投资1,560万元，其中省级资金860万元、市级资金200万元、社会资金500万元。衔接资金已支付1,012.45万元，结余47.55万元为"
                 "质保金。\n三、资金支出及结余情况\n截至2022年12月31日，全区衔接资金已支出5,912.34万元，支出率96.96%，结余185.66万元。")


def test_a_numbered_project_item_is_the_projects_and_its_public_funds_are_what_it_spent_and_left():
    doc = check("2022年全区共到位衔接推进乡村振兴补助资金6,098万元。\n" + PROJECT_ITEMS.format(paid="751.3"), year=2022)
    assert {f.scope for f in doc.figures if f.value == 9360000} == {"项目:下洼镇冬枣提质增效项目"}, summary(doc)
    no_error(doc)
    quiet(doc, "spent_plus_carryover")


def test_a_list_of_the_main_projects_is_no_breakdown_of_the_amount_before_it():
    doc = check("全县实施衔接资金项目97个。其中产业发展项目46个，使用衔接资金10,218.6万元；中央资金中用于产业发展的6,012.4万元，"
                "占中央资金的57.66%。主要项目如下：\n（一）脐橙产业提质增效项目。安排衔接资金3,260万元，改造低产老果园2.1万亩。\n"
                "（二）茶叶基地建设项目。安排衔接资金1,180万元，新建茶园6,800亩。\n（三）农村基础设施项目。安排衔接资金4,352.8万元，"
                "硬化通组公路68.5公里。", year=2022)
    no_error(doc, "parts_sum")


def test_the_levels_scores_under_the_funds_row_are_its_parts():
    table = ("项目支出绩效自评表\n项目资金（万元）      年度预算数      全年执行数      分值      执行率      得分\n"
             "年度资金总额          23706         23510.72        10        99.18%      9.92\n"
             "  其中：中央资金      15870         15693.42        6         98.89%      5.93\n"
             "        市级资金      5236          5236            2         100%        2\n"
             "        县级资金      2600          2581.3          2         99.28%      1.99\n"
             "一级指标    二级指标    三级指标    年度指标值      实际完成值      分值    得分\n"
             "产出指标    数量指标    实施项目    ≥150个         158个           50       50\n"
             "效益指标    经济效益指标    带动增收    ≥1000户    1200户    40    {score}\n"
             "总分                                                      100     99.92")
    quiet(check(table.format(score="40"), year=2023), "score_sum")
    values(only(check(table.format(score="39"), year=2023), "score_sum", "error"), "99.92", "98.92")


def test_the_development_funds_listed_among_the_central_tasks_are_a_task():
    doc = check("乌恰县2022年度衔接推进乡村振兴补助资金绩效自评报告\n二、资金到位情况\n2022年，全县共到位衔接推进乡村振兴补助资金"
                "23,614.50万元。按资金来源分：\n中央财政衔接资金18,942.00万元，占全部到位资金的80.21%；自治区财政衔接资金3,272.50万元；"
                "克州本级资金400.00万元；县本级安排1,000.00万元。\n中央资金按任务构成：发展资金15,072.00万元，以工代赈任务1,650.00万元，少数民族发展任务"
                "2,100.00万元，欠发达国有林场巩固提升任务120.00万元。", year=2022)
    no_error(doc)
    assert [f.value for f in doc.figures if f.field == "funds_received_central"] == [Decimal("189420000.00")], summary(doc)


def test_the_year_before_in_brackets_after_the_countys_funds_of_a_list_of_levels():
    text = ("开化县2022年度强村富民乡村振兴专项资金绩效自评报告\n一、基本情况\n全年共到位专项资金4,386万元，其中：省级山区县乡村振兴补助资金1,850万元，衢州市级补助416万元，县级财政安排1,260万元"
            "（上年为1,080万元，增长{growth}%），山海协作结对帮扶资金860万元。")
    quiet(check(text.format(growth="16.67"), year=2022), "county_growth")
    values(only(check(text.format(growth="14.6"), year=2022), "county_growth", "error"), "14.6", "16.67")


TWO_LEVEL_SCORES = ("附表：2022年度衔接资金绩效评价得分表\n一级指标  分值  得分  二级指标  分值  得分\n决策  20  19  项目立项  6  6\n"
                    "          绩效目标  8  7\n          资金投入  6  6\n过程  20  18.5  资金管理  12  11.5\n          组织实施  8  7\n"
                    "产出  30  29  产出数量  16  16\n          产出质量  14  13\n效益  30  28.5  经济效益  15  15\n"
                    "          社会效益  15  {social}\n合计  100  95")


def test_a_two_level_score_table_copied_as_text_counts_each_item_once():
    doc = check(TWO_LEVEL_SCORES.format(social="13.5"), year=2022)
    assert [(r.label, r.kind) for r in doc.indicator_rows[:3]] == [("决策", "subtotal"), ("项目立项", "indicator"),
                                                                   ("绩效目标", "indicator")], doc.indicator_rows[:3]
    quiet(doc, "score_sum")
    values(only(check(TWO_LEVEL_SCORES.format(social="12.5"), year=2022), "score_sum", "error"), 95, 94)


THIRD_PARTY = ("子洲县2021年度衔接推进乡村振兴补助资金绩效评价报告\n子洲县财政局：\n我公司接受委托，组成评价组对子洲县2021年度衔接资金开展了"
               "绩效评价。\n四、评价得分及等级\n评价组核定子洲县2021年度衔接资金综合得分{score}分，其中决策18分、过程16.5分、产出27分、效益26分。"
               "按照90分及以上为优、80分至90分为良的标准，评价等级为“良”。县级自评得分为93分，比评价组核定分数高5.5分。")


def test_an_evaluators_score_is_no_self_score_and_its_grade_is_for_it():
    doc = check(THIRD_PARTY.format(score="87.5"), year=2021)
    assert [f.value for f in doc.figures if f.field == "self_score"] == [93], summary(doc)
    no_error(doc)
    values(only(check(THIRD_PARTY.format(score="88.5"), year=2021), "score_sum", "error"), "88.5", "87.5")


def test_a_tasks_share_of_a_level_is_over_that_levels_amount_of_the_task():
    text = ("2022年全县到位衔接资金6,842万元，其中中央资金4,560万元。\n（三）以工代赈。实施以工代赈项目3个，投入中央资金600万元，"
            "向参与务工的群众发放劳务报酬186.6万元，劳务报酬占中央资金的{share}%。\n（四）另一项。使用中央资金850万元，发放劳务报酬153万元，"
            "占项目中央资金的18%。")
    quiet(check(text.format(share="31.1"), year=2022), "share")
    values(only(check(text.format(share="33.1"), year=2022), "share", "error"), "33.1", "31.1")


def test_a_list_of_counts_read_short_of_its_items_is_not_summed():
    doc = check("全县2022年项目库共入库项目67个，全年实施项目41个，具体如下：\n（一）产业发展。实施产业类项目23个，安排资金5,618.3万元。\n"
                "（二）基础设施。实施村级基础设施项目11个，安排资金2,486.7万元。\n（三）以工代赈。实施以工代赈项目3个，投入中央资金600万元。\n"
                "（四）易地搬迁后续扶持。实施后续扶持项目2个，安排资金410万元，在县城2个集中安置点建设帮扶车间，新增就近就业岗位136个。\n"
                "（五）其他项目。实施其他项目2个，安排资金144.6万元。", year=2022)
    no_error(doc, "parts_sum")


def test_amounts_bounding_a_range_and_items_fewer_than_counted_are_no_breakdown():
    doc = check("二是由区农业农村委等部门统筹使用的资金2,213.5万元。分镇看，黄庄镇862.4万元、八门城镇815.6万元、大口屯镇768.3万元、"
                "林亭口镇702.7万元，以上各镇合计3,149万元，其余各镇安排在200万元至550万元之间。", year=2023)
    no_error(doc, "parts_sum")
    doc = check("从乡镇看，多扶镇6个项目共安排1,126.5万元；鸣龙镇安排项目5个、资金1,035.2万元；凤鸣镇、古楼镇的项目已全部完工。"
                "8个乡镇合计安排6,408.51万元。", year=2022)
    no_error(doc, "parts_sum")


def test_a_breakdown_of_the_main_projects_after_a_line_of_its_own_is_no_total():
    doc = check("全县实施14个项目，其中产业发展项目9个，投入资金1,215.8万元。省级资金中用于产业发展的有742.6万元，占省级资金的79.30%。\n"
                "重点项目情况如下：\n1.常家镇设施农业提升项目。项目总投资486万元。\n2.尚堂镇果蔬冷链仓储项目。总投资318.5万元。\n"
                "3.严务乡帮扶车间改造项目。投入资金156万元。", year=2022)
    no_error(doc, "parts_sum")


BATCH_ITEMS = ("（一）上级资金按批次下达情况\n——提前下达。2020年11月30日，省财政厅提前下达我县2021年衔接资金4,070万元，其中中央资金"
               "2,856万元，省级资金1,214万元。\n——第一批。2021年3月25日，吉财农〔2021〕112号文件下达1,413万元，其中中央1,045万元、"
               "省级368万元，至此累计到位5,483万元。\n——市级资金。2021年5月10日，四平市财政局下达市级衔接资金150万元，累计到位5,633万元。\n"
               "省级衔接资金全年分两批下达，均在文件印发后5个工作日内拨付到县。上级资金到县后30日内将资金分配到入库项目。\n"
               "（三）全年资金总体情况\n2021年全县衔接资金总规模7,445万元，其中：中央3,901万元；省级1,582万元；市级150万元；县级"
               "1,812万元。\n截至2021年12月31日，全县衔接资金实际支出7,326.08万元，支出率98.40%，结转资金118.92万元。")


def test_a_batchs_items_are_the_batchs_and_a_running_total_gives_way_to_the_years():
    doc = check(BATCH_ITEMS, year=2021)
    assert {f.scope for f in doc.figures if f.value in (40700000, 28560000, 14130000)} == {"批:提前下达", "批:第一批"}
    assert [f.value for f in doc.figures if f.field == "funds_received_total"] == [74450000], summary(doc)
    assert [f.value for f in doc.figures if f.field == "allocation_days"] == [30], summary(doc)
    no_error(doc)


def test_a_level_received_in_its_own_column_beside_the_allocated():
    doc = check("调减后，全县实际到位衔接资金24,612.8万元，其中中央资金16,204万元，省级资金6,508.8万元，县级资金1,900万元，详见表1。\n"
                "表1 单位：万元\n资金级次 | 下达数 | 调减数 | 到位数\n中央资金 | 16,204 | — | 16,204\n省级资金 | 7,108.8 | 600 | 6,508.8\n"
                "县级资金 | 1,900 | — | 1,900\n合计 | 25,212.8 | 600 | 24,612.8", year=2021)
    assert {f.value for f in doc.figures if f.field == "funds_received_provincial"} == {Decimal("65088000.0")}, summary(doc)
    no_error(doc)


def test_a_department_budgets_sections_are_the_departments_beside_the_funds():
    text = ("惠民县农业农村局2024年度部门整体支出绩效自评报告\n二、部门预算安排及执行情况\n（二）预算支出。全年支出合计8,269.83万元，其中："
            "基本支出1,128.65万元；项目支出7,141.18万元，主要投向高标准农田建设3,286.5万元、农机购置县级配套1,148.2万元等。年末结转结余"
            "147.73万元，部门预算执行率为98.24%。\n三、衔接推进乡村振兴补助资金管理情况\n（一）资金来源。2024年全县到位衔接推进乡村振兴补助"
            "资金9,836.5万元。\n（三）资金支出。截至2024年12月31日，全县衔接资金累计支出9,652.18万元，支出进度为98.13%；结转结余{carry}万元。")
    doc = check(text.format(carry="184.32"), year=2024)
    no_error(doc)
    assert [f.value for f in doc.figures if f.field == "funds_spent"] == [Decimal("96521800.00")], summary(doc)
    values(only(check(text.format(carry="284.32"), year=2024), "spent_plus_carryover", "error"), 98365000, 99365000)


def test_a_part_of_a_place_and_some_of_a_levels_funds_are_not_the_places_or_the_levels():
    doc = check("表2 单位：万元\n乡镇 | 项目数 | 衔接资金\n柯曲镇 | 6 | 3,215.4\n下藏科乡 | 4 | 1,880\n合计 | 10 | 5,095.4\n"
                "（三）易地搬迁后续扶持。对柯曲镇集中安置区安排后续扶持资金380万元。", year=2022)
    no_error(doc, "same_figure_differs")
    doc = check("固原市2021年度市本级衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n市级财政在年初预算中安排衔接资金6,000万元。"
                "加上自治区直接下达市本级的820万元，2021年市本级共到位衔接资金6,820万元。\n二、资金分配和使用情况\n（一）切块下达县区资金。"
                "市级资金中的5,200万元按照因素法分配到5个县区。", year=2021)
    assert 52000000 not in [f.value for f in doc.figures if f.field.startswith("funds_received")], summary(doc)


def test_a_districts_own_funds_compared_with_the_year_before_and_funds_for_low_income_households():
    fields = {f.field: f.value for f in check("2022年专项资金全年到位4,380万元，其中市级奖补资金1,460万元，区级财政资金2,920万元。"
                                              "区级资金比上年的2,450万元增长19.18%。", year=2022).figures if f.field}
    assert fields.get("funds_county_prior") == 24500000 and fields.get("funds_county_growth") == Decimal("19.18"), fields
    low_income = check("2019年全区到位低收入农户增收帮扶资金8,642.6万元。其中：市级专项资金3,180万元，区级财政配套资金5,462.6万元。",
                       year=2019)
    assert [f.value for f in low_income.figures if f.field == "funds_received_total"] == [Decimal("86426000.0")], \
        summary(low_income)


def test_a_share_of_the_households_counted_is_over_their_count_in_its_sentence():
    quiet(check("全县脱贫人口4,386户。全年纳入防止返贫监测的对象412户1,568人，已消除风险276户，占监测户数的66.99%。", year=2023),
          "share")
    values(only(check("全县脱贫人口4,386户。全年纳入防止返贫监测的对象412户1,568人，已消除风险276户，占监测户数的68.99%。",
                      year=2023), "share", "error"), "68.99", "66.99")


def test_the_year_before_of_the_total_after_a_list_of_levels_is_not_the_countys():
    doc = check("2022年度县本级预算安排衔接资金105万元，比上年增长16.67%。2022年全县共到位衔接资金4,386万元，其中中央资金3,215万元、"
                "省级资金1,066万元、县级资金105万元，比上年的3,947万元增加439万元，增长11.12%。", year=2022)
    assert [f.value for f in doc.figures if f.field == "funds_county_growth"] == [Decimal("16.67")], summary(doc)
    no_error(doc)


def test_rates_given_respectively_after_amounts_are_no_shares_of_one():
    doc = check("分乡镇看，茂兴镇、新站镇、头台镇项目资金支出分别为786.4万元、640.15万元、571.9万元，支出进度分别为100%、98.14%、95.52%。",
                year=2021)
    no_error(doc, "parts_sum")


def test_what_an_owner_put_in_beside_a_funds_levels_is_no_level_but_is_part_of_an_investment():
    no_error(check("项目总投资1,450万元，使用衔接资金860万元，其中中央资金600万元、县级资金260万元，龙头企业自筹590万元。", year=2023),
             "parts_sum")
    values(only(check("2021年县里将我镇花木电商配套设施项目列入衔接资金项目库，批复总投资486.5万元，其中省级衔接资金380万元，"
                      "县级配套76万元，村集体自筹20.5万元。", year=2021), "parts_sum", "error"), 4865000, 4765000)


def test_the_average_of_loans_newly_issued_and_the_plan_of_people_lifted():
    values(only(check("2023年新发放脱贫人口小额信贷1,254户5,832.6万元，户均4.85万元。", year=2023), "average", "error"),
           48500, "46511.96")
    doc = check("2018年计划退出贫困村23个，减少贫困人口11,500人。…2018年全县退出贫困村23个，2,418户、11,526人脱贫。", year=2018)
    assert [f.value for f in doc.figures if f.field == "persons_lifted"] == [11526], summary(doc)


def test_the_rest_named_after_some_of_the_funds_above_and_a_tables_numbered_groups():
    doc = check("全年实际到位56,387.62万元。按层级分，中央资金30,215.4万元，省级资金18,472.22万元，市级资金1,700万元，县级资金6,000万元。"
                "在上述资金中，财政专项扶贫资金中央部分为9,830万元、省级部分为6,642万元，其余为农业生产发展、农田水利等涉农资金。", year=2017)
    no_error(doc, "parts_sum")
    table = ("表1 单位：万元\n序号 | 资金来源 | 到位金额\n一 | 中央资金 | 20,516.40\n1 | 财政专项扶贫资金 | 8,642.00\n"
             "2 | 农村危房改造补助资金 | 11,874.40\n二 | 省级资金 | 9,867.88\n1 | 财政专项扶贫资金 | 4,215.88\n2 | 其他涉农资金 | 5,652.00\n"
             "三 | 县级资金 | 3,000.00\n合计 | 合计 | {total}")
    quiet(check(table.format(total="33,384.28"), year=2016), "table_total")
    flagged = [f for f in of_rule(check(table.format(total="33,484.28"), year=2016), "table_total") if f.severity != "info"]
    assert [(f.declared, f.computed) for f in flagged] == [("334842800", "333842800")], flagged


def test_a_uses_levels_short_of_the_reports_and_a_per_unit_amount_against_its_standard():
    doc = check("2021年全县共落实衔接推进乡村振兴补助资金19,876.3万元，其中：中央资金11,205万元，省级资金5,871.3万元，县本级预算安排"
                "2,800万元。\n（一）产业发展项目。安排资金10,526.8万元，其中中央资金6,200万元、省级资金3,100万元，占全年衔接资金总额的52.96%。\n"
                "成本方面：产业基地每亩补助不超过800元，实际执行750元。\n截至2021年12月31日，全县衔接资金支出19,612.8万元，资金执行率98.67%，"
                "结转资金263.5万元。", year=2021)
    no_error(doc)
    assert [f.field for f in doc.figures if f.value == 750] == [""], summary(doc)


def test_items_spent_in_full_between_the_items_and_an_aside_in_a_list_of_the_funds_above():
    no_error(check("截至2023年12月31日，四类资金合计支出5,122.32万元，执行率97.48%。分资金看，省级资金支出2,318.62万元，执行率97.22%；"
                   "市级资金和对口支援资金均已全额支出；本级配套资金支出1,583.7万元，执行率95.98%。", year=2023), "parts_sum")
    no_error(check("全年预算数为25342.1万元，与全年到位资金25342.1万元一致。到位资金中，中央资金16543.2万元，省级资金5678.9万元"
                   "（分三批下达），市级资金320万元，县级资金2800万元。", year=2022), "parts_sum")


def test_a_sentence_led_by_a_task_is_the_tasks_and_its_share_is_over_the_tasks_funds():
    doc = check("2023年，河口县共下达衔接推进乡村振兴补助资金9,812.6万元。中央资金中，少数民族发展任务420万元，以工代赈任务1,320万元。\n"
                "少数民族发展任务在瑶山乡实施项目6个，已支出415.8万元，执行率99.00%。\n（二）以工代赈任务：在火花镇实施以工代赈项目7个，"
                "发放劳务报酬265.8万元，占该任务中央资金的20.14%。\n截至2023年12月31日，全县衔接资金累计支出9,650.18万元，执行率98.34%，"
                "结转162.42万元。", year=2023)
    no_error(doc)
    assert [f.value for f in doc.figures if f.field == "funds_spent"] == [Decimal("96501800.00")], summary(doc)


def test_a_share_restated_as_an_amount_is_of_the_whole_not_of_the_share_before_it():
    text = "全县村级光伏电站全年实现发电收益1,245.8万元。其中80%，即996.64万元，用于设置公益岗位；另外20%，即{rest}万元，用于村内小型公益事业。"
    no_error(check(text.format(rest="249.16"), year=2020), "share")
    values(only(check(text.format(rest="259.16"), year=2020), "share", "error"), "2591600", "2491600")


def test_the_latest_date_of_the_year_gives_the_years_spending_and_a_count_above_all_is_no_part():
    doc = check("二、支出进度\n1. 3月31日，累计支出3,124.6万元，占下达资金的20.40%；\n2. 2023年12月31日，累计支出14,206.33万元，资金支出率"
                "97.24%，结转下年1112.57万元。", year=2023)
    assert [f.value for f in doc.figures if f.field == "funds_spent"] == [Decimal("142063300.00")], summary(doc)
    no_error(check("全年实施项目109个，其中产业发展项目52个，投资19,870万元；项目库入库项目265个。", year=2021), "parts_sum")


ITEMS_ON_THE_GROUPS_LINE = ("1.产出指标（50分）：新建产业路≥40公里，实际41.2公里，得15分；项目验收合格率100%，得15分；年度项目完工率≥90%，"
                            "实际92.37%，得{last}分。\n2.效益指标（40分）：带动脱贫人口增收≥8,000人，实际9,164人，得40分。\n"
                            "3.满意度指标（10分）：受益群众满意度≥90%，实际95.8%，得10分。\n总得分99分，等级为优。")


def test_a_group_scored_by_its_items_on_its_own_line_scores_their_sum():
    doc = check(ITEMS_ON_THE_GROUPS_LINE.format(last="19"), year=2022)
    quiet(doc, "score_sum")
    values(only(check(ITEMS_ON_THE_GROUPS_LINE.format(last="18"), year=2022), "score_sum", "error"), 99, 98)



GROUPS_ON_ONE_LINE = ("三、绩效目标完成情况\n（一）产出指标（分值40分，得38分）。新建机耕路12公里，完成率100%。\n"
                      "（二）效益指标（分值30分，得29分）。带动增收户1,260户。\n"
                      "（三）决策指标（分值15分，得15分）；管理指标（分值15分，得{last}分）。\n四、自评结论\n自评总得分96.5分，等级为优。")


def test_two_groups_on_one_heading_line_each_with_its_full_marks_are_two_groups():
    quiet(check(GROUPS_ON_ONE_LINE.format(last="14.5"), year=2021), "score_sum")
    values(only(check(GROUPS_ON_ONE_LINE.format(last="12.5"), year=2021), "score_sum", "error"), 96.5, 94.5)


PREFECTURE_BY_COUNTY = ("临沧市2022年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金投入情况\n"
                        "2022年全市8县（区）共到位衔接推进乡村振兴补助资金24,622.57万元。\n二、资金支出情况\n"
                        "临翔区：到位9,684.3万元，支出9,412.56万元，支出率97.19%。\n"
                        "双江拉祜族佤族布朗族傣族自治县：到位14,938.27万元，支出14,652.4万元，支出率{rate}%。\n")


def test_a_county_named_for_four_peoples_is_a_place_and_counted_counties_no_level():
    doc = check(PREFECTURE_BY_COUNTY.format(rate="98.09"), year=2022)
    assert [f.scope for f in doc.figures if f.kind == "money"][-2:] == ["地:双江拉祜族佤族布朗族傣族自治县"] * 2, \
        [(f.text, f.scope) for f in doc.figures]
    assert [(f.field, f.fund_level) for f in doc.figures if f.kind == "money"][0] == ("funds_received_total", ""), \
        [(f.text, f.field, f.fund_level) for f in doc.figures]
    no_error(doc)


OWN_SHARE_OF_THE_PREFECTURE = ("丘北县2021年度衔接推进乡村振兴补助资金绩效自评报告\n"
                               "2021年，丘北县共收到各级衔接推进乡村振兴补助资金25,660.16万元，其中县级资金1,650万元。"
                               "县级资金比上年的1,500万元增加150万元，增长10.00%。全州同期到位衔接资金214,635.8万元，我县占全州的{share}%。\n"
                               "截至2021年12月31日，已支出25,084.71万元，执行率97.76%。同期文山州衔接资金平均执行率为96.84%。")
RECEIVED_SHARE_OF_THE_PREFECTURE = ("威宁彝族回族苗族自治县2020年财政专项扶贫资金绩效自评报告\n2020年，我县共到位财政专项扶贫资金60,614.74万元，"
                                    "其中中央42,618.5万元、省级11,936.24万元、市级860万元、县级5,200万元，到位资金占全市（毕节市）财政专项"
                                    "扶贫资金总量265,418.7万元的{share}%。")


@pytest.mark.parametrize("text, year, right, wrong", [(OWN_SHARE_OF_THE_PREFECTURE, 2021, "11.96", "12.96"),
                                                      (RECEIVED_SHARE_OF_THE_PREFECTURE, 2020, "22.84", "23.84")])
def test_the_places_share_of_the_wider_area_is_of_its_total_received(text, year, right, wrong):
    doc = check(text.format(share=right), year=year)
    no_error(doc)
    assert [f.field for f in doc.figures if f.text == "96.84%"] in ([""], []), summary(doc)
    values(only(check(text.format(share=wrong), year=year), "share", "error"), wrong, right)


AVAILABLE_WITH_LAST_YEARS = ("2021年，全县共到位衔接推进乡村振兴补助资金8,412.8万元。上年结转资金36.92万元一并安排，全年实际可用8,449.72万元。\n"
                             "截至2021年12月31日，累计形成支出8,318.44万元，全年支出进度{rate}%。")


def test_a_rate_may_be_over_the_funds_available_with_last_years_carried_over():
    quiet(check(AVAILABLE_WITH_LAST_YEARS.format(rate="98.45"), year=2021), "execution_rate")
    values(only(check(AVAILABLE_WITH_LAST_YEARS.format(rate="97.45"), year=2021), "execution_rate", "error"), "97.45", "98.88")


ANOTHER_FUND_AS_BASE = ("北川羌族自治县2023年度统筹整合使用财政涉农资金绩效自评报告\n2023年全县纳入统筹整合范围的财政涉农资金到位45,672.4万元。\n"
                        "衔接推进乡村振兴补助资金到位22,745.8万元，占整合资金总额的49.80%。\n"
                        "整合资金用于产业发展19,832.6万元，占整合资金总额的43.42%；衔接资金用于产业发展13,420.0万元，占衔接资金的{share}%。")


def test_a_base_naming_another_fund_than_the_reports_is_that_funds_total():
    quiet(check(ANOTHER_FUND_AS_BASE.format(share="59.00"), year=2023), "share")
    values(only(check(ANOTHER_FUND_AS_BASE.format(share="57.00"), year=2023), "share", "error"), "57.00", "59.00")


SECTION_AFTER_A_LIST = ("万州区2021年度统筹整合财政涉农资金绩效自评报告\n一、整合资金基本情况\n（一）整合规模及来源\n全年共整合到位各类涉农资金68,452.6万元。\n"
                        "按资金类别看，纳入整合的主要有：衔接推进乡村振兴补助资金32,618.5万元，占整合资金总额的47.65%；农田建设补助资金9,870万元；"
                        "农村综合改革转移支付2,145万元；其余各项合计规模较小，不再逐项列示。\n"
                        "（二）衔接资金到位情况\n当年衔接资金按级次分：中央衔接资金21,406.5万元，市级衔接资金8,212万元，区级财政预算安排衔接资金3,000万元。")


def test_the_items_of_a_new_section_are_no_parts_of_the_last_figure_before_it():
    quiet(check(SECTION_AFTER_A_LIST, year=2021), "parts_sum")


PARTS_SCORED_BESIDE_THE_EVALUATOR = ("柞水县2023年度衔接推进乡村振兴补助资金项目支出绩效评价报告\n受柞水县财政局委托，我公司对柞水县2023年度衔接资金开展绩效评价。\n"
                                     "评价前县乡村振兴局开展的自评得分为96.5分。工作组评价结果：\n"
                                     "决策部分满分15分，县自评15分，工作组评分14分；\n过程（25分）：县自评24分，评价得分22分。\n"
                                     "表2 评价得分对照表\n一级指标\t分值\t县自评得分\t第三方评价得分\n决策\t15\t15\t14\n过程\t25\t24\t22\n"
                                     "合计\t40\t39\t36\n")


def test_a_parts_county_score_beside_the_evaluators_is_no_self_score():
    doc = check(PARTS_SCORED_BESIDE_THE_EVALUATOR, year=2023)
    assert [f.value for f in doc.figures if f.field == "self_score" and f.cell is None] == [D("96.5")], \
        [(f.text, f.field) for f in doc.figures if f.kind == "score"]
    assert 36 not in [f.value for f in doc.figures if f.field == "self_score"], summary(doc)
    no_error(doc)


def test_the_named_projects_of_a_uses_amount_are_some_of_it():
    text = ("衔接资金按项目类型支出如下：产业发展3,802.4万元，占到位资金的61.97%，其中蔬菜大棚新建及改造2,140万元、"
            "食用菌菌棒生产线586万元；基础设施1,420.35万元。")
    no_error(check(text, year=2021), "parts_sum")


TASK_STATED_BEFORE = ("威县2022年度衔接推进乡村振兴补助资金绩效自评报告\n2022年全县共收到衔接推进乡村振兴补助资金18,646.5万元。上述资金中，安排以工代赈任务620万元。\n"
                      "2.以工代赈任务资金支出598.4万元，执行率96.52%，结转21.6万元。发放劳务报酬178.5万元，占以工代赈资金的{share}%。")


def test_a_tasks_share_is_over_the_tasks_amount_stated_in_an_earlier_paragraph():
    quiet(check(TASK_STATED_BEFORE.format(share="28.79"), year=2022), "share")
    values(only(check(TASK_STATED_BEFORE.format(share="27.79"), year=2022), "share", "error"), "27.79", "28.79")


OTHER_FUND_SPENT_AND_LEFT = ("单县2022年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、项目概况\n（一）资金来源。2022年单县到位衔接推进乡村振兴"
                             "补助资金共计8,426.35万元。\n（二）其他涉农资金。县里将其他渠道资金统筹用于乡村振兴，全年到位2,965.4万元。\n"
                             "二、资金使用情况\n（一）衔接资金。衔接资金已支出8,301.62万元，结转124.73万元。\n"
                             "（二）其他涉农资金。支出2,781.26万元，执行率93.79%，结转{left}万元。")


def test_another_funds_spending_and_what_is_left_make_up_what_it_received():
    quiet(check(OTHER_FUND_SPENT_AND_LEFT.format(left="184.14"), year=2022), "spent_plus_carryover")
    found = only(check(OTHER_FUND_SPENT_AND_LEFT.format(left="148.14"), year=2022), "spent_plus_carryover", "warning")
    values(found, 29654000, 29294000)


DEPARTMENT_AND_FUNDS = ("泾县农业农村局2022年度部门整体支出绩效自评报告\n二、部门整体收支情况\n2022年部门收入合计5,872.16万元。全年支出合计"
                        "5,743.95万元。部门预算执行率为97.82%。\n三、衔接推进乡村振兴补助资金情况\n2022年全县到位衔接推进乡村振兴补助资金3,986万元。"
                        "截至年底支出3,941.27万元，执行率98.88%，结转44.73万元。\n附表 部门整体支出绩效自评表（金额单位：万元）\n"
                        "项目\t全年预算数\t全年执行数\t分值（分）\t执行率\t得分（分）\n年度资金总额\t5,872.16\t5,743.95\t10\t97.82%\t9.78\n")


def test_a_department_budget_and_its_table_row_are_the_departments_not_the_funds():
    doc = check(DEPARTMENT_AND_FUNDS, year=2022)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["98.88%"], summary(doc)
    no_error(doc)


SCORED_RESPECTIVELY = ("按照评价指标体系，投入、过程、产出、效益的分值分别为20分、20分、30分、30分，我局自评分别得19分、18分、27分、{last}分，"
                       "自评总分92.5分，等级为“优”。")


def test_groups_scored_respectively_add_up_to_the_total():
    quiet(check(SCORED_RESPECTIVELY.format(last="28.5"), year=2021), "score_sum")
    values(only(check(SCORED_RESPECTIVELY.format(last="26.5"), year=2021), "score_sum", "error"), "92.5", "90.5")


def test_the_funds_of_the_projects_above_restate_no_amount_stated_before():
    text = ("县级资金调整后为780万元，较上年的850万元减少8.24%。\n年中督导中发现，2个村级项目因选址变更迟迟未能开工。县里收回上述项目资金135万元，"
            "统筹用于蓝莓种植基地灌溉设施建设。")
    no_error(check(text, year=2021), "same_figure_differs")


PLAN_AT_THE_YEARS_START = ("兴和县2023年衔接资金绩效自评报告\n年初预算安排衔接资金10,580万元，其中中央7,020万元、自治区2,560万元、县级1,000万元。"
                           "调整后全年预算12,888.5万元，资金全部到位。\n按级次分，到位资金合计12,888.5万元，其中中央资金8,366万元、自治区资金"
                           "3,172.5万元、市级资金150万元、县级资金1,200万元。\n截至2023年12月31日，实际支出为12,405.27万元，执行率96.25%，其中中央资金"
                           "支出8,201.63万元，执行率{rate}%。产业项目投入5,538万元，占中央资金的66.2%。")


def test_a_levels_rate_and_share_are_over_its_funds_received_not_the_years_start_plan():
    doc = check(PLAN_AT_THE_YEARS_START.format(rate="98.04"), year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_received_central"] == ["8,366万元"], summary(doc)
    no_error(doc)
    values(only(check(PLAN_AT_THE_YEARS_START.format(rate="97.04"), year=2023), "share", "error"), "97.04", "98.04")


AT_THE_TOWNSHIPS_DISPOSAL = ("差干镇2023年度驻镇帮镇扶村资金绩效自评报告\n2023年，县里分两批向我镇下达省级乡村振兴驻镇帮镇扶村资金2,000万元。加上2022年度"
                             "结转的186.42万元，我镇本年度可统筹使用的资金合计2,186.42万元。\n截至2023年12月31日，全镇累计支出1,862.35万元，"
                             "占可统筹资金的85.18%；结转下年继续使用{left}万元。")


def test_spending_and_what_is_left_make_up_the_funds_at_its_disposal():
    quiet(check(AT_THE_TOWNSHIPS_DISPOSAL.format(left="324.07"), year=2023), "spent_plus_carryover")
    found = [f for f in check(AT_THE_TOWNSHIPS_DISPOSAL.format(left="342.07"), year=2023).findings
             if f.rule == "spent_plus_carryover" and f.severity != "info"]
    assert len(found) == 1 and (D(found[0].declared), D(found[0].computed)) in ((D(21864200), D(22044200)),
                                                                                 (D(3420700), D(3240700))), found


PROJECTS_LESS_THE_FEE = ("三台县2023年度财政衔接推进乡村振兴补助资金项目支出绩效自评报告\n2023年全县到位财政衔接推进乡村振兴补助资金3,606.12万元。"
                         "到位资金中提取项目管理费32万元；其余3,574.12万元全部安排到6个乡镇的20个项目。\n"
                         "表2 衔接资金安排及支付情况\n项目类别\t项目数（个）\t衔接资金（万元）\t已支付（万元）\n产业发展类\t10\t2,122.20\t2,070.20\n"
                         "乡村建设类\t10\t1,451.92\t1,407.36\n合计\t20\t3,574.12\t3,477.56\n"
                         "截至2023年12月31日，全县衔接资金累计支付3,503.16万元；预算执行率97.14%，结转102.96万元到2024年继续使用。"
                         "全年实施产业发展类项目10个，投入衔接资金2,122.2万元，占全县到位资金的58.85%、占项目资金的{share}%。")


def test_the_projects_spending_and_funds_are_theirs_not_the_reports_whole():
    doc = check(PROJECTS_LESS_THE_FEE.format(share="59.38"), year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["3,503.16万元"], summary(doc)
    no_error(doc)
    values(only(check(PROJECTS_LESS_THE_FEE.format(share="58.38"), year=2023), "share", "error"), "58.38", "59.38")


def test_a_bound_on_what_the_counted_villages_earn_is_no_part_of_a_share():
    text = ("巴马瑶族自治县2022年度衔接推进乡村振兴补助资金绩效自评报告\n2022年全县到位衔接推进乡村振兴补助资金27,701.05万元。\n"
            "全县103个行政村2022年村集体经济收入合计1,268.5万元，村均12.32万元；年收入达到10万元以上的村有68个，占全部行政村的{share}%。")
    quiet(check(text.format(share="66.02"), year=2022), "share")


def test_indicator_items_without_full_marks_short_of_the_total_are_a_warning():
    text = ("产出与效益指标完成及偏差说明：\n1.产业项目数量：年度指标值≥40个，实际完成41个，得10分。\n2.新建农村道路里程：实际完成23.5公里，得9.4分。\n"
            "3.受益群众满意度：调查结果95.8%，得10分。\n三、自评结论\n经逐项打分，自评总得分93.85分。")
    found = [f for f in check(text, year=2022).findings if f.rule == "score_sum" and f.severity != "info"]
    assert [f.severity for f in found] == ["warning"], found


def test_what_is_left_of_a_contract_as_a_retention_is_no_carry_over():
    text = ("项目总投资2,380万元，其中：财政专项扶贫资金1,450万元。按合同约定已支付工程款2,099.42万元，剩余64.93万元作为质保金，待质保期满后支付。"
            "财政专项扶贫资金1,450万元全年支出1,400万元，预算执行率96.55%，结转{left}万元。")
    doc = check(text.format(left="50"), year=2020)
    assert [f.text for f in doc.figures if f.field == "funds_carryover"] == ["50万元"], summary(doc)
    no_error(doc)


def test_a_rate_of_an_amount_paid_in_full_is_that_amounts():
    text = ("2024年，全县到位衔接推进乡村振兴补助资金52,316万元。\n（二）工程款支付。截至年底，各投资主体累计已支付工程款5,474.3万元。"
            "其中衔接资金3,200万元已全部支付完毕，支出率100%。")
    no_error(check(text, year=2024))


LEVEL_NAMED_AFTER_WEI = ("全年区内共到位衔接资金2.1863亿元。分级次看：中央财政1.4528亿元、省级财政5,632.7万元、西宁市级402.3万元、区本级1,300万元。\n"
                         "用于产业发展的资金9,080万元，为中央衔接资金的百分之{share}。")


def test_a_share_written_as_wei_of_a_level_is_of_the_amount_before_over_that_level():
    quiet(check(LEVEL_NAMED_AFTER_WEI.format(share="六十二点五"), year=2023), "share")
    values(only(check(LEVEL_NAMED_AFTER_WEI.format(share="六十三点五"), year=2023), "share", "error"), "63.5", "62.5")


def test_the_first_halfs_spending_is_no_years_spending():
    text = ("全年我县统筹安排财政专项扶贫资金52,386.71万元。全县专项扶贫资金上半年支出24,617.35万元（截至6月30日），进度为46.99%；"
            "截至12月31日，全年支出52,108.43万元，支出率99.47%，结转结余278.28万元。")
    doc = check(text, year=2020)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["52,108.43万元"], summary(doc)
    no_error(doc)


GROUPS_AND_ITEMS_IN_PIPES = ("指标|权重|自评得分\n资金投入|20|19.5\n  其中：县级投入|10|9.5\n  资金到位|10|10\n资金拨付|10|9.2\n"
                             "资金使用成效|70|{last}\n  其中：预算执行率|30|29.9\n  带贫减贫效果|40|37.5\n合计|100|96.1\n")


def test_a_pipe_table_of_groups_and_their_items_is_summed_by_group():
    quiet(check(GROUPS_AND_ITEMS_IN_PIPES.format(last="67.4"), year=2022), "score_sum")
    found = only(check(GROUPS_AND_ITEMS_IN_PIPES.format(last="66.4"), year=2022), "score_sum", "error")
    assert D(found.declared) == D("96.1"), found


FINAL_AFTER_POINTS = ("资金投入（25分）：得分24.1分。\n资金管理（35分）：得分33.6分。\n使用成效（40分）：得分37.9分。\n以上各项合计95.6分。\n"
                      "（二）加分和扣分。县里开发了衔接资金监管信息平台，加0.5分；市级检查发现1个项目公示内容不完整，扣0.2分。\n"
                      "（三）自评结论。建平县2021年度衔接资金绩效自评最终得分95.9分，评价等级为“优”。")


def test_the_score_after_points_added_and_taken_off_is_the_self_score():
    doc = check(FINAL_AFTER_POINTS, year=2021)
    assert [f.value for f in doc.figures if f.field == "self_score"] == [D("95.9")], summary(doc)
    no_error(doc, "same_figure_differs")


def test_spending_and_carry_over_may_make_up_the_adjusted_budget():
    text = ("全年各级共下达我旗衔接资金21,376.45万元。年中，自治区对已下达的390万元资金进行了统筹收回。调整后全年衔接资金预算为20,986.45万元。"
            "截至2021年12月31日，全旗衔接资金实际支出20,712.38万元，结转下年274.07万元。")
    no_error(check(text, year=2021), "spent_plus_carryover")


def test_rates_that_name_two_bases_are_no_restatement():
    text = ("全年共到位衔接推进乡村振兴补助资金26,461.1万元。截至2022年12月31日，全旗衔接资金累计支出25,895.72万元。"
            "按自治区口径，扣除质保金后应付资金为26,148.46万元，资金执行率为99.03%；若按到位总额计算，支出进度为97.86%。")
    no_error(check(text, year=2022), "same_figure_differs")


GROUP_THEN_ITEMS_IN_ITS_HEADING = ("1.决策指标（分值15分），得分14.5分。其中项目立项5分，得5分；绩效目标5分，得4.5分；资金投入5分，得5分。\n"
                                   "2.过程指标（分值25分），得分24.2分。其中资金到位5分，得5分；资金执行20分，得19.2分。\n"
                                   "3.效益指标（分值60分），得分{last}分。其中经济效益30分，得29分；社会效益30分，得28.5分。\n"
                                   "综合以上，全旗2022年度衔接资金绩效自评得分96.2分。")


def test_a_groups_score_before_its_items_in_its_heading_is_the_groups():
    quiet(check(GROUP_THEN_ITEMS_IN_ITS_HEADING.format(last="57.5"), year=2022), "score_sum")
    found = only(check(GROUP_THEN_ITEMS_IN_ITS_HEADING.format(last="56.5"), year=2022), "score_sum", "error")
    values(found, "96.2", "95.2")


def test_a_rounded_summary_of_all_funds_takes_no_field_from_the_years_figures():
    text = ("2021年全县衔接推进乡村振兴补助资金到位28,643.9万元。\n截至12月31日，全年累计支出27,985.47万元，资金执行率97.70%，结转下年{left}万元。\n"
            "总体来看，2021年全县统筹使用衔接资金约2.86亿元，执行率近百分之九十八。")
    doc = check(text.format(left="658.43"), year=2021)
    assert [f.text for f in doc.figures if f.field == "execution_rate"][:1] == ["97.70%"], summary(doc)
    values(only(check(text.format(left="598.43"), year=2021), "spent_plus_carryover", "error"), 286439000, 285839000)


def test_an_items_spending_and_what_is_left_against_what_its_clause_named_received():
    text = ("嘉善县2022年度东西部协作援助资金和低收入农户帮促资金绩效自评报告\n一、基本情况\n（一）对口支援。2022年，县财政安排东西部协作财政援助资金5,200万元。\n"
            "（二）县内低收入农户帮促。全年到位低收入农户帮促资金3,465万元。\n二、资金使用情况\n（一）援助资金。已支出援助资金4,862万元。\n"
            "（二）帮促资金。截至2022年12月31日，县内帮促资金累计支出3,217.8万元，支出率92.87%，结转下年{left}万元。")
    assert not [f for f in check(text.format(left="247.2"), year=2022).findings
                if f.rule == "spent_plus_carryover" and f.severity != "info"]
    found = [f for f in check(text.format(left="198.5"), year=2022).findings
             if f.rule == "spent_plus_carryover" and f.severity != "info"]
    assert len(found) == 1 and (D(found[0].declared), D(found[0].computed)) == (D(34650000), D(34163000)), found


TOWNSHIPS_THEN_THE_COUNTY = ("（一）城关镇。到位资金1,562.30万元；已支出1,530.84万元，结余31.46万元。\n"
                             "（二）马隘镇。到位资金1,108.65万元，当年全部支出。燕峒乡到位资金894.20万元，已支出872.35万元，结余21.85万元。\n"
                             "（三）其他乡镇。敬德镇、东凌镇及县直部门实施的项目，合计到位资金7,529.15万元，已支出7,228.31万元，结余300.84万元。\n"
                             "（四）全县合计。截至2021年12月31日，全县衔接资金累计支出{spent}万元，结余353.30万元，资金支出率97.00%。")


def test_a_closing_total_is_no_sum_of_the_last_places_where_one_above_states_other_measures():
    no_error(check(TOWNSHIPS_THEN_THE_COUNTY.format(spent="10,739.98"), year=2021), "parts_sum")


def test_the_funds_blocks_score_under_its_header_row_counts_in_the_total():
    text = ("绩效自评表\n年度资金总额（万元）\t全年预算数\t全年执行数\t执行率\t分值\t得分\n\t10,361.80\t10,111.43\t97.58%\t10\t9.8\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t实施项目数量\t≥80个\t86个\t40\t40\n"
            "效益指标\t经济效益指标\t带动增收\t≥3000户\t3286户\t30\t{got}\n满意度指标\t服务对象满意度\t受益群众满意度\t≥90%\t95%\t20\t19\n"
            "总分\t\t\t\t\t100\t96.8\n")
    quiet(check(text.format(got="28"), year=2022), "score_sum")
    assert [f.severity for f in check(text.format(got="27"), year=2022).findings if f.rule == "score_sum"] == ["error"]


def test_the_rest_of_the_uses_is_no_carry_over():
    text = ("2023年全县到位衔接推进乡村振兴补助资金33807万元。全年衔接资金用于产业发展20620万元，用于基础设施9750万元，"
            "提取项目管理费268万元；剩余3169万元用于雨露计划、防贫保险等。\n截至2023年12月31日，全县衔接资金累计支出33512.8万元，"
            "执行率99.13%，结余结转294.2万元。")
    doc = check(text, year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_carryover"] == ["294.2万元"], summary(doc)
    no_error(doc)


def test_what_a_county_hands_on_to_its_townships_is_no_funds_received():
    text = ("松阳县2021年度县级乡村振兴专项资金绩效自评报告\n2021年，县财政共安排乡村振兴专项资金8,650万元。\n"
            "专项资金采取切块到乡镇的办法，下达各乡镇（街道）7,240万元，由县级部门统筹实施1,410万元。\n"
            "产业发展类3,980万元，占专项资金总额的{share}%。")
    doc = check(text.format(share="46.01"), year=2021)
    assert "7,240万元" not in [f.text for f in doc.figures if f.field == "funds_received_total"], summary(doc)
    quiet(doc, "share")


def test_a_growth_is_of_the_amount_not_of_the_average_beside_it():
    text = "其中经营性收入9,436.8万元，村均23.53万元，比上年的8,380.5万元增长{growth}%。"
    quiet(check(text.format(growth="12.6"), year=2021), "growth")
    values(only(check(text.format(growth="14.6"), year=2021), "growth", "error"), "14.6", "12.6")


def test_a_places_spending_is_no_restatement_of_its_rows_arranged_amount():
    text = ("表1 2022年衔接资金分乡镇安排表\n单位：元\n乡镇\t安排资金\n工卡镇\t38,426,500.00\n甲玛乡\t29,815,300.00\n合计\t68,241,800.00\n"
            "截至2022年12月31日，其中工卡镇支出3802.16万元，支出率98.95%；甲玛乡支出2936.47万元，支出率98.49%。")
    no_error(check(text, year=2022), "same_figure_differs")


def test_the_rest_an_owner_raised_is_no_part_of_the_public_funds_before_it():
    text = ("基地项目总投资1150万元，其中财政专项扶贫资金900万元，包括中央资金600万元、省级资金200万元、县级资金{county}万元，"
            "其余250万元由合作社自筹。")
    quiet(check(text.format(county="100"), year=2018), "parts_sum")
    values(only(check(text.format(county="150"), year=2018), "parts_sum", "error"), 9000000, 9500000)


@pytest.mark.parametrize("text", ["全县{n}个村（社区）2022年集体经济收入总额达到1,937.5万元，村均{avg}万元。",
                                  "全县{n}个村集体经济总收入1,937.5万元，村均{avg}万元。",
                                  "全县{n}个省定扶贫工作重点村2022年集体经济收入总额达到1,937.5万元，村均收入{avg}万元。"])
def test_a_village_average_of_income_is_the_total_over_the_villages_counted(text):
    quiet(check(text.format(n=155, avg="12.5"), year=2022), "average")
    values(only(check(text.format(n=155, avg="13.5"), year=2022), "average", "error"), 135000, 125000)


def test_the_year_befores_village_average_is_no_average_of_this_years_total():
    text = "全县364个行政村2022年村集体经济收入合计3,640.8万元，村均10万元；2021年村均为8.2万元，增幅21.95%。"
    no_error(check(text, year=2022), "average")


GROUPS_WITH_ONE_INDICATOR = ("四、绩效目标完成情况\n（一）预算执行（分值10分）。支出率目标100%，实际96%，按分值乘以支出率计得9.6分。\n"
                             "（二）产出指标（分值50分）\n1.新建产业路：目标≥20公里，实际21公里，得分20分。\n"
                             "2.项目验收合格率：目标100%，实际100%，得分30分。\n产出指标合计得分50分。\n"
                             "（三）效益指标（分值30分）\n带动增收人数：目标≥5000人，实际5210人，得分{benefit}分。\n"
                             "（四）满意度指标（分值10分）\n受益群众满意度：目标≥90%，实际93%，得分10分。\n五、自评结论\n自评总得分99.6分。")


def test_a_group_scored_by_its_one_indicator_or_computed_from_a_rate_counts_in_the_sum():
    quiet(check(GROUPS_WITH_ONE_INDICATOR.format(benefit="30"), year=2023), "score_sum")
    values(only(check(GROUPS_WITH_ONE_INDICATOR.format(benefit="28"), year=2023), "score_sum", "error"), 99.6, 97.6)


WHOLES_CHANGE_AFTER_ITS_PARTS = ("2023年全县到位衔接资金9,860万元，其中中央资金7,200万元、省级资金1,800万元、县级资金860万元。2022年到位"
                                 "9,300万元，其中中央资金6,900万元、省级资金1,600万元、县级资金800万元。与上年相比，资金总量增加560万元，"
                                 "同比增长{growth}%。")


def test_a_change_after_the_year_befores_parts_is_the_wholes():
    no_error(check(WHOLES_CHANGE_AFTER_ITS_PARTS.format(growth="6.02"), year=2023))
    values(only(check(WHOLES_CHANGE_AFTER_ITS_PARTS.format(growth="7.5"), year=2023), "growth", "error"), 7.5, 6.02)


SHARE_OF_THE_YEAR_BEFORE = ("2024年全县到位衔接资金18,000万元。上年同期全县到位16,000万元，本年增加2,000万元。产业项目投入10,800万元，"
                            "占到位资金的60%；上年产业项目投入9,120万元，占比{share}%。")


def test_a_share_of_the_year_before_is_over_that_years_funds_and_the_same_period_last_year_is_no_field():
    doc = check(SHARE_OF_THE_YEAR_BEFORE.format(share="57"), year=2024)
    quiet(doc, "share")
    assert [f.value for f in doc.figures if f.field == "funds_received_total"] == [Decimal("180000000")], summary(doc)
    values(only(check(SHARE_OF_THE_YEAR_BEFORE.format(share="52"), year=2024), "share", "error"), 52, 57)


LEVELS_RESPECTIVELY = ("全县到位财政专项扶贫资金20,000万元，中央资金12,000万元，省级资金5,000万元，县级资金3,000万元。中央资金和省级资金分别"
                       "占全部到位资金的{central}%和25%。\n截至12月31日累计支出19,600万元，支出进度98%。从支出结构看：产业发展支出10,000万元，"
                       "占到位资金的50%；基础设施支出6,000万元；其他支出3,600万元。")


def test_levels_named_before_respectively_are_each_their_levels_and_uses_of_a_spending_structure_are_no_spending():
    doc = check(LEVELS_RESPECTIVELY.format(central="60"), year=2020)
    no_error(doc)
    assert [f.value for f in doc.figures if f.field == "funds_spent"] == [Decimal("196000000")], summary(doc)
    values(only(check(LEVELS_RESPECTIVELY.format(central="65"), year=2020), "share", "error"), 65, 60)


TASKS_BY_USE = ("兴仁县2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金情况\n下达我县衔接资金2,000万元。按用途分为三块：以工代赈任务900万元、少数民族发展任务600万元、易地扶贫搬迁后续扶持任务500万元。\n"
                "二、资金使用\n1.以工代赈任务支出880万元。发放劳务报酬{wages}万元，占以工代赈资金的30%。\n"
                "2.易地扶贫搬迁后续扶持任务支出480万元，用于安置点配套设施。")


def test_a_tasks_base_is_what_the_list_by_use_gave_it_and_the_resettlement_task_is_a_task():
    doc = check(TASKS_BY_USE.format(wages="270"), year=2023)
    no_error(doc)
    assert not [f for f in doc.figures if f.field == "funds_spent"], summary(doc)
    values(only(check(TASKS_BY_USE.format(wages="300"), year=2023), "share", "error"), 30, 33.33)


SEVERAL_FUNDS = ("榕江县2022年度衔接推进乡村振兴补助资金等专项资金绩效自评报告\n一、资金到位情况\n2022年全县到位上述四类资金共计20,000万元。"
                 "其中：衔接资金15,000万元（中央9,600万元、省级4,200万元、县级1,200万元），以工代赈资金2,000万元，少数民族发展资金"
                 "1,000万元，东西部协作资金2,000万元。衔接资金中中央资金占比{central}%。\n二、分类资金使用情况\n"
                 "（一）衔接资金。到位15,000万元，其中中央9,600万元、省级4,200万元、县级1,200万元，中央资金占64%。已支出14,700万元，"
                 "支出率98%。\n（二）以工代赈资金。到位2,000万元，发放劳务报酬{wages}万元，占资金总额的25%。已支出1,960万元，支出率98%。")


def test_a_report_on_several_funds_takes_its_own_funds_section_as_one_of_them_and_each_items_base_as_its_own():
    doc = check(SEVERAL_FUNDS.format(central="64", wages="500"), year=2022)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["20,000万元"], summary(doc)
    values(only(check(SEVERAL_FUNDS.format(central="70", wages="500"), year=2022), "share", "error"), 70, 64)
    values(only(check(SEVERAL_FUNDS.format(central="64", wages="560"), year=2022), "share", "error"), 25, 28)


THIRD_PARTY_GROUPS = ("仁寿县2022年度衔接推进乡村振兴补助资金绩效评价报告\n委托方：仁寿县财政局\n评价方：某某会计师事务所有限公司\n"
                      "一、评价结论\n评价等级划分为：90分及以上为优，80分至89.9分为良，60分至79.9分为中，60分以下为差。\n"
                      "仁寿县乡村振兴局报送的自评总分为96.5分，评价组综合评定得分为{total}分，评价等级为“良”。分项情况：\n"
                      "1.决策指标：县自评19分，评价得分17.5分。\n2.过程指标：县自评24分，评价得分21分。\n"
                      "3.产出指标：县自评29.5分，评价得分27.5分。\n4.效益指标：县自评24分，评价得分23分。\n"
                      "走访脱贫户、监测户210户，满意度96.94%。\n二、复核情况\n评价组复核认定：决策得分17.5分、过程得分21分、产出得分27.5分、"
                      "效益得分23分，合计89分。")


def test_an_evaluators_report_named_in_its_heading_lines_grades_and_sums_the_evaluators_scores():
    doc = check(THIRD_PARTY_GROUPS.format(total="89"), year=2022)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "self_score"] == ["96.5分"], summary(doc)
    assert not [f for f in doc.figures if f.field == "households_monitored"], summary(doc)


RENT_OF_THE_FUNDS = ("1.肉鸡养殖小区项目。项目总投资1,180万元，其中衔接资金960万元，村集体自筹220万元。建成鸡舍12栋，租赁给龙头企业经营，"
                     "每年按衔接资金投入额的6%收取租金，即{rent}万元。")


def test_a_share_restated_of_a_fund_named_is_of_that_funds_amount():
    no_error(check(RENT_OF_THE_FUNDS.format(rent="57.6"), year=2022))
    values(only(check(RENT_OF_THE_FUNDS.format(rent="60"), year=2022), "share", "error"), 600000, 576000)


def test_sources_listed_by_fund_with_several_of_one_level_are_no_list_of_levels():
    no_error(check("普格县2021年度涉农资金统筹整合使用情况绩效自评报告\n一、资金到位情况\n全年整合资金到位20,000万元，其中：中央财政衔接推进"
                   "乡村振兴补助资金10,000万元；中央少数民族发展资金500万元；中央以工代赈资金800万元；中央农田建设补助资金1,700万元；"
                   "车辆购置税收入补助地方资金1,300万元；省级财政衔接推进乡村振兴补助资金4,000万元；省级农业发展资金500万元；"
                   "州级衔接资金300万元；县级衔接资金900万元。", year=2021))


def test_a_funds_lesser_tasks_in_a_bracket_are_some_of_it_and_a_total_closes_a_list_of_levels():
    no_error(check("一、资金来源\n1.中央财政衔接推进乡村振兴补助资金31,586万元（其中以工代赈任务资金1,450万元、少数民族发展任务资金860万元）；\n"
                   "2.省级财政衔接推进乡村振兴补助资金8,414万元。", year=2023))
    no_error(check("2024年实际整合到位资金9,000万元。上述资金中，中央资金6,000万元；省级资金2,000万元；县级资金1,000万元；"
                   "各级衔接资金合计7,500万元，占整合资金的83.33%。", year=2024))


def test_a_rate_with_last_years_funds_brought_in_and_spending_at_month_ends_are_not_the_years():
    doc = check("全年到位衔接资金10,000万元。当年下达资金已支出9,734万元，支出进度97.34%，结转266万元；上年结转的300万元已全部支付。"
                "合并计算，年度预算执行率为97.42%。", year=2023)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["97.34%"], summary(doc)
    doc = check("全年到位衔接资金10,000万元。3月底全县支出2,100万元，进度21%；6月底支出4,500万元，进度45%；至12月31日，累计支出"
                "9,900万元，支出率99%，剩余100万元为质保金。", year=2023)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["9,900万元"], summary(doc)


TOWNSHIPS_LISTED = ("繁峙县财政局2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金到位\n2023年全县到位衔接推进乡村振兴补助资金2,000万元。\n"
                    "二、分乡镇安排与支付\n截至2023年12月31日，各单位安排及支付情况如下（金额单位：万元）：\n"
                    "1.繁城镇：项目4个，安排资金800，已支付780，支付率97.5%；\n2.县直部门：项目6个，安排资金1200，已支付1170，支付率97.5%；\n"
                    "合计：项目10个，安排资金2000，已支付1950，支付率97.5%。\n砂河镇为县域东部中心镇，实施项目2个，安排资金300万元，已支付"
                    "{paid}万元。\n三、支付情况\n全县衔接资金已支付1950万元，支付率97.5%，结转50万元。")


def test_a_list_whose_unit_closes_the_line_before_it_and_a_place_described_are_their_items():
    doc = check(TOWNSHIPS_LISTED.format(paid="290"), year=2023)
    no_error(doc)
    assert [f.value for f in doc.figures if f.text == "1200"] == [Decimal("12000000")], summary(doc)
    assert [f.scope for f in doc.figures if f.text in ("1200", "1170")] == ["单位:县直部门"] * 2
    assert {f.value for f in doc.figures if f.field == "funds_spent"} == {Decimal("19500000")}, summary(doc)
    assert [f.scope for f in doc.figures if f.text == "290万元"] == ["地:砂河镇"]


def test_the_years_new_allocation_is_its_funds_received_and_a_payment_of_it_is_not():
    doc = check("一、资金基本情况\n（一）上年结转。2021年度衔接资金年末结转至本年612.38万元。\n（二）本年新下达。2022年全县共收到新下达衔接资金"
                "28,456.7万元。\n二、资金使用情况\n本年新下达资金支付27,915.46万元，支付率98.10%。", year=2022)
    assert [f.text for f in doc.figures if f.field == "funds_received_total"] == ["28,456.7万元"], summary(doc)


def test_an_average_of_interest_is_not_over_the_loans_that_earn_it():
    no_error(check("全年兑付贴息资金1398.26万元，执行率98%。年末全县享受贴息的贷款余额为6.42亿元，共8490户，户均贴息1647元。", year=2022))


FUNDS_BY_STAGE = ("剑阁县2022年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金基本情况\n（一）上年结转。2021年度衔接资金年末结转至本年612.38万元。\n"
                  "（二）本年新下达。2022年全县共收到新下达衔接资金28,456.7万元。按级次分：中央资金16,872.4万元，省级资金7,384.3万元，"
                  "市级资金700万元，县本级预算安排3,500万元。\n（三）可用资金。上年结转与本年新下达合并后，全年可统筹使用的衔接资金为"
                  "29,069.08万元。\n二、资金使用情况\n本年新下达资金支付27,915.46万元，其中中央资金支付16,539.12万元。中央资金中用于产业"
                  "发展的有10,452.3万元，占中央资金的{share}%。")


def test_headings_that_tell_the_years_funds_stage_by_stage_are_no_items():
    doc = check(FUNDS_BY_STAGE.format(share="61.95"), year=2022)
    no_error(doc)
    assert {f.field: f.text for f in doc.figures if f.field.startswith("funds_received")} == {
        "funds_received_total": "28,456.7万元", "funds_received_central": "16,872.4万元",
        "funds_received_provincial": "7,384.3万元", "funds_received_city": "700万元",
        "funds_received_county": "3,500万元"}, summary(doc)
    values(only(check(FUNDS_BY_STAGE.format(share="65"), year=2022), "share", "error"), 65, 61.95)


DEDUCTED_IN_THEIR_SENTENCES = ("二、绩效目标完成情况\n1.小额信贷。目标值1,200万元，实际发放1,150万元，完成率95.83%，扣1分。\n"
                               "2.项目按期完工率。目标值≥95%，实际值92%，扣0.5分。\n3.群众满意度。目标值≥90%，实际值96%，完成目标。\n"
                               "三、自评结论\n本次自评满分为100分。上述两项指标分别扣分，其余指标均得满分，综合自评得分{total}分。")


def test_a_total_with_every_other_indicator_at_full_marks_is_the_full_marks_less_the_points_taken_off():
    quiet(check(DEDUCTED_IN_THEIR_SENTENCES.format(total="98.5"), year=2022), "score_sum")
    values(only(check(DEDUCTED_IN_THEIR_SENTENCES.format(total="99.5"), year=2022), "score_sum", "error"), 99.5, 98.5)


BATCHES_SPENT = ("二、资金来源\n2022年新增资金15,954.7万元。其中：中央财政衔接资金9,836万元；省级财政衔接资金4,218.7万元，共分三批下达，"
                 "第一批2,105.3万元、第二批1,380万元、第三批733.4万元；县级财政安排1,900万元。\n三、资金支出\n"
                 "分级次看，省级资金支出3,859.28万元，执行率91.48%，其中第三批资金于11月中旬下达，仅支出373.98万元，执行率{rate}%。")


def test_a_rate_of_what_one_batch_spent_is_over_that_batchs_amount():
    doc = check(BATCHES_SPENT.format(rate="50.99"), year=2022)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "50.99%").field == "", summary(doc)
    values(only(check(BATCHES_SPENT.format(rate="55.99"), year=2022), "share", "error"), 55.99, 50.99)


EVALUATED_BY_A_FIRM = ("某县2024年度衔接推进乡村振兴补助资金第三方绩效评价报告\n某县财政局：\n受某县财政局委托，某某会计师事务所有限责任公司"
                       "对某县2024年度衔接资金开展了第三方评价。\n评价组构建了包含决策、过程、产出、效益4个一级指标的评价体系，总分100分。\n"
                       "综合评价，某县2024年度衔接资金绩效评价得分{total}分，评价等级为“优”。其中：决策类指标得17.5分，过程类指标得18.6分，"
                       "产出类指标得36.4分，效益类指标得18.1分。某县自评得分96分。")


def test_an_evaluators_groups_in_the_sentence_after_its_score_add_up_to_it():
    doc = check(EVALUATED_BY_A_FIRM.format(total="90.6"))
    quiet(doc, "score_sum")
    no_error(doc)
    assert not [f for f in doc.figures if f.text == "100分" and f.field], summary(doc)
    found = only(check(EVALUATED_BY_A_FIRM.format(total="91.6")), "score_sum", "error")
    values(found, 91.6, 90.6)
    assert "评价得分" in found.message


def test_places_scores_in_the_sentence_after_an_average_are_no_groups():
    doc = check("全州综合得分94.2分，评价等级为“优”。其中，甲县94.6分，乙县96.2分，丙县91.8分。", year=2018)
    quiet(doc, "score_sum")


LAST_OF_THE_ITEMS = ("（二）项目安排\n我镇从项目库中遴选4个项目实施：\n（1）甲村加工厂房项目：总投资260万元，其中中央衔接资金200万元、自治区衔接资金"
                     "60万元。\n（2）乙村水渠项目：总投资58.2万元。\n（3）丙村道路项目：总投资47.5万元。\n（4）到户产业奖补项目：总投资36.8万元，"
                     "计划奖补230户。\n其中甲村项目资金260万元，占镇级衔接资金总额的64.6%；该项目使用中央资金200万元，占我镇中央资金的66.67%。")


def test_a_line_opening_with_of_which_after_numbered_items_is_of_them_all():
    doc = check("2024年，我镇共争取到衔接资金402.5万元，其中中央资金300万元、自治区资金80万元，其余为县本级配套。\n" + LAST_OF_THE_ITEMS)
    no_error(doc, "parts_sum")
    assert any(f.rule == "share" and f.severity == "info" and "300万元" in f.message for f in doc.findings), summary(doc)


def test_a_projects_rest_after_its_payment_is_not_the_rest_of_all_spending():
    doc = check("二、资金执行情况\n截至12月31日，全镇共支出衔接资金400.9万元，执行率99.60%。其中仕民村、东平村项目已全部支付完毕；"
                "把荷村道路项目已支付45.9万元，剩余1.6万元为工程质保金，结转至下年度支付。")
    quiet(doc, "parts_sum")


TOWNSHIP = ("某县某某镇2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n一、基本情况\n2023年度，上级下达我镇衔接推进乡村振兴补助资金共432.9万元。"
            "按资金来源分：中央资金300万元，自治区资金98.9万元，市级资金10万元，县本级资金24万元。全年安排村级项目5个，项目总投资475.2万元。\n"
            "二、资金执行\n从资金投向看，产业类项目使用衔接资金232万元，占镇衔接资金总额的{share}%。")


def test_a_townships_funds_from_above_are_all_of_its_funds():
    doc = check(TOWNSHIP.format(share="53.59"), year=2023)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "432.9万元").field == "funds_received_total", summary(doc)
    values(only(check(TOWNSHIP.format(share="48.82"), year=2023), "share", "error"), 48.82, 53.59)


def test_a_share_of_the_townships_funds_is_of_the_amount_its_sentence_gives_the_township():
    doc = check("2022年，全县到位衔接资金21,537万元，其中安排在我镇实施的项目14个、资金1,126.8万元，占全县的5.23%。按类别分，产业发展类"
                "项目7个、资金535.2万元，占我镇衔接资金的47.5%。", year=2022)
    no_error(doc)


DEPARTMENT = ("某县农业农村局2024年度部门整体支出绩效自评报告\n一、部门概况\n（二）预算收支。2024年部门收入9,846.3万元；部门支出9,702.86万元，"
              "其中基本支出1,136.42万元，占支出总额的{share}%；年末结转结余143.44万元，预算执行率98.54%。\n二、衔接资金使用情况\n"
              "2024年全县到位衔接资金24,775.6万元。截至2024年12月31日，衔接资金支出24,528.1万元，支出进度99.00%。")


def test_a_departments_own_budget_is_apart_from_the_funds():
    doc = check(DEPARTMENT.format(share="11.71"))
    no_error(doc)
    assert {f.text for f in doc.figures if f.field in ("funds_spent", "execution_rate")} == {"24,528.1万元", "99.00%"}, \
        summary(doc)
    values(only(check(DEPARTMENT.format(share="24.58")), "share", "error"), 24.58, 11.71)


def test_items_whose_amounts_follow_their_rates_per_unit_are_not_summed_short():
    doc = check("全县产业到户、雨露计划、小额信贷贴息和公益性岗位四项到户资金共支出7,160.14万元。\n1. 产业到户奖补。按每户3,000元给予奖补。"
                "全年奖补13,562户，兑现资金4,068.6万元。\n2. 雨露计划。按照每生每年3,000元的标准，资助学生3,104人，发放资金931.2万元。\n"
                "3. 小额信贷贴息。拨付贴息资金1,152.34万元。\n4. 公益性岗位。每人每年补助6,000元，全年支出1,008万元。", year=2018)
    no_error(doc, "parts_sum")


def test_items_are_no_parts_of_an_amount_after_of_which():
    doc = check("全年共安排扶贫项目9个，其中产业扶贫项目4个，使用资金601.6万元。具体如下：\n1.到户扶持。按户均2000元给予补助，共计218.6万元。\n"
                "2.茶叶基地。投入165万元。\n3.蚕桑基地。投入120万元。\n4.扶贫车间。投入98万元。\n5.道路建设。投入436万元。\n"
                "6.小型水利。投入96.2万元。\n7.饮水安全。投入63万元。\n8.小额信贷贴息。贴息资金47.5万元。\n9.雨露计划。共112.5万元。", year=2020)
    no_error(doc, "parts_sum")


SPENT_BY_USE = ("截至2019年12月31日，整合资金累计支出20,458.34万元，资金执行率97.23%。\n分级次看，中央资金支出14,013.75万元；其中林业改革发展资金"
                "支出1,402.00万元。\n按使用方向分：\n（一）产业发展7,420.36万元，占已支出资金的{share}%。\n（二）金融扶贫1,080.00万元，"
                "占支出总额的5.28%。")


def test_a_share_of_all_spent_is_not_over_one_levels_or_one_funds_spending():
    doc = check(SPENT_BY_USE.format(share="36.27"), year=2019)
    no_error(doc)
    values(only(check(SPENT_BY_USE.format(share="52.95"), year=2019), "share", "error"), 52.95, 36.27)


def test_a_share_of_a_tasks_funds_is_over_its_whole_not_a_batch():
    doc = check("某县2019年度财政专项扶贫资金（以工代赈）绩效自评报告\n一、资金情况\n2019年，全县以工代赈资金总规模1,874.80万元。其中，中央财政以工代赈资金1,580万元，分两批下达，第一批1,100万元，第二批480万元；"
                "省级财政配套200万元。\n二、劳务报酬\n全年发放劳务报酬236.80万元，占中央财政以工代赈资金的14.99%，占以工代赈资金总规模的12.63%。", year=2019)
    no_error(doc)


def test_a_share_of_the_workers_is_not_over_last_years_in_brackets():
    no_error(check("项目共吸纳当地群众务工1,326人（上年为1,105人），其中脱贫人口和监测对象784人，占务工总人数的59.13%。", year=2023))


def test_a_target_of_households_lifted_is_no_count_of_them():
    doc = check("年初县扶贫开发领导小组确定的年度目标为：实现3,200户11,500人建档立卡贫困人口脱贫。\n（一）减贫成效。2018年全县实现3,215户"
                "11,874人脱贫。", year=2018)
    no_error(doc, "same_figure_differs")
    assert next(f for f in doc.figures if f.text == "3,200户").field == "", summary(doc)


def test_parts_of_this_year_are_not_summed_against_last_years_amount():
    doc = check("2022年，省、市下达及县本级安排我县的财政衔接推进乡村振兴补助资金共计16,842.6万元，上年同期到位15,627.4万元。其中：中央资金"
                "12,310万元；省级资金3,962.6万元；市级资金240万元；县级资金330万元。", year=2022)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "16,842.6万元").field == "funds_received_total", summary(doc)


TASKS_SPENT = ("某县2023年度衔接推进乡村振兴补助资金绩效自评报告\n（一）资金规模。2023年全县到位衔接资金141,000万元。\n（二）分任务资金。"
               "易地扶贫搬迁后续扶持资金到位21,460万元，已支出20,935.7万元，支出率97.56%。\n（三）资金执行。截至2023年12月31日，全县衔接"
               "资金支出137,310.2万元，执行率{rate}%。分任务看，易地扶贫搬迁后续扶持资金支出20,935.7万元；少数民族发展资金支出3,012.4万元。")


def test_the_funds_of_the_lesser_tasks_are_theirs_and_some_of_the_whole():
    doc = check(TASKS_SPENT.format(rate="97.38"), year=2023)
    no_error(doc)
    assert {f.text for f in doc.figures if f.field in ("funds_spent", "execution_rate")} == {"137,310.2万元", "97.38%"}, \
        summary(doc)
    values(only(check(TASKS_SPENT.format(rate="96.38"), year=2023), "execution_rate", "error"), 96.38, 97.38)


def test_a_rate_to_reach_by_a_date_is_no_execution_rate():
    doc = check("（一）资金规模。2020年全县共筹集财政专项扶贫资金9,846.72万元。\n截至6月30日，全县扶贫资金累计支出5,102.3万元，支出进度51.82%。\n"
                "（一）压实责任。确保9月底前支出进度达到80%、11月底前全部支出完毕。", year=2020)
    no_error(doc)


def test_a_share_of_all_earnings_is_over_the_earnings():
    no_error(check("2021年全县经营性资产实现收益926.8万元。向9,652户脱贫户和监测户分配收益548.6万元，占全部收益的59.19%。\n"
                   "2021年全县到位衔接资金39,463万元。", year=2021))


def test_a_share_of_a_whole_is_not_over_its_sibling_after_of_which():
    doc = check("2025年全县到位衔接资金18,307万元。\n全县累计形成扶贫项目资产14.37亿元，其中：经营性资产3.96亿元，187个；公益性资产9.58亿元，1,642个；到户类资产0.83亿元。"
                "经营性资产占资产总额的27.56%。", year=2025)
    no_error(doc)


def test_a_share_of_a_use_naming_no_level_is_not_over_one_levels_amount_for_it():
    doc = check("2023年全县到位衔接资金45,318.6万元。中央资金中用于产业发展的15,930万元，占中央资金的60.02%。\n其中，产业发展类中的香菇、"
                "金银花项目合计9,862.5万元，占产业类资金的35.68%。", year=2023)
    no_error(doc)



TOWNS_TABLE = ("表1  重点片区乡镇衔接资金安排及带动情况表（单位：万元、%、户）\n乡镇\t下达资金\t已支付\t支付率\t带动农户\n"
               "甲镇\t862.4\t845.1\t97.99\t412\n乙乡\t735.6\t720.3\t97.92\t368\n合计\t1,598.0\t1,565.4\t97.96\t{households}\n")


def test_a_caption_of_several_units_gives_a_rate_column_its_percent_and_a_households_column_its_count():
    doc = check(TOWNS_TABLE.format(households="780"))
    no_error(doc)
    assert {f.kind for f in doc.figures if f.text == "97.99"} == {"percent"}, summary(doc)
    values(only(check(TOWNS_TABLE.format(households="790")), "table_total", "error"), 790, 780)


def test_a_list_of_shares_keeps_the_base_its_first_item_shares_first():
    doc = check("2023年全县共争取到位衔接资金48,950.36万元，其中中央33,680万元。用于产业发展27,845.10万元，占全部衔接资金的56.88%、"
                "占中央资金的82.68%；用于补齐基础设施短板14,366.28万元，占29.35%。", year=2023)
    no_error(doc)


def test_a_department_of_its_own_beside_the_funds_its_heading_names():
    doc = check("某县乡村振兴局2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n（一）部门收支。2024年部门收入1,652.08万元；支出1,618.45万元，"
                "执行率97.96%。\n三、衔接推进乡村振兴补助资金管理情况\n（一）资金到位。全年到位资金32,486.55万元。\n（二）资金支出。截至2024年12月"
                "31日，累计支出31,860.12万元，支出进度98.07%，结余结转626.43万元。")
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "1,618.45万元").field == "", summary(doc)


def test_the_lesser_tasks_in_a_levels_list_are_some_of_it_unless_all_are_counted():
    no_error(check("某县2025年度衔接推进乡村振兴补助资金绩效自评报告\n县财政局：\n1.中央财政衔接资金31,560.00万元，其中以工代赈任务资金1,640万元、"
                   "少数民族发展任务资金1,200万元；\n"
                   "2.省级财政衔接资金8,400万元。", year=2025), "parts_sum")
    no_error(check("按资金级次分：中央资金19,842.00万元（其中以工代赈资金1,120万元，少数民族发展资金960万元），省级资金6,315.70万元。",
                   year=2023), "parts_sum")
    doc = check("2023年省级分配我区上述三项衔接资金共计6,930万元，具体为：以工代赈资金2,150万元，少数民族发展资金780万元，"
                "易地扶贫搬迁后续扶持资金3,460万元。", year=2023)
    assert of_rule(doc, "parts_sum") and of_rule(doc, "parts_sum")[0].severity != "info", summary(doc)


def test_a_level_left_out_of_a_list_is_found_in_its_row_of_the_table():
    doc = check("（一）资金投入。2017年全县共投入财政专项扶贫资金15,862.4万元，其中：中央资金8,635万元，省级资金4,210.5万元，县级资金"
                "2,530.9万元。\n资金级次\t到位资金（万元）\t已支出（万元）\n中央财政专项扶贫资金\t8,635\t8,512.36\n省级财政专项扶贫资金\t4,210.5\t"
                "4,063.8\n市级财政专项扶贫资金\t486\t486\n县级财政专项扶贫资金\t2,530.9\t2,344.02\n合计\t15,862.4\t15,406.18\n", year=2017)
    no_error(doc, "parts_sum")


def test_a_level_list_short_by_the_levels_of_the_line_after():
    doc = check("2024年，全县共获得以工代赈资金2,735万元。其中：\n1.中央预算内投资以工代赈资金1,680万元；\n2.衔接资金（以工代赈任务）1,055万元，"
                "其中中央衔接资金840万元、省级衔接资金165万元，用于实施小型项目17个。\n按资金来源分，中央资金2,520万元，省级资金165万元，州级资金"
                "30万元，县级资金20万元。")
    no_error(doc, "parts_sum")


def test_the_subtotal_row_of_the_reports_funds_takes_the_fields_beside_other_funds():
    doc = check("一、资金投入情况\n（一）财政专项扶贫资金。2020年全县共投入财政专项扶贫资金62,418.9万元。\n表1 2020年度各类资金到位及支出情况（单位：万元）\n"
                "资金来源\t到位资金\t已支出\t执行率\n中央专项扶贫资金\t51,236\t50,910.4\t99.36%\n县本级专项扶贫资金\t11,182.9\t10,949\t97.91%\n"
                "小计\t62,418.9\t61,859.4\t99.10%\n北京市对口援疆资金\t18,600\t18,214.5\t97.93%\n合计\t81,018.9\t80,073.9\t98.83%\n", year=2020)
    no_error(doc)
    assert {f.text for f in doc.figures if f.field == "funds_spent"} == {"61,859.4"}, summary(doc)


def test_an_excerpt_of_the_indicator_table_is_not_summed_against_the_total():
    doc = check("表2  绩效自评表（节选）\n绩效指标\t年度指标值\t实际完成值\t分值\t得分\n新建产业项目\t≥40个\t43个\t10\t10\n新改建农村道路\t≥60公里\t62.8公里\t10\t10\n"
                "资金执行率\t≥95%\t96.82%\t10\t10\n脱贫人口人均纯收入增幅\t≥8%\t9.6%\t10\t9\n受益群众满意度\t≥90%\t95.3%\t10\t10\n"
                "四、自评结论\n经综合评价，我县2022年度整合资金绩效自评得分94分。", year=2022)
    no_error(doc, "score_sum")


def test_a_levels_rate_in_brackets_is_never_over_another_levels_spending():
    no_error(check("（一）资金规模。全年统筹整合财政涉农资金142,836.75万元。其中：\n中央财政资金98,420.00万元；\n省级财政资金30,115.60万元。\n"
                   "分资金来源看：中央资金支出97,688.30万元（支出率99.26%），省级资金支出29,288.63万元（支出率97.25%）。", year=2020))


THREE_EXPENSES = "二、部门支出\n全年“三公”经费支出4.38万元，其中公务用车运行维护费3.20万元、公务接待费1.18万元，比上年4.92万元减少{pct}%。"


def test_the_growth_of_a_whole_before_its_parts():
    no_error(check(THREE_EXPENSES.format(pct="10.98"), year=2023))
    values(only(check(THREE_EXPENSES.format(pct="12.98"), year=2023), "growth", "error"), 12.98, 10.98)


DEPARTMENT_RATE = "（二）支出。2023年度部门支出1,121.37万元，其中基本支出402.16万元，项目支出719.21万元，部门预算执行率为96.76%。"


def test_a_rate_named_of_the_whole_is_not_of_its_last_part():
    no_error(check(DEPARTMENT_RATE, year=2023))


def test_an_items_level_named_at_its_head_holds_for_its_spending_after_a_semicolon():
    doc = check("一是中央资金24,318.56万元，其中中央财政衔接资金18,905.00万元；已支出24,005.13万元，执行率98.71%。\n"
                "二是省级资金8,126.40万元，分两批下达；已支出7,941.82万元，执行率97.73%。", year=2023)
    no_error(doc)
    assert not [f for f in doc.figures if f.field == "execution_rate"], summary(doc)


def test_a_projects_share_of_the_townships_funds_is_over_the_township_total():
    doc = check("某县某某镇2022年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2022年，县级共向我镇下达衔接推进乡村振兴补助资金1,286.40万元。\n"
                "1.某村猕猴桃产业园提质增效项目。项目总投资268.00万元，其中衔接资金230.00万元、群众自筹38.00万元，使用的衔接资金占全镇衔接资金的"
                "17.88%。", year=2022)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "1,286.40万元").field == "funds_received_total", summary(doc)


def test_the_countys_funds_in_a_townships_report_are_not_its_own():
    doc = check("某县某某镇2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2023年，全县下达到乡镇的衔接资金共1.56亿元，其中我镇1064万元，"
                "约占全县的6.82%。\n全年实施衔接资金项目5个，用于产业发展的资金870万元，占全镇衔接资金的81.77%。", year=2023)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "1.56亿元").scope.startswith("地:"), summary(doc)


def test_the_projects_of_the_villages_above_have_their_own_rate():
    doc = check("某县某某镇2024年度衔接推进乡村振兴补助资金绩效自评报告\n县财政局：\n一、资金投入情况\n2024年，县级下达我镇衔接推进乡村振兴补助资金"
                "968.75万元。\n二、资金使用情况\n（一）支出进度。截至2024年12月31日，已支付衔接资金940.12万元，执行率97.04%；剩余28.63万元为"
                "项目质保金，结转2025年支付。\n（二）村级项目。全年在3个村实施了重点项目。\n上述3个村级项目共使用衔接资金588.00万元，占全镇衔接资金"
                "的60.70%，项目资金支付率为96.46%。", year=2024)
    no_error(doc)


BRACKETS_SAID = ("吕梁市2022年度衔接推进乡村振兴补助资金绩效评价报告\n2022年全市共投入衔接推进乡村振兴补助资金19.236亿元。\n全市各县分配情况如下（括号内为占全市衔接资金总额的比重）："
                 "兴县26,310万元（13.68%）、临县28,456万元（{pct}%）、石楼县17,825万元（9.27%）。")


def test_a_share_alone_in_brackets_takes_the_base_the_line_said_the_brackets_hold():
    no_error(check(BRACKETS_SAID.format(pct="14.79"), year=2022))
    values(only(check(BRACKETS_SAID.format(pct="18.95"), year=2022), "share", "error"), 18.95, 14.79)


USES_OF_THE_YEAR = ("全年到位衔接资金3,482.56万元。全年资金主要投向以下几个方面：发展产业2,015.3万元，占{pct}%；基础设施建设842.6万元，"
                    "占24.19%；小额信贷贴息187.4万元，占5.38%。")


def test_shares_of_the_uses_of_the_years_funds_are_over_the_funds_received():
    no_error(check(USES_OF_THE_YEAR.format(pct="57.87"), year=2019))
    # the planted share: an error, the other uses' shares holding over the same funds received
    assert of_rule(check(USES_OF_THE_YEAR.format(pct="59.31"), year=2019), "share", "error"), "the planted share"


def test_a_share_of_the_funds_the_subject_names_is_over_those_funds():
    doc = check("2023年，全县共下达以工代赈资金2,170万元。按类别分，中央预算内投资以工代赈资金1,420万元，衔接资金（以工代赈任务）750万元。\n"
                "（一）劳务报酬。中央预算内投资以工代赈项目发放劳务报酬468.6万元，占中央预算内投资的33.00%；衔接资金（以工代赈任务）项目发放"
                "劳务报酬231.8万元，占该项资金的30.91%。", year=2023)
    no_error(doc)


def test_a_numbered_line_of_a_fee_is_that_items():
    doc = check("2020年全县共筹集财政专项扶贫资金28,704.8万元。\n二、项目实施情况\n20、扶贫小额信贷贴息：1,889.3万元；\n21、项目管理费：154万元，"
                "已支付154万元；\n三、资金支付情况\n截至12月底，全县累计支付财政专项扶贫资金28,186.9万元，支付率98.2%；未支付517.9万元。", year=2020)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "154万元" and f.measure == "paid").field == "", summary(doc)


USES_WITH_A_LEVELS_PART = ("全年到位衔接资金12,386.45万元，其中中央财政衔接资金7,912万元。\n从投向看，用于产业发展7,689.30万元，占比62.08%，"
                           "其中中央资金安排5,120.40万元，占中央衔接资金的64.72%；用于农村基础设施2,604.18万元，占比{pct}%。")


def test_a_list_of_shares_does_not_carry_the_base_of_a_parts_own_part():
    no_error(check(USES_WITH_A_LEVELS_PART.format(pct="21.02"), year=2023))


def test_of_which_under_another_heading_is_not_of_the_amount_before_it():
    doc = check("二、资金使用情况\n（一）资金支出。截至2022年12月31日，全市衔接资金支出56,428,776.47元，执行率97.33%；未支出的1,546,457.13元"
                "已按规定结转使用。\n（二）资金投向。其中：产业发展34,120,356.80元，占到位资金的58.85%；农村基础设施16,385,200.00元，占28.26%。",
                year=2022)
    no_error(doc, "parts_sum")


def test_a_share_of_this_years_task_funds_is_not_over_last_years():
    doc = check("2023年全县“三西”农业建设任务资金共计2,865万元，其中：中央资金2,100万元，省级资金560万元，县级安排205万元。2022年同一任务"
                "资金为2,640万元，本年增长8.52%。\n中药材标准化基地项目资金860万元，占任务资金的30.02%。", year=2023)
    no_error(doc)


ONE_TASK = ("盐池县2024年度衔接推进乡村振兴补助资金（欠发达国有林场巩固提升任务）绩效自评报告\n县财政局：\n一、资金情况\n2024年共下达我县欠发达国有林场"
            "巩固提升任务资金620万元，其中中央资金520万元，自治区资金100万元。\n二、资金支出\n截至2024年12月31日，两场累计支出583.4万元，"
            "资金执行率{rate}%；尚未支付36.6万元，已结转下年继续使用。")


def test_the_one_task_a_title_names_is_the_reports_own_money():
    doc = check(ONE_TASK.format(rate="94.10"), year=2024)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "620万元").field == "funds_received_total", summary(doc)
    values(only(check(ONE_TASK.format(rate="95.1"), year=2024), "execution_rate", "error"), 95.1, 94.1)


def test_a_share_of_the_places_listed_together_is_over_their_sum():
    text = ("黔东南州2023年度衔接推进乡村振兴补助资金绩效自评报告\n省财政厅：\n2023年全州共筹措衔接资金18,420.5万元。\n中央和省级资金按"
            "因素法分配到各县：岑巩县4,215.3万元，天柱县6,102.8万元，锦屏县3,870.4万元。其中天柱县获得资金占各县合计的{pct}%。")
    doc = check(text.format(pct="43.01"), year=2023)
    no_error(doc, "share")
    values(only(check(text.format(pct="45.01"), year=2023), "share", "error"), "45.01", "43.01")


def test_a_short_row_of_a_table_spaced_for_its_wide_characters_stands_under_its_columns():
    doc = check("县财政局：\n自评得分92分，具体如下：\n\u3000\u3000一级指标        分值        自评得分      扣分原因\n"
                "\u3000\u3000资金投入        25          24            县级投入偏少\n"
                "\u3000\u3000项目管理        40          38            个别项目滞后\n"
                "\u3000\u3000项目效益        35          30            带动不足\n"
                "\u3000\u3000合计            100         92\n", year=2022)
    no_error(doc)
    assert [c.text for c in doc.tables[0].cells if c.row == 4] == ["合计", "100", "92", ""]


def test_an_amount_of_two_levels_with_its_levels_in_brackets_is_one_part():
    doc = check("2023年，全县到位衔接资金合计9,842.3万元，其中：中央资金6,215万元，自治区资金2,870万元；市、县两级共安排757.3万元"
                "（市级230万元、县级527.3万元）。", year=2023)
    no_error(doc, "parts_sum")


CARRIED_IN = ("2023年全县可统筹使用的衔接资金共7,386.4万元，其中2022年结转资金612.8万元，2023年当年下达资金6,773.6万元。\n"
              "二、资金执行情况\n（一）上年结转资金执行情况。2022年结转的612.8万元中，本年支出598.3万元，执行率97.63%，尚余14.5万元为质保金。"
              "\n（二）全年资金执行情况。结转资金与当年资金合计支出7,052.6万元，执行率95.48%，年末结转{carry}万元结转下年使用。")


def test_the_money_brought_forward_under_its_own_heading_is_no_spending_of_the_years():
    doc = check(CARRIED_IN.format(carry="333.8"), year=2023)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "598.3万元").scope.endswith("上年结转资金"), summary(doc)
    values(only(check(CARRIED_IN.format(carry="338.3"), year=2023), "spent_plus_carryover", "error"),
           "73864000", "73909000")


def test_a_carryover_told_with_the_spending_of_all_the_money_is_over_the_year_and_the_one_before():
    text = ("2023年度全县衔接资金总规模7,386.4万元，其中2022年结转资金612.8万元，2023年当年下达资金6,773.6万元。\n"
            "截至2023年12月31日，当年下达资金支出6,454.3万元，执行率95.29%。\n"
            "结转资金与当年资金合计支出7,052.6万元，年末结转{carry}万元。")
    no_error(check(text.format(carry="333.8"), year=2023))
    values(only(check(text.format(carry="338.3"), year=2023), "spent_plus_carryover", "error"), "73864000", "73909000")


def test_the_levels_of_the_years_funds_go_on_in_the_sentence_after_them():
    doc = check("2023年，我县可统筹使用的衔接资金总额为9,284.6万元：一是2022年结转资金8,216,000元；二是2023年新下达资金8,463万元，"
                "其中中央资金5,120万元、省级资金2,380万元。新下达资金中市级配套260万元，县本级安排703万元，比2022年县本级安排的650万元"
                "增长8.15%。\n（二）上年结转资金情况\n2022年结转的8,216,000元为当年第四批省级资金。2023年一季度上述项目全部完工，"
                "结转资金于4月底前拨付完毕，支出8,216,000元，支出率100%。", year=2023)
    no_error(doc)


def test_funds_at_hand_summed_after_their_stages_are_not_the_years_received():
    doc = check("（一）资金来源\n1.上年结转。2022年度衔接资金结转至2023年继续使用326.4万元。\n2.本年下达。2023年各级共下达衔接资金5,218.6万元，"
                "其中：中央财政3,410万元，省级财政1,208.6万元，县级财政600万元。\n以上合计，2023年度可用衔接资金共计5,545万元。\n"
                "二、资金支出情况\n本年下达资金支出5,006.2万元，执行率95.93%。上述资金共支出5,326.1万元，结转下年218.9万元。", year=2023)
    no_error(doc)


def test_a_share_of_the_year_before_is_not_over_this_years_amounts():
    doc = check("全年安排产业发展资金8,412万元，占中央资金的71.53%，较上年产业资金占比64.2%提高了7.33个百分点。\n"
                "2023年全县共收到衔接资金13,650万元，其中中央资金11,760万元。", year=2023)
    no_error(doc, "share")


def test_a_projects_surplus_cut_back_is_no_carryover():
    doc = check("2024年，全县共到位衔接资金12,486.2万元。调减资金418.5万元，其中取消项目2个，涉及资金136.4万元；其余282.1万元为项目结余核减。"
                "\n截至2024年12月31日，全县衔接资金已支出12,301.6万元，支出进度98.52%，结转资金184.6万元。", year=2024)
    no_error(doc)


# ---------------------------------------------------------------- blind rounds 629–636

FUNDS_INTEGRATED = ("某县2023年度统筹整合使用财政涉农资金绩效自评报告\n（一）资金规模\n2023年，全县统筹整合财政涉农资金总规模41,260.5万元。其中：\n"
              "——财政衔接推进乡村振兴补助资金32,418.6万元，占整合资金总规模的78.57%；\n——农业生产发展资金2,310万元；\n"
              "——水利发展资金1,546.9万元；\n——其他涉农资金4,985万元。\n中央财政资金28,306.4万元；省级财政资金7,214.1万元。"
              "衔接资金中，中央衔接资金20,480万元，占衔接资金的63.17%。\n二、资金使用\n{use}")


def test_a_share_of_the_fund_one_of_the_integrated_funds_is_over_that_funds_amount():
    no_error(check(FUNDS_INTEGRATED.format(use="衔接资金用于产业发展19,106.4万元，占比58.94%。"), year=2023), "share")
    no_error(check(FUNDS_INTEGRATED.format(use="安排衔接资金19,106.4万元用于产业发展，占衔接资金总额的58.94%。"), year=2023), "share")
    values(only(check(FUNDS_INTEGRATED.format(use="衔接资金用于产业发展19,106.4万元，占比59.84%。"), year=2023), "share", "error"),
           "59.84", "58.94")


def test_an_item_of_a_numbered_list_is_no_part_of_the_item_before():
    doc = check("（二）资金结构\n1.衔接资金26,148.2万元：中央16,920万元，省级5,318.2万元，市级610万元，县级3,300万元；\n"
                "2.农业生产发展资金1,985万元；\n3.水利发展资金1,402.36万元；\n4.农田建设补助资金2,870万元。", year=2024)
    no_error(doc, "parts_sum")


def test_the_funds_said_above_are_the_reports_whole_not_one_fund_listed_in_it():
    doc = check("某县2024年度统筹整合财政涉农资金绩效自评报告\n全年纳入整合的财政涉农资金共计32,405.56万元，比2023年的31,020万元增长4.47%。\n"
                "1.衔接资金26,148.2万元；\n2.农业生产发展资金1,985万元；\n3.水利发展资金1,402.36万元；\n4.农田建设补助资金2,870万元。\n"
                "上述资金中，中央资金合计23,177.36万元，省级5,318.2万元，市级610万元，县级3,300万元。", year=2024)
    no_error(doc, "parts_sum")


def test_the_funds_besides_an_amount_are_none_of_its_parts():
    doc = check("从资金类别看，除一般性衔接资金9,214万元外，还包括以下专项：以工代赈资金820万元、少数民族发展资金365万元、欠发达国有林场"
                "巩固提升资金150万元。", year=2023)
    no_error(doc, "parts_sum")


def test_an_item_that_uses_its_one_amount_holds_it_all():
    text = ("全镇共安排衔接资金项目3个，项目总投资{total}万元，其中衔接资金400万元，群众自筹42.5万元。\n"
            "1.甲村茶叶加工厂房项目：总投资212.5万元，其中衔接资金185万元，村集体投入27.5万元。\n"
            "2.乙村灌溉渠项目：总投资160万元，其中衔接资金145万元，群众自筹15万元。\n"
            "3.脱贫劳动力外出务工交通补助：使用衔接资金70万元，补助脱贫劳动力1,166人。")
    no_error(check(text.format(total="442.5"), year=2023))
    assert errors(check(text.format(total="452.5"), year=2023)), "a total 10万元 above its items"


def test_a_share_of_one_levels_part_over_that_level_keeps_no_base_for_the_list():
    doc = check("2022年，全县共落实衔接资金1.2484亿元。分级次看：中央资金8,126万元，省级资金2,658万元，市级资金400万元，县级资金1,300万元。\n"
                "资金主要用于产业发展和基础设施。其中：产业发展7,614万元，占比60.99%，中央资金安排产业发展5,020万元，占中央资金的61.78%；"
                "农村基础设施2,906万元，占比23.28%。", year=2022)
    no_error(doc, "share")


YEARS_COUNTED = ("某县2023年度衔接资金绩效自评报告\n2023年全县到位衔接资金12,640.5万元。\n"
                 "1.资金规模。2021年、2022年、2023年全县分别到位衔接资金11,215.3万元、11,906.8万元、12,640.5万元。\n"
                 "2.支出进度。三年分别支出10,996.42万元、11,675.1万元、12,318.2万元，执行率分别为98.05%、98.06%、97.45%。\n"
                 "截至2023年12月31日，全县衔接资金累计支出12,318.2万元，结转至2024年继续使用{carry}万元。")


def test_the_years_a_sentence_counts_are_those_its_paragraph_named():
    doc = check(YEARS_COUNTED.format(carry="322.3"), year=2023)
    no_error(doc)
    assert [f.period for f in doc.figures if f.kind == "percent"] == ["2021", "2022", "2023"], summary(doc)
    values(only(check(YEARS_COUNTED.format(carry="332.3"), year=2023), "spent_plus_carryover", "error"),
           "126405000", "126505000")


def test_a_count_of_years_before_a_sentences_year_leaves_its_figures_that_years():
    doc = check("从近三年看，2021年到位资金24,180.4万元，支出23,972.18万元，执行率99.14%；2022年到位22,735.62万元，支出22,318.9万元，"
                "执行率98.17%。\n2023年全县到位衔接资金25,498.37万元，累计支付25,105.64万元，结转392.73万元。", year=2023)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "23,972.18万元").period == "2021", summary(doc)


def test_the_county_funds_of_a_year_before_the_year_before_are_no_field():
    text = ("2024年，县本级资金2,650万元。\n县本级投入从2022年的2,050万元增加到2023年的2,300万元，增长12.2%；2024年达到2,650万元，"
            "比上年增长{growth}%。")
    doc = check(text.format(growth="15.22"), year=2024)
    no_error(doc)
    fields = {f.field: f.text for f in doc.figures if f.field.startswith("funds_county")}
    assert fields == {"funds_county_prior": "2,300万元", "funds_county_current": "2,650万元",
                      "funds_county_growth": "15.22%"}, summary(doc)
    values(only(check(text.format(growth="13.21"), year=2024), "county_growth", "error"), "13.21", "15.22")


def test_a_share_of_the_funds_received_is_over_the_total_received_however_its_sentence_put_it():
    text = ("2020年，我县共获得各级财政专项扶贫资金7,068万元，其中：中央资金2,150万元，省级资金3,486万元，市级资金412万元，县级资金1,020万元。\n"
            "产业发展资金4,026.8万元，占到位资金的{share}%。")
    no_error(check(text.format(share="56.97"), year=2020))
    values(only(check(text.format(share="71.45"), year=2020), "share", "error"), "71.45", "56.97")


# ---------------------------------------------------------------- blind rounds 637–644

def test_a_table_whose_rows_leave_their_last_cells_empty_stands_under_its_columns_by_their_layout():
    doc = check("表1  项目支出绩效自评表\n"
                "一级指标                二级指标    三级指标                      年度指标值    实际完成值    分值    得分    偏差原因\n"
                "产出指标(50分)          数量指标    实施项目数量                  ≥40个         42个          25      25\n"
                "                        时效指标    项目按期完工率                ≥95%          92.5%         25      23      雨季延期\n"
                "满意度指标(10分)        服务对象满意度  受益群众满意度                ≥90%          95%           10      10\n"
                "合计                                                                                          60      58\n",
                year=2022)
    no_error(doc)
    assert [c.text for c in doc.tables[0].cells if c.row == 4 and c.col in (5, 6)] == ["60", "58"]
    assert [c.text for c in doc.tables[0].cells if c.row == 3 and c.col in (5, 6)] == ["10", "10"]


def test_a_short_rows_figures_fill_the_columns_of_figures_before_a_column_of_words():
    doc = check("（一）综合评分。评价得分46分；县级自评得分49分。对照如下：\n"
                "指标名称  分值  自评得分  评价得分  扣分说明\n资金下达  20  20  19  下达偏晚\n项目管理  30  29  27  —\n"
                "合计  50  49  46 ¦\n", year=2024)
    no_error(doc, "score_sum")
    assert [c.text for c in doc.tables[0].cells if c.row == 3] == ["合计", "50", "49", "46", ""]


def test_a_level_left_out_of_a_list_in_the_next_sentence_may_stand_in_the_table_of_levels():
    doc = check("2022年我县共投入衔接资金10,300万元，较2021年的9,650万元增加650万元；其中，中央资金7,215.3万元，省级资金2,684.7万元。"
                "详见表一。\n表一  衔接资金分级下达情况\n级次        下达数（元）        支出数（元）\n"
                "中央        72,153,000.00       71,021,600.00\n省级        26,847,000.00       26,214,400.00\n"
                "县级        4,000,000.00        3,850,000.00\n合计        103,000,000.00      101,086,000.00\n", year=2022)
    no_error(doc, "parts_sum")


def test_a_share_over_its_own_level_in_one_clause_leaves_the_lists_base_to_the_next():
    doc = check("全县到位衔接资金13,164万元，其中中央衔接资金9,864万元。\n（二）资金投向。用于产业发展7,960万元，占衔接资金总额的60.47%；"
                "中央衔接资金用于产业发展6,150万元，占中央衔接资金的62.35%；安排易地扶贫搬迁后续扶持资金936万元，占7.11%。", year=2024)
    no_error(doc, "share")


def test_a_list_of_levels_down_to_a_prefectures_own_may_leave_the_countys_unsaid():
    doc = check("玉溪市2023年度衔接推进乡村振兴补助资金绩效自评报告\n2023年，全市共安排衔接推进乡村振兴补助资金28,091.54万元。其中：中央资金"
                "13,526.08万元，省级资金9,458.42万元，市级资金1,200万元。", year=2023)
    no_error(doc, "parts_sum")
    doc = check("项目资金8369万元。其中中央衔接资金6380万元，自治区衔接资金1898万元。", year=2024)
    assert errors(doc), "two levels of one project's funds are all it had"


EARNINGS = ("（一）收益情况。全年经营性资产产生收益168.5万元，其中2个镇的旅游配套资产收益合计73.2万元。\n"
            "（二）分配情况。对脱贫户和监测户分红61.56万元，受益1026户；村集体留存74.9万元。分红资金占全年收益的{share}%。")


def test_a_share_of_the_earnings_is_over_the_whole_not_a_part_after_its_qizhong():
    no_error(check(EARNINGS.format(share="36.53"), year=2024))
    values(only(check(EARNINGS.format(share="38.53"), year=2024), "share", "error"), "38.53", "36.53")


TWO_SCORERS = ("经综合评价，某县2022年度衔接资金绩效评价得分为{total}分，评价等级为“优”；县乡村振兴局自评得分97.5分。各一级指标得分如下：\n"
               "1.决策指标（满分20分）：县自评20分，评价组评定18.5分。部分项目论证简单，扣1.5分。\n"
               "2.过程指标（满分25分）：县自评24分，评价组评定22分。个别项目资料不全，扣3分。\n"
               "3.产出指标（满分30分）：县自评29分，评价组评定27.5分。3个项目完工偏晚，扣2.5分。\n"
               "4.效益指标（满分25分）：县自评24.5分，评价组评定23分。部分收益未及时兑现，扣2分。")


def test_the_evaluators_group_scores_beside_the_countys_are_summed_against_the_evaluators_total():
    no_error(check(TWO_SCORERS.format(total="91"), year=2022))
    values(only(check(TWO_SCORERS.format(total="92"), year=2022), "score_sum", "error"), "92", "91")


# ---------------------------------------------------------------- blind rounds 645–652

def test_the_averages_of_groups_are_no_parts_of_the_average_of_all():
    doc = check("项目共吸纳当地农村劳动力务工668人，人均获得劳务报酬8,533元。分项目看，甲镇190人，人均8,553元；乙镇171人，人均8,591元；"
                "丙镇158人，人均8,810元；丁镇149人，人均8,148元。", year=2022)
    no_error(doc, "parts_sum")
    assert errors(check("省级及以上财政对村级集体经济组织的补助标准为每村50万元。其中，中央财政衔接资金每村30万元，已提前下达；"
                        "省级财政衔接资金每村25万元。", year=2024)), "a standard for each is the sum of its parts'"


REGION = ("宁夏回族自治区2019年度财政专项扶贫资金绩效评价自评报告\n一、资金投入情况\n2019年，全区共投入财政专项扶贫资金271,897.6万元，"
          "其中：中央财政专项扶贫资金172,560万元，自治区本级85,000万元（大写：捌亿伍仟万元），市县配套14,337.6万元。\n"
          "西海固9个贫困县（区）共到位资金223,751.5万元，占全区总量的82.29%。\n二、资金支出情况\n"
          "截至2019年12月31日，全区累计支出266,305.18万元。其中9个贫困县（区）支出61,010.3万元。分县区情况如下：\n"
          "1.原州区：到位31,425.6万元，占全区的{share}%；支出30,987.42万元。\n2.西吉县：到位38,716.2万元，占全区的14.24%；"
          "支出30,022.88万元。\n")


def test_counties_counted_in_a_regions_report_are_those_places_and_the_region_is_its_whole():
    doc = check(REGION.format(share="11.56"), year=2019)
    no_error(doc)
    assert next(f for f in doc.figures if f.text == "223,751.5万元").scope.startswith("地:"), summary(doc)
    values(only(check(REGION.format(share="11.65"), year=2019), "share", "error"), "11.65", "11.56")


def test_a_share_over_a_rounded_total_is_over_the_exact_one_beside_it():
    text = ("全年共下达衔接推进乡村振兴补助资金5,318.6万元，总规模约5,300万元。\n"
            "从资金投向看，用于产业发展的资金3,090万元，占资金总额的{share}%，达到不低于55%的要求。")
    no_error(check(text.format(share="58.10"), year=2021), "share")
    values(only(check(text.format(share="58.30"), year=2021), "share", "error"), "58.30", "58.10")


def test_a_rounding_of_the_total_is_no_total_of_its_parts():
    doc = check("2019年，我县共统筹各级财政专项扶贫资金3,652.4万元，约合3,650万元。其中：中央财政专项扶贫资金1,486万元，省级资金1,238.4万元，"
                "市级资金328万元，县本级资金600万元。", year=2019)
    no_error(doc, "parts_sum")


ADJUSTED = ("1．年初预算。2024年预算中，衔接资金年初预算数为6,820万元。其中：中央提前下达4,112万元，市级提前下达1,688万元，区级安排1,020万元。\n"
            "2．调整结果。调增调减后，全年预算数为8,442.8万元，其中中央5,316.6万元、市级2,226.2万元、区级900万元。\n"
            "——以调整后全年预算数8,442.8万元计算，预算执行率为98.37%；\n——以年初预算数6,820万元计算，执行率为121.78%。\n"
            "产业发展4,862.3万元，其中使用中央资金3,405.7万元，占中央资金的{share}%。")


def test_the_funds_restated_after_the_adjustments_are_the_years_and_the_rate_over_the_first_budget_is_none():
    doc = check(ADJUSTED.format(share="64.06"), year=2024)
    no_error(doc)
    fields = {f.field: f.text for f in doc.figures if f.field in ("funds_received_total", "funds_received_central",
                                                                   "execution_rate")}
    assert fields == {"funds_received_total": "8,442.8万元", "funds_received_central": "5,316.6万元",
                      "execution_rate": "98.37%"}, summary(doc)
    values(only(check(ADJUSTED.format(share="82.82"), year=2024), "share", "error"), "82.82", "64.06")


def test_a_townships_figures_and_a_target_rate_are_not_the_counties():
    doc = check("截至6月底，我县共收到各级衔接资金18,642.8万元。\n（一）3月底：累计支出2,874.5万元，支出进度15.42%。\n"
                "（二）6月底：累计支出9,468.25万元，支出进度50.79%。尚未支出资金9,174.55万元。\n"
                "驻镇帮镇扶村资金方面，大桥镇年度资金2,000万元，已支出1,356.2万元，支出进度67.81%；黄坑镇仅支出684.5万元。\n"
                "（一）对照9月底支出进度达到75%、11月底达到90%的目标，各镇每月5日前报送上月支出情况。", year=2025)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "execution_rate"] == ["50.79%"], summary(doc)


def test_the_levels_listed_after_a_total_and_its_rounding_are_its_levels():
    doc = check("一、总体情况\n2024年，某县共统筹使用各级衔接推进乡村振兴补助资金21,586.4万元（约2.16亿元），资金规模继续保持在2亿元以上。"
                "分级次看：\n（一）中央资金13,560万元；\n（二）省级资金5,126.4万元；\n（三）市级资金900万元；\n（四）县级资金2,000万元。",
                year=2024)
    no_error(doc)
    assert {f.field: f.text for f in doc.figures if f.field.startswith("funds_received")} == {
        "funds_received_total": "21,586.4万元", "funds_received_central": "13,560万元",
        "funds_received_provincial": "5,126.4万元", "funds_received_city": "900万元",
        "funds_received_county": "2,000万元"}, summary(doc)


# ---------------------------------------------------------------- blind rounds 653–660

def test_a_part_shared_of_one_level_and_then_of_all_leaves_all_as_the_lists_base():
    doc = check("2024年全县共收到衔接资金12,999.8万元。其中：中央资金9,862万元，自治区资金2,145.5万元，市级资金380万元，县级资金612.3万元。\n"
                "按用途分：产业发展7,020万元，占中央资金的71.18%、占全部资金的54.00%；农村基础设施建设3,865.3万元，占29.73%；"
                "就业帮扶1,102.5万元，占8.48%。", year=2024)
    no_error(doc, "share")


TWO_FUNDS = ("某县2019年度财政专项扶贫资金及扶贫协作资金绩效自评报告\n（一）财政专项扶贫资金\n2019年我县共计到位财政专项扶贫资金"
             "24,368.5万元。\n（二）东西部扶贫协作资金\n广州市年内安排我县扶贫协作财政援助资金3,600万元。以上资金总计27,968.5万元。\n"
             "三、资金使用\n1.产业扶贫：安排9,860万元，占专项扶贫资金的{share}%。")


def test_a_share_of_the_reports_fund_is_over_the_amount_under_its_own_heading():
    no_error(check(TWO_FUNDS.format(share="40.46"), year=2019), "share")
    values(only(check(TWO_FUNDS.format(share="35.25"), year=2019), "share", "error"), "35.25", "40.46")


def test_a_use_named_as_other_spending_is_no_spending_of_the_year():
    doc = check("2018年，全县到位财政专项扶贫资金15,427.8万元。全年安排产业扶贫资金8,210万元；安排教育、医疗等其他扶贫支出2,899.2万元。\n"
                "截至2018年12月31日，财政专项扶贫资金累计支出15,102.36万元，执行率为97.89%，结余结转资金325.44万元。", year=2018)
    no_error(doc)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["15,102.36万元"], summary(doc)


def test_a_levels_money_set_aside_for_one_use_is_no_restatement_of_its_row():
    doc = check("表1 资金到位情况（万元）\n资金级次\t到位资金（万元）\n中央财政\t12,000\n县级财政\t1,651.2\n合计\t13,651.2\n"
                "（二）管护情况。全县共落实管护责任人2,138人，县财政列支管护补助96万元。", year=2019)
    no_error(doc, "same_figure_differs")


# ---------------------------------------------------------------- round 661–668 classes

EXCESS_DONE = ("宜丰县2022年度衔接推进乡村振兴补助资金绩效自评报告\n（三）绩效自评表主要指标偏差情况\n"
               "指标名称\t年度指标值\t实际完成值\t偏差\t完成率\n新建产业基地面积\t2,000亩\t2,500亩\t+500亩\t125%\n"
               "新（改）建农村道路\t40公里\t42公里\t+2公里\t105%\n"
               "（四）偏差原因分析\n1.产业基地超额完成500亩，完成率{rate}%，主要是村集体配套扩大了种植规模。\n")


def test_a_completion_rate_after_the_excess_is_not_the_excess_over_the_target():
    # 2,500 ÷ 2,000 = 125%: the whole done over the target, not the 500亩 over it
    doc = check(EXCESS_DONE.format(rate="125"), year=2022)
    quiet(doc, "share")
    no_error(doc)


DEPARTMENTS = ("环江县2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n2023年，全县共到位衔接推进乡村振兴补助资金"
               "12,600万元。\n二、分行业部门资金使用情况\n（一）农业农村局支出6,712.4万元，支付率98.71%。其中：肉牛养殖项目安排"
               "2,300万元，已支付2,280万元，支付率99.13%。\n（二）水利口（县水利局承担的农村供水项目）：安排2,500万元，"
               "支出2,411.2万元，执行率96.45%。\n（三）其他部门：安排500万元，支出488.9万元，执行率97.78%。\n"
               "（四）县乡村振兴局等其他单位。全年安排2,800万元，支出2,744.1万元，资金执行率98.00%。\n"
               "以上合计，截至2023年12月31日全县累计支出{spent}万元，资金执行率98.13%，结转结余243.4万元。\n")


def test_the_items_of_a_list_of_departments_are_theirs_and_the_sum_after_them_the_counties():
    # (12,356.6 + 243.4 = 12,600 holds; 12,356.6 ÷ 12,600 = 98.07%, not the 98.13% stated: the county's rate over its
    # own figures, while each department's spending and rate are the department's)
    doc = check(DEPARTMENTS.format(spent="12,356.6"), year=2023)
    assert [f.text for f in doc.figures if f.field == "funds_spent"] == ["12,356.6万元"], summary(doc)
    assert {f.scope for f in doc.figures if f.text in ("6,712.4万元", "2,411.2万元", "488.9万元", "2,744.1万元")} \
        == {"单位:农业农村局", "单位:水利口（县水利局承担的农村供水项目）", "单位:其他部门", "单位:县乡村振兴局等其他单位"}
    values(only(doc, "execution_rate", "error"), 98.13, 98.07)
    quiet(doc, "spent_plus_carryover")


OWN_WHOLE_IN_A_LIST = ("2022年，我县共收到各级财政衔接推进乡村振兴补助资金9,386.42万元，其中中央资金6,512.00万元。"
                       "资金重点投向产业发展和基础设施，其中：产业发展类项目安排5,820.60万元，占资金总量的62.01%；中央资金中用于"
                       "产业发展4,210.00万元，占中央资金的64.65%；小型公益性基础设施安排2,310.45万元，占{share}%。")


def test_a_clause_that_names_its_own_whole_hands_the_lists_base_on():
    # 2,310.45 ÷ 9,386.42 = 24.61%: of the funds in all, the list's base, not of the central funds the clause before
    # shared its own part of (35.48%)
    quiet(check(OWN_WHOLE_IN_A_LIST.format(share="24.61"), year=2022), "share")
    values(only(check(OWN_WHOLE_IN_A_LIST.format(share="26.61"), year=2022), "share", "error"), 26.61, 24.61)


TWO_YEARS = ("定边县2021—2022年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金投入\n"
             "2021年度，全县共落实衔接资金15,382.74万元。按级次分，中央8,960.00万元，省级3,847.24万元，市级875.50万元，县级"
             "1,700.00万元。\n2022年度，全县共落实衔接资金16,905.38万元。按级次分，中央9,780.00万元，省级4,128.38万元，市级"
             "947.00万元，县级2,050.00万元。\n2021—2022年度累计落实资金32,288.12万元。\n二、资金执行情况\n"
             "（一）2021年度资金：截至2021年12月31日，累计支付15,103.66万元，执行率98.19%；结转结余279.08万元。\n"
             "（二）2022年度资金：截至2022年12月31日，累计支付16,742.91万元，执行率{rate}%；结转结余162.47万元。\n"
             "（三）综合情况：2021—2022年度共支付31,846.57万元，综合执行率98.63%。\n三、资金使用方向\n"
             "2022年度中央资金用于产业发展5,676.00万元，占中央资金的58.04%。\n")


def test_a_report_on_two_years_takes_the_last_years_own_figures():
    # each line led by its year is that year's; the two years' sums are the span's; 5,676 ÷ 9,780 (2022's central funds)
    # = 58.04%; 16,742.91 ÷ 16,905.38 = 99.04%
    doc = check(TWO_YEARS.format(rate="99.04"), year=2022)
    assert (fields_of(doc, "funds_received_total"), fields_of(doc, "funds_received_central"),
            fields_of(doc, "funds_spent"), fields_of(doc, "execution_rate")) \
        == (["16,905.38万元"], ["9,780.00万元"], ["16,742.91万元"], ["99.04%"]), summary(doc)
    no_error(doc)
    values(only(check(TWO_YEARS.format(rate="99.54"), year=2022), "execution_rate", "error"), 99.54, 99.04)


YEAR_AND_HALF = ("潢川县2023年度及2024年上半年衔接资金绩效自评报告\n一、资金基本情况\n"
                 "（一）2023年度资金。全年到位衔接资金28,463.90万元，其中中央16,782.00万元。\n"
                 "（二）2024年上半年资金。截至6月30日，已下达2024年度衔接资金24,120.50万元，其中中央资金14,350.00万元。\n"
                 "二、资金支出情况\n1.2023年度。截至2023年12月31日，累计支出27,935.18万元，支出率98.14%。\n"
                 "2.2024年上半年。截至6月30日，支出13,276.44万元，序时支出进度55.04%。\n"
                 "3.合计情况。2023年度和2024年上半年共计到位资金52,584.40万元，支出41,211.62万元，合计支出比例78.37%。\n"
                 "三、资金使用方向\n2023年度产业发展类项目投入17,486.25万元，占年度资金总量的{share}%。\n")


def test_a_report_on_a_year_and_the_half_after_it_is_the_years():
    # 17,486.25 ÷ 28,463.90 = 61.43%: of the year's funds, not of the year and a half's; 截至6月30日 under 2024年上半年 is
    # of 2024
    doc = process_text(YEAR_AND_HALF.format(share="61.43"))
    assert doc.year == 2023
    assert [f.value for f in doc.figures if f.text == "6月30日"] == ["2024-06-30", "2024-06-30"]
    assert (fields_of(doc, "funds_received_total"), fields_of(doc, "funds_received_central"),
            fields_of(doc, "funds_spent")) == (["28,463.90万元"], ["16,782.00万元"], ["27,935.18万元"]), summary(doc)
    no_error(doc)
    values(only(process_text(YEAR_AND_HALF.format(share="63.43")), "share", "error"), 63.43, 61.43)


# ---------------------------------------------------------------- round 669–676 classes

LEFT_AND_HELD = ("米易县2022年度衔接推进乡村振兴补助资金绩效自评报告\n全县到位衔接资金87,316,540.25元。截至2022年12月31日，"
                 "全县衔接资金已支付84,962,180.73元，执行率97.30%。年末未支付资金合计{left}元，具体为：\n"
                 "1. 结转资金1,566,000.00元，为跨年度基础设施项目尚未完成结算的部分；\n"
                 "2. 结余资金263,418.07元，为项目招标节余；\n3. 质保金524,941.45元，待质保期满后支付。\n")


def test_money_held_back_is_some_of_what_is_left():
    # 1,566,000 + 263,418.07 + 524,941.45 = 2,354,359.52 = 87,316,540.25 − 84,962,180.73: what was left, the
    # retention with it
    doc = check(LEFT_AND_HELD.format(left="2,354,359.52"), year=2022)
    assert fields_of(doc, "funds_carryover") == ["2,354,359.52元"], summary(doc)
    no_error(doc)
    values(only(check(LEFT_AND_HELD.format(left="2,314,359.52"), year=2022), "spent_plus_carryover", "error"),
           87316540.25, 87276540.25)
    held = check("全县到位衔接资金21,225,386.44元，已拨付使用资金20,418,902.31元，资金执行率96.20%。结转结余及质保金合计"
                 "806,484.13元，其中结转512,600.00元、结余95,466.77元、质保金198,417.36元。", year=2022)
    assert fields_of(held, "funds_carryover") == ["806,484.13元"], summary(held)
    no_error(held)


BY_DOCUMENT = ("囊谦县2021年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金分配下达情况\n（一）中央资金\n"
               "1.青财农字〔2020〕1432号提前下达12,356万元；\n2.青财农字〔2021〕188号下达3,870万元；\n"
               "3.青财农字〔2021〕905号下达1,512.6万元。\n（二）省级资金\n1.青财农字〔2020〕1450号提前下达4,215万元；\n"
               "2.青财农字〔2021〕276号下达1,380万元；\n3.青财农字〔2021〕933号下达402.4万元。\n（三）州级资金\n"
               "玉财农〔2021〕33号下达260万元。\n（四）县级资金\n囊财〔2021〕9号安排500万元。\n以上合计2.4496亿元。\n")


def test_the_documents_listed_under_a_level_are_allocations_of_it():
    # 12,356 + 3,870 + 1,512.6 + 4,215 + 1,380 + 402.4 + 260 + 500 = 24,496: each document one allocation of its level,
    # not the level's whole
    doc = check(BY_DOCUMENT, year=2021)
    assert not fields_of(doc, "funds_received_central") + fields_of(doc, "funds_received_provincial"), summary(doc)
    no_error(doc)


def test_a_share_said_of_the_money_of_a_use_is_of_its_amount_before_a_count():
    text = ("全县衔接资金总规模31,556.35万元。坚持把产业发展作为重点，安排产业发展资金18,900.00万元，实施产业项目64个，"
            "产业资金占衔接资金总额的{share}%。")
    quiet(check(text.format(share="59.89"), year=2021), "share")
    values(only(check(text.format(share="58.89"), year=2021), "share", "error"), 58.89, 59.89)
    bound = "全州衔接资金合计134,842.40万元，其中用于产业发展78,352.60万元，占比58.11%，八县（市）产业资金占比均超过55%。"
    no_error(check(bound, year=2023))


# ---------------------------------------------------------------- round 677–684 classes

def test_money_carried_into_a_named_later_year_is_the_carry_over():
    text = ("左云县2019年度财政专项扶贫资金绩效自评报告\n全县到位财政专项扶贫资金9,654.30万元。截至2019年12月31日，全县累计支出"
            "财政专项扶贫资金9,421.68万元，支出率97.59%。结转2020年使用的资金{left}万元，主要为年底下达的省级资金。")
    doc = check(text.format(left="232.62"), year=2019)
    assert fields_of(doc, "funds_carryover") == ["232.62万元"], summary(doc)
    no_error(doc)
    values(only(check(text.format(left="322.62"), year=2019), "spent_plus_carryover", "error"), 96543000, 97443000)


ANSWERED = ("新邵县2023年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金投入\n（一）资金到位率\n    答：100%。\n"
            "    全年共到位衔接资金32,458.16万元。\n二、资金使用\n（四）资金执行率\n    答：{rate}%。\n"
            "    截至2023年12月31日，已支出31,624.83万元，结转下年833.33万元。\n")


def test_an_answer_under_its_indicators_heading_is_that_indicators_figure():
    # 31,624.83 ÷ 32,458.16 = 97.43%
    doc = check(ANSWERED.format(rate="97.43"), year=2023)
    assert fields_of(doc, "execution_rate") == ["97.43%"], summary(doc)
    values(only(check(ANSWERED.format(rate="98.43"), year=2023), "execution_rate", "error"), 98.43, 97.43)


def test_the_part_the_townships_carried_out_is_theirs():
    doc = check("截至2024年12月31日，已支付14,392.55万元，执行率97.57%；尚未支付的358.25万元按规定结转使用。\n"
                "孝姑镇：全年到位衔接资金1,318.6万元，支出1,296.04万元，执行率98.29%。\n"
                "乡镇实施部分合计支出7,201.58万元，执行率97.82%。连同县级部门实施项目，全县衔接资金到位14,750.8万元、"
                "支出14,392.55万元，结转358.25万元。", year=2024)
    assert "7,201.58万元" not in fields_of(doc, "funds_spent") and "97.82%" not in fields_of(doc, "execution_rate"), \
        summary(doc)
    no_error(doc)


def test_an_approximate_base_is_the_exact_amount_its_line_states_of_the_same_year():
    rounded = ("2021年全县共投入衔接资金约4,300万元。经核实，全年实际到位各级衔接资金4,276.38万元，与2020年的4,100万元相比增长"
               "4.30%。\n产业发展项目安排资金2,618万元，占全部资金的{share}%。")
    quiet(check(rounded.format(share="61.22"), year=2021), "share")   # 2,618 ÷ 4,276.38
    earlier = ("2021年，全县投入衔接资金约4.6亿元，较2020年的47210.5万元减少1337.24万元，下降2.83%。\n"
               "全县到位资金合计45873.26万元。中央资金31256万元，占全年资金总额的{share}%。")
    quiet(check(earlier.format(share="68.14"), year=2021), "share")   # 31,256 ÷ 45,873.26, not ÷ 2020's 47,210.5


BESIDE_ANOTHER_FUND = ("贡觉县2024年度财政衔接推进乡村振兴补助资金及援藏资金绩效自评报告\n一、资金基本情况\n"
                       "（一）衔接资金。2024年，上级和本级共安排我县衔接资金16,384.90万元。\n"
                       "（二）援藏资金。对口支援省市年内拨付我县援藏项目资金4,620万元。两类资金总额为21,004.9万元。\n"
                       "（三）资金支出。截至2024年12月31日，衔接资金支出15,947.72万元，执行率97.33%，结转437.18万元；援藏资金支出"
                       "4,388.16万元，执行率94.98%；两类资金合计支出20,335.88万元，合计执行率96.81%。\n"
                       "（四）资金投向。衔接资金用于产业发展9,921.50万元，占衔接资金总额的{share}%。\n")


def test_a_reports_fund_beside_another_named_one_keeps_its_own_figures():
    # 9,921.50 ÷ 16,384.90 = 60.55%: of the report's own fund, not of both funds' spending (20,335.88)
    doc = check(BESIDE_ANOTHER_FUND.format(share="60.55"), year=2024)
    assert (fields_of(doc, "funds_spent"), fields_of(doc, "execution_rate")) == (["15,947.72万元"], ["97.33%"]), summary(doc)
    no_error(doc)
    values(only(check(BESIDE_ANOTHER_FUND.format(share="62.55"), year=2024), "share", "error"), 62.55, 60.55)


def test_a_self_assessment_table_set_apart_by_single_spaces_is_a_table():
    doc = check("涉县2023年度衔接推进乡村振兴补助资金绩效自评报告\n全县到位衔接资金13,582.60万元，支出13,215.84万元。\n"
                "指标 年度指标值 实际完成值 分值 得分\n农村道路硬化里程 ≥35公里 38.6公里 10 10\n项目完工率 ≥95% 96.2% 10 10\n"
                "受益群众满意度 ≥95% 97.2% 10 9.5\n", year=2023)
    assert len(doc.tables) == 1, [t.cells for t in doc.tables]
    assert [f.value for f in doc.figures if f.kind == "score"] == [Decimal(v) for v in ("10", "10", "10", "10", "10", "9.5")]


def test_the_townships_of_a_dashed_list_and_their_sum_are_theirs():
    doc = check("2019年全县共计到位财政专项扶贫资金9,698万元。截至2019年12月底，累计支出9,412.37万元，支出进度97.05%。\n"
                "——云溪镇。到位1,186.4万元，已支出1,168.9万元，执行率98.52%。\n——玉龙镇。到位954万元，已支出930.72万元，执行率97.56%。\n"
                "上述乡镇合计支出2,099.62万元，执行率97.73%。从全县看，已支出9,412.37万元，整体执行率97.05%。", year=2019)
    assert set(fields_of(doc, "funds_spent")) == {"9,412.37万元"} and set(fields_of(doc, "execution_rate")) == {"97.05%"}, \
        summary(doc)
    no_error(doc)


def test_a_share_of_what_was_paid_is_not_of_an_amount_budgeted():
    doc = check("全县衔接资金支付总额9,852.55万元。\n三、资金使用方向\n产业发展资金预算指标6,380.00万元，占全部衔接资金的62.16%，"
                "其中设施农业项目24个；当年产业发展支付额占支付总额的61.94%。", year=2023)
    no_error(doc, "share")


# ---------------------------------------------------------------- round 685–692 classes

def test_a_rate_of_a_part_is_over_the_spending_its_sentence_states():
    text = ("2017年全县财政专项扶贫资金规模为21,604.50万元，由上年结转资金和本年到位资金组成。2017年到位资金19,486.00万元。\n"
            "截止2017年12月31日，共支出财政专项扶贫资金20,711.37万元。其中：2016年结转资金2,118.50万元全部支出完毕；2017年到位"
            "资金支出18,592.87万元，支出率{rate}%。")
    no_error(check(text.format(rate="95.42"), year=2017), "execution_rate")     # 18,592.87 ÷ 19,486
    values(only(check(text.format(rate="96.42"), year=2017), "execution_rate", "error"), 96.42, 95.42)


def test_a_rate_over_what_was_brought_forward_and_came_in_is_over_both():
    text = ("2023年全旗衔接资金包括上年结转资金和本年下达资金，总额4,672.92万元。本年下达资金4,316万元。\n"
            "2023年全旗衔接资金共支出4,436.81万元，总体执行率{rate}%，结余236.11万元按规定结转下年使用。")
    no_error(check(text.format(rate="94.95"), year=2023), "execution_rate")     # 4,436.81 ÷ 4,672.92
    values(only(check(text.format(rate="95.94"), year=2023), "execution_rate", "error"), 95.94, 94.95)


def test_a_share_of_the_carry_over_is_over_all_of_it_not_a_kind_of_it():
    doc = check("截至2018年12月31日，已拨付使用资金30,286.44万元，结余结转资金766.36万元。\n（一）资金滞留。年末结转资金766.36万元中，"
                "滞留资金428.6万元，占结转资金的55.93%。\n（三）资金收回。收回资金337.76万元，占结转资金的44.07%。", year=2018)
    no_error(doc, "share")


def test_the_upper_levels_funds_may_leave_the_prefectures_unsaid():
    doc = check("融安县2021年度衔接推进乡村振兴补助资金绩效自评报告\n全年我县共筹集衔接推进乡村振兴补助资金21,586.7万元。一是上级补助"
                "19,946.7万元，其中中央财政衔接资金14,322万元、自治区本级5,208.7万元；二是本级安排1,640万元。", year=2021)
    no_error(doc, "parts_sum")


def test_a_first_batch_alone_is_one_of_several_and_last_years_share_is_no_check():
    doc = check("2022年共到位衔接资金21,212.25万元，其中：中央财政衔接资金16,840.00万元，自治区本级衔接资金3,960.25万元，昌都市级"
                "衔接资金412.00万元。\n自治区级资金中，第一批提前下达4,120.00万元。衔接资金安排的产业类项目投资12,820.50万元，占比60.44%，"
                "高于上年占比55.2%。", year=2022)
    no_error(doc)


def test_groups_whose_full_marks_fall_short_of_all_are_some_of_them():
    doc = check("年度资金总额 全年预算数 29000.00 全年执行数 28163.45 分值 10 执行率 97.12% 得分 9.7\n"
                "产出指标得分48分（满分50分），效益指标得分27分（满分30分），满意度指标得分9分（满分10分），合计93.7分。", year=2023)
    no_error(doc, "score_sum")


# ---------------------------------------------------------------- round 693–700 classes

def test_a_change_in_the_total_is_no_base_of_a_share():
    doc = check("酒泉市2021年度衔接资金绩效自评报告\n2021年，全市共安排衔接推进乡村振兴补助资金21,482.00万元，比2020年财政专项扶贫资金"
                "规模19,650.00万元增加1,832.00万元，增长9.32%。具体为：\n1.中央财政衔接资金12,360.00万元；\n2.省级财政衔接资金6,415.80万元；\n"
                "3.市级财政资金900.00万元；\n4.县级财政资金1,806.20万元，占资金总额的8.41%。", year=2021)
    no_error(doc, "share")


def test_the_rest_of_a_list_of_places_stated_on_the_line_after_is_theirs():
    text = ("截至2021年12月31日，全市累计支付衔接资金1,234.50万元，执行率96.24%。分县（市、区）看：\n（1）甲区支付512.30万元，执行率97.21%；\n"
            "（2）乙县支付410.20万元，执行率97.48%。\n市本级支付{rest}万元，执行率97.16%。")
    no_error(check(text.format(rest="312.00"), year=2021), "parts_sum")
    assert any(f.rule == "parts_sum" and f.severity != "info" for f in check(text.format(rest="300.00"), year=2021).findings)


def test_the_upper_levels_of_an_integrated_pool_leave_the_countys_own_unsaid():
    doc = check("麻阳苗族自治县2017年财政专项扶贫资金绩效自评报告\n全年纳入统筹整合范围的财政涉农资金共计52,863.47万元，其中：中央涉农资金"
                "30,417.85万元，省级涉农资金9,862.10万元。", year=2017)
    no_error(doc, "parts_sum")


def test_the_rest_named_after_a_bracket_closes_a_partial_list():
    doc = check("1.资金来源。全年到位衔接资金10,426.88万元。其中中央财政资金6,218.5万元，省级2,758.38万元，县级配套1,000万元（上年为850万元），"
                "其余为市级补助资金。", year=2023)
    no_error(doc, "parts_sum")


def test_groups_scored_on_the_numbered_lines_above_the_total_add_up_to_it():
    text = ("本次评价一级指标设决策、过程、产出、效益四项，权重分别为20分、20分、30分、30分。各项得分如下：\n1.决策指标得分18.5分。部分镇绩效目标"
            "与资金量不匹配，扣1.5分。\n2.过程指标得分17.2分。存在以拨代支问题，扣2.8分。\n3.产出指标得分28.6分。\n4.效益指标得分27.4分。\n"
            "综合以上，全县2021年度衔接资金绩效评价总得分为{total}分，等级为“优”。")
    quiet(check(text.format(total="91.7"), year=2021), "score_sum")
    values(only(check(text.format(total="92.7"), year=2021), "score_sum", "error"), 92.7, 91.7)


def test_a_share_of_what_was_added_is_over_the_change():
    doc = check("2023年实现营业性收入6800万元，比2022年的5200万元增长30.77%；村集体经济收入增加860万元，实现收益分红375万元，分红额占村集体"
                "新增收入的43.6%。", year=2023)
    no_error(doc, "share")


def test_the_amount_for_industry_measured_against_the_whole_in_other_words_is_the_field():
    for text, amount in (("全县2023年到位衔接资金24,380万元。\n1．产业发展14,650万元，占总规模的60.09%，实施产业项目96个。", "14,650万元"),
                         ("全县2023年到位衔接资金19,980万元。中央和省级资金合计用于产业发展13,240万元，占比66.27%。", "13,240万元"),
                         ("全县2020年投入财政专项扶贫资金4,316.8万元。\n1．产业扶贫2,518.3万元（占总投入的58.34%），重点支持中药材。", "2,518.3万元"),
                         ("全县2023年到位衔接资金21,836万元。\n（一）产业发展13,320万元，占中央衔接资金的91.11%、占资金总额的61.00%。",
                          "13,320万元")):
        doc = check(text, year=int(text[2:6]))
        assert set(fields_of(doc, "industry_investment")) == {amount}, summary(doc)


def test_a_sentence_of_the_whole_after_its_topic_is_not_the_item_above():
    doc = check("石泉县2021年度衔接推进乡村振兴补助资金绩效自评报告\n全县到位衔接资金21,482.00万元。分乡镇看：\n"
                "（1）城关镇支付3,706.15万元，执行率97.21%；\n（2）石桥镇支付1,170.36万元，执行率96.88%。\n资金投向上，全县安排产业发展资金12,587.30万元，占总额的58.59%。", year=2021)
    assert set(fields_of(doc, "industry_investment")) == {"12,587.30万元"}, summary(doc)


def test_the_funds_whole_scale_is_what_came_in():
    doc = check("泗县2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n（一）资金规模。全年全县衔接资金总规模24,380.5万元（约2.44亿元）。"
                "其中：中央资金16,200万元，占66.45%；省级资金4,880.5万元；市级资金800万元；县级资金2,500万元。", year=2023)
    assert set(fields_of(doc, "funds_received_total")) == {"24,380.5万元"} \
        and set(fields_of(doc, "funds_received_central")) == {"16,200万元"}, summary(doc)


def test_a_score_after_the_county_assessed_itself_is_its_self_score():
    doc = check("经自评，我旗2021年度衔接资金绩效评价得分93分，其中决策14分、过程18.5分、产出33.5分、效益27分。", year=2021)
    assert set(fields_of(doc, "self_score")) == {"93分"}, summary(doc)


def test_the_levels_of_the_upper_levels_funds_are_the_reports():
    doc = check("全年到位财政专项扶贫资金16,275.80万元，其中：上级补助资金14,475.80万元，包括中央补助10,318.60万元、省级补助3,857.20万元；"
                "县本级配套1,800万元。", year=2018)
    assert set(fields_of(doc, "funds_received_central")) == {"10,318.60万元"} \
        and set(fields_of(doc, "funds_received_provincial")) == {"3,857.20万元"}, summary(doc)


def test_a_prefectures_matching_funds_in_the_list_of_levels_are_its_level():
    doc = check("2019年各级财政共下达我县财政专项扶贫资金150,000,000.00元。其中：中央财政专项扶贫资金98,654,321.45元，自治区本级财政专项"
                "扶贫资金36,218,900.00元，地区级配套资金4,500,000.00元，县级财政预算安排10,626,778.55元。", year=2019)
    assert set(fields_of(doc, "funds_received_city")) == {"4,500,000.00元"}, summary(doc)


def test_projects_stored_in_the_library_at_the_years_end():
    for text, count in (("县级项目库常态化更新，年末入库储备项目93个，比上年增加17个。", "93个"),
                        ("县级脱贫攻坚项目库年末储备项目64个，为下年度资金安排打好基础。", "64个")):
        doc = check(text, year=2023)
        assert set(fields_of(doc, "projects_in_library")) == {count}, summary(doc)


def test_items_listed_by_kind_after_their_total_are_its_items():
    doc = check("经汇总，涉及衔接资金使用管理的问题共19个，涉及金额845.33万元。按性质划分：\n1.违规使用衔接资金62.7万元。主要是个别乡镇购置"
                "办公设备。\n2.资金闲置508.4万元。主要是4个产业项目迟迟不能开工。\n3.资金滞留274.23万元。项目完工后未及时验收。\n"
                "4.扶贫项目资产闲置低效3处。", year=2024)
    quiet(doc, "parts_sum")


def test_parts_that_make_their_whole_end_before_the_clause_of_another():
    doc = check("违规使用资金26.8万元已全部收回；闲置资金215.06万元中，3个项目已开工并拨付资金168.2万元，其余46.86万元已调整至茶叶加工"
                "项目；滞留资金130.3万元已全部支付。", year=2021)
    no_error(doc, "parts_sum")


# ---------------------------------------------------------------- round 701–708 classes

def test_a_list_of_levels_that_skips_the_prefectures_is_a_warning():
    text = ("辰溪县2022年度衔接推进乡村振兴补助资金绩效自评报告\n2022年我县共争取各级衔接推进乡村振兴补助资金23,618.45万元，其中中央资金"
            "14,960.00万元，省级资金5,872.30万元，县本级预算安排{county}万元。")
    doc = check(text.format(county="2,486.15"), year=2022)
    no_error(doc)
    assert of_rule(doc, "received_sum", "warning"), summary(doc)
    doc = check(text.format(county="2,486.15") + "\n市级资金200万元用于产业项目。", year=2022)
    assert errors(doc), summary(doc)      # the prefecture's money stated elsewhere, and not what the list is short of


def test_a_base_named_as_a_headings_title_is_what_came_in_under_it():
    doc = check("2024年南丹县共收到衔接推进乡村振兴补助资金232,037,150.00元。其中：中央衔接资金158,600,000.00元。\n"
                "全县中央衔接资金用于产业发展121,880,000.00元，占中央衔接资金的76.85%，占发展类资金的66.2%。\n"
                "二、分任务资金使用和绩效情况\n（一）发展类资金\n到位资金184,210,750.00元，支出181,356,920.55元，支出率98.45%。", year=2024)
    no_error(doc, "share")


def test_a_pledge_of_days_is_no_allocation_speed():
    doc = check("资金均在省市下达后30日内分解下达到项目单位。\n五、下一步工作\n一是提前谋划项目，确保资金到位后15日内完成分配。", year=2021)
    assert fields_of(doc, "allocation_days") == ["30日"], summary(doc)


def test_a_payment_rate_over_what_was_passed_on_is_no_execution_rate():
    doc = check("全年实际到位资金1.0236亿元。截至2022年12月31日，已下达资金10,050.00万元，已支付9,780.30万元，结转455.70万元。以到位资金"
                "为基数，预算执行率95.55%；以已下达资金为基数，资金支付率97.32%。", year=2022)
    assert set(fields_of(doc, "execution_rate")) == {"95.55%"}, summary(doc)
    quiet(doc, "spent_plus_carryover")      # 9,780.30 + 455.70 = 10,236: what came in, not what was passed on


def test_the_growth_of_the_total_stated_a_sentence_before_its_parts():
    text = ("2023年我县实际到位资金5,000.00万元。其中：中央资金1,236.00万元，省级资金2,418.50万元，市级资金300.00万元，县级资金1,045.50万元。"
            "县级财政投入1,045.5万元，比上年的960万元增长8.91%，全县到位资金总量较2022年的4,560万元增长{pct}%。")
    no_error(check(text.format(pct="9.65"), year=2023), "growth")
    values(only(check(text.format(pct="8.65"), year=2023), "growth", "error"), 8.65, 9.65)


def test_a_base_stated_for_a_computation_and_a_change_are_no_funds_received():
    doc = check("2024年新下达资金13,357万元。与2023年新下达的12,980.5万元相比，当年下达资金增加376.5万元，增长2.9%。\n"
                "按已下达资金13,357万元计：用于产业发展8,426.5万元，占63.09%。", year=2024)
    assert set(fields_of(doc, "funds_received_total")) <= {"13,357万元"}, summary(doc)


def test_what_the_year_before_carried_over_spent_this_year_is_not_its_spending():
    doc = check("2020年末，我县财政专项扶贫资金结转312.64万元。上述结转资金已于2021年全部完成支付，支出312.64万元，结转资金清零。\n"
                "2021年全县共到位衔接资金15,836.2万元。截至2021年12月31日，2021年度衔接资金累计支出15,204.75万元，资金执行率96.01%；"
                "尚未支付631.45万元，已按规定结转至2022年继续使用。", year=2021)
    assert set(fields_of(doc, "funds_spent")) == {"15,204.75万元"}, summary(doc)
    no_error(doc)


def test_a_numbered_line_of_the_years_own_funds_is_the_reports():
    for text in ("一、基本情况\n1．历年结转资金。截至2022年底，我县衔接资金累计结转535.2万元。2023年支出498.6万元。\n2．2023年资金。全年共下达"
                 "我县衔接资金17,284.45万元，具体为：中央资金10,962万元，省级资金4,380.25万元，市级资金780万元，县级配套资金1,162.2万元。",
                 "一、资金基本情况\n1．上年结转资金。2022年结转资金535.2万元。\n2．当年下达资金。2023年全县共落实衔接资金17,284.45万元。分级次看，"
                 "中央资金10,962万元，省级资金4,380.25万元，市级资金780万元，县级资金1,162.2万元。"):
        doc = check(text, year=2023)
        assert set(fields_of(doc, "funds_received_total")) == {"17,284.45万元"} \
            and set(fields_of(doc, "funds_received_central")) == {"10,962万元"}, summary(doc)


def test_figures_of_a_section_of_next_steps_are_pledges():
    doc = check("全县衔接资金执行率98.1%，资金下达后30日内全部分配到项目。\n五、下一步工作\n确保资金到位后15日内完成分配，执行率达到100%。",
                year=2023)
    assert fields_of(doc, "allocation_days") == ["30日"] and fields_of(doc, "execution_rate") == ["98.1%"], summary(doc)


# ---------------------------------------------------------------- round 709–716 classes

def test_funds_the_upper_levels_and_the_county_gave_together_are_no_county_funds():
    doc = check("2022年，上级下达和县本级安排我县财政衔接推进乡村振兴补助资金合计32,784.56万元，比2021年的30,125.00万元增加2,659.56万元，"
                "增长8.83%。按级次分：中央资金21,030.00万元；自治区资金8,254.56万元；市级资金500.00万元；县级资金3,000.00万元，比上年"
                "2,650.00万元增长13.21%。", year=2022)
    no_error(doc)
    assert set(fields_of(doc, "funds_county_growth")) == {"13.21%"}, summary(doc)


def test_a_second_growth_after_the_pairs_own_is_anothers():
    doc = check("全县脱贫人口人均纯收入15,932元，较上年的14,608元增长9.1%，其中监测对象人均纯收入增长11.3%。", year=2023)
    quiet(doc, "growth")


def test_shares_of_amounts_listed_one_by_one_are_each_of_its_own_whole():
    doc = check("三年产业发展资金依次为3,420.60万元、3,896.70万元、4,418.52万元，占比分别为56.03%、57.99%、60.34%。", year=2023)
    quiet(doc, "parts_sum")
    quiet(doc, "share")


def test_score_rows_whose_full_marks_come_short_of_the_total_are_some_indicators():
    doc = check("五、绩效自评表\n指标｜年度指标值｜实际完成值｜完成率｜分值｜得分｜偏差原因\n草果提质增效面积｜≥3万亩｜3.5万亩｜116.67%｜10｜10｜超额完成\n"
                "跨省务工交通补助人数｜≥1,500人｜1,862人｜124.13%｜10｜10｜外出务工人数增加\n项目完工率｜≥95%｜95.65%｜100.68%｜10｜9｜雨季影响\n"
                "监测户风险消除比例｜≥75%｜79.65%｜106.20%｜20｜19｜需持续帮扶\n受益群众满意度｜≥90%｜96.38%｜107.09%｜10｜10｜无\n"
                "自评结果：总分95.5分，等次为“优”。", year=2023)
    quiet(doc, "score_sum")


def test_the_exact_amount_beside_an_approximate_one_is_the_field():
    doc = check("2021年全县共收到各级衔接推进乡村振兴补助资金约1.26亿元，准确数为12,647.80万元。\n截至2021年12月31日，全县已支出衔接资金"
                "12,213.46万元，资金执行率96.57%，结转结余443.34万元。", year=2021)
    assert set(fields_of(doc, "funds_received_total")) == {"12,647.80万元"}, summary(doc)
    assert of_rule(doc, "spent_plus_carryover", "error"), summary(doc)


def test_the_growth_of_the_whole_named_so_after_its_parts_is_the_totals():
    text = ("2023年度全县到位衔接资金17,066.25万元，其中中央资金12,486.00万元、省级资金3,570.25万元、市级资金210.00万元、县级资金"
            "800.00万元。资金总量较2022年的15,322.18万元增长{pct}%。")
    no_error(check(text.format(pct="11.38"), year=2023), "growth")
    values(only(check(text.format(pct="10.22"), year=2023), "growth", "error"), 10.22, 11.38)


# ---------------------------------------------------------------- round 717–724 classes

def test_funds_the_county_pooled_of_all_levels_are_what_came_in():
    text = ("2023年全县共统筹衔接推进乡村振兴补助资金15,362.48万元，较上年（14,096.5万元）增加1,265.98万元，增长8.98%。分级次看：中央衔接资金8,904万元，省级衔接资金3,516.3万元，市级衔接资金"
            "1,142.18万元，县级配套资金1,800万元。\n截至2023年12月31日，全县衔接资金已支出14,917.06万元，支出进度{rate}%。")
    doc = check(text.format(rate="97.1"), year=2023)
    assert set(fields_of(doc, "funds_received_total")) == {"15,362.48万元"}, summary(doc)
    no_error(doc)
    values(only(check(text.format(rate="98.1"), year=2023), "execution_rate", "error"), 98.1, 97.1)


def test_a_base_of_the_tasks_funds_is_this_years_not_the_year_befores():
    for text in ("2022年我县共收到少数民族发展任务资金1,265万元。上年同一任务资金为1,180万元。\n1.特色产业发展682万元，占任务资金的53.91%。",
                 "2024年少数民族发展任务共到位资金1,086.4万元（上年为1,024万元），其中：中央资金812万元，占任务资金的74.74%；省级资金204.4万元；"
                 "县级资金70万元。"):
        no_error(check(text, year=int(text[:4])), "share")


def test_the_whole_fund_beside_the_task_a_report_is_on_takes_no_field():
    doc = check("木里藏族自治县2023年度欠发达国有林场巩固提升任务资金绩效自评报告\n2023年，全县共争取各级衔接推进乡村振兴补助资金4.56亿元，"
                "其中欠发达国有林场巩固提升任务资金单列下达。\n2023年我县到位欠发达国有林场巩固提升任务资金680万元。\n1.林区道路改造提升326万元，"
                "占全部任务资金的47.94%。", year=2023)
    assert set(fields_of(doc, "funds_received_total")) == {"680万元"}, summary(doc)
    no_error(doc, "share")


def test_an_indicator_whose_name_holds_a_figure_is_one_row_of_the_score_table():
    doc = check("指标名称｜年度指标值｜实际完成值｜分值｜得分\n资金到位率｜100%｜100%｜10｜10\n资金执行率｜≥95%｜96.92%｜10｜10\n"
                "扶持村集体经济村数｜23个｜23个｜10｜10\n新建产业路｜15公里｜15.6公里｜10｜10\n项目验收合格率｜100%｜100%｜10｜10\n"
                "项目按期完工率｜≥95%｜93.8%｜10｜8\n带动脱贫户增收｜2,000户｜2,136户｜15｜15\n经营性收入10万元以上村数｜35个｜38个｜10｜10\n"
                "群众满意度｜≥90%｜95.2%｜15｜13.5\n合计｜｜｜100｜96.5\n", year=2023)
    quiet(doc, "score_sum")


def test_a_task_its_title_names_in_brackets_is_the_reports_own_money():
    doc = check("阿尔山市2023年度衔接推进乡村振兴补助资金（欠发达国有林场巩固提升）项目支出绩效自评报告\n2023年，我市共下达衔接推进乡村振兴补助资金"
                "1.38亿元，上年为1.26亿元，增长9.52%。\n2023年我市收到欠发达国有林场巩固提升任务资金420万元，其中：中央资金360万元，自治区资金"
                "60万元。", year=2023)
    assert set(fields_of(doc, "funds_received_total")) == {"420万元"} \
        and set(fields_of(doc, "funds_received_central")) == {"360万元"}, summary(doc)


# ---------------------------------------------------------------- round 725–732 classes

def test_a_quarters_spending_and_progress_are_not_the_years():
    text = ("2025年全县到位衔接资金8,436.20万元。实际完成情况：一季度支出进度18.4%；二季度累计支出3,897.52万元，进度46.2%；9月底进度73.5%；"
            "截至12月31日，全年累计支出7,925.48万元，执行率{rate}%，结转结余510.72万元。")
    doc = check(text.format(rate="93.95"), year=2025)
    assert set(fields_of(doc, "funds_spent")) == {"7,925.48万元"} and set(fields_of(doc, "execution_rate")) == {"93.95%"}, \
        summary(doc)
    no_error(doc)
    values(only(check(text.format(rate="94.95"), year=2025), "execution_rate", "error"), 94.95, 93.95)


def test_indicators_answered_one_by_one_add_up_to_the_total():
    text = ("一、资金投入\n1.县级财政投入情况（满分10分）。县级安排资金较2022年增长9.85%。该项得10分。\n二、资金拨付\n2.资金分配下达（满分8分）。"
            "均在30日内分配到项目。该项得8分。\n三、资金监管\n3.项目库建设（满分6分）。共入库项目286个。得6分。\n4.资金支出进度（满分8分）。"
            "支出率97.91%。扣0.5分，得7.5分。\n五、自评结论\n资金投入得10分，资金拨付得8分，资金监管得13.5分，合计自评得分{total}分。")
    no_error(check(text.format(total="31.5"), year=2023), "score_sum")
    values(only(check(text.format(total="32.5"), year=2023), "score_sum", "error"), 32.5, 31.5)


def test_an_items_own_score_under_its_full_marks_is_no_self_score():
    doc = check("1.县级财政投入（10分）。县级财政安排2,600万元，较2023年2,380万元增长9.24%。自评10分。\n2.资金拨付时效（8分）。扣0.5分，"
                "自评7.5分。\n五、自评总体结论\n资金投入得10分、资金拨付得7.5分、资金监管得30分、资金使用成效得46.5分，总得分95分，评价等级为“优”。",
                year=2024)
    assert fields_of(doc, "self_score") == ["95分"], summary(doc)


def test_a_score_table_a_pdf_gave_one_cell_per_line_is_read_as_a_table():
    text = ("四、自评表（摘自PDF）\n资金执行\n全年预算数（万元）\n全年执行数（万元）\n分值\n执行率\n得分\n24,572.36\n23,806.52\n10\n96.88%\n9.7\n"
            "一级指标\n分值\n得分\n产出指标\n40\n38.5\n效益指标\n30\n28\n满意度指标\n10\n9.6\n总分\n90\n{total}\n")
    doc = check(text.format(total="85.8"), year=2024)
    assert len(doc.tables) == 2 and [f.value for f in doc.figures if f.kind == "score" and f.cell is not None][-1] == D(85.8), \
        [t.cells for t in doc.tables]
    quiet(doc, "score_sum")
    values(only(check(text.format(total="86.8"), year=2024), "score_sum", "error"), 86.8, 85.8)


# ---------------------------------------------------------------- round 733–740 classes

def test_a_growth_compared_in_a_clause_of_its_own_is_of_the_clause_befores_amount():
    text = ("2023年全县地区生产总值11.86亿元，农村居民人均可支配收入18,935元，比上年17,402元增长{growth}%。")
    no_error(check(text.format(growth="8.8"), year=2023), "growth")
    values(only(check(text.format(growth="9.8"), year=2023), "growth", "error"), 9.8, 8.81)


def test_batches_each_sent_by_a_document_are_no_levels_funds_and_their_closing_total_is():
    doc = check("一、项目概况\n2023年，全县到位衔接资金16,243万元。\n二、资金投入情况\n（一）资金下达明细\n"
                "中央财政衔接资金：内财农〔2022〕1276号提前下达8,236万元；内财农〔2023〕301号下达2,105万元；内财农〔2023〕877号下达947万元。"
                "以上三批合计11,288万元。\n自治区衔接资金：内财农〔2022〕1281号提前下达2,460万元；内财农〔2023〕455号追加735万元；同年自治区调减"
                "我县指标120万元（内财农〔2023〕1102号）。调减后自治区资金为3,075万元。\n市级资金：乌财农〔2023〕88号下达380万元。\n"
                "（二）资金使用结构\n用于产业发展9,912万元；用于就业帮扶、雨露计划及项目管理费等2,015万元。", year=2023)
    assert fields_of(doc, "funds_received_total") == ["16,243万元"] \
        and fields_of(doc, "funds_received_central") == ["11,288万元"] \
        and fields_of(doc, "funds_received_provincial") == ["3,075万元"], summary(doc)
    assert not [f for f in doc.findings if f.severity != "info" and "2,105万元" in f.message], summary(doc)


def test_the_total_of_a_levels_batches_is_its_funds_not_the_first_batch():
    doc = check("（一）资金下达情况\n2022年我旗共收到各级衔接资金7,747.5万元。\n1.中央资金。蒙财农〔2021〕318号提前下达中央衔接资金3,126万元；"
                "蒙财农〔2022〕52号下达第二批1,458万元；蒙财农〔2022〕197号下达第三批612万元；自治区收回我旗往年结余中央衔接资金85万元。"
                "扣除收回部分后，中央资金实际到位5,111万元。", year=2022)
    assert "3,126万元" not in fields_of(doc, "funds_received_central"), summary(doc)
    quiet(doc, "same_figure_differs")


def test_an_amount_taken_back_is_subtracted_from_the_levels_batches():
    text = ("一、资金安排和下达情况\n2023年，我县共收到衔接资金12,815.6万元。具体如下：\n（一）中央资金9,275.6万元。\n"
            "（二）省级资金{provincial}万元。其中：黑财指（农）〔2022〕1101号提前下达1,842万元；黑财指（农）〔2023〕207号下达596万元；"
            "因项目调整，省财政收回我县资金48万元（黑财指（农）〔2023〕733号）。\n（三）市级资金150万元。\n（四）县级资金1,000万元。\n"
            "二、资金使用情况\n全县累计支出12,602.94万元。")
    doc = check(text.format(provincial="2,390"), year=2023)
    assert fields_of(doc, "funds_received_provincial") == ["2,390万元"] \
        and fields_of(doc, "funds_received_county") == ["1,000万元"], summary(doc)
    quiet(doc, "parts_sum")
    assert [f.rule for f in errors(check(text.format(provincial="2,380"), year=2023))].count("parts_sum") >= 1


def test_a_count_list_whose_last_item_leaves_its_count_unsaid_claims_no_sum():
    doc = check("全部资金安排到136个项目，其中产业发展项目79个，安排资金12,180万元；基础设施项目48个，安排资金5,402万元；"
                "其他项目安排资金1,944万元。", year=2023)
    quiet(doc, "parts_sum")


def test_the_provinces_funds_passed_on_with_the_prefectures_own_are_no_provincial_funds():
    doc = check("2024年，省级下达我州和州本级安排的财政衔接推进乡村振兴补助资金共148,961.25万元。其中：中央资金102,684.35万元；"
                "省级下达我州41,276.90万元，用于产业发展的25,180.40万元，占省级资金的61.0%；州本级安排5,000.00万元。", year=2024)
    assert fields_of(doc, "funds_received_provincial") == ["41,276.90万元"], summary(doc)
    no_error(doc)


def test_a_funds_table_given_one_cell_per_line_is_read_by_the_units_its_columns_name():
    text = ("按项目类型分，资金安排情况如下：\n项目类型\n安排资金（万元）\n占比（%）\n产业发展\n21,106\n61.00\n农村基础设施建设\n8,996\n26.00\n"
            "就业帮扶\n1,730\n5.00\n其他（含小额信贷贴息、项目管理费）\n2,768\n8.00\n合计\n{total}\n100\n二、绩效目标完成情况\n")
    doc = check(text.format(total="34,600"), year=2021)
    assert len(doc.tables) == 1 and len(doc.tables[0].cells) == 18, [t.cells for t in doc.tables]
    assert {f.value for f in doc.figures if f.kind == "money" and f.cell is not None} >= {D(211060000), D(346000000)}
    quiet(doc, "table_total")
    values(only(check(text.format(total="34,700"), year=2021), "table_total", "error"), 347000000, 346000000)


def test_a_score_table_given_one_cell_per_line_keeps_its_blank_cells_and_its_short_row_of_sums():
    text = ("一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n产出指标\n数量指标\n扶持产业项目数\n≥150个\n158个\n30\n30\n"
            "效益指标\n社会效益指标\n发生规模性返贫户数\n0户\n0户\n50\n48\n预算执行率\n \n \n100%\n98.72%\n10\n9.87\n合计\n90\n{total}\n"
            "四、自评结论\n")
    doc = check(text.format(total="87.87"), year=2023)
    scores = [f.value for f in doc.figures if f.kind == "score" and f.cell is not None]
    assert len(doc.tables) == 1 and D("9.87") in scores and scores[-2:] == [D(90), D("87.87")], scores
    quiet(doc, "score_sum")
    values(only(check(text.format(total="88.87"), year=2023), "score_sum", "error"), 88.87, 87.87)


def test_documents_that_each_send_one_levels_funds_are_no_batches():
    doc = check("一、资金到位情况\n2022年11月29日，省财政厅以（黑财指（农）〔2023〕34号）向我区下达中央财政衔接推进乡村振兴补助资金3174万元；"
                "2022年12月20日，又以（黑财指（农）〔2023〕78号）下达省级财政衔接推进乡村振兴补助资金2958万元。两笔资金累计下达6132万元。",
                year=2023)
    assert fields_of(doc, "funds_received_central") == ["3174万元"] \
        and fields_of(doc, "funds_received_provincial") == ["2958万元"], summary(doc)


def test_a_heading_of_funds_sent_down_gives_no_measure_to_a_change_or_a_use():
    doc = check("一、资金下达情况\n2022年全县共收到衔接资金8,230万元。其中：中央资金5,100万元；省级资金2,130万元；县级资金1,000万元。"
                "与上年相比，中央资金增加356万元。以上产业类项目（红枣提质增效、肉牛养殖）资金合计4,221.36万元。", year=2022)
    assert fields_of(doc, "funds_received_central") == ["5,100万元"] \
        and fields_of(doc, "funds_received_total") == ["8,230万元"], summary(doc)


def test_money_taken_back_is_no_levels_funds_received():
    doc = check("根据《关于提前下达2025年省级财政衔接推进乡村振兴补助资金预算的通知》的要求，现对2025年度衔接资金项目计划作如下调整：一、调减项目7个，合计1395万元。其中：示范村巩固提升工程项目调减中央资金143万元、"
                "省级资金640万元；帮扶车间补助项目调减中央资金5万元。", year=2025)
    assert not [f for f in doc.figures if f.field.startswith("funds_received")], summary(doc)


def test_a_levels_funds_that_came_in_two_installments_are_no_second_total():
    doc = check("（一）资金下达情况\n2024年，全县共收到各级衔接资金9,318万元。其中：中央衔接资金5,411万元，自治区衔接资金2,937万元，地区配套资金150万元，"
                "县本级预算安排资金820万元。\n中央资金分两次到位：2023年12月提前下达4,386万元；2024年6月地区财政局又及时转拨中央衔接资金"
                "1,025万元，主要安排用于设施农业。", year=2024)
    assert fields_of(doc, "funds_received_central") == ["5,411万元"], summary(doc)


def test_a_levels_item_with_the_year_befores_amount_aside_is_still_a_part_of_the_total():
    doc = check("一、资金下达情况\n2022年全县共收到衔接资金33,946万元。其中：中央资金21,460万元，分三批下达；省级资金7,836万元，分两批下达；"
                "商洛市级资金1,050万元；县级预算安排3,600万元，比上年的3,300万元增长9.09%。", year=2022)
    quiet(doc, "parts_sum")
    quiet(doc, "received_sum")


def test_a_townships_title_that_opens_with_its_name_then_about_is_the_townships_report():
    doc = check("富川瑶族自治县朝东镇\n关于2024年度衔接推进乡村振兴补助资金绩效自评情况的报告\n县乡村振兴局、县财政局：\n一、资金到位\n"
                "2024年，县级分批下达我镇衔接推进乡村振兴补助资金1,086.25万元。按来源分：中央衔接资金712.35万元；自治区衔接资金268.9万元；"
                "县本级衔接资金105万元。", year=2024)
    assert fields_of(doc, "funds_received_total") == ["1,086.25万元"], summary(doc)


def test_an_item_of_a_batch_list_whose_second_amount_follows_on_its_line_claims_no_sum():
    doc = check("2019年，全县统筹到位各级财政专项扶贫资金18,652.76万元。按下达文件和时间先后，具体为：\n（一）提前下达资金。2018年11月26日，"
                "省财政厅以川财农〔2018〕189号提前下达我县2019年中央财政专项扶贫资金5,130万元；2018年12月10日，又以川财农〔2018〕201号提前下达"
                "省级财政专项扶贫资金1,846万元。\n（二）县级安排资金。县财政在年初预算中安排专项扶贫资金2,400万元，比2018年的2,100万元增长14.29%。\n"
                "（三）第一批中央资金。2019年4月12日，省财政厅以川财农〔2019〕35号下达第一批中央资金3,862万元。\n（四）市级资金。南充市财政局"
                "以南财农〔2019〕42号下达市级财政专项扶贫资金620万元。\n（五）第二批资金。2019年7月8日，省财政厅以川财农〔2019〕98号下达第二批"
                "资金4,215.6万元，其中中央资金3,270万元、省级资金945.6万元。\n（六）追加资金。2019年12月9日，省财政厅以川财农〔2019〕216号"
                "追加下达中央资金579.16万元。\n", year=2019)
    quiet(doc, "parts_sum")


def test_a_levels_amount_with_the_year_befores_and_its_own_parts_after_it_is_one_part_of_the_total():
    text = ("一、资金基本情况\n（一）资金下达情况\n2023年全州共收到衔接资金64,981.71万元。按来源分，中央资金44,812.9万元，占资金总量的68.96%；省级资金13,926.5万元；"
            "州级资金2,100万元，比上年的1,800万元增长16.67%，其中州本级使用1,250万元，分配各县（市）850万元；各县（市）本级配套{county}万元。")
    quiet(check(text.format(county="4,142.31"), year=2023), "parts_sum")


def test_a_county_item_on_its_own_line_after_the_levels_is_the_countys_part_of_them():
    doc = check("（一）资金下达情况。2023年，上级和县本级共向我县下达衔接资金合计22,456.7万元。具体如下：\n1.中央资金13,074.5万元；\n"
                "2.省级资金5,382.2万元，分三批下达；\n3.宜昌市级资金900万元；\n4.县级财政安排3,100万元。\n", year=2023)
    assert fields_of(doc, "funds_received_county") == ["3,100万元"], summary(doc)
    quiet(doc, "received_sum")


def test_a_prefecture_named_before_what_it_added_is_the_prefectures_level():
    doc = check("敦化市2020年度财政专项扶贫资金绩效自评报告\n2020年全市财政专项扶贫资金总规模5,800万元，比2019年增加620万元。其中：中央资金3,845.60万元，省级资金1,126.40万元，"
                "延边州配套150万元，市本级安排678万元，比上年的600万元增长13.00%。", year=2020)
    assert fields_of(doc, "funds_received_city") == ["150万元"], summary(doc)
    quiet(doc, "received_sum")


def test_the_spending_told_with_the_carry_over_is_what_it_is_left_of():
    text = ("一、资金情况\n（一）资金规模。2022年度全县衔接资金总规模9,635.05万元。其中2021年结转资金867.35万元，2022年当年下达资金8,767.7万元。\n"
            "二、资金执行\n（一）上年结转资金执行情况。2021年结转的867.35万元中，2022年支出842.11万元，执行率97.09%，尚余25.24万元为工程尾款。\n"
            "（二）当年下达资金执行情况。截至2022年12月31日，当年下达资金支出8,296.84万元，执行率94.63%。\n（三）全年资金执行情况。"
            "结转资金与当年资金合计支出9,138.95万元，资金执行率94.85%，年末结转{carry}万元。\n")
    quiet(check(text.format(carry="496.1"), year=2022), "spent_plus_carryover")
    values(only(check(text.format(carry="469.1"), year=2022), "spent_plus_carryover", "error"), 96350500, 96080500)


def test_a_running_total_gives_way_to_the_scale_of_the_years_funds():
    doc = check("——第一批。2021年3月25日，吉财农〔2021〕112号文件下达1,413万元，至此累计到位5,483万元。\n——市级资金。2021年5月10日，四平市"
                "财政局以四财农〔2021〕22号文件下达市级衔接资金150万元，累计到位5,633万元。\n（二）县级资金安排情况\n县本级在2021年预算中安排衔接"
                "资金1,100万元。\n2021年全县衔接资金总规模7,445万元，其中：中央4,428万元，占59.48%；省级1,767万元，占23.73%；市级150万元；"
                "县级1,100万元。", year=2021)
    assert fields_of(doc, "funds_received_total") == ["7,445万元"], summary(doc)


def test_a_use_that_opens_a_section_after_the_carry_over_takes_no_measure_from_it():
    doc = check("    全年实际支出9,102.8万元，支出率达97.16%；结余结转265.65万元，已按规定纳入2020年统筹使用。\n"
                "    （三）资金投向\n    其中：产业扶贫（含资产收益、生态畜牧业合作社）5,140万元，占全部到位资金的54.86%；基础设施建设2,380.3万元。",
                year=2019)
    assert fields_of(doc, "funds_carryover") == ["265.65万元"], summary(doc)


def test_an_audits_findings_are_no_funds_received_nor_carried_over():
    doc = check("截至2019年11月底，已整改金额498.6万元，整改到位率94.54%。一是收回资金36.9万元；二是盘活闲置两年以上的结转资金372万元，"
                "统筹用于4个村的产业项目；三是对未整改到位的28.8万元，制定了分配方案。", year=2019)
    assert not [f for f in doc.figures if f.field in ("funds_received_total", "funds_carryover")], summary(doc)


def test_the_change_over_the_year_befores_amount_is_no_measure_of_an_item():
    doc = check("（一）资金规模。2020年，全县共投入财政专项扶贫资金24,694万元。按来源划分：中央财政专项扶贫资金14,256万元，省级财政专项扶贫资金"
                "4,318万元，市级财政专项扶贫资金520万元，县级财政安排专项扶贫资金5,600万元。县级财政安排的专项扶贫资金比2019年的4,800万元增加"
                "800万元，增长16.67%。\n", year=2020)
    no_error(doc)


def test_what_a_prefecture_hands_on_to_its_counties_is_no_funds_of_a_level():
    doc = check("丽江市2024年度衔接推进乡村振兴补助资金绩效自评报告\n2024年全市共下达衔接推进乡村振兴补助资金约5.49亿元，合计54,921.06万元。"
                "其中：中央下达我市38,652.70万元、省级下达我市14,418.36万元、市级财政预算安排1,850.00万元。\n衔接资金按因素法切块分配至5个县"
                "（区），共下达53,921.06万元，市本级安排1,000.00万元用于市级乡村振兴示范村创建。", year=2024)
    assert not fields_of(doc, "funds_received_county") and fields_of(doc, "funds_received_total") == ["54,921.06万元"], \
        summary(doc)


def test_an_amount_raised_to_from_an_earlier_years_is_this_years():
    doc = check("其中：中央衔接资金12,486万元，自治区衔接资金5,239万元，吴忠市配套资金300万元，县本级财政投入2,150万元。"
                "县本级安排的衔接资金由2020年的1,980万元增加到2,150万元，增幅8.59%。", year=2021)
    assert fields_of(doc, "funds_received_city") == ["300万元"] and fields_of(doc, "funds_county_current") == ["2,150万元"] \
        and fields_of(doc, "funds_county_prior") == ["1,980万元"], summary(doc)


def test_a_counties_rates_in_a_prefectures_report_are_no_execution_rate():
    doc = check("铜仁市2022年度衔接推进乡村振兴补助资金绩效自评报告\n部分区县资金到位及支出进度为：碧江区8326.15万元（支出进度97.40%），"
                "万山区7015.62万元（支出进度95.18%），江口县11482.30万元（支出进度92.66%）。\n"
                "4个县资金到位、拨付、支出情况分别为：罗甸县到位16842.30万元、拨付16842.30万元、支出16295.14万元、支付率96.75%；"
                "三都县到位18905.62万元、拨付18905.62万元、支出18371.08万元、支付率97.17%。", year=2022)
    assert not fields_of(doc, "execution_rate"), summary(doc)
    assert {f.scope for f in doc.figures if f.text in ("95.18%", "96.75%")} == {"地:万山区", "地:罗甸县"}, summary(doc)


def test_the_batches_a_levels_count_opens_are_no_levels_funds():
    doc = check("（一）资金下达情况\n2017年全县到位财政专项扶贫资金21,357.80万元，其中中央资金8,214.00万元，省级资金9,642.80万元，由省财政厅分四批下达；"
                "县本级预算安排3,500.00万元。\n中央资金分两次到位，分别为5,214.00万元和3,000.00万元；省级四批资金依次为3,860.00万元、"
                "2,945.80万元、1,837.00万元和1,000.00万元。", year=2017)
    assert fields_of(doc, "funds_received_provincial") == ["9,642.80万元"] \
        and fields_of(doc, "funds_received_central") == ["8,214.00万元"], summary(doc)


def test_the_levels_above_the_county_together_are_no_one_levels_funds():
    doc = check("一、资金到位情况\n2019年，我县共筹集财政专项扶贫资金33,820万元。其中：中央财政专项扶贫资金21,350万元，市级财政专项扶贫资金"
                "9,870万元，县级财政预算安排专项扶贫资金2,600万元。市级以上资金合计31,220万元，占全年资金总量的92.31%。", year=2019)
    assert "31,220万元" not in [f.text for f in doc.figures if f.field], summary(doc)


def test_the_countys_clause_of_a_list_of_levels_with_its_restatement_and_the_year_before_is_its_part():
    text = ("（一）资金到位。2022年，我县各级衔接推进乡村振兴补助资金共到位8,356.42万元。分级次看：中央资金4,812万元，在到位总额中占57.58%；"
            "省级资金1,974.42万元，分三批下达；市级资金320万元；县级本级预算安排１２５０万元（一千二百五十万元），比2021年的1,150万元多出100万元，"
            "增幅8.70%。\n")
    doc = check(text, year=2022)
    assert fields_of(doc, "funds_received_county")[:1] == ["１２５０万元"], summary(doc)
    quiet(doc, "parts_sum")
    quiet(doc, "received_sum")


def test_a_budget_that_names_no_level_is_not_the_countys_own_funds():
    doc = check("其中：中央资金8,428万元，省级资金3,432万元。县本级预算安排的衔接资金由上年的1450万元增加到1580万元，增长8.97%。\n"
                "年初预算数为11860万元，年中追加上级资金后调整为14425万元。", year=2024)
    quiet(doc, "budget_consistency")


# ---------------------------------------------------------------- round 741–748 classes

def test_shares_of_a_list_of_uses_with_no_base_named_are_of_the_funds_received():
    text = ("2024年全县到位衔接资金9,821.36万元。\n2.支出情况：截至2024年12月底，已拨付9,486.65万元，支出进度96.59%，结转334.71万元。"
            "从投向看，产业发展5,210.40万元，占比{share}%；农村公益性基础设施3,112.96万元，占比31.7%。")
    quiet(check(text.format(share="53.05"), year=2024), "share")
    assert [f.rule for f in check(text.format(share="55.05"), year=2024).findings
            if f.severity != "info"] == ["share"]


def test_places_listed_then_closed_by_their_count_add_up_to_the_total():
    text = ("按乡镇划分，六排镇2,486.3万元、向阳镇1,975.4万元、岜暮乡1,562.8万元，3个乡镇合计安排{total}万元，其余资金由县直部门统筹。")
    quiet(check(text.format(total="6,024.5"), year=2023), "parts_sum")
    values(only(check(text.format(total="6,114.5"), year=2023), "parts_sum", "error"), 61145000, 60245000)


def test_two_items_closed_by_their_count_are_compared_in_their_own_measure():
    doc = check("截至2021年12月31日，衔接资金实际支出23,877.12万元，支出进度99.04%，结余结转231.53万元；2020年结转资金支出986.20万元，"
                "支出进度100%。两项资金合计25,094.85万元，支出24,863.32万元，支出进度99.08%。", year=2021)
    no_error(doc, "parts_sum")


def test_the_year_befores_amount_after_a_list_of_levels_is_the_totals():
    doc = check("全年共下达我县衔接资金人民币壹亿贰仟柒佰陆拾伍万叁仟元（12,765.3万元）。其中：中央财政衔接资金9,842万元，"
                "省级衔接资金2,523.3万元，县级财政安排400万元。较2021年的11,980.5万元增加784.8万元，增长6.55%。", year=2022)
    assert not fields_of(doc, "funds_county_prior"), summary(doc)
    no_error(doc)


def test_an_amount_first_sent_gives_way_to_the_amount_after_the_change():
    doc = check("2021年我市共收到各级衔接资金18,362.40万元。其中：中央资金12,860.00万元；省级资金3,512.40万元，分三批下达；"
                "白城市级资金390.00万元；市本级资金1,600.00万元。\n年度执行中，省级三批资金原合计下达3,712.40万元，省财政收回200万元，"
                "调减后省级资金为上述3,512.40万元。省级资金中用于产业发展2,108.00万元，占省级资金的60.02%。\n"
                "石家庄市级资金原下达700万元，年内因项目取消收回100万元，调减后为600.00万元。", year=2021)
    assert "3,712.40万元" not in fields_of(doc, "funds_received_provincial") and "700万元" not in fields_of(doc, "funds_received_city"), \
        summary(doc)
    no_error(doc)


def test_the_total_after_the_years_change_is_the_funds_received():
    doc = check("1.资金下达。全年下达我县衔接资金年初预算11,835.80万元，9月底中央追加200万元，调整后总额12,035.80万元。分级次看，"
                "中央资金8,660.00万元（调整前为8,460.00万元），省级资金2,575.80万元，抚顺市级资金200.00万元，县本级资金600.00万元。\n"
                "产业发展资金6,777.40万元，占资金总额的56.31%。", year=2021)
    assert fields_of(doc, "funds_received_total") == ["12,035.80万元"], summary(doc)
    no_error(doc)


def test_a_share_of_two_levels_named_together_after_the_second_is_of_both():
    doc = check("2022年全旗共到位衔接资金14,515.00万元。分级次看：中央资金11,205.00万元，占到位资金的77.20%；自治区资金2,680.00万元，"
                "中央和自治区资金合计占95.66%；市级资金150.00万元。", year=2022)
    no_error(doc, "share")


def test_the_countys_own_money_beside_the_upper_levels_total_is_no_part_of_it():
    doc = check("2020年，上级共下达我县以工代赈资金1260万元，其中中央资金1100万元、省级资金160万元；县财政另安排配套资金98.6万元，"
                "三个项目合计总投资1358.6万元。", year=2020)
    no_error(doc)


def test_two_funds_together_after_the_years_fund_are_no_execution_of_it():
    doc = check("（1）2021年衔接资金支出37,208.55万元，支出率96.85%，结转1,208.71万元；\n（2）2020年结转财政专项扶贫资金支出1,621.44万元，"
                "支出率100%；\n（3）两项资金合计40,071.16万元，合计支出38,829.99万元，总支出率96.90%。", year=2021)
    assert fields_of(doc, "funds_spent") == ["37,208.55万元"] and fields_of(doc, "execution_rate") == ["96.85%"], summary(doc)


def test_the_projects_held_in_the_library_named_in_brackets_are_its_projects():
    doc = check("2023年全县安排衔接资金项目11个，项目均在县级巩固衔接项目库（库内项目198个）中选取，实行公告公示制度。", year=2023)
    assert fields_of(doc, "projects_in_library") == ["198个"], summary(doc)


def test_what_is_left_as_retention_and_more_is_carried_over():
    doc = check("全年累计支出5,412.6万元，资金支出率98.41%；未支出的87.4万元为工程质保金和1个在建项目资金，已结转下年。", year=2018)
    assert fields_of(doc, "funds_carryover") == ["87.4万元"] and not fields_of(doc, "funds_retention"), summary(doc)


def test_levels_listed_by_source_of_the_poverty_fund_and_the_townships_share_apart():
    doc = check("2019年，我县共投入财政专项扶贫资金26,154.08万元。按资金来源分：中央财政专项扶贫资金15,872万元，省级财政专项扶贫资金"
                "7,936.5万元，市级财政专项扶贫资金412.58万元，县级财政专项扶贫资金1,933万元。县级统筹安排到乡镇实施的扶贫项目资金共16,698万元，"
                "占全县专项扶贫资金的63.84%。", year=2019)
    assert fields_of(doc, "funds_received_central") == ["15,872万元"] and fields_of(doc, "funds_received_county") == ["1,933万元"] \
        and not fields_of(doc, "funds_county_current"), summary(doc)


def test_the_total_after_the_change_and_its_levels_restated_take_the_fields():
    doc = check("（一）资金规模及调整。2022年初，上级及本级共下达我县衔接推进乡村振兴补助资金14,136万元。年度执行过程中，省级收回508万元。"
                "调整后全年资金总额为1.3628亿元（大写：人民币壹亿叁仟陆佰贰拾捌万元整）。\n（二）资金构成。调整后资金中，中央资金10,240万元，"
                "占75.14%；省级资金2,388万元；市县两级配套资金合计1,000万元。", year=2022)
    assert fields_of(doc, "funds_received_total")[:1] == ["1.3628亿元"] and "14,136万元" not in fields_of(doc, "funds_received_total") \
        and fields_of(doc, "funds_received_central") == ["10,240万元"], summary(doc)


def test_what_a_level_added_during_the_year_gives_way_to_its_funds_in_the_table():
    text = ("2021年全县到位衔接资金13,749万元。年内省级因我县两个项目未按期开工收回资金160万元，中央第二批追加200万元，"
            "县级财政追加配套200万元。\n表1  资金调整情况（单位：万元）\n资金级次\t年初预算\t收回/调减\t追加/调增\t调整后\n中央资金\t9,418\t—\t200\t9,618\n"
            "省级资金\t2,905\t160\t—\t2,745\n市级资金\t186\t—\t—\t186\n县级资金\t1,000\t—\t200\t1,200\n合计\t13,509\t160\t400\t13,749\n")
    doc = check(text, year=2021)
    assert fields_of(doc, "funds_received_county") == ["1,200"], summary(doc)
    no_error(doc, "received_sum")


# ---------------------------------------------------------------- round 749–756 classes

def test_a_table_with_two_header_rows_reads_each_column_under_its_parent():
    text = ("全县衔接资金分配、支出情况见下表：\n资金级次\t下达资金\t\t已支出资金\t\n\t金额（万元）\t占比（%）\t金额（万元）\t支出率（%）\n"
            "中央\t8,346.00\t65.20\t8,129.47\t97.41\n省级\t2,175.00\t16.99\t2,098.62\t96.49\n县级\t2,280.00\t17.81\t2,205.35\t96.73\n"
            "合计\t12,801.00\t100\t12,433.44\t97.13\n")
    doc = check(text, year=2021)
    assert fields_of(doc, "funds_received_central") == ["8,346.00"] and fields_of(doc, "funds_received_total") == ["12,801.00"], \
        summary(doc)
    quiet(doc, "same_figure_differs")


def test_a_table_whose_first_cell_names_the_unit_and_whose_levels_head_the_columns():
    text = ("全县衔接资金按项目类别和资金来源分配、支出情况见下表：\n项目类别（万元）\t中央资金\t\t县级资金\t\t合计\t\n\t下达\t支出\t下达\t支出\t下达\t支出\n"
            "产业发展\t6,820.00\t6,712.36\t1,350.00\t1,318.55\t8,170.00\t8,030.91\n基础设施\t2,730.50\t2,649.95\t1,200.00\t1,150.28\t3,930.50\t3,800.23\n"
            "合计\t9,550.50\t9,362.31\t2,550.00\t2,468.83\t12,100.50\t11,831.14\n")
    doc = check(text, year=2023)
    assert {f.value for f in doc.figures if f.cell is not None and f.kind == "money"} >= {D(68200000), D(121005000)}, \
        summary(doc)
    assert fields_of(doc, "funds_received_total") == ["12,100.50"], summary(doc)
    quiet(doc, "table_total")


def test_counts_of_grades_that_name_what_they_count_are_grades():
    doc = check("全区参评县94个。评价等次为“优”的县79个，占参评县的84.04%；“良”13个；“中”2个；“差”0个。", year=2024)
    no_error(doc, "parts_sum")


def test_the_terms_of_a_rate_written_out_are_no_list():
    doc = check("通过产业发展、就业务工等方式，带动脱贫人口21,560人，带动率81.92%（带动人数21,560人/全县脱贫人口26,318人）。", year=2021)
    no_error(doc, "parts_sum")


def test_one_more_level_after_the_list_closes_it():
    text = "2022年我县共收到衔接资金{total}万元，其中中央资金18,420万元、省级资金6,035.2万元；另有市级、县级资金2,700万元。"
    no_error(check(text.format(total="27,155.2"), year=2022), "parts_sum")


def test_villages_with_their_shares_well_short_of_all_are_some_of_them():
    doc = check("该镇2023年共获得衔接资金1,580万元，其中龙源村安排2个项目168.00万元（占10.63%），五里牌村安排3个项目245.60万元"
                "（占15.54%），古塘村安排2个项目131.40万元（占8.32%）。", year=2023)
    no_error(doc, "parts_sum")


def test_the_investment_the_funds_drew_in_is_no_industry_investment():
    doc = check("全年实施衔接资金项目103个，其中产业发展项目41个，带动产业项目总投资1.18亿元。", year=2022)
    assert not fields_of(doc, "industry_investment"), summary(doc)


def test_a_fund_named_as_a_part_of_the_pool_is_not_the_reports_funds():
    doc = check("庄浪县2017年统筹整合财政涉农资金绩效自评报告\n全年实际整合资金51,926.47万元。整合资金中，各级财政专项扶贫资金共计16,698.00万元，"
                "占整合资金总额的32.16%，其中中央9,862.00万元、省级4,306.00万元、市级380.00万元、县级2,150.00万元。\n"
                "截至2017年12月31日，整合资金累计支出49,387.21万元，支出进度95.11%；结转下年2,539.26万元。", year=2017)
    assert "16,698.00万元" not in fields_of(doc, "funds_received_total"), summary(doc)
    no_error(doc)


def test_a_retention_beyond_the_carryover_is_a_question_not_a_contradiction():
    # the retention may be of a whole contract that other money paid for too
    doc = check("截至2023年底，该任务资金累计支出2,361.5万元，执行率98.4%，结转资金38.5万元，为两个项目尾款，"
                "按合同暂扣的质保金52.6万元将于验收满一年后支付。", year=2023)
    no_error(doc, "retention_within_carryover")
    only(doc, "retention_within_carryover", "warning")


def test_a_target_bound_is_no_whole_of_a_share():
    doc = check("年初确定的目标为：组织群众参与工程建设，带动务工人数不少于800人。项目实施后，群众在家门口就业增收，"
                "脱贫户务工612人，占务工总人数的64.69%。", year=2022)
    no_error(doc, "share")


def test_a_share_of_the_fund_named_alone_is_of_the_fund_not_of_its_first_level():
    text = ("2021年下达我县以工代赈资金共计880万元，其中中央以工代赈资金800万元、县级配套80万元。"
            "全年发放劳务报酬{paid}万元，占以工代赈资金的31.25%。")
    doc = check(text.format(paid="275"), year=2021)
    no_error(doc, "share")
    values(only(check(text.format(paid="295"), year=2021), "share", "error"), Decimal("31.25"), Decimal("33.52"))


def test_an_amount_restating_a_share_of_the_fund_is_over_the_funds_total():
    text = ("2023年全县共到位衔接资金2.5亿元，其中中央资金1.62亿元、省级资金6,300万元、县级资金2,500万元。"
            "省级资金中用于产业发展4,100万元，占省级资金的65.08%。全县衔接资金用于产业发展的比例为百分之六十（60%），即{part}亿元。")
    no_error(check(text.format(part="1.5"), year=2023), "share")
    assert of_rule(check(text.format(part="1.35"), year=2023), "share", "error")


def test_shares_of_villages_after_the_towns_total_are_of_that_total():
    doc = check("石门镇2020年共安排扶贫资金1,880万元。分村看：柳溪村3个项目、296.4万元，占17.77%；杨家村2个项目、188万元，"
                "占10%；高坪村2个项目、240.6万元，占12.8%（以上比例均为占全镇资金比重）。", year=2020)
    values(only(doc, "share", "error"), Decimal("17.77"), Decimal("15.77"))


def test_growth_over_the_year_before_stated_in_its_own_clause():
    text = "2021年全县农村居民人均可支配收入14,352元，上年为13,208元，同比增长{growth}%。"
    no_error(check(text.format(growth="8.66"), year=2021), "growth")
    values(only(check(text.format(growth="6.68"), year=2021), "growth", "error"), Decimal("6.68"), Decimal("8.66"))


def test_a_share_after_the_year_before_in_its_own_clause_is_of_this_years_amount():
    doc = check("2023年全县共到位衔接资金18,460万元。本年度县本级财政安排衔接资金920万元，上年为850万元，同比增长8.24%，"
                "县级投入占全部衔接资金的比重为4.98%。", year=2023)
    no_error(doc)


def test_group_scores_each_after_its_full_marks_in_a_paragraph_of_their_own():
    text = ("（一）总体结论。经综合评价，该县2022年度衔接资金绩效评价得分{total}分，等级为“优”。\n"
            "（二）分项得分。决策指标满分15分，得14分；过程指标满分25分，得23.5分；产出指标满分35分，得33分；效益指标满分25分，得22.5分。")
    no_error(check(text.format(total="93"), year=2022), "score_sum")
    values(only(check(text.format(total="94"), year=2022), "score_sum", "error"), Decimal("94"), Decimal("93"))


def test_what_was_spent_this_year_of_money_brought_forward_is_not_the_years_spending():
    doc = check("2023年度，全县到位衔接资金共计15,420万元。2022年度结转资金526.4万元，本年度支出498.6万元，剩余27.8万元为项目质保金。"
                "截至2023年12月31日，本年度衔接资金累计支出14,862.3万元，执行率96.38%；结转资金557.7万元。", year=2023)
    assert fields_of(doc, "funds_spent") == ["14,862.3万元"], summary(doc)
    no_error(doc)


def test_shares_after_a_villages_share_of_its_own_base_are_of_their_own_bases():
    doc = check("截至2022年12月31日，项目累计支付386.5万元，支付率93.2%。分村看：龙井村支付162.8万元，占该村项目投资的95.31%；"
                "石坝村支付131.2万元，占93.6%；新华村支付92.5万元，占89.4%。", year=2022)
    assert not of_rule(doc, "share", "error") and not of_rule(doc, "share", "warning"), summary(doc)


def test_the_year_befores_amount_restated_in_brackets_is_no_whole_of_this_years_levels():
    doc = check("2023年全县共安排衔接资金1.626亿元（16,260万元），较2022年的1.5亿元（15,000万元）增长8.4%。其中：中央资金11,200万元，"
                "省级资金3,160万元，市级资金400万元，县级资金1,500万元。", year=2023)
    no_error(doc, "parts_sum")


def test_the_amount_a_pointer_to_the_attachment_follows_is_the_tables():
    text = ("全年共实施衔接资金项目4个，总投资1.52亿元，其中使用衔接资金{amount}万元（见附件）。\n附件：项目明细表\n"
            "项目名称\t衔接资金（万元）\n甲村产业园\t2,400\n乙村道路\t1,600\n丙村供水\t1,200\n丁村冷库\t1,000\n合计\t6,200\n")
    no_error(check(text.format(amount="6,200"), year=2023), "same_figure_differs")
    assert of_rule(check(text.format(amount="6,800"), year=2023), "same_figure_differs", "error")


def test_a_levels_parts_named_by_some_of_the_funds_tasks_may_leave_the_others_out():
    doc = check("1.中央财政衔接资金12,860.00万元，其中：发展类11,240.00万元，以工代赈860.00万元；\n2.省级财政衔接资金3,120.00万元。",
                year=2022)
    no_error(doc, "parts_sum")


def test_a_share_of_the_projects_money_is_of_the_projects_amount_not_the_funds_received():
    text = ("2023年全县共筹措衔接资金21,480.6万元。全年共安排项目14个，计划投资12,360.5万元，项目明细见附件。"
            "其中产业发展项目6个，安排衔接资金5,620.4万元，占项目资金总额的{share}%。")
    no_error(check(text.format(share="45.47"), year=2023), "share")
    values(only(check(text.format(share="47.45"), year=2023), "share", "error"), Decimal("47.45"), Decimal("45.47"))


def test_group_scores_under_full_marks_listed_before_them_are_all_the_groups():
    text = ("一级指标设决策、过程、产出、效益四项，权重分别为20分、20分、30分、30分。经评价，各项得分如下：\n"
            "1.决策指标得分18分。\n2.过程指标得分17.5分。\n3.产出指标得分28分。\n4.效益指标得分27.5分。\n"
            "综合以上，该县2022年度衔接资金绩效评价总得分为{total}分，等级为“优”。")
    no_error(check(text.format(total="91"), year=2022), "score_sum")
    only(check(text.format(total="92"), year=2022), "score_sum", "error")


def test_an_evaluators_total_is_no_self_score_beside_the_countys_own():
    doc = check("县乡村振兴局报送的自评得分为96分，评价组复核后各部分得分如下：决策13分，过程22分，产出33分，效益23.5分。\n"
                "综上，该县2022年度衔接资金绩效评价综合得分91.5分，评价等级为“优”。", year=2022)
    assert not fields_of(doc, "self_score") or fields_of(doc, "self_score") == ["96分"], summary(doc)


def test_an_evaluators_group_scores_are_not_summed_against_the_countys_own_total():
    doc = check("一、评价方法\n本次评价设决策、过程、产出、效益4个一级指标，分值分别为20分、25分、30分、25分。\n"
                "二、评价结论\n县乡村振兴局报送的自评总分为97分，评价组复核后综合得分为88.5分，评价等级为“良”。分项情况：\n"
                "1.决策指标：县自评19分，评价得分17分。\n2.过程指标：县自评24分，评价得分21.5分。\n"
                "3.产出指标：县自评29分，评价得分27分。\n4.效益指标：县自评25分，评价得分23分。", year=2021)
    no_error(doc, "score_sum")


def test_a_source_after_the_levels_in_a_numbered_list_is_part_of_the_total():
    doc = check("2019年我县共筹集到位财政扶贫资金26,480.5万元。按资金来源分：\n1.中央财政专项扶贫资金8,260万元；\n"
                "2.省级财政扶贫开发资金12,870.5万元；\n3.市级配套资金1,650万元；\n4.县本级财政安排2,700万元，比上年2,450万元增长10.2%；\n"
                "5.对口帮扶城市拨付帮扶资金1,000万元。", year=2019)
    no_error(doc, "received_sum")


def test_a_threshold_the_counted_passed_is_no_part_of_a_share():
    doc = check("12个帮扶村2020年集体收入合计151.2万元，村均12.6万元；其中11个村集体收入超过10万元，占帮扶村的91.67%。", year=2020)
    no_error(doc, "share")


def test_a_total_restated_roughly_in_its_bracket_is_no_part_of_it():
    for text in ("项目共带动脱贫户1,302户5,318人（超过5,300人）增收，148户602人监测对象全部落实帮扶措施。",
                 "项目共带动脱贫户和监测户2,146户8,930人（近9,000人）增收，户均增收约3,200元。"):
        no_error(check(text, year=2023), "parts_sum")


def test_an_amount_restated_roughly_in_brackets_is_the_same_amount():
    doc = check("全县共安排项目45个，合计投入8,346.20万元（8,300余万元），占到位资金的100%。", year=2019)
    no_error(doc, "same_figure_differs")


def test_what_a_part_mainly_is_is_no_sibling_of_it():
    doc = check("截至年底，全县衔接资金尚未支出536.95万元，其中：结转资金498.60万元，主要为在建项目尾款及尚未到期的工程质保金"
                "412.56万元，将于次年6月底前支付；结余资金38.35万元，已全部收回县财政。", year=2024)
    no_error(doc, "parts_sum")


def test_a_table_of_some_projects_gives_no_field_of_the_reports():
    doc = check("截至年末，未支出资金387.28万元，按规定结转下年继续使用。\n（四）部分项目结算情况（单位：元）\n"
                "项目\t批复资金\t已支付\t质保金\t结余\n甲镇种植基地\t2,480,000.00\t2,356,000.00\t74,400.00\t49,600.00\n"
                "乙镇冷链库\t1,326,750.40\t1,286,947.89\t39,802.51\t0.00\n合计\t3,806,750.40\t3,642,947.89\t114,202.51\t49,600.00\n",
                year=2023)
    assert fields_of(doc, "funds_carryover") == ["387.28万元"], summary(doc)


def test_a_levels_money_for_a_use_an_item_named_is_part_of_that_item():
    doc = check("截至2024年12月31日，全县衔接资金实际支出25,718.90万元，资金支出率97.45%。按用途分：产业发展投入16,024.30万元，"
                "占60.72%；中央资金用于产业发展11,471万元，占中央资金的61.5%。", year=2024)
    no_error(doc, "parts_sum")


def test_the_list_keeps_the_first_base_of_its_first_item_not_its_second():
    doc = check("2018年，全县统筹乡村振兴专项资金2,450万元，其中中央资金350万元，省级资金1,500万元，市级资金200万元，县级资金400万元。\n"
                "（一）资金安排\n1.扶持薄弱村项目：28个村，每村50万元，计1,400万元，占资金总额的58.14%，占省级资金的93.33%；\n"
                "2.低收入农户产业扶持：560万元，占22.86%；\n3.山区基础设施：490万元，占20.00%。", year=2018)
    values(only(doc, "share", "error"), Decimal("58.14"), Decimal("57.14"))     # the first share's slip alone


def test_a_numbered_line_labelled_by_a_group_is_that_groups_item():
    doc = check("2018年，全县统筹到位财政专项扶贫资金共计1.54亿元。截至2018年12月31日，全县共支付扶贫资金14,725.8万元，"
                "资金执行率为95.62%，结转结余674.2万元。\n（三）“五个一批”资金分配\n"
                "（1）发展生产脱贫一批：支出8,105.6万元，占支出总额的55.04%，覆盖贫困人口10,216人。\n"
                "（2）易地搬迁脱贫一批：支出3,642万元，占24.73%，建成集中安置点11个。", year=2018)
    assert fields_of(doc, "funds_spent") == ["14,725.8万元"], summary(doc)
    no_error(doc)


def test_shares_of_the_funds_own_and_of_another_funds_investment_in_their_sections():
    doc = check("（一）衔接资金到位情况\n2022年，全县共到位衔接资金8,436.52万元。其中：中央资金5,210万元，省级资金2,318.4万元，"
                "市级资金386.12万元，县级资金522万元。\n（二）以工代赈中央预算内投资到位情况\n省发展改革委下达我县以工代赈中央预算内投资"
                "680万元，当年全额到位。\n二、资金使用及管理情况\n（一）衔接资金\n截至2022年12月31日，衔接资金累计支出8,125.37万元，"
                "执行率96.31%。按用途分：\n1．产业发展投入5,120.6万元，占60.7%；\n2．农村基础设施投入2,146.3万元，占衔接资金总额的25.44%；\n"
                "（二）以工代赈中央预算内投资\n该项资金支出652.8万元，执行率96%。发放劳务报酬142.6万元，占中央投资的20.97%。\n"
                "（三）以工代赈投资到位300万元，支出300万元，执行率100%。发放务工群众劳务报酬61.8万元，占投资总额的20.6%。", year=2022)
    no_error(doc, "share")


def test_a_lesser_funds_section_beside_the_reports_takes_none_of_its_fields():
    doc = check("2021年度财政衔接推进乡村振兴补助资金绩效自评报告\n一、资金到位情况\n1．衔接资金。全年到位6,248.9万元。\n"
                "2．以工代赈中央预算内投资。到位450万元，全部为中央预算内资金。\n二、资金使用情况\n（一）衔接资金支出进度\n"
                "截至2021年12月31日，衔接资金已支出5,987.62万元，执行率95.82%，结转261.28万元。\n（二）少数民族发展资金使用\n"
                "支出176.4万元，执行率98%。", year=2021)
    assert fields_of(doc, "funds_received_total") == ["6,248.9万元"], summary(doc)
    assert fields_of(doc, "funds_spent") == ["5,987.62万元"], summary(doc)


def test_a_share_of_the_total_after_adjustment_is_over_that_total():
    text = ("综上，全县2023年衔接资金年初规模2,946.5万元，调整后总额为2,890万元。\n截至2023年12月31日，已支出2,838.4万元，"
            "占调整后资金总额的{share}%。")
    no_error(check(text.format(share="98.21"), year=2023), "share")
    values(only(check(text.format(share="99.21"), year=2023), "share", "error"), Decimal("99.21"), Decimal("98.21"))


def test_a_levels_change_after_the_list_of_levels_is_of_that_level():
    text = ("全年共到位衔接资金28,600万元，其中中央资金21,450万元，自治区资金4,650万元，县级资金2,500万元。"
            "与上年相比，中央资金增加1,450万元，增幅{growth}%。")
    no_error(check(text.format(growth="7.25"), year=2024), "growth")
    values(only(check(text.format(growth="7.52"), year=2024), "growth", "error"), Decimal("7.52"), Decimal("7.25"))


def test_another_use_after_a_uses_level_part_is_no_part_of_that_use():
    no_error(check("（二）资金结构。产业发展投入2,760万元，占总资金的60.00%；其中中央资金安排产业项目1,980万元，占中央资金的"
                   "61.88%。就业帮扶、农村道路等投入合计1,840万元。", year=2021), "parts_sum")
    assert only(check("（二）资金结构。产业发展投入2,760万元，占总资金的60.00%。其中中央资金安排产业项目1,980万元，省级资金安排"
                      "产业项目900万元。就业帮扶、农村道路等投入合计1,840万元。", year=2021), "parts_sum", "error")


def test_a_target_stated_before_its_actual_is_no_part():
    doc = check("二、绩效目标及完成情况\n（一）成本（资金）指标\n年度资金总额：目标9,850.4万元，实际9,850.4万元。\n"
                "其中财政拨款：目标9,850.4万元，实际执行9,612.3万元。\n其中中央资金：目标7,120万元，实际7,120万元。", year=2025)
    no_error(doc, "parts_sum")
    assert "7,120万元" not in fields_of(doc, "funds_spent"), summary(doc)


def test_the_funds_stated_after_the_years_addition_are_the_years():
    text = ("上级分两批下达我县衔接资金：第一批2,800万元，第二批1,150万元，两批合计3,950万元。9月，省财政追加我县省级衔接资金300万元。"
            "追加后，中央和省级资金共计4,250万元。\n全年到位衔接资金总额4,710万元，其中：中央资金3,000万元、省级资金1,250万元、"
            "市级资金160万元、县级资金300万元。\n（一）产业发展。安排资金2,880万元，占全部衔接资金的{share}%。")
    doc = check(text.format(share="61.15"), year=2024)
    assert fields_of(doc, "funds_received_total") == ["4,710万元"], summary(doc)
    no_error(doc)
    values(only(check(text.format(share="66.15"), year=2024), "share", "error"), Decimal("66.15"), Decimal("61.15"))


def test_the_years_start_allocation_gives_way_to_the_total_after_adjustment():
    doc = check("2022年自治区分三批下达我旗中央和自治区衔接资金：第一批2,100万元，第二批1,300万元，第三批400万元，合计3,800万元。"
                "盟级安排80万元，旗本级安排300万元。\n全旗衔接资金年初下达4,180万元，调整后为4,120万元。\n截至2022年12月31日，"
                "全旗衔接资金支出4,050万元。其中用于产业发展2,554.4万元，占全部衔接资金的62%。", year=2022)
    assert fields_of(doc, "funds_received_total") == ["4,120万元"], summary(doc)
    no_error(doc)


def test_the_years_start_total_in_brackets_is_no_part_nor_another_total():
    doc = check("2024年，省级分三批下达我县中央和省级衔接资金：一是提前下达资金4,300万元；二是第二批资金2,100万元；"
                "三是第三批资金1,020万元，三批累计7,420万元。8月，调减我县资金200万元，调整后为7,220万元。\n"
                "此外，州级安排160万元，县本级安排420万元。全年衔接资金调整后合计7,800万元（年初合计8,000万元）。", year=2024)
    assert fields_of(doc, "funds_received_total") == ["7,800万元"], summary(doc)
    assert fields_of(doc, "funds_received_provincial") == [], summary(doc)
    no_error(doc)
    assert not [f for f in doc.findings if f.rule == "same_figure_differs"], summary(doc)


def test_counts_in_a_bracket_after_their_total_are_a_list_of_their_own():
    doc = check("全县186个村（其中脱贫村31个）集体经济收入：10万元以上的41个，5万元至10万元的112个，5万元以下的33个。", year=2019)
    no_error(doc, "parts_sum")


def test_the_parts_of_the_carryover_take_none_of_its_field():
    for text in ("年末结余资金1,432,600元。具体构成为：工程项目质保金512,000元，按合同约定期满后支付；因招标节余形成的结余920,600元，"
                 "已按程序调整用于产业配套项目。",
                 "年末结转结余资金1,432,600元，包括：（1）已完工项目预留的质保金512,000元；（2）项目竣工决算后的结余资金920,600元，"
                 "已收回统筹。",
                 "截至年末，尚未支付资金1,432,600元，由两部分组成：一是预留的质保金512,000元；二是项目结余资金920,600元，已收回统筹。",
                 "年末尚未支出1,432,600元，其中工程项目预留的质保金512,000元；项目结余920,600元，主要为招投标节余。"):
        doc = check("截至2023年12月31日，全县衔接资金已支出80,214,300元。" + text, year=2023)
        assert fields_of(doc, "funds_carryover") == ["1,432,600元"], summary(doc)


def test_rates_and_amounts_over_the_years_start_take_no_field():
    doc = check("全年衔接资金年初下达5,436.6万元，调整后总规模为5,256.6万元。\n截至2021年12月31日，全县衔接资金累计支出5,187.35万元，"
                "按调整后总规模计算资金执行率为98.68%；若按年初下达的5,436.6万元计算，支出进度为95.42%。", year=2021)
    assert fields_of(doc, "funds_received_total") == ["5,256.6万元"], summary(doc)
    assert fields_of(doc, "execution_rate") == ["98.68%"], summary(doc)
    doc = check("全县到位衔接资金5,657.8万元。截至2022年12月31日，全县支出衔接资金5,590.14万元，资金执行率98.80%，较上年提高1.6个"
                "百分点；按年初规模测算的支出进度为100.95%。", year=2022)
    assert fields_of(doc, "execution_rate") == ["98.80%"], summary(doc)


def test_the_money_put_in_since_the_transition_began_is_no_years_total():
    doc = check("2022年全市到位衔接资金12,386.5万元。过渡期以来，全市累计投入各级衔接资金2.31亿元。", year=2022)
    assert fields_of(doc, "funds_received_total") == ["12,386.5万元"], summary(doc)


def test_industrys_money_over_the_adjusted_total_is_the_industry_investment():
    doc = check("全县衔接资金调整后总规模为5,256.6万元。从投向看，用于产业发展3,312.8万元，占调整后资金总额的63.02%；"
                "用于乡村基础设施建设1,420万元，占27.01%。", year=2021)
    assert fields_of(doc, "industry_investment") == ["3,312.8万元"], summary(doc)


def test_a_sentence_going_on_with_its_parts_is_of_the_amount_that_holds_them():
    def measure(doc, text):
        return next(f.measure for f in doc.figures if f.text == text)
    doc = check("全年预算数调整为27,385.4万元，比年初增加2,785.4万元。其中中央资金16,420万元，市级资金8,315.4万元。", year=2019)
    assert measure(doc, "16,420万元") == measure(doc, "27,385.4万元") != "", summary(doc)
    doc = check("项目批复总投资3,360万元，按每亩2,800元的标准测算。其中：中央衔接资金1,850万元，省级衔接资金960万元。", year=2022)
    assert measure(doc, "1,850万元") == measure(doc, "3,360万元") != "", summary(doc)
    doc = check("全旗衔接资金支出4,792.15万元，执行率98.86%，结转55.45万元。其中用于产业发展2,980万元，占全部衔接资金的61.47%。",
                year=2022)
    assert measure(doc, "2,980万元") != "carryover", summary(doc)
    assert fields_of(doc, "industry_investment") == ["2,980万元"], summary(doc)


def test_a_levels_spending_in_the_text_is_no_row_of_a_table_of_sources():
    doc = check("（一）资金来源\n全县共落实衔接推进乡村振兴补助资金21,684万元，各级资金构成见表1。\n表1  衔接资金来源构成（单位：万元）\n"
                "资金来源\t金额\t占比（%）\n中央财政衔接资金\t17,362.00\t80.07\n自治区财政衔接资金\t3,122.00\t14.40\n"
                "市级衔接资金\t400.00\t1.84\n县级衔接资金\t800.00\t3.69\n合计\t21,684.00\t100.00\n（二）资金支出\n"
                "截至2021年12月31日，全县衔接资金实际支出20,904.37万元，执行率96.40%，结转至下年使用779.63万元。"
                "其中中央资金支出16,958.12万元，中央资金执行率97.67%。", year=2021)
    assert not [f for f in doc.findings if f.rule == "same_figure_differs"], summary(doc)


def test_two_named_amounts_summed_before_their_share_are_its_part():
    text = ("2019年全县共到位衔接资金20,120.00万元。从上表看，产业发展安排10,345.70万元，占全部资金的51.42%；就业扶贫765.50万元、"
            "小额信贷贴息758.20万元合计占{share}%。")
    no_error(check(text.format(share="7.57"), year=2019), "share")
    assert only(check(text.format(share="8.57"), year=2019), "share", "error")


def test_a_levels_rate_is_over_that_levels_amount_not_over_the_base_its_share_or_rule_names():
    for text in ("4.县级配套资金1,138.24万元。按照不低于中央资金4%安排配套的要求足额落实，占中央资金的4.00%，到位率100%，"
                 "支出1,085.60万元，支出率95.38%。",
                 "（4）县级配套资金427.61万元，为中央资金的2%，到位率100%，实际支出398.75万元，支出率93.25%。",
                 "4.旗本级配套资金862.25万元，按不低于中央资金5%的比例安排，到位率100%，支出776.24万元，支出率90.02%。"):
        doc = check("2021年共收到衔接资金40,586.54万元。分级次看：\n1.中央资金28,456.00万元，到位率100%，支出27,376.67万元，"
                    "支出率96.2%；\n" + text, year=2021)
        no_error(doc, "share")


def test_what_a_paragraph_of_next_steps_pledges_takes_no_field():
    doc = check("资金分配方面，省级资金下达后20日内全部分解到乡镇和项目。\n下一步，我县将做实做细项目库建设，力争资金到县后"
                "15个工作日内下达到项目。", year=2018)
    assert fields_of(doc, "allocation_days") == ["20日"], summary(doc)
    no_error(doc)


def test_two_groups_scored_together_are_one_item_of_the_groups_list():
    text = "经自评，抚松县2023年度衔接资金绩效得分{total}分，其中产出指标48分，效益指标28分，决策和过程指标合计19分。"
    no_error(check(text.format(total="95"), year=2023), "score_sum")
    values(only(check(text.format(total="96"), year=2023), "score_sum", "error"), Decimal("96"), Decimal("95"))


def test_a_score_table_of_two_years_is_scored_by_the_years_column():
    doc = check("我县2022年度衔接资金绩效自评得分93.4分，评价等级为“优”。2021年度我县自评得分87.0分。\n表2  绩效自评分组得分对比\n"
                "一级指标\t分值\t2021年得分\t2022年得分\t全省平均\n决策\t20\t17.5\t18.6\t17.9\n过程\t20\t16.8\t18.2\t17.6\n"
                "产出\t30\t26.4\t28.5\t27.3\n效益\t30\t26.3\t28.1\t27.2\n合计\t100\t87.0\t93.4\t90.0\n", year=2022)
    assert set(fields_of(doc, "self_score")) <= {"93.4分", "93.4"}, summary(doc)
    assert not [f for f in doc.findings if f.severity != "info"], summary(doc)


def test_groups_named_by_their_class_after_the_grade_are_the_totals_groups():
    text = ("我县2022年度自评得分{total}分，等次为“优秀”。其中决策类指标得分18.2分，过程类17.9分，产出类28.4分，效益类27.6分。")
    no_error(check(text.format(total="92.1"), year=2022), "score_sum")
    values(only(check(text.format(total="93.1"), year=2022), "score_sum", "error"), Decimal("93.1"), Decimal("92.1"))


def test_the_year_befores_amount_by_fewer_levels_than_the_years_may_leave_some_unsaid():
    doc = check("2021年全县到位衔接资金8,463.2万元。分级次看，中央2,108万元，省级4,955.2万元，市级400万元，县级1,000万元。"
                "2020年全县到位财政专项扶贫资金7,936.5万元，其中省级4,712万元、县级900万元。", year=2021)
    no_error(doc, "parts_sum")


def test_the_countys_funds_of_the_year_before_stated_apart_are_those_the_growth_is_over():
    text = ("2021年，全县共到位衔接资金16,892.45万元，其中：中央资金11,306万元，省级资金3,686.45万元，市级资金400万元，"
            "县级资金1,500万元。\n2020年全县投入财政专项扶贫资金15,768.9万元，其中中央10,528万元、县级{prior}万元。"
            "2021年县级财政安排衔接资金1,500万元，较上年增长15.38%。")
    assert fields_of(check(text.format(prior="1,300"), year=2021), "funds_county_prior") == ["1,300万元"]
    assert fields_of(check(text.format(prior="1,200"), year=2021), "funds_county_prior") == []


def test_one_industry_projects_money_after_their_count_is_no_industry_investment():
    doc = check("1. 产业发展方面，安排12,983.2万元，占衔接资金的60.00%，实施辣椒种植、食用菌等产业项目84个，其中胡襄镇辣椒产业园一个"
                "项目投入1,150万元。", year=2021)
    assert fields_of(doc, "industry_investment") == ["12,983.2万元"], summary(doc)


def test_a_numbered_line_of_the_whole_county_is_no_item():
    doc = check("（三）项目管理\n1.全县项目库储备项目468个，当年实施项目203个，其中产业项目118个。", year=2022)
    assert fields_of(doc, "projects_in_library") == ["468个"], summary(doc)


def test_the_total_marks_before_the_score_got_are_no_self_score():
    doc = check("本次自评总分100分，我县自评得94.5分。其中预算执行9.8分，产出47分，效益28.2分，满意度9.5分。", year=2022)
    assert fields_of(doc, "self_score") == ["94.5分"], summary(doc)


def test_a_tasks_spending_and_rate_in_a_list_are_the_tasks():
    doc = check("截至2022年12月31日，中央资金支出19,579.6万元，执行率98.52%。其中：巩固拓展脱贫攻坚成果和乡村振兴任务支出16,998.1万元，"
                "执行率98.62%；以工代赈任务支出1,680万元，执行率100%。", year=2022)
    assert fields_of(doc, "execution_rate") == [], summary(doc)


def test_a_table_totalling_one_levels_funds_gives_the_report_no_field():
    doc = check("2024年全县到位衔接推进乡村振兴补助资金42,255万元，其中中央资金31,640万元，省级资金7,935万元，县级资金2,680万元。\n"
                "（二）中央资金分任务情况。中央资金按任务下达及执行情况见下表。\n"
                "任务名称\t下达金额（万元）\t占中央资金比例（%）\t支出金额（万元）\t执行率（%）\n"
                "巩固拓展脱贫攻坚成果和乡村振兴任务\t27486\t86.87\t27086.4\t98.55\n以工代赈任务\t2210\t6.98\t2210\t100\n"
                "少数民族发展任务\t1580\t4.99\t1531.2\t96.91\n欠发达国有林场巩固提升任务\t364\t1.15\t364\t100\n"
                "合计\t31640\t100\t31191.6\t98.58\n", year=2024)
    assert fields_of(doc, "funds_received_total") == ["42,255万元"], summary(doc)
    assert fields_of(doc, "execution_rate") == [], summary(doc)


def test_on_a_hundred_point_scale_the_total_is_a_hundred_less_the_points_taken_off():
    text = ("本次自评按照百分制评分。\n过程类指标小计得分23分。\n产出类指标小计得分38分。\n效益类指标小计得分18.5分。\n"
            "决策类指标未扣分，得15分。\n综上，各项共扣5.5分，自评总得分{total}分，等级为“优”。")
    assert not of_rule(check(text.format(total="94.5"), year=2022), "score_sum", "error")
    values(only(check(text.format(total="95.5"), year=2022), "score_sum", "error"), Decimal("95.5"), Decimal("94.5"))


def test_spending_up_to_each_quarters_end_is_no_part_of_the_years():
    doc = check("截至2020年12月31日，全县累计支出财政专项扶贫资金19,487.91万元，资金支出率99.40%，结余结转117.47万元。其中，一季度"
                "累计支出2,213.06万元，支出进度11.29%；上半年累计支出8,940.55万元，支出进度45.60%；前三季度累计支出15,117.80万元，"
                "支出进度77.11%。", year=2020)
    no_error(doc, "parts_sum")


def test_a_levels_categories_and_an_item_of_two_levels_in_a_pools_list():
    doc = check("（二）实际到位。全年实际整合资金25,750.20万元，到位率为98.08%。其中：\n1.中央资金实际到位18,211.30万元，计划18,535.00万元，"
                "到位率98.25%。分类别看，中央财政专项扶贫资金11,420.00万元，到位率100%；农业生产发展资金1,524.80万元，到位率90.22%。\n"
                "2.省级资金实际到位5,438.90万元，计划5,620.00万元，到位率96.78%。\n3.市级资金600.00万元、县级资金1,500.00万元，"
                "均按计划全额到位。", year=2019)
    assert fields_of(doc, "funds_received_central") == ["18,211.30万元"], summary(doc)
    no_error(doc)


def test_the_years_lifting_target_is_no_households_lifted():
    doc = check("年初确定退出贫困村42个、脱贫5,200户17,600人的目标。经县级自查、市级核查，全年实际出列贫困村42个，完成率100%；"
                "实现脱贫5,386户18,215人，分别完成年度计划的103.58%和103.49%。", year=2017)
    assert fields_of(doc, "households_lifted") == ["5,386户"], summary(doc)
    doc = check("2017年，我县计划出列贫困村28个，脱贫9,800户。经市级验收，实际出列贫困村28个，脱贫10,215户27,560人。", year=2017)
    assert fields_of(doc, "households_lifted") == ["10,215户"], summary(doc)


def test_the_pools_actual_integration_is_its_total_and_the_base_of_its_shares():
    text = ("2020年我县计划整合财政涉农资金20,053.00万元，实际整合196,290,400.00元，到位率97.89%。\n中央资金计划14,099.00万元，"
            "实际整合13,801.86万元，到位率97.89%；省级资金计划3,854.00万元，实际整合3,727.18万元，到位率96.71%。\n"
            "按资金投向划分：产业发展10,265.20万元，占实际整合资金的{share}%；基础设施建设6,844.12万元。")
    doc = check("统筹整合财政涉农资金绩效自评报告\n" + text.format(share="52.3"), year=2020)
    assert fields_of(doc, "funds_received_total") == ["196,290,400.00元"], summary(doc)
    no_error(doc, "share")
    values(only(check("统筹整合财政涉农资金绩效自评报告\n" + text.format(share="62.3"), year=2020), "share", "error"),
           Decimal("62.3"), Decimal("52.30"))


def test_a_pools_table_of_levels_gives_each_level_its_field():
    doc = check("日喀则市2017年统筹整合财政涉农资金绩效自评报告\n2017年全市实际整合398,735万元。具体构成见表1。\n"
                "表1  2017年全市整合资金来源构成表\n资金来源\t金额（万元）\t占实际整合资金比重\n中央财政涉农资金\t276,318\t69.30%\n"
                "自治区财政涉农资金\t98,417\t24.68%\n市级财政资金\t14,000\t3.51%\n县级财政资金\t10,000\t2.51%\n合计\t398,735\t100%\n",
                year=2017)
    assert fields_of(doc, "funds_received_central") == ["276,318"], summary(doc)
    assert not [f for f in doc.findings if f.rule == "received_sum" and f.severity != "info"], summary(doc)
