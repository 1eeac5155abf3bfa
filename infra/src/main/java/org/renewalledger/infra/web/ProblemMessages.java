package org.renewalledger.infra.web;

import java.util.Locale;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of problems in English and Chinese, from {@code messages.properties} and
 * {@code messages_zh.properties} keyed by error code. English titles are the {@link ErrorCode}'s own, so
 * the domain keeps one English wording; a detail that an aggregate wrote as free text has no key, so in
 * Chinese it becomes the Chinese title followed by that text, keeping the values it names.
 */
public final class ProblemMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ProblemMessages() {
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        // An English request on a server whose system locale is Chinese must still read English.
        source.setFallbackToSystemLocale(false);
    }

    public String title(ErrorCode code, Locale locale) {
        return source.getMessage("problem.title." + code.name(), null, code.title(), locale);
    }

    /** Whether the code has a title in the language; a test walks every code for Chinese. */
    public boolean hasTitle(ErrorCode code, Locale locale) {
        return source.getMessage("problem.title." + code.name(), null, null, locale) != null;
    }

    public String detail(Problem problem, Locale locale) {
        if (problem.detailKey() != null) {
            return source.getMessage(problem.detailKey(), problem.detailArgs().toArray(), locale);
        }
        if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage()) || problem.detail() == null) {
            return problem.detail();
        }
        String title = title(problem.code(), locale);
        // The bare title or HTTP reason phrase as a detail says nothing the Chinese title does not.
        boolean onlyTheTitle = problem.detail().equals(problem.code().title())
                || problem.detail().equals(problem.status().getReasonPhrase());
        return onlyTheTitle ? title : title + "：" + problem.detail();
    }
}
