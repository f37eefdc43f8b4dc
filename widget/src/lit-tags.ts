// Lit's `html` and `nothing` for the card's markup. The CDN build swaps this module for its two-line equivalent
// (widget/scripts/bundle-options.ts), so the lazily loaded card chunk does not pull Lit into a chunk the bundle would
// import up front: a template is `{ _$litType$: 1, strings, values }` and `nothing` is `Symbol.for('lit-nothing')`,
// which every copy of Lit 3 renders alike. From lit/html.js, not lit: a server rendering the markup needs no DOM shim.
export { html, nothing } from 'lit/html.js';
