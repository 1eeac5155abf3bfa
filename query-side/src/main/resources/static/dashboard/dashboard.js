// The leader's dashboard: county → street office → compound, drawn from the query API's read models.
(() => {
  const params = new URLSearchParams(location.search);
  // While the stream is down the page waits and reconnects, doubling the wait up to this bound; it never polls.
  const RECONNECT_MAX_MS = 30000;
  // The dashboard read model of the assessment (docs/DASHBOARD.md): targets, the latest published ranking, the
  // lagging units with their open cases; a 404 (not built on this server) leaves those panels empty.
  const DASHBOARD = within => '/api/dashboard?within=' + within;
  const STREAM = within => '/api/dashboard/stream?within=' + within;
  const STARTED = ['UNDER_CONSTRUCTION', 'COMPLETED', 'SETTLED', 'HANDED_OVER', 'UNDER_LONG_TERM_MANAGEMENT'];
  const COMPLETED = ['COMPLETED', 'SETTLED', 'HANDED_OVER', 'UNDER_LONG_TERM_MANAGEMENT'];

  let lang = params.get('lang') || localStorage.getItem('renewal-ledger.lang') || 'zh';
  const charts = {};
  let view = null;
  let refreshing = null;
  let streamAbort = null;

  const $ = id => document.getElementById(id);
  const t = key => I18N[lang][key] ?? I18N.zh[key] ?? key;
  const label = (group, key) => (I18N[lang][group] || {})[key] || (lang === 'zh' ? (I18N.zh[group] || {})[key] : null) || key;
  const num = value => Number(value || 0);
  const count = value => num(value).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  const yuan = value => num(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  /** Money as a leader reads it: 万元 in Chinese, yuan in English. */
  const money = value => lang === 'zh'
      ? (num(value) / 10000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' ' + t('wan')
      : '¥' + num(value).toLocaleString('en-US', { maximumFractionDigits: 0 });
  const percent = value => value == null ? '—' : num(value).toFixed(2) + '%';
  const time = iso => iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }) : '—';

  function cell(row, text, attrs = {}) {
    const td = document.createElement('td');
    td.textContent = text;
    Object.entries(attrs).forEach(([k, v]) => td.setAttribute(k, v));
    row.appendChild(td);
    return td;
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    return charts[id];
  }

  function applyLabels() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
    $('lang-toggle').textContent = lang === 'zh' ? 'EN' : '中文';
    document.title = t('title') + ' · Renewal Ledger';
  }

  function setLive(state) {
    $('live').dataset.state = state;
    $('live').textContent = t(state === 'live' ? 'live' : state === 'reconnecting' ? 'reconnecting' : 'offline');
  }

  function showError(error) {
    $('error').hidden = !error;
    $('error').textContent = error ? t('loadFailed') + ': ' + error.message : '';
  }

  // ---- where we are: #/county/520523, #/office/520523001, #/compound/520523001-001 ----

  function home() {
    const claims = Api.claims() || {};
    const jurisdiction = params.get('county') || claims.jurisdiction || '520523';
    if (jurisdiction.length === 9) return { level: 'office', county: jurisdiction.slice(0, 6), office: jurisdiction };
    return { level: 'county', county: jurisdiction.length === 6 && !jurisdiction.endsWith('0000') ? jurisdiction : '520523' };
  }

  function parseHash() {
    const [, level, code] = location.hash.split('/');
    if (level === 'office' && /^\d{9}$/.test(code)) return { level, county: code.slice(0, 6), office: code };
    if (level === 'compound' && code) return { level, county: code.slice(0, 6), office: code.slice(0, 9), compound: code };
    if (level === 'county' && /^\d{6}$/.test(code)) return { level, county: code };
    return home();
  }

  function go(hash) {
    if (location.hash === hash) refresh(); else location.hash = hash;
  }

  function breadcrumb(names) {
    const nav = $('breadcrumb');
    nav.replaceChildren();
    const crumb = (text, hash, testId) => {
      const a = document.createElement('a');
      a.textContent = text;
      a.href = hash;
      a.dataset.testid = testId;
      nav.appendChild(a);
    };
    crumb(t('county') + ' ' + view.county, '#/county/' + view.county, 'crumb-county');
    if (view.office) crumb(names.office || view.office, '#/office/' + view.office, 'crumb-office');
    if (view.compound) crumb(names.compound || view.compound, '#/compound/' + view.compound, 'crumb-compound');
  }

  // ---- loading and drawing ----

  async function refresh() {
    if (!Api.hasToken()) { showError(new Error(t('noToken'))); return; }
    if (refreshing) return refreshing;
    refreshing = (async () => {
      try {
        view = parseHash();
        $('overview').hidden = view.level === 'compound';
        document.querySelector('.kpis').hidden = view.level === 'compound';
        $('compound').hidden = view.level !== 'compound';
        if (view.level === 'compound') await drawCompound(); else await drawOverview();
        $('updated-at').textContent = time(new Date().toISOString());
        showError(null);
      } catch (error) {
        showError(error);
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function drawOverview() {
    const within = view.level === 'office' ? view.office : view.county;
    const [projects, pipeline, progress, dashboard] = await Promise.all([
      Api.all('/api/projects?within=' + within),
      Api.get('/api/projects/pipeline?within=' + within),
      // Projects are funded under the county's code; a street office's money is its projects' lines.
      Api.get('/api/funding/progress?jurisdiction=' + view.county).then(p => officeOnly(p, view.office)),
      optional(DASHBOARD(within))]);

    const officeName = projects.find(p => p.streetOfficeCode === view.office)?.streetOfficeName;
    breadcrumb({ office: officeName });

    const started = projects.filter(p => STARTED.includes(p.status));
    const completed = projects.filter(p => COMPLETED.includes(p.status));
    $('kpi-compounds').textContent = count(projects.length);
    $('kpi-started').textContent = count(started.length);
    $('kpi-completed').textContent = count(completed.length);
    $('kpi-households').textContent = count(projects.reduce((sum, p) => sum + p.households, 0));
    $('kpi-allocated').textContent = money(progress?.allocated);
    $('kpi-disbursed').textContent = money(progress?.disbursed);
    $('kpi-spending').textContent = percent(progress?.spendingProgressPercent ?? 0);

    const names = new Map(projects.map(p => [p.streetOfficeCode, p.streetOfficeName]));
    const unitName = id => names.get(id) ? names.get(id) + ' (' + id + ')' : id;
    drawUnits(projects, progress, dashboard);
    drawPipeline(pipeline);
    drawSources(progress);
    drawRanking(dashboard?.latestRanking, unitName);
    drawLagging(dashboard?.lagging || [], dashboard?.latestRanking, unitName);
    drawCompoundList(view.level === 'office' ? projects : []);
  }

  /** The county's spending progress narrowed to one street office's projects (ids start with the office code). */
  function officeOnly(progress, office) {
    if (!progress || !office) return progress;
    const byProject = progress.byProject.filter(l => l.key.startsWith(office));
    const allocated = byProject.reduce((s, l) => s + num(l.allocated), 0);
    const disbursed = byProject.reduce((s, l) => s + num(l.disbursed), 0);
    return { ...progress, byProject, allocated, disbursed,
      spendingProgressPercent: allocated ? Math.floor(disbursed * 10000 / allocated) / 100 : 0 };
  }

  /** Reads of the review and assessment read models: absent until they are built (404), and never fatal to the page. */
  async function optional(path) {
    try { return await Api.get(path); } catch (error) { return null; }
  }

  /** Rows per unit: street offices at county level, the office itself at office level. */
  function drawUnits(projects, progress, dashboard) {
    const units = new Map();
    for (const p of projects) {
      const unit = units.get(p.streetOfficeCode) || { code: p.streetOfficeCode, name: p.streetOfficeName,
        compounds: 0, started: 0, completed: 0, households: 0, allocated: 0, disbursed: 0 };
      unit.compounds++;
      unit.households += p.households;
      if (STARTED.includes(p.status)) unit.started++;
      if (COMPLETED.includes(p.status)) unit.completed++;
      units.set(p.streetOfficeCode, unit);
    }
    for (const line of progress?.byProject || []) {
      const unit = units.get(line.key.slice(0, 9));
      if (unit) { unit.allocated += num(line.allocated); unit.disbursed += num(line.disbursed); }
    }
    const targetOf = code => (dashboard?.units || []).find(u => u.unitId === code)?.targets;
    const rows = [...units.values()].sort((a, b) => a.code.localeCompare(b.code));

    const body = $('units-table').querySelector('tbody');
    body.replaceChildren();
    for (const unit of rows) {
      const tr = document.createElement('tr');
      tr.dataset.unit = unit.code;
      const target = targetOf(unit.code);
      cell(tr, unit.name + ' (' + unit.code + ')');
      cell(tr, count(unit.compounds), { 'data-testid': 'unit-compounds' });
      cell(tr, count(unit.started), { 'data-testid': 'unit-started' });
      cell(tr, count(unit.completed), { 'data-testid': 'unit-completed' });
      cell(tr, target ? count(target.compoundsToStart) : '—', { 'data-testid': 'unit-target' });
      cell(tr, count(unit.households));
      cell(tr, money(unit.allocated), { 'data-testid': 'unit-allocated' });
      cell(tr, money(unit.disbursed));
      cell(tr, percent(unit.allocated ? Math.floor(unit.disbursed * 10000 / unit.allocated) / 100 : 0));
      tr.addEventListener('click', () => go('#/office/' + unit.code));
      body.appendChild(tr);
    }

    chart('chart-units').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('compounds'), t('started'), t('completed'), t('target')] },
      grid: { left: 40, right: 20, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: rows.map(u => u.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('compounds'), type: 'bar', data: rows.map(u => u.compounds) },
        { name: t('started'), type: 'bar', data: rows.map(u => u.started) },
        { name: t('completed'), type: 'bar', data: rows.map(u => u.completed) },
        { name: t('target'), type: 'scatter', symbol: 'diamond', symbolSize: 14,
          data: rows.map(u => targetOf(u.code)?.compoundsToStart ?? null) }
      ]
    }, true);
  }

  function drawPipeline(pipeline) {
    const stages = Object.keys(pipeline?.projectsByStatus || I18N.zh.stages);
    chart('chart-pipeline').setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: lang === 'zh' ? 110 : 150, right: 20, bottom: 20, top: 10 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: stages.map(s => label('stages', s)) },
      series: [{ type: 'bar', data: stages.map(s => pipeline?.projectsByStatus?.[s] || 0), label: { show: true, position: 'right' } }]
    }, true);
  }

  function drawSources(progress) {
    const lines = (progress?.bySource || []).filter(l => num(l.allocated) > 0);
    chart('chart-sources').setOption({
      tooltip: { trigger: 'item', formatter: p => p.name + ': ' + money(p.value) + ' (' + p.percent + '%)' },
      series: [{ type: 'pie', radius: ['35%', '70%'],
        data: lines.map(l => ({ name: label('sources', l.key), value: num(l.allocated) })) }]
    }, true);
    chart('chart-spending').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('allocated'), t('disbursed')] },
      grid: { left: 70, right: 20, bottom: 60, top: 40 },
      xAxis: { type: 'category', data: lines.map(l => label('sources', l.key)), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', axisLabel: { formatter: v => lang === 'zh' ? v / 10000 + '万' : v.toLocaleString('en-US') } },
      series: [
        { name: t('allocated'), type: 'bar', data: lines.map(l => num(l.allocated)) },
        { name: t('disbursed'), type: 'bar', data: lines.map(l => num(l.disbursed)),
          label: { show: true, position: 'top', formatter: p => percent(lines[p.dataIndex].spendingProgressPercent) } }
      ]
    }, true);
  }

  /** The latest published ranking (MonthlyAssessmentPublished, its last issue): rank, unit, score, grade. */
  function drawRanking(ranking, unitName) {
    const lines = ranking?.lines || [];
    const body = $('ranking-table').querySelector('tbody');
    body.replaceChildren();
    $('ranking-empty').hidden = lines.length > 0;
    $('ranking-month').textContent = ranking ? t('monthOf') + ' ' + ranking.month + (ranking.issue > 1 ? ' (#' + ranking.issue + ')' : '') : '';
    for (const line of [...lines].sort((a, b) => a.rank - b.rank)) {
      const tr = document.createElement('tr');
      tr.dataset.unit = line.unitId;
      if (line.lagging) tr.classList.add('lagging-row');
      cell(tr, String(line.rank));
      cell(tr, unitName(line.unitId));
      cell(tr, num(line.score).toFixed(2), { class: 'number' });
      cell(tr, label('grades', line.grade), { class: 'grade grade-' + line.grade, 'data-testid': 'grade' });
      body.appendChild(tr);
    }
  }

  /** The latest month's lagging units, each with its open review cases and the ladder's proposed measure. */
  function drawLagging(lagging, ranking, unitName) {
    const list = $('lagging-list');
    list.replaceChildren();
    $('lagging-empty').hidden = lagging.length > 0 || !ranking;
    for (const unit of lagging) {
      const li = document.createElement('li');
      li.dataset.unit = unit.unitId;
      const head = document.createElement('strong');
      head.textContent = unitName(unit.unitId) + ' · ' + t('rank') + ' ' + unit.rank + ' · ' + num(unit.score).toFixed(2);
      li.appendChild(head);
      const ul = document.createElement('ul');
      if (unit.proposedMeasure) {
        const proposed = document.createElement('li');
        proposed.textContent = t('proposedMeasure') + ': ' + label('measures', unit.proposedMeasure);
        ul.appendChild(proposed);
      }
      for (const id of unit.openCases || []) {
        const open = document.createElement('li');
        open.textContent = t('openMeasures') + ': ' + id;
        ul.appendChild(open);
      }
      li.appendChild(ul);
      list.appendChild(li);
    }
  }

  function drawCompoundList(projects) {
    $('compounds-panel').hidden = view.level !== 'office';
    const body = $('compounds-table').querySelector('tbody');
    body.replaceChildren();
    for (const p of projects) {
      const tr = document.createElement('tr');
      tr.dataset.compound = p.compoundId;
      cell(tr, p.compoundId);
      cell(tr, p.name);
      cell(tr, String(p.builtYear));
      cell(tr, count(p.households));
      cell(tr, num(p.floorArea).toLocaleString('en-US', { maximumFractionDigits: 2 }));
      cell(tr, label('stages', p.status), { 'data-testid': 'compound-stage' });
      tr.addEventListener('click', () => go('#/compound/' + p.compoundId));
      body.appendChild(tr);
    }
  }

  async function drawCompound() {
    const id = view.compound;
    const compound = await Api.get('/api/compounds/' + encodeURIComponent(id));
    if (!compound) throw new Error(id + ' ?');
    const timeline = await Api.get('/api/compounds/' + encodeURIComponent(id) + '/timeline');
    // A compound's money is booked on its projects, one per plan year: "<compound>-<year>".
    const progress = await Api.get('/api/funding/progress?jurisdiction=' + compound.jurisdictionCode);
    const projectIds = (progress?.byProject || []).map(l => l.key).filter(key => key.startsWith(id + '-'));
    const [funding, ledgers] = await Promise.all([
      Promise.all(projectIds.map(p => Api.get('/api/projects/' + p + '/funding'))),
      Promise.all(projectIds.map(p => Api.get('/api/projects/' + p + '/funding/ledger')))]);

    breadcrumb({ office: compound.streetOfficeName, compound: compound.name });
    $('compound-title').textContent = compound.name + ' (' + compound.compoundId + ')';
    facts($('compound-facts'), [
      [t('stage'), label('stages', compound.status), 'compound-status'],
      [t('builtYear'), compound.builtYear], [t('households'), count(compound.households)],
      [t('floorArea'), num(compound.floorArea).toLocaleString('en-US')],
      [t('streetOffice'), compound.streetOfficeName], [t('registeredAt'), time(compound.registeredAt)],
      [t('registeredBy'), compound.registeredBy]]);
    const sum = key => funding.filter(Boolean).reduce((s, f) => s + num(f[key]), 0);
    const allocated = sum('allocated');
    const disbursed = sum('disbursed');
    facts($('compound-funding'), [
      [t('allocated'), money(allocated), 'compound-allocated'], [t('disbursed'), money(disbursed)],
      [t('spent'), money(sum('spent'))], [t('available'), money(sum('available'))],
      [t('clawedBack'), money(sum('clawedBack'))],
      [t('spending'), percent(allocated ? Math.floor(disbursed * 10000 / allocated) / 100 : 0)],
      [t('milestones'), [...new Set(funding.filter(Boolean).flatMap(f => f.milestones))].join(', ') || '—']]);

    const list = $('timeline');
    list.replaceChildren();
    for (const entry of timeline?.entries || []) {
      const li = document.createElement('li');
      const when = document.createElement('time');
      when.textContent = time(entry.occurredAt);
      const what = document.createElement('strong');
      what.textContent = label('events', entry.event) + ' ';
      const summary = document.createElement('span');
      summary.textContent = entry.summary;
      const who = document.createElement('small');
      who.textContent = ' — ' + entry.actorId + ' (' + entry.actorRole + ', ' + entry.policyVersion + ')';
      li.append(when, ' ', what, summary, who);
      list.appendChild(li);
    }

    const body = $('ledger-table').querySelector('tbody');
    body.replaceChildren();
    for (const e of ledgers.filter(Boolean).flatMap(l => l.entries)) {
      const tr = document.createElement('tr');
      cell(tr, time(e.recordedAt));
      cell(tr, label('entries', e.type) + (e.reversesEntryId ? ' ↺ ' + e.reversesEntryId : ''));
      cell(tr, label('sources', e.source));
      cell(tr, yuan(e.amount), { class: 'number' });
      cell(tr, e.rule || e.note || e.milestone || '');
      cell(tr, e.actorId + ' (' + e.actorRole + ')');
      cell(tr, e.correlationId || '', { class: 'mono' });
      cell(tr, e.policyVersion || '');
      body.appendChild(tr);
    }
  }

  function facts(dl, pairs) {
    dl.replaceChildren();
    for (const [term, value, testId] of pairs) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = value ?? '—';
      if (testId) dd.dataset.testid = testId;
      dl.append(dt, dd);
    }
  }

  // ---- live updates: the dashboard stream only ----
  // The page redraws when the stream says the read models changed, and never polls: a poll every few seconds from
  // every open page is load on the read side whether anything changed or not. When the stream is down (a restart,
  // a network break, a server without it) the page reconnects with a growing wait and redraws once on reconnecting,
  // for what changed meanwhile; its reads then revalidate with the ETags the browser keeps (304 when unchanged).

  let reconnectMs = 1000;
  let reconnectTimer = null;

  async function live() {
    if (streamAbort) streamAbort.abort();
    clearTimeout(reconnectTimer);
    streamAbort = new AbortController();
    const within = parseHash().county;
    let opened = false;
    try {
      await Api.stream(STREAM(within), event => {
        if (!opened) {
          opened = true;
          reconnectMs = 1000;
          setLive('live');
        }
        // keep-alive comments arrive as empty blocks every 15 s: only a dashboard event means a change
        if (event.event === 'dashboard') refresh();
      }, streamAbort.signal);
    } catch (error) {
      if (error.name === 'AbortError') return;
    }
    // The stream ended or could not open: wait, then reconnect and catch up.
    setLive('reconnecting');
    reconnectTimer = setTimeout(() => { refresh(); live(); }, reconnectMs);
    reconnectMs = Math.min(RECONNECT_MAX_MS, reconnectMs * 2);
  }

  // ---- start ----

  async function start() {
    applyLabels();
    setLive('off');
    const picker = $('user-picker');
    const users = await Api.demoUsers();
    for (const user of users) {
      const option = document.createElement('option');
      option.value = user.username;
      option.textContent = user.displayName + ' · ' + user.role;
      picker.appendChild(option);
    }
    const wanted = params.get('user') || Api.currentUser() || 'housing-bureau';
    if (users.some(u => u.username === wanted)) {
      picker.value = wanted;
      if (wanted !== Api.currentUser() || !Api.hasToken()) await Api.signIn(wanted);
    }
    picker.addEventListener('change', async () => {
      await Api.signIn(picker.value);
      location.hash = '';
      await refresh();
      live();
    });
    $('lang-toggle').addEventListener('click', () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('renewal-ledger.lang', lang);
      applyLabels();
      setLive($('live').dataset.state);
      refresh();
    });
    window.addEventListener('hashchange', () => refresh());
    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
    await refresh();
    live();
  }

  start().catch(showError);
})();
