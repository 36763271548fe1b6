// 文书 (branch letters, issue 16): the letters a case's facts call for, the agency's letter settings and the fee
// quote. The addressee typed here goes into one rendering link and nowhere else: it is never sent with a write.
import { get, send, until } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, field, clearErrors, showProblem, formBody, notice, byCode } from '../ui.js';

/** The case page's panel: each letter due, its number (allocated on request) and links to DOCX and print view. */
export function lettersPanel(applicationId) {
  const panel = h('div', { class: 'panel letters' }, h('p', {}, t('letters.loading')));
  const addressee = h('input', { type: 'text', maxlength: 200, autocomplete: 'off', size: 30 });
  const base = `api/applications/${encodeURIComponent(applicationId)}/letters`;
  const link = (href) => {
    const name = addressee.value.trim();
    return name ? `${href}?addressee=${encodeURIComponent(name)}` : href;
  };
  const show = (letters) => {
    if (!letters.length) {
      panel.replaceChildren(h('p', {}, t('letters.none')));
      return;
    }
    const rows = letters.map((letter) => {
      const number = h('td', { 'data-number': letter.kind }, letter.number || t('letters.unnumbered'));
      const allocate = h('button', { type: 'button' }, t('letters.allocate'));
      allocate.hidden = Boolean(letter.number);
      allocate.addEventListener('click', async () => {
        allocate.disabled = true;
        try {
          await send(`${base}/${letter.kind}/number`, {});
          const again = await until(() => get(base), (list) => list.some((l) => l.kind === letter.kind && l.number));
          show(again);
        } catch (problem) {
          panel.append(notice('error', t('letters.failed')));
          allocate.disabled = false;
        }
      });
      const docx = h('a', { href: `${base}/${letter.kind}.docx` }, 'DOCX');
      const html = h('a', { href: `${base}/${letter.kind}.html`, target: '_blank', rel: 'noopener' }, t('letters.print'));
      // the addressee joins the link only when it is followed, so it is never kept in the page's links
      for (const a of [docx, html]) {
        a.addEventListener('click', () => { a.href = link(`${base}/${letter.kind}.${a === docx ? 'docx' : 'html'}`); });
      }
      return h('tr', { 'data-letter': letter.kind }, h('td', {}, letter.title), h('td', {}, letter.date || ''),
        number, h('td', {}, allocate, ' ', docx, ' · ', html));
    });
    panel.replaceChildren(
      h('div', { class: 'grid' }, field(t('letters.addressee'), addressee, { hint: t('letters.addresseeHint') })),
      h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', {}, t('letters.kind')), h('th', {}, t('letters.date')),
        h('th', {}, t('letters.number')), h('th', {}, ''))), h('tbody', {}, rows)));
  };
  get(base).then(show, () => panel.replaceChildren(notice('error', t('letters.failed'))));
  return panel;
}

/** The intake's repeat hint: what the applicant key told about the case just logged (never the key). */
export async function repeatHint(applicationId) {
  const path = `api/applications/${encodeURIComponent(applicationId)}/applicant`;
  const applicant = await until(() => get(path), (a) => a && a.keyed, 4000);
  if (!applicant || !applicant.keyed) {
    return null;
  }
  const parts = [h('span', {}, t('letters.nth', { n: applicant.nthThisMonth, fee: applicant.feeYuan }))];
  if (applicant.earlier.length) {
    parts.push(h('span', {}, ` ${t('letters.repeat', { n: applicant.earlier.length })}`),
      h('ul', {}, applicant.earlier.map((e) => h('li', {}, `${e.receivedOn} · `,
        h('a', { href: `#/applications/${encodeURIComponent(e.applicationId)}` }, e.subject || e.applicationId)))));
  }
  return notice(applicant.earlier.length ? 'warn' : 'ok', ...parts);
}

/** The fee quote form: both schemes of 国办函〔2020〕109号, band by band, before the notice is recorded. */
export function feeQuoteForm(codes) {
  const method = h('select', { name: 'method' }, ['PER_PAGE', 'PER_APPLICATION'].map((code) =>
    h('option', { value: code }, codeLabel(byCode(codes.feeSchemes || [], code)) || t(`letters.${code}`))));
  const quantity = h('input', { name: 'quantity', type: 'number', min: 1, required: true, size: 8 });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'grid' },
    field(t('letters.method'), method), field(t('letters.quantity'), quantity, { hint: t('letters.quantityHint') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('letters.quote'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = formBody(form);
    const name = body.method === 'PER_PAGE' ? 'pages' : 'nthThisMonth';
    try {
      const quote = await get(`api/processing-fees/quote?method=${body.method}&${name}=${encodeURIComponent(body.quantity)}`);
      result.replaceChildren(h('p', { class: 'fee', 'data-amount': quote.amountYuan }, t('letters.amount', { yuan: quote.amountYuan })),
        h('ol', {}, quote.lines.map((line) => h('li', {}, line.text))));
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('div', { class: 'panel' }, h('h3', {}, t('letters.feeTitle')), form, result);
}

/** The agencies screen's form for what the agency's letters print. */
export function letterSettingsForm(ctx) {
  const agencyId = ctx.agencyId;
  if (!agencyId) {
    return null;
  }
  const names = ['letterheadName', 'documentNumberPrefix', 'officeAddress', 'officeHours', 'reconsiderationBody', 'court'];
  const inputs = Object.fromEntries(names.map((name) => [name, h('input', { name, type: 'text', maxlength: 200, size: 40,
    required: name === 'letterheadName' })]));
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'grid' },
    names.map((name) => field(t(`letters.${name}`), inputs[name])),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('letters.saveSettings'))));
  get(`api/agencies/${encodeURIComponent(agencyId)}/letter-settings`).then((settings) => {
    names.forEach((name) => { inputs[name].value = settings[name] || ''; });
  }, () => {});
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await send(`api/agencies/${encodeURIComponent(agencyId)}/letter-settings`, formBody(form));
      result.replaceChildren(notice('ok', t('letters.settingsSaved')));
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('div', { class: 'panel' }, h('p', { class: 'muted' }, t('letters.settingsFor', { agency: ctx.agencyName(agencyId) })),
    form, result);
}
