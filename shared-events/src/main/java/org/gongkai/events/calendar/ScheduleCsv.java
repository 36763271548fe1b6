package org.gongkai.events.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads schedule files in the format {@code date,kind,festival,notice} (header line, UTF-8, optional BOM, blank lines and
 * lines starting with {@code #} ignored). A bad line fails the whole load: a silently skipped holiday would move
 * due dates without anyone noticing.
 */
final class ScheduleCsv {

    private static final String HEADER = "date,kind,festival,notice";

    private ScheduleCsv() {}

    static List<ScheduledDay> read(Reader source, String sourceName) throws IOException {
        List<ScheduledDay> days = new ArrayList<>();
        Map<LocalDate, ScheduledDay> seen = new HashMap<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        boolean headerSeen = false;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = (number == 1 ? line.replace("\uFEFF", "") : line).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                requireHeader(text, sourceName);
                headerSeen = true;
                continue;
            }
            ScheduledDay day = parse(text, sourceName, number);
            ScheduledDay earlier = seen.putIfAbsent(day.date(), day);
            if (earlier != null && earlier.kind() != day.kind()) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + day.date() + " is listed both as "
                        + earlier.kind() + " and " + day.kind());
            }
            days.add(day);
        }
        return days;
    }

    private static void requireHeader(String text, String sourceName) {
        if (!text.replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw new IllegalArgumentException(
                    sourceName + ": first line must be '" + HEADER + "' but was '" + text + "'");
        }
    }

    private static ScheduledDay parse(String text, String sourceName, int number) {
        String[] cells = text.split(",", -1);
        if (cells.length < 2 || cells.length > 4) {
            throw new IllegalArgumentException(
                    sourceName + ":" + number + ": expected " + HEADER + " but was '" + text + "'");
        }
        try {
            LocalDate date = LocalDate.parse(cells[0].strip());
            DayKind kind = DayKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            String festival = cells.length > 2 ? cells[2].strip() : "";
            String notice = cells.length > 3 ? cells[3].strip() : "";
            return new ScheduledDay(date, kind, festival, notice);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    sourceName + ":" + number + ": '" + text + "' needs an ISO date and kind HOLIDAY or WORKDAY", e);
        }
    }

    static List<ScheduledDay> bundled() {
        InputStream stream = ScheduleCsv.class.getResourceAsStream(WorkingDayCalendar.BUNDLED_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(
                    "bundled schedule " + WorkingDayCalendar.BUNDLED_RESOURCE + " is missing from the classpath");
        }
        return readStream(stream, "classpath:" + WorkingDayCalendar.BUNDLED_RESOURCE);
    }

    static List<ScheduledDay> readFile(Path file) {
        try {
            return readStream(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schedule file " + file, e);
        }
    }

    private static List<ScheduledDay> readStream(InputStream stream, String name) {
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schedule " + name, e);
        }
    }

    static List<Path> csvFilesIn(Path directory) {
        if (Files.isRegularFile(directory)) {
            return List.of(directory);
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("calendar directory " + directory + " does not exist");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> path.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list calendar directory " + directory, e);
        }
    }
}
