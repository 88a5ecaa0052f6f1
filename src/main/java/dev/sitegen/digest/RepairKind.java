package dev.sitegen.digest;

/** The kinds of text damage the reader repairs; each repair is counted so the report can show them. */
public enum RepairKind {
    /** A byte order mark at the start of a file was removed. */
    BOM_REMOVED,
    /** A CRLF line ending was normalised to LF. */
    CRLF_NORMALISED,
    /** Trailing spaces or tabs were trimmed from a line. */
    TRAILING_SPACE_TRIMMED,
    /** A word split by a hyphen at a line break was joined ({@code generaliza-} + {@code tion}). */
    HYPHEN_JOINED,
    /** A compound split after its hyphen was joined keeping the hyphen ({@code Fine-} + {@code Tuning}). */
    HYPHEN_KEPT,
    /** A hard-wrapped abstract line was joined to the previous line of its paragraph. */
    WRAP_JOINED,
    /** A LaTeX command whose backslash sequence became a line break or control character was restored. */
    ESCAPE_RESTORED,
    /** A line that is not a field label was appended to the previous summary field. */
    CONTINUATION_APPENDED
}
