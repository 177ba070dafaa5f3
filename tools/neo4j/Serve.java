// Serve starts the embedded Neo4j Community server that contra's tests and
// CI use: a complete Neo4j 5 with Bolt, on a fresh directory, reachable only
// from this machine. tools/neo4j/serve compiles and runs it; see that script.
//
// Usage: java -cp CLASSPATH Serve.java HOME [PORT]
//
// The password of the user neo4j comes from the environment (NEO4J_PASSWORD),
// never from the command line, so it does not show in the process list. Once
// the default database is available it prints one line,
// "ready bolt://127.0.0.1:PORT", and it shuts down cleanly on SIGTERM.

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Serve {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: Serve HOME [PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 0;
        if (port == 0) {
            port = freePort();
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            // Neo4j refuses passwords shorter than 8 characters.
            System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }

        SocketAddress bolt = new SocketAddress(HOST, port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                // The routing table a neo4j:// driver asks for lists the
                // advertised address: it must be the one clients can reach.
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM runs shutdown hooks on SIGTERM and SIGINT: close the
        // databases (a clean checkpoint) before exiting.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Embedded transactions run with full rights: set the password the
        // clients use, replacing the default one that must be changed.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));

        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
            System.err.println("the default database did not become available");
            System.exit(1);
        }
        System.out.println("ready bolt://" + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }

    // freePort asks the kernel for a port nobody listens on. Another process
    // could take it before Neo4j binds it; the server then fails to start and
    // says so, which serve reports.
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }
}
