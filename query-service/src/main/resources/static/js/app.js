// The single page: a header (navigation, agency, scope, language) and one screen per hash route.
import { get } from './api.js';
import { h, problemText, treeOrder } from './ui.js';
import { t, lang, setLang } from './i18n.js';
import * as intake from './screens/intake.js';
import * as caseScreen from './screens/case.js';
import * as dashboard from './screens/dashboard.js';
import * as supervision from './screens/supervision.js';
import * as reportCheck from './screens/report-check.js';
import * as worklist from './screens/worklist.js';
import * as reports from './screens/reports.js';
import * as agencies from './screens/agencies.js';
import * as reviews from './screens/reviews.js';
import * as proactive from './screens/proactive.js';
import * as users from './screens/users.js';
import * as passwordScreen from './screens/password.js';
import * as registerImport from './screens/import.js';
import { currentUser, userBox, say } from './session.js';

const ROUTES = [
  // roles: who may submit the screen's forms (CommandScope of the command side); others are not offered it
  { path: 'intake', nav: 'nav.intake', roles: ['ADMIN', 'CLERK'], screen: intake },
  { path: 'worklist', nav: 'nav.worklist', screen: worklist },
  { path: 'dashboard', nav: 'nav.dashboard', screen: dashboard },
  { path: 'supervision', nav: 'nav.supervision', screen: supervision },
  { path: 'reports', nav: 'nav.reports', screen: reports },
  { path: 'report-check', nav: 'nav.reportCheck', screen: reportCheck },
  { path: 'reviews', nav: 'nav.reviews', screen: reviews },
  { path: 'proactive', nav: 'nav.proactive', screen: proactive },
  { path: 'agencies', nav: 'nav.agencies', screen: agencies },
  { path: 'import', nav: 'nav.import', roles: ['ADMIN', 'CLERK'], screen: registerImport },
  { path: 'applications', screen: caseScreen },
  { path: 'users', nav: 'users', admin: true, screen: users },
  { path: 'password', screen: { render: (main) => passwordScreen.render(main) } },
];

const AGENCY_KEY = 'gongkai.agency';
const SCOPE_KEY = 'gongkai.scope';

/** What every screen needs: codes, agencies and the agency/scope chosen in the header. */
const ctx = {
  me: null,
  codes: null,
  agencies: [],
  agencyId: localStorage.getItem(AGENCY_KEY),
  scope: localStorage.getItem(SCOPE_KEY) === 'subtree' ? 'subtree' : 'agency',
  agency(id) {
    return this.agencies.find((a) => a.agencyId === id);
  },
  agencyName(id) {
    const a = this.agency(id);
    return a ? a.name : id;
  },
  /** The agency and, for a subtree, every agency below it (for matching live updates). */
  covered() {
    const ids = new Set([this.agencyId]);
    if (this.scope === 'subtree') {
      let grew = true;
      while (grew) {
        grew = false;
        for (const a of this.agencies) {
          if (!ids.has(a.agencyId) && ids.has(a.parentAgencyId)) {
            ids.add(a.agencyId);
            grew = true;
          }
        }
      }
    }
    return ids;
  },
  /** Whether the signed-in user has one of these roles (no list, or no sign-in yet: everyone). */
  may(roles) {
    return !roles || !this.me || !this.me.role || roles.includes(this.me.role);
  },
  scopeQuery() {
    return this.scope === 'subtree' ? '&scope=subtree' : '';
  },
  async reloadAgencies() {
    this.agencies = await get('api/agencies');
    if (!this.agency(this.agencyId)) {
      const root = this.agencies.find((a) => !a.parentAgencyId) || this.agencies[0];
      this.agencyId = root ? root.agencyId : null;
    }
    renderContext();
  },
  choose(agencyId, scope) {
    if (agencyId && this.agency(agencyId)) {
      this.agencyId = agencyId;
      localStorage.setItem(AGENCY_KEY, agencyId);
    }
    if (scope) {
      this.scope = scope === 'subtree' ? 'subtree' : 'agency';
      localStorage.setItem(SCOPE_KEY, this.scope);
    }
  },
  navigate(hash) {
    location.hash = hash;
  },
};

let cleanup = null;

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

function renderNav(active) {
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('app.title'));
  const visible = ROUTES.filter((r) => r.nav && (!r.admin || (ctx.me && ctx.me.role === 'ADMIN')) && ctx.may(r.roles));
  nav.replaceChildren(...visible.map((r) => h('a', {
    href: `#/${r.path}`, 'aria-current': r.path === active ? 'page' : null,
  }, r.admin ? say(r.nav) : t(r.nav))));
}

function renderContext() {
  const box = document.getElementById('context');
  const select = h('select', { id: 'ctx-agency', onchange: (e) => { ctx.choose(e.target.value); route(); } });
  const depth = (a) => {
    let d = 0;
    let p = ctx.agency(a.parentAgencyId);
    while (p && d < 10) {
      d += 1;
      p = ctx.agency(p.parentAgencyId);
    }
    return d;
  };
  for (const a of treeOrder(ctx.agencies)) {
    select.append(h('option', { value: a.agencyId, selected: a.agencyId === ctx.agencyId },
      `${'　'.repeat(depth(a))}${a.name}`));
  }
  const subtree = h('input', { type: 'checkbox', id: 'ctx-subtree', checked: ctx.scope === 'subtree',
    onchange: (e) => { ctx.choose(null, e.target.checked ? 'subtree' : 'agency'); route(); } });
  const switchLang = h('button', { type: 'button', lang: lang() === 'zh' ? 'en' : 'zh',
    onclick: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); chrome(); route(); } }, t('lang.switch'));
  if (!ctx.agencies.length) {
    // a new system: an empty agency picker only puzzles; the screens say what to do first
    box.replaceChildren(switchLang, userBox(ctx.me, (id) => ctx.agencyName(id)));
    return;
  }
  box.replaceChildren(
    h('label', { for: 'ctx-agency' }, t('ctx.agency')), select,
    h('span', {}, subtree, ' ', h('label', { for: 'ctx-subtree' }, t('ctx.subtree'))),
    switchLang, userBox(ctx.me, (id) => ctx.agencyName(id)));
}

function chrome() {
  document.title = t('app.title');
  document.getElementById('app-title').textContent = t('app.title');
  document.querySelector('.skip').textContent = t('skip');
  document.getElementById('footer').textContent = t('footer');
  document.getElementById('menu-toggle').textContent = t('menu');
  renderContext();
}

/** Below 600 px the navigation and the agency picker fold behind one button, so the screen starts at the top. */
function collapsibleHeader() {
  const toggle = document.getElementById('menu-toggle');
  const masthead = document.querySelector('.masthead');
  const set = (open) => {
    masthead.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => set(!masthead.classList.contains('open')));
  window.addEventListener('hashchange', () => set(false));
}

/**
 * Below 600 px a wide table scrolls in its own box (app.css). A box that scrolls must take keyboard focus, or a
 * keyboard user cannot reach its hidden columns (WCAG 2.1.1; axe-core's scrollable-region-focusable): such a table
 * joins the Tab order while it overflows, and leaves it when it fits again. Tables render after their data, so the
 * main part is watched rather than each screen changed (branch browser).
 */
function focusableScrollingTables() {
  const main = document.getElementById('main');
  let queued = false;
  const mark = () => {
    queued = false;
    for (const table of main.querySelectorAll('table')) {
      const scrolls = table.scrollWidth > table.clientWidth + 1 && getComputedStyle(table).overflowX !== 'visible'
        && !table.closest('.visually-hidden');
      if (scrolls && !table.hasAttribute('tabindex')) {
        table.setAttribute('tabindex', '0');
        table.dataset.scrollFocus = 'yes';
      } else if (!scrolls && table.dataset.scrollFocus) {
        table.removeAttribute('tabindex');
        delete table.dataset.scrollFocus;
      }
    }
  };
  const queue = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(mark);
    }
  };
  new MutationObserver(queue).observe(main, { childList: true, subtree: true });
  window.addEventListener('resize', queue);
}

async function route() {
  const { parts, params } = parseHash();
  const found = ROUTES.find((r) => r.path === parts[0]) || ROUTES[0];
  if (params.has('lang') && params.get('lang') !== lang()) {
    setLang(params.get('lang'));
    chrome();
  }
  if (params.has('agency') || params.has('scope')) {
    ctx.choose(params.get('agency'), params.get('scope'));
    renderContext();
  }
  renderNav(found === caseScreen ? null : found.path);
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  const main = document.getElementById('main');
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  try {
    const result = await found.screen.render(main, { parts: parts.slice(1), params }, ctx);
    cleanup = typeof result === 'function' ? result : null;
  } catch (e) {
    main.replaceChildren(h('div', { class: 'notice bad', role: 'alert' }, problemText(e)));
  }
}

/** Generated demo data must never be mistaken for an agency's real numbers. */
async function markDemoData() {
  try {
    const about = await get('api/about');
    if (about.demo) {
      document.body.classList.add('demo');
      document.querySelector('.masthead').after(h('div', { class: 'demo-banner', role: 'note' },
        t('demoBanner')));
    }
  } catch (e) {
    // the banner is a courtesy; the screens work without it
  }
}

async function start() {
  setLang(lang());
  // branch users: an account that must choose a new password sees only that form (ADR 0046); every other
  // request would be refused until it is done
  try {
    const me = await currentUser();
    if (me.mustChangePassword) {
      ctx.me = me;
      chrome();
      passwordScreen.render(document.getElementById('main'), { required: true, done: () => location.reload() });
      return;
    }
  } catch (e) {
    // answered again below
  }
  try {
    [ctx.codes, ctx.me] = await Promise.all([get('api/codes'), currentUser(), ctx.reloadAgencies()]);
  } catch (e) {
    document.getElementById('main').replaceChildren(h('div', { class: 'notice bad', role: 'alert' }, problemText(e)));
    return;
  }
  chrome();
  collapsibleHeader();
  focusableScrollingTables();
  markDemoData();
  // main takes focus before the screen renders, so a screen may move it on to its first control
  window.addEventListener('hashchange', () => { document.getElementById('main').focus(); route(); });
  await route();
}

start();
