package org.renewalledger.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUsers;
import org.renewalledger.local.stack.ElasticsearchDistribution;
import org.renewalledger.local.stack.EmbeddedPostgresServer;
import org.renewalledger.local.stack.LocalElasticsearchCluster;
import org.renewalledger.query.ReadModelProcessors;

/**
 * Many nodes, one truth (docs/OPERATIONS.md, "Many command processes"): two command processes and two query
 * replicas, each the packaged jar in its role, on one PostgreSQL and a three-node Elasticsearch cluster, all on
 * loopback. What one node does governs the others at once: a policy set through command process A decides the next
 * command on B; a stale aggregate cache (B appended meanwhile) is evicted and the command decided again on fresh
 * state; a monthly assessment is closed on a command-only process; a live dashboard on replica A shows what a
 * command through B changed within 2 s. Then a load from 32 clients spread over both command processes, during
 * which A is killed (SIGKILL): every acknowledged command is in the store, the clients finish on B, tallies and
 * ledgers are exact and nothing is over-disbursed. Last, an Elasticsearch node is killed and search keeps
 * answering. Each phase prints its wall time ({@code [figures]}).
 */
class MultiNodeIT {

    private static final String COUNTY = "520523";
    private static final String OFFICE = "520523001";
    private static final int VOTING_COMPOUNDS = 10;
    private static final int VOTES_PER_COMPOUND = 100;   // 1,000 votes
    private static final int PROJECTS = 4;
    private static final int DISBURSEMENTS_PER_PROJECT = 50; // 200 disbursements
    private static final long ALLOCATED_FEN = 40_000;      // 400.00 per project: room for 40 of its 50 payments of 10.00
    private static final long PAYMENT_FEN = 1_000;
    private static final int CLIENTS = 32;
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private DemoTokenIssuer issuer;

    @Test
    void shouldKeepOneTruthAcrossTwoCommandProcessesTwoQueryReplicasAndAnElasticsearchCluster() throws Exception {
        Path dir = Files.createTempDirectory("renewal-ledger-nodes-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        long phase = System.nanoTime();
        // The cluster forms while the four processes start: each waits for search before it reports healthy.
        List<Integer> searchPorts = List.of(freePort(), freePort(), freePort());
        java.util.concurrent.CompletableFuture<LocalElasticsearchCluster> starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return LocalElasticsearchCluster.start(elasticsearchHome(), dir.resolve("elasticsearch"),
                        Path.of(System.getProperty("java.home")), "320m", Duration.ofMinutes(10), 3, searchPorts);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), 0);
             ClosingCluster closing = new ClosingCluster(starting)) {
            String searchUrls = String.join(",", searchPorts.stream().map(port -> "http://127.0.0.1:" + port).toList());
            List<String> settings = List.of(
                    "--renewal.postgres.url=" + postgres.jdbcUrl(),
                    "--renewal.postgres.username=" + postgres.username(),
                    "--renewal.postgres.password=" + postgres.password(),
                    "--renewal.elasticsearch.url=" + searchUrls,
                    "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey(dir),
                    "--renewal.privacy.master-key=" + MASTER_KEY,
                    "--renewal.local-stack.data-dir=" + dir,
                    "--renewal.processing.balance-interval=PT2S",
                    // one user sends the whole load here; the per-user limit is not what is tested
                    "--renewal.security.rate-limit.burst=100000",
                    "--renewal.security.rate-limit.per-second=100000");
            // All four at once: Flyway's lock lets one migrate while the others wait.
            try (RoleProcess commandA = new RoleProcess("command", "command-a", dir, settings).start();
                 RoleProcess commandB = new RoleProcess("command", "command-b", dir, settings).start();
                 RoleProcess replicaA = new RoleProcess("query", "query-a", dir, settings).start();
                 RoleProcess replicaB = new RoleProcess("query", "query-b", dir, settings).start();
                 Connection db = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
                LocalElasticsearchCluster search = closing.cluster();
                phase = figure("PostgreSQL started and the three-node Elasticsearch cluster formed (the four processes starting meanwhile)", phase);
                commandA.awaitHealthy();
                commandB.awaitHealthy();
                replicaA.awaitHealthy();
                replicaB.awaitHealthy();
                phase = figure("two command processes and two query replicas healthy", phase);

                eachProcessRunsItsOwnSide_andTheReplicasShareTheSegments(commandA, commandB, replicaA, replicaB, db);
                phase = figure("roles and segment shares checked", phase);

                policySetThroughAGovernsTheNextDecisionOnB(commandA, commandB);
                phase = figure("policy set through A, decided on B", phase);

                staleCacheIsEvictedAndTheCommandDecidedAgain(commandA, commandB, replicaA);
                phase = figure("stale aggregate cache on A retried on fresh state", phase);

                assessmentClosesOnACommandOnlyProcess(commandA);
                phase = figure("assessment closed and reissue decided on a command-only process", phase);

                liveDashboardOnReplicaASeesACommandThroughB(commandB, replicaA);
                phase = figure("SSE on replica A saw a command through B", phase);

                List<String> loaded = loadOverBothCommandProcesses_withOneKilled(commandA, commandB, replicaB, db);
                phase = figure("load with command process A killed", phase);

                searchSurvivesTheLossOfAnElasticsearchNode(search, replicaA, replicaB);
                phase = figure("search after an Elasticsearch node was killed", phase);

                bothReplicasServeEverything_andOneTakesOverWhenTheOtherStops(commandB, replicaA, replicaB, db, loaded);
                figure("replica B stopped, replica A took its segments over", phase);
            }
        }
    }

    // ---- each process its own side; the replicas share the segments (docs/OPERATIONS.md, "Query replicas share the work") ----

    private void eachProcessRunsItsOwnSide_andTheReplicasShareTheSegments(RoleProcess commandA, RoleProcess commandB,
            RoleProcess replicaA, RoleProcess replicaB, Connection db) throws Exception {
        String admin = token("administrator");
        String office = token("street-office");
        for (RoleProcess command : List.of(commandA, commandB)) {
            // no projection: only the two process managers that turn events into commands
            assertThat(java.util.regex.Pattern.compile("\"name\":\"([^\"]+)\"")
                    .matcher(send(command, "GET", "/api/admin/projections", admin, null).body())
                    .results().map(name -> name.group(1)).sorted().toList()).as("processors on a command process")
                    .containsExactly("escalation-ladder", "funding-milestone-relay");
            assertThat(send(command, "GET", "/api/compounds/" + OFFICE + "-001", office, null).statusCode())
                    .as("a query at a command process").isEqualTo(404);
        }
        HttpResponse<String> refused = send(replicaA, "POST", "/api/compounds", office, registration(compoundId("refused"), 1990));
        assertThat(refused.statusCode()).as("a command at a query replica: %s", refused.body()).isBetween(400, 499);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Integer> owners = owners(db, ReadModelProcessors.READ_MODELS);
            assertThat(owners.keySet()).as("owners of the read models' segments").hasSize(2)
                    .anyMatch(owner -> owner.startsWith(replicaA.tokenOwnerPrefix()))
                    .anyMatch(owner -> owner.startsWith(replicaB.tokenOwnerPrefix()));
            assertThat(owners.values()).as("segments per replica").containsOnly(2); // 4 segments (application.yml), 2 replicas
        });
    }

    private void bothReplicasServeEverything_andOneTakesOverWhenTheOtherStops(RoleProcess command, RoleProcess replicaA,
            RoleProcess replicaB, Connection db, List<String> compounds) throws Exception {
        String office = token("street-office");
        for (RoleProcess replica : List.of(replicaA, replicaB)) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode page = json.readTree(send(replica, "GET", "/api/compounds?streetOffice=" + OFFICE + "&size=200", office, null).body());
                List<String> listed = new ArrayList<>();
                page.path("items").forEach(item -> listed.add(item.path("compoundId").asText()));
                assertThat(listed).as("compounds listed by %s", replica.baseUrl()).containsAll(compounds);
            });
        }
        // Both processed the stream: the tokens of the segments each one owns reached its head.
        long head = scalar(db, "SELECT max(globalindex) FROM domainevententry WHERE aggregateidentifier <> ?", "");
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(positions(db, ReadModelProcessors.READ_MODELS).values())
                .as("lowest token position per owner, head %d", head).hasSize(2).allMatch(position -> position >= head));

        replicaB.close();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(owners(db, ReadModelProcessors.READ_MODELS)).as("owners after replica b stopped")
                        .hasSize(1).allSatisfy((owner, segments) -> {
                            assertThat(owner).startsWith(replicaA.tokenOwnerPrefix());
                            assertThat(segments).isEqualTo(4);
                        }));
        String late = compoundId("late");
        assertThat(send(command, "POST", "/api/compounds", office, registration(late, 1990)).statusCode()).isEqualTo(201);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(send(replicaA, "GET", "/api/compounds/" + late, office, null).statusCode()).isEqualTo(200));
    }

    /** Segments of a processor per token owner (a claim that is not released). */
    private static Map<String, Integer> owners(Connection db, String processor) throws Exception {
        Map<String, Integer> owners = new java.util.HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT owner, count(*) FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL GROUP BY owner")) {
            query.setString(1, processor);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return owners;
    }

    /** The lowest position reached among each owner's segments. */
    private static Map<String, Long> positions(Connection db, String processor) throws Exception {
        java.util.regex.Pattern index = java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)");
        Map<String, Long> positions = new java.util.HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT owner, convert_from(token, 'UTF8') FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL")) {
            query.setString(1, processor);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    java.util.regex.Matcher matcher = index.matcher(rows.getString(2) == null ? "" : rows.getString(2));
                    long position = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
                    positions.merge(rows.getString(1), position, Math::min);
                }
            }
        }
        return positions;
    }

    // ---- a policy set through one process decides on the other --------------------------------------------

    private void policySetThroughAGovernsTheNextDecisionOnB(RoleProcess commandA, RoleProcess commandB) throws Exception {
        String office = token("street-office");
        // B decides first under the defaults (built before 2000, extension places before 2005): a compound of 2008 is out.
        HttpResponse<String> refused = send(commandB, "POST", "/api/compounds", office, registration(compoundId("late-1"), 2008));
        assertThat(refused.statusCode()).as("before: %s", refused.body()).isBetween(400, 499);
        assertThat(refused.body()).contains("COMPOUND_NOT_ELIGIBLE");

        HttpResponse<String> policy = send(commandA, "PUT", "/api/policies/" + COUNTY, token("housing-bureau"), json.writeValueAsString(
                Map.of("version", "multi-node-" + run, "builtBeforeYear", 2010, "consentPolicy", "double-two-thirds",
                        "noticeWorkingDays", 5, "minimumResidentSharePercent", 10)));
        assertThat(policy.statusCode()).as("policy through A: %s", policy.body()).isEqualTo(200);

        // B's very next decision is under the policy A recorded: no restart, no event bus between them.
        HttpResponse<String> admitted = send(commandB, "POST", "/api/compounds", office, registration(compoundId("late-2"), 2008));
        assertThat(admitted.statusCode()).as("after: %s", admitted.body()).isEqualTo(201);
    }

    // ---- a stale aggregate cache ---------------------------------------------------------------------------

    private void staleCacheIsEvictedAndTheCommandDecidedAgain(RoleProcess commandA, RoleProcess commandB, RoleProcess replica)
            throws Exception {
        String office = token("street-office");
        String id = compoundId("cache");
        assertThat(send(commandA, "POST", "/api/compounds", office, registration(id, 1990)).statusCode()).isEqualTo(201);
        assertThat(send(commandA, "POST", "/api/compounds/" + id + "/roster", office, roster(3)).statusCode()).isEqualTo(200);
        // A caches the compound, B appends to it behind A's back, then A is asked again on its stale entry: the append
        // conflicts, Axon drops the entry with the rolled-back unit of work, and the gateway's retry decides on fresh state.
        assertThat(vote(commandA, office, id, 0).statusCode()).as("vote through A").isEqualTo(200);
        assertThat(vote(commandB, office, id, 1).statusCode()).as("vote through B").isEqualTo(200);
        HttpResponse<String> stale = vote(commandA, office, id, 2);
        assertThat(stale.statusCode()).as("vote through A on its stale cache: %s", stale.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(json.readTree(send(replica, "GET", "/api/compounds/" + id + "/consent/APPLICATION", office, null).body())
                        .path("votesCast").asInt()).isEqualTo(3));
    }

    // ---- assessment close on a command-only process ---------------------------------------------------------

    private void assessmentClosesOnACommandOnlyProcess(RoleProcess command) throws Exception {
        String admin = token("administrator");
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);
        HttpResponse<String> plan = send(command, "POST", "/api/assessments/plans", admin, json.writeValueAsString(Map.ofEntries(
                Map.entry("unitKind", "STREET_OFFICE"), Map.entry("unitId", OFFICE), Map.entry("assessingJurisdiction", COUNTY),
                Map.entry("year", month.getYear()), Map.entry("compoundsToStart", 4), Map.entry("compoundsToComplete", 2),
                Map.entry("buildings", 20), Map.entry("households", 800), Map.entry("floorArea", "60000.00"),
                Map.entry("fundsToSpend", "0.00"), Map.entry("startsOn", month.getYear() + "-01-01"),
                Map.entry("deadline", month.getYear() + "-12-31"))));
        assertThat(plan.statusCode()).as("plan: %s", plan.body()).isEqualTo(200);
        // The close reads the published facts, which a query replica projects from the plan's event.
        java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> closed = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            closed.set(send(command, "POST", "/api/assessments/" + COUNTY + "/" + month + "/close", admin, "{}"));
            return !closed.get().body().contains("NO_UNITS_TO_ASSESS");
        });
        assertThat(closed.get().statusCode()).as("close on a command-only process: %s", closed.get().body()).isEqualTo(200);
        // Reissued on the same facts: the aggregate compares and refuses, which needs the live results as well.
        HttpResponse<String> reissued = send(command, "POST", "/api/assessments/" + COUNTY + "/" + month + "/reissue", admin,
                "{\"reason\":\"复核\"}");
        assertThat(reissued.statusCode()).as("reissue: %s", reissued.body()).isEqualTo(422);
        assertThat(reissued.body()).contains("ASSESSMENT_UNCHANGED");
    }

    // ---- live dashboard across replicas ---------------------------------------------------------------------

    private void liveDashboardOnReplicaASeesACommandThroughB(RoleProcess commandB, RoleProcess replicaA) throws Exception {
        String bureau = token("housing-bureau");
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(replicaA.baseUrl() + "/api/dashboard/stream?within=" + OFFICE))
                .header("Authorization", "Bearer " + bureau).header("Accept", "text/event-stream").GET().build();
        HttpResponse<java.util.stream.Stream<String>> response = http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.stream.Stream<String> lines = response.body();
        Thread reader = new Thread(() -> {
            try {
                lines.forEach(line -> {
                    if (line.startsWith("id:")) {
                        arrivals.putIfAbsent(line.substring(3).trim(), System.nanoTime());
                    }
                });
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // the stream ends when the test closes it
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> arrivals.containsKey("initial"));
            String correlationId = "multi-node-sse-" + run;
            HttpResponse<String> registered = send(commandB, "POST", "/api/compounds", token("street-office"),
                    registration(compoundId("live"), 1991), correlationId);
            long acknowledged = System.nanoTime();
            assertThat(registered.statusCode()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> arrivals.containsKey(correlationId));
            long millis = TimeUnit.NANOSECONDS.toMillis(arrivals.get(correlationId) - acknowledged);
            System.out.printf("[figures] replica A's live dashboard showed the registration through B %d ms after B acknowledged it%n",
                    millis);
            assertThat(millis).as("from B's acknowledgement to the update on replica A, ms").isLessThan(2_000);
        } finally {
            lines.close();
        }
    }

    // ---- the load, with one command process killed ----------------------------------------------------------

    /** One request of the load: a vote or a payment, each safe to send again (a vote per owner, a payment per key). */
    private record Item(String path, String token, String body, String ledger, String compound) {
    }

    private List<String> loadOverBothCommandProcesses_withOneKilled(RoleProcess commandA, RoleProcess commandB, RoleProcess replica,
                                                                    Connection db) throws Exception {
        String office = token("street-office");
        String finance = token("finance-bureau");
        String housing = token("housing-bureau");
        List<RoleProcess> commands = List.of(commandA, commandB);

        List<String> compounds = new ArrayList<>();
        for (int c = 0; c < VOTING_COMPOUNDS; c++) {
            String id = compoundId("vote-" + c);
            RoleProcess via = commands.get(c % 2);
            assertThat(send(via, "POST", "/api/compounds", office, registration(id, 1990)).statusCode()).isEqualTo(201);
            assertThat(send(via, "POST", "/api/compounds/" + id + "/roster", office, roster(VOTES_PER_COMPOUND)).statusCode()).isEqualTo(200);
            compounds.add(id);
        }
        List<String> projects = new ArrayList<>();
        for (int p = 0; p < PROJECTS; p++) {
            String project = OFFICE + "-m" + run + p + "-2026";
            RoleProcess via = commands.get(p % 2);
            HttpResponse<String> allocated = send(via, "POST", "/api/projects/" + project + "/funding/allocations", finance,
                    json.writeValueAsString(Map.of("jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY",
                            "amount", yuan(ALLOCATED_FEN), "idempotencyKey", project + "-a")));
            assertThat(allocated.statusCode()).as("allocation: %s", allocated.body()).isEqualTo(201);
            for (String milestone : List.of("CONSTRUCTION_STARTED", "COMPLETION_ACCEPTED", "FINAL_ACCOUNTS_SUBMITTED")) {
                assertThat(send(via, "POST", "/api/projects/" + project + "/funding/milestones", housing, json.writeValueAsString(
                        Map.of("jurisdictionCode", COUNTY, "milestone", milestone))).statusCode()).isEqualTo(200);
            }
            projects.add(project);
        }

        List<Item> items = new ArrayList<>();
        for (String id : compounds) {
            for (int owner = 0; owner < VOTES_PER_COMPOUND; owner++) {
                items.add(new Item("/api/compounds/" + id + "/consent/APPLICATION", office, voteBody(owner), null, id));
            }
        }
        for (String project : projects) {
            for (int payment = 0; payment < DISBURSEMENTS_PER_PROJECT; payment++) {
                items.add(new Item("/api/projects/" + project + "/funding/disbursements", finance, json.writeValueAsString(Map.of(
                        "jurisdictionCode", COUNTY, "source", "CENTRAL_SUBSIDY", "amount", yuan(PAYMENT_FEN),
                        "recipient", "黔建集团", "idempotencyKey", project + "-p" + payment)), project, null));
            }
        }
        Collections.shuffle(items, new java.util.Random(23));
        Queue<Item> work = new ConcurrentLinkedQueue<>(items);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger switched = new AtomicInteger();
        Map<String, AtomicInteger> paid = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> refusedPayments = new ConcurrentHashMap<>();
        // votes sent again after an attempt whose outcome the client could not know (the process died under it)
        Map<String, AtomicInteger> resentVotes = new ConcurrentHashMap<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c % 2;
                running.add(clients.submit(() -> {
                    int target = first; // half the clients start on A, half on B
                    for (Item item = work.poll(); item != null; item = work.poll()) {
                        while (true) {
                            HttpResponse<String> response;
                            try {
                                response = send(commands.get(target), "POST", item.path(), item.token(), item.body());
                            } catch (IOException lost) {
                                target = 1; // A is gone (or the request with it): the client goes on at B
                                switched.incrementAndGet();
                                if (item.compound() != null) {
                                    resentVotes.computeIfAbsent(item.compound(), k -> new AtomicInteger()).incrementAndGet();
                                }
                                continue;
                            }
                            int status = response.statusCode();
                            if (status == 409 || status == 429 || status >= 500) {
                                pause(50); // a lost race retried until the gateway gave up, or a process going down
                                if (status >= 500) {
                                    target = 1;
                                    if (item.compound() != null) {
                                        resentVotes.computeIfAbsent(item.compound(), k -> new AtomicInteger()).incrementAndGet();
                                    }
                                }
                                continue;
                            }
                            if (status == 200 || status == 201) {
                                if (item.ledger() != null) {
                                    paid.computeIfAbsent(item.ledger(), k -> new AtomicInteger()).incrementAndGet();
                                }
                            } else if (item.ledger() != null && status == 422
                                    && response.body().contains("DISBURSEMENT_EXCEEDS_ALLOCATION")) {
                                refusedPayments.computeIfAbsent(item.ledger(), k -> new AtomicInteger()).incrementAndGet();
                            } else {
                                unexpected.add(status + " " + item.path() + " " + response.body());
                            }
                            answered.incrementAndGet();
                            break;
                        }
                    }
                    return null;
                }));
            }
            // A dies a third of the way in, with requests in flight.
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> answered.get() >= items.size() / 3);
            commandA.kill();
            System.out.printf("[figures] command process A killed (SIGKILL) after %d of %d answers%n", answered.get(), items.size());
            for (Future<?> client : running) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("[figures] %d votes and %d payments from %d clients over two command processes (one killed) in %d ms; "
                + "%d requests moved to B%n", VOTING_COMPOUNDS * VOTES_PER_COMPOUND, PROJECTS * DISBURSEMENTS_PER_PROJECT, CLIENTS,
                millis, switched.get());
        assertThat(unexpected).as("answers other than accepted or refused for want of money").isEmpty();
        assertThat(answered.get()).isEqualTo(items.size());

        // Ledgers: exactly the acknowledged payments are in the store, and never more than was allocated.
        for (String project : projects) {
            int acknowledged = paid.getOrDefault(project, new AtomicInteger()).get();
            assertThat(acknowledged).as("payments acknowledged on %s", project).isEqualTo((int) (ALLOCATED_FEN / PAYMENT_FEN));
            assertThat(refusedPayments.get(project).get()).isEqualTo(DISBURSEMENTS_PER_PROJECT - acknowledged);
            assertThat(scalar(db, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE ? "
                    + "AND payloadtype LIKE '%SubsidyDisbursedEvent'", "%" + project + "%"))
                    .as("payments stored on %s", project).isEqualTo(acknowledged);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode ledger = json.readTree(send(replica, "GET", "/api/projects/" + project + "/funding", token("auditor"), null).body());
                assertThat(ledger.path("disbursed").decimalValue()).isEqualByComparingTo(yuan(ALLOCATED_FEN));
                assertThat(ledger.path("allocated").decimalValue()).isEqualByComparingTo(yuan(ALLOCATED_FEN));
            });
        }
        // Tallies: every owner's latest vote once, whichever process took it and however often it was sent. A vote
        // whose first attempt died with A and was sent again to B may be recorded twice (votesCast counts every vote
        // recorded, ConsentTallyView), but only those.
        for (String id : compounds) {
            int resent = resentVotes.getOrDefault(id, new AtomicInteger()).get();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonNode tally = json.readTree(send(replica, "GET", "/api/compounds/" + id + "/consent/APPLICATION", office, null).body());
                assertThat(tally.path("agreeOwners").asInt()).as("owners agreeing on %s", id).isEqualTo(VOTES_PER_COMPOUND / 2);
                assertThat(tally.path("disagreeOwners").asInt()).as("owners disagreeing on %s", id).isEqualTo(VOTES_PER_COMPOUND / 2);
                assertThat(tally.path("agreeArea").decimalValue()).isEqualByComparingTo(java.math.BigDecimal.valueOf(80L * VOTES_PER_COMPOUND / 2));
                assertThat(tally.path("disagreeArea").decimalValue()).isEqualByComparingTo(java.math.BigDecimal.valueOf(80L * VOTES_PER_COMPOUND / 2));
                assertThat(tally.path("votesCast").asInt()).as("votes recorded on %s, %d sent again", id, resent)
                        .isBetween(VOTES_PER_COMPOUND, VOTES_PER_COMPOUND + resent);
            });
        }
        return compounds;
    }

    // ---- search survives an Elasticsearch node's loss -------------------------------------------------------

    private void searchSurvivesTheLossOfAnElasticsearchNode(LocalElasticsearchCluster search, RoleProcess replicaA,
                                                            RoleProcess replicaB) throws Exception {
        String office = token("street-office");
        String wanted = compoundId("vote-7");
        String query = "/api/compounds/search?q=" + URLEncoder.encode("多节点vote-7", StandardCharsets.UTF_8);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(send(replicaA, "GET", query, office, null).body()).contains(wanted));
        // Every index has its replica on another node before one is lost.
        HttpResponse<String> green = http.send(HttpRequest.newBuilder(URI.create(search.nodes().get(1).httpUrl()
                        + "/_cluster/health?wait_for_status=green&timeout=60s")).timeout(Duration.ofSeconds(70)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(green.body()).as("cluster health").contains("\"status\":\"green\"").contains("\"number_of_nodes\":3");
        search.nodes().get(0).kill();
        for (RoleProcess replica : List.of(replicaA, replicaB)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                HttpResponse<String> found = send(replica, "GET", query, office, null);
                assertThat(found.statusCode()).as("search on %s: %s", replica.baseUrl(), found.body()).isEqualTo(200);
                assertThat(found.body()).contains(wanted);
            });
        }
    }

    /** The cluster starting in the background: closed after the processes that use it, if it started at all. */
    private record ClosingCluster(java.util.concurrent.CompletableFuture<LocalElasticsearchCluster> starting) implements AutoCloseable {
        LocalElasticsearchCluster cluster() {
            return starting.join();
        }

        @Override
        public void close() {
            try {
                starting.join().close();
            } catch (java.util.concurrent.CompletionException failedToStart) {
                // nothing to stop: LocalElasticsearchCluster.start stops what it started when it fails
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- requests ---------------------------------------------------------------------------------------------

    private String compoundId(String name) {
        return OFFICE + "-m" + run + "-" + name;
    }

    /** A compound named for its label: {@code 多节点<label>小区}. */
    private String registration(String id, int builtYear) throws IOException {
        String label = id.substring((OFFICE + "-m" + run + "-").length());
        return json.writeValueAsString(Map.of("compoundId", id, "name", "多节点" + label + "小区",
                "jurisdictionCode", COUNTY, "streetOfficeCode", OFFICE, "streetOfficeName", "鼓场街道", "builtYear", builtYear,
                "buildings", 6, "households", 240, "floorArea", "18650.50"));
    }

    /** Units 0 … n-1 of 80 m², each held by its own owner. */
    private String roster(int units) throws IOException {
        return json.writeValueAsString(Map.of("units", IntStream.range(0, units).mapToObj(i -> Map.of("unit", "u-" + i,
                "exclusiveArea", "80.00", "areaBasis", "REGISTER", "owners", List.of("p-u-" + i))).toList()));
    }

    private String voteBody(int owner) throws IOException {
        return json.writeValueAsString(Map.of("owner", "u-" + owner, "exclusiveArea", "80.00",
                "choice", owner % 2 == 0 ? "AGREE" : "DISAGREE", "channel", "PAPER_FORM"));
    }

    private HttpResponse<String> vote(RoleProcess process, String token, String compound, int owner) throws Exception {
        return send(process, "POST", "/api/compounds/" + compound + "/consent/APPLICATION", token, voteBody(owner));
    }

    private static java.math.BigDecimal yuanValue(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2);
    }

    private static String yuan(long fen) {
        return yuanValue(fen).toPlainString();
    }

    private HttpResponse<String> send(RoleProcess process, String method, String path, String token, String body) throws IOException {
        return send(process, method, path, token, body, null);
    }

    private HttpResponse<String> send(RoleProcess process, String method, String path, String token, String body,
                                      String correlationId) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(process.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }

    private String token(String user) {
        return issuer.issue(DemoUsers.find(user).orElseThrow()).accessToken();
    }

    private Path publicKey(Path dir) throws Exception {
        issuer = new DemoTokenIssuer(dir.resolve("issuer").resolve("signing-key.jwk"), Clock.systemUTC(), Duration.ofHours(8));
        RSAKey key = RSAKey.parse(Files.readString(dir.resolve("issuer").resolve("signing-key.jwk")));
        Path pem = dir.resolve("issuer").resolve("public-key.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return pem;
    }

    private static long scalar(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long figure(String what, long since) {
        long now = System.nanoTime();
        System.out.printf("[figures] %s: %d ms%n", what, TimeUnit.NANOSECONDS.toMillis(now - since));
        return now;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path elasticsearchHome() throws IOException {
        return ElasticsearchDistribution.carried(Path.of("target", "local-stack"));
    }
}
