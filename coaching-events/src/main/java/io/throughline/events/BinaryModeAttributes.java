package io.throughline.events;

import io.cloudevents.CloudEventData;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventRWException;
import io.cloudevents.rw.CloudEventWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What the CloudEvents SDK reads from a binary-mode record, kept as the strings it came as: the
 * codec needs only id, type, the sequence extension and the data, so nothing is built that it would
 * throw away. The checks of the SDK's own builder stay: id, source and type present, source a URI
 * reference, time an RFC 3339 timestamp, extension names lower-case letters and digits.
 * <p>
 * {@link #readPlain} reads the common record itself, in one pass over its headers, without the
 * SDK's copies of every header name and value; it gives the attributes the SDK's binary-mode reader
 * would give this writer, and declines (null) whatever it does not read the same way.
 */
final class BinaryModeAttributes implements CloudEventWriter<BinaryModeAttributes> {

    private static final String PREFIX = "ce_";
    private static final byte[] V1 = "1.0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] V03 = "0.3".getBytes(StandardCharsets.US_ASCII);
    /** The attributes whose values this writer looks at, not only at their names. */
    private static final Set<String> READ =
            Set.of("id", "source", "type", "time", "dataschema", CoachingEventCodec.SEQUENCE);
    /** Header names of the attributes every record of the contract has, to the attribute names. */
    private static final Map<String, String> KNOWN = Stream.of(
                    "specversion",
                    "id",
                    "source",
                    "type",
                    "time",
                    "subject",
                    "datacontenttype",
                    "dataschema",
                    CoachingEventCodec.ORG_ID,
                    CoachingEventCodec.CLIENT_ID,
                    CoachingEventCodec.SEQUENCE)
            .collect(Collectors.toUnmodifiableMap(name -> PREFIX + name, name -> name));

    private static final byte[] JSON = CoachingEventCodec.DATA_CONTENT_TYPE.getBytes(StandardCharsets.US_ASCII);
    private static final boolean JSON_IS_STRUCTURED = structured(CoachingEventCodec.DATA_CONTENT_TYPE);

    private String id;
    private String source;
    private String type;
    private String sequence;
    private byte[] data;

    /**
     * The attributes of a binary-mode record whose {@code ce_} header names are all lower case and
     * whose spec version is one the SDK reads, as the SDK's reader would write them; null for any
     * other record (structured mode, no or another spec version, a header without a value, a name in
     * upper case) and for any attribute this writer refuses: the caller then reads it through the
     * SDK, which decides and explains.
     */
    static BinaryModeAttributes readPlain(Headers headers, byte[] value) {
        BinaryModeAttributes attributes = new BinaryModeAttributes();
        byte[] specVersion = null;
        try {
            for (Header header : headers) {
                String key = header.key();
                byte[] bytes = header.value();
                if (key == null || bytes == null) {
                    return null;
                }
                if (key.equals("content-type")) {
                    if (structured(bytes)) {
                        return null;
                    }
                } else if (key.length() > PREFIX.length() && key.startsWith(PREFIX)) {
                    String name = KNOWN.get(key);
                    if (name == null) {
                        name = key.substring(PREFIX.length());
                        if (!isLowerCase(name)) {
                            return null;
                        }
                    }
                    if (name.equals("specversion")) {
                        specVersion = bytes;
                    } else {
                        attributes.withContextAttribute(
                                name, READ.contains(name) ? new String(bytes, StandardCharsets.UTF_8) : "");
                    }
                }
            }
            if (specVersion == null || !(Arrays.equals(specVersion, V1) || Arrays.equals(specVersion, V03))) {
                return null;
            }
            attributes.data = value == null || value.length == 0 ? null : value;
            return attributes.end();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public CloudEventContextWriter withContextAttribute(String name, String value) {
        // the names whose values are used here are READ: readPlain decodes only those
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

    /** A content type the SDK would read as structured mode, or refuse as an unknown structured format. */
    private static boolean structured(byte[] contentType) {
        return Arrays.equals(contentType, JSON)
                ? JSON_IS_STRUCTURED
                : structured(new String(contentType, StandardCharsets.UTF_8));
    }

    private static boolean structured(String contentType) {
        return contentType.startsWith("application/cloudevents")
                || EventFormatProvider.getInstance().resolveFormat(contentType) != null;
    }

    /** ASCII without capitals: what the SDK's {@code toLowerCase()} leaves as it is in any locale. */
    private static boolean isLowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 127 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
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
