package io.throughline.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleTest {

    enum Rules implements Rule {
        ONE_AGREEMENT_PER_SESSION;

        @Override
        public String statement() {
            return "one agreement per session";
        }
    }

    @Test
    void aKeptRulePasses() {
        assertThatCode(() -> Rules.ONE_AGREEMENT_PER_SESSION.check(true, "no agreement yet"))
                .doesNotThrowAnyException();
    }

    @Test
    void aBrokenRuleIsAViolationNamingItsRuleStatementAndSituation() {
        assertThatThrownBy(() -> Rules.ONE_AGREEMENT_PER_SESSION.check(false, "contracted on 'team'"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(Rules.ONE_AGREEMENT_PER_SESSION))
                .hasMessage("ONE_AGREEMENT_PER_SESSION: one agreement per session (contracted on 'team')");
    }
}
