package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * One {@code askdb chat} session on a terminal: each line is a question of the same conversation,
 * answered and printed as {@code ask} prints it, with the follow-up's full reading shown first.
 * Lines starting with {@code :} are commands. Confined to the thread that runs it.
 */
final class ChatSession {

    static final String PROMPT = "askdb> ";

    private final AskDb askdb;
    private final RequestOptions options;
    private final Path historyFile;
    private String conversationId = newId();
    private boolean dryFirst;
    private String lastDry;

    /** @param dryFirst true starts with "show the SQL first" on ({@code chat --dry-run}) */
    ChatSession(AskDb askdb, RequestOptions options, boolean dryFirst, Path historyFile) {
        this.askdb = askdb;
        this.options = options;
        this.historyFile = historyFile;
        this.dryFirst = dryFirst;
    }

    void run(Terminal terminal) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("askdb");
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        PrintWriter out = terminal.writer();
        out.println("askdb chat: ask a question; follow-ups are read against the previous one."
                + " :new, :dry, :run, :quit");
        out.flush();
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith(":") || text.equals("exit") || text.equals("quit")) {
                if (!command(text, out)) {
                    break;
                }
            } else {
                try {
                    answer(text, dryFirst, out);
                } catch (RuntimeException e) {
                    // One bad answer must not end the session.
                    out.println("askdb: " + e);
                }
            }
            out.flush();
        }
        out.flush();
    }

    /** Runs a command; false to leave. */
    private boolean command(String text, PrintWriter out) {
        switch (text) {
            case ":quit", ":q", ":exit", "exit", "quit" -> {
                return false;
            }
            case ":new" -> {
                conversationId = newId();
                lastDry = null;
                out.println("(new conversation)");
            }
            case ":dry" -> {
                dryFirst = !dryFirst;
                out.println(dryFirst ? "(show SQL first: on; :run runs what was shown)" : "(show SQL first: off)");
            }
            case ":run" -> {
                if (lastDry == null) {
                    out.println("(nothing to run: ask a question with :dry on first)");
                } else {
                    String question = lastDry;
                    lastDry = null;
                    answer(question, false, out);
                }
            }
            default -> out.println("(unknown command " + text + "; :new, :dry, :run, :quit)");
        }
        return true;
    }

    private void answer(String question, boolean dry, PrintWriter out) {
        QueryRequest request = QueryRequest.of(question).withOffline(options.offline).withNoCache(options.noCache)
                .withDryRun(dry).withConversationId(conversationId);
        QueryResponse response = askdb.ask(request);
        if (response.resolvedQuestion() != null && !response.resolvedQuestion().equals(question)) {
            out.println("(read as: " + response.resolvedQuestion() + ")");
        }
        out.print(ResponsePrinter.render(response));
        if (response.dryRun()) {
            // The run that follows must be read against the same turn, so the question is kept as typed.
            lastDry = question;
            out.println("(:run to run it)");
        }
    }

    private static String newId() {
        return "chat-" + UUID.randomUUID();
    }
}
