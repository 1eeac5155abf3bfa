package org.renewalledger.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a person sees it, in headless Chromium: {@code src/test/e2e/dashboard.e2e.mjs}
 * (playwright-core driving Debian's {@code /usr/bin/chromium}) opens the page on the demo programme, sends
 * commands through the API and waits for the open page to show the changed figures, drills down from the
 * county to a compound's timeline and audit trail, and switches to English. Screenshots and the script's
 * log are kept in {@code target/e2e-screenshots}.
 */
class DashboardBrowserIT extends DemoProgrammeTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("renewal.e2e.chromium", "/usr/bin/chromium"));
    private static final Path SCRIPT_DIR = Path.of("src", "test", "e2e").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    @Test
    void shouldShowTheProgrammeAndFollowCommandsInTheBrowser() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium package (apt-get install chromium; .ci/run does it)").isExecutable();
        assertThat(SCRIPT_DIR.resolve("node_modules/playwright-core")).as("npm ci in src/test/e2e (the build runs it)")
                .isDirectory();
        Files.createDirectories(SCREENSHOTS);
        Path log = SCREENSHOTS.resolve("dashboard-e2e.log");

        ProcessBuilder script = new ProcessBuilder(List.of("node", "dashboard.e2e.mjs"))
                .directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        script.environment().put("BASE_URL", baseUrl());
        script.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());
        script.environment().put("CHROMIUM", CHROMIUM.toString());
        Process node = script.start();
        boolean finished = node.waitFor(6, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("the browser tests finished in time").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("dashboard: 6 passed, 0 failed");
        for (String shot : List.of("01-county-overview.png", "01b-ranking.png", "02-after-allocation.png", "03-after-registration.png",
                "04-street-office.png", "05-compound-timeline-and-trail.png", "06-english.png")) {
            assertThat(SCREENSHOTS.resolve(shot)).as(shot).isNotEmptyFile();
        }
    }
}
