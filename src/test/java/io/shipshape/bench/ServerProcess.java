package io.shipshape.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server jar started by the harness on its own database: waits for readiness (the startup time is from
 * process start to the first ready answer) and samples the process's resident memory (VmRSS) every 100 ms, so
 * the peak during each scenario can be reported.
 */
final class ServerProcess implements AutoCloseable {

    static final String KEY = "ss_bench_bootstrap_admin_key_000";
    static final String ADMIN_PASSWORD = "bench-admin-password";

    private final Process process;
    private final int port;
    private final double startupSeconds;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peakKb = new AtomicLong();

    private ServerProcess(Process process, int port, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.startupSeconds = startupSeconds;
        sampler.scheduleAtFixedRate(() -> peakKb.accumulateAndGet(rssKb(), Math::max), 0, 100, TimeUnit.MILLISECONDS);
    }

    static ServerProcess start(Options o, String jdbcUrl, String dbUser, String dbPassword, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(o.jar)) {
            throw new IllegalStateException(o.jar + " is missing: build it with mvn -DskipTests package");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(o.jvmOptions);
        cmd.addAll(List.of("-jar", o.jar.toString(), "--server.port=" + port,
                "--shipshape.data-dir=" + o.out.resolve("server-data")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", dbUser);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", dbPassword);
        pb.environment().put("SHIPSHAPE_BOOTSTRAP_API_KEY", KEY);
        pb.environment().put("SHIPSHAPE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        long t0 = System.nanoTime();
        Process process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited (" + process.exitValue() + ") before it was ready;"
                        + " see " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(3)) {
                process.destroyForcibly();
                throw new IllegalStateException("the server was not ready within 3 minutes; see " + log);
            }
            Thread.sleep(50);
        }
        return new ServerProcess(process, port, (System.nanoTime() - t0) / 1e9);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    long pid() {
        return process.pid();
    }

    long rssMb() {
        return rssKb() / 1024;
    }

    /** The highest RSS seen since the last call (and starts the next interval at the current value). */
    long takePeakMb() {
        return peakKb.getAndSet(rssKb()) / 1024;
    }

    @Override
    public void close() throws InterruptedException {
        sampler.shutdownNow();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // not Linux, or the process ended
        }
        return 0;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
