package dev.sitegen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's Freemarker templates, configured once and loaded once; thread-safe.
 *
 * <p>{@code .ftlh} templates auto-escape HTML and {@code .ftlx} ones XML. Content is only ever data:
 * {@code ?eval}, {@code ?interpret} and {@code ?new} cannot reach Java, and the {@code ?api} built-in
 * is off, so a digest containing {@code ${...}} or {@code <#assign>} is printed, never run.
 */
public final class Templates {
    /** Every template a site build uses; all are parsed when the theme is opened so errors show up first. */
    public static final List<String> NAMES = List.of(
            "home.ftlh",
            "topic.ftlh",
            "tag-index.ftlh",
            "tag.ftlh",
            "paper.ftlh",
            "search.ftlh",
            "404.ftlh",
            "map.ftlh",
            "stats.ftlh",
            "reading-list.ftlh",
            "sitemap.ftlx",
            "feed.ftlx");

    private final Map<String, Template> templates;

    private Templates(TemplateLoader loader, String origin) {
        Configuration config = configuration(loader);
        Map<String, Template> loaded = new HashMap<>();
        for (String name : NAMES) {
            try {
                loaded.put(name, config.getTemplate(name));
            } catch (IOException e) {
                throw new ThemeException("cannot load template " + origin + name + ": " + e.getMessage(), e);
            }
        }
        this.templates = Map.copyOf(loaded);
    }

    /** The theme in {@code dir}, or the default theme packaged in the jar ({@code templates/} on the classpath). */
    public static Templates open(Optional<Path> dir) {
        if (dir.isEmpty()) {
            return new Templates(
                    new ClassTemplateLoader(Templates.class.getClassLoader(), "templates"), "classpath:templates/");
        }
        try {
            return new Templates(new FileTemplateLoader(dir.get().toFile()), dir.get() + "/");
        } catch (IOException e) {
            throw new ThemeException("cannot open template directory " + dir.get() + ": " + e.getMessage(), e);
        }
    }

    /** Renders {@code view} with the named template into UTF-8 bytes. */
    public byte[] render(String name, Record view) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            templates.get(name).process(view, out);
        } catch (freemarker.template.TemplateException | IOException e) {
            throw new ThemeException("template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * View records expose their components as properties ({@code page.title}). Freemarker detects records
     * through a Java 16 class in its multi-release jar, which a shaded jar without {@code Multi-Release: true}
     * hides; exposing every zero-argument method as a property works either way, and views are only records.
     */
    private static ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        ZeroArgumentNonVoidMethodPolicy both =
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD;
        builder.setDefaultZeroArgumentNonVoidMethodPolicy(both);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(both);
        return builder.build();
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLocalizedLookup(false);
        // A build reads each template once; pages importing layout.ftlh must not re-check the file.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(objectWrapper());
        return config;
    }
}
