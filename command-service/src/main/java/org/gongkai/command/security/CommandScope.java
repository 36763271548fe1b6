package org.gongkai.command.security;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.command.agency.CloseAgency;
import org.gongkai.command.agency.MoveAgency;
import org.gongkai.command.agency.RegisterAgency;
import org.gongkai.command.agency.RenameAgency;
import org.gongkai.command.agency.SetQuarterlyDeadline;
import org.gongkai.command.report.DraftNarrative;
import org.gongkai.command.report.PublishReport;
import org.gongkai.command.report.SubmitQuarterlyStatistics;
import org.gongkai.command.user.DisableUser;
import org.gongkai.command.user.EnableUser;
import org.gongkai.command.user.ReassignUser;
import org.gongkai.command.user.RegisterUser;
import org.gongkai.command.user.SetPassword;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.SignedInUser;

/**
 * Who may send which command (ADR 0011):
 * <ul>
 *   <li>an administrator: every command;</li>
 *   <li>the agency register (register, rename, move, close) and users: administrators only, except that
 *   every user may set their own password;</li>
 *   <li>narrative, publication, quarterly submission and the quarterly deadline of an agency: a supervisor of
 *   that agency or of an agency above it;</li>
 *   <li>every other command records a fact of one agency: a clerk of that agency. The agency is the command's
 *   {@code agencyId}, or the agency of the application, case or document it names.</li>
 * </ul>
 */
final class CommandScope {

    private static final Set<Class<?>> ADMINISTRATION = Set.of(
            RegisterAgency.class,
            RenameAgency.class,
            MoveAgency.class,
            CloseAgency.class,
            RegisterUser.class,
            ReassignUser.class,
            DisableUser.class,
            EnableUser.class);
    private static final Set<Class<?>> REPORTING = Set.of(
            DraftNarrative.class, PublishReport.class, SubmitQuarterlyStatistics.class, SetQuarterlyDeadline.class);

    /** The agency an existing application, case or document belongs to; and the parent of an agency. */
    interface Ownership {
        Optional<String> agencyOf(String aggregateId);

        Optional<String> parentOf(String agencyId);
    }

    private final Ownership ownership;

    CommandScope(Ownership ownership) {
        this.ownership = ownership;
    }

    void check(SignedInUser user, Object command) {
        if (user.role() == UserRole.ADMIN) {
            return;
        }
        if (command instanceof SetPassword password) {
            // anyone may choose their own password (proving the old one); only an administrator sets another's
            if (password.byAdministrator() || !password.username().equals(user.username())) {
                throw new OutOfScope("AdministratorsOnly", "无权操作：only an administrator may do this");
            }
            return;
        }
        if (ADMINISTRATION.contains(command.getClass())) {
            throw new OutOfScope("AdministratorsOnly", "无权操作：only an administrator may do this");
        }
        Optional<String> agency = agencyOf(command);
        if (agency.isEmpty()) {
            return; // names nothing known: the aggregate answers 404 without revealing anything
        }
        if (REPORTING.contains(command.getClass())) {
            if (user.role() != UserRole.SUPERVISOR || !isWithin(agency.get(), user.agencyId())) {
                throw new OutOfScope(
                        "SupervisedSubtreeOnly",
                        "无权操作：only a supervisor of this agency "
                                + "or of an agency above it may write or publish its report");
            }
            return;
        }
        if (user.role() != UserRole.CLERK || !agency.get().equals(user.agencyId())) {
            throw new OutOfScope("OwnAgencyOnly", "无权操作：only a clerk of this agency may record its facts");
        }
    }

    /** True when {@code agencyId} is {@code ancestor} or lies below it in the command side's directory. */
    private boolean isWithin(String agencyId, String ancestor) {
        int depth = 0;
        for (String current = agencyId; current != null && depth < 64; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = ownership.parentOf(current).orElse(null);
        }
        return false;
    }

    private Optional<String> agencyOf(Object command) {
        List<RecordComponent> components = CommandFields.of(command.getClass());
        if (components.isEmpty()) {
            return Optional.empty();
        }
        for (RecordComponent component : components) {
            if (component.getName().equals("agencyId")) {
                return Optional.ofNullable((String) CommandFields.value(component, command));
            }
        }
        return Optional.ofNullable((String) CommandFields.value(components.get(0), command))
                .flatMap(ownership::agencyOf);
    }
}
