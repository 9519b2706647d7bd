package io.toasty.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The quickstart runs to the end on H2 and says what the README promises. */
class QuickstartTest {
    @Test
    void runsOnH2() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[] {"jdbc:h2:mem:quickstart-test"});
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("> Connected to H2"), printed);
        assertTrue(printed.contains("> Adults whose name starts with A: [Ada, Alan]"), printed);
        assertTrue(printed.contains("> Tasks after the transaction: [Write the notes]"), printed);
        assertTrue(printed.contains("> Transaction refused to commit"), printed);
        assertTrue(printed.contains("2 users left"), printed);
    }
}
