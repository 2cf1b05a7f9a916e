// The coach's console: who is signed in (GET /me), which view the URL names (#/ or #/sessions/{id}), and the
// view itself. After every recorded step the session is read again and shown, focus moved to the next step and
// the result announced to screen readers.
import { SignedOut, signedIn } from './api.js';
import { h, replaceChildren } from './dom.js';
import { loadList, renderList } from './list.js';
import { loadSession, renderSession } from './session.js';

const main = document.getElementById('main');
const status = document.getElementById('live-status');
let person;
let shown = null;

function announce(message) {
    status.textContent = '';
    if (message) {
        setTimeout(() => { status.textContent = message; }, 50);
    }
}

function focusOn(id) {
    const target = (id && document.getElementById(id)) || document.getElementById('page-heading');
    target?.focus();
}

function route() {
    const match = /^#\/sessions\/([^/?]+)$/.exec(location.hash);
    return match ? { view: 'session', id: decodeURIComponent(match[1]) } : { view: 'list' };
}

async function show({ message, focus, keepData } = {}) {
    const where = route();
    try {
        if (where.view === 'session') {
            const data = keepData && shown?.data?.session?.sessionId === where.id ? shown.data : await loadSession(person, where.id);
            shown = { where, data };
            document.title = `Session with ${data.session.clientId} · Throughline console`;
            const rerender = focusId => show({ focus: focusId, keepData: true });
            const reload = async (done, next) => {
                Object.assign(data, await loadSession(person, where.id));
                await show({ message: done, focus: next, keepData: true });
            };
            replaceChildren(main, renderSession(person, data, rerender, reload));
        } else {
            const data = await loadList(person);
            shown = { where, data };
            document.title = 'My sessions · Throughline console';
            replaceChildren(main, renderList(person, data, (hash, done) => {
                pending = done;
                location.hash = hash;
            }));
        }
        focusOn(focus);
        announce(message);
    } catch (error) {
        failed(error);
    }
}

let pending = null;

function failed(error) {
    if (error instanceof SignedOut) {
        location.reload();
        return;
    }
    replaceChildren(main,
        h('h1', { id: 'page-heading', tabindex: '-1' }, error.status === 404 ? 'Not found' : 'Something went wrong'),
        h('p', {}, error.status === 404 ? 'There is no such session among yours.' : error.message),
        h('p', {}, h('a', { href: '#/' }, 'Back to my sessions')));
    focusOn(null);
}

function tick() {
    for (const element of document.querySelectorAll('[data-ticking="true"]')) {
        element.tick?.();
    }
}

async function start() {
    try {
        person = await signedIn();
    } catch (error) {
        if (error instanceof SignedOut) {
            location.assign('/oauth2/authorization/throughline');
            return;
        }
        replaceChildren(main, h('h1', {}, 'The console cannot start'), h('p', {}, error.message));
        return;
    }
    document.getElementById('person-name').textContent = person.name;
    document.getElementById('person-org').textContent = person.orgId ?? 'no organisation';
    const csrf = document.getElementById('sign-out-csrf');
    if (person.csrf) {
        csrf.name = person.csrf.parameter;
        csrf.value = person.csrf.token;
    }
    document.getElementById('signed-in').hidden = false;
    document.getElementById('dashboard-nav').href = person.links?.dashboard ?? 'http://localhost:8083';
    if (!person.roles.includes('coach') || !person.coachId) {
        replaceChildren(main,
            h('h1', { id: 'page-heading', tabindex: '-1' }, 'This console is for coaches'),
            h('p', {}, 'You are signed in without the coach role. Your figures are on the ', h('a', { href: person.links?.dashboard }, 'dashboard'), '.'));
        return;
    }
    window.addEventListener('hashchange', () => {
        const message = pending;
        pending = null;
        show({ message });
    });
    setInterval(tick, 1000);
    await show();
}

start();
