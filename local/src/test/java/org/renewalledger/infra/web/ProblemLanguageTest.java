package org.renewalledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every problem reads in Chinese when the caller prefers it and in English otherwise, its code unchanged. */
class ProblemLanguageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ProblemWriter writer = new ProblemWriter(JSON);

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void shouldWriteEveryCodeInChinese_whenTheRequestPrefersZh(ErrorCode code) {
        assertThat(new ProblemMessages().hasTitle(code, Locale.CHINESE)).as("Chinese title of %s", code).isTrue();

        JsonNode problem = write(Problem.of(code, code.title()), "zh-CN,zh;q=0.9,en;q=0.8");

        assertThat(problem.path("code").asText()).isEqualTo(code.name());
        assertThat(problem.path("title").asText()).isNotEqualTo(code.title()).containsPattern("\\p{IsHan}");
        assertThat(problem.path("detail").asText()).isEqualTo(problem.path("title").asText());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void shouldWriteEveryCodeInEnglish_whenTheRequestDoesNotPreferZh(ErrorCode code) {
        for (String acceptLanguage : new String[] {null, "en-US,zh;q=0.8", "fr, de;q=0.5", "*"}) {
            JsonNode problem = write(Problem.of(code, code.title()), acceptLanguage);

            assertThat(problem.path("code").asText()).isEqualTo(code.name());
            assertThat(problem.path("title").asText()).as("title for %s", acceptLanguage).isEqualTo(code.title());
            assertThat(problem.path("detail").asText()).isEqualTo(code.title());
        }
    }

    @Test
    void shouldKeepTheValuesOfAWordedDetail_inBothLanguages() {
        Problem tooLarge = Problem.worded(ErrorCode.PAYLOAD_TOO_LARGE, null, "problem.detail.body-too-large", 262144);

        assertThat(write(tooLarge, "en").path("detail").asText()).isEqualTo("The request body may be at most 262144 bytes");
        assertThat(write(tooLarge, "zh").path("detail").asText()).isEqualTo("请求体最多 262144 字节");

        Problem unknown = Problem.worded(ErrorCode.VALIDATION_FAILED, "colour", "problem.detail.unknown-field", "colour");
        JsonNode zh = write(unknown, "zh-TW");
        assertThat(zh.path("detail").asText()).isEqualTo("未知字段 colour（拼写错误，或本请求不接受该字段）");
        assertThat(zh.path("field").asText()).isEqualTo("colour");
    }

    @Test
    void shouldPrefixAnAggregatesFreeTextDetailWithTheChineseTitle_keepingItsValues() {
        DomainException refusal = new DomainException(ErrorCode.HOLIDAY_CALENDAR_MISSING,
                "No official holiday calendar for 2027: load it with PUT /policies/holiday-calendars/2027");

        JsonNode zh = write(Problem.of(refusal), "zh");
        JsonNode en = write(Problem.of(refusal), "en-GB");

        assertThat(zh.path("title").asText()).isEqualTo("该年度尚未载入法定节假日日历");
        assertThat(zh.path("detail").asText()).startsWith("该年度尚未载入法定节假日日历：").contains("2027");
        assertThat(en.path("detail").asText()).isEqualTo(refusal.getMessage());
    }

    @Test
    void shouldNotRepeatTheHttpReasonPhrase_inAChineseDetail() {
        Problem notFound = new Problem(org.springframework.http.HttpStatus.NOT_FOUND, ErrorCode.RESOURCE_NOT_FOUND, "Not Found", null);

        assertThat(write(notFound, "zh").path("detail").asText()).isEqualTo("没有该资源");
        assertThat(write(notFound, "en").path("detail").asText()).isEqualTo("Not Found");
    }

    private JsonNode write(Problem problem, String acceptLanguage) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/compounds/x");
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        MockServerWebExchange exchange = MockServerWebExchange.from(request.build());
        writer.write(exchange, problem).block();
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(body).isNotNull();
        return JSON.readTree(body.getBytes(StandardCharsets.UTF_8));
    }
}
