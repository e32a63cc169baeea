package io.askdb.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * JSON for values kept in Redis. Untyped numbers read back the way the SQL executor produces them:
 * whole numbers as {@code Long} (or {@code BigInteger} beyond its range), decimals as
 * {@code BigDecimal}, so a response's rows are equal after the round trip. The one exception: a
 * whole {@code BigDecimal} ("100") comes back as a {@code Long}, which prints the same.
 */
final class CacheJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("askdb-cache").addDeserializer(Object.class, new WideNumbers()))
            .build();

    private CacheJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getName() + " from JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads untyped whole numbers as Long rather than Integer, at any depth of lists and maps. */
    private static final class WideNumbers extends UntypedObjectDeserializer {
        private static final long serialVersionUID = 1L;

        WideNumbers() {
            super((JavaType) null, (JavaType) null);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getLongValue();
            }
            return super.deserialize(parser, context);
        }
    }
}
