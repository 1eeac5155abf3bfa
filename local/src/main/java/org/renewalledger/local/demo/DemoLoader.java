package org.renewalledger.local.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.renewalledger.local.demo.DemoTokenIssuer;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo programme ({@link DemoProgramme}) when the service is started with {@code --demo} (or
 * {@code renewal.demo.enabled=true}): once the service is up, through its own HTTP API, several compounds at
 * a time. Loading again changes nothing: a compound that is already registered is left as it is (its
 * registration answers 409), and money commands carry fixed idempotency keys.
 */
@Component
public class DemoLoader {

    public static final String ENABLED = "renewal.demo.enabled";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final ApplicationArguments arguments;
    private final Environment environment;
    private final ObjectProvider<DemoTokenIssuer> issuer;
    private final Clock clock;
    private final CompletableFuture<DemoReport> loaded = new CompletableFuture<>();

    DemoLoader(ApplicationArguments arguments, Environment environment, ObjectProvider<DemoTokenIssuer> issuer, Clock clock) {
        this.arguments = arguments;
        this.environment = environment;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** What one load did. */
    public record DemoReport(int compoundsLoaded, int compoundsAlreadyThere, long commands, Duration took) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenAsked() {
        if (!arguments.containsOption("demo") && !environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                loaded.complete(load());
            } catch (RuntimeException e) {
                log.error("The demo programme did not load", e);
                loaded.completeExceptionally(e);
            }
        }, "demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Completes when the load started at start-up has finished. */
    public CompletableFuture<DemoReport> loaded() {
        return loaded;
    }

    /** Loads the programme now (idempotent) and reports what it did. */
    public DemoReport load() {
        DemoTokenIssuer tokens = issuer.getIfAvailable();
        if (tokens == null) {
            throw new IllegalStateException("The demo programme needs the local demo token issuer ("
                    + "renewal.security.demo-issuer.enabled=true)");
        }
        Instant started = clock.instant();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        DemoClient client = new DemoClient("http://127.0.0.1:" + port);
        DemoTokens demoTokens = DemoTokens.issue(tokens);
        LocalDate today = ProgrammeTime.today(clock);
        log.info("Loading the demo programme: {} compounds in {} street offices of county {}",
                DemoProgramme.COMPOUNDS.size(), DemoProgramme.STREET_OFFICES.size(), DemoProgramme.COUNTY);

        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "demo-compound");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Boolean>> scripts = new ArrayList<>();
            for (DemoCompound compound : DemoProgramme.COMPOUNDS) {
                scripts.add(workers.submit(() -> new CompoundScript(compound, demoTokens, client, today).run()));
            }
            int loadedNow = 0;
            for (Future<Boolean> script : scripts) {
                loadedNow += script.get() ? 1 : 0;
            }
            // the month's assessment reads the compounds' milestones, so it runs once they are all in
            new AssessmentScript(demoTokens, client, today).run();
            DemoReport report = new DemoReport(loadedNow, scripts.size() - loadedNow, client.commandsSent(),
                    Duration.between(started, clock.instant()));
            log.info("Demo programme: {} compounds loaded, {} already there, {} commands in {} s; dashboard at "
                            + "http://localhost:{}/dashboard", report.compoundsLoaded(), report.compoundsAlreadyThere(),
                    report.commands(), report.took().toSeconds(), port);
            return report;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo", e);
        } finally {
            workers.shutdownNow();
        }
    }
}
