package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.http.HttpStatus;

/**
 * A closed consent count with its electorate exported as CSV and XLSX, read back with Commons CSV and POI against
 * the JSON electorate: the tally and decision, then each unit with the vote that counts for it. An open count is
 * refused. (The formula guard of every text cell is TableWriterTest's: no field of a vote may start like a formula.)
 */
class ConsentExportIT extends IntegrationTest {

    @Test
    void shouldExportTheClosedCountUnitForUnitAsTheJsonElectorateGivesIt() throws Exception {
        String office = tokenFor("street-office");
        String auditor = tokenFor("auditor");
        String id = newCompoundId();
        register(office, smallRegistration(id, "计票导出" + id.substring(10), 1995, 6, "480.00")).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        project.roster(office, LifecycleSteps.units("7-1-", 1, 6, "70.00")).expectStatus().isOk();
        project.wishesSurvey(office).expectStatus().isOk();
        project.post(office, "consent/APPLICATION/open", Map.of()).expectStatus().isOk();
        project.post(office, "consent/APPLICATION", Map.of("unit", "7-1-1", "choice", "AGREE", "channel", "PROXY",
                "proxy", "p-7-1-1-son", "proxyEvidence", "WTS-2025-001")).expectStatus().isOk();
        project.post(office, "consent/APPLICATION", Map.of("unit", "7-1-2", "choice", "AGREE", "channel", "PAPER_FORM"))
                .expectStatus().isOk();
        project.post(office, "consent/APPLICATION", Map.of("unit", "7-1-3", "choice", "DISAGREE", "channel", "PAPER_FORM"))
                .expectStatus().isOk();
        project.post(office, "consent/APPLICATION", Map.of("unit", "7-1-4", "choice", "ABSTAIN", "channel", "PAPER_FORM"))
                .expectStatus().isOk();
        eventually(() -> assertThat(electorate(auditor, id).path("agreeOwners").asLong()).isEqualTo(2));

        // still open: its figures can change, so no filed copy
        http.get().uri("/api/compounds/{id}/consent/APPLICATION/export.csv", id).headers(h -> h.setBearerAuth(auditor))
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("CONSENT_COUNT_NOT_CLOSED");

        project.closeCount(office, "APPLICATION").expectStatus().isOk();
        eventually(() -> assertThat(electorate(auditor, id).path("closedAt").isNull()).isFalse());
        JsonNode count = electorate(auditor, id);
        JsonNode units = count.path("electorate");
        assertThat(units.size()).isEqualTo(6);

        String csvText = new String(download(auditor, "/api/compounds/" + id + "/consent/APPLICATION/export.csv"), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF小区编号,表决事项,轮次,");
        String[] parts = csvText.substring(1).split("\r\n\r\n", 2);
        List<CSVRecord> summary = CSVFormat.DEFAULT.parse(new StringReader(parts[0])).getRecords();
        assertThat(summary).hasSize(2);
        CSVRecord tally = summary.get(1);
        assertThat(tally.get(0)).isEqualTo(id);
        assertThat(tally.get(1)).isEqualTo("APPLICATION");
        assertThat(Integer.parseInt(tally.get(2))).isEqualTo(count.path("round").asInt());
        assertThat(Long.parseLong(tally.get(6))).isEqualTo(count.path("units").asLong());
        assertThat(Long.parseLong(tally.get(7))).isEqualTo(count.path("headcount").asLong());
        assertThat(new BigDecimal(tally.get(8))).isEqualByComparingTo(count.path("totalArea").decimalValue());
        assertThat(Long.parseLong(tally.get(9))).isEqualTo(count.path("agreeOwners").asLong()).isEqualTo(2);
        assertThat(new BigDecimal(tally.get(10))).isEqualByComparingTo(count.path("agreeArea").decimalValue())
                .isEqualByComparingTo("140.00");
        assertThat(Long.parseLong(tally.get(11))).isEqualTo(count.path("disagreeOwners").asLong()).isEqualTo(1);
        assertThat(new BigDecimal(tally.get(12))).isEqualByComparingTo(count.path("disagreeArea").decimalValue());
        assertThat(Long.parseLong(tally.get(13))).isEqualTo(count.path("abstainOwners").asLong()).isEqualTo(1);
        assertThat(new BigDecimal(tally.get(14))).isEqualByComparingTo(count.path("abstainArea").decimalValue());
        assertThat(Long.parseLong(tally.get(15))).isEqualTo(2);
        assertThat(tally.get(16)).isEqualTo(count.path("passed").asBoolean() ? "通过" : "未通过");

        List<CSVRecord> electorate = CSVFormat.DEFAULT.parse(new StringReader(parts[1])).getRecords();
        assertThat(electorate.get(0).get(0)).isEqualTo("房号");
        assertThat(electorate).hasSize(1 + units.size());
        for (int i = 0; i < units.size(); i++) {
            JsonNode unit = units.get(i);
            CSVRecord row = electorate.get(i + 1);
            assertThat(row.get(0)).isEqualTo(unit.path("unit").asText());
            assertThat(new BigDecimal(row.get(1))).isEqualByComparingTo(unit.path("exclusiveArea").decimalValue());
            assertThat(row.get(4)).isEqualTo(unit.path("countsAs").asText());
            assertThat(row.get(5)).isEqualTo(unit.path("choice").isNull() ? "未表决" : unit.path("choice").asText());
        }
        CSVRecord proxied = electorate.get(1);
        assertThat(proxied.get(8)).isEqualTo("p-7-1-1-son");
        assertThat(proxied.get(9)).isEqualTo("WTS-2025-001");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(auditor,
                "/api/compounds/" + id + "/consent/APPLICATION/export.xlsx")))) {
            Sheet result = workbook.getSheet("计票结果");
            assertThat(result.getRow(0).getCell(16).getStringCellValue()).isEqualTo("决定");
            assertThat((long) result.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(count.path("agreeOwners").asLong());
            assertThat(BigDecimal.valueOf(result.getRow(1).getCell(10).getNumericCellValue()))
                    .isEqualByComparingTo(count.path("agreeArea").decimalValue());
            assertThat(result.getRow(1).getCell(16).getStringCellValue()).isEqualTo(tally.get(16));
            Sheet sheet = workbook.getSheet("选民名册与表决");
            assertThat(sheet.getLastRowNum()).isEqualTo(units.size());
            for (int r = 1; r <= units.size(); r++) {
                Row row = sheet.getRow(r);
                JsonNode unit = units.get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(unit.path("unit").asText());
                assertThat(BigDecimal.valueOf(row.getCell(1).getNumericCellValue()))
                        .isEqualByComparingTo(unit.path("exclusiveArea").decimalValue());
                assertThat(row.getCell(5).getStringCellValue())
                        .isEqualTo(unit.path("choice").isNull() ? "未表决" : unit.path("choice").asText());
            }
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("WTS-2025-001");
        }

        // read as the electorate is: another street office is refused
        http.get().uri("/api/compounds/{id}/consent/APPLICATION/export.xlsx", id)
                .headers(h -> h.setBearerAuth(tokenFor("street-office-2"))).exchange().expectStatus().isForbidden();
    }

    private JsonNode electorate(String token, String id) {
        return readJson(token, "/api/compounds/{id}/consent/APPLICATION/electorate", id);
    }
}
