package io.throughline.analytics.projection.model;

/**
 * Free text and ids used as MongoDB field names: a dot would open a sub-document and a leading
 * dollar an operator, so both (and the escape character itself) are percent-escaped.
 */
public final class FieldNames {

    private FieldNames() {}

    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '%' -> encoded.append("%25");
                case '.' -> encoded.append("%2E");
                case '$' -> encoded.append("%24");
                case '\0' -> encoded.append("%00");
                default -> encoded.append(c);
            }
        }
        return encoded.toString();
    }

    public static String decode(String name) {
        StringBuilder decoded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%' && i + 2 < name.length()) {
                decoded.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }
}
