// Builds DOM nodes from text, so nothing a person typed or an API answered is ever parsed as markup
// and no inline style is needed (the page's Content-Security-Policy forbids both).
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'class') {
            element.className = value;
        } else if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'value') {
            element.value = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat(Infinity)) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return element;
}

/** Says something to screen readers through the page's one polite live region. */
export function announce(text) {
    const region = document.getElementById('live-status');
    region.textContent = '';
    // A new text node in a later task, so the same sentence twice is announced twice.
    setTimeout(() => {
        region.textContent = text;
    }, 50);
}
