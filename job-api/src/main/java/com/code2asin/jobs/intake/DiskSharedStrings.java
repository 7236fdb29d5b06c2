package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A workbook's shared strings kept in a temporary file instead of the heap: Excel stores every text cell there, so
 * a million product names would otherwise all be in memory at once. The strings are parsed once with StAX into the
 * file; the heap keeps one int offset per string.
 */
final class DiskSharedStrings implements SharedStrings, Closeable {

    private final Path file;
    private final MappedByteBuffer bytes;
    private final int[] offsets;
    private final int count;

    private DiskSharedStrings(Path file, MappedByteBuffer bytes, int[] offsets, int count) {
        this.file = file;
        this.bytes = bytes;
        this.offsets = offsets;
        this.count = count;
    }

    static DiskSharedStrings of(OPCPackage pkg) throws IOException {
        Path file = Files.createTempFile("sst-", ".bin");
        try {
            int[] offsets = new int[1024];
            int count = 0;
            long written = 0;
            List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                if (!parts.isEmpty()) {
                    try (InputStream in = parts.get(0).getInputStream()) {
                        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                        StringBuilder text = new StringBuilder();
                        int phonetic = 0;
                        while (xml.hasNext()) {
                            int event = xml.next();
                            if (event == XMLStreamConstants.START_ELEMENT) {
                                switch (xml.getLocalName()) {
                                    case "si" -> text.setLength(0);
                                    case "rPh" -> phonetic++;
                                    case "t" -> {
                                        String part = xml.getElementText();
                                        if (phonetic == 0) {
                                            text.append(part);
                                        }
                                    }
                                    default -> { }
                                }
                            } else if (event == XMLStreamConstants.END_ELEMENT) {
                                if (xml.getLocalName().equals("rPh")) {
                                    phonetic--;
                                } else if (xml.getLocalName().equals("si")) {
                                    if (count + 1 >= offsets.length) {
                                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                                    }
                                    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
                                    out.write(utf8);
                                    written += utf8.length;
                                    if (written > Integer.MAX_VALUE) {
                                        throw new InvalidException("the workbook holds more than 2 GB of text");
                                    }
                                    offsets[++count] = (int) written;
                                }
                            }
                        }
                    } catch (XMLStreamException e) {
                        throw new InvalidException("the workbook's shared strings cannot be read: " + e.getMessage());
                    }
                }
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return new DiskSharedStrings(file, channel.map(FileChannel.MapMode.READ_ONLY, 0, written), offsets,
                        count);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= count) {
            throw new InvalidException("the workbook refers to shared string " + idx + " of " + count);
        }
        byte[] utf8 = new byte[offsets[idx + 1] - offsets[idx]];
        bytes.get(offsets[idx], utf8);
        return new XSSFRichTextString(new String(utf8, StandardCharsets.UTF_8));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
