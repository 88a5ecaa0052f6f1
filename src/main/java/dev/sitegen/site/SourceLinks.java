package dev.sitegen.site;

import dev.sitegen.model.Paper;
import dev.sitegen.render.Link;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * "View source", "edit this" and "report a problem" links for a paper, into the repository named by
 * {@code repositoryUrl} in site.yml; none when it is not set. Digest paths are given relative to the
 * repository, where the content directory is {@code content/}.
 */
final class SourceLinks {
    private SourceLinks() {}

    static List<Link> of(Optional<String> repositoryUrl, Paper paper) {
        if (repositoryUrl.isEmpty()) {
            return List.of();
        }
        String url = repositoryUrl.get();
        String repo = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String file = repositoryPath(paper.source().file());
        int line = paper.source().line();
        String issueTitle = "Paper " + paper.id() + ": " + paper.title();
        String body = "Source: " + file + ":" + line + "\n\nWhat is wrong, and what should it say?\n";
        return List.of(
                Link.of(repo + "/blob/HEAD/" + file + "#L" + line, "查看来源 (" + file + ":" + line + ")"),
                Link.of(repo + "/edit/HEAD/" + file, "编辑此条目"),
                Link.of(repo + "/issues/new?title=" + encode(issueTitle) + "&body=" + encode(body), "报告问题"));
    }

    /** A digest is named relative to the content directory, which is {@code content/} in the repository. */
    static String repositoryPath(String file) {
        return "content/" + Path.of(file).getFileName();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
