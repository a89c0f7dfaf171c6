package io.shipshape.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness at tiny scale against the test server (H2 by default, PostgreSQL in .ci/run): seeds
 * through the API, runs every scenario for a moment, and checks only correctness, never a time.
 */
@ShipshapeServerTest
class HarnessSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void harnessCapturesSellsTheFlashStockExactlyAndFindsNothingOversold() throws Exception {
        Path out = Path.of("target/bench-smoke");
        Options options = Options.parse("--url", "http://127.0.0.1:" + port, "--key", ApiClient.ADMIN_KEY,
                "--admin-password", "test-admin-password", "--skus", "20", "--clients", "4", "--hot-clients", "4",
                "--readers", "2", "--server-warmup", "0", "--warmup", "0.3", "--duration", "1",
                "--flash-stock", "10", "--list-runs", "2", "--no-baseline", "--out", out.toString());

        Results results = Harness.run(options);

        assertThat(results.scenarios()).extracting(Results.Scenario::name)
                .containsExactly("uniform", "hot", "flash", "mixed");
        assertThat(results.scenarios()).filteredOn(s -> !s.name().equals("flash"))
                .allSatisfy(s -> assertThat(s.orders()).isPositive());
        Results.Scenario flash = results.scenarios().get(2);
        assertThat(flash.orders()).isEqualTo(10);
        assertThat(flash.outcomes()).containsOnlyKeys("ok", "insufficient-stock");
        assertThat(results.scenarios().get(3).reads()).containsKeys("list", "search", "read");
        assertThat(results.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.ok()).as(c.name() + ": " + c.detail())
                .isTrue());
        assertThat(results.ok()).isTrue();
        assertThat(results.orderList().queries()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.error()).as(q.name()).isNull());
        assertThat(Files.readString(out.resolve("results.json"))).contains("\"scenarios\"", "\"flash\"");
        assertThat(Files.readString(out.resolve("results.md"))).contains("| uniform |", "| flash |", "Checks:");
    }
}
