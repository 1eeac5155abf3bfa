package org.renewalledger.infra.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * The language a problem is written in: Chinese when the request's {@code Accept-Language} prefers it over
 * English, English otherwise (and when the header is absent or malformed), so existing clients see no change.
 */
public final class ProblemLanguage {

    private static final List<String> SPOKEN = List.of("en", "zh");

    private ProblemLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        String header = headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            String chosen = Locale.lookupTag(Locale.LanguageRange.parse(header), SPOKEN);
            return "zh".equals(chosen) ? Locale.CHINESE : Locale.ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
