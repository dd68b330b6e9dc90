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

    @Override
    public OpenAPI buildModel() {
        Map<String, Schema> schemas = new TreeMap<>();
        ROOTS.forEach(type -> add(type, schemas));
        FEEDS.forEach((name, item) -> {
            add(item, schemas);
            schemas.put(name, OASFactory.createSchema().type(SchemaType.OBJECT).description("A page of changes, oldest first.")
                    .addProperty("items", OASFactory.createSchema().type(SchemaType.ARRAY).items(ref(item)))
                    .addProperty("next", OASFactory.createSchema().type(SchemaType.STRING).description(
                            "The cursor of the next page, to send as cursor; absent when this page is the last one for now.")));
        });
        Map.of("InvoiceBulk", InvoiceDocument.class, "PaymentBulk", PaymentDocument.class).forEach((name, document) ->
                schemas.put(name, OASFactory.createSchema().type(SchemaType.ARRAY).maxItems(1000).minItems(1).items(ref(document))
                        .description("Up to 1,000 documents, each with its externalId.")));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().schemas(schemas));
    }

    private static void add(Class<?> type, Map<String, Schema> schemas) {
        if (schemas.containsKey(type.getSimpleName())) {
            return;
        }
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
        schemas.put(type.getSimpleName(), schema);
        org.eclipse.microprofile.openapi.annotations.media.Schema about =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (about != null && !about.description().isEmpty()) {
            schema.description(about.description());
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component.getName());
            Schema property = schemaOf(component.getGenericType(), schemas);
            org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
                    field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            if (annotation != null && annotation.hidden()) {
                continue;
            }
            if (annotation != null && !annotation.description().isEmpty()) {
                property.description(annotation.description());
            }
            if (annotation != null && !annotation.example().isEmpty()) {
                property.example(example(property, annotation.example()));
            }
            Size size = field.getAnnotation(Size.class);
            if (size != null && size.max() < Integer.MAX_VALUE) {
                if (property.getType() == SchemaType.ARRAY) {
                    property.maxItems(size.max());
                } else {
                    property.maxLength(size.max());
                }
            }
            if (field.isAnnotationPresent(Positive.class)) {
                property.minimum(BigDecimal.ZERO).exclusiveMinimum(true);
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
            return OASFactory.createSchema().type(SchemaType.ARRAY).uniqueItems(Set.class.isAssignableFrom(raw) ? Boolean.TRUE : null)
                    .items(schemaOf(generic.getActualTypeArguments()[0], schemas));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (raw == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (raw.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING)
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
    private static Object example(Schema property, String example) {
        try {
            return switch (property.getType() == null ? SchemaType.OBJECT : property.getType()) {
                case NUMBER -> new BigDecimal(example);
                case INTEGER -> Long.valueOf(example);
                case BOOLEAN -> Boolean.valueOf(example);
                case ARRAY -> fromJson(example);
                default -> example;
            };
        } catch (RuntimeException e) {
            return example;
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
