package io.askdb.example;

import com.zaxxer.hikari.HikariDataSource;
import io.askdb.sample.SampleDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with its own database (here an in-memory H2 filled with the SalesLT
 * sample) and askdb-spring-boot-starter: {@code POST /api/query {"question": "How many customers
 * are there?"}} answers 847, and {@code /actuator/health} reports askdb.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** The application's DataSource from {@code spring.datasource.*}, filled with the sample on first start. */
    @Bean
    DataSource dataSource(DataSourceProperties properties) throws SQLException {
        HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        try (Connection connection = dataSource.getConnection()) {
            if (!SampleDatabase.isLoaded(connection)) {
                SampleDatabase.load(connection);
            }
        }
        return dataSource;
    }
}
