package dev.sitegen.discover;

import java.util.List;

/**
 * A group of nearby papers on the map, named by the tags that set it apart: {@code names} most
 * distinctive first (one or two), {@code x}/{@code y} where the name goes in map units (the centre of the
 * group's papers that carry its first name).
 */
public record MapRegion(List<String> names, double x, double y) {
    public MapRegion {
        names = List.copyOf(names);
    }
}
