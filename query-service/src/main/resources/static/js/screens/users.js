// 用户: the accounts (administrators only) and a form to add one with its role and agency.
import { get, send } from '../api.js';
import { lang } from '../i18n.js';
import { h, problemText } from '../ui.js';

const TEXT = {
  zh: {
    title: '用户', username: '用户名', password: '密码（至少 8 位）', role: '角色', agency: '所属机构',
    add: '添加用户', added: '已添加用户：', none: '—',
    ADMIN: '系统管理员', SUPERVISOR: '主管（查看本机构及下级，发布年报）', CLERK: '登记员（登记本机构的事项）',
  },
  en: {
    title: 'Users', username: 'User name', password: 'Password (at least 8 characters)', role: 'Role',
    agency: 'Agency', add: 'Add user', added: 'User added: ', none: '—',
    ADMIN: 'Administrator', SUPERVISOR: 'Supervisor (reads the subtree, publishes reports)',
    CLERK: 'Clerk (records the agency’s facts)',
  },
};
const say = (key) => TEXT[lang()][key];

export async function render(main, params, ctx) {
  const list = h('div', {});
  const message = h('div', { role: 'status' });
  const refresh = async () => {
    const users = await get('api/users');
    list.replaceChildren(h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['username', 'role', 'agency'].map((k) => h('th', { scope: 'col' }, say(k))))),
      h('tbody', {}, users.map((u) => h('tr', {},
        h('td', {}, u.username), h('td', {}, say(u.role)),
        h('td', {}, u.agencyId ? ctx.agencyName(u.agencyId) : say('none')))))));
  };
  const username = h('input', { id: 'user-name', required: true, autocomplete: 'off' });
  const password = h('input', { id: 'user-password', type: 'password', required: true, minlength: 8,
    autocomplete: 'new-password' });
  const role = h('select', { id: 'user-role' }, ['CLERK', 'SUPERVISOR', 'ADMIN'].map((r) => h('option', { value: r }, say(r))));
  const agency = h('select', { id: 'user-agency' }, ctx.agencies.map((a) => h('option', {
    value: a.agencyId, selected: a.agencyId === ctx.agencyId }, a.name)));
  const form = h('form', { class: 'form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await send('api/users', { username: username.value.trim(), password: password.value, role: role.value,
        agencyId: role.value === 'ADMIN' ? null : agency.value });
      message.className = 'notice good';
      message.textContent = say('added') + username.value.trim();
      form.reset();
      setTimeout(() => refresh().catch(() => {}), 500);
    } catch (err) {
      message.className = 'notice bad';
      message.textContent = problemText(err);
    }
  } },
  h('p', {}, h('label', { for: 'user-name' }, say('username')), username),
  h('p', {}, h('label', { for: 'user-password' }, say('password')), password),
  h('p', {}, h('label', { for: 'user-role' }, say('role')), role),
  h('p', {}, h('label', { for: 'user-agency' }, say('agency')), agency),
  h('p', {}, h('button', { type: 'submit' }, say('add'))));
  main.replaceChildren(h('h1', {}, say('title')), message, form, list);
  await refresh();
  return null;
}
