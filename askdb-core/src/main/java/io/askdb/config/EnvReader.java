package io.askdb.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validated reads from an environment map. Every failure names the variable and the value,
 * so a misconfiguration is fixed from the message alone.
 */
final class EnvReader {

    private final Map<String, String> env;

    public EnvReader(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The trimmed value, or empty when unset or blank. */
    public Optional<String> string(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String string(String name, String defaultValue) {
        return string(name).orElse(defaultValue);
    }

    public int integer(String name, int defaultValue, int min) {
        int value = string(name).map(v -> parseInt(name, v)).orElse(defaultValue);
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    public double decimal(String name, double defaultValue, double min) {
        double value = string(name).map(v -> parseDouble(name, v)).orElse(defaultValue);
        if (value < min || Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /** A duration given in whole seconds. */
    public Duration seconds(String name, long defaultSeconds) {
        return Duration.ofSeconds(integer(name, (int) defaultSeconds, 0));
    }

    public boolean flag(String name, boolean defaultValue) {
        return string(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(defaultValue);
    }

    /** A comma-separated list with blanks dropped. */
    public List<String> list(String name, List<String> defaultValue) {
        return string(name)
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(defaultValue);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static double parseDouble(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
        }
    }
}
