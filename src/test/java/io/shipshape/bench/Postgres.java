package io.shipshape.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL server the benchmark uses: creating and dropping its databases, JDBC connections, migrating a
 * scratch database exactly as the server does (Flyway, same locations), and running psql and pgbench.
 */
final class Postgres {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    Postgres(Options o) {
        this.host = o.pgHost;
        this.port = o.pgPort;
        this.user = o.pgUser;
        this.password = System.getenv().getOrDefault("PGPASSWORD", "");
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db + "?reWriteBatchedInserts=true";
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(db), user, password);
    }

    void create(String db) throws SQLException {
        admin("CREATE DATABASE " + db);
    }

    void drop(String db) {
        try {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop database " + db + ": " + e.getMessage());
        }
    }

    /** Applies the server's migrations (common + postgresql) to an empty database. */
    void migrate(String db) {
        Flyway.configure().dataSource(jdbcUrl(db), user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
    }

    /** "PostgreSQL 15.2 (synchronous_commit=on, shared_buffers=128MB, max_connections=100)". */
    String describe() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            List<String> parts = new ArrayList<>();
            for (String setting : List.of("synchronous_commit", "shared_buffers", "max_connections")) {
                try (var rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    parts.add(setting + "=" + rs.getString(1));
                }
            }
            return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + " (" + String.join(", ", parts) + ")";
        } catch (SQLException e) {
            return "PostgreSQL (unreachable: " + e.getMessage() + ")";
        }
    }

    /** Runs a psql script file with {@code -v name=value} variables; fails on the first error. */
    void psql(String db, Path file, Map<String, String> vars, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host, "-p",
                String.valueOf(port), "-U", user, "-d", db, "-f", file.toString()));
        vars.forEach((k, v) -> cmd.addAll(List.of("-v", k + "=" + v)));
        run(cmd, log);
    }

    /** Runs pgbench against {@code db} with the given arguments; answers its standard output. */
    String pgbench(String db, List<String> args, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("pgbench", "-h", host, "-p", String.valueOf(port), "-U", user));
        cmd.addAll(args);
        cmd.add(db);
        run(cmd, log);
        return java.nio.file.Files.readString(log);
    }

    private void run(List<String> cmd, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (!password.isEmpty()) {
            pb.environment().put("PGPASSWORD", password);
        }
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(cmd.get(0) + " failed (exit " + exit + "), see " + log + ":\n"
                    + java.nio.file.Files.readString(log));
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
