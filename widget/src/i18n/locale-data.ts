// The shape of bundled locale data used when a browser's Intl lacks a UI language.

/** Names, months, separators and patterns for one language, taken from CLDR at build time. */
export interface LocaleData {
  lang: string;
  /** Digit group separator, e.g. a narrow no-break space in Albanian. */
  group: string;
  decimal: string;
  /** Where the number `{n}` and the `{currency}` code or symbol go. */
  currencyPattern: string;
  /** A full date: `{day}`, `{month}`, `{year}` and literals. */
  dayPattern: string;
  monthPattern: string;
  /** Month names, January first. */
  months: string[];
  /** Country names by alpha-2 code. */
  countries: Record<string, string>;
}
