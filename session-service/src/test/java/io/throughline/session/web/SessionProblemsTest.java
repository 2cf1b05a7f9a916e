package io.throughline.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.throughline.session.command.SessionKey;
import io.throughline.session.command.SessionNotFound;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class SessionProblemsTest {

    private final SessionProblems problems = new SessionProblems();

    @Test
    void anUnknownSessionIs404() {
        ProblemDetail problem = problems.notFound(new SessionNotFound(new SessionKey("org-1", "session-1")));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("No session session-1 in organisation org-1");
    }

    @Test
    void aConflictThatOutlivedTheRetriesIs409() {
        assertThat(problems.concurrentChange(new ConcurrencyException("taken")).getStatus())
                .isEqualTo(409);
        assertThat(problems.concurrentChange(new AggregateStreamCreationException("taken"))
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void anUnreachableEventStoreIs503() {
        MongoTimeoutException timeout = new MongoTimeoutException("No server chosen");

        assertThat(problems.storeFailed(timeout).getStatus()).isEqualTo(503);
        assertThat(problems.storeFailed(new EventStoreException("Could not store", timeout))
                        .getStatus())
                .isEqualTo(503);
        assertThat(problems.storeFailed(new MongoSocketOpenException("refused", new ServerAddress()))
                        .getStatus())
                .isEqualTo(503);
    }

    @Test
    void anyOtherEventStoreFailureIs500() {
        assertThat(problems.storeFailed(new EventStoreException("Could not store", new MongoException("disk full")))
                        .getStatus())
                .isEqualTo(500);
        assertThat(problems.storeFailed(new EventStoreException("An event id is already stored"))
                        .getStatus())
                .isEqualTo(500);
    }
}
