package dev.sitegen.render;

import java.util.function.Supplier;

/**
 * A page to render: where it goes, which template renders it, and how to build its view record.
 * The view is built lazily so that building views (rich text is the costly part) runs in parallel too.
 */
public record Page(String path, String template, Supplier<? extends Record> view) {}
