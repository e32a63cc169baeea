package io.askdb.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The auto-configuration in small application contexts over an H2 database of its own. */
class AskDbAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AskDbAutoConfiguration.class))
            .withBean(DataSource.class, AskDbAutoConfigurationTest::shop)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("askdb.llm-provider=none", "askdb.deny-columns=PUBLIC.CUSTOMER.SECRET");

    @Test
    void should_answer_on_the_applications_data_source_and_publish_meters_to_its_registry() {
        runner.run(context -> {
            AskDb askdb = context.getBean(AskDb.class);
            QueryResponse answer = askdb.ask(QueryRequest.of("how many customers are there"));

            assertThat(answer.success()).as("%s", answer.error()).isTrue();
            assertThat(answer.rows()).containsExactly(java.util.List.of(3L));
            assertThat(context.getBean(MeterRegistry.class).find("askdb.query.duration").timer().count()).isEqualTo(1);
            assertThat(context.getBean(MeterRegistry.class).find("hikaricp.connections").tag("pool", "askdb-default").gauge())
                    .isNotNull();
        });
    }

    @Test
    void should_borrow_read_only_connections_and_keep_the_guard_on() {
        List<Boolean> readOnlyCalls = new CopyOnWriteArrayList<>();
        DataSource recording = new DelegatingDataSource(shop()) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("setReadOnly")) {
                                readOnlyCalls.add((Boolean) args[0]);
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AskDbAutoConfiguration.class))
                .withBean(DataSource.class, () -> recording)
                .withPropertyValues("askdb.llm-provider=none", "askdb.deny-columns=PUBLIC.CUSTOMER.SECRET")
                .run(context -> {
            AskDb askdb = context.getBean(AskDb.class);
            assertThat(askdb.ask(QueryRequest.of("how many customers are there")).success()).isTrue();

            QueryResponse write = askdb.ask(QueryRequest.of("delete all customers"));
            assertThat(write.sql() == null || !write.sql().toUpperCase(java.util.Locale.ROOT).contains("DELETE")).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> askdb.explain(null, "UPDATE customer SET name = 'x'"))
                    .isInstanceOf(io.askdb.sql.SqlRejectedException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> askdb.explain(null, "SELECT secret FROM customer"))
                    .isInstanceOf(io.askdb.sql.SqlRejectedException.class);
            assertThat(readOnlyCalls).as("askdb sets each borrowed connection read-only, never back").isNotEmpty()
                    .containsOnly(true);
        });
    }

    @Test
    void should_report_health_up_with_each_database() {
        runner.run(context -> {
            AskDbHealthIndicator health = context.getBean(AskDbHealthIndicator.class);

            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails().get("databases").toString()).contains("default").contains("tables=1");
        });
    }

    @Test
    void should_build_nothing_when_disabled_and_serve_no_endpoint_unless_asked() {
        runner.withPropertyValues("askdb.enabled=false").run(context -> assertThat(context).doesNotHaveBean(AskDb.class));
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AskDbAutoConfiguration.class))
                .withBean(DataSource.class, AskDbAutoConfigurationTest::shop)
                .withPropertyValues("askdb.llm-provider=none")
                .run(context -> assertThat(context).hasSingleBean(AskDb.class).doesNotHaveBean(AskDbController.class));
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AskDbAutoConfiguration.class))
                .withBean(DataSource.class, AskDbAutoConfigurationTest::shop)
                .withPropertyValues("askdb.llm-provider=none", "askdb.rest.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(AskDbController.class));
    }

    @Test
    void should_leave_a_users_own_askdb_alone() {
        runner.withBean("mine", AskDb.class, () -> AskDb.builder().dataSource(shop()).build())
                .run(context -> assertThat(context).hasSingleBean(AskDb.class).hasBean("mine"));
    }

    /** A shop of 3 customers (one column denied) in an H2 database named for this branch's tests. */
    private static DataSource shop() {
        String url = "jdbc:h2:mem:i17_shop_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, secret VARCHAR(30))");
            statement.execute("INSERT INTO customer VALUES (1, 'Ada', 's1'), (2, 'Grace', 's2'), (3, 'Linus', 's3')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DriverManagerDataSource(url, "sa", "");
    }
}
