package io.throughline.platform.time;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;

/** Spring creates this validator, so it reads the service's clock through the {@link BusinessTime} bean. */
public class NotTooFarAheadValidator implements ConstraintValidator<NotTooFarAhead, Instant> {

    private final BusinessTime businessTime;

    public NotTooFarAheadValidator(BusinessTime businessTime) {
        this.businessTime = businessTime;
    }

    @Override
    public boolean isValid(Instant at, ConstraintValidatorContext context) {
        return at == null || !businessTime.isTooFarAhead(at);
    }
}
