package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/** A project's timeline exported as CSV and XLSX, read back with Commons CSV and POI against the JSON timeline. */
class TimelineExportIT extends IntegrationTest {

    @Test
    void shouldExportTheTimelineRowForRowAsTheJsonGivesIt() throws Exception {
        String office = tokenFor("street-office");
        String auditor = tokenFor("auditor");
        String id = newCompoundId();
        register(office, smallRegistration(id, "导出小区" + id.substring(10), 1993, 3, "240.00")).expectStatus().isCreated();
        LifecycleSteps project = new LifecycleSteps(http, id);
        bindCommittee(office, id);
        project.wishesSurvey(office).expectStatus().isOk();
        project.selfGovernance(tokenFor("owners-committee")).expectStatus().isOk();
        eventually(() -> assertThat(timeline(auditor, id).path("entries").size()).isGreaterThanOrEqualTo(3));
        JsonNode entries = timeline(auditor, id).path("entries");

        String csvText = new String(download(auditor, "/api/compounds/" + id + "/timeline/export.csv"), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF小区编号,序号,事件,摘要,发生时间,操作人,角色,政策版本\r\n");
        List<CSVRecord> csv = CSVFormat.DEFAULT.parse(new StringReader(csvText.substring(1))).getRecords();
        assertThat(csv).hasSize(1 + entries.size());
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            CSVRecord row = csv.get(i + 1);
            assertThat(row.get(0)).isEqualTo(id);
            assertThat(Long.parseLong(row.get(1))).isEqualTo(entry.path("sequence").asLong());
            assertThat(row.get(2)).isEqualTo(entry.path("event").asText());
            assertThat(row.get(3)).isEqualTo(entry.path("summary").asText());
            assertThat(row.get(5)).isEqualTo(entry.path("actorId").asText());
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(auditor, "/api/compounds/" + id + "/timeline/export.xlsx")))) {
            Sheet sheet = workbook.getSheet("项目时间线");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("事件");
            assertThat(sheet.getLastRowNum()).isEqualTo(entries.size());
            for (int r = 1; r <= entries.size(); r++) {
                Row row = sheet.getRow(r);
                assertThat((long) row.getCell(1).getNumericCellValue()).isEqualTo(entries.get(r - 1).path("sequence").asLong());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(entries.get(r - 1).path("summary").asText());
            }
        }
    }

    private JsonNode timeline(String token, String id) {
        return readJson(token, "/api/compounds/{id}/timeline", id);
    }
}
