package io.askdb.spring;

import io.askdb.AskDb;
import io.askdb.api.AskDbException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code askdb} in Actuator's health: up when every database's schema can be read (with its table
 * count), down otherwise, with the reason per database. Reading uses askdb's schema cache, so a
 * health probe costs a database round trip only when the schema TTL has passed.
 */
public class AskDbHealthIndicator implements HealthIndicator {

    private final AskDb askdb;

    public AskDbHealthIndicator(AskDb askdb) {
        this.askdb = askdb;
    }

    @Override
    public Health health() {
        Map<String, Object> databases = new LinkedHashMap<>();
        boolean allUp = true;
        for (String name : new TreeSet<>(askdb.databaseNames())) {
            try {
                databases.put(name, Map.of("status", "UP", "tables", askdb.schema(name).size(),
                        "product", askdb.schema(name).productName()));
            } catch (AskDbException e) {
                allUp = false;
                databases.put(name, Map.of("status", "DOWN", "error", e.code().name(), "message", e.getMessage()));
            }
        }
        Health.Builder health = allUp ? Health.up() : Health.down();
        return health.withDetail("databases", databases)
                .withDetail("llm", askdb.config().llm().provider().name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }
}
