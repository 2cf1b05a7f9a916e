package io.throughline.issuer;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Prints an {@link IssuerSetupException} as its one line instead of a stack trace (before Boot's binding analysis). */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SetupFailureAnalyzer extends AbstractFailureAnalyzer<IssuerSetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IssuerSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct it and start the issuer again.", cause);
    }
}
