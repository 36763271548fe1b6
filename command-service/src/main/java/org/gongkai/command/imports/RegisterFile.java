package org.gongkai.command.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Reads the bytes of an uploaded register: an .xlsx workbook (its first sheet), or a CSV in UTF-8 (with or without
 * a byte order mark), UTF-16 with a byte order mark, or GB18030, which is what Excel on a Chinese Windows writes
 * when it saves "CSV (逗号分隔)". Text that is valid UTF-8 is taken as UTF-8; anything else as GB18030, which
 * decodes every byte sequence, so a file is never refused for its encoding alone.
 */
final class RegisterFile {

    static final int MAX_ROWS = 50_000;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private RegisterFile() {}

    static Register read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableRegister("EmptyFile", "文件为空：the file is empty");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return Workbooks.read(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw unsupported("不支持 .xls 格式，请另存为 .xlsx 或 CSV：an .xls workbook cannot be read; save it as .xlsx or CSV");
        }
        return csv(decode(bytes));
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    static Register csv(String text) {
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty()) {
            throw new UnreadableRegister("EmptyFile", "文件为空：the file has no header row");
        }
        List<Register.Line> lines = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Register.Line line = new Register.Line(i + 1, records.get(i));
            if (!line.blank()) {
                lines.add(line);
            }
        }
        return checked(new Register(records.get(0), lines));
    }

    static Register checked(Register register) {
        if (register.lines().size() > MAX_ROWS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "行数过多：a register file may have at most " + MAX_ROWS + " rows; split it");
            problem.setTitle("TooManyRows");
            problem.setProperty("rule", "TooManyRows");
            throw new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
        }
        return register;
    }

    private static ErrorResponseException unsupported(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        problem.setTitle("UnsupportedFormat");
        problem.setProperty("rule", "UnsupportedFormat");
        return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first sheet of an .xlsx workbook; dates typed as Excel dates come out as ISO dates. */
    private static final class Workbooks {

        static Register read(byte[] bytes) {
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                var sheet = workbook.getSheetAt(0);
                List<String> header = null;
                List<Register.Line> lines = new ArrayList<>();
                for (var row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(WorkbookCells.text(row.getCell(c)));
                    }
                    Register.Line line = new Register.Line(row.getRowNum() + 1, cells);
                    if (line.blank()) {
                        continue;
                    }
                    if (header == null) {
                        header = cells;
                    } else {
                        lines.add(line);
                    }
                }
                if (header == null) {
                    throw new UnreadableRegister("EmptyFile", "文件为空：the first sheet has no header row");
                }
                return checked(new Register(header, lines));
            } catch (IOException | RuntimeException e) {
                if (e instanceof UnreadableRegister || e instanceof ErrorResponseException) {
                    throw (RuntimeException) e;
                }
                throw new UnreadableRegister("UnreadableFile", "无法读取文件：the .xlsx workbook cannot be read");
            }
        }
    }
}
