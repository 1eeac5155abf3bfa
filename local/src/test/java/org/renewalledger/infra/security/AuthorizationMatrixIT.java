package org.renewalledger.infra.security;

import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.local.demo.DemoUser;
import org.renewalledger.local.demo.DemoUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.access.CommandPermissions;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The permission table, generated into requests: every command of {@link CommandPermissions} × every role ×
 * inside and outside the place the command acts on × (for the roles bound to what they answer for) bound to the
 * world's project or compound, or bound to nothing. Commands and their request bodies come from the
 * table and from {@code hostile/valid-requests.json}, so a command added later is covered as soon as it has
 * its row and its corpus step (and the test says so when the step is missing).
 *
 * <p>One walk through the corpus as its own users finds which command each step sends (recorded on the
 * command bus by correlation id). At the first step of each command, every cell the table refuses is sent
 * first and must answer 403 and store nothing; then the corpus user's request succeeds. Each allowed cell
 * other than the corpus user's gets a fresh world walked up to that step, and must succeed there.
 */
class AuthorizationMatrixIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CommandBus commandBus;
    @Autowired
    private DemoTokenIssuer issuer;

    private final Map<String, Set<Class<?>>> sentByCorrelation = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cells;

    @Test
    void shouldAllowExactlyTheCellsOfThePermissionTableAndStoreNothingForTheOthers() {
        Registration recorder = commandBus.registerDispatchInterceptor(messages -> (index, message) -> {
            Object correlation = message.getMetaData().get(MetaDataKeys.CORRELATION_ID);
            // An event handler's command (the escalation ladder's, the relay's) carries the request's correlation id
            // too, and may be sent before the request's answer is read: it is not what the request sent.
            boolean sentByEventHandler = CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().getMessage() instanceof EventMessage;
            if (correlation != null && !sentByEventHandler) {
                sentByCorrelation.computeIfAbsent(correlation.toString(), c -> ConcurrentHashMap.newKeySet())
                        .add(message.getPayloadType());
            }
            return message;
        });
        try {
            Corpus corpus = new Corpus(baseUrl());
            Map<Class<?>, List<Integer>> stepsOf = discover(corpus);
            for (Class<?> command : CommandPermissions.commandTypes()) {
                if (CommandPermissions.SENT_BY_EVENT_HANDLERS.contains(command)) {
                    assertThat(stepsOf).as("%s has no HTTP endpoint", command.getSimpleName()).doesNotContainKey(command);
                    continue;
                }
                assertThat(stepsOf).as("a step that sends %s in hostile/valid-requests.json (the matrix builds its "
                        + "requests from there)", command.getSimpleName()).containsKey(command);
            }
            refusedCells(corpus, stepsOf);
            for (Map.Entry<Class<?>, List<Integer>> command : sortedByName(stepsOf)) {
                if (CommandPermissions.commandTypes().contains(command.getKey())) {
                    allowedCells(corpus, command.getKey(), command.getValue());
                }
            }
        } finally {
            recorder.cancel();
        }
        assertThat(failures).as("of %d command × role × jurisdiction cells", cells).isEmpty();
        System.out.printf("Authorization matrix: %d cells over %d commands%n", cells, CommandPermissions.commandTypes().size());
    }

    /** One walk as the corpus's own users: which steps send which command. */
    private Map<Class<?>, List<Integer>> discover(Corpus corpus) {
        Corpus.World world = corpus.world();
        Map<Class<?>, List<Integer>> stepsOf = new LinkedHashMap<>();
        for (int i = 0; i < corpus.steps.size(); i++) {
            JsonNode step = corpus.steps.get(i);
            String correlation = UUID.randomUUID().toString();
            expectSuccess(world.send(step, tokenOf(Corpus.user(step)), correlation), step, Corpus.user(step));
            for (Class<?> command : sentByCorrelation.getOrDefault(correlation, Set.of())) {
                stepsOf.computeIfAbsent(command, c -> new ArrayList<>()).add(i);
            }
        }
        return stepsOf;
    }

    /**
     * A second walk: right before the first step of each command (so the command would otherwise be in order),
     * every cell the table refuses: 403, and not one event more.
     */
    private void refusedCells(Corpus corpus, Map<Class<?>, List<Integer>> stepsOf) {
        Corpus.World world = corpus.world();
        for (int i = 0; i < corpus.steps.size(); i++) {
            JsonNode step = corpus.steps.get(i);
            for (Map.Entry<Class<?>, List<Integer>> command : stepsOf.entrySet()) {
                if (command.getValue().get(0) != i) {
                    continue;
                }
                JurisdictionCode target = target(world, step);
                for (Role role : Role.values()) {
                    for (boolean inside : List.of(true, false)) {
                        JurisdictionCode jurisdiction = inside ? Jurisdictions.inside(role, target) : Jurisdictions.outside(role, target);
                        if (allowed(command.getKey(), role, jurisdiction, target)) {
                            continue;
                        }
                        cells++;
                        // counted by the request's correlation id: event handlers that send commands of their own (the
                        // escalation ladder after a close, the milestone relay) may write meanwhile, on their own account
                        String correlation = UUID.randomUUID().toString();
                        HttpResponse<String> answer = world.send(step, tokenOf(role, jurisdiction), correlation);
                        String cell = command.getKey().getSimpleName() + " as " + role + "@" + jurisdiction;
                        if (answer.statusCode() != 403 || !answer.body().contains("ACCESS_DENIED")) {
                            failures.add(cell + ": expected 403 ACCESS_DENIED, got " + answer.statusCode() + " " + abbreviate(answer.body()));
                        }
                        long stored = eventsOf(correlation);
                        if (stored != 0) {
                            failures.add(cell + ": refused, yet stored " + stored + " event(s)");
                        }
                    }
                    // the binding dimension: a bound role inside the jurisdiction, allowed by the table, but bound to nothing
                    JurisdictionCode inside = Jurisdictions.inside(role, target);
                    if (CommandAuthorizationInterceptor.needsBinding(command.getKey(), role) && allowed(command.getKey(), role, inside, target)) {
                        cells++;
                        String correlation = UUID.randomUUID().toString();
                        HttpResponse<String> answer = world.send(step, unboundTokenOf(role, inside), correlation);
                        String cell = command.getKey().getSimpleName() + " as " + role + "@" + inside + " not bound";
                        if (answer.statusCode() != 403 || !answer.body().contains("ACCESS_DENIED")) {
                            failures.add(cell + ": expected 403 ACCESS_DENIED, got " + answer.statusCode() + " " + abbreviate(answer.body()));
                        }
                        long stored = eventsOf(correlation);
                        if (stored != 0) {
                            failures.add(cell + ": refused, yet stored " + stored + " event(s)");
                        }
                    }
                }
            }
            expectSuccess(world.send(step, tokenOf(Corpus.user(step)), UUID.randomUUID().toString()), step, Corpus.user(step));
        }
    }

    /**
     * Every cell the table allows succeeds: the corpus user's own cell did in the walks; each other role (in its
     * jurisdiction over the place) gets a fresh world walked up to a step of the command and sends it there.
     * Steps whose corpus user has the role are tried first; a 403 from the aggregate's own finer rule (a
     * milestone recorded by one role only) moves on to the command's next step.
     */
    private void allowedCells(Corpus corpus, Class<?> command, List<Integer> steps) {
        // one world only to read where steps act (filling a step may take an assessment year: CorpusPeriod)
        Corpus.World preview = corpus.world();
        for (Role role : Role.values()) {
            JsonNode first = corpus.steps.get(steps.get(0));
            JurisdictionCode target = target(preview, first);
            JurisdictionCode jurisdiction = Jurisdictions.inside(role, target);
            if (!allowed(command, role, jurisdiction, target)) {
                continue;
            }
            cells++;
            DemoUser corpusUser = DemoUsers.find(Corpus.user(first)).orElseThrow();
            if (corpusUser.role() == role && corpusUser.jurisdiction().equals(jurisdiction.value())) {
                continue; // succeeded in both walks
            }
            List<Integer> candidates = new ArrayList<>(steps);
            candidates.sort(Comparator.comparing(i -> DemoUsers.find(Corpus.user(corpus.steps.get(i))).orElseThrow().role() != role));
            String outcome = null;
            for (int candidate : candidates) {
                Corpus.World world = corpus.world();
                for (int i = 0; i < candidate; i++) {
                    JsonNode step = corpus.steps.get(i);
                    expectSuccess(world.send(step, tokenOf(Corpus.user(step)), UUID.randomUUID().toString()), step, Corpus.user(step));
                }
                JsonNode step = corpus.steps.get(candidate);
                JurisdictionCode actingIn = Jurisdictions.inside(role, target(world, step));
                if (CommandAuthorizationInterceptor.BOUND_ROLES.contains(role)) {
                    bind(corpus, world, role, actingIn); // the bound cell: bound to this world's compound and project
                }
                HttpResponse<String> answer = world.send(step, tokenOf(role, actingIn), UUID.randomUUID().toString());
                if (answer.statusCode() / 100 == 2) {
                    outcome = null;
                    break;
                }
                outcome = answer.statusCode() + " " + abbreviate(answer.body());
                if (answer.statusCode() != 403) {
                    break;
                }
            }
            if (outcome != null) {
                failures.add(command.getSimpleName() + " as " + role + "@" + jurisdiction
                        + ": the table allows it, but no corpus step succeeded: " + outcome);
            }
        }
    }

    /** What the table says: the role may send the command, and its jurisdiction covers the place. */
    private static boolean allowed(Class<?> command, Role role, JurisdictionCode jurisdiction, JurisdictionCode target) {
        return CommandPermissions.allows(command, role) && jurisdiction.covers(target);
    }

    private static JurisdictionCode target(Corpus.World world, JsonNode step) {
        try {
            return Jurisdictions.target(step, world.path(step), JSON.readTree(world.body(step)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A corpus step as its own user must succeed; when it does not, a refused cell that went through is the likely cause. */
    private void expectSuccess(HttpResponse<String> answer, JsonNode step, String user) {
        if (answer.statusCode() / 100 != 2) {
            throw new AssertionError("Corpus step " + step.path("operation").asText() + " as " + user + " failed: "
                    + answer.statusCode() + " " + answer.body()
                    + (failures.isEmpty() ? "" : "\nafter these cells went wrong:\n" + String.join("\n", failures)));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static List<Map.Entry<Class<?>, List<Integer>>> sortedByName(Map<Class<?>, List<Integer>> stepsOf) {
        List<Map.Entry<Class<?>, List<Integer>>> sorted = new ArrayList<>(stepsOf.entrySet());
        sorted.sort(Comparator.comparing(entry -> entry.getKey().getSimpleName()));
        return sorted;
    }

    /**
     * Records the binding the role needs in this world (docs/SECURITY.md): the matrix user is contracted on the world's
     * project (and so its compound), or is its compound's owners' committee.
     */
    private void bind(Corpus corpus, Corpus.World world, Role role, JurisdictionCode jurisdiction) {
        String user = "matrix-" + role.name().toLowerCase() + "-" + jurisdiction;
        String compound = "520523001-h" + world.run;
        HttpResponse<String> answer = role == Role.OWNERS_COMMITTEE
                ? corpus.send("POST", "/api/compounds/" + compound + "/owners-committee",
                        "{\"streetOffice\":\"520523001\",\"committeeId\":\"" + user + "\"}", tokenOf("street-office"),
                        UUID.randomUUID().toString())
                : corpus.send("POST", "/api/projects/" + compound + "-2026/contractors",
                        "{\"jurisdictionCode\":\"520523\",\"compoundId\":\"" + compound + "\",\"contractorId\":\"" + user
                                + "\",\"role\":\"" + role.name() + "\"}", tokenOf("housing-bureau"), UUID.randomUUID().toString());
        if (answer.statusCode() / 100 != 2) {
            throw new AssertionError("Binding " + user + " failed: " + answer.statusCode() + " " + answer.body());
        }
    }

    private String unboundTokenOf(Role role, JurisdictionCode jurisdiction) {
        return tokens.computeIfAbsent("unbound " + role + "@" + jurisdiction, key -> issuer.issue(
                new DemoUser("matrix-unbound-" + role.name().toLowerCase() + "-" + jurisdiction, "矩阵测试（未绑定）", role,
                        jurisdiction.value())).accessToken());
    }

    private String tokenOf(String demoUser) {
        return tokens.computeIfAbsent(demoUser, this::tokenFor);
    }

    private String tokenOf(Role role, JurisdictionCode jurisdiction) {
        return tokens.computeIfAbsent(role + "@" + jurisdiction, key -> issuer.issue(
                new DemoUser("matrix-" + role.name().toLowerCase() + "-" + jurisdiction, "矩阵测试", role, jurisdiction.value()))
                .accessToken());
    }

    private long eventsOf(String correlation) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE position(? IN metadata) > 0", Long.class,
                (Object) correlation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
