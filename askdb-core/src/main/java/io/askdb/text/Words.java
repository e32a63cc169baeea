package io.askdb.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English word forms: lemmas (plural to singular, a few verb and adjective forms) and the stem the
 * cache compares words by, identifier splitting (snake_case, CamelCase, digits), abbreviations
 * common in column names, a small synonym lexicon and the value codes databases store for words.
 * Nothing here knows any particular schema.
 */
public final class Words {

    private Words() {}

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("children", "child"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("feet", "foot"), Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"), Map.entry("geese", "goose"), Map.entry("staff", "staff"),
            Map.entry("data", "data"), Map.entry("series", "series"), Map.entry("species", "species"),
            Map.entry("news", "news"), Map.entry("status", "status"), Map.entry("address", "address"),
            Map.entry("business", "business"), Map.entry("class", "class"), Map.entry("bus", "bus"),
            Map.entry("gas", "gas"), Map.entry("virus", "virus"), Map.entry("campus", "campus"),
            Map.entry("census", "census"), Map.entry("analysis", "analysis"), Map.entry("basis", "basis"),
            Map.entry("thesis", "thesis"), Map.entry("axis", "axis"), Map.entry("canvas", "canvas"),
            Map.entry("lens", "lens"), Map.entry("gps", "gps"), Map.entry("its", "its"), Map.entry("this", "this"),
            Map.entry("was", "was"), Map.entry("has", "have"), Map.entry("is", "is"), Map.entry("us", "us"),
            Map.entry("yes", "yes"), Map.entry("plus", "plus"), Map.entry("bonus", "bonus"),
            Map.entry("indices", "index"), Map.entry("matrices", "matrix"), Map.entry("criteria", "criterion"),
            Map.entry("phenomena", "phenomenon"), Map.entry("media", "media"), Map.entry("alumni", "alumnus"),
            Map.entry("syllabi", "syllabus"), Map.entry("cacti", "cactus"), Map.entry("leaves", "leaf"),
            Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
            Map.entry("shelves", "shelf"), Map.entry("halves", "half"), Map.entry("movies", "movie"),
            Map.entry("cookies", "cookie"), Map.entry("species's", "species"), Map.entry("ties", "tie"),
            Map.entry("pies", "pie"), Map.entry("lies", "lie"), Map.entry("dies", "die"),
            Map.entry("does", "do"), Map.entry("goes", "go"), Map.entry("heroes", "hero"),
            Map.entry("potatoes", "potato"), Map.entry("tomatoes", "tomato"), Map.entry("whose", "whose"),
            Map.entry("less", "less"), Map.entry("across", "across"), Map.entry("always", "always"),
            Map.entry("sometimes", "sometimes"), Map.entry("perhaps", "perhaps"), Map.entry("various", "various"),
            Map.entry("previous", "previous"), Map.entry("famous", "famous"), Map.entry("numerous", "numerous"),
            Map.entry("gross", "gross"), Map.entry("cross", "cross"), Map.entry("boss", "boss"),
            Map.entry("bias", "bias"), Map.entry("alias", "alias"), Map.entry("atlas", "atlas"),
            Map.entry("christmas", "christmas"), Map.entry("texas", "texas"), Map.entry("paris", "paris"),
            Map.entry("sales", "sale"), Map.entry("wales", "wales"), Map.entry("physics", "physics"),
            Map.entry("mathematics", "mathematics"), Map.entry("economics", "economics"),
            Map.entry("statistics", "statistic"), Map.entry("athletics", "athletics"),
            Map.entry("hours", "hour"), Map.entry("dies_", "die"));

    private static final Set<String> SHORT_S = Set.of("has", "was", "its", "his", "yes", "bus", "gas", "abs", "dos",
            "ios", "sms", "gps", "mrs", "les", "las", "bis", "cos", "nos", "ves", "oss", "pos");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("num", "number"), Map.entry("no", "number"), Map.entry("nbr", "number"),
            Map.entry("cnt", "count"), Map.entry("qty", "quantity"), Map.entry("amt", "amount"),
            Map.entry("dept", "department"), Map.entry("emp", "employee"), Map.entry("addr", "address"),
            Map.entry("desc", "description"), Map.entry("descr", "description"), Map.entry("yr", "year"),
            Map.entry("dob", "birth"), Map.entry("fname", "first name"), Map.entry("lname", "last name"),
            Map.entry("pct", "percent"), Map.entry("perc", "percent"), Map.entry("avg", "average"),
            Map.entry("max", "maximum"), Map.entry("min", "minimum"), Map.entry("tel", "phone"),
            Map.entry("cust", "customer"), Map.entry("prod", "product"), Map.entry("stu", "student"),
            Map.entry("crs", "course"), Map.entry("prof", "professor"), Map.entry("loc", "location"),
            Map.entry("info", "information"), Map.entry("mgr", "manager"), Map.entry("acc", "account"),
            Map.entry("acct", "account"), Map.entry("sal", "salary"), Map.entry("temp", "temperature"),
            Map.entry("pop", "population"), Map.entry("lang", "language"), Map.entry("nat", "nationality"),
            Map.entry("ref", "reference"), Map.entry("org", "organization"), Map.entry("govt", "government"),
            Map.entry("hrs", "hour"), Map.entry("mins", "minute"), Map.entry("dt", "date"),
            Map.entry("cd", "code"), Map.entry("nm", "name"), Map.entry("enr", "enrollment"),
            Map.entry("fk", "id"), Map.entry("pk", "id"));

    /** Question word (lemma) to schema words that may name the same thing. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("old", List.of("age")), Map.entry("young", List.of("age")), Map.entry("age", List.of("age")),
            Map.entry("tall", List.of("height")), Map.entry("high", List.of("height")),
            Map.entry("heavy", List.of("weight")), Map.entry("light", List.of("weight")),
            Map.entry("expensive", List.of("price", "cost")), Map.entry("cheap", List.of("price", "cost")),
            Map.entry("pricy", List.of("price", "cost")), Map.entry("pricey", List.of("price", "cost")),
            Map.entry("costly", List.of("cost", "price")),
            Map.entry("cost", List.of("price", "cost")), Map.entry("price", List.of("price", "cost")),
            Map.entry("earn", List.of("salary")), Map.entry("paid", List.of("salary")),
            Map.entry("wage", List.of("salary")), Map.entry("born", List.of("birth")),
            Map.entry("birthday", List.of("birth")), Map.entry("gender", List.of("sex", "gender")),
            Map.entry("sex", List.of("sex", "gender")), Map.entry("nation", List.of("country", "nationality")),
            Map.entry("country", List.of("country", "nationality", "nation")),
            Map.entry("nationality", List.of("nationality", "country")),
            Map.entry("town", List.of("city")), Map.entry("city", List.of("city", "town")),
            Map.entry("long", List.of("length", "duration")), Map.entry("lengthy", List.of("length")),
            Map.entry("big", List.of("size")), Map.entry("large", List.of("size")),
            Map.entry("client", List.of("customer")), Map.entry("customer", List.of("customer", "client")),
            Map.entry("worker", List.of("employee")), Map.entry("staff", List.of("employee", "staff")),
            Map.entry("employee", List.of("employee", "staff")), Map.entry("job", List.of("job", "title")),
            Map.entry("title", List.of("title")), Map.entry("mail", List.of("email")),
            Map.entry("e-mail", List.of("email")), Map.entry("telephone", List.of("phone")),
            Map.entry("cellphone", List.of("phone")), Map.entry("mobile", List.of("phone")),
            Map.entry("information", List.of("detail")), Map.entry("info", List.of("detail")),
            Map.entry("colour", List.of("color")), Map.entry("surname", List.of("last")),
            Map.entry("forename", List.of("first")), Map.entry("firstname", List.of("first")),
            Map.entry("lastname", List.of("last")), Map.entry("zip", List.of("zip", "postcode", "postal")),
            Map.entry("postcode", List.of("zip", "postcode", "postal")), Map.entry("year", List.of("year")),
            Map.entry("revenue", List.of("revenue", "sale")), Map.entry("rank", List.of("rank", "ranking")),
            Map.entry("ranking", List.of("rank", "ranking")), Map.entry("kind", List.of("type")),
            Map.entry("category", List.of("category", "type")), Map.entry("type", List.of("type")),
            Map.entry("location", List.of("location", "address")), Map.entry("sell", List.of("sale")),
            Map.entry("sold", List.of("sale")), Map.entry("author", List.of("author", "writer")),
            Map.entry("writer", List.of("writer", "author")), Map.entry("film", List.of("film", "movie")),
            Map.entry("movie", List.of("movie", "film")), Map.entry("student", List.of("student")),
            Map.entry("pupil", List.of("student")), Map.entry("doctor", List.of("physician")),
            Map.entry("teacher", List.of("teacher", "instructor")),
            Map.entry("borrow", List.of("loan", "borrow")), Map.entry("lend", List.of("loan")),
            Map.entry("lent", List.of("loan")), Map.entry("buy", List.of("order", "purchase", "sale")),
            Map.entry("bought", List.of("order", "purchase", "sale")), Map.entry("purchase", List.of("purchase", "order")),
            Map.entry("catalogue", List.of("catalog")), Map.entry("centre", List.of("center")),
            Map.entry("favourite", List.of("favorite")), Map.entry("honour", List.of("honor")),
            Map.entry("licence", List.of("license")), Map.entry("organisation", List.of("organization")),
            Map.entry("programme", List.of("program")), Map.entry("theatre", List.of("theater")),
            Map.entry("metre", List.of("meter")), Map.entry("litre", List.of("liter")),
            Map.entry("labour", List.of("labor")), Map.entry("neighbour", List.of("neighbor")),
            Map.entry("behaviour", List.of("behavior")), Map.entry("grey", List.of("gray")), Map.entry("instructor", List.of("instructor", "teacher")));

    /** The lemma of a lowercase word: singular nouns, base verbs for a few regular forms. */
    public static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n == 3 && w.charAt(2) == 's' && w.charAt(1) != 's' && !SHORT_S.contains(w)) {
            return w.substring(0, 2); // ids, pcs
        }
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ouses")) {
            return w.substring(0, n - 1); // houses, warehouses, blouses
        }
        if (w.endsWith("uses") || w.endsWith("sises")) {
            return w.substring(0, n - 2); // statuses, campuses
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous")) {
            return w;
        }
        if (w.endsWith("s") && !w.endsWith("'s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Adjective comparatives and superlatives to their base: older, oldest to old. */
    public static String adjectiveBase(String lemma) {
        if (lemma.endsWith("iest") && lemma.length() > 5) {
            return lemma.substring(0, lemma.length() - 4) + "y";
        }
        if (lemma.endsWith("ier") && lemma.length() > 4) {
            return lemma.substring(0, lemma.length() - 3) + "y";
        }
        if (lemma.endsWith("est") && lemma.length() > 5) {
            return undouble(lemma.substring(0, lemma.length() - 3));
        }
        if (lemma.endsWith("er") && lemma.length() > 4) {
            return undouble(lemma.substring(0, lemma.length() - 2));
        }
        return lemma;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    /**
     * Splits an identifier into lowercase lemmas: {@code ListPrice}, {@code list_price} and the folded
     * {@code listprice} give [list, price] ({@link Segmenter} splits glued lowercase names).
     */
    public static List<String> splitIdentifier(String identifier) {
        List<String> raw = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char[] chars = identifier.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(current, raw);
                continue;
            }
            if (current.length() > 0) {
                char prev = chars[i - 1];
                boolean lowerToUpper = Character.isUpperCase(c) && Character.isLowerCase(prev);
                boolean acronymEnd = Character.isUpperCase(c) && Character.isUpperCase(prev)
                        && i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
                boolean digitBoundary = Character.isDigit(c) != Character.isDigit(prev);
                if (lowerToUpper || acronymEnd || digitBoundary) {
                    flush(current, raw);
                }
            }
            current.append(c);
        }
        flush(current, raw);
        List<String> words = new ArrayList<>(raw.size());
        for (String r : raw) {
            String lower = r.toLowerCase(Locale.ROOT);
            List<String> pieces = ABBREVIATIONS.containsKey(lower) ? List.of(lower) : Segmenter.split(lower);
            for (String piece : pieces) {
                String expanded = ABBREVIATIONS.getOrDefault(piece, piece);
                for (String part : expanded.split(" ")) {
                    words.add(lemma(part));
                }
            }
        }
        return words;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * A phrase's words as a schema name's words are read: "max page size" as "maximum page size",
     * since {@link #splitIdentifier} spells out max_page_size so. Words without a short form stay.
     */
    public static List<String> spelledOut(List<String> lemmas) {
        List<String> out = new ArrayList<>(lemmas.size());
        for (String l : lemmas) {
            String expanded = ABBREVIATIONS.get(l);
            if (expanded == null) {
                out.add(l);
            } else {
                for (String part : expanded.split(" ")) {
                    out.add(lemma(part));
                }
            }
        }
        return out;
    }

    /** Schema words a question lemma may stand for, the lemma itself first. */
    public static List<String> schemaWordsFor(String lemma) {
        List<String> synonyms = SYNONYMS.get(lemma);
        if (synonyms == null) {
            String base = adjectiveBase(lemma);
            if (!base.equals(lemma)) {
                synonyms = SYNONYMS.getOrDefault(base, SYNONYMS.get(base + "e"));
            }
        }
        if (synonyms == null) {
            return List.of(lemma);
        }
        List<String> all = new ArrayList<>(synonyms.size() + 1);
        all.add(lemma);
        for (String s : synonyms) {
            if (!s.equals(lemma)) {
                all.add(s);
            }
        }
        return all;
    }

    /** Codes a database may store for a word: 'M' or 'Male' for "male", 'Y' for "yes". */
    public static List<String> valueCodes(String lemma) {
        return VALUE_CODES.getOrDefault(lemma, List.of());
    }

    private static final Map<String, List<String>> VALUE_CODES = Map.of(
            "male", List.of("M", "Male"), "man", List.of("M", "Male"), "boy", List.of("M", "Male"),
            "female", List.of("F", "Female"), "woman", List.of("F", "Female"), "girl", List.of("F", "Female"));

    /**
     * The form two spellings of a word are compared in when neither is shown: the lemma without a
     * past-tense ending, so "customers" and "customer", "ordered" and "order" compare equal. The
     * cache's signature and schema terms use it on questions and names alike.
     */
    public static String stem(String lower) {
        String lemma = lemma(lower);
        int n = lemma.length();
        if (n > 4 && lemma.endsWith("ed") && !lemma.endsWith("eed")) {
            return lemma.substring(0, n - 2);
        }
        return lemma;
    }
}
