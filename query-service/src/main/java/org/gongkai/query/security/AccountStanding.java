package org.gongkai.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.gongkai.security.Problems;
import org.gongkai.security.SignInRefusal;
import org.gongkai.security.SignedInUser;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every signed-in request at the front door against the account as projected now (ADR 0045, 0046). A
 * session keeps the user it signed in, so without this a person who left would keep working until the session
 * timed out:
 * <ul>
 *   <li>a disabled account: the session is invalidated at once and the request is a 401 (a page goes to the login
 *   page);</li>
 *   <li>an account that must choose a new password: every API request but reading {@code /api/me} and
 *   {@code /api/about} and {@code POST /api/me/password} is a 403 {@code PasswordChangeRequired}; pages load, and
 *   the UI shows its change-password screen;</li>
 *   <li>a changed role or agency: the session's user is replaced, so scopes follow at the next request.</li>
 * </ul>
 */
final class AccountStanding extends OncePerRequestFilter {

    private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of("/api/me", "/api/me/password", "/api/about");

    private final UserProjection accounts;

    AccountStanding(UserProjection accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user = SignedInUser.current();
        // no row: the configured administrator password before the account is projected
        Optional<UserProjection.Account> account;
        try {
            account = user.flatMap(u -> accounts.find(u.username())).map(UserProjection.StoredAccount::account);
        } catch (org.springframework.dao.DataAccessException databaseDown) {
            // The read side's database is down: a read fails on its own, and a write is checked again by the
            // command side against its own accounts (ADR 0045), so a write must not fail here (QueryDatabaseOutageIT).
            chain.doFilter(request, response);
            return;
        }
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (account.get().disabled()) {
            endSession(request);
            if (api) {
                SignInRefusal.challenge(request, response); // none to a page's script: the UI shows its login page
                Problems.write(response, 401, "AccountDisabled", "账号已停用：this account is disabled");
                return;
            }
            chain.doFilter(request, response); // signed out now: the page goes to the login page
            return;
        }
        if (account.get().mustChangePassword() && api && !WHILE_PASSWORD_MUST_CHANGE.contains(path)) {
            Problems.write(
                    response,
                    403,
                    "PasswordChangeRequired",
                    "请先修改密码：choose a new password with POST /api/me/password before anything else");
            return;
        }
        SignedInUser now = new SignedInUser(
                account.get().username(), account.get().role(), account.get().agencyId());
        if (!now.equals(user.get())) {
            replace(request, now);
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static void replace(HttpServletRequest request, SignedInUser now) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(now.authentication());
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
