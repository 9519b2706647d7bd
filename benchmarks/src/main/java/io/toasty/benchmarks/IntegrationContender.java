package io.toasty.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * A system measured only on {@link #OPERATIONS}, the operations that show what an integration (CDI, JTA) costs: every
 * other operation is refused, so that a run asking for one fails instead of timing nothing.
 */
abstract class IntegrationContender implements Contender {
    static final List<Operation> OPERATIONS = List.of(Operation.INSERT_ONE, Operation.FIND_BY_ID);

    @Override
    public long[] bulkInsert(int n, int count) {
        throw notMeasured();
    }

    @Override
    public List<?> findMany(int minAge, int limit) {
        throw notMeasured();
    }

    @Override
    public long updateSetBased(long from, long to) {
        throw notMeasured();
    }

    @Override
    public long updateLoadModifySave(long from, long to) {
        throw notMeasured();
    }

    @Override
    public List<?> preload(long from, long to) {
        throw notMeasured();
    }

    @Override
    public List<?> pageKeyset(long after, int size) {
        throw notMeasured();
    }

    @Override
    public Map<Integer, Long> countGroup() {
        throw notMeasured();
    }

    private UnsupportedOperationException notMeasured() {
        return new UnsupportedOperationException(getClass().getSimpleName() + " runs only " + OPERATIONS);
    }
}
