package dev.sitegen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs {@code build} and {@code check} in a child JVM started with flags made for a short batch job, when
 * {@code java -jar site-gen.jar} was started without any: the C1 compiler only (unless the digests are
 * large enough for C2 to pay off), the serial collector with tight heap targets and an
 * application class-data archive ({@code site-gen.jsa} beside the jar, recorded by the first build). A jar
 * manifest cannot carry JVM flags, and the defaults cost a short build dearly on a small machine: C2
 * compiler threads double its CPU time and G1 sizes the heap for the whole machine (see the README's
 * Performance section). The child inherits the terminal and its exit code is returned.
 *
 * <p>Not relaunched: {@code serve} (long-running, where C2 pays off), a JVM started with any flag (the
 * user chose), a class path that is not one jar (tests, IDEs), and {@code SITEGEN_RELAUNCH=0}. The child
 * watches its parent and stops if the parent is killed, so a killed build stays killed.
 */
final class BatchJvm {
    static final String CHILD_PROPERTY = "sitegen.parent";
    private static final Set<String> BATCH_COMMANDS = Set.of("build", "check");
    /** Only the C1 compiler: a build of a few thousand papers ends before C2's code would pay for itself. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * Digests above this size build long enough for C2 to win (measured: at 8,030 papers, 22 MB, C1 10.5 s
     * against 14 s; at 40,150 papers, 113 MB, C1 46 s against 41 s).
     */
    static final long C2_DIGEST_BYTES = 64L << 20;
    private static final List<String> FLAGS = List.of("-XX:+UseSerialGC",
            // An archive made by another JDK or for an older jar is ignored; the JVM would say so on stdout.
            "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
            // The default initial heap (1/64 of the machine) is most of a small build's resident memory, and the
            // serial collector's default free-space targets let a 1.4 GB live set grow to 2.4 GB of heap.
            "-Xms64m", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=10", "-XX:NewRatio=4");
    private static final long PARENT_POLL_MILLIS = 20;

    private BatchJvm() {
    }

    /** The child's exit code if this command ran in a child JVM, else empty (run it in this one). */
    static OptionalInt relaunch(String[] args) {
        if (args.length == 0 || !BATCH_COMMANDS.contains(args[0]) || System.getProperty(CHILD_PROPERTY) != null
                || "0".equals(System.getenv("SITEGEN_RELAUNCH"))) {
            return OptionalInt.empty();
        }
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (UsageException e) {
            // Let the command itself print the usage error, here in this JVM.
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<Path> jar = singleJar();
        Optional<String> java = self.command();
        Optional<String[]> jvmArgs = self.arguments();
        if (jar.isEmpty() || java.isEmpty() || jvmArgs.isEmpty() || !startedWithoutFlags(jvmArgs.get())) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(runChild(java.get(), jar.get(), args, digestBytes(options.contentDir())));
        } catch (IOException e) {
            // The child could not start (no permission, no memory): build in this JVM instead.
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.INPUT_ERROR);
        }
    }

    /** In a child: stops this JVM as soon as the parent is gone, before it could swap in a site. */
    static void watchParent() {
        String parent = System.getProperty(CHILD_PROPERTY);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parent));
        Thread watcher = new Thread(() -> {
            while (handle.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(PARENT_POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(Main.INPUT_ERROR);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int runChild(String java, Path jar, String[] args, long digestBytes)
            throws IOException, InterruptedException {
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
        Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        boolean record = false;
        List<String> command = new ArrayList<>(List.of(java));
        if (digestBytes <= C2_DIGEST_BYTES) {
            command.add(C1_ONLY);
        }
        command.addAll(FLAGS);
        if (Files.isRegularFile(archive)
                && !Files.getLastModifiedTime(archive).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant())) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else if (args[0].equals("build") && Files.isWritable(jar.getParent())) {
            // Only a build loads every class worth archiving; the first one pays about a second for it.
            command.add("-XX:ArchiveClassesAtExit=" + recording);
            record = true;
        }
        command.add("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        try {
            int exit = child.waitFor();
            if (record && exit == Main.OK && Files.isRegularFile(recording)) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return exit;
        } finally {
            child.destroy();
            Files.deleteIfExists(recording);
        }
    }

    /** The size of the digests the command will read ({@code *.txt} in the content directory), 0 if unknown. */
    private static long digestBytes(Path contentDir) {
        try (Stream<Path> files = Files.list(contentDir)) {
            long total = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                total += Files.size(file);
            }
            return total;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<Path> singleJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** {@code java -jar x.jar …}: nothing between the launcher and {@code -jar}, so no flag was chosen. */
    private static boolean startedWithoutFlags(String[] jvmArgs) {
        return jvmArgs.length > 0 && jvmArgs[0].equals("-jar") && System.getenv("JAVA_TOOL_OPTIONS") == null
                && System.getenv("JDK_JAVA_OPTIONS") == null;
    }
}
