// Saving a drawn chart: the SVG element serialised as a standalone file, or
// rasterised to PNG through a canvas (twice the drawn size, for print). The
// backend asks where (save dialog) and writes it.

import type { ChangeBackend } from '../lib/backend';
import type { Chart } from '../lib/bindings';

/** The chart as a standalone SVG document. */
export function svgMarkup(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Interaction hooks mean nothing in a file.
  copy.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  return new XMLSerializer().serializeToString(copy);
}

/** The chart as PNG bytes, `scale` times its drawn size. */
export async function pngBytes(svg: SVGSVGElement, scale = 2): Promise<number[]> {
  const markup = svgMarkup(svg);
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  const image = new Image();
  // A data: URL, not a blob: one: the app's CSP lets images come from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas to draw the chart on');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the chart could not be encoded as PNG');
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}

/** Save dialog, then write; resolves the saved path, or null when cancelled. */
export async function saveChart(
  backend: ChangeBackend,
  svg: SVGSVGElement,
  format: 'svg' | 'png',
  name: string,
): Promise<string | null> {
  const chart = format === 'svg' ? { format, data: svgMarkup(svg) } : { format, data: await pngBytes(svg) };
  return backend.saveChart(chart as Chart, name);
}
