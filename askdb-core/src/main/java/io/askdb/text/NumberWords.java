package io.askdb.text;

import io.askdb.text.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns spelled-out numbers into digits ("five" → 5, "twenty-five" → 25, "one hundred and five" →
 * 105), so "top five" and "top 5" share a key and carry the same literal. Words that do not form a
 * number in order ("one two") become separate numbers, never a sum.
 */
public final class NumberWords {

    private enum Part { UNIT, TEEN, TENS, HUNDRED, SCALE }

    private record Value(Part part, long value) {}

    private static final Map<String, Value> WORDS = Map.ofEntries(
            Map.entry("zero", new Value(Part.UNIT, 0)), Map.entry("one", new Value(Part.UNIT, 1)),
            Map.entry("two", new Value(Part.UNIT, 2)), Map.entry("three", new Value(Part.UNIT, 3)),
            Map.entry("four", new Value(Part.UNIT, 4)), Map.entry("five", new Value(Part.UNIT, 5)),
            Map.entry("six", new Value(Part.UNIT, 6)), Map.entry("seven", new Value(Part.UNIT, 7)),
            Map.entry("eight", new Value(Part.UNIT, 8)), Map.entry("nine", new Value(Part.UNIT, 9)),
            Map.entry("ten", new Value(Part.TEEN, 10)), Map.entry("eleven", new Value(Part.TEEN, 11)),
            Map.entry("twelve", new Value(Part.TEEN, 12)), Map.entry("thirteen", new Value(Part.TEEN, 13)),
            Map.entry("fourteen", new Value(Part.TEEN, 14)), Map.entry("fifteen", new Value(Part.TEEN, 15)),
            Map.entry("sixteen", new Value(Part.TEEN, 16)), Map.entry("seventeen", new Value(Part.TEEN, 17)),
            Map.entry("eighteen", new Value(Part.TEEN, 18)), Map.entry("nineteen", new Value(Part.TEEN, 19)),
            Map.entry("twenty", new Value(Part.TENS, 20)), Map.entry("thirty", new Value(Part.TENS, 30)),
            Map.entry("forty", new Value(Part.TENS, 40)), Map.entry("fifty", new Value(Part.TENS, 50)),
            Map.entry("sixty", new Value(Part.TENS, 60)), Map.entry("seventy", new Value(Part.TENS, 70)),
            Map.entry("eighty", new Value(Part.TENS, 80)), Map.entry("ninety", new Value(Part.TENS, 90)),
            Map.entry("hundred", new Value(Part.HUNDRED, 100)), Map.entry("thousand", new Value(Part.SCALE, 1_000)),
            Map.entry("million", new Value(Part.SCALE, 1_000_000)),
            Map.entry("billion", new Value(Part.SCALE, 1_000_000_000)));

    /** Words that count without being numbers in a sequence: "visited twice". */
    private static final Map<String, Integer> TIMES = Map.of("once", 1, "twice", 2);

    private NumberWords() {}

    /**
     * The value of one number word ("five", "hundred", "twice"), for a reading that takes numbers
     * a word at a time; empty for anything else, compounds ("twenty-five") included. A scale word
     * alone is a unit, not a number: "profits in billion" asks for no value of a billion.
     */
    public static OptionalInt valueOf(String lower) {
        Value value = WORDS.get(lower);
        if (value != null && value.part() != Part.SCALE) {
            return OptionalInt.of((int) value.value());
        }
        Integer times = TIMES.get(lower);
        return times == null ? OptionalInt.empty() : OptionalInt.of(times);
    }

    /** The tokens with every run of number words replaced by one word token of digits. */
    public static List<Token> fold(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        Run run = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Value> values = token.isWord() ? values(token.lower()) : null;
            if (values == null && run != null && token.is("and") && run.last == Part.HUNDRED
                    && i + 1 < tokens.size() && tokens.get(i + 1).isWord() && values(tokens.get(i + 1).lower()) != null) {
                continue; // "one hundred and five"
            }
            if (values == null) {
                if (run != null) {
                    out.add(run.token());
                    run = null;
                }
                out.add(token);
                continue;
            }
            for (Value value : values) {
                if (run != null && !run.accepts(value.part())) {
                    out.add(run.token());
                    run = null;
                }
                if (run == null) {
                    run = new Run(token.first() && out.isEmpty());
                }
                run.add(value);
            }
        }
        if (run != null) {
            out.add(run.token());
        }
        return out;
    }

    /** The number words of a word ("twenty-five" has two), or null when it is not made of them. */
    private static List<Value> values(String lower) {
        Value single = WORDS.get(lower);
        if (single != null) {
            return List.of(single);
        }
        if (lower.indexOf('-') < 0) {
            return null;
        }
        List<Value> values = new ArrayList<>();
        for (String part : lower.split("-")) {
            Value value = WORDS.get(part);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** One number being read, left to right: "two hundred thousand" → 200 000. */
    private static final class Run {
        private final boolean first;
        private long total;
        private long current;
        private Part last;

        Run(boolean first) {
            this.first = first;
        }

        boolean accepts(Part next) {
            return switch (last) {
                case UNIT, TEEN -> next == Part.HUNDRED || next == Part.SCALE;
                case TENS -> next == Part.UNIT || next == Part.HUNDRED || next == Part.SCALE;
                case HUNDRED -> next != Part.HUNDRED;
                case SCALE -> next == Part.UNIT || next == Part.TEEN || next == Part.TENS;
            };
        }

        void add(Value value) {
            switch (value.part()) {
                case UNIT, TEEN, TENS -> current += value.value();
                case HUNDRED -> current = (current == 0 ? 1 : current) * 100;
                case SCALE -> {
                    total += (current == 0 ? 1 : current) * value.value();
                    current = 0;
                }
            }
            last = value.part();
        }

        Token token() {
            String digits = Long.toString(total + current);
            return Token.surface(Kind.WORD, digits, digits, first);
        }
    }
}
