// Artefact counts per time bucket as plain SVG bars. Dragging across bars (or clicking one) picks that range;
// the from/to fields of the timeline are the keyboard's way to do the same.
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { utcText } from '../artifacts/artifact-time';

export type HistogramData = RouteOutput<Routes['histogram']>;

const BAR = 10;
const HEIGHT = 100;

/** A bucket width in words: `1 day`, `15 minutes`, `3 hours`. */
export function useBucketWidth(): (seconds: number) => string {
  const { t } = useTranslation('timeline');
  return (seconds) => {
    if (seconds % 86_400 === 0) return t('width.days', { count: seconds / 86_400 });
    if (seconds % 3600 === 0) return t('width.hours', { count: seconds / 3600 });
    if (seconds % 60 === 0) return t('width.minutes', { count: seconds / 60 });
    return t('width.seconds', { count: seconds });
  };
}

export function Histogram({ data, onRange }: { data: HistogramData; onRange: (from: string, to: string) => void }) {
  const { t, i18n } = useTranslation('timeline');
  const width = useBucketWidth();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const buckets = data.buckets;
  const n = buckets.length;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const number = new Intl.NumberFormat(i18n.language);

  const indexAt = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svgRef.current!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor(((event.clientX - rect.left) / rect.width) * n)));
  };
  const endOf = (index: number) => (index + 1 < n ? buckets[index + 1]!.start : data.to);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || n === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = indexAt(event);
    setDrag({ start: index, end: index });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, end: indexAt(event) });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const end = indexAt(event);
    const low = Math.min(drag.start, end);
    const high = Math.max(drag.start, end);
    setDrag(null);
    onRange(buckets[low]!.start, endOf(high));
  };

  const low = drag ? Math.min(drag.start, drag.end) : -1;
  const high = drag ? Math.max(drag.start, drag.end) : -1;
  const first = buckets[0]?.start ?? data.from;
  const middle = buckets[Math.floor(n / 2)]?.start ?? data.from;
  return (
    <figure className="histogram">
      <div className="histogram-scale muted fine-print" aria-hidden="true">
        <span>{number.format(max)}</span>
        <span>0</span>
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${Math.max(1, n) * BAR} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('histogram.label', {
          count: total,
          total: number.format(total),
          from: utcText(data.from),
          to: utcText(data.to),
          width: width(data.bucketSeconds),
        })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <line x1={0} x2={n * BAR} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="histogram-axis" vectorEffect="non-scaling-stroke" />
        {buckets.map((bucket, i) => {
          const h = bucket.count === 0 ? 0 : Math.max(1.5, (bucket.count / max) * (HEIGHT - 4));
          return (
            <g key={bucket.start}>
              <rect x={i * BAR} y={0} width={BAR} height={HEIGHT} className="histogram-hit">
                <title>
                  {t('histogram.bar', {
                    count: bucket.count,
                    n: number.format(bucket.count),
                    from: utcText(bucket.start),
                    to: utcText(endOf(i)),
                  })}
                </title>
              </rect>
              <rect
                x={i * BAR + BAR * 0.1}
                y={HEIGHT - h}
                width={BAR * 0.8}
                height={h}
                className={i >= low && i <= high ? 'histogram-bar brushed' : 'histogram-bar'}
                pointerEvents="none"
              />
            </g>
          );
        })}
        {drag && (
          <rect x={low * BAR} y={0} width={(high - low + 1) * BAR} height={HEIGHT} className="histogram-brush" pointerEvents="none" />
        )}
      </svg>
      <figcaption className="histogram-axis-labels muted fine-print">
        <span>{utcText(first)}</span>
        <span>{utcText(middle)}</span>
        <span>{utcText(data.to)}</span>
      </figcaption>
    </figure>
  );
}
