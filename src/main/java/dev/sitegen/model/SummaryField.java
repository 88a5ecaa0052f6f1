package dev.sitegen.model;

/**
 * One of a paper's labelled summary fields, e.g. icon {@code 🎯}, label {@code 研究动机}.
 * Labels and icons come from the digest text, not from code, so another digest may have other ones.
 */
public record SummaryField(String icon, String label, String text) {}
