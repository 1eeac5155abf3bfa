package org.renewalledger.query.compound;

import java.math.BigDecimal;
import org.renewalledger.kernel.compound.CountElectorateView;
import org.renewalledger.kernel.compound.ElectorUnitView;

/**
 * A count's printable tally sheet (计票表) as CSV: a header block with the count, its electorate and tally, then one
 * line per unit of the electorate with the vote that counts for it. UTF-8 with a byte-order mark, so that Excel
 * opens the Chinese headings right. No personal details: units and owners' references only.
 */
final class TallySheet {

    private TallySheet() {
    }

    static String csv(CountElectorateView count) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, "小区 compound", count.compoundId());
        line(out, "事项 matter", count.matter(), "轮次 round", String.valueOf(count.round()));
        line(out, "选民依据 electorate basis", count.electorateBasis(), "开始 opened",
                count.openedAt() == null ? "" : count.openedAt().toString());
        line(out, "专有部分 units", String.valueOf(count.units()), "业主人数 headcount", String.valueOf(count.headcount()),
                "总面积 total area m²", plain(count.totalArea()));
        line(out, "同意 agree", String.valueOf(count.agreeOwners()), plain(count.agreeArea()));
        line(out, "反对 disagree", String.valueOf(count.disagreeOwners()), plain(count.disagreeArea()));
        line(out, "弃权 abstain", String.valueOf(count.abstainOwners()), plain(count.abstainArea()));
        line(out, "结束 closed", count.closedAt() == null ? "" : count.closedAt().toString(), "通过 passed",
                count.passed() == null ? "" : count.passed().toString(), "规则 rule", count.rule() == null ? "" : count.rule());
        out.append("\r\n");
        line(out, "房号 unit", "专有面积 exclusive area m²", "面积依据 area basis", "开发商持有 developer held",
                "计为 counts as", "表决 choice", "方式 channel", "时间 cast at", "受托人 proxy", "委托书 proxy evidence");
        for (ElectorUnitView unit : count.electorate()) {
            line(out, unit.unit(), plain(unit.exclusiveArea()), unit.areaBasis(), unit.developerHeld() ? "是 yes" : "",
                    unit.countsAs(), unit.choice() == null ? "未表决 not voted" : unit.choice(), orEmpty(unit.channel()),
                    unit.castAt() == null ? "" : unit.castAt().toString(), orEmpty(unit.proxy()), orEmpty(unit.proxyEvidence()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting; a cell starting like a formula is prefixed so that no spreadsheet evaluates it. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
