// Lets a view ask the shell to load it again now (after a filter changed or a flag was acknowledged) instead of
// waiting for the next periodic check. The shell registers how; a view only asks.
let handler = null;

export function onRefreshRequest(fn) {
    handler = fn;
}

/** Loads the shown view again; resolves once it is drawn with the new answers. */
export function refreshNow() {
    return handler ? handler() : Promise.resolve();
}
