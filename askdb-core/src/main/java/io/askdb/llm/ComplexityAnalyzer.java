package io.askdb.llm;

import io.askdb.text.Operators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how hard a question is to turn into SQL, from words alone (no LLM, microseconds). The
 * terms of each category are English and live in {@link Operators}; their weights are this class's.
 *
 * <p>Each category that matches counts once: the seed's complex categories (joins, subqueries,
 * aggregations, advanced SQL, multiple conditions, calculations) add 1, its simple categories
 * (basic select, single table, count only) subtract 0.5, and the seed's SQL-generation indicators
 * (window function, rank, partition, cohort, trend, year-over-year…) add {@value #ADVANCED_WEIGHT}:
 * the seed's SQL generator sends any one of them to the complex model, so one alone crosses the
 * default threshold of 1.5. Terms match whole words, so "count" does not fire on "country" nor
 * "cte" on "selected". The seed's bare "with" and "over" are left out: in plain questions they
 * mean "customers with orders" and "over 100", not a CTE or a window.
 */
public final class ComplexityAnalyzer {

    static final double COMPLEX_WEIGHT = 1.0;
    static final double SIMPLE_WEIGHT = -0.5;
    static final double ADVANCED_WEIGHT = 2.0;

    /** What the words say; {@code indicators} are {@code category:matched text}. */
    public record Complexity(double score, List<String> indicators, Optional<String> speedPriority) {

        /** The seed's reading of the score: complex at 3 or more (0.95), at 1 or more (0.80), else simple (0.85). */
        public String level() {
            return score >= 3 ? "complex" : score >= 1 ? "complex" : "simple";
        }

        public double levelConfidence() {
            return score >= 3 ? 0.95 : score >= 1 ? 0.80 : 0.85;
        }
    }

    private record Category(String name, double weight, Pattern pattern) {}

    private static final List<Category> CATEGORIES = List.of(
            complex("joins", Operators.JOIN_TERMS),
            complex("subqueries", Operators.SUBQUERY_TERMS),
            complex("aggregations", Operators.AGGREGATION_TERMS),
            complex("advanced_sql", Operators.ADVANCED_SQL_TERMS),
            complex("multiple_conditions", Operators.MULTIPLE_CONDITION_TERMS),
            complex("calculations", Operators.CALCULATION_TERMS),
            new Category("advanced", ADVANCED_WEIGHT, words(Operators.ADVANCED_TERMS)),
            simple("basic_select", Operators.BASIC_SELECT_TERMS),
            simple("single_table", Operators.SINGLE_TABLE_TERMS),
            simple("count_only", Operators.COUNT_ONLY_TERMS));

    private static final Pattern SPEED = words(Operators.SPEED_TERMS);

    public Complexity analyze(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        double score = 0;
        List<String> indicators = new ArrayList<>();
        for (Category category : CATEGORIES) {
            Matcher m = category.pattern().matcher(text);
            if (m.find()) {
                score += category.weight();
                indicators.add(category.name() + ":" + m.group());
            }
        }
        Matcher speed = SPEED.matcher(text);
        return new Complexity(score, List.copyOf(indicators), speed.find() ? Optional.of(speed.group()) : Optional.empty());
    }

    /** The points a category adds when it matches (negative for the simple ones). */
    static double weight(String category) {
        return CATEGORIES.stream().filter(c -> c.name().equals(category)).mapToDouble(Category::weight).findFirst()
                .orElse(0);
    }

    private static Category complex(String name, List<String> terms) {
        return new Category(name, COMPLEX_WEIGHT, words(terms));
    }

    private static Category simple(String name, List<String> terms) {
        return new Category(name, SIMPLE_WEIGHT, words(terms));
    }

    /** Any of the terms as whole words; each term is a regular expression. */
    private static Pattern words(List<String> terms) {
        return Pattern.compile("\\b(?:" + String.join("|", terms) + ")(?![\\w])");
    }
}
