package io.toasty.benchmarks;

import io.agroal.api.AgroalDataSource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Every {@link Operation} on every system: one JMH benchmark per operation, the system as its parameter. Sampled, so
 * that the report can give medians.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class Operations {
    @Param({Systems.JDBC, Systems.TOASTY, Systems.HIBERNATE})
    public String system;

    private Database database;
    private AgroalDataSource pool;
    private Contender contender;
    private int sequence;

    @Setup(Level.Trial)
    public void open() {
        database = Database.fromSystemProperties();
        pool = Systems.pool(system, database);
        contender = Systems.open(system, pool);
    }

    /** After an iteration that wrote, puts the tables back as they were; see {@link Database#cleanUp()}. */
    @TearDown(Level.Iteration)
    public void cleanUp(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        if (benchmark.contains("insert") || benchmark.contains("update")) {
            database.cleanUp();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        contender.close();
        pool.close();
    }

    private Object run(Operation operation) {
        return operation.run(contender, ++sequence);
    }

    @Benchmark
    public Object insert_one() {
        return run(Operation.INSERT_ONE);
    }

    @Benchmark
    public Object bulk_insert_1000() {
        return run(Operation.BULK_INSERT_1000);
    }

    @Benchmark
    public Object find_by_id() {
        return run(Operation.FIND_BY_ID);
    }

    @Benchmark
    public Object find_many_100() {
        return run(Operation.FIND_MANY_100);
    }

    @Benchmark
    public Object bulk_update_1000_set() {
        return run(Operation.BULK_UPDATE_1000_SET);
    }

    @Benchmark
    public Object bulk_update_1000_load_save() {
        return run(Operation.BULK_UPDATE_1000_LOAD_SAVE);
    }

    @Benchmark
    public Object preload_100x10() {
        return run(Operation.PRELOAD_100X10);
    }

    @Benchmark
    public Object page_keyset() {
        return run(Operation.PAGE_KEYSET);
    }

    @Benchmark
    public Object count_group() {
        return run(Operation.COUNT_GROUP);
    }
}
