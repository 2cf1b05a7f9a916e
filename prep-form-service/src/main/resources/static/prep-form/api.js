// The prep-form API as the page calls it: same origin, with the page's session cookie (the service adds the
// person's access token on its side) and, for writes, the CSRF token GET /me gave.

export class ApiError extends Error {
    /** status 0: the service could not be reached; errors: the problem's [{field, message}] for invalid input. */
    constructor(status, detail, errors = [], rule = null) {
        super(detail);
        this.status = status;
        this.errors = errors;
        this.rule = rule;
    }
}

let csrf = null;

export function useCsrf(token) {
    csrf = token;
}

export function formsPath(orgId) {
    return `/api/v1/orgs/${encodeURIComponent(orgId)}/prep-forms`;
}

export function formPath(orgId, prepFormId) {
    return `${formsPath(orgId)}/${encodeURIComponent(prepFormId)}`;
}

/** One request; the answer's JSON, or an ApiError saying why not. keepalive lets a save outlive the page. */
export async function call(method, path, body, { keepalive = false } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrf) {
        headers[csrf.header] = csrf.token;
    }
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            cache: 'no-store',
            credentials: 'same-origin',
            keepalive,
        });
    } catch {
        throw new ApiError(0, 'The prep-form service cannot be reached: check your connection.');
    }
    if (!response.ok) {
        throw await problemOf(response);
    }
    return response.json();
}

async function problemOf(response) {
    let detail = `The prep-form service answered ${response.status}.`;
    let errors = [];
    let rule = null;
    try {
        const problem = await response.json();
        detail = problem.detail ?? detail;
        errors = Array.isArray(problem.errors) ? problem.errors : [];
        rule = problem.rule ?? null;
    } catch {
        // not a problem document: the status says enough
    }
    return new ApiError(response.status, detail, errors, rule);
}
