package io.askdb.bench.llmstub;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gold SQL of every question in a stream, found again inside a prompt. A prompt may carry the
 * question alone (LangChain4j's retriever sends it as the user message), on a {@code Question:}
 * line after the schema (askdb's generation and repair prompts), or somewhere in free text; the
 * last user message that holds a known question decides, so few-shot examples earlier in a prompt
 * do not.
 *
 * <p>Immutable after construction; safe to share between the stub's threads.
 */
public final class AnswerBook {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s?.!;,]+$");
    private static final Pattern QUESTION_LINE = Pattern.compile("(?im)^\\s*(?:user )?question\\s*:\\s*(.+)$");

    private final Map<String, String> sqlByQuestion;
    private final int longest;

    /** @param sqlByQuestion gold SQL by question text as the stream asks it */
    public AnswerBook(Map<String, String> sqlByQuestion) {
        Map<String, String> keyed = new HashMap<>();
        int max = 0;
        for (Map.Entry<String, String> e : sqlByQuestion.entrySet()) {
            String key = key(e.getKey());
            String previous = keyed.putIfAbsent(key, e.getValue());
            if (previous != null && !previous.equals(e.getValue())) {
                throw new IllegalArgumentException("two gold SQL statements for one question: '" + e.getKey() + "'");
            }
            max = Math.max(max, key.length());
        }
        this.sqlByQuestion = Map.copyOf(keyed);
        this.longest = max;
    }

    public int size() {
        return sqlByQuestion.size();
    }

    /** The gold SQL for the question these user messages ask, newest message first. */
    public Optional<String> answer(List<String> userMessages) {
        for (int i = userMessages.size() - 1; i >= 0; i--) {
            Optional<String> found = find(userMessages.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> find(String message) {
        // A prompt longer than any question cannot be one: skip normalizing all of it.
        String whole = visibleLength(message, longest) > longest ? null : sqlByQuestion.get(key(message));
        if (whole != null) {
            return Optional.of(whole);
        }
        var lines = QUESTION_LINE.matcher(message);
        String lastQuestion = null;
        while (lines.find()) {
            lastQuestion = lines.group(1);
        }
        if (lastQuestion != null) {
            String byLine = sqlByQuestion.get(key(lastQuestion));
            if (byLine != null) {
                return Optional.of(byLine);
            }
        }
        return scan(message);
    }

    /** Slow path for prompt shapes not foreseen: the longest known question contained in the message. */
    private Optional<String> scan(String message) {
        String text = SPACES.matcher(message.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String best = null;
        for (String question : sqlByQuestion.keySet()) {
            if (question.length() <= text.length() && (best == null || question.length() > best.length())
                    && text.contains(question)) {
                best = question;
                if (best.length() == longest) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best).map(sqlByQuestion::get);
    }

    /**
     * Characters other than blanks before the closing punctuation, a lower bound of the length of
     * the text's key; counted only up to {@code bound}, which is all the caller needs to know.
     */
    private static int visibleLength(String text, int bound) {
        int end = text.length();
        while (end > 0 && (blank(text.charAt(end - 1)) || "?.!;,".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        int n = 0;
        for (int i = 0; i < end && n <= bound; i++) {
            n += blank(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    /** Lower case, single spaces, no closing punctuation: how a question is looked up. */
    static String key(String text) {
        String q = SPACES.matcher(text.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
        return TRAILING.matcher(q).replaceAll("");
    }
}
