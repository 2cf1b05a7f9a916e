package io.throughline.session.command;

import static io.throughline.session.SessionMother.articleCommands;
import static io.throughline.session.SessionMother.articleEvents;
import static org.assertj.core.api.Assertions.assertThat;

import io.throughline.events.SessionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article's session (METRICS.md, worked example), one command at a time, each giving its event. */
class ArticleSessionTest {

    private final SessionFixture session = new SessionFixture();

    @Test
    void playsTheArticleSessionEndToEnd() {
        List<SessionCommand> commands = articleCommands();
        List<SessionEvent> events = articleEvents();
        assertThat(events).hasSize(10);

        session.noSession().when(commands.getFirst()).expectEvents(events.getFirst());
        for (int step = 1; step < commands.size(); step++) {
            session.given(events.subList(0, step).toArray())
                    .when(commands.get(step))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(events.get(step));
        }
    }
}
