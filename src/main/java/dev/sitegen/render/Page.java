package dev.sitegen.render;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A page to render: where it goes, which template renders it, and how to build its view record.
 * The view is built lazily so that building views (rich text is the costly part) runs in parallel too.
 *
 * <p>{@code inputs}, when present, gives everything the view is built from besides what every page shares (the
 * configuration and the theme, which {@link PageMemo#nextBuild} is given): equal inputs promise an equal
 * view, so a {@link PageMemo} need not build it at all. Tests run with assertions on, and then the memo
 * builds the view anyway and checks that promise. Inputs are collected lazily too, in parallel.
 */
public record Page(String path, String template, Supplier<? extends Record> view,
        Optional<Supplier<Object>> inputs) {
    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(inputs, "inputs");
    }

    /** A page whose view is always built (and compared, with a memo). */
    public Page(String path, String template, Supplier<? extends Record> view) {
        this(path, template, view, Optional.empty());
    }
}
