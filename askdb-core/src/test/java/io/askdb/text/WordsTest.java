package io.askdb.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ListPrice, list price",
        "SalesOrderHeader, sale order header",
        "product_category_id, product category id",
        "HTTPServer, http server",
        "emp_fname, employee first name",
        "Address2, address 2",
        "num_of_staff, number of staff",
        "Categories, category"
    })
    void should_split_identifiers_into_lemmas_when_names_use_camel_or_snake_case(String identifier, String words) {
        assertThat(Words.splitIdentifier(identifier)).isEqualTo(List.of(words.split(" ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "salesorderheader, sale order header",
        "salesordernumber, sale order number",
        "orderqty, order quantity",
        "listprice, list price",
        "unitpricediscount, unit price discount",
        "stateprovince, state province",
        "countryregion, country region",
        "customeraddress, customer address",
        "productcategoryid, product category id",
        "LISTPRICE, list price",
        "taxamt, tax amount",
        "addressline1, address line 1",
        "dateofbirth, date of birth"
    })
    void should_split_glued_lowercase_names_into_words_when_postgresql_folded_their_case(String identifier,
            String words) {
        assertThat(Words.splitIdentifier(identifier)).isEqualTo(List.of(words.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"address", "hometown", "salesperson", "weekday", "flno", "dname", "password"})
    void should_keep_a_name_whole_when_it_is_a_word_or_does_not_split_into_words(String identifier) {
        assertThat(Segmenter.split(identifier)).containsExactly(identifier);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "categories, category", "people, person", "statuses, status", "ids, id", "boxes, box", "addresses, address",
        "classes, class", "movies, movie", "campuses, campus", "warehouses, warehouse", "houses, house", "has, have", "bus, bus"
    })
    void should_reduce_plurals_to_singular_lemmas(String word, String lemma) {
        assertThat(Words.lemma(word)).isEqualTo(lemma);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"older, old", "oldest, old", "youngest, young", "biggest, big", "earliest, early", "cheaper, cheap"})
    void should_find_adjective_base_when_comparative_or_superlative(String word, String base) {
        assertThat(Words.adjectiveBase(word)).isEqualTo(base);
    }
}
