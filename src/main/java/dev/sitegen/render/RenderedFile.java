package dev.sitegen.render;

/**
 * One output file: its path relative to the site root ({@code papers/abc/index.html}) and its bytes.
 * Produced by the render and index stages; only the site writer puts it on disk.
 */
public record RenderedFile(String path, byte[] bytes) {}
