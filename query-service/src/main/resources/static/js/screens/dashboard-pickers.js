// The dashboard's two pickers: the period (year and quarter) and an agency found by name. Both only change the
// URL, so a view can be bookmarked and the back button returns to the period or agency before.
import { t } from '../i18n.js';
import { h, formatCount } from '../ui.js';

const FIRST_YEAR = 2019; // the 2019 regulation's first reporting year; the server refuses earlier ones
const MOST_LISTED = 50;

/** The dashboard's address with some of its parameters changed (the others, like live=off, kept). */
export function dashboardHash(params, changes) {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') {
      next.delete(name);
    } else {
      next.set(name, value);
    }
  }
  return `/dashboard?${next}`;
}

/**
 * Year and quarter, as the URL has them; no year means today's quarter, no quarter the year so far. The years
 * offered run to the server's today (China's calendar), not the browser's.
 */
export function periodForm(params, ctx, d) {
  const thisYear = Number(d.today.slice(0, 4));
  const chosenYear = String(d.currentQuarter.year);
  const year = h('select', { id: 'dash-year', name: 'year' });
  for (let y = thisYear; y >= FIRST_YEAR; y -= 1) {
    year.append(h('option', { value: String(y), selected: String(y) === chosenYear }, String(y)));
  }
  const quarter = h('select', { id: 'dash-quarter', name: 'quarter' },
    h('option', { value: '', selected: !params.get('quarter') }, t('dash.wholeYear')),
    [1, 2, 3, 4].map((q) => h('option', { value: String(q), selected: String(q) === params.get('quarter') },
      t('dash.quarterOption', { q }))));
  const form = h('form', { id: 'dash-period', class: 'inline', 'aria-label': t('dash.period') },
    h('label', { for: 'dash-year' }, t('dash.year')), year, ' ',
    h('label', { for: 'dash-quarter' }, t('dash.quarterField')), quarter, ' ',
    h('button', { type: 'submit', id: 'dash-period-show' }, t('dash.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate(dashboardHash(params, { year: year.value, quarter: quarter.value }));
  });
  return form;
}

/**
 * A search over the agencies the user may read, by any part of a name, listing each with its place in the tree
 * (a province has thousands, and many a 财政局). Typed, arrowed and chosen with the keyboard alone.
 */
export function agencyFinder(params, ctx) {
  if (ctx.agencies.length < 2) {
    return null;
  }
  const search = h('input', { type: 'search', id: 'dash-agency-search', autocomplete: 'off',
    'aria-describedby': 'dash-agency-hint dash-agency-count', 'aria-controls': 'dash-agency-results' });
  const results = h('select', { id: 'dash-agency-results', size: 6, 'aria-label': t('dash.findAgency') });
  const count = h('div', { class: 'small muted', id: 'dash-agency-count', role: 'status' });
  const show = h('button', { type: 'button', id: 'dash-agency-show' }, t('dash.choose'));
  const paths = new Map();
  const path = (a) => {
    if (!paths.has(a.agencyId)) {
      const names = [a.name];
      let parent = ctx.agency(a.parentAgencyId);
      for (let depth = 0; parent && depth < 10; depth += 1) {
        names.unshift(parent.name);
        parent = ctx.agency(parent.parentAgencyId);
      }
      paths.set(a.agencyId, names.join(' › '));
    }
    return paths.get(a.agencyId);
  };
  const filter = () => {
    const q = search.value.trim().toLowerCase();
    const found = q ? ctx.agencies.filter((a) => a.name.toLowerCase().includes(q) || a.agencyId.toLowerCase() === q)
      : [];
    results.replaceChildren(...found.slice(0, MOST_LISTED).map((a) => h('option', { value: a.agencyId }, path(a))));
    // the list and its button take room only once there is something to choose from
    results.hidden = !found.length;
    show.hidden = !found.length;
    if (!q) {
      count.textContent = '';
    } else if (!found.length) {
      count.textContent = t('dash.noMatch', { q: search.value.trim() });
    } else {
      count.textContent = found.length > MOST_LISTED
        ? t('dash.matchesShown', { n: formatCount(found.length), m: MOST_LISTED })
        : t('dash.matches', { n: formatCount(found.length) });
    }
    if (results.options.length) {
      results.selectedIndex = 0;
    }
  };
  const choose = () => {
    const id = results.value;
    if (id) {
      ctx.choose(id);
      ctx.navigate(dashboardHash(params, { agency: id }));
    }
  };
  search.addEventListener('input', filter);
  results.hidden = true;
  show.hidden = true;
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.options.length) {
      event.preventDefault();
      results.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose();
    }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      choose();
    }
  });
  results.addEventListener('dblclick', choose);
  show.addEventListener('click', choose);
  return h('div', { class: 'agency-finder', id: 'dash-agency-finder' },
    h('label', { for: 'dash-agency-search' }, t('dash.findAgency')), ' ', search,
    h('div', { class: 'hint', id: 'dash-agency-hint' }, t('dash.findHint')),
    results, ' ', show, count);
}
