package org.renewalledger.command;

import java.io.IOException;
import java.time.Clock;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.witness.DateWitness;
import org.renewalledger.command.policy.ConsentPolicy;
import org.renewalledger.command.policy.ElevatorConsentPolicy;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.command.policy.FundingPolicy;
import org.renewalledger.command.policy.MaintenanceFundPolicy;
import org.renewalledger.command.policy.NoticePolicy;
import org.renewalledger.command.policy.PolicyBook;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.PeriodCounting;
import org.renewalledger.command.policy.BackdatingPolicy;
import org.renewalledger.command.policy.EvidencePolicy;
import org.renewalledger.command.policy.Threshold;
import org.renewalledger.command.policy.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The command side's own wiring: its policies, calendars, aggregate repositories, interceptors and HTTP API. */
@Configuration
@ComponentScan
public class CommandSideConfiguration {

    private static final Pattern CALENDAR_FILE = Pattern.compile("CN-(\\d{4})\\.csv");

    @Bean
    PolicySet policySet(@Value("${renewal.policy.version:" + PolicySet.DEFAULT_VERSION + "}") String version,
                        @Value("${renewal.policy.eligibility.built-before-year:2000}") int builtBeforeYear,
                        @Value("${renewal.policy.consent:double-two-thirds}") String consent,
                        @Value("${renewal.policy.notice.working-days:5}") int noticeDays,
                        @Value("${renewal.policy.funding.minimum-resident-share-percent:10}") int residentSharePercent,
                        @Value("${renewal.policy.notice.counting:civil-code-art-201}") String noticeCounting,
                        @Value("${renewal.policy.backdating.grace-days:3}") int graceDays,
                        @Value("${renewal.policy.evidence.required:true}") boolean evidenceRequired) {
        return new PolicySet(version, new EligibilityPolicy(builtBeforeYear), ConsentPolicy.named(consent),
                new NoticePolicy(noticeDays, PeriodCounting.named(noticeCounting)),
                new FundingPolicy(Threshold.atLeast(residentSharePercent, 100)),
                MaintenanceFundPolicy.DEFAULT, ElevatorConsentPolicy.DEFAULT, new BackdatingPolicy(graceDays),
                new EvidencePolicy(evidenceRequired));
    }

    /** Today by the injected clock, and the closed assessment months, from the event store (never a read model). */
    @Bean
    DateWitness dateWitness(Clock clock, EventStore eventStore) {
        return new DateWitness(clock, id -> eventStore.lastSequenceNumberFor(id).isPresent());
    }

    /** The uploaded files, known by their upload events in the event store. */
    @Bean
    EvidenceRegister evidenceRegister(EventStore eventStore) {
        return new EvidenceRegister(id -> eventStore.lastSequenceNumberFor(id).isPresent());
    }

    /** The policies per jurisdiction, over the configured defaults; filled from the policy register's events. */
    @Bean
    PolicyBook policyBook(PolicySet defaults) {
        return PolicyBook.withDefaults(defaults);
    }

    /** Every {@code holidays/CN-yyyy.csv} on the classpath: adding a year is adding a file. */
    @Bean
    WorkingDayCalendar workingDayCalendar() throws IOException {
        Map<Integer, InputStream> files = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:holidays/CN-*.csv")) {
            Matcher name = CALENDAR_FILE.matcher(resource.getFilename());
            if (name.matches()) {
                files.put(Integer.parseInt(name.group(1)), resource.getInputStream());
            }
        }
        return WorkingDayCalendar.fromFiles(files);
    }

    /**
     * Keeps loaded compounds in memory between commands, so a command on a compound does not replay its history:
     * the most used ones, up to {@code renewal.cache.compound-units} roster units in all (about 270 bytes of heap
     * each; docs/OPERATIONS.md, "Sizing the aggregate caches").
     */
    @Bean(destroyMethod = "close")
    AggregateCache compoundAggregateCache(@Value("${renewal.cache.compound-units:400000}") long maximumUnits) {
        return AggregateCache.weighed("compounds", maximumUnits);
    }

    @Bean
    Cache compoundCache(AggregateCache compoundAggregateCache) {
        return compoundAggregateCache.axonCache();
    }

    /** A snapshot every 2,000 events bounds the replay of a compound whose cache entry is gone (docs/LIFECYCLE.md). */
    @Bean
    SnapshotTriggerDefinition compoundSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${renewal.snapshots.compound-threshold:2000}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Consent counts (ConsentCount), the hottest streams: the most used open counts stay loaded between votes, up to
     * {@code renewal.cache.consent-count-units} units of their frozen electorates (about 170 bytes each); a sealed
     * count weighs one.
     */
    @Bean(destroyMethod = "close")
    AggregateCache consentCountAggregateCache(@Value("${renewal.cache.consent-count-units:600000}") long maximumUnits) {
        return AggregateCache.weighed("consent-counts", maximumUnits);
    }

    @Bean
    Cache consentCountCache(AggregateCache consentCountAggregateCache) {
        return consentCountAggregateCache.axonCache();
    }

    /** A snapshot every 2,000 events bounds the replay of a count whose cache entry is gone. */
    @Bean
    SnapshotTriggerDefinition consentCountSnapshotTrigger(Snapshotter snapshotter,
                                                          @Value("${renewal.snapshots.consent-count-threshold:2000}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
