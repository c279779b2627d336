// A span of time as a reader takes it in: `2 h 0 min 1 s`, not `7200.956 seconds`, for a call's length as for a
// clock difference, where the sign says which clock is ahead and so the magnitude alone is written.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export type DurationUnit = 'd' | 'h' | 'min' | 's';

/** Whole days, hours, minutes and seconds of |seconds|, rounded to the second, without the leading zero units. */
export function durationParts(seconds: number): Array<[DurationUnit, number]> {
  let rest = Math.round(Math.abs(seconds));
  const parts: Array<[DurationUnit, number]> = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
  ] as const) {
    const whole = Math.floor(rest / size);
    rest -= whole * size;
    if (whole > 0 || parts.length > 0) parts.push([unit, whole]);
  }
  parts.push(['s', rest]);
  return parts;
}

/** Which clock is ahead, when the difference is at least half a second. */
export function clockDirection(seconds: number): 'ahead' | 'behind' | 'same' {
  return Math.round(Math.abs(seconds)) === 0 ? 'same' : seconds > 0 ? 'ahead' : 'behind';
}

/** `2 h 0 min 1 s` in the language of `t`, for code outside a component (a list's one-line summary). */
export function formatDuration(seconds: number, t: TFunction): string {
  return durationParts(seconds)
    .map(([unit, n]) => t(`artifacts:duration.${unit}`, { n }))
    .join(' ');
}

/** `2 h 0 min 1 s` in the reader's language. */
export function useDuration(): (seconds: number) => string {
  const { t } = useTranslation('artifacts');
  return (seconds) => formatDuration(seconds, t);
}

/** "camera clock 2 h 0 min 1 s ahead of GPS time", or behind, or in agreement. */
export function useClockDifference(): (cameraMinusGpsSeconds: number) => string {
  const { t } = useTranslation('artifacts');
  const duration = useDuration();
  return (seconds) => t(`geo.clock.${clockDirection(seconds)}`, { duration: duration(seconds) });
}
