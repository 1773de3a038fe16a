// Playback icons as inline SVG (emoji and symbol fonts are not on every projector laptop).
const NS = 'http://www.w3.org/2000/svg';

const PATHS = {
  restart: 'M4 4h3v16H4zM20 4v16L8 12z',
  back: 'M12 4v16L2 12zM22 4v16L12 12z',
  play: 'M6 4l15 8-15 8z',
  pause: 'M5 4h5v16H5zM14 4h5v16h-5z',
  forward: 'M2 4l10 8-10 8zM12 4l10 8-10 8z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}
