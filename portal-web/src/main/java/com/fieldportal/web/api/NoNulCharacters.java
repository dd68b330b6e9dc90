package com.fieldportal.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** Text of a document with a NUL character (written \\u0000 in JSON) is refused as it is read: the database cannot keep it. */
public class NoNulCharacters implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text = parser.getString();
        if (text.indexOf('\0') >= 0) {
            throw new JsonbException("A text has a NUL character (\\u0000), which the portal does not keep");
        }
        return text;
    }
}
