package org.gongkai.command.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.command.agency.AgencyDirectory;
import org.gongkai.command.clock.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports one register file for one agency. A dry run reads and checks every row and sends nothing. A real run
 * sends the commands of every valid row through the command gateway in the uploader's request, so each passes the
 * same dispatch checks (sign-in, scope, personal data) and aggregate rules as the same write through the API, in
 * chunks that commit together ({@link ImportChunks}).
 */
@Component
class RegisterImport {

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    private final ImportChunks chunks;
    private final AgencyDirectory agencies;
    private final Today today;
    private final ImportProgress progress;

    RegisterImport(ImportChunks chunks, AgencyDirectory agencies, Today today, ImportProgress progress) {
        this.chunks = chunks;
        this.agencies = agencies;
        this.today = today;
        this.progress = progress;
    }

    ImportAnswer run(String agencyId, byte[] file, boolean dryRun, String progressId) {
        agencies.requireRegistered("agencyId", agencyId);
        Register register = RegisterFile.read(file);
        RegisterRows rows = RegisterRows.of(register.header(), agencyId, today.date());
        List<RowError> errors = new ArrayList<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (Register.Line line : register.lines()) {
            RegisterRows.Read read = rows.read(line);
            errors.addAll(read.errors());
            if (read.planned() != null) {
                planned.add(read.planned());
            }
        }
        int total = register.lines().size();
        if (dryRun) {
            return new ImportAnswer(true, total, planned.size(), total - planned.size(), errors);
        }
        ImportProgress.Tracker tracker = progress.start(progressId, total, total - planned.size());
        try {
            List<RowError> refused = chunks.record(planned, tracker);
            errors.addAll(refused);
            errors.sort(Comparator.comparingInt(RowError::row));
            int rejectedRows =
                    (int) errors.stream().mapToInt(RowError::row).distinct().count();
            log.info("imported a register for agency {}: {} rows, {} refused", agencyId, total, rejectedRows);
            return new ImportAnswer(false, total, total - rejectedRows, rejectedRows, errors);
        } finally {
            tracker.finish();
        }
    }
}
