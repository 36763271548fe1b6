package org.gongkai.command.proactive;

import org.gongkai.command.rejection.Rejection;

/** A document is repealed once; a second repeal would take it out of force twice. */
public final class DocumentAlreadyRepealed extends Rejection {

    DocumentAlreadyRepealed(String documentId) {
        super(Kind.CONFLICT, null, "文件已废止：document " + documentId + " is already repealed");
    }
}
