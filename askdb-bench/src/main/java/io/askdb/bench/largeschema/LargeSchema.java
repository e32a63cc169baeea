package io.askdb.bench.largeschema;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;

/** Entry point of {@code askdb-bench large-schema}: runs the benchmark and prints its figures. */
public final class LargeSchema {

    private LargeSchema() {}

    public static void run(Path spider, Path merged, int every, int limit, Path details, int dbEvery, int dbOffset,
            PrintStream out, PrintStream progress) throws IOException, SQLException {
        new LargeSchemaRun(new LargeSchemaRun.Options(spider, merged, every, limit, details, dbEvery, dbOffset), progress)
                .run().print(out);
    }
}
