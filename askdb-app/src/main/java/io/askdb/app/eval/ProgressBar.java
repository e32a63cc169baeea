package io.askdb.app.eval;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal stream, redrawn at most every 1% of the work. */
final class ProgressBar {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final int total;
    private int lastDrawn = -1;

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = Math.max(1, total);
    }

    void update(int done, String label) {
        int percent = (int) (100L * done / total);
        if (percent == lastDrawn && done != total) {
            return;
        }
        lastDrawn = percent;
        int filled = WIDTH * percent / 100;
        out.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d %-24.24s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                percent, done, total, label);
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
