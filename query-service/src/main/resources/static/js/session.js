// Who is signed in, and signing out: shown in the header; the users screen is offered to administrators.
import { get, csrfToken } from './api.js';
import { h } from './ui.js';
import { lang } from './i18n.js';

const TEXT = {
  zh: { logout: '退出', users: '用户', signedIn: '当前用户', password: '修改密码' },
  en: { logout: 'Sign out', users: 'Users', signedIn: 'Signed in as', password: 'Change password' },
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

export function userBox(me) {
  if (!me) {
    return null;
  }
  const who = me.agencyId ? `${me.username}（${me.roleLabel} · ${me.agencyId}）` : `${me.username}（${me.roleLabel}）`;
  return h('span', { class: 'user', id: 'current-user', title: say('signedIn') }, who, ' ',
    h('a', { href: '#/password', id: 'own-password' }, say('password')), ' ',
    h('button', { type: 'button', id: 'logout', onclick: signOut }, say('logout')));
}
