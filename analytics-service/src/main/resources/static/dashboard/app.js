// The dashboard's shell: which organisation and view the URL names (?org=demo#/clients/coachee-1),
// loading that view from the API, and asking again every few seconds so that newly projected events
// show without a reload. A view is drawn again only when an answer changed, keeping focus, open
// details and sort order.
import { ApiError } from './api.js';
import { destroyCharts } from './charts.js';
import { h } from './dom.js';
import { time } from './format.js';
import * as client from './views/client.js';
import * as coach from './views/coach.js';
import * as overview from './views/overview.js';
import { viewHref } from './views/parts.js';

const REFRESH_MILLIS = 5000;
const REMEMBERED_ORG = 'throughline.dashboard.org';
const ID = /^[A-Za-z0-9._-]{1,64}$/;

const main = document.getElementById('main');
const orgForm = document.getElementById('org-form');
const orgInput = document.getElementById('org-input');
const breadcrumbs = document.getElementById('breadcrumbs');
const lastChecked = document.getElementById('last-checked');
const liveStatus = document.getElementById('live-status');

let shown = null;
let timer = null;

// Storage may be refused (private windows, policies); the organisation in the URL is what counts.
const rememberedOrg = {
    get() {
        try {
            return localStorage.getItem(REMEMBERED_ORG);
        } catch {
            return null;
        }
    },
    set(org) {
        try {
            localStorage.setItem(REMEMBERED_ORG, org);
        } catch {
            // nothing to do: the next visit starts without a remembered organisation
        }
    },
};

function decoded(part) {
    try {
        return decodeURIComponent(part);
    } catch {
        return part;
    }
}

function currentRoute() {
    const [path, query] = location.hash.replace(/^#/, '').split('?');
    const hashParams = new URLSearchParams(query ?? '');
    const org = (hashParams.get('org') ?? new URLSearchParams(location.search).get('org') ?? '').trim();
    const parts = (path ?? '').split('/').filter(Boolean).map(decoded);
    const page = Math.max(0, Number.parseInt(hashParams.get('page') ?? '0', 10) || 0);
    if (parts[0] === 'clients' && parts[1]) {
        return { org, view: client, id: parts[1], page };
    }
    if (parts[0] === 'coaches' && parts[1]) {
        return { org, view: coach, id: parts[1] };
    }
    return { org, view: overview };
}

async function navigate({ moveFocus }) {
    clearTimeout(timer);
    shown?.controller.abort();
    const route = currentRoute();
    orgInput.value = route.org;
    if (!route.org) {
        shown = null;
        showChooser();
        return;
    }
    rememberedOrg.set(route.org);
    document.title = `${route.view.title(route)} · ${route.org} · Throughline`;
    renderBreadcrumbs(route);
    shown = { route, controller: new AbortController(), signature: null, loaded: false };
    main.setAttribute('aria-busy', 'true');
    await refresh(shown);
    if (moveFocus && shown?.route === route) {
        main.querySelector('h1')?.focus();
    }
}

async function refresh(view) {
    if (view.inFlight) {
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
        lastChecked.textContent = `Up to date at ${new Date().toLocaleTimeString('en-GB')}`;
        lastChecked.parentElement.classList.remove('stale');
    } catch (error) {
        if (error.name === 'AbortError' || view !== shown) {
            return;
        }
        if (!view.loaded || (error instanceof ApiError && error.status >= 400 && error.status < 500)) {
            replaceView(errorView(error, view.route));
            view.signature = null;
        } else {
            liveStatus.textContent = `Could not refresh the figures: ${error.message} Trying again.`;
        }
        lastChecked.textContent = `Could not refresh at ${new Date().toLocaleTimeString('en-GB')}; trying again`;
        lastChecked.parentElement.classList.add('stale');
    } finally {
        view.inFlight = false;
        if (view === shown) {
            clearTimeout(timer);
            main.removeAttribute('aria-busy');
            timer = setTimeout(() => {
                if (!document.hidden) {
                    refresh(view);
                }
            }, REFRESH_MILLIS);
        }
    }
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
    const notFound = error instanceof ApiError && error.status === 404;
    return h('div', { class: 'error-view' },
        h('h1', { id: 'page-title', tabindex: '-1' }, notFound ? 'Not found' : 'The figures cannot be shown'),
        h('p', {}, error.message),
        h('p', {}, h('a', { href: viewHref(route.org, '/') }, `Back to the overview of ${route.org}`)));
}

function showChooser() {
    document.title = 'Throughline · Supervisor dashboard';
    breadcrumbs.replaceChildren();
    replaceView(h('div', {},
        h('h1', { id: 'page-title', tabindex: '-1' }, 'Supervisor dashboard'),
        h('p', {}, 'Enter an organisation’s id above to see its clients’ and coaches’ patterns.')));
    lastChecked.textContent = 'Updates on its own';
    orgInput.focus();
}

function renderBreadcrumbs(route) {
    const items = [h('li', {}, route.view === overview
        ? h('span', { 'aria-current': 'page' }, `Overview of ${route.org}`)
        : h('a', { href: viewHref(route.org, '/') }, `Overview of ${route.org}`))];
    if (route.view !== overview) {
        items.push(h('li', {}, h('span', { 'aria-current': 'page' }, route.view.title(route))));
    }
    breadcrumbs.replaceChildren(h('ol', {}, items));
}

orgForm.addEventListener('submit', event => {
    event.preventDefault();
    const org = orgInput.value.trim();
    if (!ID.test(org)) {
        orgInput.reportValidity();
        return;
    }
    history.pushState(null, '', `/?org=${encodeURIComponent(org)}#/`);
    navigate({ moveFocus: true });
});

document.querySelector('.skip-link').addEventListener('click', event => {
    event.preventDefault();
    main.focus();
});

window.addEventListener('hashchange', () => navigate({ moveFocus: true }));
window.addEventListener('popstate', () => navigate({ moveFocus: true }));
document.addEventListener('visibilitychange', () => {
    if (!document.hidden && shown) {
        clearTimeout(timer);
        refresh(shown);
    }
});

if (!currentRoute().org && rememberedOrg.get()) {
    history.replaceState(null, '', `/?org=${encodeURIComponent(rememberedOrg.get())}${location.hash || '#/'}`);
}
navigate({ moveFocus: false });
