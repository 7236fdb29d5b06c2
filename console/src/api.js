// The job API (same origin) and lookup-worker's single-code lookup, with the user's token; a refused call throws
// an Error carrying the problem's detail, which the page shows as it is.
const JOBS = '/api/v1/code2asin';

export function createApi(keycloak, lookupBase) {
  async function call(url, options = {}) {
    await keycloak.updateToken(30);
    const response = await fetch(url, {
      ...options,
      headers: { Authorization: `Bearer ${keycloak.token}`, Accept: 'application/json', ...(options.headers || {}) },
    });
    if (!response.ok) {
      let detail = `${response.status} ${response.statusText}`;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch (ignored) { /* not a problem document */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response;
  }

  const query = (params) => {
    const search = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) search.set(k, v); });
    const text = search.toString();
    return text ? `?${text}` : '';
  };
  const post = (url, body) => call(url, body === undefined ? { method: 'POST' }
    : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

  return {
    jobs: (params) => call(`${JOBS}/jobs${query(params)}`),
    job: (id) => call(`${JOBS}/jobs/${id}`),
    upload: (form) => call(`${JOBS}/jobs`, { method: 'POST', body: form }),
    act: (id, action) => post(`${JOBS}/jobs/${id}/${action}`),
    remove: (id) => call(`${JOBS}/jobs/${id}`, { method: 'DELETE' }),
    results: (id, params) => call(`${JOBS}/jobs/${id}/results${query(params)}`),
    accept: (id, item, asin) => post(`${JOBS}/jobs/${id}/results/${item}/accept`, asin ? { asin } : undefined),
    reject: (id, item) => post(`${JOBS}/jobs/${id}/results/${item}/reject`),
    logs: (id, params) => call(`${JOBS}/jobs/${id}/logs${query(params)}`),
    requestExport: (id, format) => post(`${JOBS}/jobs/${id}/exports${query({ format })}`),
    statistics: () => call(`${JOBS}/statistics`),
    errors: (days) => call(`${JOBS}/stats/errors${query({ days })}`),
    lookup: (params) => call(`${lookupBase}${JOBS}/lookup${query(params)}`),
    /** A file the API streams (an export), saved under its own name. */
    async download(url, fallbackName) {
      const response = await call(url, { headers: { Accept: '*/*' } });
      const disposition = response.headers.get('Content-Disposition') || '';
      const name = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || fallbackName;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
      return name;
    },
  };
}
