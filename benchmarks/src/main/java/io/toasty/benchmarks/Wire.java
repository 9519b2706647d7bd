package io.toasty.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts what pgjdbc sends and receives, from its own protocol log ({@code org.postgresql} at {@code FINEST}): round
 * trips (a {@code Sync} ends each), {@code Parse} messages (named ones are server-prepared statements, made
 * once per connection; unnamed ones are parsed and planned again each time), data rows and their bytes, and the text
 * of every statement parsed. These figures do not depend on the load of the machine, unlike times. Used only while
 * counting, never while timing: the log costs more than what it counts. {@code -Dwire.trace=true} also prints every
 * protocol message counted, to see what a call sends.
 */
final class Wire {
    private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    /**
     * What went over the wire in some calls.
     *
     * @param calls the calls counted
     * @param roundTrips times the client sent a {@code Sync} and waited for the server's answer up to it (a
     *     transaction's {@code BEGIN}, sent as a simple query just before, travels in the same round trip)
     * @param unnamedParses statements parsed without a name: parsed and planned by the server on every execution
     * @param namedParses statements parsed under a name: server-prepared, then only bound and executed
     * @param binds executions ({@code Bind} messages)
     * @param simpleQueries statements sent as simple queries ({@code COMMIT}, {@code SAVEPOINT}, ...)
     * @param dataRows rows received
     * @param rowBytes bytes of the rows received
     * @param texts each statement text parsed or sent as a simple query, with how many times
     * @param prepared each statement text the application prepared or executed through JDBC, with how many times
     */
    record Counts(
            int calls,
            long roundTrips,
            long unnamedParses,
            long namedParses,
            long binds,
            long simpleQueries,
            long dataRows,
            long rowBytes,
            Map<String, Integer> texts,
            Map<String, Integer> prepared) {
        double perCall(long count) {
            return (double) count / calls;
        }

        /** {@code 2}, or {@code 2.5} when calls differ. */
        String format(long count) {
            double value = perCall(count);
            return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
        }
    }

    private final Counter counter = new Counter();
    private Level previous;

    /** Starts counting, on every thread. */
    void start() {
        counter.reset();
        previous = PROTOCOL.getLevel();
        PROTOCOL.setLevel(Level.FINEST);
        PROTOCOL.addHandler(counter);
    }

    /**
     * Stops counting; returns what {@code calls} calls sent and received since {@link #start()}, with the texts the
     * application {@code prepared} meanwhile.
     */
    Counts stop(int calls, Map<String, Integer> prepared) {
        PROTOCOL.removeHandler(counter);
        PROTOCOL.setLevel(previous);
        return counter.counts(calls, prepared);
    }

    private static final boolean TRACE = Boolean.getBoolean("wire.trace");

    private static final class Counter extends Handler {
        private long roundTrips;
        private long unnamedParses;
        private long namedParses;
        private long binds;
        private long simpleQueries;
        private long dataRows;
        private long rowBytes;
        private final Map<String, Integer> texts = new TreeMap<>();

        Counter() {
            setLevel(Level.ALL);
        }

        synchronized void reset() {
            roundTrips = 0;
            unnamedParses = 0;
            namedParses = 0;
            binds = 0;
            simpleQueries = 0;
            dataRows = 0;
            rowBytes = 0;
            texts.clear();
        }

        synchronized Counts counts(int calls, Map<String, Integer> prepared) {
            return new Counts(
                    calls,
                    roundTrips,
                    unnamedParses,
                    namedParses,
                    binds,
                    simpleQueries,
                    dataRows,
                    rowBytes,
                    Map.copyOf(texts),
                    prepared);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (TRACE) {
                System.err.println(Thread.currentThread().getName() + " "
                        + (record.getParameters() == null
                                ? message
                                : java.text.MessageFormat.format(message, record.getParameters())));
            }
            if (message.startsWith(" FE=> Sync")) {
                roundTrips++;
            } else if (message.startsWith(" <=BE DataRow")) {
                dataRows++;
                Object[] parameters = record.getParameters();
                if (parameters != null && parameters.length > 0 && parameters[0] instanceof Number length) {
                    rowBytes += length.longValue();
                }
            } else if (message.startsWith(" FE=> Parse(stmt=")) {
                if (message.startsWith(" FE=> Parse(stmt=null")) {
                    unnamedParses++;
                } else {
                    namedParses++;
                }
                text(message, "query=\"");
            } else if (message.startsWith(" FE=> Bind(")) {
                binds++;
            } else if (message.startsWith(" FE=> SimpleQuery")) {
                simpleQueries++;
                Object[] parameters = record.getParameters();
                texts.merge(parameters == null ? message : String.valueOf(parameters[0]), 1, Integer::sum);
            }
        }

        private void text(String message, String marker) {
            int start = message.indexOf(marker);
            int end = message.lastIndexOf("\",oids=");
            if (start >= 0 && end > start) {
                texts.merge(message.substring(start + marker.length(), end), 1, Integer::sum);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
