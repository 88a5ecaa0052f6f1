package dev.sitegen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RenderMemoTest {
    private final List<String> rendered = new ArrayList<>();
    private final Function<String, String> render = s -> {
        rendered.add(s);
        return s.toUpperCase();
    };

    @Test
    void rendersEachSourceOnce() {
        RenderMemo<String, String> memo = new RenderMemo<>();
        assertEquals("A", memo.get("a", render));
        assertEquals("A", memo.get(new String("a"), render));
        assertEquals(List.of("a"), rendered);
    }

    @Test
    void keepsWhatThePreviousGenerationUsed() {
        RenderMemo<String, String> memo = new RenderMemo<>();
        memo.get("a", render);
        memo.nextGeneration();
        assertEquals("A", memo.get("a", render));
        memo.nextGeneration();
        assertEquals("A", memo.get("a", render));
        assertEquals(List.of("a"), rendered);
    }

    @Test
    void forgetsWhatNoGenerationAskedForSince() {
        RenderMemo<String, String> memo = new RenderMemo<>();
        memo.get("a", render);
        memo.nextGeneration();
        memo.get("b", render);
        memo.nextGeneration();
        memo.get("a", render);
        assertEquals(List.of("a", "b", "a"), rendered);
        assertEquals(1, memo.size());
    }
}
