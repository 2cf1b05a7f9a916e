// The client's page: who is signed in (GET /me), their forms (GET /prep-forms?clientId=…) and the one the
// address names (#/forms/{prepFormId}), filled in and sent with the person's own rights. Anyone signed in who is
// not a client is told what the page is for.
import { ApiError, call, formPath, formsPath } from './api.js';
import { announce, h } from './dom.js';
import { Backup } from './drafts.js';
import { isEditable } from './form-parts.js';
import { formView } from './form-view.js';
import { listView } from './list-view.js';
import { isClient, roleName, showInHeader, signedIn, SignedOut } from './person.js';
import { sentView } from './sent-view.js';

const main = document.getElementById('main');
const PAGE_SIZE = 100;

let person = null;
let saver = null;
/** Forms as this page last wrote them: the list is eventually consistent and may not show a write yet. */
const written = new Map();

function route() {
    const match = location.hash.match(/^#\/forms\/([^/?]+)/);
    return match ? { form: decodeURIComponent(match[1]) } : { list: true };
}

function leaveForm() {
    if (saver) {
        saver.saveOnExit();
        saver.stop();
        saver = null;
    }
}

async function show({ moveFocus }) {
    const current = route();
    leaveForm();
    main.setAttribute('aria-busy', 'true');
    try {
        if (current.form) {
            await showForm(current.form);
        } else {
            await showList();
        }
    } catch (error) {
        showProblem(error);
    } finally {
        main.removeAttribute('aria-busy');
    }
    if (moveFocus) {
        (main.querySelector('h1') ?? main).focus();
    }
}

async function showList() {
    const forms = await call(
        'GET',
        `${formsPath(person.orgId)}?clientId=${encodeURIComponent(person.clientId)}&size=${PAGE_SIZE}`,
    );
    const shown = forms.map((form) => newer(written.get(form.prepFormId), form));
    main.replaceChildren(...listView(shown).filter(Boolean));
    document.title = 'Throughline · Prepare for your sessions';
}

const PROGRESS = { REQUESTED: 0, DRAFT: 1, MISSED: 2, SUBMITTED: 3 };

function newer(mine, listed) {
    return mine && PROGRESS[mine.status] > PROGRESS[listed.status] ? mine : listed;
}

async function showForm(prepFormId) {
    const form = await call('GET', formPath(person.orgId, prepFormId));
    if (isEditable(form)) {
        document.title = 'Throughline · Prepare for your session';
        saver = formView(main, person, form, { onSent: sent });
    } else {
        showSent(form, false);
    }
}

function sent(form, justSent = true) {
    written.set(form.prepFormId, form);
    saver = null;
    showSent(form, justSent);
    main.querySelector('h1').focus();
    if (justSent) {
        announce(main.querySelector('#outcome').textContent);
    }
}

function showSent(form, justSent) {
    document.title = 'Throughline · Your sent preparation';
    main.replaceChildren(sentView(form, { justSent }));
}

function showProblem(error) {
    if (error instanceof SignedOut || (error instanceof ApiError && error.status === 401)) {
        main.replaceChildren(
            h('h1', { tabindex: '-1' }, 'Your sign-in has ended'),
            h('p', {}, 'For your privacy you are signed out after a while. ', h('a', { href: '/' }, 'Sign in again'), '.'),
        );
    } else if (error instanceof ApiError && error.status === 404) {
        main.replaceChildren(
            h('h1', { tabindex: '-1' }, 'No such form'),
            h('p', {}, 'This form is not one of yours, or it does not exist. ', h('a', { href: '#/' }, 'See your forms'), '.'),
        );
    } else {
        main.replaceChildren(
            h('h1', { tabindex: '-1' }, 'Something went wrong'),
            h('p', {}, error.message, ' Your saved answers are safe. '),
            h('p', {}, h('button', { type: 'button', onclick: () => show({ moveFocus: true }) }, 'Try again')),
        );
    }
}

function notAClient() {
    main.replaceChildren(
        h('h1', { tabindex: '-1' }, 'This page is for clients'),
        h(
            'p',
            { class: 'lead' },
            `You are signed in as ${person.name}, ${roleName(person)}. Here clients answer five questions before their coaching sessions, and you have no forms of your own to fill in.`,
        ),
        h(
            'p',
            {},
            'Coaches see the forms their clients have sent with their sessions, in the coaching console. If you are also a client, sign out and sign in with your client account.',
        ),
    );
    document.title = 'Throughline · Session preparation is for clients';
}

async function start() {
    try {
        person = await signedIn();
    } catch (error) {
        showProblem(error);
        return;
    }
    showInHeader(person);
    document.getElementById('sign-out').addEventListener('submit', () => Backup.clearAll());
    if (!isClient(person)) {
        notAClient();
        return;
    }
    window.addEventListener('hashchange', () => show({ moveFocus: true }));
    window.addEventListener('pagehide', () => saver?.saveOnExit());
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && route().list) {
            show({ moveFocus: false });
        }
    });
    await show({ moveFocus: false });
}

start();
