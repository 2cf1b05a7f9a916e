// The organisation at a glance: first who needs attention, then its clients and coaches with their headline
// figures, and how often sessions sidetrack with and without a prep form.
import { get, orgPath } from '../api.js';
import { comparisonBars } from '../bars.js';
import { h } from '../dom.js';
import { count, decimal, percent, perSession } from '../format.js';
import { seesOrganisation } from '../person.js';
import * as attention from './attention.js';
import { clientLink, coachLink, pageHeading, section } from './parts.js';
import { sortableTable } from '../sortable-table.js';

export function title(route) {
    return `Overview of ${route.org}`;
}

export async function load(route, signal) {
    const [overview, needsAttention] = await Promise.all([
        get(orgPath(route.org, '/overview'), signal),
        attention.load(route, signal),
    ]);
    return { overview, attention: needsAttention };
}

export function render({ overview, attention: needsAttention }, route) {
    const { clients, coaches } = overview.json;
    if (clients.length === 0 && coaches.length === 0 && !needsAttention?.json.length) {
        return h('div', {}, pageHeading(`Organisation ${route.org}`),
            h('p', { class: 'empty' }, `No events for organisation “${route.org}” yet. This page shows them as soon as they arrive.`));
    }
    return h('div', {},
        pageHeading(`Organisation ${route.org}`),
        attention.render(needsAttention, {
            org: route.org,
            coachIds: coaches.map(coach => coach.coachId),
            canMark: seesOrganisation(route.person),
        }),
        section('org-prep', 'Sidetracks with and without a prep form',
            h('p', { class: 'lead' }, 'Topic shifts per ended session, across the organisation.'),
            comparisonBars(overview, [
                { label: 'All ended sessions', pointer: '/sidetrackFrequency', format: perSession, kind: 'all' },
                { label: 'With an on-time prep form', pointer: '/sidetrackFrequencyWithPrep', format: perSession, kind: 'with-prep' },
                { label: 'Without one', pointer: '/sidetrackFrequencyWithoutPrep', format: perSession, kind: 'without-prep' },
            ])),
        section('org-clients', 'Clients',
            sortableTable({
                key: 'clients',
                caption: 'Clients and their headline figures over ended sessions; choose a column to sort',
                rows: clients.map((client, index) => ({ client, index })),
                columns: [
                    { id: 'clientId', label: 'Client', sortValue: row => row.client.clientId, cell: row => clientLink(row.client.clientId) },
                    { id: 'sessionsEnded', label: 'Sessions ended', numeric: true, sortValue: row => row.client.sessionsEnded,
                        cell: row => overview.figure(`/clients/${row.index}/sessionsEnded`, count) },
                    { id: 'sidetrackFrequency', label: 'Sidetracks per session', numeric: true, sortValue: row => row.client.sidetrackFrequency,
                        cell: row => overview.figure(`/clients/${row.index}/sidetrackFrequency`, decimal) },
                    { id: 'onAgreedTopicShare', label: 'On-topic share', numeric: true, sortValue: row => row.client.onAgreedTopicShare,
                        cell: row => overview.figure(`/clients/${row.index}/onAgreedTopicShare`, percent) },
                ],
            })),
        section('org-coaches', 'Coaches',
            sortableTable({
                key: 'coaches',
                caption: 'Coaches and their headline figures over ended sessions; choose a column to sort',
                rows: coaches.map((coach, index) => ({ coach, index })),
                columns: [
                    { id: 'coachId', label: 'Coach', sortValue: row => row.coach.coachId, cell: row => coachLink(row.coach.coachId) },
                    { id: 'sessionsEnded', label: 'Sessions ended', numeric: true, sortValue: row => row.coach.sessionsEnded,
                        cell: row => overview.figure(`/coaches/${row.index}/sessionsEnded`, count) },
                    { id: 'reContractRate', label: 'Re-contract rate', numeric: true, sortValue: row => row.coach.reContractRate,
                        cell: row => overview.figure(`/coaches/${row.index}/reContractRate`, percent) },
                    { id: 'silentDriftRate', label: 'Silent drift', numeric: true, sortValue: row => row.coach.silentDriftRate,
                        cell: row => overview.figure(`/coaches/${row.index}/silentDriftRate`, percent) },
                ],
            })));
}
