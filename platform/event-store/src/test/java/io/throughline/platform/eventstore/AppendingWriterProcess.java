package io.throughline.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The writer {@link KilledWriterIT} kills: appends 10-event commits of large events to four
 * aggregates as fast as it can, printing a line after each, until the process is killed.
 * Arguments: MongoDB connection string, database, writer name.
 */
public final class AppendingWriterProcess {

    static final int EVENTS_PER_COMMIT = 10;
    static final String[] AGGREGATES = {"killed-0", "killed-1", "killed-2", "killed-3"};

    private AppendingWriterProcess() {}

    public static void main(String[] args) {
        String text = "x".repeat(20_000);
        try (MongoClient client = MongoClients.create(args[0])) {
            CommitEventStorageEngine engine = EventStoreMother.engine(client.getDatabase(args[1]));
            System.out.println("READY");
            for (int i = 0; ; i++) {
                String aggregate = AGGREGATES[i % AGGREGATES.length];
                long first = engine.lastSequenceNumberFor(aggregate)
                        .map(last -> last + 1)
                        .orElse(0L);
                List<DomainEventMessage<?>> commit = new ArrayList<>();
                for (int n = 0; n < EVENTS_PER_COMMIT; n++) {
                    commit.add(new GenericDomainEventMessage<>(
                            EventStoreMother.AGGREGATE_TYPE,
                            aggregate,
                            first + n,
                            new ThingHappened(aggregate, args[2], (int) (first + n), text)));
                }
                engine.appendEvents(commit);
                System.out.println("COMMITTED " + aggregate + " " + first);
                System.out.flush();
            }
        }
    }
}
