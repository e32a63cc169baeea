package io.askdb.bench.replay;

/** One way of answering the stream's questions, timed by the replay around {@link #ask}. */
interface Contestant extends AutoCloseable {

    /** Its name in the report and the JSON line: askdb, baseline, peer. */
    String name();

    /** The stub tenant its LLM calls go to. */
    default String tenant() {
        return name();
    }

    /** What the configuration is, in one line, for the report. */
    String description();

    Outcome ask(String question);

    @Override
    void close();
}
