// Who is signed in, and signing out: shown in the header; the users screen is offered to administrators.
import { get, csrfToken } from './api.js';
import { h } from './ui.js';
import { lang } from './i18n.js';

const TEXT = {
  zh: { logout: '退出', users: '用户', signedIn: '当前用户', password: '修改密码', ADMIN: '系统管理员', SUPERVISOR: '主管',
    CLERK: '登记员' },
  en: { logout: 'Sign out', users: 'Users', signedIn: 'Signed in as', password: 'Change password', ADMIN: 'Administrator',
    SUPERVISOR: 'Supervisor', CLERK: 'Clerk' },
};

export function say(key) {
  return TEXT[lang()][key];
}

export async function currentUser() {
  return get('api/me');
}

/** Signing out is a POST with the CSRF token; the server ends the session and shows the login page. */
function signOut() {
  const form = h('form', { method: 'post', action: 'logout', hidden: true },
    h('input', { type: 'hidden', name: '_csrf', value: csrfToken() }));
  document.body.append(form);
  form.submit();
}

/** The signed-in user, their role in the chosen language and their agency by name (a code says nothing to a reader). */
export function userBox(me, agencyName = (id) => id) {
  if (!me) {
    return null;
  }
  const role = TEXT[lang()][me.role] || me.roleLabel;
  const about = me.agencyId ? `${role} · ${agencyName(me.agencyId)}` : role;
  const who = lang() === 'en' ? `${me.username} (${about})` : `${me.username}（${about}）`;
  return h('span', { class: 'user', id: 'current-user', title: say('signedIn') }, who, ' ',
    h('a', { href: '#/password', id: 'own-password' }, say('password')), ' ',
    h('button', { type: 'button', id: 'logout', onclick: signOut }, say('logout')));
}
