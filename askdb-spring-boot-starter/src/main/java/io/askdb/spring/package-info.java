/**
 * askdb in a Spring Boot application: {@link io.askdb.spring.AskDbAutoConfiguration} builds one
 * {@link io.askdb.AskDb} from the {@code askdb.*} properties and the application's
 * {@code DataSource} (through read-only connections, the SQL guard always on), reports it to
 * Actuator's health and the application's {@code MeterRegistry}, and can serve {@code /api/query}.
 */
package io.askdb.spring;
