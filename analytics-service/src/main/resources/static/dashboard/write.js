// The dashboard's few writes (the analytics settings and their preview): JSON sent with the session's CSRF token,
// as GET /me gave it, and a 400's problem kept whole so each invalid field can be shown next to its input.
import { Answer, ApiError } from './api.js';

/** POST or PUT {@code body} as JSON; an Answer, or an ApiError whose {@code errors} are the problem's [{field, message}]. */
export async function send(method, path, body, { csrf, signal } = {}) {
    const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    if (csrf?.header) {
        headers[csrf.header] = csrf.token;
    }
    let response;
    try {
        response = await fetch(path, { method, headers, body: JSON.stringify(body), cache: 'no-store', signal });
    } catch (error) {
        if (error.name === 'AbortError') {
            throw error;
        }
        throw new ApiError(0, 'The analytics service cannot be reached.');
    }
    if (!response.ok) {
        let problem = {};
        try {
            problem = await response.json();
        } catch {
            // not a problem document; the status says enough
        }
        const error = new ApiError(response.status, problem.detail ?? `The analytics service answered ${response.status}.`);
        error.errors = Array.isArray(problem.errors) ? problem.errors : [];
        throw error;
    }
    return new Answer(path, await response.json());
}
