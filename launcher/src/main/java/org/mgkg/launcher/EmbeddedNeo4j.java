package org.mgkg.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded, with only the Bolt connector open on loopback.
 *
 * Arguments: --data DIR --port N [--pagecache-mb N] [--plugins DIR] [--parent-pid N] [--exit-on-stdin-eof]
 * Prints exactly one line "BOLT_READY bolt://127.0.0.1:N" on stdout once Bolt accepts
 * connections; the TypeScript side waits for that line. Stops cleanly on SIGTERM/SIGINT
 * (the JVM runs the shutdown hook, which closes the store before exiting).
 *
 * It must not outlive the process that started it (a server killed with kill -9 cannot stop
 * it): with --exit-on-stdin-eof it stops when its stdin pipe closes, which the kernel does the
 * moment the parent dies; with --parent-pid it also checks every half second that the parent
 * still lives, in case the pipe was inherited by someone else.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 7687;
        long pageCacheMb = 128;
        Path plugins = null;
        long parentPid = -1;
        boolean exitOnStdinEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--plugins" -> plugins = Path.of(args[++i]);
                case "--parent-pid" -> parentPid = Long.parseLong(args[++i]);
                case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            System.err.println("missing --data DIR");
            System.exit(2);
        }
        Files.createDirectories(data);
        watchParent(parentPid, exitOnStdinEof);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5));
        if (plugins != null && Files.isDirectory(plugins)) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath())
                   .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"));
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j-launcher: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // build() returns once the default database is started and connectors are bound.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("BOLT_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** Exits (running the shutdown hook, so the store closes cleanly) once the parent is gone. */
    private static void watchParent(long parentPid, boolean exitOnStdinEof) {
        if (exitOnStdinEof) {
            daemon("neo4j-stdin-watch", () -> {
                try {
                    while (System.in.read() != -1) {
                        // Nothing is ever sent; reading only waits for end-of-file.
                    }
                } catch (java.io.IOException e) {
                    // A broken pipe means the same as end-of-file.
                }
                exitBecause("stdin closed: the process that started this Neo4j is gone");
            });
        }
        if (parentPid > 0) {
            long pid = parentPid;
            daemon("neo4j-parent-watch", () -> {
                while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                exitBecause("parent process " + pid + " is gone");
            });
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void exitBecause(String reason) {
        System.err.println("neo4j-launcher: " + reason + "; stopping");
        System.exit(0);
    }
}
