package io.askdb.app.cli;

import io.askdb.config.AskDbConfig;
import io.askdb.app.eval.Evaluation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code askdb eval}: batch evaluation over a JSONL file of questions and SQLite databases. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Answer every question of a JSONL file on its SQLite database; score against gold SQL.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl",
            description = "One JSON object per line with id, db_id, question (gold or query for scoring).")
    Path input;

    @Option(names = "--db-dir", required = true, paramLabel = "DIR",
            description = "Folder of DIR/<db_id>.sqlite or DIR/<db_id>/<db_id>.sqlite files.")
    Path dbDir;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "Write the result lines here (default: stdout).")
    Path out;

    @Mixin
    RequestOptions request = new RequestOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return Evaluation.run(AskDbConfig.fromEnvironment(), input, dbDir, out, request.offline, request.noCache,
                spec.commandLine().getOut(), System.err);
    }
}
