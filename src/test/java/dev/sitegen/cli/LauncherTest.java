package dev.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JVM flags live in three places (the two launchers and the Maven exec runs); they must agree. */
class LauncherTest {
    private static String flags(String file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
        assertTrue(m.find(), file + " has no flags matching " + regex);
        return m.group(1);
    }

    /** The pom's {@code pomProperty} holds C1 flags, and both launchers set {@code variable} to the same. */
    private static void assertSameFlagsEverywhere(String pomProperty, String variable) throws IOException {
        String pom = flags("pom.xml", "<" + pomProperty.replace(".", "\\.") + ">([^<]+)</");
        assertTrue(pom.contains("-XX:TieredStopAtLevel=1"), pom);
        assertEquals(pom, flags("bin/site-gen", "(?m)^" + variable + "=\"([^\"]+)\""));
        assertEquals(pom, flags("bin/site-gen.cmd", "(?m)^set \"" + variable + "=([^\"]+)\""));
    }

    @Test
    void launchersAndMavenUseTheSameFlags() throws IOException {
        assertSameFlagsEverywhere("jvm.flags", "FLAGS");
    }

    @Test
    void launchersAndMavenServeWithTheSameFlags() throws IOException {
        assertSameFlagsEverywhere("serve.flags", "SERVE_FLAGS");
        assertTrue(flags("pom.xml", "<commandlineArgs>(\\$\\{serve\\.flags\\}[^<]*)</commandlineArgs>")
                .endsWith(" serve"));
    }

    @Test
    void theShellLauncherExecsOneJvmAndPassesJavaOptsLast() throws IOException {
        String script = Files.readString(Path.of("bin/site-gen"));
        assertTrue(
                script.contains("exec \"$java\" $FLAGS ${archive:+\"$archive\" -Xlog:cds=off -Xlog:cds+dynamic=off}"
                        + " ${JAVA_OPTS:-} -jar \"$jar\" \"$@\""),
                script);
        assertTrue(Files.isExecutable(Path.of("bin/site-gen")));
    }
}
