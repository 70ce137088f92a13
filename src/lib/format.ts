// Runtime: both (Node at build time, browser).
/**
 * Locale number formats for figures: `15,4 Mt` (fr) / `15.4 Mt` (en), three significant figures by default.
 * French uses U+202F (narrow no-break space) between digit groups, before `%` and between a value and its unit, so
 * that a value and its unit never break across lines; English uses U+00A0 between value and unit.
 */
import type { Figure, Unit } from '../data/schemas';

import { LANGUAGE_TAG as TAG, LOCALES, type Locale } from '../i18n/locales';
import { UNIT_WORDS as W } from '../i18n/units';

export { LOCALES, type Locale };
/** The space between a value and its unit. */
export const UNIT_SPACE: Record<Locale, string> = { fr: '\u202f', en: '\u00a0' };

/**
 * Display units: how a stored value is scaled and labelled.
 * `factor` divides the stored value; `from` lists the stored units it accepts.
 */
const DISPLAY = {
  Mt: { from: ['tCO2e', 'tCO2'], factor: 1e6, label: { fr: 'Mt', en: 'Mt' } },
  MtCO2e: { from: ['tCO2e'], factor: 1e6, label: { fr: 'Mt CO2e', en: 'Mt CO2e' } },
  MtCO2: { from: ['tCO2', 'tCO2e'], factor: 1e6, label: { fr: 'Mt CO2', en: 'Mt CO2' } },
  kt: { from: ['tCO2e', 'tCO2'], factor: 1e3, label: { fr: 'kt', en: 'kt' } },
  t: { from: ['tCO2e', 'tCO2'], factor: 1, label: { fr: 't', en: 't' } },
  Wh: { from: ['Wh'], factor: 1, label: { fr: 'Wh', en: 'Wh' } },
  WhFromKWh: { from: ['kWh'], factor: 1e-3, label: { fr: 'Wh', en: 'Wh' } },
  kWh: { from: ['kWh'], factor: 1, label: { fr: 'kWh', en: 'kWh' } },
  kWhFromWh: { from: ['Wh'], factor: 1e3, label: { fr: 'kWh', en: 'kWh' } },
  MWh: { from: ['MWh'], factor: 1, label: { fr: 'MWh', en: 'MWh' } },
  MWhFromKWh: { from: ['kWh'], factor: 1e3, label: { fr: 'MWh', en: 'MWh' } },
  TWh: { from: ['TWh'], factor: 1, label: { fr: 'TWh', en: 'TWh' } },
  TWhFromMWh: { from: ['MWh'], factor: 1e6, label: { fr: 'TWh', en: 'TWh' } },
  'M$': { from: ['USD'], factor: 1e6, label: { fr: 'M$', en: 'M' } },
  'Md$': { from: ['USD'], factor: 1e9, label: { fr: 'Md$', en: 'bn' } },
  $: { from: ['USD'], factor: 1, label: { fr: '$', en: '' } },
  '%': { from: ['%'], factor: 1, label: { fr: '%', en: '%' } },
  x: { from: ['x'], factor: 1, label: { fr: W.fr.times, en: W.en.times } },
  credits: { from: ['credits'], factor: 1, label: { fr: W.fr.credits, en: W.en.credits } },
  Mcredits: { from: ['credits'], factor: 1e6, label: { fr: W.fr.millionCredits, en: W.en.millionCredits } },
  count: { from: ['count', 'credits', 'tCO2e', 'tCO2'], factor: 1, label: { fr: '', en: '' } },
  none: { from: ['count', 'x', 'rating', 'credits', '%'], factor: 1, label: { fr: '', en: '' } },
  /** A calendar year as a value (`2023`): written without digit grouping. */
  year: { from: ['year'], factor: 1, label: { fr: '', en: '' } },
} as const satisfies Record<string, { from: readonly Unit[]; factor: number; label: Record<Locale, string> }>;
export type DisplayUnit = keyof typeof DISPLAY;
export const DISPLAY_UNITS = Object.keys(DISPLAY) as DisplayUnit[];

/** The default display unit for a stored unit. */
const DEFAULT_DISPLAY: Record<Unit, DisplayUnit> = {
  tCO2e: 'Mt', tCO2: 'Mt', Wh: 'Wh', kWh: 'kWh', MWh: 'MWh', TWh: 'TWh', USD: 'M$', '%': '%', credits: 'credits',
  x: 'x', rating: 'none', count: 'count', year: 'year',
};

/**
 * The display unit that reads best for a value: tonnes as Mt from 0.1 Mt (kt, then t, below), dollars as Md$ from
 * 1 bn, M$ from 1 M, else $; other units as stored.
 */
export function displayUnitFor(value: number, stored: Unit): DisplayUnit {
  const a = Math.abs(value);
  if (stored === 'tCO2e' || stored === 'tCO2') return a >= 1e5 ? 'Mt' : a >= 1e3 ? 'kt' : 't';
  if (stored === 'USD') return a >= 1e9 ? 'Md$' : a >= 1e6 ? 'M$' : '$';
  return DEFAULT_DISPLAY[stored];
}

export interface FormatOptions {
  /** Display unit; default from {@link displayUnitFor} (15 357 000 tCO2e → Mt, 35 000 000 USD → M$, 15 USD → $). */
  unit?: DisplayUnit;
  /** Significant digits, default 3 (fewer when the source is less precise). */
  digits?: number;
  /** Show `+` on positive values (changes). Default false. */
  signed?: boolean;
  /** Leave the unit out (for axis ticks). Default false. */
  bare?: boolean;
}

/**
 * Formats a bare number for the locale with `digits` significant figures.
 * @example formatNumber(1287, 'fr') === '1\u202f287'
 */
export function formatNumber(n: number, locale: Locale, digits = 3, signed = false): string {
  const abs = Math.abs(n);
  // Keep integer digits of large numbers (1 287, not 1 290) while rounding small ones to `digits` significant figures.
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 0;
  const opts: Intl.NumberFormatOptions =
    intDigits >= digits
      ? { maximumFractionDigits: 0 }
      : { maximumSignificantDigits: digits };
  if (signed) opts.signDisplay = 'exceptZero';
  return new Intl.NumberFormat(TAG[locale], opts)
    .format(n)
    .replace(/\u00a0/g, locale === 'fr' ? '\u202f' : '\u00a0')
    .replace(/^-/, '\u2212'); // a true minus sign
}

/**
 * Formats a value with a display unit: `formatValue(15357000, 'tCO2e', 'fr', { unit: 'Mt' })` → `15,4 Mt`.
 * Money: `35 M$` (fr), `$35M` (en). Percent: `+29 %` (fr), `+29%` (en).
 * @throws Error when the display unit does not apply to the stored unit
 */
export function formatValue(value: number, stored: Unit, locale: Locale, options: FormatOptions = {}): string {
  const unit = options.unit ?? displayUnitFor(value, stored);
  const d = DISPLAY[unit];
  if (!(d.from as readonly Unit[]).includes(stored)) {
    throw new Error(`Display unit "${unit}" does not apply to a value stored in "${stored}"`);
  }
  if (stored === 'year') return String(Math.round(value));
  const num = formatNumber(value / d.factor, locale, options.digits ?? 3, options.signed ?? false);
  if (options.bare) return num;
  const label = d.label[locale];
  if (stored === 'USD' && locale === 'en') return `${/^[+\u2212]/.test(num) ? num[0] : ''}$${num.replace(/^[+\u2212]/, '')}${label}`;
  if (stored === '%' && locale === 'en') return `${num}%`;
  return label ? `${num}${UNIT_SPACE[locale]}${label}` : num;
}

/**
 * Formats a figure: its value, or its range `200–250 TWh` when it has only `low`/`high`.
 * @throws Error when the display unit does not apply
 */
export function formatFigure(fig: Pick<Figure, 'value' | 'low' | 'high' | 'unit'>, locale: Locale, options: FormatOptions = {}): string {
  if (fig.value !== undefined) return formatValue(fig.value, fig.unit, locale, options);
  const low = formatValue(fig.low!, fig.unit, locale, { ...options, bare: true });
  const high = formatValue(fig.high!, fig.unit, locale, options);
  return `${low}\u2013${high}`;
}

/** Scales a stored value to a display unit (for axes): `scaleTo(15357000, 'tCO2e', 'Mt') === 15.357`. */
export function scaleTo(value: number, stored: Unit, unit: DisplayUnit): number {
  const d = DISPLAY[unit];
  if (!(d.from as readonly Unit[]).includes(stored)) {
    throw new Error(`Display unit "${unit}" does not apply to a value stored in "${stored}"`);
  }
  return value / d.factor;
}

/** The label of a display unit in a locale (`Mt CO2e`). */
export function unitLabel(unit: DisplayUnit, locale: Locale): string {
  return DISPLAY[unit].label[locale];
}

/** True when `s` is a known display unit. */
export function isDisplayUnit(s: string): s is DisplayUnit {
  return Object.hasOwn(DISPLAY, s);
}
