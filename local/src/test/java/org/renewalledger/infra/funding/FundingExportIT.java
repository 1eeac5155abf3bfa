package org.renewalledger.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The auditor's exports of the funding ledger and the reconciliation, opened as a spreadsheet would open them
 * (Commons CSV, POI) and checked against the JSON views of the same figures.
 */
class FundingExportIT extends FundingIntegrationTest {

    private static final int PROJECT = 0;
    private static final int EVENT_ID = 4;
    private static final int SOURCE = 9;
    private static final int AMOUNT = 10;
    private static final int ACTOR = 19;
    private static final int POLICY = 24;

    @Test
    void shouldExportTheProjectsLedgerAsCsvAndXlsx_rowForRowWithItsJsonTrail() throws Exception {
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("CENTRAL_SUBSIDY", "1000.00", projectId + "-a1")).expectStatus().isCreated();
        post(finance, projectId, "allocations", allocation("LOCAL_BUDGET", "200.50", projectId + "-a2")).expectStatus().isCreated();
        completeProject(projectId);
        post(finance, projectId, "disbursements", disbursement("CENTRAL_SUBSIDY", "300.00", projectId + "-p1")).expectStatus().isCreated();
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding/ledger", projectId).path("entries").findValuesAsText("type"))
                .contains("DISBURSEMENT"));
        JsonNode entries = getJson(auditor, "/api/projects/{id}/funding/ledger", projectId).path("entries");

        List<CSVRecord> csv = csv(bytes(auditor, "/api/projects/" + projectId + "/funding/ledger/export.csv"));
        assertThat(csv.get(0).values()).startsWith("项目编号", "流水序号", "行号", "全局位置", "事件编号", "事件类型");
        assertThat(csv).hasSize(1 + entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            CSVRecord row = csv.get(i + 1);
            assertThat(row.get(PROJECT)).isEqualTo(projectId);
            assertThat(row.get(EVENT_ID)).isEqualTo(entry.path("eventId").asText());
            assertThat(row.get(SOURCE)).isEqualTo(entry.path("source").asText(""));
            assertThat(row.get(ACTOR)).isEqualTo(entry.path("actorId").asText(""));
            assertThat(row.get(POLICY)).isEqualTo(entry.path("policyVersion").asText(""));
            if (!entry.path("amount").isNull() && !entry.path("amount").isMissingNode()) {
                assertThat(new BigDecimal(row.get(AMOUNT))).isEqualByComparingTo(entry.path("amount").decimalValue());
            }
        }

        try (XSSFWorkbook workbook = xlsx(bytes(auditor, "/api/projects/" + projectId + "/funding/ledger/export.xlsx"))) {
            Sheet sheet = workbook.getSheet("资金台账");
            assertThat(sheet.getRow(0).getCell(AMOUNT).getStringCellValue()).isEqualTo("金额（元）");
            assertThat(sheet.getLastRowNum()).isEqualTo(entries.size());
            BigDecimal allocated = BigDecimal.ZERO;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(EVENT_ID).getStringCellValue()).isEqualTo(entries.get(r - 1).path("eventId").asText());
                if ("ALLOCATION".equals(entries.get(r - 1).path("type").asText())) {
                    allocated = allocated.add(BigDecimal.valueOf(row.getCell(AMOUNT).getNumericCellValue()));
                }
            }
            JsonNode funding = getJson(auditor, "/api/projects/{id}/funding", projectId);
            assertThat(allocated).isEqualByComparingTo(funding.path("allocated").decimalValue());
        }
    }

    @Test
    void shouldExportTheCountysLedgerOfOneSource_andTheReconciliation_asTheJsonViewsGiveThem() throws Exception {
        String finance = tokenFor("finance-bureau");
        String auditor = tokenFor("auditor");
        String projectId = newProjectId();
        post(finance, projectId, "allocations", allocation("PROVINCIAL_SUBSIDY", "750.00", projectId + "-a1")).expectStatus().isCreated();
        eventually(() -> assertThat(getJson(auditor, "/api/projects/{id}/funding/ledger", projectId).path("entries")).hasSize(1));

        JsonNode page = getJson(auditor, "/api/funding/ledger?jurisdiction={j}&source=PROVINCIAL_SUBSIDY&limit=1000", COUNTY);
        List<String> jsonEvents = new ArrayList<>();
        page.path("entries").forEach(entry -> jsonEvents.add(entry.path("eventId").asText()));
        List<CSVRecord> csv = csv(bytes(auditor, "/api/funding/ledger/export.csv?jurisdiction=" + COUNTY + "&source=PROVINCIAL_SUBSIDY"));
        List<String> exported = csv.stream().skip(1).map(row -> row.get(EVENT_ID)).toList();
        if (jsonEvents.size() < 1000) {
            assertThat(exported).containsExactlyElementsOf(jsonEvents);
        } else {
            assertThat(exported).startsWith(jsonEvents.toArray(String[]::new));
        }
        assertThat(csv.stream().skip(1).map(row -> row.get(SOURCE))).containsOnly("PROVINCIAL_SUBSIDY");

        JsonNode reconciliation = getJson(auditor, "/api/funding/reconciliation?jurisdiction={j}", COUNTY);
        try (XSSFWorkbook workbook = xlsx(bytes(auditor, "/api/funding/reconciliation/export.xlsx?jurisdiction=" + COUNTY))) {
            Sheet sheet = workbook.getSheet("资金对账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("类型");
            int totals = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (!"来源合计".equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                JsonNode source = bySource(reconciliation, row.getCell(2).getStringCellValue());
                assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue())).isEqualByComparingTo(source.path("allocated").decimalValue());
                assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue())).isEqualByComparingTo(source.path("disbursed").decimalValue());
                assertThat(BigDecimal.valueOf(row.getCell(8).getNumericCellValue())).isEqualByComparingTo(source.path("spent").decimalValue());
                totals++;
            }
            assertThat(totals).isEqualTo(reconciliation.path("bySource").size()).isPositive();
        }
        List<CSVRecord> reconciliationCsv = csv(bytes(auditor, "/api/funding/reconciliation/export.csv?jurisdiction=" + COUNTY));
        assertThat(reconciliationCsv.get(0).get(0)).isEqualTo("类型");
        assertThat(reconciliationCsv).hasSize(1 + reconciliation.path("bySource").size() + reconciliation.path("breaks").size());
    }

    private static JsonNode bySource(JsonNode reconciliation, String source) {
        for (JsonNode line : reconciliation.path("bySource")) {
            if (line.path("source").asText().equals(source)) {
                return line;
            }
        }
        throw new AssertionError("no source " + source + " in " + reconciliation);
    }

    private byte[] bytes(String token, String uri) {
        byte[] body = http.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return body;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static XSSFWorkbook xlsx(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
