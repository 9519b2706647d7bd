package io.toasty.benchmarks;

import io.agroal.api.AgroalDataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The hand-written single-statement bulk inserts that JDBC batching cannot match when keys are returned: a
 * multi-row {@code VALUES} list, and {@code unnest} over one array per column.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class JdbcVariants {
    /** The benchmarks of this class. */
    static final List<String> BENCHMARKS = List.of("bulk_insert_1000_values", "bulk_insert_1000_unnest");

    private Database database;
    private AgroalDataSource pool;
    private JdbcContender jdbc;
    private int sequence;

    @Setup(Level.Trial)
    public void open() {
        database = Database.fromSystemProperties();
        pool = database.pool();
        jdbc = new JdbcContender(pool);
    }

    @TearDown(Level.Iteration)
    public void cleanUp() {
        database.cleanUp();
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }

    @Benchmark
    public long[] bulk_insert_1000_values() {
        return jdbc.bulkInsertValues(++sequence * 1000, 1000);
    }

    @Benchmark
    public long[] bulk_insert_1000_unnest() {
        return jdbc.bulkInsertUnnest(++sequence * 1000, 1000);
    }
}
