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

        Run.log("workload 7: ours, " + payments + " disbursements over HTTP");
        Load.Result ourPayments = Load.run(Run.COMMAND_CLIENTS, payments, number -> {
            CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
            var answer = run.http().post(ProvinceLoader.FINANCE, "/api/projects/" + plan.projectId() + "/funding/disbursements",
                    "{\"jurisdictionCode\":\"" + plan.county() + "\",\"source\":\"CENTRAL_SUBSIDY\",\"amount\":\"10.00\","
                            + "\"recipient\":\"黔建集团\",\"idempotencyKey\":\"W7-" + run.seed() + "-" + number + "\"}");
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return true;
        });
        String timeline = "/api/compounds/" + audit.compoundId() + "/timeline";
        String ledger = "/api/projects/" + audit.projectId() + "/funding/ledger";
        Load.Result ourHistory = Load.run(AuditQueries.AUDITORS, run.size().auditQueries(), number ->
                run.http().get(ProvinceLoader.ADMIN, timeline).statusCode() == 200 && run.http().get("provincial-finance", ledger).statusCode() == 200);

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
            Run.log("workload 7: JPA + Envers, " + commands + " consent writes");
            Load.Result theirConsent = Load.run(Run.COMMAND_CLIENTS, commands, number -> {
                CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
                int household = Math.floorMod(number * 104_729 + 17, plan.households());
                return retried(() -> jpa.recordConsent(plan.compoundId(), "SCHEME", plan.owner(household), area(plan, household),
                        number % 2 == 0 ? "AGREE" : "DISAGREE", "PAPER_FORM", castAt));
            });
            Load.Result theirPayments = Load.run(Run.COMMAND_CLIENTS, payments, number -> {
                CompoundPlan plan = compounds.get(Math.floorMod(number * 7_919, compounds.size()));
                jpa.disburse(plan.projectId(), 1_000, "黔建集团", "W7-" + number, castAt);
                return true;
            });
            Load.Result theirHistory = Load.run(AuditQueries.AUDITORS, run.size().auditQueries(),
                    number -> jpa.history(audit.compoundId(), audit.projectId()) >= seeded.operations());
            String w = "7 vs JPA + Envers";
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure(w, "consent writes/s, ours over HTTP (workload 1)", Run.number(ourConsent.perSecond()),
                    Run.number(theirConsent.perSecond()) + "/s JPA in-process (" + theirConsent.errors() + " errors)",
                    ourConsent.perSecond() / theirConsent.perSecond(), null, null));
            figures.add(new Figure(w, "disbursements/s, " + Run.COMMAND_CLIENTS + " clients (" + ourPayments.errors() + " errors"
                    + (ourPayments.errors() > 0 ? ": " + ourPayments.firstError() : "") + ")",
                    Run.number(ourPayments.perSecond()), Run.number(theirPayments.perSecond()) + "/s JPA (" + theirPayments.errors()
                    + " errors)", ourPayments.perSecond() / theirPayments.perSecond(), null, null));
            figures.add(new Figure(w, "history of the audit project, p99 ms (timeline + ledger; Envers: "
                    + seeded.operations() + "+ vote revisions)", Run.number(ourHistory.p99Millis()),
                    Run.number(theirHistory.p99Millis()) + " ms Envers p99" + (theirHistory.errors() > 0 ? " (" + theirHistory.errors()
                    + " errors)" : ""), ourHistory.p99Millis() / theirHistory.p99Millis(), null, null));
            return figures;
        }
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
