/**
 * The QR code for a link, drawn on the device as SVG (lean-qr; this module is its own chunk, loaded when the
 * person asks for a code). Black on white with a 4-module quiet zone, as scanners expect.
 */
import { correction, generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';

const QUIET = 4;

/** The SVG; `tooLong` is shown instead when the text does not fit in any QR code. */
export function QrCode({ text, label, tooLong }: { text: string; label: string; tooLong: string }) {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M });
  } catch {
    return <p class="qr-too-long">{tooLong}</p>;
  }
  const side = code.size + 2 * QUIET;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
