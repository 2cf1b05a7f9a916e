package io.throughline.platform.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stalls the next insert a MongoDB client sends, once armed: the writer has built its document
 * (chosen its position, taken its timestamp) but the write is not visible yet.
 */
final class StallingCommandListener implements CommandListener {

    private final long stallMillis;
    private final AtomicBoolean armed = new AtomicBoolean();
    final CountDownLatch stalled = new CountDownLatch(1);

    StallingCommandListener(long stallMillis) {
        this.stallMillis = stallMillis;
    }

    void arm() {
        armed.set(true);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.getCommandName().equals("insert") && armed.compareAndSet(true, false)) {
            stalled.countDown();
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
