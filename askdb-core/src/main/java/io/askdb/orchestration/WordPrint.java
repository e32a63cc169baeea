package io.askdb.orchestration;

import java.util.Arrays;
import java.util.Set;

/**
 * A set of words as the sorted 64-bit fingerprints of its words, so that counting the words two
 * sets share is a merge of two short arrays rather than a hash lookup per word. The few-shot
 * search compares each question with every remembered example; this keeps that to microseconds.
 * (Two different words share a fingerprint with a probability of about 2^-64 per pair.)
 */
record WordPrint(long[] prints) {

    static WordPrint of(Set<String> words) {
        long[] prints = new long[words.size()];
        int i = 0;
        for (String word : words) {
            prints[i++] = fingerprint(word);
        }
        Arrays.sort(prints);
        return new WordPrint(prints);
    }

    int size() {
        return prints.length;
    }

    /** How many words the two sets share. */
    int common(WordPrint other) {
        long[] a = prints;
        long[] b = other.prints;
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** FNV-1a over the word's characters. */
    private static long fingerprint(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
