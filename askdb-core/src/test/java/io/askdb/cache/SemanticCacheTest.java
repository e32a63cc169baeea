package io.askdb.cache;

import static io.askdb.cache.CacheFixtures.PARTITION_A;
import static io.askdb.cache.CacheFixtures.PARTITION_B;
import static io.askdb.cache.CacheFixtures.answer;
import static io.askdb.cache.CacheFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.cache.semantic.QuestionSignature;
import io.askdb.cache.semantic.QuestionEmbedder;
import io.askdb.config.CacheSettings;
import io.askdb.cache.AnswerCache.CachedAnswer;
import io.askdb.cache.AnswerCache.CachedSql;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Semantic keys with the real all-MiniLM-L6-v2 model: paraphrases hit, different values never do. */
class SemanticCacheTest {

    private static final double THRESHOLD = CacheSettings.DEFAULT_SEMANTIC_THRESHOLD;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger embeddings = new AtomicInteger();
    private final CacheSystem cache = CacheSystem.builder(CacheFixtures.settings(3600, 7200, 600, 100, THRESHOLD))
            .ticker(nanos::get)
            .backgroundExecutor(Runnable::run)
            .embedder(text -> {
                embeddings.incrementAndGet();
                return QuestionEmbedder.embed(text);
            })
            .build();

    @AfterEach
    void close() {
        cache.close();
    }

    private void store(String partition, String question) {
        cache.put(query(partition, question), answer(question, "SELECT * FROM customers WHERE country = 'France'",
                "Ana", "Luc"));
    }

    @Test
    void should_serve_a_paraphrase_with_the_same_values_and_name_the_question_it_matched() {
        store(PARTITION_A, "customers in France");

        Optional<CachedAnswer> hit = cache.findAnswer(query(PARTITION_A, "clients located in France"));

        assertThat(hit).isPresent();
        assertThat(hit.get().semantic()).isTrue();
        assertThat(hit.get().matchedQuestion()).isEqualTo("customers in France");
        assertThat(hit.get().response().rows()).containsExactly(java.util.List.of("Ana"), java.util.List.of("Luc"));
        assertThat(cache.stats().semanticHits()).isEqualTo(1);
        assertThat(cache.stats().hits()).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] stored \"{0}\", asked \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            customers in France                    | customers in Spain
            customers in france                    | customers in spain
            top 5 products by price                | top 10 products by price
            top five products by price             | top ten products by price
            orders placed in 2007                  | orders placed in 2008
            products with price over 100           | products with price under 100
            customers with more than 5 orders      | customers with at least 5 orders
            customers who ordered last year        | customers who ordered this year
            sales per month                        | sales per year
            orders in march                        | orders in april
            customers in France or Spain           | customers in France and Spain
            customers without orders               | customers with orders
            orders with status shipped             | orders with status pending
            products in category road bikes        | products in category mountain bikes
            how many orders did John place         | how many orders did Mary place
            products named 'Bike'                  | products named 'bike'
            orders from the first quarter          | orders from the second quarter
            customers with ID 42                   | customers with ID 43
            orders on 2008-06-01                   | orders on 2008-06-02
            orders over $1,000                     | orders over $1,500
            customers in Paris                     | customers in London
            the 3 cheapest products                | the 4 cheapest products
            products priced above 50               | products priced above 500
            how many orders were shipped in 2007   | how many orders were shipped in 2007 and 2008
            customers in France                    | suppliers in France
            list customer names                    | list customer emails
            """)
    void should_miss_when_a_near_identical_question_has_another_value(String stored, String asked) {
        store(PARTITION_A, stored);

        assertThat(cache.findAnswer(query(PARTITION_A, asked))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, asked))).isEmpty();
        assertThat(cache.stats().semanticHits()).isZero();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" vs \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            orders placed in 2007                  | orders placed in 2008
            products with price over 100           | products with price under 100
            customers with more than 5 orders      | customers with at least 5 orders
            customers in France or Spain           | customers in France and Spain
            customers who ordered last year        | customers who ordered this year
            top 5 products by price                | top 10 products by price
            """)
    void should_let_the_literal_guard_stop_value_swaps_the_embedding_cannot_tell_apart(String stored, String asked) {
        double similarity = QuestionEmbedder.similarity(QuestionEmbedder.embed(stored), QuestionEmbedder.embed(asked));
        assertThat(similarity).as("the embedding alone would serve it").isGreaterThanOrEqualTo(THRESHOLD);

        store(PARTITION_A, stored);

        assertThat(cache.findAnswer(query(PARTITION_A, asked))).isEmpty();
    }

    @Test
    void should_miss_when_a_schema_word_of_the_stored_value_is_swapped_for_another_word() {
        String stored = "who are the contacts at city sport shop";
        String asked = "who are the contacts at local sport shop";
        assertThat(QuestionEmbedder.similarity(QuestionEmbedder.embed(stored), QuestionEmbedder.embed(asked)))
                .as("the embedding alone would serve it").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(QuestionSignature.of(stored, CacheFixtures.SHOP_TERMS)
                        .compatibleWith(QuestionSignature.of(asked, CacheFixtures.SHOP_TERMS)))
                .as("in lower case, 'city' reads as a schema word 'local' may stand for").isTrue();
        cache.put(query(PARTITION_A, stored), answer(stored,
                "SELECT NAME FROM CUSTOMERS WHERE COMPANY = 'City Sport Shop'", "Ana"));

        assertThat(cache.findAnswer(query(PARTITION_A, asked))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_A, asked))).isEmpty();
        assertThat(cache.findAnswer(query(PARTITION_A, "Who are the contacts at City Sport Shop?"))).isPresent();
    }

    @Test
    void should_embed_a_question_once_and_only_after_the_exact_key_missed() {
        store(PARTITION_A, "customers in France");
        embeddings.set(0);

        CacheQuery repeat = query(PARTITION_A, "Customers in France?");
        assertThat(cache.findAnswer(repeat)).hasValueSatisfying(hit -> assertThat(hit.semantic()).isFalse());
        assertThat(embeddingsOf(repeat)).as("exact hit needs no embedding").isFalse();

        CacheQuery other = query(PARTITION_A, "customers in Spain");
        assertThat(cache.findAnswer(other)).isEmpty();
        assertThat(cache.findSql(other)).isEmpty();
        cache.put(other, answer("customers in Spain", "SELECT * FROM customers WHERE country = 'Spain'", "Eva"));
        assertThat(embeddingsOf(other)).isTrue();
        assertThat(embeddings).as("the stored question reused the lookup's embedding").hasValue(0);
    }

    private static boolean embeddingsOf(CacheQuery query) {
        return query.embedding().ifComputed().isPresent();
    }

    @Test
    void should_find_semantically_matched_sql_after_the_answer_expired() {
        store(PARTITION_A, "how many customers are there");
        nanos.addAndGet(Duration.ofSeconds(3601).toNanos());

        CacheQuery paraphrase = query(PARTITION_A, "what is the number of customers");
        assertThat(cache.findAnswer(paraphrase)).isEmpty();
        Optional<CachedSql> sql = cache.findSql(paraphrase);

        assertThat(sql).isPresent();
        assertThat(sql.get().semantic()).isTrue();
        assertThat(sql.get().matchedQuestion()).isEqualTo("how many customers are there");
        assertThat(sql.get().sql()).isEqualTo("SELECT * FROM customers WHERE country = 'France'");
    }

    @Test
    void should_never_serve_an_answer_across_scopes_exactly_or_semantically() {
        store(PARTITION_A, "customers in France");

        assertThat(cache.findAnswer(query(PARTITION_B, "customers in France"))).isEmpty();
        assertThat(cache.findAnswer(query(PARTITION_B, "clients located in France"))).isEmpty();
        assertThat(cache.findSql(query(PARTITION_B, "customers in France"))).isEmpty();
        assertThat(cache.findAnswer(query(PARTITION_A, "customers in France"))).isPresent();
    }
}
