package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first sheet of a legacy XLS workbook. The format holds at most 65,536 rows, so the workbook is opened
 * whole; memory stays bounded by the format itself.
 */
final class XlsTables {

    private XlsTables() {
    }

    static void read(Path file, RowSink sink) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidException("the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                    sink.row(row.getRowNum() + 1, cells);
                }
            }
        } catch (org.apache.poi.poifs.filesystem.NotOLE2FileException
                 | org.apache.poi.hssf.OldExcelFormatException e) {
            throw new InvalidException("the workbook cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidException("the file is an Office document but not an XLS workbook: " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return new BigDecimal(value).toPlainString(); // a barcode with all its digits
            }
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip(); // a formula's cached text, not the formula
        }
        return formatter.formatCellValue(cell).strip();
    }
}
