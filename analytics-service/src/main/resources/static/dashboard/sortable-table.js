// A table whose column headers are buttons: Enter or Space sorts by that column, again reverses it.
// Rows keep their API index, so each figure still names its place in the answer. Empty figures sort
// last either way. The chosen order outlives the re-renders that new figures cause.
import { h, idFor } from './dom.js';

const chosenOrders = new Map();

export function sortableTable({ key, caption, columns, rows }) {
    const order = chosenOrders.get(key) ?? { column: columns[0].id, direction: 'ascending' };
    const captionId = idFor(`${key}-caption`);
    const tbody = h('tbody');
    const headers = columns.map(column => {
        const button = h('button', { type: 'button', id: idFor(`${key}-sort-${column.id}`), class: 'sort-button' },
            column.label, h('span', { class: 'sort-indicator', 'aria-hidden': 'true' }));
        const th = h('th', { scope: 'col', class: column.numeric ? 'numeric' : null, 'data-column': column.id }, button);
        button.addEventListener('click', () => {
            const current = chosenOrders.get(key) ?? order;
            const direction = current.column === column.id && current.direction === 'ascending' ? 'descending' : 'ascending';
            chosenOrders.set(key, { column: column.id, direction });
            fill();
        });
        return th;
    });

    function fill() {
        const { column, direction } = chosenOrders.get(key) ?? order;
        const sortColumn = columns.find(candidate => candidate.id === column) ?? columns[0];
        headers.forEach(th => {
            const sorted = th.dataset.column === sortColumn.id;
            th.setAttribute('aria-sort', sorted ? direction : 'none');
            th.querySelector('.sort-indicator').textContent = sorted ? (direction === 'ascending' ? ' ▲' : ' ▼') : '';
        });
        const sign = direction === 'ascending' ? 1 : -1;
        const sorted = [...rows].sort((a, b) => {
            const x = sortColumn.sortValue(a);
            const y = sortColumn.sortValue(b);
            if (x === null || x === undefined) {
                return y === null || y === undefined ? 0 : 1;
            }
            if (y === null || y === undefined) {
                return -1;
            }
            return sign * (typeof x === 'string' ? x.localeCompare(y) : x - y);
        });
        tbody.replaceChildren(...sorted.map(row => h('tr', {},
            columns.map((column, index) => h(index === 0 ? 'th' : 'td',
                { scope: index === 0 ? 'row' : null, class: column.numeric ? 'numeric' : null }, column.cell(row))))));
    }

    fill();
    const table = h('table', { class: 'data-table' },
        h('caption', { id: captionId }, caption),
        h('thead', {}, h('tr', {}, headers)),
        tbody);
    return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' }, table);
}
