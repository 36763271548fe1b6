package org.gongkai.command.imports;

import java.util.List;

/**
 * The import's answer (CONTRACT.md §5): how many data rows the file had, how many were (or, in a dry run, would be)
 * recorded, how many were not, and why, row by row.
 */
record ImportAnswer(boolean dryRun, int rows, int accepted, int rejected, List<RowError> errors) {}
