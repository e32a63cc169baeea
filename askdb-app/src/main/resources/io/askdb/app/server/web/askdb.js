/*
 * The askdb page: asks over POST /api/query/stream (server-sent events read from a fetch
 * stream), shows the live steps, then the answer: badges, SQL, chart, sortable rows. The side
 * panels show the cache statistics and the schema. No framework, no build step.
 */
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const HISTORY_KEY = 'askdb.history';
  const DATABASE_KEY = 'askdb.database';
  const API_KEY = 'askdb.apiKey';
  const MAX_HISTORY = 12;
  const MAX_TABLE_ROWS = 1000;
  const TIER_LABELS = { cache: 'Cache', fast_path: 'Fast path', orchestration: 'LLM', airplane: 'Airplane mode' };

  const state = { running: false, historyIndex: -1, lastResponse: null, sort: null };

  // ---------- HTTP ----------

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function headers(json) {
    const h = { Accept: 'application/json' };
    if (json) h['Content-Type'] = 'application/json';
    const key = sessionStorage.getItem(API_KEY);
    if (key) h['X-API-Key'] = key;
    return h;
  }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok && !(data && 'success' in data)) {
      throw errorFrom(res.status, data);
    }
    return data;
  }

  function errorFrom(status, data) {
    const err = data && data.error ? data.error : { code: 'HTTP_' + status, message: 'the server answered ' + status };
    if (status === 401) {
      openKeyDialog(sessionStorage.getItem(API_KEY)
        ? 'That API key was not accepted. Check it and try again.'
        : 'This server needs an API key. It is kept in this browser tab only.');
    }
    return new ApiError(status, err.code, err.message);
  }

  // ---------- asking ----------

  async function ask(question) {
    if (state.running) return;
    question = question.trim();
    if (!question) {
      announce('Type a question first.');
      $('question').focus();
      return;
    }
    state.running = true;
    remember(question);
    $('ask-button').disabled = true;
    $('ask-button').textContent = 'Asking…';
    $('result').hidden = true;
    $('examples-card').hidden = true;
    startProgress();
    announce('Asking…');
    try {
      const response = await askStreaming(question, $('database').value);
      showResponse(response);
    } catch (e) {
      showFailure(e);
    } finally {
      state.running = false;
      $('ask-button').disabled = false;
      $('ask-button').textContent = 'Ask';
      refreshCache();
    }
  }

  async function askStreaming(question, database) {
    const res = await fetch('/api/query/stream', {
      method: 'POST',
      headers: Object.assign(headers(true), { Accept: 'text/event-stream' }),
      body: JSON.stringify(Object.assign({ question, database }, talkRequest())),
    });
    if (!res.ok) {
      throw errorFrom(res.status, await res.json().catch(() => null));
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let result = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = parseFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (frame.event === 'step') addStep(frame.data.message, frame.data.elapsedMs);
        else if (frame.event === 'result') result = frame.data;
        else if (frame.event === 'error') throw new ApiError(500, frame.data.error.code, frame.data.error.message);
      }
    }
    if (!result) throw new ApiError(0, 'STREAM_ENDED', 'the connection ended before an answer arrived');
    return result;
  }

  function parseFrame(text) {
    let event = 'message';
    const data = [];
    for (const line of text.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    return { event, data: data.length ? JSON.parse(data.join('\n')) : null };
  }

  // ---------- progress ----------

  function startProgress() {
    $('steps').replaceChildren();
    $('progress').hidden = false;
    $('progress').open = true;
    $('progress').classList.add('running');
    $('progress-title').textContent = 'Working on it…';
  }

  function addStep(message, elapsedMs) {
    const li = document.createElement('li');
    li.className = 'step ' + stepKind(message);
    const time = document.createElement('span');
    time.className = 'step-time';
    time.textContent = formatMs(elapsedMs);
    const text = document.createElement('span');
    text.className = 'step-text';
    text.textContent = message.replace(/^(\w+):/, (m, tier) => (TIER_LABELS[tier] || tier) + ':')
      .replace(/^(cache|fast_path|orchestration|airplane)\b/, (m) => TIER_LABELS[m] || m);
    li.append(time, text);
    $('steps').append(li);
  }

  function stepKind(message) {
    if (/\banswered\b/.test(message)) return 'ok';
    if (/\bfailed\b/.test(message)) return 'bad';
    if (/\b(declined|skipped|miss)\b/.test(message)) return 'skip';
    return 'info';
  }

  function finishProgress(response) {
    $('progress').classList.remove('running');
    if (response && response.refused) {
      // A refusal is askdb's own decision: no tier worked on it, so there are no steps to show.
      $('steps').replaceChildren();
      $('progress').hidden = true;
      return;
    }
    const steps = $('steps').children.length;
    if (steps === 0 && response && response.tiers) {
      response.tiers.forEach((t) => addStep(t.tier + ' ' + t.outcome + (t.reason ? ': ' + t.reason : ''), t.elapsedMs));
    }
    $('progress-title').textContent = 'How it was answered · ' + $('steps').children.length + ' steps';
    $('progress').open = false;
  }

  // ---------- the answer ----------

  function showResponse(r) {
    state.lastResponse = r;
    finishProgress(r);
    $('result').hidden = false;
    $('examples-card').hidden = true;
    renderBadges(r);
    renderError(r);
    renderGuess(r);
    $('clarification').hidden = !r.clarification;
    $('clarification').textContent = r.clarification ? 'To answer, askdb needs to know: ' + r.clarification : '';
    const assumption = r.success && r.details && r.details.assumption;
    $('assumption').hidden = !assumption;
    $('assumption').textContent = assumption ? 'Assumed: ' + assumption + '. Ask again more precisely for another reading.' : '';
    renderSql(r.sql);
    renderTalk(r);
    if (renderReview(r)) return;
    renderTable(r);
    renderChart(r);
    announce(r.refused ? 'Refused: ' + (r.error ? r.error.message : '')
      : r.success
        ? 'Answered by ' + (TIER_LABELS[r.tier] || r.tier) + ' in ' + formatMs(r.elapsedMs) + ': ' + plural(r.rowCount, 'row') + '.'
        : 'Not answered: ' + (r.error ? codeLabel(r.error.code).toLowerCase() : 'unknown error') + '.');
  }

  /** The error box: a refusal panel for askdb's own refusals, else the error; both with example questions. */
  function renderError(r) {
    const error = $('error');
    error.hidden = r.success;
    error.classList.toggle('refusal', !!r.refused);
    if (r.success || !r.error) {
      error.replaceChildren();
      return;
    }
    const title = strong(r.refused ? 'Refused' : codeLabel(r.error.code));
    title.className = 'error-title';
    const message = document.createElement('p');
    message.className = 'error-message';
    message.textContent = r.error.message;
    error.replaceChildren(title, message);
    if (r.error.examples && r.error.examples.length) {
      const label = document.createElement('p');
      label.className = 'error-examples-label';
      label.textContent = r.error.code === 'CLARIFICATION_NEEDED' ? 'Pick a reading:' : 'Questions that work here:';
      error.append(label, exampleList(r.error.examples));
    }
  }

  /** An airplane answer with a confidence is askdb's best guess: say so, with what it did not understand. */
  function renderGuess(r) {
    const guess = $('guess');
    const isGuess = r.success && r.tier === 'airplane' && typeof r.confidence === 'number';
    guess.hidden = !isGuess;
    if (!isGuess) {
      guess.replaceChildren();
      return;
    }
    const parts = [strong('A guess'), document.createTextNode(': askdb read this question offline with confidence '
      + Math.round(r.confidence * 100) + '%. Check the SQL before relying on the rows.')];
    if (r.unplaced && r.unplaced.length) {
      parts.push(document.createElement('br'),
        document.createTextNode('Not understood: ' + r.unplaced.map((u) => '“' + u + '”').join(', ')));
    }
    guess.replaceChildren(...parts);
  }

  // A list item whose button asks its question again (example questions, the history).
  function questionItem(q, className) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = q;
    button.addEventListener('click', () => {
      $('question').value = q;
      ask(q);
    });
    li.append(button);
    return li;
  }

  /** Example questions as bullets; each one asks itself when clicked. */
  function exampleList(questions) {
    const ul = document.createElement('ul');
    ul.className = 'example-list';
    for (const q of questions) {
      ul.append(questionItem(q, 'link-button example'));
    }
    return ul;
  }

  function showFailure(e) {
    finishProgress(null);
    $('review-card').hidden = true;
    $('resolved').hidden = true;
    $('result').hidden = false;
    $('badges').replaceChildren();
    $('sql-block').hidden = true;
    $('table-card').hidden = true;
    $('chart-card').hidden = true;
    $('clarification').hidden = true;
    $('assumption').hidden = true;
    $('guess').hidden = true;
    const error = $('error');
    error.hidden = false;
    error.classList.remove('refusal');
    const message = document.createElement('p');
    message.className = 'error-message';
    message.textContent = e.message;
    error.replaceChildren(strong(codeLabel(e.code || 'ERROR')), message);
    announce('The question could not be asked: ' + e.message);
  }

  function renderBadges(r) {
    const list = $('badges');
    list.replaceChildren();
    if (r.refused) return;
    const add = (name, label, value, cls) => {
      const li = document.createElement('li');
      li.className = 'badge' + (cls ? ' ' + cls : '');
      li.dataset.badge = name;
      const k = document.createElement('span');
      k.className = 'badge-key';
      k.textContent = label;
      const v = document.createElement('span');
      v.className = 'badge-value';
      v.textContent = value;
      li.append(k, v);
      list.append(li);
    };
    add('tier', 'tier', TIER_LABELS[r.tier] || r.tier, 'tier-' + r.tier);
    if (r.degraded) add('degraded', 'mode', 'degraded', 'warn');
    if (typeof r.confidence === 'number') add('confidence', 'confidence', Math.round(r.confidence * 100) + '%');
    add('model', 'model', r.model || 'none');
    const routing = r.details && r.details.routing;
    if (routing && routing.reasoning) {
      // "negation over a set ('never') +4.0, … → 2.3 ≥ 1.5: complex model": the verdict shown, the parts on hover.
      const arrow = routing.reasoning.lastIndexOf('→ ');
      add('routing', 'routed', arrow >= 0 ? routing.reasoning.slice(arrow + 2) : routing.reasoning);
      list.lastElementChild.title = routing.reasoning;
    }
    add('strategy', 'strategy', r.strategy ? r.strategy.replace(/_/g, ' ') : '—');
    add('time', 'time', formatMs(r.elapsedMs));
    add('llm-calls', 'LLM calls', String(r.llmCalls));
    add('cost', 'cost', '$' + Number(r.estimatedCostUsd || 0).toFixed(4));
  }

  function renderSql(sql) {
    $('sql-block').hidden = !sql;
    const code = $('sql').firstElementChild;
    code.innerHTML = sql ? AskdbSql.highlight(AskdbSql.format(sql)) : '';
  }

  function renderTable(r) {
    $('table-card').hidden = !r.success;
    if (!r.success) return;
    state.sort = null;
    const rows = r.rows.slice(0, MAX_TABLE_ROWS);
    $('row-info').textContent = plural(r.rowCount, 'row') + (rows.length < r.rows.length ? ', first ' + rows.length + ' shown' : '');
    const truncated = $('truncated');
    truncated.hidden = !r.truncated;
    truncated.textContent = r.truncated
      ? 'Only the first ' + plural(r.rowCount, 'row') + ' are shown: the query returned more than the row limit.'
      : '';
    drawTable(r.columns, rows);
  }

  function drawTable(columns, rows) {
    const table = $('rows');
    const numeric = columns.map((c, i) => rows.length > 0 && rows.every((row) => row[i] === null || typeof row[i] === 'number'));
    const thead = document.createElement('thead');
    const headRow = document.createElement('tr');
    columns.forEach((name, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (numeric[i]) th.className = 'num';
      const sorted = state.sort && state.sort.column === i;
      th.setAttribute('aria-sort', sorted ? (state.sort.ascending ? 'ascending' : 'descending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      const label = document.createElement('span');
      label.className = 'sort-name';
      label.textContent = name;
      button.append(label);
      const arrow = document.createElement('span');
      arrow.className = 'sort-arrow';
      arrow.setAttribute('aria-hidden', 'true');
      arrow.textContent = sorted ? (state.sort.ascending ? '▲' : '▼') : '↕';
      button.append(arrow);
      button.addEventListener('click', () => sortBy(i, columns, rows));
      th.append(button);
      headRow.append(th);
    });
    thead.append(headRow);
    const tbody = document.createElement('tbody');
    const fragment = document.createDocumentFragment();
    for (const row of rows) {
      const tr = document.createElement('tr');
      row.forEach((value, i) => {
        const td = document.createElement('td');
        if (numeric[i]) td.className = 'num';
        if (value === null) {
          td.className += ' null';
          td.textContent = 'NULL';
        } else {
          td.textContent = typeof value === 'number' ? formatNumber(value) : String(value);
        }
        tr.append(td);
      });
      fragment.append(tr);
    }
    tbody.append(fragment);
    table.replaceChildren(thead, tbody);
  }

  function sortBy(column, columns, rows) {
    const ascending = state.sort && state.sort.column === column ? !state.sort.ascending : true;
    state.sort = { column, ascending };
    const sorted = rows.slice().sort((a, b) => compare(a[column], b[column]) * (ascending ? 1 : -1));
    drawTable(columns, sorted);
    const button = $('rows').querySelectorAll('th button')[column];
    if (button) button.focus();
    announce('Sorted by ' + columns[column] + (ascending ? ', ascending' : ', descending'));
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
  }

  // ---------- the chart ----------

  async function renderChart(r) {
    const spec = AskdbChart.spec(r);
    const card = $('chart-card');
    AskdbChart.dispose();
    card.hidden = !spec;
    if (!spec) return;
    $('chart-title').textContent = humanize(spec.valueName) + ' by ' + humanize(spec.labelName).toLowerCase();
    $('chart').setAttribute('aria-label', (spec.type === 'line' ? 'Line' : 'Bar') + ' chart of ' + spec.valueName
      + ' by ' + spec.labelName + ': ' + spec.labels.map((l, i) => l + ' ' + spec.values[i]).join(', '));
    try {
      await AskdbChart.draw($('chart'), spec);
    } catch (e) {
      card.hidden = true;
    }
  }

  // ---------- cache panel ----------

  async function refreshCache() {
    try {
      const s = await api('GET', '/api/cache/stats');
      const rate = s.hits + s.misses > 0 ? s.hitRate : 0;
      $('hit-rate').textContent = s.hits + s.misses > 0 ? Math.round(rate * 100) + '%' : '–';
      $('hit-rate-bar').style.width = Math.round(rate * 100) + '%';
      const dl = $('cache-stats');
      dl.replaceChildren();
      const item = (k, v) => addFact(dl, k, v);
      item('Hits', formatNumber(s.hits));
      item('Misses', formatNumber(s.misses));
      if (s.semanticHits) item('Semantic hits', formatNumber(s.semanticHits));
      for (const [level, l] of Object.entries(s.levels || {})) {
        if (level === 'pools') continue; // connections, not cached entries: listed below
        item('Entries (' + level + ')', formatNumber(l.entries));
        if (l.evictions) item('Evictions (' + level + ')', formatNumber(l.evictions));
      }
      const pools = $('pool-stats');
      pools.replaceChildren();
      for (const [database, p] of Object.entries(s.pools || {})) {
        addFact(pools, 'Connections (' + database + ')', p.active + ' busy · ' + p.total + ' open of ' + p.max);
      }
      $('pool-block').hidden = pools.children.length === 0;
    } catch (e) {
      $('hit-rate').textContent = '–';
      $('cache-message').textContent = e.status === 401 ? 'Needs an API key.' : e.message;
    }
  }

  async function clearCache() {
    $('cache-message').textContent = '';
    try {
      await api('POST', '/api/cache/clear');
      $('cache-message').textContent = 'Cache cleared.';
      refreshCache();
    } catch (e) {
      $('cache-message').textContent = e.status === 403 ? 'Clearing needs an admin key.' : e.message;
    }
  }

  // ---------- schema panel ----------

  async function loadSchema() {
    const database = $('database').value;
    const box = $('schema');
    box.replaceChildren(muted('Loading…'));
    try {
      const schema = await api('GET', '/api/schema?database=' + encodeURIComponent(database));
      const schemas = new Set(schema.tables.map((t) => t.schema));
      const oneSchema = schemas.size === 1 ? [...schemas][0] : null;
      $('schema-info').textContent = plural(schema.tables.length, 'table') + ' · ' + schema.productName
        + (oneSchema ? ' · ' + oneSchema : '');
      box.replaceChildren(...schema.tables.map((t) => tableEntry(t, oneSchema === null)));
      filterSchema();
      showExamples(schema.examples || []);
    } catch (e) {
      $('schema-info').textContent = '';
      box.replaceChildren(muted(e.status === 401 ? 'Needs an API key.' : 'Schema unavailable: ' + e.message));
    }
  }

  /** The empty page offers questions drawn from the schema; they step aside once an answer is shown. */
  function showExamples(questions) {
    const card = $('examples-card');
    card.hidden = questions.length === 0 || !$('result').hidden;
    $('examples').replaceChildren(exampleList(questions));
  }

  /** An identifier with break opportunities at its word boundaries only: FirstName, first_name. */
  function identifier(name) {
    const span = document.createDocumentFragment();
    const words = String(name).split(/(?<=[a-z0-9])(?=[A-Z])|(?<=_)/);
    words.forEach((w, i) => {
      if (i > 0) span.append(document.createElement('wbr'));
      span.append(document.createTextNode(w));
    });
    return span;
  }

  function tableEntry(t, qualify) {
    const details = document.createElement('details');
    details.className = 'table-entry';
    const qualified = t.schema ? t.schema + '.' + t.name : t.name;
    const name = qualify ? qualified : t.name;
    details.dataset.search = (qualified + ' ' + t.columns.map((c) => c.name).join(' ')).toLowerCase();
    const summary = document.createElement('summary');
    summary.title = qualified + (t.remarks ? ' — ' + t.remarks : '');
    const title = document.createElement('span');
    title.className = 'table-name';
    title.append(identifier(name));
    const meta = document.createElement('span');
    meta.className = 'table-meta';
    meta.textContent = (t.view ? 'view · ' : '') + t.columns.length + ' col';
    summary.append(title, meta);
    const list = document.createElement('ul');
    list.className = 'columns';
    for (const c of t.columns) {
      const li = document.createElement('li');
      const n = document.createElement('span');
      n.className = 'column-name' + (c.primaryKey ? ' pk' : '');
      n.append(identifier(c.name));
      const type = document.createElement('span');
      type.className = 'column-type';
      type.textContent = c.type + (c.primaryKey ? ' · PK' : '') + (c.nullable ? '' : ' · not null');
      li.append(n, type);
      if (c.remarks) li.title = c.remarks;
      list.append(li);
    }
    for (const fk of t.foreignKeys) {
      const li = document.createElement('li');
      li.className = 'fk';
      li.textContent = '→ ' + fk.columns.join(', ') + ' references ' + fk.references + ' (' + fk.referencedColumns.join(', ') + ')';
      list.append(li);
    }
    details.append(summary, list);
    return details;
  }

  function filterSchema() {
    const q = $('schema-filter').value.trim().toLowerCase();
    for (const entry of $('schema').querySelectorAll('.table-entry')) {
      entry.hidden = q !== '' && !entry.dataset.search.includes(q);
    }
  }

  // ---------- databases ----------

  async function loadDatabases() {
    const select = $('database');
    try {
      const data = await api('GET', '/api/databases');
      const saved = localStorage.getItem(DATABASE_KEY);
      select.replaceChildren(...data.databases.map((name) => new Option(name, name)));
      select.value = data.databases.includes(saved) ? saved : data.default;
      select.closest('.database-picker').hidden = data.databases.length < 2;
    } catch (e) {
      select.replaceChildren(new Option('default', 'default'));
    }
  }

  // ---------- history ----------

  function history() {
    try {
      const list = JSON.parse(localStorage.getItem(HISTORY_KEY) || '[]');
      return Array.isArray(list) ? list.filter((q) => typeof q === 'string') : [];
    } catch (e) {
      return [];
    }
  }

  function remember(question) {
    const list = [question, ...history().filter((q) => q !== question)].slice(0, MAX_HISTORY);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
    state.historyIndex = -1;
    renderHistory();
  }

  function renderHistory() {
    const list = history();
    $('history-block').hidden = list.length === 0;
    $('history').replaceChildren(...list.map((q) => questionItem(q, 'chip')));
  }

  function stepHistory(direction) {
    const list = history();
    if (list.length === 0) return;
    state.historyIndex = Math.max(-1, Math.min(list.length - 1, state.historyIndex + direction));
    $('question').value = state.historyIndex < 0 ? '' : list[state.historyIndex];
  }

  // ---------- review first (dry run) and conversations ----------
  // A question is asked in the current conversation (its id goes with every request); with "Show SQL
  // first" on it is asked as a dry run, and "Run it" asks it again for real in the same conversation.
  // Conversations are kept in this browser, grouped, newest first.

  const TALKS_KEY = 'askdb.conversations';
  const MAX_TALKS = 8;
  const MAX_TURNS = 12;

  function newTalkId() {
    const random = window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2);
    return 'page-' + random;
  }

  function talkRequest() {
    if (!state.talkId) state.talkId = newTalkId();
    const dryRun = $('review-first').checked && !state.runReviewed;
    state.runReviewed = false;
    return { conversationId: state.talkId, dryRun };
  }

  function talks() {
    try {
      const list = JSON.parse(localStorage.getItem(TALKS_KEY) || '[]');
      return Array.isArray(list) ? list.filter((t) => t && typeof t.id === 'string' && Array.isArray(t.turns)) : [];
    } catch (e) {
      return [];
    }
  }

  /** Records an answered turn under its conversation (dry runs are not turns: nothing ran). */
  function renderTalk(r) {
    const resolved = $('resolved');
    const readAs = r.resolvedQuestion && r.resolvedQuestion !== r.question;
    resolved.hidden = !readAs;
    resolved.textContent = readAs ? 'Read as: ' + r.resolvedQuestion : '';
    if (!r.conversationId || r.dryRun || !r.success) return;
    const list = talks();
    let talk = list.find((t) => t.id === r.conversationId);
    if (!talk) {
      talk = { id: r.conversationId, database: $('database').value, turns: [] };
      list.unshift(talk);
    }
    talk.turns = talk.turns.concat([{ question: r.question, resolved: r.resolvedQuestion || r.question }]).slice(-MAX_TURNS);
    const rest = list.filter((t) => t !== talk);
    localStorage.setItem(TALKS_KEY, JSON.stringify([talk].concat(rest).slice(0, MAX_TALKS)));
    renderTalks();
  }

  function renderTalks() {
    const list = talks();
    $('talks-block').hidden = list.length === 0;
    const current = list.find((t) => t.id === state.talkId);
    $('talk-info').textContent = current ? 'Conversation: ' + plural(current.turns.length, 'turn') : '';
    $('talks').replaceChildren(...list.map((talk) => {
      const li = document.createElement('li');
      li.className = 'talk' + (talk.id === state.talkId ? ' current' : '');
      const head = document.createElement('button');
      head.type = 'button';
      head.className = 'link-button talk-continue';
      head.textContent = talk.id === state.talkId ? 'Current conversation' : 'Continue this conversation';
      head.addEventListener('click', () => {
        state.talkId = talk.id;
        renderTalks();
        $('question').focus();
      });
      const turns = document.createElement('ol');
      turns.className = 'talk-turns';
      for (const turn of talk.turns) {
        const t = document.createElement('li');
        t.textContent = turn.question;
        if (turn.resolved && turn.resolved !== turn.question) t.title = 'read as: ' + turn.resolved;
        turns.append(t);
      }
      li.append(head, turns);
      return li;
    }));
  }

  /** Shows a dry run for review; true when the response was one (then there are no rows to draw). */
  function renderReview(r) {
    const card = $('review-card');
    card.hidden = !r.dryRun || !r.success;
    if (card.hidden) return false;
    $('table-card').hidden = true;
    $('chart-card').hidden = true;
    const plan = r.plan || {};
    const dl = $('review-facts');
    dl.replaceChildren();
    const item = (k, v) => addFact(dl, k, v);
    item('Tables read', (plan.tables || []).join(', ') || '—');
    item('Columns read', (plan.columns || []).join(', ') || '—');
    if (typeof plan.estimatedRows === 'number') item('Estimated rows', formatNumber(plan.estimatedRows));
    if (typeof plan.estimatedCost === 'number') item('Estimated cost', formatNumber(plan.estimatedCost));
    $('plan-title').textContent = 'The database\'s plan' + (plan.database ? ' (' + plan.database + ', ' + plan.command + ')' : '');
    $('plan').textContent = (plan.lines || []).join('\n');
    state.reviewed = r.question;
    announce('Review the SQL: nothing has run yet. Choose Run it to run it.');
    $('review-run').focus();
    return true;
  }

  function runReviewed() {
    if (!state.reviewed) return;
    state.runReviewed = true;
    const question = state.reviewed;
    state.reviewed = null;
    $('review-card').hidden = true;
    ask(question);
  }

  function cancelReviewed() {
    state.reviewed = null;
    $('review-card').hidden = true;
    announce('Not run.');
    $('question').focus();
  }

  function initTalks() {
    $('review-run').addEventListener('click', runReviewed);
    $('review-cancel').addEventListener('click', cancelReviewed);
    $('talk-new').addEventListener('click', () => {
      state.talkId = newTalkId();
      renderTalks();
      announce('New conversation.');
      $('question').focus();
    });
    $('review-first').checked = localStorage.getItem('askdb.reviewFirst') === '1';
    $('review-first').addEventListener('change', () => {
      localStorage.setItem('askdb.reviewFirst', $('review-first').checked ? '1' : '0');
    });
    state.talkId = newTalkId();
    renderTalks();
  }

  // ---------- API key dialog ----------

  function openKeyDialog(reason) {
    const dialog = $('key-dialog');
    if (reason) $('key-reason').textContent = reason;
    $('key-input').value = sessionStorage.getItem(API_KEY) || '';
    if (!dialog.open) dialog.showModal();
    $('key-input').focus();
  }

  // ---------- small helpers ----------

  function announce(text) {
    $('status').textContent = text;
  }

  function strong(text) {
    const s = document.createElement('strong');
    s.textContent = text;
    return s;
  }

  function muted(text) {
    const p = document.createElement('p');
    p.className = 'muted small';
    p.textContent = text;
    return p;
  }

  function plural(n, word) {
    return formatNumber(n) + ' ' + word + (n === 1 ? '' : 's');
  }

  /** A column name for people: ORDER_MONTH → "Order month". */
  function humanize(name) {
    return capitalize(String(name).replace(/_/g, ' ').toLowerCase());
  }

  /** NO_ANSWER → "No answer". */
  function codeLabel(code) {
    return capitalize(code.replace(/_/g, ' ').toLowerCase());
  }

  function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  /** Appends a term and its value to a description list. */
  function addFact(dl, term, value) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }

  function formatNumber(n) {
    return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 4 });
  }

  function formatMs(ms) {
    if (ms === undefined || ms === null) return '';
    return ms >= 1000 ? (ms / 1000).toFixed(2) + ' s' : (ms < 10 ? ms.toFixed(1) : Math.round(ms)) + ' ms';
  }

  async function copySql() {
    const sql = state.lastResponse && state.lastResponse.sql;
    if (!sql) return;
    try {
      await navigator.clipboard.writeText(sql);
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = sql;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    $('copy-sql').textContent = 'Copied';
    announce('SQL copied to the clipboard.');
    setTimeout(() => { $('copy-sql').textContent = 'Copy'; }, 1500);
  }

  // ---------- wiring ----------

  function init() {
    $('ask-form').addEventListener('submit', (e) => {
      e.preventDefault();
      ask($('question').value);
    });
    $('question').addEventListener('keydown', (e) => {
      if (e.key === 'ArrowUp') { e.preventDefault(); stepHistory(1); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); stepHistory(-1); }
    });
    $('history-clear').addEventListener('click', () => {
      localStorage.removeItem(HISTORY_KEY);
      renderHistory();
      $('question').focus();
    });
    $('database').addEventListener('change', () => {
      localStorage.setItem(DATABASE_KEY, $('database').value);
      loadSchema();
    });
    $('copy-sql').addEventListener('click', copySql);
    $('cache-refresh').addEventListener('click', refreshCache);
    $('cache-clear').addEventListener('click', clearCache);
    $('schema-filter').addEventListener('input', filterSchema);
    $('key-button').addEventListener('click', () => openKeyDialog());
    $('key-form').addEventListener('submit', () => {
      const key = $('key-input').value.trim();
      if (key) sessionStorage.setItem(API_KEY, key);
      else sessionStorage.removeItem(API_KEY);
      loadAll();
    });
    $('key-forget').addEventListener('click', () => {
      sessionStorage.removeItem(API_KEY);
      $('key-dialog').close();
      loadAll();
    });
    window.addEventListener('resize', () => AskdbChart.resize());
    renderHistory();
    initTalks();
    loadAll();
    $('question').focus();
  }

  async function loadAll() {
    await loadDatabases();
    loadSchema();
    refreshCache();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
