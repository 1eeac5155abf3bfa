package org.renewalledger.infra.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.renewalledger.query.DashboardChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one connection that {@code LISTEN}s on the dashboard channel and hands each notification to the query side's
 * {@link DashboardChanges}, so the live streams of this replica learn of what any replica projected, within the
 * time PostgreSQL takes to deliver a commit's notifications (milliseconds). Runs only in a process with a query
 * side. A lost connection is reopened after a second; notifications sent meanwhile are not replayed, and the
 * streams then catch up at the next change (every update re-reads the whole dashboard).
 */
@Component
class DashboardChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DashboardChangeListener.class);

    private final DataSource dataSource;
    private final ObjectProvider<DashboardChanges> changes;
    private volatile boolean running;
    private Thread thread;

    DashboardChangeListener(DataSource dataSource, ObjectProvider<DashboardChanges> changes) {
        this.dataSource = dataSource;
        this.changes = changes;
    }

    @Override
    public void start() {
        DashboardChanges target = changes.getIfAvailable();
        if (target == null) {
            return; // a command-only process: no live streams to feed
        }
        running = true;
        thread = new Thread(() -> listen(target), "dashboard-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen(DashboardChanges target) {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + DashboardChanges.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(target, notification.getParameter());
                        }
                    }
                }
            } catch (SQLException lost) {
                if (running) {
                    log.warn("Listening for dashboard changes failed ({}); listening again in a second", lost.getMessage());
                    pause();
                }
            }
        }
    }

    private static void deliver(DashboardChanges target, String payload) {
        try {
            target.deliver(payload);
        } catch (RuntimeException failed) {
            log.warn("A dashboard change could not be delivered: {}", payload, failed);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
