package org.renewalledger.query.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.renewalledger.kernel.funding.LedgerEntryView;
import org.renewalledger.kernel.funding.ReconciliationReport;

/**
 * The funding ledger and the reconciliation as an auditor reads them in a spreadsheet: Chinese headers, one row
 * per ledger line or per source total and break, amounts in yuan as numbers. The column order is the JSON
 * view's, so a row can be checked against {@code /api/projects/{id}/funding/ledger} field by field.
 */
final class FundingExports {

    static final List<String> LEDGER_HEADERS = List.of("项目编号", "流水序号", "行号", "全局位置", "事件编号", "事件类型",
            "记录编号", "类别", "辖区代码", "资金来源", "金额（元）", "收款方", "批次", "依据规则", "节点", "备注", "冲销记录",
            "幂等键", "记录时间", "操作人", "角色", "操作人辖区", "关联编号", "因果编号", "政策版本");

    static final List<String> RECONCILIATION_HEADERS = List.of("类型", "辖区代码", "资金来源", "项目编号", "资金编号",
            "已分配（元）", "已拨付（元）", "已追回（元）", "已支出（元）", "违反规则", "说明");

    static final String SOURCE_TOTAL = "来源合计";
    static final String BREAK = "差异";

    private FundingExports() {
    }

    static List<?> ledgerRow(LedgerEntryView e) {
        return Arrays.asList(e.projectId(), e.sequence(), e.line(), e.globalPosition(), e.eventId(), e.eventType(),
                e.entryId(), e.type(), e.jurisdictionCode(), e.source(), e.amount(), e.recipient(), e.tranche(), e.rule(),
                e.milestone(), e.note(), e.reversesEntryId(), e.idempotencyKey(),
                e.recordedAt() == null ? null : e.recordedAt().toString(), e.actorId(), e.actorRole(),
                e.actorJurisdiction(), e.correlationId(), e.causationId(), e.policyVersion());
    }

    static List<List<?>> reconciliationRows(ReconciliationReport report) {
        List<List<?>> rows = new ArrayList<>();
        for (ReconciliationReport.SourceTotals totals : report.bySource()) {
            rows.add(Arrays.asList(SOURCE_TOTAL, report.jurisdictionCode(), totals.source(), null, null, totals.allocated(),
                    totals.disbursed(), totals.clawedBack(), totals.spent(), null, null));
        }
        for (ReconciliationReport.Break broken : report.breaks()) {
            rows.add(Arrays.asList(BREAK, report.jurisdictionCode(), broken.source(), broken.projectId(), broken.fundId(),
                    null, null, null, null, broken.rule(), broken.detail()));
        }
        return rows;
    }
}
