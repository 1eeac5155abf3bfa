package org.renewalledger.query.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renewalledger.kernel.assessment.DeductionLine;
import org.renewalledger.kernel.assessment.Grade;
import org.renewalledger.kernel.assessment.IndicatorKind;
import org.renewalledger.kernel.assessment.IndicatorLine;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.PublishedIssue;
import org.renewalledger.kernel.assessment.ReportTimeliness;
import org.renewalledger.kernel.assessment.UnitAssessment;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.query.export.FormulaGuard;
import org.renewalledger.query.export.TableWriter;

/**
 * A month's assessment as a bureau circulates it: the ranking and each unit's breakdown, with Chinese headers,
 * as an Excel workbook (Apache POI) or CSV. The ranking is the latest published issue once the month is closed
 * (what was published stays what is circulated), else the live computation; the breakdown is the live one,
 * and a unit whose live score differs from the published one is marked 数据已更正.
 */
public final class AssessmentExports {

    static final List<String> RANKING_HEADERS = List.of("排名", "单位代码", "单位类型", "得分", "等次", "工作落后", "期次");
    static final List<String> CSV_HEADERS = List.of("排名", "单位代码", "单位类型", "得分", "等次", "工作落后", "期次",
            "开工小区得分", "完工小区得分", "惠及户数得分", "资金支出得分", "扣分", "月报情况", "加分", "实时得分", "数据已更正");
    /** The CSV's indicator columns; a policy's other indicators are in the workbook's 指标明细 sheet. */
    static final List<IndicatorKind> CSV_INDICATORS = List.of(IndicatorKind.STARTS, IndicatorKind.COMPLETIONS,
            IndicatorKind.HOUSEHOLDS, IndicatorKind.FUNDS);
    static final List<String> INDICATOR_HEADERS = List.of("单位代码", "指标", "权重", "年度目标", "应完成比例(%)", "应完成",
            "实际完成", "得分", "依据事件数");
    static final List<String> DEDUCTION_HEADERS = List.of("单位代码", "扣分项", "月报情况", "报送截止日", "扣分", "依据事件");

    private AssessmentExports() {
    }

    /** Commons CSV's printer, text guarded against formula injection (a unit name starting with = stays text). */
    public static byte[] csv(MonthlyAssessmentView view) {
        Map<String, UnitAssessment> live = live(view);
        List<List<?>> rows = new ArrayList<>();
        for (UnitResult result : ranking(view)) {
            UnitAssessment unit = live.get(result.unit().id());
            List<Object> row = new ArrayList<>(List.of(result.rank(), result.unit().id(), kind(result.unit().kind()),
                    points(result.scoreHundredths()), grade(result.grade()), result.lagging() ? "是" : "否", issueLabel(view)));
            for (IndicatorKind kind : CSV_INDICATORS) {
                IndicatorLine line = unit == null ? null : indicator(unit, kind);
                row.add(line == null ? "" : points(line.points()));
            }
            row.add(unit == null ? "" : points(unit.deductionPoints()));
            row.add(unit == null ? "" : report(unit.report()));
            row.add(unit == null ? "" : points(unit.bonusPoints()));
            row.add(unit == null ? "" : points(unit.result().scoreHundredths()));
            row.add(corrected(result, unit) ? "是" : "否");
            rows.add(row);
        }
        return TableWriter.csvBytes(CSV_HEADERS, rows);
    }

    public static byte[] workbook(MonthlyAssessmentView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet ranking = workbook.createSheet("排名");
            row(ranking, 0, List.of(view.jurisdiction() + " " + view.month() + " 月度考核（" + issueTitle(view) + "，指标体系 "
                    + view.indicatorPolicy() + "）"));
            row(ranking, 1, RANKING_HEADERS);
            int r = 2;
            for (UnitResult result : ranking(view)) {
                row(ranking, r++, List.of(result.rank(), result.unit().id(), kind(result.unit().kind()),
                        points(result.scoreHundredths()), grade(result.grade()), result.lagging() ? "是" : "否", issueLabel(view)));
            }
            Sheet indicators = workbook.createSheet("指标明细");
            row(indicators, 0, INDICATOR_HEADERS);
            Sheet deductions = workbook.createSheet("扣分明细");
            row(deductions, 0, DEDUCTION_HEADERS);
            int i = 1;
            int d = 1;
            for (UnitAssessment unit : view.units()) {
                for (IndicatorLine line : unit.indicators()) {
                    row(indicators, i++, List.of(unit.result().unit().id(), line.label(), points(line.weight()), line.target(),
                            line.duePercent(), line.due(), line.actual(), points(line.points()), line.facts().size()));
                }
                for (DeductionLine line : unit.deductions()) {
                    row(deductions, d++, List.of(unit.result().unit().id(), line.item(), report(line.timeliness()),
                            line.dueOn().toString(), points(line.points()),
                            line.facts().stream().map(f -> f.eventId()).collect(Collectors.joining(" "))));
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<?> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else {
                row.createCell(c).setCellValue(FormulaGuard.text(String.valueOf(value)));
            }
        }
    }

    private static List<UnitResult> ranking(MonthlyAssessmentView view) {
        PublishedIssue latest = view.latestIssue();
        return latest != null ? latest.results() : view.units().stream().map(UnitAssessment::result).toList();
    }

    private static Map<String, UnitAssessment> live(MonthlyAssessmentView view) {
        return view.units().stream().collect(Collectors.toMap(u -> u.result().unit().id(), Function.identity()));
    }

    private static boolean corrected(UnitResult published, UnitAssessment live) {
        return live == null || live.result().scoreHundredths() != published.scoreHundredths();
    }

    /** The unit's line for the indicator, or null when the policy does not make the unit answer for it (an empty cell). */
    private static IndicatorLine indicator(UnitAssessment unit, IndicatorKind kind) {
        return unit.indicators().stream().filter(l -> l.kind() == kind).findFirst().orElse(null);
    }

    private static String issueLabel(MonthlyAssessmentView view) {
        PublishedIssue latest = view.latestIssue();
        return latest == null ? "实时" : "第" + latest.issue() + "期";
    }

    private static String issueTitle(MonthlyAssessmentView view) {
        PublishedIssue latest = view.latestIssue();
        return latest == null ? "实时计算，未关闭" : "第" + latest.issue() + "期，已发布";
    }

    /** Hundredths as points with two decimals: 9550 → 95.50. */
    static BigDecimal points(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    static String grade(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    static String kind(UnitKind kind) {
        return switch (kind) {
            case STREET_OFFICE -> "街道";
            case DEPARTMENT -> "部门";
            case COUNTY -> "县区";
        };
    }

    /** A report's status; empty for a deduction that is not about the report (a plan's compounds not started). */
    static String report(ReportTimeliness timeliness) {
        if (timeliness == null) {
            return "";
        }
        return switch (timeliness) {
            case ON_TIME -> "按时报送";
            case LATE -> "迟报";
            case MISSING -> "未报送";
            case PENDING -> "未到截止日";
        };
    }
}
