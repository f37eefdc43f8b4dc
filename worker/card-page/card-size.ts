// How much room an embedded card takes: what the oEmbed answer and the iframe it offers say.

/** The compact card's height in CSS pixels (16.5rem at 16 px, as the widget reserves it), plus the page's 1 px pad. */
export const COMPACT_CARD_HEIGHT = 266;
/** The full card's typical height: a frame gives the card this much and scrolls beyond it. */
export const FULL_CARD_HEIGHT = 560;
/** The card's widest (36rem), plus the page's 1 px pad on each side. */
export const CARD_WIDTH = 578;
