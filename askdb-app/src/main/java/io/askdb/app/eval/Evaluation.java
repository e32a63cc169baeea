package io.askdb.app.eval;

import io.askdb.config.AskDbConfig;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Entry point of {@code askdb eval}: result lines to a file or stdout, the summary after them. */
public final class Evaluation {

    private Evaluation() {}

    /** @return the process exit code: 0 when the run completed */
    public static int run(AskDbConfig config, Path input, Path dbDir, Path out, boolean offline, boolean noCache,
            PrintWriter console, PrintStream progress) throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("--input " + input + " is not a file");
        }
        if (!Files.isDirectory(dbDir)) {
            throw new IllegalArgumentException("--db-dir " + dbDir + " is not a folder");
        }
        EvalRunner runner = new EvalRunner(config, dbDir, offline, noCache, progress);
        EvalReport report;
        if (out != null) {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                report = runner.run(input, writer);
            }
        } else {
            Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            report = runner.run(input, writer);
        }
        PrintWriter summary = out != null ? console : new PrintWriter(progress, true);
        report.print(summary);
        summary.flush();
        return 0;
    }
}
