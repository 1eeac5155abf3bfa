package org.renewalledger.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What every workload shares: the service over HTTP, its database for the baselines, the dataset and the size, and
 * the account of what each measured stretch cost the machine.
 */
record Run(Http http, String jdbcUrl, Province province, BenchmarkSize size, long seed, Resources resources) {

    /** 32 clients on the command path, 64 on the dashboards: the concurrency. */
    static final int COMMAND_CLIENTS = 32;
    static final int QUERY_CLIENTS = 64;

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static final long STARTED = System.nanoTime();

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[bench %6.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
        System.out.flush();
    }
}
