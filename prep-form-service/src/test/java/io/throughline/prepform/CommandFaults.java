package io.throughline.prepform;

import io.throughline.prepform.command.PrepFormCommand;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptorSupport;

/**
 * Makes the handling of one organisation's commands of one type fail, inside the command's unit of
 * work as a failing MongoDB or a lost race would, so the failure takes the real way back to the caller.
 */
public final class CommandFaults implements AutoCloseable {

    private final AtomicInteger remaining;
    private final Registration registration;

    @SuppressWarnings("unchecked")
    private CommandFaults(
            CommandBus commandBus,
            String orgId,
            Class<? extends PrepFormCommand> type,
            int times,
            Supplier<RuntimeException> failure) {
        this.remaining = new AtomicInteger(times);
        MessageHandlerInterceptor<CommandMessage<?>> interceptor = (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof PrepFormCommand command
                    && type.isInstance(command)
                    && command.orgId().equals(orgId)
                    && remaining.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw failure.get();
            }
            return chain.proceed();
        };
        this.registration = ((MessageHandlerInterceptorSupport<CommandMessage<?>>) commandBus)
                .registerHandlerInterceptor(interceptor);
    }

    public static CommandFaults failFirst(
            CommandBus commandBus,
            String orgId,
            Class<? extends PrepFormCommand> type,
            int times,
            Supplier<RuntimeException> failure) {
        return new CommandFaults(commandBus, orgId, type, times, failure);
    }

    public static CommandFaults failAlways(
            CommandBus commandBus,
            String orgId,
            Class<? extends PrepFormCommand> type,
            Supplier<RuntimeException> failure) {
        return new CommandFaults(commandBus, orgId, type, Integer.MAX_VALUE, failure);
    }

    /** How many of the planned failures have not happened yet. */
    public int remaining() {
        return remaining.get();
    }

    @Override
    public void close() {
        registration.cancel();
    }
}
