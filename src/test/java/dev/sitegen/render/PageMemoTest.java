package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageMemoTest {
    private record View(String text) {
    }

    private final PageMemo memo = new PageMemo();

    private byte[] bytes(String path, String text) {
        View view = new View(text);
        return memo.bytes(new Page(path, "t.ftlh", () -> view), view,
                () -> (path + ":" + text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rendersOnlyPagesWhoseViewChanged() {
        memo.nextBuild("theme");
        bytes("a", "one");
        bytes("b", "two");
        memo.nextBuild("theme");
        assertArrayEquals("a:one".getBytes(StandardCharsets.UTF_8), bytes("a", "one"));
        assertArrayEquals("b:changed".getBytes(StandardCharsets.UTF_8), bytes("b", "changed"));
        assertEquals(1, memo.rendered());
    }

    @Test
    void rendersEverythingAgainWhenTheThemeChanged() {
        memo.nextBuild("theme");
        bytes("a", "one");
        memo.nextBuild("edited theme");
        bytes("a", "one");
        assertEquals(1, memo.rendered());
    }

    @Test
    void forgetsPagesTheLastBuildDidNotHave() {
        memo.nextBuild("theme");
        bytes("a", "one");
        memo.nextBuild("theme");
        memo.nextBuild("theme");
        bytes("a", "one");
        assertEquals(1, memo.rendered());
    }
}
