package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageMemoTest {
    private record View(String text) {
    }

    private final PageMemo memo = new PageMemo();

    private int built;

    private byte[] bytes(String path, String text) {
        return bytes(new Page(path, "t.ftlh", () -> view(text)));
    }

    private byte[] bytes(Page page) {
        return memo.bytes(page, view -> (page.path() + ":" + ((View) view).text()).getBytes(StandardCharsets.UTF_8));
    }

    private View view(String text) {
        built++;
        return new View(text);
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

    @Test
    void reusesAPageWithEqualInputsWithoutBuildingItsView() {
        memo.nextBuild("theme");
        bytes(new Page("a", "t.ftlh", () -> view("one"), Optional.of(() -> List.of("one"))));
        int before = built;
        memo.nextBuild("theme");
        assertArrayEquals("a:one".getBytes(StandardCharsets.UTF_8),
                bytes(new Page("a", "t.ftlh", () -> view("one"), Optional.of(() -> List.of("one")))));
        // With assertions on (as in tests) the memo builds the view once more to check the promise.
        assertEquals(PageMemoTest.class.desiredAssertionStatus() ? 1 : 0, built - before);
        assertArrayEquals("a:two".getBytes(StandardCharsets.UTF_8),
                bytes(new Page("a", "t.ftlh", () -> view("two"), Optional.of(() -> List.of("two")))));
        assertEquals(1, memo.rendered());
    }

    @Test
    void catchesInputsThatDoNotDetermineTheView() {
        memo.nextBuild("theme");
        bytes(new Page("a", "t.ftlh", () -> view("one"), Optional.of(() -> "same")));
        memo.nextBuild("theme");
        assumeTrue(PageMemoTest.class.desiredAssertionStatus(), "the check runs with assertions on");
        assertThrows(AssertionError.class, () -> bytes(new Page("a", "t.ftlh", () -> view("two"), Optional.of(() -> "same"))));
    }
}
