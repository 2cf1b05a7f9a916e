// Who is signed in, as GET /me tells (the browser holds only the service's HttpOnly session cookie, never a token).
import { useCsrf } from './api.js';

export class SignedOut extends Error {
    constructor() {
        super('Your sign-in has ended.');
    }
}

/** The signed-in person, whose CSRF token the API calls then send; SignedOut where the session has ended. */
export async function signedIn() {
    let response;
    try {
        response = await fetch('/me', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    } catch {
        throw new Error('The prep-form service cannot be reached: check your connection.');
    }
    if (response.status === 401) {
        throw new SignedOut();
    }
    if (!response.ok) {
        throw new Error(`The page could not tell who is signed in (${response.status}).`);
    }
    const person = await response.json();
    useCsrf(person.csrf);
    return person;
}

export function isClient(person) {
    return person.roles.includes('client') && Boolean(person.clientId) && Boolean(person.orgId);
}

const ROLE_NAMES = {
    'org-admin': 'an organisation admin',
    supervisor: 'a supervisor',
    coach: 'a coach',
    platform: 'the platform',
};

export function roleName(person) {
    const role = Object.keys(ROLE_NAMES).find((name) => person.roles.includes(name));
    return role ? ROLE_NAMES[role] : 'someone without a client role';
}

export function showInHeader(person) {
    document.getElementById('person-name').textContent = person.name;
    const csrf = document.getElementById('sign-out-csrf');
    if (person.csrf) {
        csrf.name = person.csrf.parameter;
        csrf.value = person.csrf.token;
    }
    document.getElementById('signed-in').hidden = false;
}
