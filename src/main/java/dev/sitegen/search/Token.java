package dev.sitegen.search;

import java.util.Objects;

/** One index term and its position in the token stream (positions let Han phrases be checked exactly). */
public record Token(String term, int position) {
    public Token {
        Objects.requireNonNull(term, "term");
    }
}
