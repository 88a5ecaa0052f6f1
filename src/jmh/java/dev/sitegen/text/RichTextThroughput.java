package dev.sitegen.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Not a test: a tiny loop that measures RichText over every field of the real digest.
 * Run with {@code java -cp target/classes:target/test-classes:<deps> dev.sitegen.text.RichTextThroughput}.
 */
final class RichTextThroughput {

    private RichTextThroughput() {}

    public static void main(String[] args) throws IOException {
        List<DigestFields.Field> fields = DigestFields.read();
        RichText richText = new RichText();
        long chars = fields.stream().mapToLong(f -> f.text().length()).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 10; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int sink = 0;
            for (DigestFields.Field field : fields) {
                sink += richText.prose(List.of(field.text())).html().html().length();
                sink += richText.plain(field.text()).length();
            }
            double micros = (System.nanoTime() - start) / 1000.0;
            // CPU time too: on a shared machine the wall clock mostly measures other processes.
            double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0;
            System.out.printf(
                    "round %d: %d fields (%d chars), block+plain %.1f µs/field wall, %.1f µs/field cpu (%d)%n",
                    round, fields.size(), chars, micros / fields.size(), cpuMicros / fields.size(), sink);
        }
    }
}
