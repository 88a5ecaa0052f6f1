package dev.sitegen.catalog;

import dev.sitegen.digest.DigestEntry;
import dev.sitegen.model.Paper;
import dev.sitegen.model.TagRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A paper whose id, title and method are known but whose tag slugs wait for all tags to be folded. */
record PaperDraft(String id, String title, Optional<String> method, DigestEntry entry) {

    Paper paper(CanonicalTags tags) {
        List<TagRef> refs = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (String written : entry.tags()) {
            String slug = tags.slug(written);
            // A junk tag has no page to link to; the build report names it with this paper.
            if (slug != null && slugs.add(slug)) {
                refs.add(new TagRef(written, slug));
            }
        }
        return new Paper(
                id,
                title,
                method,
                entry.area(),
                entry.topic(),
                refs,
                entry.tldr(),
                entry.fields(),
                entry.abstractParagraphs(),
                entry.source());
    }
}
