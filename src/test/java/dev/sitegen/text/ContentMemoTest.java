package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ContentMemoTest {
    private final List<String> rendered = new ArrayList<>();
    private final Function<String, String> render = s -> {
        rendered.add(s);
        return s.toUpperCase();
    };

    @Test
    void rendersEachSourceOnce() {
        ContentMemo memo = new ContentMemo();
        assertEquals("A", memo.get("plain", "a", render));
        assertEquals("A", memo.get("plain", new String("a"), render));
        assertEquals(List.of("a"), rendered);
    }

    @Test
    void keepsEachKindOfRenderingApart() {
        ContentMemo memo = new ContentMemo();
        memo.get("plain", "a", render);
        memo.get("inline", "a", render);
        assertEquals(List.of("a", "a"), rendered);
    }

    @Test
    void keepsWhatTheLastBuildAskedFor() {
        ContentMemo memo = new ContentMemo();
        memo.get("plain", "a", render);
        memo.startBuild();
        assertEquals("A", memo.get("plain", "a", render));
        memo.startBuild();
        assertEquals("A", memo.get("plain", "a", render));
        assertEquals(List.of("a"), rendered);
    }

    @Test
    void dropsWhatTheLastBuildDidNotAskFor() {
        ContentMemo memo = new ContentMemo();
        memo.get("plain", "a", render);
        memo.startBuild();
        memo.get("plain", "b", render);
        memo.startBuild();
        memo.get("plain", "a", render);
        assertEquals(List.of("a", "b", "a"), rendered);
    }

    @Test
    void aRichTextWithAMemoRendersWhatOneWithoutDoes() {
        RichText memoizing = new RichText(new ContentMemo());
        RichText plain = new RichText();
        for (String source : List.of("a *b* $x^2$", "plain", "a *b* $x^2$")) {
            assertEquals(
                    plain.prose(List.of(source)).html(),
                    memoizing.prose(List.of(source)).html());
            assertEquals(plain.inline(source), memoizing.inline(source));
            assertEquals(plain.plain(source), memoizing.plain(source));
        }
    }
}
