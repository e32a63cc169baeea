package io.askdb.text;

import java.util.Set;

/**
 * The stop-word sets, by who uses them and why they differ. Lucene's English stop set is not one
 * of them: it holds "no", "not" and "and", which every reader here needs as operators.
 */
public final class StopWords {

    private StopWords() {}

    /**
     * Words that carry no schema meaning in a question: the offline reader, schema linking and
     * schema selection skip them when they look for names. Operator words ("total", "over", "each")
     * are here because the reader finds them as cues, not as names.
     */
    public static final Set<String> QUESTION = Set.of(
            "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or", "is", "are",
            "was", "were", "be", "been", "being", "do", "did", "have", "had", "what", "which", "who", "whom",
            "whose", "where", "when", "how", "that", "this", "these", "those", "there", "their", "they", "them",
            "it", "its", "all", "each", "every", "any", "me", "my", "our", "we", "us", "i", "you", "your", "please",
            "list", "show", "give", "find", "return", "display", "tell", "get", "report", "provide", "output",
            "also", "as", "than", "then", "both", "some", "such", "whether", "if", "so", "into", "about",
            "information", "info", "record", "detail", "details", "entry", "entries", "data", "database",
            "along", "together", "respectively", "corresponding", "correspond", "his", "her", "him",
            "she", "he", "one", "ones", "can", "could", "would", "should", "will", "shall", "may", "might",
            "current", "currently", "just", "only", "exist", "existing", "available", "value", "values", "known",
            "registered", "recorded", "stored", "listed", "whole", "total", "over", "belong", "has", "does",
            "make", "made", "out", "up", "same", "thing", "things", "let", "know", "see", "want", "need",
            "much", "many", "here", "ever");

    /**
     * Words the cache's signature drops: they say nothing about which rows or values are meant.
     * Not {@link #QUESTION}: the signature must keep every operator word for its operator classes
     * ("total", "each", "over", "both" are dropped there), and it drops the place and request verbs
     * a paraphrase adds ("located", "based", "retrieve"), so "clients located in Paris" and
     * "customers in Paris" keep the same content words.
     */
    public static final Set<String> FILLER = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "within",
            "about", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has",
            "had", "having", "there", "here", "it", "its", "they", "them", "their", "theirs", "that", "these",
            "those", "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "me", "my", "mine",
            "i", "we", "us", "our", "you", "your", "he", "she", "his", "her", "all", "any", "some", "every",
            "list", "show", "display", "give", "get", "find", "return", "retrieve", "fetch", "tell", "see",
            "want", "need", "like", "would", "could", "can", "will", "shall", "should", "might", "must",
            "please", "kindly", "just", "also", "only", "located", "based", "situated", "living", "live",
            "lives", "exist", "exists", "existing", "whole", "entire", "overall", "data", "information", "info",
            "details", "detail", "record", "records", "row", "rows", "entries", "entry", "table", "tables",
            "value", "values", "many", "much", "'s", "s", "?", "!", ".", ",", ";", ":", "(", ")");

    /**
     * Words schema selection does not count as shared with a table's names. Not {@link #QUESTION}:
     * "id" is left out because nearly every table has an id column, and the comparison words
     * ("more", "less", "most", "per") name no table; selection counts words, so a word every table
     * shares would rank them all alike.
     */
    public static final Set<String> SELECTION = Set.of("the", "a", "an", "of", "in", "for", "by", "with", "and",
            "or", "to", "is", "are", "what", "which", "who", "how", "many", "much", "show", "list", "me", "all", "each",
            "per", "their", "its", "that", "have", "has", "from", "on", "at", "than", "more", "less", "most", "id");

    /** Articles: the cache key drops them where they are plain lower-case words ("category A" stays). */
    public static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Words dropped inside a name or a phrase linked to one: "num_of_audience", "heads of departments". */
    public static final Set<String> NAME_FILLER = Set.of("of", "the", "a", "an");

    /** Whether a lemma is one of the {@link #QUESTION} stop words. */
    public static boolean isStop(String lemma) {
        return QUESTION.contains(lemma);
    }
}
