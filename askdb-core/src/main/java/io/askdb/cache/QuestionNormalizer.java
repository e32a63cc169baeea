package io.askdb.cache;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a question into its cache-key form: lower case, single spaces, no trailing punctuation,
 * and the seed's phrase rewrites ("show me" → "show", "list all" → "list", "get all" → "get").
 */
public final class QuestionNormalizer {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s?.!;,]+$");
    private static final String[][] REWRITES = {{"show me ", "show "}, {"list all ", "list "}, {"get all ", "get "}};

    public String normalize(String question) {
        String q = SPACES.matcher(question.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
        q = TRAILING.matcher(q).replaceAll("");
        for (String[] rewrite : REWRITES) {
            if (q.startsWith(rewrite[0])) {
                q = rewrite[1] + q.substring(rewrite[0].length());
            }
        }
        return q;
    }
}
