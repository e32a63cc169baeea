package io.askdb.bench.workload;

/** How hard a question is, with the design's share of each in a day's questions: 70/20/10. */
public enum Hardness {
    SIMPLE(0.70),
    MEDIUM(0.20),
    COMPLEX(0.10);

    private final double share;

    Hardness(double share) {
        this.share = share;
    }

    public double share() {
        return share;
    }
}
