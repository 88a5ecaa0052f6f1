package dev.sitegen.text;

/** A safe HTML fragment (sanitised, ready to print unescaped) and whether it contains math for KaTeX. */
public record Html(String html, boolean hasMath) {}
