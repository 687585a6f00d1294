package blog.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Request bodies must have the declared JSON types: no "true" for true, no 1 for "1", no duplicate keys. */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registers its modules, so that these deserializers win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new StrictJsonModule());
        objectMapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        objectMapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        objectMapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.DateTime, LogicalType.Enum, LogicalType.Collection}) {
            objectMapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            objectMapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            objectMapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            objectMapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        objectMapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        objectMapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        objectMapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        objectMapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        objectMapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        objectMapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    }
}
