package io.askdb.sql;

import io.askdb.sql.SqlLexer.Token;
import io.askdb.sql.SqlRejectedException.Reason;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Character-level rules. Anywhere: no control characters, no invisible formatting (zero-width,
 * bidi overrides, BOM), no line separators some lexers end comments at, nothing that betrays
 * broken UTF-8 or UTF-16. In the code itself (outside literals and quoted names): words must be
 * what they look like (no compatibility forms such as fullwidth letters, no Latin/Cyrillic
 * mixtures) and symbols must be ASCII, so a fullwidth semicolon cannot pass for text.
 */
final class CharacterRules {

    private static final Set<Character.UnicodeScript> NEUTRAL =
            EnumSet.of(Character.UnicodeScript.COMMON, Character.UnicodeScript.INHERITED);

    private CharacterRules() {}

    static void checkAll(String sql) {
        for (int i = 0; i < sql.length(); ) {
            int cp = sql.codePointAt(i);
            String problem = problem(cp);
            if (problem != null) {
                throw new SqlRejectedException(Reason.INVALID_CHARACTER, String.format(Locale.ROOT,
                        "%s (U+%04X) at position %d is not allowed in SQL", problem, cp, i + 1));
            }
            i += Character.charCount(cp);
        }
    }

    private static String problem(int cp) {
        if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F) {
            return "a control character";
        }
        if (cp == 0xFFFD) {
            return "a replacement character (the input was not valid UTF-8)";
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return "an unpaired surrogate (the input was not valid UTF-16)";
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return "an invisible formatting character (zero-width or bidi)";
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return "a Unicode line separator";
        }
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return "an unassigned or private-use character";
        }
        return null;
    }

    /** Words, numbers and symbols of the SQL itself (not literals) must be what they look like. */
    static void checkToken(Token t) {
        String text = t.text();
        if (text.chars().allMatch(c -> c < 0x80)) {
            return;
        }
        switch (t.kind()) {
            case WORD -> {
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
                    throw new SqlRejectedException(Reason.INVALID_CHARACTER, "'" + text + "' contains look-alike characters"
                            + " (it normalizes to '" + Normalizer.normalize(text, Normalizer.Form.NFKC) + "')");
                }
                Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
                text.codePoints().mapToObj(Character.UnicodeScript::of).filter(s -> !NEUTRAL.contains(s))
                        .forEach(scripts::add);
                if (scripts.size() > 1) {
                    throw new SqlRejectedException(Reason.INVALID_CHARACTER, "'" + text + "' mixes scripts " + scripts
                            + " (homoglyph look-alike); write it in one script");
                }
            }
            case NUMBER, SYMBOL -> throw new SqlRejectedException(Reason.INVALID_CHARACTER, String.format(Locale.ROOT,
                    "the character '%s' (U+%04X) at position %d is not SQL syntax",
                    text, text.codePointAt(firstNonAscii(text)), t.start() + 1));
            default -> {
                // literals and quoted names may hold any printable text
            }
        }
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return i;
            }
        }
        return 0;
    }
}
