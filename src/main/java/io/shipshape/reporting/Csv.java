package io.shipshape.reporting;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header row, then one row per item; fields with commas, quotes or line breaks are quoted. */
public final class Csv {

    private Csv() {
    }

    public static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(line(header.stream().map(h -> (Object) h).toList()));
        rows.forEach(r -> out.append(line(r)));
        return out.toString();
    }

    private static String line(List<Object> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(Object value) {
        String s = value == null ? "" : value.toString();
        // A leading =, +, - or @ would be run as a formula by spreadsheets: quote it behind an apostrophe.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
