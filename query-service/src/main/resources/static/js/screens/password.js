// 修改密码: the signed-in user's own new password. While an administrator requires one (ADR 0046) this is the only
// screen the page shows, since every other request is refused until it is done.
import { send } from '../api.js';
import { lang } from '../i18n.js';
import { h, problemText } from '../ui.js';

// i18n block: users (branch users, issue 20 item 5)
const TEXT = {
  zh: {
    title: '修改密码', required: '管理员要求您先设置自己的新密码，然后才能继续使用。',
    oldPassword: '当前密码', newPassword: '新密码（至少 8 位）', repeat: '再次输入新密码',
    save: '保存新密码', mismatch: '两次输入的新密码不一致。', saved: '新密码已保存。',
  },
  en: {
    title: 'Change password', required: 'An administrator asks you to choose a new password of your own first.',
    oldPassword: 'Current password', newPassword: 'New password (at least 8 characters)',
    repeat: 'New password again', save: 'Save new password', mismatch: 'The two new passwords differ.',
    saved: 'Your new password is saved.',
  },
};
const say = (key) => TEXT[lang()][key];

function passwordField(id, name, autocomplete) {
  return h('input', { id, name, type: 'password', required: true, autocomplete, maxlength: 72 });
}

/** Renders the form; {@code done} runs after the new password is saved. */
export function render(main, { required = false, done } = {}) {
  const message = h('div', { role: 'status', id: 'password-message' });
  const oldPassword = passwordField('own-old-password', 'oldPassword', 'current-password');
  const newPassword = passwordField('own-new-password', 'newPassword', 'new-password');
  newPassword.minLength = 8;
  const repeat = passwordField('own-repeat-password', 'repeat', 'new-password');
  const form = h('form', { class: 'form', id: 'own-password-form', onsubmit: async (e) => {
    e.preventDefault();
    message.className = '';
    message.textContent = '';
    if (newPassword.value !== repeat.value) {
      message.className = 'notice bad';
      message.textContent = say('mismatch');
      repeat.focus();
      return;
    }
    try {
      await send('api/me/password', { oldPassword: oldPassword.value, newPassword: newPassword.value });
      form.reset();
      message.className = 'notice good';
      message.textContent = say('saved');
      if (done) {
        done();
      }
    } catch (err) {
      message.className = 'notice bad';
      message.textContent = problemText(err);
    }
  } },
  h('p', {}, h('label', { for: 'own-old-password' }, say('oldPassword')), oldPassword),
  h('p', {}, h('label', { for: 'own-new-password' }, say('newPassword')), newPassword),
  h('p', {}, h('label', { for: 'own-repeat-password' }, say('repeat')), repeat),
  h('p', {}, h('button', { type: 'submit' }, say('save'))));
  main.replaceChildren(h('h1', {}, say('title')),
    required ? h('div', { class: 'notice warn', role: 'alert' }, say('required')) : null, message, form);
  oldPassword.focus();
  return null;
}
