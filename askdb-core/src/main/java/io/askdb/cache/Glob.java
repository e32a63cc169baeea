package io.askdb.cache;

import java.util.Locale;

/**
 * A glob over normalized questions: {@code *} any run of characters, {@code ?} one; case ignored.
 * Matched without regular expressions, in time proportional to pattern times text at worst, so an
 * operator's pattern full of stars cannot stall the server.
 */
final class Glob {

    private final String pattern;

    private Glob(String pattern) {
        this.pattern = pattern;
    }

    static Glob of(String pattern) {
        return new Glob(pattern.toLowerCase(Locale.ROOT));
    }

    boolean matches(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int p = 0;
        int i = 0;
        int star = -1;
        int resume = 0;
        while (i < t.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == t.charAt(i))) {
                p++;
                i++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
