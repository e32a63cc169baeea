package io.askdb.bench;

import io.askdb.bench.largeschema.LargeSchema;
import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "large-schema", mixinStandardHelpOptions = true,
        description = "Merges every Spider train table into one SQLite database (<db>__<table>), asks askdb the train "
                + "questions with a stub model that answers each with its gold SQL, and reports answers right, LLM "
                + "calls per question, gold tables in the prompt and prompt tokens.")
final class LargeSchemaCommand implements Callable<Integer> {

    private static final String ASKDB_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.askdb";

    @Option(names = "--spider", description = "the Spider folder with train.jsonl and db/ (../shared/data/spider)")
    Path spider;

    @Option(names = "--merged", defaultValue = "target/large-schema/spider-train-merged.sqlite",
            description = "where the merged database is written (${DEFAULT-VALUE})")
    Path merged;

    @Option(names = "--every", defaultValue = "1", description = "ask every n-th question only (${DEFAULT-VALUE})")
    int every;

    @Option(names = "--limit", defaultValue = "0", description = "stop after this many questions (0: all)")
    int limit;

    @Option(names = "--db-every", defaultValue = "1",
            description = "ask the questions of every n-th database only, in name order (${DEFAULT-VALUE}: all)")
    int dbEvery;

    @Option(names = "--db-offset", defaultValue = "0",
            description = "with --db-every n: which of the n folds, 0 to n-1 (${DEFAULT-VALUE})")
    int dbOffset;

    @Option(names = "--details", description = "write one JSON line per question to this file")
    Path details;

    @Override
    public Integer call() throws Exception {
        if (System.getProperty(ASKDB_LOG_LEVEL) == null) {
            System.setProperty(ASKDB_LOG_LEVEL, "warn");
        }
        Path data = spider != null ? spider : SharedData.find("spider").orElseThrow(() ->
                new IllegalArgumentException("no Spider data: pass --spider (a folder with train.jsonl and db/)"));
        if (every < 1) {
            throw new IllegalArgumentException("--every must be >= 1, was " + every);
        }
        if (dbEvery < 1 || dbOffset < 0 || dbOffset >= dbEvery) {
            throw new IllegalArgumentException("--db-offset must be in 0.." + (dbEvery - 1) + " for --db-every "
                    + dbEvery + ", was " + dbOffset);
        }
        LargeSchema.run(data, merged, every, limit, details, dbEvery, dbOffset, System.out, System.err);
        return 0;
    }
}
