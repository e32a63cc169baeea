package io.askdb.config;

/**
 * How the tiers decide.
 *
 * @param fastPathConfidence the fast path answers only at or above this; above 1 turns it off
 * @param complexityThreshold the complexity score from which a question counts as complex
 * @param maxQuestionLength longer questions are refused before any work
 * @param maxCorrectionAttempts how many times the orchestration may send a failed SQL back to the model
 * @param ensemble when both models answer and their results are compared: never (unless a request
 *     asks), for complex questions, or always
 * @param knowledgeFile a JSON file of example questions and notes per database, loaded at start-up
 * @param requestTimeout the longest a question may take in all ({@code ASKDB_REQUEST_TIMEOUT}): every
 *     wait on its behalf (a turn in the server's queue, a connection, a statement, each model call)
 *     is cut to what is left of it
 */
public record PipelineSettings(
        double fastPathConfidence,
        double complexityThreshold,
        int maxQuestionLength,
        int maxCorrectionAttempts,
        Ensemble ensemble,
        java.util.Optional<String> knowledgeFile,
        java.time.Duration requestTimeout) {

    /** The values of {@code ASKDB_ENSEMBLE}. */
    public enum Ensemble {
        OFF,
        COMPLEX,
        ALWAYS;

        static Ensemble parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ASKDB_ENSEMBLE must be off, complex or always; was '" + value + "'", e);
            }
        }
    }

    public static final double DEFAULT_FAST_PATH_CONFIDENCE = 0.85;
    public static final double DEFAULT_COMPLEXITY_THRESHOLD = 1.5;
    public static final int DEFAULT_MAX_QUESTION_LENGTH = 2000;
    public static final int DEFAULT_MAX_CORRECTION_ATTEMPTS = 3;
    /** Long enough for a reasoning model's call (90 s) and the steps around it. */
    public static final long DEFAULT_REQUEST_TIMEOUT_SECONDS = 120;

    public PipelineSettings {
        if (fastPathConfidence < 0) {
            throw new IllegalArgumentException("FAST_PATH_CONFIDENCE must be >= 0, was " + fastPathConfidence);
        }
        if (maxQuestionLength < 1) {
            throw new IllegalArgumentException("ASKDB_MAX_QUESTION_LENGTH must be >= 1, was " + maxQuestionLength);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("ASKDB_REQUEST_TIMEOUT must be >= 1 second, was " + requestTimeout.toSeconds());
        }
    }

    static PipelineSettings from(EnvReader env) {
        return new PipelineSettings(
                env.decimal("FAST_PATH_CONFIDENCE", DEFAULT_FAST_PATH_CONFIDENCE, 0),
                env.decimal("COMPLEXITY_THRESHOLD", DEFAULT_COMPLEXITY_THRESHOLD, 0),
                env.integer("ASKDB_MAX_QUESTION_LENGTH", DEFAULT_MAX_QUESTION_LENGTH, 1),
                env.integer("ASKDB_MAX_CORRECTION_ATTEMPTS", DEFAULT_MAX_CORRECTION_ATTEMPTS, 0),
                env.string("ASKDB_ENSEMBLE").map(Ensemble::parse).orElse(Ensemble.OFF),
                env.string("ASKDB_KNOWLEDGE_FILE"),
                env.seconds("ASKDB_REQUEST_TIMEOUT", DEFAULT_REQUEST_TIMEOUT_SECONDS));
    }

    /** Whether the fast path may answer at all. */
    public boolean fastPathEnabled() {
        return fastPathConfidence <= 1.0;
    }
}
