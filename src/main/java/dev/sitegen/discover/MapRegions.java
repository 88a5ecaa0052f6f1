package dev.sitegen.discover;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Finds the visible groups of the paper map and names them: seeded k-means on the dots' positions, then
 * for each group the tags most concentrated in it — a tag scores its share of the group times the share
 * of its papers that fall in the group, so a tag everywhere (Large Language Models) or a tag of two
 * papers does not name a group. Each tag names one group at most. Deterministic: {@link Random} is a
 * fixed algorithm, the seed is fixed, ties go to the smaller index.
 */
public final class MapRegions {

    static final int MAX_REGIONS = 12;
    /** About one region per this many papers, so a small catalog gets a few. */
    static final int PAPERS_PER_REGION = 70;
    /** A tag carried by more than this share of all papers says nothing about where a paper sits. */
    static final double COMMON_TAG = 0.2;

    static final int MIN_TAG_PAPERS = 3;
    static final int ITERATIONS = 30;
    static final long SEED = 20_260_118L;

    private MapRegions() {}

    /** Named regions, largest first; a group no tag sets apart gets no region. */
    public static List<MapRegion> of(Catalog catalog, List<MapPoint> points) {
        int n = points.size();
        if (n == 0) {
            return List.of();
        }
        int k = Math.max(1, Math.min(MAX_REGIONS, Math.round(n / (float) PAPERS_PER_REGION)));
        int[] group = kMeans(points, k);
        int[] sizes = new int[k];
        Map<String, Integer> indexOf = new HashMap<>();
        for (int d = 0; d < n; d++) {
            indexOf.put(points.get(d).paperId(), d);
            sizes[group[d]]++;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -sizes[c]).thenComparingInt(c -> c));
        Set<String> used = new HashSet<>();
        List<MapRegion> regions = new ArrayList<>();
        for (int c : order) {
            List<Tag> names = names(catalog, indexOf, group, c, sizes[c], n, used);
            if (!names.isEmpty()) {
                double[] anchor = anchor(names.get(0), points, indexOf, group, c);
                regions.add(new MapRegion(names.stream().map(Tag::name).toList(), anchor[0], anchor[1]));
            }
        }
        return List.copyOf(regions);
    }

    /**
     * Where a region's name goes: the centre of the group's papers that carry its first tag, so the name sits
     * on the papers it names rather than in a gap of an oddly shaped group.
     */
    private static double[] anchor(Tag tag, List<MapPoint> points, Map<String, Integer> indexOf, int[] group, int c) {
        double x = 0;
        double y = 0;
        int count = 0;
        for (String id : tag.paperIds()) {
            Integer d = indexOf.get(id);
            if (d != null && group[d] == c) {
                x += points.get(d).x();
                y += points.get(d).y();
                count++;
            }
        }
        return new double[] {x / count, y / count};
    }

    /** Up to two tags that set group {@code c} apart, best first, none already naming a larger group. */
    private static List<Tag> names(
            Catalog catalog, Map<String, Integer> indexOf, int[] group, int c, int size, int n, Set<String> used) {
        List<Tag> names = new ArrayList<>(2);
        double[] best = {0, 0};
        Tag[] bestNames = new Tag[2];
        for (Tag tag : catalog.tags()) {
            if (tag.count() > COMMON_TAG * n || used.contains(tag.name())) {
                continue;
            }
            int inside = 0;
            for (String id : tag.paperIds()) {
                Integer d = indexOf.get(id);
                inside += d != null && group[d] == c ? 1 : 0;
            }
            if (inside < MIN_TAG_PAPERS) {
                continue;
            }
            double score = (double) inside / size * inside / tag.count();
            if (score > best[0]) {
                best[1] = best[0];
                bestNames[1] = bestNames[0];
                best[0] = score;
                bestNames[0] = tag;
            } else if (score > best[1]) {
                best[1] = score;
                bestNames[1] = tag;
            }
        }
        for (Tag tag : bestNames) {
            if (tag != null && (names.isEmpty() || !sameConcept(names.get(0).name(), tag.name()))) {
                names.add(tag);
                used.add(tag.name());
            }
        }
        return names;
    }

    /**
     * Whether one name repeats the other ("Vision-Language Models" under "Large Vision-Language Model"): the
     * tag folding keeps some such pairs apart, and a label saying the same thing twice wastes its second line.
     */
    static boolean sameConcept(String a, String b) {
        String x = stem(a);
        String y = stem(b);
        return x.contains(y) || y.contains(x);
    }

    private static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("s\\b", "");
    }

    /** Lloyd's k-means from a k-means++ start; the group of each point. */
    static int[] kMeans(List<MapPoint> points, int k) {
        int n = points.size();
        double[] cx = new double[k];
        double[] cy = new double[k];
        Random random = new Random(SEED);
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int first = random.nextInt(n);
        cx[0] = points.get(first).x();
        cy[0] = points.get(first).y();
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int d = 0; d < n; d++) {
                nearest[d] = Math.min(nearest[d], distance2(points.get(d), cx[c - 1], cy[c - 1]));
                total += nearest[d];
            }
            double target = random.nextDouble() * total;
            int chosen = n - 1;
            for (int d = 0; d < n; d++) {
                target -= nearest[d];
                if (target < 0) {
                    chosen = d;
                    break;
                }
            }
            cx[c] = points.get(chosen).x();
            cy[c] = points.get(chosen).y();
        }
        int[] group = new int[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean moved = false;
            for (int d = 0; d < n; d++) {
                int closest = 0;
                for (int c = 1; c < k; c++) {
                    if (distance2(points.get(d), cx[c], cy[c]) < distance2(points.get(d), cx[closest], cy[closest])) {
                        closest = c;
                    }
                }
                moved |= closest != group[d] || iteration == 0;
                group[d] = closest;
            }
            if (!moved) {
                break;
            }
            double[] sx = new double[k];
            double[] sy = new double[k];
            int[] count = new int[k];
            for (int d = 0; d < n; d++) {
                sx[group[d]] += points.get(d).x();
                sy[group[d]] += points.get(d).y();
                count[group[d]]++;
            }
            for (int c = 0; c < k; c++) {
                if (count[c] > 0) {
                    cx[c] = sx[c] / count[c];
                    cy[c] = sy[c] / count[c];
                }
            }
        }
        return group;
    }

    private static double distance2(MapPoint p, double x, double y) {
        double dx = p.x() - x;
        double dy = p.y() - y;
        return dx * dx + dy * dy;
    }
}
