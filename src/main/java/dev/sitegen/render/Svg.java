package dev.sitegen.render;

/**
 * An SVG drawing made by our own code (the discover stage's charts and map), which escapes every text
 * and attribute value it writes; templates print it unescaped, like sanitised {@code Html}.
 */
public record Svg(String markup) {}
