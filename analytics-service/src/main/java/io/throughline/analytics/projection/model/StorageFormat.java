package io.throughline.analytics.projection.model;

/**
 * Documents written by an earlier version, before facts and sums were stored as one binary value
 * each. Read as if empty they would be overwritten with only what arrives next and lose their
 * history, so reading one fails, naming the way out.
 */
final class StorageFormat {

    private StorageFormat() {}

    static IllegalStateException older(String document) {
        return new IllegalStateException(
                document + " is stored in the format of an earlier version; rebuild the read models"
                        + " (POST /api/v1/admin/projections/rebuild) or start with fresh data");
    }
}
