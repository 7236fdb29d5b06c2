import Alpine from 'alpinejs';
import Keycloak from 'keycloak-js';
import Chart from 'chart.js/auto';
import { createApi } from './api.js';
import { messages, initialLanguage } from './i18n.js';
import './style.css';

// What a state allows, as job-api's JobAction table has it; the server refuses the rest with a 409 anyway.
const ACTIONS = {
  pending: ['start', 'cancel'],
  processing: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  failed: ['retry'],
  cancelled: ['retry'],
  completed: ['refresh'],
};
const STATUSES = ['pending', 'processing', 'paused', 'completed', 'failed', 'cancelled'];
const POLL_MS = 2000;

async function boot() {
  const config = await (await fetch('/console/config.json')).json();
  const keycloak = new Keycloak({ url: config.auth_server_url, realm: config.realm, clientId: config.client_id });
  // authorization code with PKCE; the user's roles in the token decide which buttons exist
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  const api = createApi(keycloak, config.lookup_url || '');
  const roles = keycloak.tokenParsed?.realm_access?.roles || [];

  Alpine.data('codeConsole', () => ({
    lang: initialLanguage(),
    user: keycloak.tokenParsed?.preferred_username,
    tenant: keycloak.tokenParsed?.tenant,
    canWrite: roles.includes('WRITE_CODE2ASIN'),
    canDelete: roles.includes('DELETE_CODE2ASIN'),
    view: 'jobs',
    error: '',
    notice: '',
    statuses: STATUSES,
    // job list
    jobs: [], meta: {}, filter: '', page: 1, perPage: 20,
    file: null, dragging: false, jobName: '', options: '{"marketplaces": ["FR"], "download_images": true}', uploading: false,
    // job details
    jobId: null, detail: null, tab: 'results', results: [], resultsMeta: {}, resultStatus: '', matchType: '',
    resultsPage: 1, logs: [], logsMeta: {}, logLevel: '', logsPage: 1, exportFormat: 'xlsx', notFound: false,
    // statistics
    days: 7, stats: null, errorStats: null, charts: [],
    // lookup
    code: '', marketplace: 'FR', provider: 'sp-api', lookupResult: null, lookingUp: false,
    timer: null,

    init() {
      document.documentElement.lang = this.lang;
      window.addEventListener('hashchange', () => this.route());
      this.route();
    },
    t(key) { return messages[this.lang][key] ?? key; },
    when(timestamp) {
      return timestamp ? new Date(timestamp).toLocaleString(this.lang === 'fr' ? 'fr-FR' : 'en-GB') : '';
    },
    switchLanguage() {
      this.lang = this.lang === 'fr' ? 'en' : 'fr';
      localStorage.setItem('code2asin.lang', this.lang);
      document.documentElement.lang = this.lang;
      if (this.view === 'stats') this.drawCharts();
    },
    logout() { keycloak.logout({ redirectUri: window.location.origin + '/console/' }); },

    route() {
      clearInterval(this.timer);
      this.error = '';
      this.notice = '';
      const [, view, id] = (window.location.hash || '#/jobs').split('/');
      if (view === 'jobs' && id) {
        this.view = 'job'; this.jobId = id; this.detail = null; this.notFound = false; this.tab = 'results';
        this.resultsPage = 1; this.logsPage = 1;
        this.loadJob().then(() => this.loadResults());
        this.timer = setInterval(() => this.refreshJob(), POLL_MS);
      } else if (view === 'stats') {
        this.view = 'stats'; this.loadStats();
      } else if (view === 'lookup') {
        this.view = 'lookup';
      } else {
        this.view = 'jobs'; this.loadJobs();
        this.timer = setInterval(() => this.loadJobs(), POLL_MS);
      }
    },
    async guard(work) {
      try {
        this.error = '';
        return await work();
      } catch (e) {
        this.error = e.message;
        return undefined;
      }
    },

    // ---- job list
    async loadJobs() {
      await this.guard(async () => {
        const answer = await api.jobs({ status: this.filter, page: this.page, per_page: this.perPage });
        this.jobs = answer.items; this.meta = answer.meta;
      });
    },
    setFilter() { this.page = 1; this.loadJobs(); },
    goPage(delta) { this.page = Math.max(1, this.page + delta); this.loadJobs(); },
    percent(job) {
      const total = job.total_codes || 0;
      return total ? Math.round(100 * ((job.successful_conversions || 0) + (job.failed_conversions || 0)) / total) : 0;
    },
    actionsOf(status) { return this.canWrite ? (ACTIONS[status] || []) : []; },
    dropped(event) { this.dragging = false; this.file = event.dataTransfer.files[0] || null; },
    async upload() {
      if (!this.file) return;
      this.uploading = true;
      await this.guard(async () => {
        JSON.parse(this.options || '{}'); // a typo is said here, before the upload
        const form = new FormData();
        form.append('file', this.file, this.file.name);
        if (this.jobName) form.append('name', this.jobName);
        form.append('options', this.options || '{}');
        const created = await api.upload(form);
        this.notice = `${created.name || created.id}: ${created.total_codes} ${this.t('codes')}`;
        this.file = null; this.jobName = '';
        this.$refs.file.value = '';
        await this.loadJobs();
      });
      this.uploading = false;
    },
    async act(job, action) {
      await this.guard(async () => {
        await api.act(job.id, action);
        if (this.view === 'job') await this.loadJob(); else await this.loadJobs();
      });
    },
    async remove(job) {
      if (!window.confirm(this.t('confirmDelete'))) return;
      await this.guard(async () => {
        await api.remove(job.id);
        window.location.hash = '#/jobs';
        await this.loadJobs();
      });
    },

    // ---- job details
    async loadJob() {
      try {
        this.detail = await api.job(this.jobId);
      } catch (e) {
        if (e.status === 404) { this.notFound = true; clearInterval(this.timer); } else this.error = e.message;
      }
    },
    async refreshJob() {
      if (this.notFound) return;
      const before = this.detail?.progress?.done;
      await this.loadJob();
      if (this.detail && this.detail.progress?.done !== before && this.tab === 'results') await this.loadResults();
    },
    tiles() {
      const p = this.detail?.progress || {}; const f = this.detail?.figures || {};
      return [['total', p.total], ['processed', p.done], ['matched', p.matched], ['unmatched', p.unmatched],
        ['ambiguous', p.ambiguous], ['errors', p.failed], ['withPrice', f.with_price], ['withImages', f.with_images]];
    },
    jobPercent() {
      const p = this.detail?.progress || {};
      return p.total ? Math.round(100 * p.done / p.total) : 0;
    },
    showTab(tab) {
      this.tab = tab;
      if (tab === 'results') this.loadResults();
      if (tab === 'logs') this.loadLogs();
    },
    async loadResults() {
      await this.guard(async () => {
        const answer = await api.results(this.jobId, { status: this.resultStatus, match_type: this.matchType,
          page: this.resultsPage, per_page: 50 });
        this.results = answer.items; this.resultsMeta = answer.meta;
      });
    },
    resultsGo(delta) { this.resultsPage = Math.max(1, this.resultsPage + delta); this.loadResults(); },
    async review(item, verdict, asin) {
      await this.guard(async () => {
        if (verdict === 'accept') await api.accept(this.jobId, item.id, asin); else await api.reject(this.jobId, item.id);
        await this.loadResults();
        await this.loadJob();
      });
    },
    async loadLogs() {
      await this.guard(async () => {
        const answer = await api.logs(this.jobId, { level: this.logLevel, page: this.logsPage, per_page: 50 });
        this.logs = answer.items; this.logsMeta = answer.meta;
      });
    },
    logsGo(delta) { this.logsPage = Math.max(1, this.logsPage + delta); this.loadLogs(); },
    async requestExport() {
      await this.guard(async () => { await api.requestExport(this.jobId, this.exportFormat); await this.loadJob(); });
    },
    async download(file) {
      await this.guard(async () => {
        this.notice = await api.download(file.download_url || `/api/v1/code2asin/jobs/${this.jobId}/exports/${file.id}/download`,
          `${this.jobId}.${file.format}`);
      });
    },
    optionsOf() { return JSON.stringify({ ...(this.detail?.options || {}), marketplaces: this.detail?.job?.marketplaces,
      provider: this.detail?.job?.provider }, null, 2); },

    // ---- statistics
    async loadStats() {
      await this.guard(async () => {
        [this.stats, this.errorStats] = await Promise.all([api.statistics(), api.errors(this.days)]);
        this.$nextTick(() => this.drawCharts());
      });
    },
    drawCharts() {
      this.charts.forEach((c) => c.destroy());
      if (!this.stats || !this.errorStats) return;
      const codes = this.stats.codes || {};
      const errors = this.errorStats.error_breakdown || {};
      this.charts = [
        new Chart(this.$refs.codesChart, { type: 'doughnut', data: { labels: Object.keys(codes),
          datasets: [{ data: Object.values(codes) }] }, options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: this.t('codesByStatus') } } } }),
        new Chart(this.$refs.errorsChart, { type: 'bar', data: { labels: Object.keys(errors),
          datasets: [{ label: this.t('errors'), data: Object.values(errors).map((e) => e.count) }] },
          options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: `${this.t('errorsByCategory')} (${this.errorStats.period_days} ${this.t('days')})` } } } }),
      ];
    },

    // ---- single code
    async lookUp() {
      this.lookingUp = true;
      await this.guard(async () => {
        this.lookupResult = await api.lookup({ code: this.code.trim(), marketplace: this.marketplace, provider: this.provider });
      });
      this.lookingUp = false;
    },
  }));
  Alpine.start();
}

boot().catch((e) => {
  document.body.textContent = `The console could not start: ${e.message}`;
});
