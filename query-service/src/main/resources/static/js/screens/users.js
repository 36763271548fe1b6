// 用户: the accounts (administrators only), a form to add one with its role and agency, and per account: a new
// role or agency, disabling and enabling it, and a new password (branch users, issue 20 item 5; ADR 0045, 0046).
import { get, send } from '../api.js';
import { lang } from '../i18n.js';
import { h, problemText } from '../ui.js';

// i18n block: users
const TEXT = {
  zh: {
    title: '用户', username: '用户名', password: '密码（至少 8 位）', role: '角色', agency: '所属机构',
    add: '添加用户', added: '已添加用户：', none: '—', status: '状态', actions: '操作',
    enabled: '正常', disabled: '已停用', mustChange: '须修改密码',
    edit: '修改角色', disable: '停用', enable: '启用', newPassword: '设置新密码',
    editTitle: '修改角色和机构：', passwordTitle: '设置新密码：', save: '保存', cancel: '取消',
    requireChange: '下次登录时必须修改密码',
    saved: '已保存：', disabledNow: '已停用，该用户的会话已结束：', enabledNow: '已启用：',
    passwordSet: '已设置新密码：',
    confirmDisable: '停用后该用户立即退出且不能再登录。确定停用 ',
    ADMIN: '系统管理员', SUPERVISOR: '主管（查看本机构及下级，发布年报）', CLERK: '登记员（登记本机构的事项）',
  },
  en: {
    title: 'Users', username: 'User name', password: 'Password (at least 8 characters)', role: 'Role',
    agency: 'Agency', add: 'Add user', added: 'User added: ', none: '—', status: 'Status', actions: 'Actions',
    enabled: 'Active', disabled: 'Disabled', mustChange: 'must change password',
    edit: 'Change role', disable: 'Disable', enable: 'Enable', newPassword: 'Set new password',
    editTitle: 'Role and agency of ', passwordTitle: 'New password for ', save: 'Save', cancel: 'Cancel',
    requireChange: 'Require a new password at the next sign-in',
    saved: 'Saved: ', disabledNow: 'Disabled; the user’s sessions have ended: ', enabledNow: 'Enabled: ',
    passwordSet: 'New password set for ',
    confirmDisable: 'The user is signed out at once and cannot sign in again. Disable ',
    ADMIN: 'Administrator', SUPERVISOR: 'Supervisor (reads the subtree, publishes reports)',
    CLERK: 'Clerk (records the agency’s facts)',
  },
};
const say = (key) => TEXT[lang()][key];
const ROLES = ['CLERK', 'SUPERVISOR', 'ADMIN'];

export async function render(main, params, ctx) {
  const list = h('div', {});
  const panel = h('div', { id: 'user-panel' });
  const message = h('div', { role: 'status', id: 'users-message' });
  // every action starts by clearing the last one's message, so a message always belongs to the latest action
  const tell = (kind, text) => {
    message.className = kind ? `notice ${kind}` : '';
    message.textContent = text || '';
  };
  const act = async (work, good) => {
    tell(null);
    try {
      await work();
      tell('good', good);
      panel.replaceChildren();
      await refresh();
    } catch (err) {
      tell('bad', problemText(err));
    }
  };
  const roleSelect = (id, chosen) => h('select', { id, name: 'role' },
    ROLES.map((r) => h('option', { value: r, selected: r === chosen }, say(r))));
  const agencySelect = (id, chosen) => h('select', { id, name: 'agencyId' }, ctx.agencies.map((a) => h('option', {
    value: a.agencyId, selected: a.agencyId === chosen }, a.name)));

  const editForm = (u) => {
    const role = roleSelect('edit-role', u.role);
    const agency = agencySelect('edit-agency', u.agencyId || ctx.agencyId);
    const form = h('form', { class: 'form', id: 'edit-user-form', onsubmit: (e) => {
      e.preventDefault();
      act(() => send(`api/users/${encodeURIComponent(u.username)}`,
        { role: role.value, agencyId: role.value === 'ADMIN' ? null : agency.value }, 'PUT'),
      say('saved') + u.username);
    } },
    h('h2', {}, say('editTitle') + u.username),
    h('p', {}, h('label', { for: 'edit-role' }, say('role')), role),
    h('p', {}, h('label', { for: 'edit-agency' }, say('agency')), agency),
    h('p', {}, h('button', { type: 'submit' }, say('save')), ' ',
      h('button', { type: 'button', onclick: () => { tell(null); panel.replaceChildren(); } }, say('cancel'))));
    panel.replaceChildren(form);
    role.focus();
  };

  const passwordForm = (u) => {
    const password = h('input', { id: 'set-password', type: 'password', required: true, minlength: 8,
      maxlength: 72, autocomplete: 'new-password' });
    const mustChange = h('input', { id: 'set-must-change', type: 'checkbox', checked: true });
    const form = h('form', { class: 'form', id: 'set-password-form', onsubmit: (e) => {
      e.preventDefault();
      act(() => send(`api/users/${encodeURIComponent(u.username)}/password`,
        { password: password.value, mustChange: mustChange.checked }), say('passwordSet') + u.username);
    } },
    h('h2', {}, say('passwordTitle') + u.username),
    h('p', {}, h('label', { for: 'set-password' }, say('password')), password),
    h('p', {}, mustChange, ' ', h('label', { for: 'set-must-change' }, say('requireChange'))),
    h('p', {}, h('button', { type: 'submit' }, say('save')), ' ',
      h('button', { type: 'button', onclick: () => { tell(null); panel.replaceChildren(); } }, say('cancel'))));
    panel.replaceChildren(form);
    password.focus();
  };

  const actions = (u) => {
    const self = ctx.me && ctx.me.username === u.username;
    const path = `api/users/${encodeURIComponent(u.username)}`;
    return h('td', {},
      h('button', { type: 'button', onclick: () => { tell(null); editForm(u); } }, say('edit')), ' ',
      h('button', { type: 'button', onclick: () => { tell(null); passwordForm(u); } }, say('newPassword')), ' ',
      // the server refuses an administrator disabling themself (409); the button is not offered either
      u.disabled
        ? h('button', { type: 'button', onclick: () => act(() => send(`${path}/enable`, {}), say('enabledNow') + u.username) },
          say('enable'))
        : (self ? null : h('button', { type: 'button', onclick: () => {
          if (window.confirm(`${say('confirmDisable')}${u.username}?`)) {
            act(() => send(`${path}/disable`, {}), say('disabledNow') + u.username);
          }
        } }, say('disable'))));
  };

  const status = (u) => {
    if (u.disabled) {
      return say('disabled');
    }
    return u.mustChangePassword ? `${say('enabled')}（${say('mustChange')}）` : say('enabled');
  };

  const refresh = async () => {
    const users = await get('api/users');
    list.replaceChildren(h('div', { class: 'table-scroll' }, h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ['username', 'role', 'agency', 'status', 'actions']
        .map((k) => h('th', { scope: 'col' }, say(k))))),
      h('tbody', {}, users.map((u) => h('tr', { class: u.disabled ? 'muted' : null },
        h('td', {}, u.username), h('td', {}, say(u.role)),
        h('td', {}, u.agencyId ? ctx.agencyName(u.agencyId) : say('none')),
        h('td', {}, status(u)), actions(u)))))));
  };

  const username = h('input', { id: 'user-name', required: true, autocomplete: 'off' });
  const password = h('input', { id: 'user-password', type: 'password', required: true, minlength: 8,
    autocomplete: 'new-password' });
  const role = roleSelect('user-role', 'CLERK');
  const agency = agencySelect('user-agency', ctx.agencyId);
  const form = h('form', { class: 'form', onsubmit: async (e) => {
    e.preventDefault();
    const name = username.value.trim();
    await act(() => send('api/users', { username: name, password: password.value, role: role.value,
      agencyId: role.value === 'ADMIN' ? null : agency.value }), say('added') + name);
    if (message.classList.contains('good')) {
      form.reset();
    }
  } },
  h('p', {}, h('label', { for: 'user-name' }, say('username')), username),
  h('p', {}, h('label', { for: 'user-password' }, say('password')), password),
  h('p', {}, h('label', { for: 'user-role' }, say('role')), role),
  h('p', {}, h('label', { for: 'user-agency' }, say('agency')), agency),
  h('p', {}, h('button', { type: 'submit' }, say('add'))));
  main.replaceChildren(h('h1', {}, say('title')), message, panel, list, h('h2', {}, say('add')), form);
  await refresh();
  return null;
}
