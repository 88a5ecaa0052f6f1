package dev.sitegen.discover;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfigReader;
import dev.sitegen.model.Area;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Paper;
import dev.sitegen.model.Tag;
import dev.sitegen.model.Topic;
import dev.sitegen.site.SiteBuilder;
import dev.sitegen.site.SiteOutput;
import dev.sitegen.site.StageListener;
import dev.sitegen.text.RichText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real digest in {@code content/} through the real read and catalog stages, for the hand-run peeks
 * and the bench; {@code copies} &gt; 1 repeats every paper under new ids to measure growth.
 */
final class RealDigest {
    static final Path CONTENT = Path.of("content");

    private RealDigest() {}

    static Catalog load(int copies) throws ConfigException {
        Catalog catalog;
        try {
            catalog = new SiteBuilder(Optional.empty(), new RichText(), StageListener.NONE)
                    .build(CONTENT, new SiteConfigReader().read(CONTENT), SiteOutput.NONE)
                    .input()
                    .catalog();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no output, so nothing is written
        }
        return copies <= 1 ? catalog : repeated(catalog, copies);
    }

    private static Catalog repeated(Catalog catalog, int copies) {
        List<Area> areas = catalog.areas().stream()
                .map(area -> new Area(
                        area.name(),
                        area.topics().stream()
                                .map(topic -> new Topic(
                                        topic.slug(), topic.name(), topic.area(), repeatedPapers(topic, copies)))
                                .toList()))
                .toList();
        List<Tag> tags = catalog.tags().stream()
                .map(tag -> new Tag(
                        tag.slug(),
                        tag.name(),
                        tag.spellings(),
                        tag.paperIds().stream()
                                .flatMap(id -> copyIds(id, copies).stream())
                                .toList()))
                .toList();
        return new Catalog(areas, tags);
    }

    private static List<Paper> repeatedPapers(Topic topic, int copies) {
        List<Paper> papers = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (Paper p : topic.papers()) {
                papers.add(new Paper(
                        copyIds(p.id(), copy + 1).get(copy),
                        p.title(),
                        p.method(),
                        p.area(),
                        p.topic(),
                        p.tags(),
                        p.tldr(),
                        p.fields(),
                        p.abstractParagraphs(),
                        p.source()));
            }
        }
        return papers;
    }

    /** The ids of a paper's copies: the id itself, then {@code id-2}, {@code id-3}, …. */
    private static List<String> copyIds(String id, int copies) {
        List<String> ids = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            ids.add(copy == 0 ? id : id + "-" + (copy + 1));
        }
        return ids;
    }
}
