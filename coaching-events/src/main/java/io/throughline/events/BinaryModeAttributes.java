package io.throughline.events;

import io.cloudevents.CloudEventData;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventRWException;
import io.cloudevents.rw.CloudEventWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * What the CloudEvents SDK reads from a binary-mode record, kept as the strings it came as: the
 * codec needs only id, type, the sequence extension and the data, so nothing is built that it would
 * throw away. The checks of the SDK's own builder stay: id, source and type present, source a URI
 * reference, time an RFC 3339 timestamp, extension names lower-case letters and digits.
 */
final class BinaryModeAttributes implements CloudEventWriter<BinaryModeAttributes> {

    private String id;
    private String source;
    private String type;
    private String sequence;
    private byte[] data;

    @Override
    public CloudEventContextWriter withContextAttribute(String name, String value) {
        switch (name) {
            case "id" -> id = value;
            case "source" -> source = requireUri(name, value);
            case "type" -> type = value;
            case "time" -> requireTimestamp(name, value);
            case "dataschema" -> requireUri(name, value);
            case "datacontenttype", "subject" -> {
                // not needed to read the event
            }
            case CoachingEventCodec.SEQUENCE -> sequence = value;
            default -> requireExtensionName(name);
        }
        return this;
    }

    @Override
    public BinaryModeAttributes end(CloudEventData data) {
        this.data = data == null ? null : data.toBytes();
        return end();
    }

    @Override
    public BinaryModeAttributes end() {
        for (String[] attribute : new String[][] {{"id", id}, {"source", source}, {"type", type}}) {
            if (attribute[1] == null) {
                throw new IllegalStateException("Attribute '" + attribute[0] + "' cannot be null");
            }
        }
        return this;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    /** The {@code sequence} extension as sent, null if absent. */
    String sequence() {
        return sequence;
    }

    /** Null for a record without data. */
    byte[] data() {
        return data;
    }

    private static String requireUri(String name, String value) {
        try {
            new URI(value);
            return value;
        } catch (URISyntaxException e) {
            throw CloudEventRWException.newInvalidAttributeValue(name, value, e);
        }
    }

    private static void requireTimestamp(String name, String value) {
        if (IsoInstants.parseUtc(value) != null) {
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw CloudEventRWException.newInvalidAttributeValue(name, value, e);
        }
    }

    private static void requireExtensionName(String name) {
        boolean valid = !name.isEmpty();
        for (int i = 0; i < name.length() && valid; i++) {
            char c = name.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
        if (!valid) {
            throw CloudEventRWException.newInvalidExtensionName(name);
        }
    }
}
