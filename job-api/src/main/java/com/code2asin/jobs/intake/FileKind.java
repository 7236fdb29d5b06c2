package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What an uploaded file really is, from its first bytes, checked against what its name claims: an XLSX is a ZIP,
 * an XLS an OLE2 compound file, anything else is read as delimited text. A file that is not what its name says is
 * refused with what it is.
 */
enum FileKind {
    TEXT, XLSX, XLS;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};

    static FileKind of(Path file, String fileName) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        FileKind content = startsWith(head, n, ZIP) ? XLSX : startsWith(head, n, OLE2) ? XLS : TEXT;
        if (startsWith(head, n, PDF)) {
            throw new InvalidException(name(fileName) + " is a PDF document: send the codes as CSV, TSV, TXT, XLSX or XLS");
        }
        String extension = extension(fileName);
        FileKind claimed = switch (extension) {
            case "xlsx", "xlsm" -> XLSX;
            case "xls" -> XLS;
            case "csv", "tsv", "txt", "tab" -> TEXT;
            default -> content; // no or unknown extension: the content decides
        };
        if (claimed != content) {
            throw new InvalidException(name(fileName) + " is named ." + extension + " but " + describe(content)
                    + ": rename it or save it again in the format its name says");
        }
        return content;
    }

    private static String describe(FileKind kind) {
        return switch (kind) {
            case XLSX -> "is a ZIP file (an .xlsx workbook, or another archive)";
            case XLS -> "is a binary Office file (an .xls workbook)";
            case TEXT -> "is not an Excel workbook (it holds no ZIP or Office signature)";
        };
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        return n >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "the file" : "'" + fileName + "'";
    }
}
