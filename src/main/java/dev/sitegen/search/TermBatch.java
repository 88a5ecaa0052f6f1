package dev.sitegen.search;

/**
 * The {@link DocTerms} of consecutive documents from {@code firstDoc}, counted together; the batch's
 * vocabulary ascending, with the batch-local id of each term; and per local id: the number of the
 * batch's documents that have the term and the length of its Han position run ({@code 1 + positions}
 * per document, 0 for other terms); plus the summed length per {@link SearchField} of the documents.
 */
record TermBatch(
        int firstDoc,
        DocTerms[] docs,
        String[] terms,
        int[] localIds,
        int[] df,
        int[] positionRun,
        long[] totalLength) {

    /** The same counts with an array of documents of its own, for {@link PostingArrays#fill} to empty as it goes. */
    TermBatch withOwnDocs() {
        return new TermBatch(firstDoc, docs.clone(), terms, localIds, df, positionRun, totalLength);
    }
}
