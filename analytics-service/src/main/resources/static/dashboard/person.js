// Who is signed in, as GET /me tells (the browser holds only the service's HttpOnly session cookie, never a
// token), and what that person sees: a supervisor or org-admin the whole organisation, a coach their own
// figures and the clients they have met, a client their own figures.

const ROLE_NAMES = [
    ['org-admin', 'Organisation admin'],
    ['supervisor', 'Supervisor'],
    ['coach', 'Coach'],
    ['client', 'Client'],
];

export class SignedOut extends Error {
    constructor() {
        super('Your sign-in has ended.');
    }
}

/** The signed-in person; SignedOut where the session has ended. */
export async function signedIn() {
    const response = await fetch('/me', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (response.status === 401) {
        throw new SignedOut();
    }
    if (!response.ok) {
        throw new Error(`The dashboard could not tell who is signed in (${response.status}).`);
    }
    return response.json();
}

/** Whether the session is still there: after an API call answered 401, this tells an ended session apart from an ended token. */
export async function stillSignedIn() {
    try {
        await signedIn();
        return true;
    } catch (error) {
        if (error instanceof SignedOut) {
            return false;
        }
        throw error;
    }
}

export function seesOrganisation(person) {
    return person.roles.includes('supervisor') || person.roles.includes('org-admin');
}

export function isCoach(person, coachId) {
    return person.roles.includes('coach') && person.coachId === coachId;
}

/** The person's first view: the organisation's overview, or their own coach or client page. */
export function home(person) {
    if (seesOrganisation(person)) {
        return { kind: 'overview' };
    }
    if (person.roles.includes('coach') && person.coachId) {
        return { kind: 'coach', id: person.coachId };
    }
    if (person.roles.includes('client') && person.clientId) {
        return { kind: 'client', id: person.clientId };
    }
    return null;
}

/** The person's role as a reader says it, the widest first. */
export function roleName(person) {
    return ROLE_NAMES.find(([role]) => person.roles.includes(role))?.[1] ?? 'No dashboard role';
}

/** Fills in the header: who is signed in, in which organisation, and the sign-out form's CSRF field. */
export function showInHeader(person) {
    document.getElementById('person-name').textContent = person.name;
    document.getElementById('person-role').textContent = roleName(person);
    document.getElementById('person-org').textContent = person.orgId ?? 'no organisation';
    const csrf = document.getElementById('sign-out-csrf');
    if (person.csrf) {
        csrf.name = person.csrf.parameter;
        csrf.value = person.csrf.token;
    }
    document.getElementById('signed-in').hidden = false;
}
