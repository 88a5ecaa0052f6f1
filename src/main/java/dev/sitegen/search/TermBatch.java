package dev.sitegen.search;

/**
 * The {@link DocTerms} of consecutive documents from {@code firstDoc}, counted together, and per term id
 * local to the batch: its {@link Lexicon} id, the number of the batch's documents that have it, and the
 * length of its Han position run ({@code 1 + positions} per document, 0 for other terms); plus the
 * summed length per {@link SearchField} of the batch's documents.
 */
record TermBatch(int firstDoc, DocTerms[] docs, int[] lexiconId, int[] df, int[] positionRun, long[] totalLength) {}
