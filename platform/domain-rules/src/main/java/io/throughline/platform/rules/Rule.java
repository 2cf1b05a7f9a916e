package io.throughline.platform.rules;

/**
 * A rule of the domain that a command can break, implemented by an enum. Its {@link #name()} is how the API names
 * it: the {@code rule} of the 409 answer, in UPPER_SNAKE_CASE like every other enumerated value of the API
 * ({@code IN_PROGRESS}, {@code ADOPT_NEW_TOPIC}), stable across releases.
 */
public interface Rule {

    /** The rule's name in the API; an enum constant's name. */
    String name();

    /** The rule in one sentence, for the 409's {@code detail}. */
    String statement();

    /** Passes when {@code kept}; otherwise the command is refused, {@code situation} saying why here. */
    default void check(boolean kept, String situation) {
        if (!kept) {
            throw new RuleViolation(this, situation);
        }
    }
}
