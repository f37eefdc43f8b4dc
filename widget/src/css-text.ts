// A tag for style sheets as plain text: named `css` so the build minifies it as it does Lit's, and a string, so a
// server rendering the card as HTML can put the same styles in a `<style>` element.

/** The template's text as written, values in place. */
export const css: (strings: TemplateStringsArray, ...values: string[]) => string = String.raw;
