package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import org.junit.jupiter.api.Test;

class AstNodesTest {

    private static Statement parse(String sql) throws Exception {
        return CCJSqlParserUtil.newParser(sql).Statements().get(0);
    }

    @Test
    void should_find_columns_inside_any_subqueries_when_the_visitor_adapter_would_skip_them() throws Exception {
        Statement st = parse("SELECT 1 FROM t WHERE a = ANY (SELECT secret FROM u)");

        assertThat(AstNodes.collect(st, Column.class)).extracting(Column::getColumnName).containsExactly("a", "secret");
    }

    @Test
    void should_collect_table_reads_but_not_column_qualifiers() throws Exception {
        Statement st = parse("SELECT q.a, q.* FROM s.t q JOIN u ON u.id = q.id");

        assertThat(AstNodes.collect(st, Table.class)).extracting(Table::getFullyQualifiedName).containsExactly("s.t", "u");
    }

    @Test
    void should_walk_long_operator_chains_without_deep_recursion() throws Exception {
        Statement st = parse("SELECT " + "x + ".repeat(2000) + "1 FROM t");

        assertThat(AstNodes.collect(st, Column.class)).hasSize(2000);
    }
}
