// Formats countries, dates, numbers and plural messages in the card's language, with bundled data where Intl lacks it.

import type { LocaleData } from './i18n/locale-data.ts';
import type { Messages, Plural } from './i18n/messages.ts';
import type { Money } from './record.ts';

/** Fills `{name}` placeholders with values; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

/** Like `fill`, but a value may be markup (a list of links): the parts, for a template to render in order. */
function fillParts(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return key !== undefined && key in values ? values[key] : part;
  });
}

/** Everything the card needs to speak one language. */
export interface Localizer {
  /** The UI language: `en`, `da` or `sq`. */
  lang: string;
  /** The BCP 47 tag used for Intl, e.g. `en-GB`. */
  locale: string;
  messages: Messages;
  country(code: string): string;
  /** A date in the precision the data has: "1970", "May 2012", "29 May 1970". */
  date(edtf: string): string;
  number(n: number): string;
  money(money: Money): string;
  plural(forms: Plural, n: number, values?: Record<string, string | number>): string;
  /** A message with values that may be markup, as parts for a template. */
  parts(template: string, values: Record<string, unknown>): unknown[];
  /** A plural message with values that may be markup, as parts. */
  pluralParts(forms: Plural, n: number, values: Record<string, unknown>): unknown[];
  /** Items separated as the language separates a list, or by `separator` ("; " between items with commas). */
  list(items: readonly unknown[], separator?: string): unknown[];
  fill: typeof fill;
}

function parseDate(edtf: string): { year: number; month?: number; day?: number } {
  const [start = ''] = edtf.split('/');
  const [year, month, day] = start.split('-').map(Number);
  return { year: year ?? 0, month, day };
}

/** Builds a localizer from messages and, where the browser lacks the locale, bundled data. */
export function createLocalizer(lang: string, locale: string, messages: Messages, data?: LocaleData): Localizer {
  const plurals = new Intl.PluralRules(locale);
  const names = data ? undefined : new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
  const numbers = new Intl.NumberFormat(data ? 'en' : locale);
  // With bundled data, format in English and swap the separators: the digits and grouping rule are the same.
  const localizeDigits = (parts: Intl.NumberFormatPart[]) =>
    parts
      .map((p) => (!data ? p.value : p.type === 'group' ? data.group : p.type === 'decimal' ? data.decimal : p.value))
      .join('');
  const number = (n: number) => localizeDigits(numbers.formatToParts(n));

  // Formatters are costly to build and a card formats dozens of dates per render: build each once, when first used.
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const dayFormat = once(
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  );
  const monthFormat = once(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string, fractionDigits: number) => {
    const key = `${currency}/${fractionDigits}`;
    let format = moneyFormats.get(key);
    if (!format) {
      const options = { style: 'currency', currency, maximumFractionDigits: fractionDigits } as const;
      format = new Intl.NumberFormat(data ? 'en' : locale, options);
      moneyFormats.set(key, format);
    }
    return format;
  };

  const formatDate = (edtf: string): string => {
    const { year, month, day } = parseDate(edtf);
    if (!month) return String(year);
    if (data) {
      const pattern = day ? data.dayPattern : data.monthPattern;
      return fill(pattern, { day: day ?? '', month: data.months[month - 1] ?? '', year });
    }
    return (day ? dayFormat : monthFormat)().format(Date.UTC(year, month - 1, day ?? 1));
  };

  return {
    lang,
    locale,
    messages,
    country: (code) => {
      const upper = code.toUpperCase();
      // DisplayNames throws on anything but a region code; user-typed codes must never reach the page as errors.
      if (!/^[A-Z]{2}$/.test(upper)) return code;
      try {
        return data?.countries[upper] ?? names?.of(upper) ?? code;
      } catch {
        return code;
      }
    },
    date: (edtf) => {
      const [start, end] = edtf.split('/');
      return end ? `${formatDate(start ?? '')}–${formatDate(end)}` : formatDate(edtf);
    },
    number,
    money: ({ amount, currency }) => {
      const format = moneyFormat(currency, amount % 1 ? 2 : 0);
      if (!data) return format.format(amount);
      // English data has the same currency symbols (€, DKK); the bundled pattern places them.
      const parts = format.formatToParts(amount);
      const symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
      const digits = parts.filter((p) => ['integer', 'group', 'decimal', 'fraction'].includes(p.type));
      return fill(data.currencyPattern, { n: localizeDigits(digits), currency: symbol });
    },
    plural: (forms, n, values = {}) => fill(forms[plurals.select(n)] ?? forms.other, { ...values, n: number(n) }),
    parts: fillParts,
    pluralParts: (forms, n, values) => fillParts(forms[plurals.select(n)] ?? forms.other, { ...values, n: number(n) }),
    list: (items, separator = messages.comma) => items.flatMap((item, i) => (i ? [separator, item] : [item])),
    fill,
  };
}
