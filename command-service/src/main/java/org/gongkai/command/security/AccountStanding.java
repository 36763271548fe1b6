package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.command.user.UserAccounts;
import org.gongkai.security.Problems;
import org.gongkai.security.SignedInUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in request against the account as stored now (ADR 0045, 0046), whoever vouched for it: a
 * remembered HTTP Basic sign-in or the front door's assertion may be older than the last change. The table is the
 * one all command-service instances share and is written in the transaction of the event, so a disabled user is
 * refused by every instance from the moment the disabling was answered. A disabled account is a 401; one that
 * must choose a new password may do only that (403 otherwise); a changed role or agency counts at once.
 */
final class AccountStanding extends OncePerRequestFilter {

    static final String OWN_PASSWORD = "/api/me/password";

    private final UserAccounts accounts;

    AccountStanding(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user = SignedInUser.current();
        // no row: the configured administrator password before the account is projected, or the service itself
        Optional<UserAccounts.Account> account = user.flatMap(u -> accounts.find(u.username()));
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        UserAccounts.Account stored = account.get();
        if (stored.disabled()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
            Problems.write(response, 401, "AccountDisabled", "账号已停用：this account is disabled");
            return;
        }
        if (stored.mustChangePassword() && !OWN_PASSWORD.equals(request.getRequestURI())) {
            Problems.write(
                    response,
                    403,
                    "PasswordChangeRequired",
                    "请先修改密码：choose a new password with POST /api/me/password before anything else");
            return;
        }
        SignedInUser now = new SignedInUser(stored.username(), stored.role(), stored.agencyId());
        if (!now.equals(user.get())) {
            SecurityContextHolder.getContext().setAuthentication(now.authentication());
        }
        chain.doFilter(request, response);
    }
}
