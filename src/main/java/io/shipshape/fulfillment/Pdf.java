package io.shipshape.fulfillment;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** A small builder over OpenPDF for the fulfillment documents: headings, text, tables and Code 128 barcodes. */
final class Pdf {

    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;

    Pdf(Rectangle pageSize) {
        document = new Document(pageSize, 28, 28, 28, 28);
        writer = PdfWriter.getInstance(document, out);
        document.open();
    }

    Pdf title(String text) {
        return add(new Paragraph(text, TITLE));
    }

    Pdf text(String text) {
        return add(new Paragraph(text, TEXT));
    }

    Pdf bold(String text) {
        return add(new Paragraph(text, BOLD));
    }

    /** A labelled block of lines (an address). */
    Pdf block(String label, List<String> lines) {
        Paragraph p = new Paragraph(label, BOLD);
        for (String line : lines) {
            p.add(new Phrase("\n" + line, TEXT));
        }
        p.setSpacingBefore(8);
        return add(p);
    }

    /** A table: a bold header row, then the rows. {@code widths} relative. */
    Pdf table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        header.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, BOLD))));
        table.setHeaderRows(1);
        for (List<String> row : rows) {
            row.forEach(c -> table.addCell(new PdfPCell(new Phrase(c == null ? "" : c, TEXT))));
        }
        return add(table);
    }

    /** A Code 128 barcode with its text printed below it. */
    Pdf barcode(String code) {
        Barcode128 barcode = new Barcode128();
        barcode.setCode(code);
        barcode.setBarHeight(48);
        Image image = barcode.createImageWithBarcode(writer.getDirectContent(), null, null);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(10);
        return add(image);
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private Pdf add(Element element) {
        document.add(element);
        return this;
    }
}
