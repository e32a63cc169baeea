package io.askdb.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeterNameTest {

    @Test
    void should_give_every_meter_its_own_name_under_askdb() {
        assertThat(Arrays.stream(MeterName.values()).map(MeterName::meterName))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith("askdb.").isEqualTo(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Two Micrometer names may still meet in Prometheus ({@code askdb.llm.cost} in USD and
     * {@code askdb.llm.cost.usd} both export {@code askdb_llm_cost_usd_total}); the second would be refused.
     */
    @Test
    void should_give_every_meter_its_own_prometheus_name() {
        assertThat(Arrays.stream(MeterName.values()).map(MeterNameTest::prometheusFamily)).doesNotHaveDuplicates();
    }

    @Test
    void should_describe_every_meter() {
        assertThat(MeterName.values()).allSatisfy(name -> assertThat(name.description()).isNotBlank());
    }

    /** The family name Prometheus' naming convention gives: dots to underscores, then the unit. */
    private static String prometheusFamily(MeterName name) {
        String family = name.meterName().replace('.', '_');
        if (name.baseUnit() != null) {
            family += "_" + name.baseUnit();
        }
        if (name.kind() == MeterName.Kind.TIMER) {
            family += "_seconds";
        }
        return family;
    }
}
