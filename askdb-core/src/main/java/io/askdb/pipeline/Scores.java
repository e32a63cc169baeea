package io.askdb.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes scores for people with enough digits that two different ones never read the same. */
final class Scores {

    private static final int MAX_DIGITS = 6;

    private Scores() {}

    /**
     * {@code value} rounded to two decimals, or to as many more as it takes to differ from
     * {@code other} once rounded the same way: 0.8462 against 0.85 reads "0.846", not "0.85".
     */
    static String apart(double value, double other) {
        for (int digits = 2; digits < MAX_DIGITS; digits++) {
            String a = round(value, digits);
            if (!a.equals(round(other, digits)) || value == other) {
                return a;
            }
        }
        return round(value, MAX_DIGITS);
    }

    /** Rounded to {@code digits} decimals, trailing zeros past the second dropped ("0.850" reads "0.85"). */
    private static String round(double value, int digits) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.setScale(Math.max(2, rounded.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
