package com.fieldportal.backoffice;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of the API's documents and answers, read from the records themselves: their components, their
 * {@code @Schema} descriptions and examples, and their Bean Validation constraints. Written here because the
 * servers scan only the WAR for schemas, and the records live in the EJB module (configured as mp.openapi.model.reader);
 * the operations refer to them by name.
 */
public class ApiSchemas implements OASModelReader {

    /** The pages of the pulls: a Feed of each kind of item. */
    private static final Map<String, Class<?>> FEEDS = Map.of("PaymentFeed", PaymentItem.class, "RequestFeed", RequestItem.class,
            "SignatureFeed", SignatureItem.class, "RunFeed", RunItem.class);
    private static final List<Class<?>> ROOTS = List.of(AccountDocument.class, PropertyDocument.class, ContactDocument.class,
            StaffDocument.class, ProposalDocument.class, InvoiceDocument.class, PaymentDocument.class, CreditDocument.class,
            CreditApplicationDocument.class, Stored.class, BulkResult.class, Problem.class);
    /** MicroProfile OpenAPI 3.x (OpenAPI 3.0), not 4 (OpenAPI 3.1): see typed(). */
    private static final boolean MODEL_3_0 = exists("type", SchemaType.class);

    @Override
    public OpenAPI buildModel() {
        Map<String, Schema> schemas = new TreeMap<>();
        ROOTS.forEach(type -> add(type, schemas));
        FEEDS.forEach((name, item) -> {
            add(item, schemas);
            schemas.put(name, typed(SchemaType.OBJECT).description("A page of changes, oldest first.")
                    .addProperty("items", typed(SchemaType.ARRAY).items(ref(item)))
                    .addProperty("next", typed(SchemaType.STRING).description(
                            "The cursor of the next page, to send as cursor; absent when this page is the last one for now.")));
        });
        Map.of("InvoiceBulk", InvoiceDocument.class, "PaymentBulk", PaymentDocument.class).forEach((name, document) ->
                schemas.put(name, typed(SchemaType.ARRAY).maxItems(1000).minItems(1).items(ref(document))
                        .description("Up to 1,000 documents, each with its externalId.")));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().schemas(schemas));
    }

    private static void add(Class<?> type, Map<String, Schema> schemas) {
        if (schemas.containsKey(type.getSimpleName())) {
            return;
        }
        Schema schema = typed(SchemaType.OBJECT);
        schemas.put(type.getSimpleName(), schema);
        org.eclipse.microprofile.openapi.annotations.media.Schema about =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (about != null && !about.description().isEmpty()) {
            schema.description(about.description());
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            Schema property = schemaOf(component.getGenericType(), schemas);
            boolean array = Collection.class.isAssignableFrom(component.getType());
            org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                    field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            if (annotation != null && annotation.hidden()) {
                continue;
            }
            if (annotation != null && !annotation.description().isEmpty()) {
                property.description(annotation.description());
            }
            if (annotation != null && !annotation.example().isEmpty()) {
                property.example(example(component.getType(), annotation.example()));
            }
            Size size = field.getAnnotation(Size.class);
            if (size != null && size.max() < Integer.MAX_VALUE) {
                if (array) {
                    property.maxItems(size.max());
                } else {
                    property.maxLength(size.max());
                }
            }
            if (field.isAnnotationPresent(Positive.class)) {
                positive(property);
            }
            boolean required = (annotation != null && annotation.required()) || field.isAnnotationPresent(NotNull.class)
                    || field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class);
            if (required) {
                schema.addRequired(component.getName());
            }
            schema.addProperty(component.getName(), property);
        }
    }

    private static Schema schemaOf(Type type, Map<String, Schema> schemas) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return typed(SchemaType.ARRAY).uniqueItems(Set.class.isAssignableFrom(raw) ? Boolean.TRUE : null)
                    .items(schemaOf(generic.getActualTypeArguments()[0], schemas));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return typed(SchemaType.STRING);
        }
        if (raw == BigDecimal.class) {
            return typed(SchemaType.NUMBER);
        }
        if (raw == int.class || raw == Integer.class) {
            return typed(SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return typed(SchemaType.INTEGER).format("int64");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed(SchemaType.BOOLEAN);
        }
        if (raw == LocalDate.class) {
            return typed(SchemaType.STRING).format("date");
        }
        if (raw == Instant.class) {
            return typed(SchemaType.STRING).format("date-time");
        }
        if (raw.isEnum()) {
            return typed(SchemaType.STRING)
                    .enumeration(Arrays.stream(raw.getEnumConstants()).map(value -> (Object) ((Enum<?>) value).name()).toList());
        }
        if (raw.isRecord()) {
            add(raw, schemas);
            return ref(raw);
        }
        throw new IllegalArgumentException("No schema for " + raw);
    }

    private static Schema ref(Class<?> type) {
        return OASFactory.createSchema().ref(type.getSimpleName());
    }

    /** The example as the type it illustrates: 120.00 a number, ["PRIMARY"] a list. */
    private static Object example(Class<?> type, String example) {
        try {
            if (type == BigDecimal.class) {
                return new BigDecimal(example);
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return Long.valueOf(example);
            }
            if (type == boolean.class || type == Boolean.class) {
                return Boolean.valueOf(example);
            }
            return Collection.class.isAssignableFrom(type) ? fromJson(example) : example;
        } catch (RuntimeException e) {
            return example;
        }
    }

    /*
     * MicroProfile OpenAPI 3.1 (Payara 6, OpenAPI 3.0) and 4 (WildFly 39, OpenAPI 3.1) differ in two calls used here:
     * type(SchemaType) became type(List<SchemaType>), and exclusiveMinimum(Boolean) became exclusiveMinimum(BigDecimal).
     * Linked against one, the code would fail on the other, so these two are found at run time.
     */

    private static Schema typed(SchemaType type) {
        Schema schema = OASFactory.createSchema();
        if (MODEL_3_0) {
            invoke(schema, "type", SchemaType.class, type);
        } else {
            invoke(schema, "type", List.class, List.of(type));
        }
        return schema;
    }

    /** Greater than zero. */
    private static void positive(Schema schema) {
        if (MODEL_3_0) {
            invoke(schema.minimum(BigDecimal.ZERO), "exclusiveMinimum", Boolean.class, Boolean.TRUE);
        } else {
            invoke(schema, "exclusiveMinimum", BigDecimal.class, BigDecimal.ZERO);
        }
    }

    private static boolean exists(String method, Class<?> parameter) {
        try {
            Schema.class.getMethod(method, parameter);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void invoke(Schema schema, String method, Class<?> parameter, Object value) {
        try {
            Schema.class.getMethod(method, parameter).invoke(schema, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, List.class);
        } catch (Exception e) {
            return json;
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
