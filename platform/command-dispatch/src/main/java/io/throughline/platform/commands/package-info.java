/**
 * How the services send commands: {@link io.throughline.platform.commands.RetryingCommandGateway} sends one again
 * when it lost a race for its aggregate's next event, and every command carries who sent it
 * ({@link io.throughline.platform.commands.RecordedBy}), which the events it raises keep in the event store.
 */
package io.throughline.platform.commands;
