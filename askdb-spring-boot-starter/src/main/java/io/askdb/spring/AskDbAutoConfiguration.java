package io.askdb.spring;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One {@link AskDb} for the application: configured from {@code askdb.*} (askdb's environment
 * variables in relaxed form, see {@link AskDbSettings}), answering on the application's
 * {@link DataSource} through a small read-only pool of its own (the SQL guard is always on: only
 * a single read-only SELECT over known tables, never a denied column, ever runs), publishing its
 * {@code askdb.*} meters and its pool's to the application's {@link MeterRegistry}. With Actuator
 * it adds the {@code askdb} health indicator; with {@code askdb.rest.enabled=true} in a web
 * application, {@code POST /api/query}.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"
        })
@ConditionalOnClass(AskDb.class)
@ConditionalOnProperty(prefix = "askdb", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AskDbProperties.class)
public class AskDbAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AskDbAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public AskDb askDb(AskDbProperties properties, Environment environment, ObjectProvider<DataSource> dataSource,
            ObjectProvider<MeterRegistry> meterRegistry) {
        AskDbConfig config = AskDbSettings.config(environment);
        AskDb.Builder builder = AskDb.builder().config(config);
        DataSource source = properties.isUseDataSource() ? dataSource.getIfUnique() : null;
        if (source != null) {
            builder.dataSource(source);
        }
        MeterRegistry registry = meterRegistry.getIfUnique();
        if (registry != null) {
            builder.meterRegistry(registry);
        }
        config.server().databases().forEach(builder::database);
        AskDb askdb = builder.build();
        if (registry != null) {
            askdb.bindPoolMetrics(registry);
        }
        LOG.info("askdb ready on {} ({} database(s)); LLM provider {}",
                source != null ? "the application's DataSource" : "askdb.database-url", askdb.databaseNames().size(),
                config.llm().provider().name().toLowerCase(java.util.Locale.ROOT));
        return askdb;
    }

    /** {@code askdb} in {@code /actuator/health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Health {
        @Bean(name = "askdbHealthIndicator")
        @ConditionalOnMissingBean(name = "askdbHealthIndicator")
        AskDbHealthIndicator askdbHealthIndicator(AskDb askdb) {
            return new AskDbHealthIndicator(askdb);
        }
    }

    /** {@code POST /api/query} when asked for with {@code askdb.rest.enabled=true}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    @ConditionalOnProperty(prefix = "askdb.rest", name = "enabled", havingValue = "true")
    static class Rest {
        @Bean
        @ConditionalOnMissingBean
        AskDbController askDbController(AskDb askdb) {
            return new AskDbController(askdb);
        }
    }
}
