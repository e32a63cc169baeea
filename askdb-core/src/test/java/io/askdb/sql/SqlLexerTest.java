package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.sql.SqlLexer.Kind;
import io.askdb.sql.SqlLexer.Token;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<Kind> kinds(Dialect dialect, String sql) {
        return SqlLexer.forDialect(dialect).tokenize(sql).stream().map(Token::kind).toList();
    }

    @Test
    void should_keep_semicolons_inside_literals_and_comments_out_of_the_code() {
        List<Token> tokens = SqlLexer.forDialect(Dialect.POSTGRESQL)
                .tokenize("SELECT 'a;b', \"c;d\" /* e;f */ -- g;h\n;");

        assertThat(tokens).extracting(Token::kind).containsExactly(Kind.WORD, Kind.STRING, Kind.SYMBOL,
                Kind.QUOTED_IDENTIFIER, Kind.BLOCK_COMMENT, Kind.LINE_COMMENT, Kind.SEMICOLON);
        assertThat(tokens.get(1).text()).isEqualTo("'a;b'");
    }

    @Test
    void should_read_doubled_quotes_as_escapes_when_scanning_a_literal() {
        assertThat(SqlLexer.forDialect(Dialect.H2).tokenize("SELECT 'it''s'")).extracting(Token::text)
                .containsExactly("SELECT", "'it''s'");
    }

    @Test
    void should_quote_with_brackets_backticks_and_hashes_only_where_the_database_does() {
        assertThat(kinds(Dialect.SQLSERVER, "[a;b]")).containsExactly(Kind.QUOTED_IDENTIFIER);
        assertThat(kinds(Dialect.POSTGRESQL, "[a;b]")).containsExactly(Kind.SYMBOL, Kind.WORD, Kind.SEMICOLON,
                Kind.WORD, Kind.SYMBOL);
        assertThat(kinds(Dialect.MYSQL, "`a;b` # c;d")).containsExactly(Kind.QUOTED_IDENTIFIER, Kind.LINE_COMMENT);
        assertThat(kinds(Dialect.SQLSERVER, "#tmp")).containsExactly(Kind.WORD);
    }

    @Test
    void should_refuse_unterminated_literals_and_comments() {
        assertThatThrownBy(() -> SqlLexer.forDialect(Dialect.H2).tokenize("SELECT 'abc"))
                .isInstanceOfSatisfying(SqlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PARSE_ERROR))
                .hasMessage("unterminated string literal starting at position 8");
        assertThatThrownBy(() -> SqlLexer.forDialect(Dialect.H2).tokenize("SELECT 1 /* x"))
                .hasMessage("unterminated comment starting at position 10");
    }
}
