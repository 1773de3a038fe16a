// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawTokens } from '../../web/panels/token-layer.js';
import type { Frame, Token } from '../../web/panels/tokens.js';

const SVG = 'http://www.w3.org/2000/svg';
const tok = (key: string, x: number, extra: Partial<Token> = {}): Token => ({
  key,
  concern: key.split('|')[0],
  type: 0,
  x,
  y: 10,
  error: false,
  returning: false,
  state: 'queue',
  ...extra,
});
const frame = (tokens: Token[]): Frame => ({ tokens, overflow: [], queued: new Map(), busy: new Map() });

function layers() {
  const svg = document.createElementNS(SVG, 'svg');
  const layer = document.createElementNS(SVG, 'g');
  const overlay = document.createElementNS(SVG, 'g');
  svg.append(layer, overlay);
  document.body.append(svg);
  return { layer, overlay };
}

describe('drawTokens', () => {
  it('keeps exactly the tokens in the system, one element per key, moved in place', () => {
    const { layer, overlay } = layers();
    const s = { selected: null, onSelect: () => {} };
    drawTokens(layer, overlay, frame([tok('1|a', 10), tok('2|a', 20)]), s);
    const first = layer.querySelector('[data-key="1|a"]');
    drawTokens(layer, overlay, frame([tok('1|a', 15), tok('3|a', 30)]), s);
    expect([...layer.querySelectorAll('g.token')].map((g) => g.getAttribute('data-key'))).toEqual(['1|a', '3|a']);
    expect(layer.querySelector('[data-key="1|a"]')).toBe(first);
    expect(first!.getAttribute('transform')).toBe('translate(15.0,10.0)');
  });

  it('rings a token with an error, draws failure demand as a diamond, and follows the selected customer', () => {
    const { layer, overlay } = layers();
    let picked = '';
    const s = {
      selected: '2',
      onSelect: (c: string) => {
        picked = c;
      },
    };
    drawTokens(layer, overlay, frame([tok('1|a', 10, { error: true }), tok('2|a', 20, { returning: true })]), s);
    expect(layer.querySelector('[data-key="1|a"] .error-ring')!.getAttribute('visibility')).toBe('visible');
    expect(layer.querySelector('[data-key="2|a"] .error-ring')!.getAttribute('visibility')).toBe('hidden');
    expect(layer.querySelector('[data-key="2|a"] path.body')!.getAttribute('d')).toMatch(/^M0,/);
    expect(layer.querySelector('[data-key="1|a"] path.body')!.getAttribute('d')).toMatch(/A/);
    expect(overlay.querySelectorAll('g.follow').length).toBe(1);
    expect(overlay.querySelector('g.follow text')!.textContent).toBe('2');
    layer.querySelector<SVGGElement>('[data-key="1|a"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toBe('1');
  });

  it('summarises an overlong queue as +N', () => {
    const { layer, overlay } = layers();
    drawTokens(layer, overlay, { ...frame([]), overflow: [{ key: 'q:x', x: 5, y: 6, count: 17 }] }, { selected: null, onSelect: () => {} });
    expect(overlay.querySelector('text.overflow')!.textContent).toBe('+17');
  });
});
