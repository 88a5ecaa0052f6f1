package dev.sitegen.discover;

import java.util.Objects;

/** A paper's position on the paper map, in viewBox units rounded to one decimal. */
public record MapPoint(String paperId, double x, double y) {
    public MapPoint {
        Objects.requireNonNull(paperId, "paperId");
    }
}
