package io.throughline.session.command;

import static io.throughline.session.SessionMother.ORG;
import static io.throughline.session.SessionMother.OTHER_ORG;
import static io.throughline.session.SessionMother.SESSION;
import static io.throughline.session.SessionMother.schedule;
import static io.throughline.session.SessionMother.start;
import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.junit.jupiter.api.Test;

class SessionKeyTest {

    @Test
    void storesEachOrganisationsSessionsApart() {
        assertThat(new SessionKey(ORG, SESSION).toString()).isNotEqualTo(new SessionKey(OTHER_ORG, SESSION).toString());
    }

    @Test
    void commandsAddressTheStreamOfTheirOrganisationsSession() {
        AnnotationCommandTargetResolver resolver =
                AnnotationCommandTargetResolver.builder().build();

        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(start("10:00")))
                        .getIdentifier())
                .isEqualTo(ORG + "/" + SESSION);
        assertThat(resolver.resolveTarget(GenericCommandMessage.asCommandMessage(schedule()))
                        .getIdentifier())
                .isEqualTo(ORG + "/" + SESSION);
    }
}
