package app.yibao.atlas.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.yibao.atlas.NodeScript;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Atlas Explorer in a real browser (src/test/explorer-browser): headless Chromium, driven through playwright-core,
 * searches for a place, opens it, reads a citation's quote, changes the date and the language, opens a deep link,
 * compares two places, asks a question and checks eligibility, at desktop and at phone width, with no console error;
 * then times the first render (navigation start to the first withdrawal fact card, 5 cold browser contexts) and
 * takes screenshots into target/explorer-screenshots. Needs Node.js and Chromium (env CHROMIUM_PATH, else
 * /usr/bin/chromium, else chromium on PATH): skipped with a loud reason without them, except on CI (CI=true),
 * where it fails.
 */
@QuarkusTest
public class ExplorerBrowserTest {

    /** The checks explorer.mjs runs (the first-render timing aside). */
    static final int CHECKS = 14;

    /** The screenshots explorer.mjs takes. */
    static final int SCREENSHOTS = 8;

    @TestHTTPResource("/")
    URL page;

    /** Where the screenshots go. */
    Path screenshots() {
        return Path.of("target/explorer-screenshots");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageWorksInARealBrowser() throws Exception {
        Path chromium = chromium();
        NodeScript.Result run = new NodeScript(Path.of("src/test/explorer-browser"),
                Map.of("CHROMIUM_PATH", chromium.toString(), "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
                .run("explorer.mjs", page.toString(), screenshots().toAbsolutePath().toString());
        Map<String, Object> report = new ObjectMapper().readValue(run.report(), Map.class);

        List<Map<String, Object>> failed = (List<Map<String, Object>>) report.get("failed");
        List<String> passed = (List<String>) report.get("passed");
        Map<String, Object> firstRender = (Map<String, Object>) report.get("firstRenderMs");
        System.out.printf("Explorer first render (navigation start to the first withdrawal fact, %s, ms): median %s,"
                + " samples %s%n", getClass().getSimpleName(), firstRender.get("median"), firstRender.get("samples"));
        System.out.println("Explorer screenshots: " + report.get("screenshots"));

        assertTrue(failed.isEmpty(), "failed checks:\n" + failed.stream()
                .map(f -> "- " + f.get("name") + ": " + f.get("error")).collect(Collectors.joining("\n")));
        assertTrue(passed.size() >= CHECKS, "only " + passed.size() + " of " + CHECKS + " checks passed: " + passed);
        assertNotNull(firstRender.get("median"), "no first-render figure: " + firstRender);
        assertEquals(5, ((List<?>) firstRender.get("samples")).size(), "first-render samples: " + firstRender);
        List<String> shots = (List<String>) report.get("screenshots");
        assertEquals(SCREENSHOTS, shots.size(), "screenshots: " + shots);
        for (String shot : shots) {
            assertTrue(Files.size(Path.of(shot)) > 0, "empty screenshot " + shot);
        }
    }

    /** Chromium: env CHROMIUM_PATH, else /usr/bin/chromium, else chromium on PATH; skipped (failed on CI) without it. */
    static Path chromium() {
        String given = System.getenv("CHROMIUM_PATH");
        Optional<Path> found = given != null && !given.isBlank()
                ? Optional.of(Path.of(given)).filter(Files::isExecutable)
                : Stream.concat(Stream.of(Path.of("/usr/bin/chromium")),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "chromium")))
                        .filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String reason = (given != null && !given.isBlank() ? "CHROMIUM_PATH=" + given + " is not an executable"
                    : "Chromium was not found (no CHROMIUM_PATH, no /usr/bin/chromium, no chromium on PATH)")
                    + ": the Explorer browser tests did NOT run (install Debian's chromium; see docs/explorer.md)";
            assertTrue(!"true".equals(System.getenv("CI")), reason);
            System.err.println("SKIPPED: " + reason);
            assumeTrue(false, reason);
        }
        return found.get();
    }
}
