package org.renewalledger.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Loads the synthetic province through the service's own HTTP API, phase by phase, each phase fanned out over
 * clients. The two consent phases are workload 2 (bulk import of the consent history); the others set the stage.
 * A new kind of data (monthly reports, assessments) is one more {@link Phase} in {@link #phases()}.
 */
final class ProvinceLoader {

    /** One request of a phase. */
    interface Call {
        void send(Http http) throws Exception;
    }

    /** A step every compound goes through; {@code votes} counts the consent events a call stores (0 for others). */
    record Phase(String name, boolean consentImport, Function<CompoundPlan, List<Call>> calls) {
    }

    /**
     * {@code seconds}: until the phase's last request answered and, for a consent import, until every processor had
     * caught up with it (read models, search indexes, the audit sealer) and its votes could be read back;
     * {@code requestsSeconds}: until the last request answered.
     */
    record PhaseResult(String name, boolean consentImport, long requests, long votes, double seconds, double requestsSeconds) {
    }

    /** The phases' results, and an instant during the load after the audit compound's money moved (workload 5's asOf). */
    record Loaded(List<PhaseResult> phases, java.time.Instant auditCompoundFunded) {
    }

    static final int LOADING_CLIENTS = 8;
    /** Votes per import request: well under the 256 KB body cap (about 95 bytes a vote). */
    static final int SHEET = 1_000;
    static final String ADMIN = "administrator";
    static final String FINANCE = "provincial-finance";

    private ProvinceLoader() {
    }

    static List<Phase> phases() {
        return List.of(
                new Phase("register compounds", false, plan -> List.of(http -> http.expectPost(ADMIN, "/api/compounds",
                        "{\"compoundId\":\"" + plan.compoundId() + "\",\"name\":\"" + plan.name() + "\",\"jurisdictionCode\":\""
                                + plan.county() + "\",\"streetOfficeCode\":\"" + plan.streetOffice() + "\",\"streetOfficeName\":\""
                                + plan.streetOfficeName() + "\",\"builtYear\":" + plan.builtYear() + ",\"buildings\":"
                                + plan.buildings() + ",\"households\":" + plan.households() + ",\"floorArea\":\""
                                + plan.floorArea() + "\"}"))),
                // The owners' roster first: votes count only from units on it.
                new Phase("import owners' rosters", false, ProvinceLoader::rosterSheets),
                new Phase("import application votes", true, plan -> sheets(plan, "APPLICATION")),
                new Phase("wishes survey, self-governance, application, scheme, notice", false, plan -> List.of(http -> {
                    String c = "/api/compounds/" + plan.compoundId();
                    http.expectPost(ADMIN, c + "/wishes-survey", "{\"households\":" + plan.households() + ",\"inFavour\":"
                            + (plan.households() * 9 / 10) + ",\"surveyedOn\":\"2025-06-03\",\"backdatingReason\":\"基准测试：合成数据\"}");
                    http.expectPost(ADMIN, c + "/self-governance",
                            "{\"kind\":\"OWNERS_COMMITTEE\",\"name\":\"" + plan.name() + "业主委员会\",\"formedOn\":\"2025-06-10\",\"backdatingReason\":\"基准测试：合成数据\"}");
                    // the application needs its own count closed and passed (nine in ten agree)
                    http.expectPost(ADMIN, c + "/consent/APPLICATION/close", "{}");
                    http.expectPost(ADMIN, c + "/application", "{\"applicant\":\"" + plan.name() + "业主委员会\",\"appliedOn\":\"2025-06-20\",\"backdatingReason\":\"基准测试：合成数据\"}");
                    http.expectPost(ADMIN, c + "/scheme", "{\"items\":[{\"category\":\"BASIC\",\"name\":\"雨污分流改造\",\"budget\":\"600000.00\"},"
                            + "{\"category\":\"IMPROVEMENT\",\"name\":\"外墙保温\",\"budget\":\"400000.00\"}],"
                            + "\"funding\":[{\"source\":\"CENTRAL_SUBSIDY\",\"amount\":\"700000.00\"},{\"source\":\"LOCAL_BUDGET\",\"amount\":\"200000.00\"},"
                            + "{\"source\":\"RESIDENT_CONTRIBUTION\",\"amount\":\"100000.00\"}],\"longTermManagementPlan\":\"成立业主委员会，选聘物业服务企业\"}");
                    http.expectPost(ADMIN, c + "/notice", "{\"startsOn\":\"2025-09-29\",\"backdatingReason\":\"基准测试：合成数据\"}");
                })),
                new Phase("import scheme votes", true, plan -> sheets(plan, "SCHEME")),
                new Phase("allocate, release a tranche, disburse", false, plan -> List.of(http -> {
                    String p = "/api/projects/" + plan.projectId() + "/funding";
                    http.expectPost(FINANCE, p + "/allocations", "{\"jurisdictionCode\":\"" + plan.county()
                            + "\",\"source\":\"CENTRAL_SUBSIDY\",\"amount\":\"1000000.00\",\"idempotencyKey\":\"XD-" + plan.compoundId() + "\"}");
                    http.expectPost(ADMIN, p + "/milestones", "{\"jurisdictionCode\":\"" + plan.county()
                            + "\",\"milestone\":\"CONSTRUCTION_STARTED\"}");
                    http.expectPost(FINANCE, p + "/disbursements", "{\"jurisdictionCode\":\"" + plan.county()
                            + "\",\"source\":\"CENTRAL_SUBSIDY\",\"amount\":\"100000.00\",\"recipient\":\"黔建集团\",\"idempotencyKey\":\"BF-"
                            + plan.compoundId() + "\"}");
                })));
    }

    /** The compound's owners' roster from the housing registry, in sheets of at most {@link #SHEET} units. */
    static List<Call> rosterSheets(CompoundPlan plan) {
        List<Call> calls = new ArrayList<>();
        for (int from = 0; from < plan.households(); from += SHEET) {
            int first = from;
            int last = Math.min(plan.households(), from + SHEET);
            calls.add(http -> http.expectPost(ADMIN, "/api/compounds/" + plan.compoundId() + "/roster", roster(plan, first, last)));
        }
        return calls;
    }

    /** Units {@code first} to {@code last - 1}: one per household, its area the one its votes state, its own owner. */
    static String roster(CompoundPlan plan, int first, int last) {
        StringBuilder body = new StringBuilder("{\"units\":[");
        for (int household = first; household < last; household++) {
            if (household > first) {
                body.append(',');
            }
            body.append("{\"unit\":\"").append(plan.owner(household)).append("\",\"exclusiveArea\":\"")
                    .append(plan.ownerArea(household)).append("\",\"areaBasis\":\"REGISTER\",\"owners\":[\"p-")
                    .append(plan.owner(household)).append("\"]}");
        }
        return body.append("]}").toString();
    }

    /** The compound's survey sheets on one matter: every household votes once (agree nine times in ten). */
    private static List<Call> sheets(CompoundPlan plan, String matter) {
        List<Call> calls = new ArrayList<>();
        for (int from = 0; from < plan.households(); from += SHEET) {
            int first = from;
            int last = Math.min(plan.households(), from + SHEET);
            calls.add(new CountedCall(last - first, http -> {
                StringBuilder body = new StringBuilder("{\"votes\":[");
                for (int household = first; household < last; household++) {
                    if (household > first) {
                        body.append(',');
                    }
                    body.append(vote(plan, household, household % 10 == 9 ? "DISAGREE" : "AGREE"));
                }
                http.expectPost(ADMIN, "/api/compounds/" + plan.compoundId() + "/consent/" + matter + "/import", body.append("]}").toString());
            }));
        }
        return calls;
    }

    static String vote(CompoundPlan plan, int household, String choice) {
        return "{\"owner\":\"" + plan.owner(household) + "\",\"exclusiveArea\":\"" + plan.ownerArea(household)
                + "\",\"choice\":\"" + choice + "\",\"channel\":\"PAPER_FORM\",\"castAt\":\"2025-10-0" + (1 + household % 9) + "T02:00:00Z\"}";
    }

    /** An import request and the number of votes it carries. */
    record CountedCall(int votes, Call call) implements Call {
        @Override
        public void send(Http http) throws Exception {
            call.send(http);
        }
    }

    static Loaded load(Run run) throws Exception {
        List<PhaseResult> results = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> funded = new java.util.concurrent.atomic.AtomicReference<>();
        List<Phase> phases = phases();
        for (Phase phase : phases) {
            boolean last = phase == phases.get(phases.size() - 1);
            List<Call> calls = new ArrayList<>();
            run.province().compounds().forEach(plan -> calls.addAll(phase.calls().apply(plan)));
            long votes = calls.stream().mapToLong(call -> call instanceof CountedCall counted ? counted.votes() : 0).sum();
            long start = System.nanoTime();
            Load.Result result = run.resources().measure((phase.consentImport() ? "2 " : "load: ") + phase.name()
                    + (phase.consentImport() ? " (until caught up and queryable)" : ""), () -> {
                Load.Result sent = Load.run(LOADING_CLIENTS, calls.size(), number -> {
                    calls.get(number).send(run.http());
                    if (last && number == 0) {
                        funded.set(java.time.Instant.now()); // the first compound is the audit compound
                    }
                    return true;
                });
                if (phase.consentImport() && sent.errors() == 0) {
                    awaitQueryable(run, matterOf(phase));
                }
                return sent;
            });
            if (result.errors() > 0) {
                throw new IllegalStateException("Loading failed in phase '" + phase.name() + "': " + result.firstError());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Run.log(String.format("loaded: %s — %d requests, %d votes in %.1f s%s", phase.name(), calls.size(), votes, result.seconds(),
                    phase.consentImport() ? String.format(", caught up, sealed and queryable after %.1f s", seconds) : ""));
            results.add(new PhaseResult(phase.name(), phase.consentImport(), calls.size(), votes,
                    phase.consentImport() ? seconds : result.seconds(), result.seconds()));
        }
        return new Loaded(List.copyOf(results), funded.get());
    }

    private static String matterOf(Phase phase) {
        return phase.name().contains("application") ? "APPLICATION" : "SCHEME";
    }

    /**
     * An import has landed when the read models, the search indexes and the audit sealer have all caught up with it
     * (the chain is sealed) and its votes read back: every household of the first and the last compound has voted in
     * the live tally.
     */
    private static void awaitQueryable(Run run, String matter) throws Exception {
        Rebuild.awaitCaughtUp(run.http(), List.of());
        List<CompoundPlan> compounds = run.province().compounds();
        for (CompoundPlan plan : List.of(compounds.get(0), compounds.get(compounds.size() - 1))) {
            long deadline = System.nanoTime() + java.time.Duration.ofMinutes(10).toNanos();
            while (true) {
                com.fasterxml.jackson.databind.JsonNode tally = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                        run.http().expectGet(ADMIN, "/api/compounds/" + plan.compoundId() + "/consent/" + matter));
                long voted = tally.path("agreeOwners").asLong() + tally.path("disagreeOwners").asLong() + tally.path("abstainOwners").asLong();
                if (voted >= plan.households()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The " + matter + " votes of " + plan.compoundId() + " did not become queryable: "
                            + voted + " of " + plan.households());
                }
                Thread.sleep(100);
            }
        }
    }
}
