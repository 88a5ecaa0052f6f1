package dev.sitegen.discover;

/** A paper's position on the paper map, in viewBox units rounded to one decimal. */
public record MapPoint(String paperId, double x, double y) {}
