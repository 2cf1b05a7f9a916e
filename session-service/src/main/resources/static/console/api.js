// The APIs as the console calls them: session-service's own under /api/v1, and the other services' through the
// page's relay (/peers/{name}/api/v1/…), all with the signed-in coach's rights. The browser holds only the
// service's HttpOnly session cookie; writes carry the CSRF token GET /me gave.

export class Problem extends Error {
    constructor(status, problem) {
        super(problem?.detail ?? `The service answered ${status}.`);
        this.status = status;
        this.rule = problem?.rule ?? null;
        this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    }
}

export class SignedOut extends Error {
    constructor() {
        super('Your sign-in has ended. Sign in again: nothing you typed is lost.');
    }
}

let csrf = null;

export async function signedIn() {
    const response = await fetch('/me', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.status === 401) {
        throw new SignedOut();
    }
    if (!response.ok) {
        throw new Error(`The console could not tell who is signed in (${response.status}).`);
    }
    const person = await response.json();
    csrf = person.csrf;
    return person;
}

export function orgPath(orgId, rest) {
    return `/api/v1/orgs/${encodeURIComponent(orgId)}${rest}`;
}

export function peerPath(peer, orgId, rest) {
    return `/peers/${peer}${orgPath(orgId, rest)}`;
}

export async function get(path) {
    return answer(await call(path, { headers: { Accept: 'application/json' }, cache: 'no-store' }));
}

export async function post(path, body) {
    const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    if (csrf) {
        headers[csrf.header] = csrf.token;
    }
    return answer(await call(path, { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' }));
}

async function call(path, init) {
    try {
        return await fetch(path, init);
    } catch {
        throw new Problem(0, { detail: 'The service cannot be reached. Check the connection and try again; nothing you typed is lost.' });
    }
}

async function answer(response) {
    let body = null;
    try {
        body = await response.json();
    } catch {
        // no JSON body: the status says enough
    }
    if (response.status === 401) {
        throw new SignedOut();
    }
    if (!response.ok) {
        throw new Problem(response.status, body);
    }
    return body;
}
