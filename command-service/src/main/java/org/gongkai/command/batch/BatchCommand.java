package org.gongkai.command.batch;

/**
 * One command of a batch as sent: its single-write path and the exact bytes of its body, so the single write's
 * reader sees what it would have seen alone (a field given twice, a fraction for a count). {@code refusal} is set
 * when the item itself is unusable (no path, an unknown path, no body object); then nothing else is read.
 */
record BatchCommand(int index, String path, byte[] body, BatchRefusal refusal) {

    static BatchCommand of(int index, String path, byte[] body) {
        return new BatchCommand(index, path, body, null);
    }

    static BatchCommand refused(int index, BatchRefusal refusal) {
        return new BatchCommand(index, null, null, refusal);
    }
}
