// The dashboard's shell: who is signed in (GET /me), which view the URL names (#/clients/coachee-1), loading
// that view from the API with the person's rights, and asking again every few seconds so that newly projected
// events show without a reload. A view is drawn again only when an answer changed, keeping focus, open details
// and sort order. The organisation is the signed-in person's; there is none to choose.
import { ApiError, useCsrf } from './api.js';
import { destroyCharts } from './charts.js';
import { h } from './dom.js';
import { time } from './format.js';
import { home, seesOrganisation, showInHeader, signedIn, SignedOut, stillSignedIn } from './person.js';
import { onRefreshRequest } from './refresh.js';
import * as client from './views/client.js';
import * as coach from './views/coach.js';
import * as overview from './views/overview.js';
import * as session from './views/session.js';
import * as settings from './views/settings.js';
import { viewHref } from './views/parts.js';

const REFRESH_MILLIS = 5000;
// While the service cannot be reached (restarting: no answer, or 502/503/504 from a proxy), ask again after 1 s, 2 s,
// 4 s … at most this, and say so instead of failing.
const RECONNECT_MAX_MILLIS = 15000;
const VIEWS = { overview, client, coach, session, settings };

const main = document.getElementById('main');
const breadcrumbs = document.getElementById('breadcrumbs');
const lastChecked = document.getElementById('last-checked');
const liveStatus = document.getElementById('live-status');

let person = null;
let shown = null;
let timer = null;
let reconnectMillis = 0;

function decoded(part) {
    try {
        return decodeURIComponent(part);
    } catch {
        return part;
    }
}

function routeOf({ kind, id }, page = 0) {
    const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
    return { org: person.orgId, person, view: VIEWS[kind], id, page, query };
}

function currentRoute() {
    const [path, query] = location.hash.replace(/^#/, '').split('?');
    const parts = (path ?? '').split('/').filter(Boolean).map(decoded);
    const page = Math.max(0, Number.parseInt(new URLSearchParams(query ?? '').get('page') ?? '0', 10) || 0);
    if (parts[0] === 'clients' && parts[1]) {
        return routeOf({ kind: 'client', id: parts[1] }, page);
    }
    if (parts[0] === 'coaches' && parts[1]) {
        return routeOf({ kind: 'coach', id: parts[1] });
    }
    if (parts[0] === 'sessions' && parts[1]) {
        return routeOf({ kind: 'session', id: parts[1] });
    }
    if (parts[0] === 'settings' && seesOrganisation(person)) {
        return routeOf({ kind: 'settings' });
    }
    if (parts[0] === 'overview' && seesOrganisation(person)) {
        return routeOf({ kind: 'overview' });
    }
    return routeOf(home(person));
}

function isHome(route) {
    const start = routeOf(home(person));
    return route.view === start.view && route.id === start.id;
}

async function navigate({ moveFocus }) {
    clearTimeout(timer);
    shown?.controller.abort();
    const route = currentRoute();
    document.title = `${route.view.title(route)} · Throughline`;
    renderBreadcrumbs(route);
    shown = { route, controller: new AbortController(), signature: null, loaded: false };
    main.setAttribute('aria-busy', 'true');
    await refresh(shown);
    if (moveFocus && shown?.route === route) {
        main.querySelector('h1')?.focus();
    }
}

// At once, as a view asks (refresh.js): after the load under way, if one is.
async function refreshNow() {
    const view = shown;
    while (view?.inFlight) {
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    if (view && view === shown) {
        clearTimeout(timer);
        await refresh(view);
    }
}

async function refresh(view) {
    // A form (the settings) is loaded once: asking again would draw it anew under the person's hands.
    if (view.inFlight || (view.loaded && view.route.view.live === false)) {
        return;
    }
    view.inFlight = true;
    try {
        const model = await view.route.view.load(view.route, view.controller.signal);
        if (view !== shown) {
            return;
        }
        const signature = JSON.stringify(Object.values(model).flat().map(answer => answer?.json ?? null));
        if (signature !== view.signature) {
            replaceView(view.route.view.render(model, view.route));
            if (view.signature !== null) {
                liveStatus.textContent = `Figures updated at ${time(new Date().toISOString())}`;
            }
            view.signature = signature;
        }
        view.loaded = true;
        if (reconnectMillis) {
            reconnectMillis = 0;
            liveStatus.textContent = 'Reconnected; the figures are up to date again.';
        }
        lastChecked.parentElement.classList.remove('reconnecting');
        lastChecked.textContent = `Up to date at ${new Date().toLocaleTimeString('en-GB')}`;
        lastChecked.parentElement.classList.remove('stale');
    } catch (error) {
        if (error.name === 'AbortError' || view !== shown) {
            return;
        }
        if (error instanceof ApiError && error.status === 401) {
            await signInAgain();
            return;
        }
        if (unavailable(error)) {
            reconnecting(view);
            return;
        }
        const answered = error instanceof ApiError && error.status >= 400 && error.status < 500;
        if (!view.loaded || answered) {
            replaceView(errorView(error, view.route));
            view.signature = null;
        } else {
            liveStatus.textContent = `Could not refresh the figures: ${error.message} Trying again.`;
        }
        // A 4xx is an answer (the page looks again, in case what was not there arrives); anything else is a failure.
        lastChecked.textContent = answered ? `Checked at ${new Date().toLocaleTimeString('en-GB')}`
            : `Could not refresh at ${new Date().toLocaleTimeString('en-GB')}; trying again`;
        lastChecked.parentElement.classList.toggle('stale', !answered);
    } finally {
        view.inFlight = false;
        if (view === shown) {
            clearTimeout(timer);
            main.removeAttribute('aria-busy');
            timer = setTimeout(() => {
                if (!document.hidden) {
                    refresh(view);
                }
            }, reconnectMillis || REFRESH_MILLIS);
        }
    }
}

function unavailable(error) {
    return error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
}

// The service is restarting: keep what is shown (or say why nothing is yet), and ask again with back-off.
function reconnecting(view) {
    reconnectMillis = Math.min(RECONNECT_MAX_MILLIS, reconnectMillis ? reconnectMillis * 2 : 1000);
    if (!view.loaded) {
        replaceView(h('div', { class: 'error-view reconnecting-view' },
            h('h1', { id: 'page-title', tabindex: '-1' }, 'Reconnecting…'),
            h('p', {}, 'The analytics service does not answer right now, most likely because it is restarting. '
                + 'The figures show as soon as it is back.')));
        view.signature = null;
    }
    lastChecked.textContent = `Reconnecting… (trying again in ${reconnectMillis / 1000} s)`;
    lastChecked.parentElement.classList.add('stale', 'reconnecting');
    liveStatus.textContent = 'The analytics service cannot be reached; reconnecting.';
}

// The API answered 401. If the session has ended, the page itself signs the person in again; if the session is
// still there but its token could not be renewed, loading the page again would only loop: sign out instead.
async function signInAgain() {
    clearTimeout(timer);
    shown = null;
    if (!(await stillSignedIn().catch(() => true))) {
        location.assign('/');
        return;
    }
    showMessage('Your sign-in has expired', 'Sign out and sign in again to see the figures.');
}

function replaceView(node) {
    const focusedId = main.contains(document.activeElement) ? document.activeElement.id : null;
    const openDetails = [...main.querySelectorAll('details[open][id]')].map(details => details.id);
    destroyCharts(main);
    main.replaceChildren(node);
    openDetails.forEach(id => document.getElementById(id)?.setAttribute('open', ''));
    if (focusedId) {
        document.getElementById(focusedId)?.focus({ preventScroll: true });
    }
}

function errorView(error, route) {
    const status = error instanceof ApiError ? error.status : 0;
    const [title, text] = status === 404 ? ['Not found', error.message]
        : status === 403 ? ['Not yours to see', 'Your role does not show this page.']
            : ['The figures cannot be shown', error.message];
    return h('div', { class: 'error-view' },
        h('h1', { id: 'page-title', tabindex: '-1' }, title),
        h('p', {}, text),
        isHome(route) ? null : h('p', {}, h('a', { href: viewHref('/') }, 'Back to your start page')));
}

function showMessage(title, text) {
    document.title = `${title} · Throughline`;
    breadcrumbs.replaceChildren();
    main.removeAttribute('aria-busy');
    replaceView(h('div', { class: 'error-view' }, h('h1', { id: 'page-title', tabindex: '-1' }, title), h('p', {}, text)));
    lastChecked.textContent = 'Not updating';
}

function renderBreadcrumbs(route) {
    const start = routeOf(home(person));
    const items = [h('li', {}, isHome(route)
        ? h('span', { 'aria-current': 'page' }, start.view.title(start))
        : h('a', { href: viewHref('/') }, start.view.title(start)))];
    if (!isHome(route)) {
        items.push(h('li', {}, h('span', { 'aria-current': 'page' }, route.view.title(route))));
    }
    breadcrumbs.replaceChildren(h('ol', {}, items));
}

async function start() {
    try {
        person = await signedIn();
    } catch (error) {
        if (error instanceof SignedOut) {
            location.assign('/');
            return;
        }
        showMessage('The dashboard cannot be shown', error.message);
        return;
    }
    showInHeader(person);
    useCsrf(person.csrf);
    onRefreshRequest(refreshNow);
    settings.settingsLink(person);
    if (!person.orgId || !home(person)) {
        showMessage('Nothing to show', `You are signed in as ${person.name}, who has no role in an organisation that `
            + 'sees this dashboard. It is for supervisors, organisation admins, coaches and clients.');
        return;
    }
    // Only another view takes the focus to its heading; a changed query (Over time's controls) leaves it where it is.
    window.addEventListener('hashchange', event => navigate({
        moveFocus: new URL(event.oldURL).hash.split('?')[0] !== location.hash.split('?')[0] }));
    document.addEventListener('visibilitychange', () => {
        if (!document.hidden && shown) {
            clearTimeout(timer);
            refresh(shown);
        }
    });
    navigate({ moveFocus: false });
}

document.querySelector('.skip-link').addEventListener('click', event => {
    event.preventDefault();
    main.focus();
});

start();
