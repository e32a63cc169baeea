package io.askdb.sql;

import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens the way a database would: string literals, quoted identifiers and
 * comments are single tokens, so the rules that look for semicolons or keywords never look inside
 * them. Deliberately simple and strict: where databases disagree (nested comments, backslash
 * escapes, dollar quoting) it takes the reading that exposes more text as code.
 */
final class SqlLexer {

    enum Kind {
        WORD,
        NUMBER,
        STRING,
        QUOTED_IDENTIFIER,
        SYMBOL,
        SEMICOLON,
        LINE_COMMENT,
        BLOCK_COMMENT
    }

    /** One token; {@code text} is the exact source text including quotes or comment markers. */
    record Token(Kind kind, String text, int start) {

        boolean isWord(String upperCaseWord) {
            return kind == Kind.WORD && text.equalsIgnoreCase(upperCaseWord);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isComment() {
            return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private final boolean bracketIdentifiers;
    private final boolean backtickIdentifiers;
    private final boolean hashComments;

    private SqlLexer(boolean bracketIdentifiers, boolean backtickIdentifiers, boolean hashComments) {
        this.bracketIdentifiers = bracketIdentifiers;
        this.backtickIdentifiers = backtickIdentifiers;
        this.hashComments = hashComments;
    }

    /** The quoting and comment rules of the dialect's database. */
    static SqlLexer forDialect(Dialect dialect) {
        return switch (dialect) {
            case H2_MSSQL, SQLSERVER -> new SqlLexer(true, false, false);
            case MYSQL -> new SqlLexer(false, true, true);
            case SQLITE -> new SqlLexer(true, true, false);
            case POSTGRESQL, H2, DUCKDB, ANSI -> new SqlLexer(false, false, false);
        };
    }

    boolean bracketIdentifiers() {
        return bracketIdentifiers;
    }

    List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && hashComments) {
                i = endOfLine(sql, i);
                tokens.add(new Token(Kind.LINE_COMMENT, sql.substring(start, i), start));
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw unterminated("comment", start);
                }
                i = end + 2;
                tokens.add(new Token(Kind.BLOCK_COMMENT, sql.substring(start, i), start));
            } else if (c == '\'') {
                i = closingQuote(sql, i, '\'', "string literal");
                tokens.add(new Token(Kind.STRING, sql.substring(start, i), start));
            } else if (c == '"' || c == '`' && backtickIdentifiers) {
                i = closingQuote(sql, i, c, "quoted identifier");
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(start, i), start));
            } else if (c == '[' && bracketIdentifiers) {
                i = closingQuote(sql, i, ']', "bracketed identifier");
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(start, i), start));
            } else if (c == ';') {
                i++;
                tokens.add(new Token(Kind.SEMICOLON, ";", start));
            } else if (isWordStart(c)) {
                i++;
                while (i < n && isWordPart(sql.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), start));
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, i), start));
            } else {
                i += Character.charCount(sql.codePointAt(i));
                tokens.add(new Token(Kind.SYMBOL, sql.substring(start, i), start));
            }
        }
        return tokens;
    }

    private static int endOfLine(String sql, int from) {
        int i = from;
        while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The index after the closing quote; a doubled closing quote is an escaped one. */
    private static int closingQuote(String sql, int open, char close, String what) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw unterminated(what, open);
    }

    private static SqlRejectedException unterminated(String what, int position) {
        return new SqlRejectedException(
                Reason.PARSE_ERROR, "unterminated " + what + " starting at position " + (position + 1));
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || c == '$' || c == '#' || Character.isSurrogate(c);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c)
                || c == '_'
                || c == '@'
                || c == '$'
                || c == '#'
                || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
