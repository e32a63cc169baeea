package io.askdb.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code askdb mcp} as a desktop agent starts it: the built {@code askdb.jar} in its own process,
 * spoken to over its stdin and stdout by the SDK's own client, on the embedded SalesLT sample.
 */
class McpStdioIT {

    private static final Path JAR = Path.of("target", "askdb.jar");
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @Test
    void should_list_the_tools_answer_a_question_and_refuse_a_hostile_sql_over_stdio() {
        assertThat(JAR).exists();
        ServerParameters params = ServerParameters.builder(JAVA)
                .args("-Xmx512m", "-jar", JAR.toString(), "mcp")
                .addEnvVar("LLM_PROVIDER", "none")
                .build();
        StdioClientTransport transport = new StdioClientTransport(params, new JacksonMcpJsonMapper(Json.MAPPER.copy()));
        McpSyncClient client = McpClient.sync(transport)
                .initializationTimeout(Duration.ofSeconds(180)) // a cold JVM on a busy machine loads the sample slowly
                .requestTimeout(Duration.ofSeconds(90))
                .build();
        try {
            McpSchema.InitializeResult init = client.initialize();
            List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            CallToolResult answer = client.callTool(call("ask", Map.of("question", "How many customers are there?")));
            CallToolResult hostile = client.callTool(call("explain_sql", Map.of("sql", "UPDATE SalesLT.Customer SET FirstName = 'x'")));
            McpSchema.ReadResourceResult schema = client.readResource(
                    McpSchema.ReadResourceRequest.builder("askdb://schema/default").build());

            assertThat(init.serverInfo().name()).isEqualTo("askdb");
            assertThat(tools).contains("ask", "schema", "explain_sql", "databases", "cache_stats");
            assertThat(answer.isError()).isFalse();
            assertThat(structured(answer).get("rows")).isEqualTo(List.of(List.of(847)));
            assertThat(structured(answer).get("sql")).asString().containsIgnoringCase("SalesLT.Customer");
            assertThat(hostile.isError()).isTrue();
            assertThat(structured(hostile)).containsEntry("refused", true);
            assertThat(structured(hostile).get("error")).asString().contains("SQL_REJECTED");
            String schemaJson = ((McpSchema.TextResourceContents) schema.contents().get(0)).text();
            assertThat(schemaJson).contains("\"Customer\"").doesNotContain("PasswordHash");
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void should_write_nothing_but_protocol_on_stdout_and_exit_when_stdin_closes() throws Exception {
        Path err = Files.createTempFile("askdb-mcp", ".err");
        Process process = new ProcessBuilder(JAVA, "-Xmx512m", "-jar", JAR.toString(), "mcp")
                .redirectError(err.toFile())
                .start();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"databases\",\"arguments\":{}}}\n");
            in.flush();
            List<String> lines = readLines(process, 2);
            in.close(); // the agent goes away

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits after stdin closes").isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                JsonNode message = Json.MAPPER.readTree(line);
                assertThat(message.get("jsonrpc").asText()).isEqualTo("2.0");
            }
            assertThat(lines.get(1)).contains("\\\"databases\\\":[\\\"default\\\"]");
            assertThat(Files.readString(err)).as("logs go to stderr").contains("INFO");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    @Test
    void should_end_cleanly_on_sigterm_while_the_cache_loads_the_sentence_model() throws Exception {
        Path dir = Files.createTempDirectory("askdb-mcp-term"); // the JVM writes a crash report (hs_err) here
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "mcp")
                .directory(dir.toFile())
                .redirectError(err.toFile());
        builder.environment().put("LLM_PROVIDER", "none");
        Process process = builder.start();
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
            in.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\","
                    + "\"arguments\":{\"question\":\"How many customers are there?\"}}}\n");
            in.flush();
            List<String> lines = readLines(process, 2);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains("847");

            process.destroy(); // SIGTERM, as an agent ends its server; the cache is loading the model now
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ends on SIGTERM").isTrue();
            assertThat(process.exitValue()).as("the JVM's status for SIGTERM, not a crash").isEqualTo(143);
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("hs_err"));
            }
            assertThat(Files.readString(err)).contains("SIGTERM: ending after");
        } finally {
            process.destroyForcibly();
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<String> readLines(Process process, int count) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        while (lines.size() < count) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private static CallToolRequest call(String tool, Map<String, Object> arguments) {
        return CallToolRequest.builder(tool).arguments(arguments).build();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }
}
