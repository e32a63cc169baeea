package io.askdb.text;

/**
 * A crude English stemmer for comparing words, not for display: plural and past-tense endings go,
 * so "customers" and "customer", "ordered" and "order" compare equal. Applied the same way to
 * questions and schema names, which is all that matters.
 */
public final class Stems {

    private Stems() {}

    public static String of(String lower) {
        String w = lower;
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        if (n > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            return w.substring(0, n - 2);
        }
        return w;
    }
}
