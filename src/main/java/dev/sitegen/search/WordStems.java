package dev.sitegen.search;

/**
 * Where the tokenizer and the phrase finder get a word's {@link EnglishStemmer stem} from: stemmed on
 * every ask ({@link #EACH_TIME}), or by a {@link DocTermCounter}, which stems each distinct word of its
 * batch once, as both of them ask for the stems of the same words.
 */
@FunctionalInterface
interface WordStems {

    WordStems EACH_TIME = (text, start, end) -> EnglishStemmer.stem(text.substring(start, end));

    /** The stem of the word {@code text[start, end)}. */
    String stem(String text, int start, int end);
}
