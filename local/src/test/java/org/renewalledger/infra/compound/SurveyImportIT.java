package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** A street office's survey spreadsheet through HTTP, on the real servers (docs/IMPORT.md). */
class SurveyImportIT extends IntegrationTest {

    private static final String HEADER = "小区编码,小区名称,街道代码,街道名称,建成年份,楼栋数,户数,建筑面积（平方米）,排除情形";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRegisterEveryRowOfAGoodWorkbook_andServeThemFromTheReadModel() throws Exception {
        String batch = batch();
        List<List<Object>> rows = List.of(
                List.of(batch + "1", "幸福里小区", "520523001", "鼓场街道", 1995, 6, 240, 18650.5),
                List.of(batch + "2", "和平巷小区", "520523001", "鼓场街道", 1988, 3, 96, 7200),
                List.of(batch + "3", "红旗新村", "520523001", "鼓场街道", 1979, 12, 480, 36000.25));
        String token = tokenFor("street-office");

        JsonNode report = tree(upload(token, xlsx(rows), "鼓场街道摸底.xlsx", null, "import-" + batch)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(report.path("format").asText()).isEqualTo("XLSX");
        assertThat(report.path("rows").asInt()).isEqualTo(3);
        assertThat(report.path("registered").asInt()).isEqualTo(3);
        assertThat(report.path("rejected").asInt()).isZero();
        assertThat(report.path("results")).extracting(result -> result.path("row").asInt()).containsExactly(3, 4, 5); // below a title and a header row
        assertThat(report.path("results")).allMatch(result -> result.path("outcome").asText().equals("REGISTERED"));
        eventually(() -> http.get().uri("/api/compounds/{id}", batch + "3").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("红旗新村")
                .jsonPath("$.floorArea").isEqualTo(36000.25)
                .jsonPath("$.households").isEqualTo(480));
        // Every event the upload wrote carries its correlation id: the compound's and its place in the programme.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(metadata, 'UTF8') LIKE ?",
                Long.class, "%\"import-" + batch + "\"%")).isEqualTo(6);
    }

    @Test
    void shouldReportEachBadRowWithColumnAndReason_andRegisterOnlyTheValidRows() throws Exception {
        String batch = batch();
        String csv = HEADER + "\n"
                + batch + "1,幸福里小区,520523001,鼓场街道,1995,6,240,18650.50,\n"          // row 2: valid
                + batch + "2,,520523001,鼓场街道,一九九〇,6,240,-5,\n"                       // row 3: three bad cells
                + batch + "3,西洛小区,520523002,西洛街道,1990,4,120,9000,\n"                 // row 4: another office
                + batch + "4,新建小区,520523001,鼓场街道,2010,2,80,6400,\n"                  // row 5: not eligible (the aggregate)
                + batch + "5,棚户小区,520523001,鼓场街道,1985,2,80,6400,棚改\n"               // row 6: excluded
                + batch + "1,幸福里小区,520523001,鼓场街道,1995,6,240,18650.50,\n"           // row 7: duplicate of row 2
                + ",,,,,,,,\n"                                                             // blank: skipped
                + batch + "6,育英小区,520523001,鼓场街道,1992,5,200,15000,\n";              // row 9: valid
        String token = tokenFor("street-office");

        JsonNode report = tree(upload(token, csv.getBytes(StandardCharsets.UTF_8), "survey.csv", null, null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(report.path("charset").asText()).isEqualTo("UTF-8");
        assertThat(report.path("rows").asInt()).isEqualTo(7);
        assertThat(report.path("registered").asInt()).isEqualTo(2);
        assertThat(report.path("rejected").asInt()).isEqualTo(5);
        assertThat(outcome(report, 2)).isEqualTo("REGISTERED");
        assertThat(outcome(report, 9)).isEqualTo("REGISTERED");
        assertThat(problems(report, 3)).containsExactly("小区名称 VALIDATION_FAILED", "建成年份 VALIDATION_FAILED",
                "建筑面积（平方米） VALIDATION_FAILED");
        assertThat(problems(report, 4)).containsExactly("街道代码 STREET_OFFICE_OUTSIDE_JURISDICTION");
        assertThat(problems(report, 5)).containsExactly("建成年份 COMPOUND_NOT_ELIGIBLE");
        assertThat(problems(report, 6)).containsExactly("排除情形 COMPOUND_NOT_ELIGIBLE");
        assertThat(problems(report, 7)).containsExactly("小区编码 IMPORT_DUPLICATE_ROW");
        assertThat(result(report, 3).path("problems").get(1).path("reason").asText()).contains("一九九〇");
        for (String refused : List.of("2", "3", "4", "5")) {
            assertThat(eventsInStream(batch + refused)).as("events of refused row %s", refused).isZero();
        }
        assertThat(eventsInStream(batch + "1")).isEqualTo(1);
    }

    @Test
    void shouldReadAGbkFileAsExcelSavesIt_detectedOrNamed() throws Exception {
        String batch = batch();
        byte[] gbk = (HEADER + "\r\n" + batch + "1,桂花园小区,520523001,鼓场街道,1993,8,320,24000.80,无\r\n")
                .getBytes(Charset.forName("GBK"));
        byte[] named = (HEADER + "\r\n" + batch + "2,银杏苑小区,520523001,鼓场街道,1991,4,150,11000,\r\n")
                .getBytes(Charset.forName("GBK"));
        String token = tokenFor("street-office");

        JsonNode detected = tree(upload(token, gbk, "摸底调查.csv", null, null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        JsonNode declared = tree(upload(token, named, "摸底调查2.csv", "GBK", null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(detected.path("charset").asText()).isEqualTo("GB18030");
        assertThat(detected.path("registered").asInt()).isEqualTo(1);
        assertThat(declared.path("registered").asInt()).isEqualTo(1);
        eventually(() -> http.get().uri("/api/compounds/{id}", batch + "1").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("桂花园小区")
                .jsonPath("$.streetOfficeName").isEqualTo("鼓场街道"));
        // The same GBK bytes declared as UTF-8 are refused whole rather than imported as mojibake.
        upload(token, gbk, "摸底调查.csv", "UTF-8", null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("IMPORT_FILE_UNREADABLE").jsonPath("$.field").isEqualTo("file");
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsUploadedAgain_andShowARowThatChangedMeanwhile() throws Exception {
        String batch = batch();
        String first = HEADER + "\n"
                + batch + "1,幸福里小区,520523001,鼓场街道,1995,6,240,18650.50,\n"
                + batch + "2,和平巷小区,520523001,鼓场街道,1988,3,96,7200,\n"
                + batch + "3,新建小区,520523001,鼓场街道,2010,2,80,6400,\n";
        String token = tokenFor("street-office");
        JsonNode once = tree(upload(token, first.getBytes(StandardCharsets.UTF_8), "survey.csv", null, null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(once.path("registered").asInt()).isEqualTo(2);
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        long programmeEvents = eventsInStream("programme-520523");

        JsonNode again = tree(upload(token, first.getBytes(StandardCharsets.UTF_8), "survey.csv", null, null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(again.path("registered").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.path("rejected").asInt()).isEqualTo(1);
        assertThat(outcome(again, 2)).isEqualTo("UNCHANGED");
        assertThat(result(again, 2).path("problems").size()).isZero();
        assertThat(problems(again, 4)).containsExactly("建成年份 COMPOUND_NOT_ELIGIBLE");
        assertThat(eventsInStream(batch + "1")).isEqualTo(1);
        assertThat(eventsInStream("programme-520523")).isEqualTo(programmeEvents);

        String edited = first.replace(batch + "2,和平巷小区,520523001,鼓场街道,1988,3,96,7200",
                batch + "2,和平巷小区,520523001,鼓场街道,1988,3,104,7350.5");
        JsonNode changed = tree(upload(token, edited.getBytes(StandardCharsets.UTF_8), "survey.csv", null, null)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(changed.path("changed").asInt()).isEqualTo(1);
        assertThat(outcome(changed, 2)).isEqualTo("UNCHANGED");
        assertThat(outcome(changed, 3)).isEqualTo("CHANGED");
        assertThat(problems(changed, 3)).containsExactly("户数 COMPOUND_ALREADY_REGISTERED", "建筑面积（平方米） COMPOUND_ALREADY_REGISTERED");
        assertThat(result(changed, 3).path("problems").get(0).path("reason").asText()).isEqualTo("Registered as 96; the file says 104");
        assertThat(eventsInStream(batch + "2")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ?", Long.class,
                batch + "%")).isEqualTo(2);
        assertThat(events).isLessThanOrEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
    }

    @Test
    void shouldRefuseAWhollyBadFileWithAProblem_andStoreNothing() {
        String token = tokenFor("street-office");
        expectProblem(upload(token, "名称,地址\n幸福里,东门\n".getBytes(StandardCharsets.UTF_8), "x.csv", null, null),
                400, "IMPORT_TEMPLATE_MISMATCH");
        expectProblem(upload(token, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}, "old.xls", null, null),
                400, "IMPORT_FILE_UNREADABLE");
        expectProblem(upload(token, new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9}, "broken.xlsx", null, null),
                400, "IMPORT_FILE_UNREADABLE");
        expectProblem(upload(token, new byte[0], "empty.csv", null, null), 400, "IMPORT_FILE_UNREADABLE");
        expectProblem(upload(token, "x".getBytes(StandardCharsets.UTF_8), "x.csv", "EBCDIC", null), 400, "VALIDATION_FAILED");

        StringBuilder many = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1001; i++) {
            many.append("520523001-m").append(i).append(",小区,520523001,鼓场街道,1990,1,10,100,\n");
        }
        expectProblem(upload(token, many.toString().getBytes(StandardCharsets.UTF_8), "many.csv", null, null),
                400, "IMPORT_FILE_TOO_LARGE");
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        expectProblem(upload(token, large, "large.csv", null, null), 400, "IMPORT_FILE_TOO_LARGE");
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        expectProblem(upload(token, huge, "huge.csv", null, null), 400, "IMPORT_FILE_TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE '520523001-m%'",
                Long.class)).isZero();

        // Only the roles that register compounds may import; no token at all is a 401.
        expectProblem(upload(tokenFor("auditor"), HEADER.getBytes(StandardCharsets.UTF_8), "x.csv", null, null), 403, "ACCESS_DENIED");
        expectProblem(upload(null, HEADER.getBytes(StandardCharsets.UTF_8), "x.csv", null, null), 401, "AUTHENTICATION_REQUIRED");
        expectProblem(http.post().uri("/api/survey-imports").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(new MultipartBodyBuilder().build()))
                .exchange(), 400, "VALIDATION_FAILED");
    }

    @Test
    void shouldServeTheTemplatesThatTheImportReads() {
        String token = tokenFor("street-office");
        for (String template : List.of("template.xlsx", "template.csv")) {
            byte[] content = http.get().uri("/api/survey-imports/" + template).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*")
                    .expectBody(byte[].class).returnResult().getResponseBody();
            JsonNode report = tree(upload(token, content, template, null, null).expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
            // The dry run parameter is not needed: the examples register (or were registered by the first pass).
            assertThat(report.path("rejected").asInt()).as(template).isZero();
            assertThat(report.path("rows").asInt()).as(template).isEqualTo(2);
        }
        JsonNode dryRun = tree(http.post().uri("/api/survey-imports?dryRun=true").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts((HEADER + "\n" + batch() + "1,幸福里小区,520523001,鼓场街道,1995,6,240,18650,\n")
                        .getBytes(StandardCharsets.UTF_8), "dry.csv")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
        assertThat(outcome(dryRun, 2)).isEqualTo("VALID");
    }

    private WebTestClient.ResponseSpec upload(String token, byte[] content, String fileName, String charset, String correlationId) {
        return http.post().uri(b -> b.path("/api/survey-imports").queryParamIfPresent("charset", java.util.Optional.ofNullable(charset)).build())
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    if (correlationId != null) {
                        h.set("X-Correlation-Id", correlationId);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts(content, fileName)))
                .exchange();
    }

    private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> parts(byte[] content, String fileName) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return parts.build();
    }

    private static void expectProblem(WebTestClient.ResponseSpec response, int status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }

    /** WebTestClient decodes with Jackson 3; the assertions read Jackson 2 trees. */
    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode result(JsonNode report, int row) {
        for (JsonNode result : report.path("results")) {
            if (result.path("row").asInt() == row) {
                return result;
            }
        }
        throw new AssertionError("no result for row " + row + " in " + report);
    }

    private static String outcome(JsonNode report, int row) {
        return result(report, row).path("outcome").asText();
    }

    private static List<String> problems(JsonNode report, int row) {
        List<String> problems = new ArrayList<>();
        result(report, row).path("problems").forEach(p -> problems.add(p.path("column").asText() + " " + p.path("code").asText()));
        return problems;
    }

    /** A code prefix of its own per test, e.g. {@code 520523001-i3f9a2c-}. */
    private static String batch() {
        return "520523001-i" + UUID.randomUUID().toString().substring(0, 7) + "-";
    }

    private static byte[] xlsx(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("摸底");
            sheet.createRow(0).createCell(0).setCellValue("鼓场街道老旧小区摸底调查表");
            Row header = sheet.createRow(1);
            String[] headings = HEADER.split(",");
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(values.get(i).toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
