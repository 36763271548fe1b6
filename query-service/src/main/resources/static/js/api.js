// Talks to the one origin that serves the UI: reads from the query service, writes forwarded to the command side.

/** A refusal from the server (RFC 9457 problem+json) or a failure to reach it. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.field = body && body.field;
    this.rule = body && body.rule;
    this.detail = body && body.detail;
    this.title = body && body.title;
    // the query service's words for the refusal, as a key of the UI's table and its arguments (ADR 0047)
    this.messageKey = body && body.messageKey;
    this.messageArgs = (body && body.messageArgs) || {};
  }
}

/** The session's CSRF token (cookie XSRF-TOKEN), sent back as a header with every write. */
export function csrfToken() {
  const found = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return found ? decodeURIComponent(found.slice('XSRF-TOKEN='.length)) : '';
}

// A 401 to a script comes without a Basic challenge, so the browser shows no password dialog of its own and the
// page goes to the login page (SignInRefusal.fromPageScript; browsers with fetch metadata need no header)
const FROM_SCRIPT = { 'X-Requested-With': 'XMLHttpRequest' };

async function answer(response) {
  if (response.status === 401) {
    location.assign('login.html?expired'); // the session ended: sign in again
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new Problem(response.status, body);
  }
  return body;
}

// Read your writes (ADR 0023): the position of the last write of this tab. The next reads carry it as after=,
// so a page opened after a form shows the fact just recorded; kept per tab, across page loads.
const POSITION = 'gongkai.position';

/** The path with after=<position of the last write>, when this tab wrote something not yet read back. */
export function afterLastWrite(path) {
  const position = sessionStorage.getItem(POSITION);
  if (!position) {
    return path;
  }
  return `${path}${path.includes('?') ? '&' : '?'}after=${encodeURIComponent(position)}`;
}

export async function get(path) {
  const position = sessionStorage.getItem(POSITION);
  let response;
  try {
    response = await fetch(afterLastWrite(path), { headers: { Accept: 'application/json', ...FROM_SCRIPT } });
  } catch (e) {
    throw new Problem(0, null);
  }
  if (response.ok && position && sessionStorage.getItem(POSITION) === position) {
    sessionStorage.removeItem(POSITION); // the read side has it now, and it never goes back
  }
  return answer(response);
}

export async function send(path, body, method = 'POST') {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(),
        ...FROM_SCRIPT },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new Problem(0, null);
  }
  const position = response.ok && response.headers.get('Gongkai-Position');
  if (position) {
    sessionStorage.setItem(POSITION, position);
  }
  return answer(response);
}

/** Sends a file's bytes as they are (an uploaded report to check), with the content type its name implies. */
export async function upload(path, file, contentType) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(),
        ...FROM_SCRIPT },
      body: await file.arrayBuffer(),
    });
  } catch (e) {
    throw new Problem(0, null);
  }
  return answer(response);
}

/** A random UUID; crypto.randomUUID exists only on secure origins, an office intranet may be plain http. */
export function uuid() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Waits until the read side shows a write: the command answer means stored, the projection follows within
 * about a second. Resolves with the first value that satisfies the test, or the last one seen.
 */
export async function until(read, test, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await read();
      if (test(last)) {
        return last;
      }
    } catch (e) {
      if (!(e instanceof Problem) || e.status !== 404) {
        throw e;
      }
    }
    if (Date.now() > deadline) {
      return last;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Calls back (debounced) whenever a committed projection update names one of the agencies a screen shows. */
export function onProjection(concerns, callback) {
  if (!window.EventSource) {
    return { close() {}, state: () => 'unsupported' };
  }
  const source = new EventSource('api/stream');
  let timer = null;
  let connected = false;
  const listeners = [];
  const notify = () => listeners.forEach((l) => l(connected));
  source.onopen = () => { connected = true; notify(); };
  source.onerror = () => { connected = false; notify(); };
  source.addEventListener('projection', (event) => {
    let ids = [];
    try {
      ids = JSON.parse(event.data).agencyIds || [];
    } catch (e) {
      ids = [];
    }
    if (concerns(ids)) {
      clearTimeout(timer);
      timer = setTimeout(callback, 100);
    }
  });
  return {
    close() { clearTimeout(timer); source.close(); },
    onState(listener) { listeners.push(listener); listener(connected); },
  };
}
