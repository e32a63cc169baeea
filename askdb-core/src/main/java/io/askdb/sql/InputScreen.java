package io.askdb.sql;

import io.askdb.sql.SqlLexer.Kind;
import io.askdb.sql.SqlLexer.Token;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that need no parser: length, characters, comments, statement count, the leading
 * keyword and words that never belong in a query. They run on the raw text before JSqlParser sees
 * it, so a refusal names the trick even when the parser would choke on it, and they run again on
 * the rewritten SQL so that what is executed has passed them too.
 */
final class InputScreen {

    static final int MAX_NESTING = 40;

    /** JSqlParser needs about a millisecond per hundred tokens; this bounds the parse to well under a second. */
    static final int MAX_TOKENS = 5_000;

    /** Words that start or are statements that change something. Anywhere in a query they mean trouble. */
    private static final Set<String> WRITE_WORDS = Set.of(
            "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "DROP", "ALTER", "CREATE", "TRUNCATE", "GRANT",
            "REVOKE", "DENY", "COPY", "ATTACH", "DETACH", "PRAGMA", "VACUUM", "RUNSCRIPT", "SHUTDOWN", "CHECKPOINT",
            "RECONFIGURE", "REVERT", "SETUSER", "COMMIT", "ROLLBACK", "WAITFOR", "KILL", "DBCC", "BACKUP", "RESTORE",
            "DECLARE", "DEALLOCATE");

    /** PROCEDURE: MySQL's old {@code SELECT … PROCEDURE ANALYSE()} clause. */
    private static final Set<String> CALL_WORDS = Set.of("EXEC", "EXECUTE", "CALL", "PROCEDURE");

    /** Leading words of statements that are not queries (besides the write words). */
    private static final Set<String> OTHER_STATEMENT_WORDS = Set.of(
            "VALUES", "TABLE", "SET", "USE", "LOCK", "UNLOCK", "REPLACE", "SHOW", "DESCRIBE", "DESC", "EXPLAIN",
            "ANALYZE", "BEGIN", "START", "SAVEPOINT", "RELEASE", "PREPARE", "LISTEN", "NOTIFY", "LOAD", "SCRIPT",
            "REFRESH", "COMMENT", "RENAME", "REINDEX", "CLUSTER", "DISCARD", "RESET", "DO", "HANDLER", "IMPORT");

    private static final Set<String> LOCK_HINTS =
            Set.of("UPDLOCK", "XLOCK", "HOLDLOCK", "TABLOCK", "TABLOCKX", "ROWLOCK", "PAGLOCK");

    private static final Pattern WORD_IN_COMMENT = Pattern.compile(
            "\\b(" + String.join("|", WRITE_WORDS) + "|" + String.join("|", CALL_WORDS) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private final SqlLexer lexer;
    private final int maxLength;
    private final boolean backslashEscapes;

    InputScreen(Dialect dialect, int maxLength) {
        this.lexer = SqlLexer.forDialect(dialect);
        this.maxLength = maxLength;
        this.backslashEscapes = dialect == Dialect.MYSQL;
    }

    /**
     * Checks the text and returns the statement in it, without leading comments and trailing
     * semicolons or comments; throws {@link SqlRejectedException} on the first broken rule.
     */
    String check(String sql) {
        if (sql != null && sql.length() > maxLength) {
            throw reject(Reason.TOO_LONG, "the SQL is " + sql.length() + " characters long; the limit is " + maxLength);
        }
        if (sql == null || sql.isBlank()) {
            throw reject(Reason.EMPTY, "the SQL is empty");
        }
        CharacterRules.checkAll(sql);
        List<Token> tokens = lexer.tokenize(sql);
        if (tokens.size() > MAX_TOKENS) {
            throw reject(Reason.TOO_LONG, "the SQL has " + tokens.size() + " tokens; the limit is " + MAX_TOKENS);
        }
        List<Token> code = tokens.stream().filter(t -> !t.isComment()).toList();
        code.forEach(CharacterRules::checkToken);
        List<Token> statement = withoutTrailingSemicolons(code);
        if (statement.isEmpty()) {
            throw reject(Reason.EMPTY, "the SQL holds no statement, only comments or semicolons");
        }
        checkQuoted(statement);
        for (Token t : statement) {
            if (t.kind() == Kind.SEMICOLON) {
                throw reject(Reason.MULTIPLE_STATEMENTS,
                        "only one statement may run; a second one starts after the semicolon at position " + (t.start() + 1));
            }
        }
        checkComments(tokens);
        checkLeadingWord(statement);
        checkWords(statement);
        checkFunctionCalls(statement);
        checkNesting(statement);
        Token last = statement.get(statement.size() - 1);
        return sql.substring(statement.get(0).start(), last.start() + last.text().length());
    }

    private static List<Token> withoutTrailingSemicolons(List<Token> code) {
        int end = code.size();
        while (end > 0 && code.get(end - 1).kind() == Kind.SEMICOLON) {
            end--;
        }
        return code.subList(0, end);
    }

    private static void checkComments(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.isComment()) {
                continue;
            }
            String body = t.text();
            if (body.startsWith("/*!") || body.regionMatches(true, 0, "/*M!", 0, 4)) {
                throw reject(Reason.HIDDEN_STATEMENT,
                        "MySQL executable comments (/*! … */) run as code; remove the comment at position " + (t.start() + 1));
            }
            if (body.indexOf(';') >= 0 || WORD_IN_COMMENT.matcher(body).find()) {
                throw reject(Reason.HIDDEN_STATEMENT,
                        "the comment at position " + (t.start() + 1) + " hides SQL (" + abbreviate(body) + "); remove it");
            }
        }
    }

    /** String literals and quoted names must end where every database agrees they end. */
    private void checkQuoted(List<Token> statement) {
        for (int i = 0; i < statement.size(); i++) {
            Token t = statement.get(i);
            if (t.isSymbol('{') || t.isSymbol('}')) {
                throw reject(Reason.HIDDEN_STATEMENT,
                        "JDBC escape syntax ({fn …}, {call …}) is not allowed (position " + (t.start() + 1) + ")");
            }
            if (t.kind() != Kind.STRING && t.kind() != Kind.QUOTED_IDENTIFIER) {
                continue;
            }
            String text = t.text();
            String inner = text.substring(1, text.length() - 1);
            boolean likeEscape = i > 0 && statement.get(i - 1).isWord("ESCAPE") && inner.equals("\\");
            if ((inner.endsWith("\\") || inner.contains("\\'") || inner.contains("\\\""))
                    && !(likeEscape && !backslashEscapes)) {
                throw reject(Reason.HIDDEN_STATEMENT, "a backslash before a quote in " + abbreviate(text)
                        + " ends the literal at a different place on some databases; remove the backslash");
            }
        }
    }

    private static void checkLeadingWord(List<Token> statement) {
        Token first = statement.stream().filter(t -> !t.isSymbol('(')).findFirst().orElse(statement.get(0));
        String word = first.kind() == Kind.WORD ? first.upper() : first.text();
        if (word.equals("SELECT") || word.equals("WITH")) {
            return;
        }
        if (WRITE_WORDS.contains(word) || OTHER_STATEMENT_WORDS.contains(word)) {
            throw reject(Reason.NOT_READ_ONLY, "only a read-only SELECT may run; this is a " + word + " statement");
        }
        if (CALL_WORDS.contains(word) || ForbiddenFunctions.why(word).isPresent()) {
            throw reject(Reason.PROCEDURE_CALL, "procedure calls are not allowed (" + word + ")");
        }
        // Anything else is for the parser to judge: a typo gets its PARSE_ERROR, a statement it knows its type.
    }

    private static void checkWords(List<Token> statement) {
        for (int i = 0; i < statement.size(); i++) {
            Token t = statement.get(i);
            if (t.kind() != Kind.WORD) {
                continue;
            }
            String word = t.upper();
            String next = i + 1 < statement.size() ? statement.get(i + 1).upper() : "";
            boolean forLock = word.equals("FOR") && Set.of("UPDATE", "SHARE", "NO", "KEY").contains(next);
            if (forLock || word.equals("LOCK") && next.equals("IN") || LOCK_HINTS.contains(word)) {
                throw reject(Reason.LOCKING_CLAUSE, "locking clauses are not allowed (" + word
                        + (forLock ? " " + next : "") + " at position " + (t.start() + 1) + ")");
            }
        }
        for (Token t : statement) {
            if (t.kind() == Kind.WORD && CALL_WORDS.contains(t.upper())) {
                throw reject(Reason.PROCEDURE_CALL, "procedure calls are not allowed (" + t.upper() + ")");
            }
            if (t.kind() == Kind.WORD && WRITE_WORDS.contains(t.upper())) {
                throw reject(Reason.NOT_READ_ONLY, "only a read-only SELECT may run; found " + t.upper()
                        + " at position " + (t.start() + 1));
            }
        }
        for (Token t : statement) {
            if (t.isWord("INTO")) {
                throw reject(Reason.SELECT_INTO,
                        "SELECT … INTO writes a table, file or variable; only plain SELECT may run");
            }
        }
    }

    /** {@code name(}: a call. Qualified names ({@code master..xp_cmdshell}) are joined first. */
    private static void checkFunctionCalls(List<Token> statement) {
        for (int i = 0; i < statement.size(); i++) {
            if (statement.get(i).isWord("NEXT") && i + 2 < statement.size()
                    && statement.get(i + 1).isWord("VALUE") && statement.get(i + 2).isWord("FOR")) {
                throw reject(Reason.FORBIDDEN_FUNCTION, "NEXT VALUE FOR advances a sequence; it is not allowed");
            }
            if (!isName(statement.get(i))) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(statement.get(i).text());
            int j = i + 1;
            while (j + 1 < statement.size() && statement.get(j).isSymbol('.')) {
                if (statement.get(j + 1).isSymbol('.')) {
                    parts.add("");
                    j++;
                } else if (isName(statement.get(j + 1))) {
                    parts.add(statement.get(j + 1).text());
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < statement.size() && statement.get(j).isSymbol('(')) {
                String name = String.join(".", parts);
                ForbiddenFunctions.why(parts).ifPresent(why -> {
                    throw reject(Reason.FORBIDDEN_FUNCTION, "the function " + name + " is not allowed: " + why);
                });
            }
            i = j - 1;
        }
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_IDENTIFIER;
    }

    private static void checkNesting(List<Token> statement) {
        int depth = 0;
        for (Token t : statement) {
            if (t.isSymbol('(')) {
                depth++;
                if (depth > MAX_NESTING) {
                    throw reject(Reason.TOO_COMPLEX, "the SQL nests parentheses deeper than " + MAX_NESTING + " levels");
                }
            } else if (t.isSymbol(')')) {
                depth--;
            }
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    private static SqlRejectedException reject(Reason reason, String message) {
        return new SqlRejectedException(reason, message);
    }
}
