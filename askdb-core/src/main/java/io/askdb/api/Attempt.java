package io.askdb.api;

/** One SQL that was tried, and the error it met (null when it ran). */
public record Attempt(String sql, String error) {}
