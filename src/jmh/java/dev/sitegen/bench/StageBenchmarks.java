package dev.sitegen.bench;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.discover.RelatedPapers;
import dev.sitegen.discover.SimilarityGraph;
import dev.sitegen.discover.TermVectors;
import dev.sitegen.model.Paper;
import dev.sitegen.render.RenderedFile;
import dev.sitegen.search.SearchDocuments;
import dev.sitegen.search.SearchIndexBuilder;
import dev.sitegen.search.SynonymGroups;
import dev.sitegen.site.InMemoryOutput;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteInput;
import dev.sitegen.site.SiteLayout;
import dev.sitegen.site.SiteOutput;
import dev.sitegen.site.StageListener;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm per-stage timings on the real digest (issue 7): read + catalog, rich text, the search index,
 * similar papers, and render + index + discover together. Run with
 * {@code mvn -q test-compile exec:exec@jmh} (add {@code -Djmh.args="-f 1 -wi 2 -i 3 Index"} to pick).
 * Every operation gets a new {@link RichText}, as a build does: a shared one would memoize the texts of
 * the previous operation and time lookups instead of rendering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {
    private final Path content = Path.of(System.getProperty("sitegen.content", "content"));
    private SiteConfig config;
    private SiteInput input;

    @Setup
    public void load() throws ConfigException, IOException {
        config = new SiteConfigReader().read(content);
        input = readAndCatalog();
    }

    @Benchmark
    public SiteInput readAndCatalog() throws ConfigException, IOException {
        return builder().build(content, config, SiteOutput.NONE).input();
    }

    @Benchmark
    public void richTextOfEveryAbstract(Blackhole sink) {
        RichText text = new RichText();
        for (Paper paper : input.catalog().papers()) {
            sink.consume(text.prose(paper.abstractParagraphs()));
        }
    }

    @Benchmark
    public Object searchIndex() {
        SiteLayout layout = new SiteLayout(Optional.empty());
        return new SearchIndexBuilder(Optional.empty())
                .build(
                        new SearchDocuments(new RichText(), p -> layout.paper(p.id())).of(input.catalog()),
                        SynonymGroups.none());
    }

    @Benchmark
    public Object similarPapers() {
        RichText text = new RichText();
        TermVectors vectors =
                TermVectors.build(input.catalog(), ps -> text.prose(ps).plain(), text::plain);
        return RelatedPapers.compute(input.catalog(), vectors, SimilarityGraph.of(vectors, RelatedPapers.NEIGHBOURS));
    }

    @Benchmark
    public Object renderIndexAndDiscover() throws IOException {
        List<RenderedFile> files = new ArrayList<>();
        return builder().build(input, config, new InMemoryOutput(files));
    }

    private static SiteBuilder builder() {
        return new SiteBuilder(Optional.empty(), new RichText(), StageListener.NONE);
    }
}
