// The login page: a plain form POST to /login with the CSRF token from the XSRF-TOKEN cookie.
(function () {
  const KEY = 'gongkai.lang';
  const text = {
    zh: {
      title: '登录', appTitle: '政府信息公开统计', username: '用户名', password: '密码', submit: '登录',
      switchTo: 'English', error: '用户名或密码错误。', locked: '登录失败次数过多，请五分钟后再试。',
      logout: '已退出登录。', expired: '请先登录。',
    },
    en: {
      title: 'Sign in', appTitle: 'Government information disclosure statistics', username: 'User name',
      password: 'Password', submit: 'Sign in', switchTo: '中文', error: 'Wrong user name or password.',
      locked: 'Too many failed sign-ins; try again in five minutes.', logout: 'You have signed out.',
      expired: 'Please sign in first.',
    },
  };
  let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';

  function cookie(name) {
    const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
    return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
  }

  function render() {
    const s = text[lang];
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = `${s.title} · ${s.appTitle}`;
    document.getElementById('app-title').textContent = s.appTitle;
    document.getElementById('login-title').textContent = s.title;
    document.getElementById('username-label').textContent = s.username;
    document.getElementById('password-label').textContent = s.password;
    document.getElementById('login-submit').textContent = s.submit;
    const button = document.getElementById('lang-switch');
    button.textContent = s.switchTo;
    button.lang = lang === 'zh' ? 'en' : 'zh';
    const query = new URLSearchParams(location.search);
    const message = ['locked', 'error', 'logout', 'expired'].find((k) => query.has(k));
    const box = document.getElementById('login-message');
    box.className = message ? `notice ${message === 'logout' ? 'good' : 'bad'}` : '';
    box.textContent = message ? s[message] : '';
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('lang-switch').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem(KEY, lang);
      render();
    });
    document.getElementById('login-form').addEventListener('submit', () => {
      document.getElementById('csrf').value = cookie('XSRF-TOKEN');
    });
    document.getElementById('csrf').value = cookie('XSRF-TOKEN');
    render();
    document.body.dataset.ready = 'yes';
  });
}());
