package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.app.mcp.McpServers;
import io.askdb.config.AskDbConfig;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code askdb mcp}: the MCP server over stdio, for desktop agents that start askdb themselves.
 * Standard output carries the protocol and nothing else: everything that would print there (logs,
 * a library's banner) goes to standard error. Ends when the agent closes standard input.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Speak the Model Context Protocol over stdin/stdout (tools: ask, schema, explain_sql,"
                + " databases, cache_stats; each database's schema as a resource).",
        footer = {
            "",
            "A desktop agent's configuration, e.g.:",
            "  {\"mcpServers\": {\"askdb\": {\"command\": \"java\",",
            "    \"args\": [\"-jar\", \"/path/to/askdb.jar\", \"mcp\"],",
            "    \"env\": {\"DATABASE_URL\": \"jdbc:postgresql://localhost/sales\"}}}}",
            "The environment variables are those of 'askdb serve'; logs go to standard error."
        })
final class McpCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file naming the databases to offer (default: ASKDB_DATABASES_FILE).")
    Path databasesFile;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err); // nothing but JSON-RPC may reach the agent on stdout
        AskDbConfig config = database.apply(AskDbConfig.fromEnvironment(databasesFile == null
                ? Map.of() : Map.of("ASKDB_DATABASES_FILE", databasesFile.toString())));
        AskDb.Builder builder = AskDb.builder().config(config);
        config.server().databases().forEach(builder::database);
        CountDownLatch inputClosed = new CountDownLatch(1);
        try (AskDb askdb = builder.build()) {
            McpSyncServer server = McpServers.stdio(askdb, new EndAware(System.in, inputClosed), protocol);
            inputClosed.await();
            server.closeGracefully();
        }
        return 0;
    }

    /** Counts the latch down when the agent closes its end of standard input. */
    private static final class EndAware extends FilterInputStream {
        private final CountDownLatch closed;

        EndAware(InputStream in, CountDownLatch closed) {
            super(in);
            this.closed = closed;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return ended(super.read(b, off, len));
        }

        private int ended(int n) {
            if (n < 0) {
                closed.countDown();
            }
            return n;
        }
    }
}
