package io.askdb.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The generator's only source of chance: a {@link Random} with a fixed seed per table, so the
 * sample is the same on every JVM (Random's algorithm is part of its specification), and a change
 * to one table's generator leaves the others' rows as they were.
 */
final class Dice {

    private static final long BASE_SEED = 0x5A1E_5172_2008L;

    private final Random random;

    Dice(String stream) {
        this.random = new Random(BASE_SEED ^ stream.hashCode());
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A version-4 UUID drawn from this stream. */
    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Midnight on the first of a month between the two dates. */
    LocalDateTime firstOfMonth(LocalDate from, LocalDate to) {
        int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
        return from.withDayOfMonth(1).plusMonths(between(0, months)).atStartOfDay();
    }

    void shuffle(List<?> items) {
        Collections.shuffle(items, random);
    }

    /** Money has four decimals in SQL Server. */
    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
