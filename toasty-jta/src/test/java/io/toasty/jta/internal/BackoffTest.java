package io.toasty.jta.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.jta.RetryOnConflict;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @RetryOnConflict(backoffMillis = 10, maxBackoffMillis = 50)
    void annotated() {}

    @Test
    void theWaitDoublesWithJitterUpToTheMaximum() throws Exception {
        RetryOnConflict retry = BackoffTest.class.getDeclaredMethod("annotated").getAnnotation(RetryOnConflict.class);
        long[][] bounds = {{5, 10}, {10, 20}, {20, 40}, {25, 50}, {25, 50}};
        for (int attempt = 1; attempt <= bounds.length; attempt++) {
            for (int sample = 0; sample < 200; sample++) {
                long wait = RetryOnConflictInterceptor.backoff(retry, attempt);
                long[] bound = bounds[attempt - 1];
                assertTrue(
                        wait >= bound[0] && wait <= bound[1],
                        "attempt " + attempt + " waited " + wait + " ms, outside " + bound[0] + ".." + bound[1]);
            }
        }
    }
}
