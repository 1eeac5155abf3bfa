package org.renewalledger.command.policy;

import java.util.Locale;

/**
 * Where a period of days starts. The shipped rule is the Civil Code's (民法典 Art. 201: 按照年、月、日计算期间的，
 * 开始的当日不计入，自下一日开始计算): the day the period starts from does not count. The older notice rule counted
 * the posting day as day 1; it stays only so notices and policy versions recorded under it read as they were decided.
 */
public enum PeriodCounting {
    /** Civil Code Art. 201: the period counts from the day after the start day. */
    CIVIL_CODE_ART_201,
    /** The posting day counted as day 1 (notice policies set before Art. 201 became the one rule). */
    POSTING_DAY_INCLUDED;

    /** {@code civil-code-art-201} or {@code posting-day-included}; absent: Art. 201. */
    public static PeriodCounting named(String name) {
        if (name == null || name.isBlank()) {
            return CIVIL_CODE_ART_201;
        }
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
