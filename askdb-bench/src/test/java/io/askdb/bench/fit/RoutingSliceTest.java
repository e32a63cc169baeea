package io.askdb.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every 10th Spider train question (about 700, with their reworded twins) read for routing, the
 * difficulty estimate refitted in five folds split by database as {@code routing} fits it, and the
 * share of each hardness routed to the complex model on the databases each fit did not see: at
 * least 75 % of hard and extra-hard questions to the complex model and at least 90 % of easy ones
 * on the default model, in the original and in the reworded wording. Fails without the shared data
 * when ASKDB_REQUIRE_SERVICES=1. The full run is {@link RoutingCommand} ({@code routing}).
 */
class RoutingSliceTest {

    @Test
    void should_route_hard_questions_to_the_complex_model_and_keep_easy_ones_on_databases_the_fit_did_not_see()
            throws Exception {
        Path spider = SharedData.require("spider").toAbsolutePath();
        SharedData.require("spider/train.jsonl");
        Path reworded = SharedData.require("spider-syn/train.jsonl").toAbsolutePath();
        List<RoutingRows.Row> rows = RoutingRows.read(spider, reworded, id -> id % 10 == 0, 1, 2);

        double[] heldOut = RoutingCalibration.heldOutScores(rows, RoutingCalibration.Settings.DEFAULT);

        for (boolean rewordedRows : new boolean[] {false, true}) {
            int[] easy = RoutingCommand.share(rows, heldOut, rewordedRows, r -> r.hardness().equals("easy"));
            int[] hard = RoutingCommand.share(rows, heldOut, rewordedRows, RoutingRows.Row::hard);
            String wording = rewordedRows ? "reworded" : "original";
            System.out.printf(Locale.ROOT, "%s wording, held out: easy kept %d of %d, hard+extra routed %d of %d%n",
                    wording, easy[1] - easy[0], easy[1], hard[0], hard[1]);
            assertThat(easy[1]).as("easy questions read, " + wording).isGreaterThan(100);
            assertThat(hard[1]).as("hard and extra questions read, " + wording).isGreaterThan(150);
            assertThat(1 - (double) easy[0] / easy[1]).as("easy kept on the default model, " + wording)
                    .isGreaterThanOrEqualTo(0.90);
            assertThat((double) hard[0] / hard[1]).as("hard and extra to the complex model, " + wording)
                    .isGreaterThanOrEqualTo(0.75);
        }
    }
}
