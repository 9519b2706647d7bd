package io.toasty.quarkus.test.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The messages logged to one category while it is open, as the application's log handlers receive them (Quarkus
 * routes java.util.logging and {@code System.Logger} through JBoss LogManager); closing it stops the capture.
 */
public final class CapturedLog extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<String> messages = new ArrayList<>();

    private CapturedLog(String category) {
        this.logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    /** Starts capturing what is logged to {@code category}, at the level the application configured for it. */
    public static CapturedLog of(String category) {
        return new CapturedLog(category);
    }

    /** The messages so far. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
