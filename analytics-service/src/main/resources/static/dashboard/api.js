// The analytics API as the page reads it. Each answer keeps the path it came from, so every figure
// on the page can name its source (data-source, data-pointer) and be checked against the API.
import { h } from './dom.js';
import { NONE } from './format.js';

export class ApiError extends Error {
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
}

export class Answer {
    constructor(path, json) {
        this.path = path;
        this.json = json;
    }

    /** The value at an RFC 6901 JSON Pointer, such as "/prepForms/completionRate". */
    at(pointer) {
        let value = this.json;
        for (const token of pointer.split('/').slice(1)) {
            if (value === null || value === undefined) {
                return null;
            }
            value = value[token.replaceAll('~1', '/').replaceAll('~0', '~')];
        }
        return value ?? null;
    }

    /** A figure as shown: a <data> element whose value is exactly the API's and whose text is formatted for reading. */
    figure(pointer, format) {
        const value = this.at(pointer);
        return h('data', {
            value: value === null ? '' : String(value),
            'data-source': this.path,
            'data-pointer': pointer,
            class: value === null ? 'figure none' : 'figure',
            title: value === null ? 'Nothing to count yet' : null,
        }, value === null ? NONE : format(value));
    }
}

export async function get(path, signal) {
    return new Answer(path, await request(path, { headers: { Accept: 'application/json' }, cache: 'no-store', signal }));
}

let csrf = null;

/** The CSRF header and token of the signed-in page (GET /me), which every state-changing request carries. */
export function useCsrf(token) {
    csrf = token ?? null;
}

/** A PUT, POST or DELETE with a JSON body; the answer's JSON, or null for 204. */
export async function send(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (csrf) {
        headers[csrf.header] = csrf.token;
    }
    return request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
}

async function request(path, options) {
    let response;
    try {
        response = await fetch(path, options);
    } catch (error) {
        if (error.name === 'AbortError') {
            throw error;
        }
        throw new ApiError(0, 'The analytics service cannot be reached.');
    }
    if (!response.ok) {
        let detail = `The analytics service answered ${response.status}.`;
        try {
            const problem = await response.json();
            detail = problem.detail ?? detail;
        } catch {
            // not a problem document; the status says enough
        }
        throw new ApiError(response.status, detail);
    }
    return response.status === 204 ? null : response.json();
}

export function orgPath(org, rest) {
    return `/api/v1/orgs/${encodeURIComponent(org)}${rest}`;
}
