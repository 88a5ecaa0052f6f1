package dev.sitegen.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the search index of a digest to a directory for the node tests and the size benchmark:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.sitegen.search.DigestIndexWriter -Dexec.args="content/iclr2026-llm.txt target/search-site"}.
 * Files land under {@code <dir>/search/}. Test scope: the site builder writes the real one.
 */
public final class DigestIndexWriter {

    private DigestIndexWriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DigestIndexWriter <digest.txt> <out-dir>");
        }
        SearchIndex index = new SearchIndexBuilder().build(DigestScan.scan(Path.of(args[0])));
        Path out = Path.of(args[1]);
        long bytes = 0;
        for (Map.Entry<String, byte[]> file : index.files().entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            bytes += file.getValue().length;
        }
        System.out.println("wrote " + index.files().size() + " files, " + bytes + " bytes, to " + out);
    }
}
