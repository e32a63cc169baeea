package io.askdb.pipeline;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses questions no tier should work on: empty, too long, unreadable, or asking to change data.
 * askdb only reads; a request to drop or delete gets a plain refusal before any tier runs.
 */
final class QuestionScreen {

    private static final Pattern WRITE_INTENT = Pattern.compile(
            "\\b(drop|truncate|alter|create)\\s+(the\\s+|a\\s+|all\\s+)?([\\w.]+\\s+)?(table|database|schema|view|index|column|user)s?\\b"
                    + "|\\bdelete\\s+(all\\s+|the\\s+|every\\s+)?(from\\b|rows?\\b|records?\\b|entries\\b|data\\b|\\w+s\\b)"
                    + "|\\binsert\\s+(into|a|new)\\b|\\bupdate\\s+[\\w.\\[\\]\"`]+\\s+set\\b|\\bgrant\\s+(select|insert|update|delete|all|usage|execute|connect|references|trigger)\\b"
                    + "|\\bgrant\\s+(\\w+\\s+){0,2}(privileges?|permissions?|access|rights|roles?)\\b|\\bshutdown\\b"
                    // "employees who don't destroy any document" describes the data: a verb after a negation or
                    // a relative pronoun is not a request.
                    + "|(?<!(?:\\bnot|n't|\\bnever|\\bwho|\\bthat|\\bwhich)\\s)\\b(wipe|erase|destroy)\\s+(the\\s+|all\\s+)?\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u200B-\\u200F\\u2028-\\u202E\\uFEFF]");

    private final int maxLength;

    QuestionScreen(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Returns the question with white space tidied, or throws an INVALID_QUESTION error. */
    String screen(String question) {
        if (question == null || question.isBlank()) {
            throw invalid("the question is empty; ask something like \"How many customers are there?\"");
        }
        if (question.length() > maxLength) {
            throw invalid("the question is " + question.length() + " characters long; the limit is " + maxLength);
        }
        if (question.indexOf('\uFFFD') >= 0) {
            throw invalid("the question contains characters that are not valid text (bad encoding)");
        }
        String cleaned = SPACES.matcher(CONTROL.matcher(question).replaceAll(" ")).replaceAll(" ").trim();
        if (cleaned.isEmpty()) {
            throw invalid("the question has no readable text");
        }
        if (WRITE_INTENT.matcher(cleaned.toLowerCase(Locale.ROOT)).find()) {
            throw invalid("askdb only reads data: it will not change, delete or drop anything. "
                    + "Ask a question about the data instead.");
        }
        return cleaned;
    }

    private static AskDbException invalid(String message) {
        return new AskDbException(ErrorCode.INVALID_QUESTION, false, message);
    }
}
