// libphonenumber's parse-and-classify for the numbering plans of the region (KZ, RU, KG, TJ, TM, UZ), from its own
// "max" metadata with every pattern compiled once (§9.5). libphonenumber-js builds each pattern into a new RegExp on
// every call; on a text scan that is most of the time spent on phone numbers. The steps below are the library's
// (parse → extractCountryCallingCode → extractNationalNumber → getCountryByCallingCode → getNumberType), for plain
// digit strings only; anything they do not cover (an IDD prefix, a country code written without '+', a transform
// rule, another calling code) is left to libphonenumber itself. phone-plans.test.ts compares the two on random
// numbers, so a library update that changes the rules shows up there.
import { getCountryCallingCode, Metadata, type CountryCode } from 'libphonenumber-js/max';

/** libphonenumber's answer: E.164, the country (when it determines one) and the number type. */
export interface PlanParse {
  e164: string;
  country?: CountryCode;
  /** libphonenumber's type name, e.g. 'MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE'. */
  type: string;
  nationalNumber: string;
}

const PLAN_REGIONS: readonly CountryCode[] = ['KZ', 'RU', 'KG', 'TJ', 'TM', 'UZ'];
// getNumberType's order after FIXED_LINE.
const NON_FIXED_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const MIN_NSN = 2;
const MAX_NSN = 17;

interface TypeRule {
  /** `^(?:pattern)$`, or null when the metadata gives an empty pattern. */
  pattern: RegExp | null;
  lengths: readonly number[] | undefined;
}

interface Plan {
  region: CountryCode;
  callingCode: string;
  general: RegExp;
  lengths: readonly number[] | undefined;
  nationalPrefix: RegExp | null;
  transformRule: boolean;
  idd: RegExp;
  leadingDigits: RegExp | null;
  types: ReadonlyMap<string, TypeRule>;
}

/** The methods of libphonenumber-js's Metadata this relies on (all present in 1.x; most are not in its typings). */
interface MetadataInternals {
  selectNumberingPlan(countryOrCallingCode: string): void;
  nationalNumberPattern(): string;
  nationalPrefixTransformRule(): string | undefined;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  numberingPlan: {
    possibleLengths(): number[] | undefined;
    IDDPrefix(): string;
    leadingDigits(): string | undefined;
    nationalPrefixForParsing(): string | undefined;
  };
}

const entire = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function buildPlan(metadata: MetadataInternals, region: CountryCode): Plan {
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan;
  const types = new Map<string, TypeRule>();
  for (const name of ['FIXED_LINE', ...NON_FIXED_TYPES]) {
    const type = metadata.type(name);
    if (type) types.set(name, { pattern: type.pattern() ? entire(type.pattern()) : null, lengths: type.possibleLengths() });
  }
  const prefix = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  return {
    region,
    callingCode: getCountryCallingCode(region),
    general: entire(metadata.nationalNumberPattern()),
    lengths: plan.possibleLengths(),
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : null,
    transformRule: Boolean(metadata.nationalPrefixTransformRule()),
    idd: new RegExp(`^(?:${plan.IDDPrefix()})`),
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : null,
    types,
  };
}

interface Plans {
  byRegion: ReadonlyMap<string, Plan>;
  /** Calling code → its plans in libphonenumber's order (the first is the one a calling code selects). */
  byCallingCode: ReadonlyMap<string, readonly Plan[]>;
  isCallingCode(digits: string): boolean;
}

let plans: Plans | null | undefined;

function getPlans(): Plans | null {
  if (plans !== undefined) return plans;
  try {
    const metadata = new Metadata() as unknown as MetadataInternals;
    const byRegion = new Map<string, Plan>();
    for (const region of PLAN_REGIONS) byRegion.set(region, buildPlan(metadata, region));
    const byCallingCode = new Map<string, Plan[]>();
    for (const plan of byRegion.values()) {
      if (byCallingCode.has(plan.callingCode)) continue;
      const countries = metadata.getCountryCodesForCallingCode(plan.callingCode) ?? [];
      // Only calling codes all of whose countries are here (+7 is Russia and Kazakhstan).
      if (countries.length && countries.every((c) => byRegion.has(c)))
        byCallingCode.set(
          plan.callingCode,
          countries.map((c) => byRegion.get(c)!),
        );
    }
    plans = { byRegion, byCallingCode, isCallingCode: (digits) => metadata.hasCallingCode(digits) };
  } catch {
    plans = null;
  }
  return plans;
}

function isType(rule: TypeRule | undefined, nationalNumber: string): boolean {
  if (!rule || !rule.pattern) return false;
  if (rule.lengths && !rule.lengths.includes(nationalNumber.length)) return false;
  return rule.pattern.test(nationalNumber);
}

/** libphonenumber's getNumberType. */
function numberType(plan: Plan, nationalNumber: string): string | undefined {
  if (!plan.general.test(nationalNumber)) return undefined;
  if (isType(plan.types.get('FIXED_LINE'), nationalNumber)) {
    const mobile = plan.types.get('MOBILE');
    if (!mobile || !mobile.pattern || isType(mobile, nationalNumber)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  for (const name of NON_FIXED_TYPES) if (isType(plan.types.get(name), nationalNumber)) return name;
  return undefined;
}

/** libphonenumber's getCountryByCallingCode (leading digits first, then a valid type). */
function countryFor(all: Plans, callingCode: string, nationalNumber: string): Plan | undefined {
  const candidates = all.byCallingCode.get(callingCode)!;
  if (candidates.length === 1) return candidates[0];
  for (const plan of candidates) {
    if (plan.leadingDigits) {
      if (plan.leadingDigits.test(nationalNumber)) return plan;
    } else if (numberType(plan, nationalNumber)) {
      return plan;
    }
  }
  return undefined;
}

/** libphonenumber's checkNumberLength without a type: is the length possible, too short, too long or impossible? */
function lengthFits(plan: Plan, nationalNumber: string): boolean {
  const lengths = plan.lengths;
  if (!lengths) return true;
  const length = nationalNumber.length;
  if (lengths[0] === length) return true;
  if (lengths[0]! > length) return false;
  if (lengths[lengths.length - 1]! < length) return true;
  return lengths.indexOf(length, 1) >= 0;
}

/** libphonenumber's extractNationalNumber with `plan` selected; `undefined` where it would apply a transform rule. */
function nationalNumberOf(all: Plans, plan: Plan, digits: string): string | undefined {
  const prefix = plan.nationalPrefix?.exec(digits);
  if (!prefix) return digits;
  const captured = prefix.length - 1;
  if (plan.transformRule && captured > 0 && prefix[captured]) return undefined;
  const stripped = digits.slice(prefix[0].length);
  if (stripped === digits) return digits;
  if (plan.general.test(digits) && !plan.general.test(stripped)) return digits;
  if (plan.lengths && !lengthFits(countryFor(all, plan.callingCode, stripped) ?? plan, stripped)) return digits;
  return stripped;
}

function result(all: Plans, callingCode: string, nationalNumber: string, fallbackCountry: Plan | undefined, main: Plan): PlanParse | null {
  if (nationalNumber.length < MIN_NSN || nationalNumber.length > MAX_NSN) return null;
  const country = countryFor(all, callingCode, nationalNumber) ?? fallbackCountry;
  const type = numberType(country ?? main, nationalNumber);
  if (!type) return null;
  const out: PlanParse = { e164: `+${callingCode}${nationalNumber}`, type, nationalNumber };
  if (country) out.country = country.region;
  return out;
}

/**
 * What `parsePhoneNumberFromString(text, region)` followed by `getType()` would say, for `text` made of digits (a
 * national number, with `region`) or '+' and digits (without `region`): `null` for no valid number, `undefined`
 * when only libphonenumber can tell.
 */
export function parseWithPlans(text: string, region?: CountryCode): PlanParse | null | undefined {
  const all = getPlans();
  if (!all) return undefined;
  if (text.startsWith('+')) {
    if (region !== undefined) return undefined;
    const digits = text.slice(1);
    if (!digits || digits[0] === '0') return undefined;
    let callingCode: string | undefined;
    for (let i = 1; i <= 3 && i <= digits.length; i++) {
      if (all.isCallingCode(digits.slice(0, i))) {
        callingCode = digits.slice(0, i);
        break;
      }
    }
    const candidates = callingCode === undefined ? undefined : all.byCallingCode.get(callingCode);
    if (!candidates) return undefined;
    const main = candidates[0]!;
    const nationalNumber = nationalNumberOf(all, main, digits.slice(callingCode!.length));
    if (nationalNumber === undefined) return undefined;
    return result(all, callingCode!, nationalNumber, undefined, main);
  }
  const plan = region === undefined ? undefined : all.byRegion.get(region);
  if (!plan || !all.byCallingCode.has(plan.callingCode)) return undefined;
  // An IDD prefix makes it international, and a leading country code may be one written without '+'.
  if (plan.idd.test(text) || text.startsWith(plan.callingCode)) return undefined;
  const nationalNumber = nationalNumberOf(all, plan, text);
  if (nationalNumber === undefined) return undefined;
  return result(all, plan.callingCode, nationalNumber, plan, plan);
}
