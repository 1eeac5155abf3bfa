// The dashboard's only way to the server: bearer-token reads of the query API, and the live stream.
window.Api = (() => {
  const TOKEN_KEY = 'renewal-ledger.token';
  const USER_KEY = 'renewal-ledger.user';

  let token = sessionStorage.getItem(TOKEN_KEY);

  /** Demo users of the local stack's issuer (GET /local/users); empty when a real issuer is configured. */
  async function demoUsers() {
    const response = await fetch('/local/users');
    return response.ok ? response.json() : [];
  }

  /** A token from the demo issuer (POST /local/tokens/{user}), kept for this browser tab only. */
  async function signIn(user) {
    const response = await fetch('/local/tokens/' + encodeURIComponent(user), {
      method: 'POST', headers: { Accept: 'text/plain' }
    });
    if (!response.ok) {
      throw new Error('token for ' + user + ': HTTP ' + response.status);
    }
    token = (await response.text()).trim();
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, user);
    return token;
  }

  function currentUser() {
    return sessionStorage.getItem(USER_KEY);
  }

  /** The claims of the token (the server checks the signature; the page only needs to know whose it is). */
  function claims() {
    if (!token) return null;
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(payload))));
    } catch (e) {
      return null;
    }
  }

  /** GET a JSON resource; {@code null} when it does not exist (404), e.g. a read model not built yet. */
  async function get(path) {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' } });
    if (response.status === 404) return null;
    if (!response.ok) {
      let detail = 'HTTP ' + response.status;
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem document */ }
      const error = new Error(path + ': ' + detail);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  /** All pages of a paged list ({items, total}). */
  async function all(path, pageSize = 200) {
    const items = [];
    for (let page = 0; ; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const result = await get(path + sep + 'page=' + page + '&size=' + pageSize);
      if (!result) return items;
      items.push(...result.items);
      if (items.length >= result.total || result.items.length === 0) return items;
    }
  }

  /**
   * Server-sent events over fetch (EventSource cannot send a bearer token). Calls onEvent for every event
   * and resolves when the stream ends; rejects when the stream is not there (e.g. 404) or breaks.
   */
  async function stream(path, onEvent, signal) {
    const response = await fetch(path, {
      headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' }, signal
    });
    if (!response.ok || !response.body) {
      throw new Error(path + ': HTTP ' + response.status);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        const event = { event: 'message', data: '' };
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') event.data += (event.data ? '\n' : '') + text;
          else if (field === 'event') event.event = text;
          else if (field === 'id') event.id = text;
        }
        onEvent(event);
      }
    }
  }

  return { demoUsers, signIn, currentUser, claims, get, all, stream, hasToken: () => !!token };
})();
