package org.renewalledger.bench.harness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.renewalledger.bench.conventional.ConventionalApplication;
import org.renewalledger.bench.conventional.ConventionalLedger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Workload 7: the same consent and disbursement writes and the history of a project, built the conventional way
 * (Spring Data JPA + Hibernate Envers, {@code org.renewalledger.bench.conventional}) on the same PostgreSQL. Ours
 * go over HTTP with authentication, authorisation and the audit seal; theirs are in-process calls. Ratios are ours
 * over theirs (throughput: higher is better for us; latency: lower is better for us).
 */
final class Conventional {

    private Conventional() {
    }

    static List<Figure> run(Run run, Load.Result ourConsent) throws Exception {
        int commands = run.size().commands();
        int payments = run.size().disbursements();
        List<CompoundPlan> compounds = CommandPath.votingCompounds(run.province());
        CompoundPlan audit = run.province().auditCompound();

        Run.log("workload 7: ours, " + payments + " disbursements over HTTP, " + Trials.RUNS + " times");
        java.util.concurrent.atomic.AtomicInteger round = new java.util.concurrent.atomic.AtomicInteger();
        Trials.Runs<Load.Result> ourPayments = run.resources().measure("7 ours: disbursements over HTTP",
                () -> Trials.warmedUp(() -> disburse(run, compounds, Trials.warmUpCount(payments), round.getAndIncrement()),
                        () -> disburse(run, compounds, payments, round.getAndIncrement())));
        String timeline = "/api/compounds/" + audit.compoundId() + "/timeline";
        String ledger = "/api/projects/" + audit.projectId() + "/funding/ledger";
        Trials.Runs<Load.Result> ourHistory = run.resources().measure("7 ours: project history",
                () -> Trials.closedLoop(AuditQueries.AUDITORS, run.size().auditQueries(), number ->
                        run.http().get(ProvinceLoader.ADMIN, timeline).statusCode() == 200
                                && run.http().get("provincial-finance", ledger).statusCode() == 200));

        try (ConfigurableApplicationContext context = ConventionalApplication.start(run.jdbcUrl(), Run.COMMAND_CLIENTS)) {
            ConventionalLedger jpa = context.getBean(ConventionalLedger.class);
            Run.log("workload 7: JPA + Envers, seeding accounts and the audit compound's votes");
            for (CompoundPlan plan : run.province().compounds()) {
                jpa.openAccount(plan.projectId(), 100_000_000L, 60_000_000L);
            }
            Instant castAt = Instant.parse("2025-10-01T02:00:00Z");
            Load.Result seeded = Load.run(ProvinceLoader.LOADING_CLIENTS, audit.households() * 2, number -> {
                int household = number / 2;
                jpa.recordConsent(audit.compoundId(), number % 2 == 0 ? "APPLICATION" : "SCHEME", audit.owner(household),
                        area(audit, household), "AGREE", "PAPER_FORM", castAt);
                return true;
            });
            Run.log("workload 7: JPA + Envers, " + commands + " consent writes, " + Trials.RUNS + " times");
            Load.Operation consent = number -> {
                CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
                int household = Math.floorMod(number * 104_729 + 17, plan.households());
                return retried(() -> jpa.recordConsent(plan.compoundId(), "SCHEME", plan.owner(household), area(plan, household),
                        number % 2 == 0 ? "AGREE" : "DISAGREE", "PAPER_FORM", castAt));
            };
            Trials.Runs<Load.Result> theirConsent = run.resources().measure("7 JPA + Envers: consent writes",
                    () -> Trials.closedLoop(Run.COMMAND_CLIENTS, commands, consent));
            java.util.concurrent.atomic.AtomicInteger theirRound = new java.util.concurrent.atomic.AtomicInteger();
            Trials.Runs<Load.Result> theirPayments = run.resources().measure("7 JPA + Envers: disbursements",
                    () -> Trials.warmedUp(() -> jpaDisburse(jpa, compounds, Trials.warmUpCount(payments), theirRound.getAndIncrement(), castAt),
                            () -> jpaDisburse(jpa, compounds, payments, theirRound.getAndIncrement(), castAt)));
            Trials.Runs<Load.Result> theirHistory = run.resources().measure("7 JPA + Envers: project history",
                    () -> Trials.closedLoop(AuditQueries.AUDITORS, run.size().auditQueries(),
                            number -> jpa.history(audit.compoundId(), audit.projectId()) >= seeded.operations()));
            Spread ourConsentRate = Spread.of(List.of(ourConsent.perSecond()));
            Spread theirConsentRate = theirConsent.spread(Load.Result::perSecond);
            Spread ourPaymentRate = ourPayments.spread(Load.Result::perSecond);
            Spread theirPaymentRate = theirPayments.spread(Load.Result::perSecond);
            Spread ourHistoryP99 = ourHistory.spread(Load.Result::p99Millis);
            Spread theirHistoryP99 = theirHistory.spread(Load.Result::p99Millis);
            long ourPaymentErrors = Trials.errors(ourPayments);
            long theirConsentErrors = Trials.errors(theirConsent);
            long theirPaymentErrors = Trials.errors(theirPayments);
            long theirHistoryErrors = Trials.errors(theirHistory);
            String w = "7 vs JPA + Envers";
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure(w, "consent writes/s, ours over HTTP (workload 1's median run)", Run.number(ourConsentRate.median()),
                    Run.number(theirConsentRate.median()) + "/s JPA in-process (" + theirConsentRate.range() + "; " + theirConsentErrors + " errors)",
                    ourConsentRate.median() / theirConsentRate.median(), null, null).withRange("see workload 1"));
            figures.add(new Figure(w, "disbursements/s, " + Run.COMMAND_CLIENTS + " clients (" + ourPaymentErrors + " errors"
                    + (ourPaymentErrors > 0 ? ": " + Trials.firstError(ourPayments) : "") + ")",
                    Run.number(ourPaymentRate.median()), Run.number(theirPaymentRate.median()) + "/s JPA (" + theirPaymentRate.range() + "; "
                    + theirPaymentErrors + " errors)", ourPaymentRate.median() / theirPaymentRate.median(), null, null)
                    .withRange(ourPaymentRate.range()));
            figures.add(new Figure(w, "history of the audit project, p99 ms (timeline + ledger; Envers: "
                    + seeded.operations() + "+ vote revisions)", Run.number(ourHistoryP99.median()),
                    Run.number(theirHistoryP99.median()) + " ms Envers p99 (" + theirHistoryP99.range() + ")"
                    + (theirHistoryErrors > 0 ? " (" + theirHistoryErrors + " errors)" : ""),
                    ourHistoryP99.median() / theirHistoryP99.median(), null, null).withRange(ourHistoryP99.range()));
            return figures;
        }
    }

    /** Our disbursements over HTTP; each round has its own idempotency keys, so every one is a new payment. */
    private static Load.Result disburse(Run run, List<CompoundPlan> compounds, int payments, int round) throws InterruptedException {
        return Load.run(Run.COMMAND_CLIENTS, payments, number -> {
            CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
            var answer = run.http().post(ProvinceLoader.FINANCE, "/api/projects/" + plan.projectId() + "/funding/disbursements",
                    "{\"jurisdictionCode\":\"" + plan.county() + "\",\"source\":\"CENTRAL_SUBSIDY\",\"amount\":\"10.00\","
                            + "\"recipient\":\"黔建集团\",\"idempotencyKey\":\"W7-" + run.seed() + "-" + round + "-" + number + "\"}");
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return true;
        });
    }

    private static Load.Result jpaDisburse(ConventionalLedger jpa, List<CompoundPlan> compounds, int payments, int round, Instant at)
            throws InterruptedException {
        return Load.run(Run.COMMAND_CLIENTS, payments, number -> {
            CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
            jpa.disburse(plan.projectId(), 1_000, "黔建集团", "W7-" + round + "-" + number, at);
            return true;
        });
    }

    private static long area(CompoundPlan plan, int household) {
        return plan.ownerArea(household).movePointRight(4).longValueExact();
    }

    /** A JPA user retries an optimistic-lock or unique-key race, as Spring Retry would (three attempts). */
    private static boolean retried(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return true;
            } catch (RuntimeException race) {
                if (attempt == 3) {
                    throw race;
                }
            }
        }
    }
}
