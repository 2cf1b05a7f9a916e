// One session: what to know before it (prep form, last next step, recurring sidetrack topics), and the console that
// runs it live or logs it afterwards; after the end, what was recorded and the link to its timeline.
import { get, orgPath, peerPath } from './api.js';
import { h, replaceChildren } from './dom.js';
import * as drafts from './drafts.js';
import { choices, field, localDate, localTime, when } from './forms.js';
import { minutes, onTopicSoFar } from './ontopic.js';
import { prepBadge, prepFormView, submittedForms } from './prep.js';
import { agreementForm, checkInForm, endForm, pieceForm, reContractForm, startForm, topicShiftForm } from './steps.js';
import { recordedSoFar, latestEventTime } from './record.js';

export async function loadSession(person, sessionId) {
    const org = person.orgId;
    const session = await get(orgPath(org, `/sessions/${encodeURIComponent(sessionId)}`));
    const client = encodeURIComponent(session.clientId);
    const [forms, history, patterns] = await Promise.all([
        submittedForms(org, `&sessionId=${encodeURIComponent(sessionId)}`),
        get(orgPath(org, `/sessions?clientId=${client}&coachId=${encodeURIComponent(session.coachId)}&size=50`)).catch(() => null),
        get(peerPath('analytics', org, `/clients/${client}/patterns`)).catch(error => error),
    ]);
    return { session, form: forms?.get(sessionId) ?? null, formsKnown: forms !== null, history, patterns };
}

/** The mode this session is shown in: logging afterwards for a session whose planned end has passed, else live. */
export function modeOf(session) {
    const chosen = drafts.load(`${session.sessionId}:mode`).mode;
    if (chosen) {
        return chosen;
    }
    const plannedEnd = Date.parse(session.startedAt ?? session.scheduledStart) + session.plannedMinutes * 60000;
    return plannedEnd < Date.now() ? 'log' : 'live';
}

export function renderSession(person, data, rerender, reload) {
    const { session } = data;
    const mode = modeOf(session);
    const context = {
        person, session, mode, reload,
        logDate: () => document.getElementById('log-date')?.value ?? localDate(session.scheduledStart),
    };
    const open = session.status === 'SCHEDULED' || session.status === 'IN_PROGRESS';
    return [
        h('p', { class: 'back' }, h('a', { href: '#/' }, '← My sessions')),
        h('h1', { id: 'page-heading', tabindex: '-1' }, `Session with ${session.clientId}`),
        h('p', { class: 'session-meta' },
            when(session.scheduledStart), ` · ${session.plannedMinutes} minutes planned · `,
            h('span', { class: `status status-${session.status.toLowerCase()}`, id: 'session-status', 'data-status': session.status }, statusWords(session.status)),
            ' · ', prepBadge(session, data.form, data.formsKnown)),
        open ? modeSwitch(session, mode, rerender) : null,
        session.status === 'SCHEDULED'
            ? [before(data, true), startForm({ ...context, headingLevel: 'h2' })]
            : session.status === 'IN_PROGRESS' ? running(data, context) : finished(person, data),
    ];
}

function statusWords(status) {
    return { SCHEDULED: 'Scheduled', IN_PROGRESS: 'In progress', ENDED: 'Ended', CANCELLED: 'Cancelled' }[status] ?? status;
}

function modeSwitch(session, mode, rerender) {
    const form = h('form', { class: 'mode card', id: 'mode', 'aria-label': 'How you record this session' },
        choices('mode', { name: 'mode', legend: 'Recording', value: mode, options: [
            ['live', 'Live', '— each step is recorded the moment you press its button'],
            ['log', 'Logging afterwards', '— each step gets the time it happened'],
        ] }),
        mode === 'log' ? field('log', { name: 'date', label: 'Date of the session', kind: 'date', required: true, value: localDate(session.startedAt ?? session.scheduledStart) }) : null);
    form.addEventListener('submit', event => event.preventDefault());
    if (mode === 'log') {
        drafts.keep(form, `${session.sessionId}:log`);
    }
    form.addEventListener('change', event => {
        if (event.target.name === 'mode') {
            drafts.save(`${session.sessionId}:mode`, { mode: event.target.value });
            rerender(`mode-mode-${event.target.value}`);
        }
    });
    return form;
}

function before({ session, form, formsKnown, history, patterns }, opened) {
    const content = [
        h('section', { 'aria-labelledby': 'prep-heading', class: 'before-part' }, h('h3', { id: 'prep-heading' }, 'The client\'s prep form'), prepFormView(session, form, formsKnown)),
        h('section', { 'aria-labelledby': 'next-step-heading', class: 'before-part' }, h('h3', { id: 'next-step-heading' }, 'Last next step'), lastNextStep(session, history)),
        h('section', { 'aria-labelledby': 'recurring-heading', class: 'before-part' }, h('h3', { id: 'recurring-heading' }, 'Recurring sidetrack topics'), recurring(patterns)),
    ];
    return opened
        ? h('section', { class: 'card before', id: 'before', 'aria-labelledby': 'before-heading' }, h('h2', { id: 'before-heading' }, 'Before the session'), content)
        : h('details', { class: 'card before', id: 'before' }, h('summary', {}, 'Before the session: prep form, last next step, recurring sidetrack topics'), content);
}

function lastNextStep(session, history) {
    if (!history) {
        return h('p', { class: 'muted' }, 'The earlier sessions could not be read just now.');
    }
    const earlier = history.items.filter(other => other.sessionId !== session.sessionId
        && Date.parse(other.scheduledStart) < Date.parse(session.scheduledStart));
    for (const other of earlier) {
        const piece = [...(other.pieces ?? [])].reverse().find(p => p.nextStep);
        if (piece) {
            return h('p', { id: 'last-next-step' }, h('q', {}, piece.nextStep), h('span', { class: 'muted' }, ` — agreed ${when(piece.at)}`));
        }
    }
    return h('p', { class: 'muted', id: 'last-next-step' }, 'No next step agreed in an earlier session with this client.');
}

function recurring(patterns) {
    if (patterns instanceof Error) {
        return h('p', { class: 'muted' }, patterns.status === 404
            ? 'No figures for this client yet.'
            : 'The analytics service cannot be reached just now.');
    }
    const topics = patterns?.recurringSidetrackTopics ?? [];
    return topics.length === 0
        ? h('p', { class: 'muted', id: 'recurring-topics' }, 'No topic has come up as a sidetrack more than once.')
        : h('ul', { id: 'recurring-topics' }, topics.map(({ topic, count }) => h('li', {}, topic, h('span', { class: 'muted' }, ` — ${count} times`))));
}

function running(data, context) {
    const { session } = data;
    const agreed = Boolean(session.agreement);
    const openShifts = session.shifts.filter(shift => !shift.reContractedAt);
    return h('div', { class: 'console-grid' },
        h('div', { class: 'live-panel' },
            h('section', { class: 'card now', 'aria-label': 'Time' },
                clock(session, context.mode),
                agreed ? onTopic(session, context.mode) : h('p', { class: 'muted' }, 'Time on the agreed topic counts from the agreement.'),
                agreed ? h('p', { class: 'agreed-topic' }, 'Agreed topic: ', h('strong', { id: 'agreed-topic' }, session.agreedTopic)) : null),
            agreed ? topicShiftForm({ ...context, headingLevel: 'h2' }) : null,
            openShifts.map(shift => reContractForm({ ...context, headingLevel: 'h2' }, shift, session.agreedTopic))),
        h('div', { class: 'steps-panel' },
            session.checkIn ? null : checkInForm(context),
            agreed ? null : agreementForm(context),
            agreed ? pieceForm(context) : null,
            endForm(context),
            recordedSoFar(session),
            before(data, false)));
}

function clock(session, mode) {
    const started = Date.parse(session.startedAt);
    const element = h('p', { class: 'clock', role: 'timer', id: 'clock', 'aria-label': 'Time since the start' });
    const tick = () => {
        if (mode === 'log') {
            element.textContent = `Started ${localTime(started)}`;
            return;
        }
        element.textContent = clockText((Date.now() - started) / 60000);
    };
    tick();
    if (mode === 'live') {
        element.dataset.ticking = 'true';
        element.tick = tick;
    }
    return element;
}

function onTopic(session, mode) {
    const element = h('div', { class: 'on-topic', id: 'on-topic' });
    const update = () => {
        const until = mode === 'live' || session.endedAt ? Date.now() : latestEventTime(session);
        const figures = onTopicSoFar(session, until);
        element.dataset.onTopicMinutes = minutes(figures.onMinutes);
        element.dataset.totalMinutes = minutes(figures.totalMinutes);
        const shown = mode === 'live' ? clockText : value => `${minutes(value)} min`;
        replaceChildren(element,
            h('p', {}, 'On the agreed topic: ', h('strong', {}, `${shown(figures.onMinutes)} of ${shown(figures.totalMinutes)}`),
                figures.totalMinutes > 0 ? ` (${Math.round(100 * figures.onMinutes / figures.totalMinutes)}%)` : null),
            h('meter', { min: 0, max: Math.max(figures.totalMinutes, 0.001), value: figures.onMinutes, 'aria-label': 'Share of the time on the agreed topic' }),
            mode === 'log' && !session.endedAt ? h('p', { class: 'muted' }, `Up to the last step recorded, ${localTime(until)}.`) : null,
            figures.openShifts ? h('p', { class: 'muted' }, 'An open shift counts as off topic until you re-contract.') : null);
    };
    update();
    element.tick = update;
    element.dataset.ticking = mode === 'live' ? 'true' : 'false';
    return element;
}

/** Minutes as a clock shows them: 37:05, or 1:02:05 from an hour on. */
function clockText(minutesValue) {
    const seconds = Math.max(0, Math.floor(minutesValue * 60));
    const hours = Math.floor(seconds / 3600);
    const mins = Math.floor((seconds % 3600) / 60);
    const secs = String(seconds % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(mins).padStart(2, '0')}:${secs}` : `${mins}:${secs}`;
}

function finished(person, data) {
    const { session } = data;
    const figures = session.agreement ? onTopicSoFar(session, Date.parse(session.endedAt ?? session.cancelledAt)) : null;
    const dashboard = `${person.links?.dashboard ?? 'http://localhost:8083'}/#/clients/${encodeURIComponent(session.clientId)}`;
    return [
        h('section', { class: 'card ended', 'aria-labelledby': 'ended-heading', id: 'ended' },
            h('h2', { id: 'ended-heading' }, session.status === 'ENDED' ? 'The session has ended' : 'The session was cancelled'),
            session.status === 'ENDED' ? h('p', {}, 'Progress: ', h('strong', { id: 'progress' }, ({ ACHIEVED: 'achieved', PARTLY: 'partly achieved', NOT_ACHIEVED: 'not achieved' })[session.progress] ?? 'not checked')) : null,
            session.clientFeedback ? h('p', {}, 'Client feedback: ', h('q', {}, session.clientFeedback)) : null,
            figures ? h('p', { id: 'on-topic', 'data-on-topic-minutes': minutes(figures.onMinutes), 'data-total-minutes': minutes(figures.totalMinutes) },
                `On the agreed topic ${minutes(figures.onMinutes)} of ${minutes(figures.totalMinutes)} minutes; ${session.shifts.length} topic shift${session.shifts.length === 1 ? '' : 's'}.`) : null,
            h('p', {}, h('a', { href: dashboard, id: 'dashboard-link' }, `See this session's timeline on the dashboard (client ${session.clientId})`))),
        recordedSoFar(session),
        before(data, false),
    ];
}
