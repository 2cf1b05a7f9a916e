// "My sessions": today's and upcoming sessions, recent ones, each with its client, status and prep-form state,
// and scheduling a new one (a client the coach has met, picked from the list, or a new client id typed).
import { get, orgPath, post } from './api.js';
import { h } from './dom.js';
import * as drafts from './drafts.js';
import { clearErrors, field, formError, instantOf, localDate, showError, showProblem, when } from './forms.js';
import { prepBadge, submittedForms } from './prep.js';

const STATUS_WORDS = { SCHEDULED: 'Scheduled', IN_PROGRESS: 'In progress', ENDED: 'Ended', CANCELLED: 'Cancelled' };
const RECENT = 10;

export async function loadList(person) {
    const [page, forms] = await Promise.all([
        get(orgPath(person.orgId, `/sessions?coachId=${encodeURIComponent(person.coachId)}&size=100`)),
        submittedForms(person.orgId),
    ]);
    return { sessions: page.items, forms };
}

export function renderList(person, { sessions, forms }, navigate) {
    const today = localDate(Date.now());
    const running = sessions.filter(s => s.status === 'IN_PROGRESS');
    const todays = sessions.filter(s => s.status !== 'IN_PROGRESS' && localDate(s.scheduledStart) === today);
    const upcoming = sessions.filter(s => s.status === 'SCHEDULED' && localDate(s.scheduledStart) > today).reverse();
    const recent = sessions.filter(s => s.status !== 'IN_PROGRESS' && localDate(s.scheduledStart) < today).slice(0, RECENT);
    const met = [...new Set(sessions.map(s => s.clientId))].sort();
    return [
        h('h1', { id: 'page-heading', tabindex: '-1' }, 'My sessions'),
        h('div', { class: 'list-grid' },
            h('div', { class: 'session-lists' },
                running.length ? table('running', 'Running now', running, forms) : null,
                table('today', 'Today', todays, forms),
                table('upcoming', 'Upcoming', upcoming, forms),
                table('recent', 'Recent', recent, forms)),
            scheduleForm(person, met, navigate)),
    ];
}

function table(key, title, sessions, forms) {
    const headingId = `sessions-${key}-heading`;
    return h('section', { class: 'card', 'aria-labelledby': headingId, id: `sessions-${key}` },
        h('h2', { id: headingId }, title),
        sessions.length === 0
            ? h('p', { class: 'muted' }, key === 'upcoming' ? 'Nothing scheduled after today.' : 'No sessions.')
            : h('table', { class: 'sessions' },
                h('thead', {}, h('tr', {},
                    h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Client'),
                    h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Prep form'))),
                h('tbody', {}, sessions.map(session => h('tr', { 'data-session': session.sessionId },
                    h('td', {}, h('a', { href: `#/sessions/${encodeURIComponent(session.sessionId)}` }, when(session.scheduledStart),
                        h('span', { class: 'visually-hidden' }, ` with ${session.clientId}`))),
                    h('th', { scope: 'row' }, session.clientId),
                    h('td', {}, h('span', { class: `status status-${session.status.toLowerCase()}` }, STATUS_WORDS[session.status] ?? session.status)),
                    h('td', {}, prepBadge(session, forms?.get(session.sessionId), forms !== null)))))));
}

function scheduleForm(person, met, navigate) {
    const id = 'schedule';
    const now = new Date(Date.now() + 60 * 60 * 1000);
    const form = h('form', { id, class: 'card step', novalidate: true, 'aria-labelledby': 'schedule-heading' },
        h('h2', { id: 'schedule-heading' }, 'Schedule a session'),
        h('p', { class: 'prompt' }, 'A session in the past is recorded as scheduled when it began, so you can log it afterwards.'),
        h('datalist', { id: 'met-clients' }, met.map(clientId => h('option', { value: clientId }))),
        field(id, { name: 'clientId', label: 'Client', prompt: met.length ? 'Pick a client you have met, or type a new client id.' : 'Type the client id.', required: true, options: 'met-clients' }),
        h('div', { class: 'inline-fields' },
            field(id, { name: 'date', label: 'Date', kind: 'date', required: true, value: localDate(now) }),
            field(id, { name: 'time', label: 'Start time', kind: 'time', required: true, value: `${String(now.getHours()).padStart(2, '0')}:00` }),
            field(id, { name: 'plannedMinutes', label: 'Planned minutes', kind: 'number', required: true, value: '60' })),
        formError(id),
        h('button', { type: 'submit', id: `${id}-submit`, class: 'primary' }, 'Schedule'));
    drafts.keep(form, id);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors(form);
        const values = drafts.valuesOf(form);
        if (!values.clientId.trim()) {
            showError(form, 'clientId', 'Name the client: pick one from the list or type their client id.');
            return;
        }
        let scheduledStart;
        try {
            scheduledStart = instantOf(values.date, values.time);
            if (!scheduledStart) {
                throw new RangeError('Give the start time, such as 10:00.');
            }
        } catch (error) {
            showError(form, /date/.test(error.message) ? 'date' : 'time', error.message);
            return;
        }
        const body = {
            clientId: values.clientId.trim(), coachId: person.coachId, scheduledStart,
            plannedMinutes: Number(values.plannedMinutes),
        };
        if (Date.parse(scheduledStart) < Date.now()) {
            body.at = scheduledStart;
        }
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
            const session = await post(orgPath(person.orgId, '/sessions'), body);
            drafts.forget(id);
            navigate(`#/sessions/${encodeURIComponent(session.sessionId)}`, `Session with ${session.clientId} scheduled for ${when(session.scheduledStart)}.`);
        } catch (error) {
            showProblem(form, error, ['clientId', 'time', 'plannedMinutes'], { scheduledStart: 'time', at: 'time' });
            button.disabled = false;
        }
    });
    return form;
}

