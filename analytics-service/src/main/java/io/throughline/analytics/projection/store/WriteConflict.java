package io.throughline.analytics.projection.store;

/**
 * Another writer changed a document between this writer's read of it (or its own last write) and
 * this write: the write did not happen. Typically an instance that lost its partitions while it was
 * paused and resumed with a batch in hand. Nothing later in the batch is written; the batch is
 * delivered again and read afresh, by this instance if it still owns the partition.
 */
public final class WriteConflict extends RuntimeException {

    WriteConflict(String collection, int conflicts) {
        super(conflicts + " document(s) of " + collection
                + " changed by another writer since this one read them; the batch is read again");
    }
}
