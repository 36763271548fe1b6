package org.gongkai.events.user;

/**
 * What a user may do (README "Users and roles"). A supervisor and a clerk are scoped to one agency; an
 * administrator to none.
 */
public enum UserRole {
    /** Everything, including agencies, users and the operator endpoints. 系统管理员 */
    ADMIN("系统管理员"),
    /** Reads the agency's whole subtree; writes narrative and publishes its reports. 主管 */
    SUPERVISOR("主管"),
    /** Records the agency's facts and reads that agency. 登记员 */
    CLERK("登记员");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Supervisors and clerks act for one agency; an administrator for all. */
    public boolean needsAgency() {
        return this != ADMIN;
    }
}
