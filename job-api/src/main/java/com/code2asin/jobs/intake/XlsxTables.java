package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an XLSX workbook with POI's SAX reader: rows are parsed as the XML goes by and the
 * shared strings wait on disk ({@link DiskSharedStrings}), so memory holds neither the sheet nor its texts. A barcode typed as a number comes out with all its digits, never as
 * {@code 3.01762E+12}.
 */
final class XlsxTables {

    private XlsxTables() {
    }

    static void read(Path file, RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             DiskSharedStrings strings = DiskSharedStrings.of(pkg)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidException("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink),
                        new DigitsFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InvalidException("the file is a ZIP archive but not an Excel workbook: " + e.getMessage());
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new InvalidException("the workbook cannot be read: " + e.getMessage());
        }
    }

    /**
     * Collects one row's cells by column (a skipped empty cell becomes ""). Cells past column {@link #MAX_COLUMNS}
     * are not read: a product's data lies in the first columns, and a forged reference such as {@code ZZZZZZ2} would
     * otherwise pad its row with hundreds of millions of empty cells.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        static final int MAX_COLUMNS = 1024;


        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int rowNumber;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!cells.isEmpty()) {
                sink.row(rowNumber, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            if (column < cells.size() || column >= MAX_COLUMNS) {
                return; // out of order (a forged row) or past the columns read
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }

        /** "AB12" -> 27 (0-based); MAX_COLUMNS for a column past it, however long its letters. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
            }
            return column - 1;
        }
    }

    /** Whole numbers as plain digits (General format would show 13 digits in scientific notation). */
    private static final class DigitsFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new BigDecimal(value).toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
