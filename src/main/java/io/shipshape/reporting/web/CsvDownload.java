package io.shipshape.reporting.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV report as a download: UTF-8 {@code text/csv} with the file name a browser saves it under. */
final class CsvDownload {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    private CsvDownload() {
    }

    static ResponseEntity<String> of(String fileName, String csv) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .contentType(CSV)
                .body(csv);
    }
}
