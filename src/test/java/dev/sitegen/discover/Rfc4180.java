package dev.sitegen.discover;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for checking the CSV export: CRLF records, quoted fields, doubled quotes. */
final class Rfc4180 {

    private Rfc4180() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && cell.length() == 0) {
                for (i++; ; i++) {
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(text.charAt(i));
                    }
                }
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' && text.startsWith("\r\n", i)) {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalArgumentException("bare " + (int) c + " outside quotes at " + i);
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new IllegalArgumentException("last record lacks CRLF");
        }
        return rows;
    }
}
