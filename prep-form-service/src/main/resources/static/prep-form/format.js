// Dates as a person reads them, in their own time zone and language.

const dateTime = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
});
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const UNITS = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
];

export function when(iso) {
    return dateTime.format(new Date(iso));
}

export function timeOfDay(date) {
    return clock.format(date);
}

/** "in 6 days", "in 3 hours", "2 days ago". */
export function fromNow(iso, now = Date.now()) {
    const difference = new Date(iso).getTime() - now;
    for (const [unit, millis] of UNITS) {
        if (Math.abs(difference) >= millis || unit === 'minute') {
            return relative.format(Math.round(difference / millis), unit);
        }
    }
    return '';
}

/** A <time> element: machine-readable datetime, readable text. */
export function timeElement(h, iso, text = when(iso)) {
    return h('time', { datetime: iso }, text);
}
