import { describe, expect, it } from 'vitest';
import { scrollWithin } from './scroll';

/** A container whose visible box starts at y = 100 and is 200 px tall, scrolled to `scrollTop`. */
function fake(scrollTop: number, elTop: number, elHeight: number) {
  const container = { scrollTop, clientHeight: 200, getBoundingClientRect: () => ({ top: 100 }) } as unknown as HTMLElement;
  const el = { getBoundingClientRect: () => ({ top: elTop, height: elHeight }) } as unknown as Element;
  return { container, el };
}

describe('scrollWithin', () => {
  it('centres the element', () => {
    const { container, el } = fake(50, 500, 20); // 400 px below the visible top
    scrollWithin(container, el, 'center');
    expect(container.scrollTop).toBe(50 + 400 - 90);
  });

  it('moves only as far as needed for "nearest", and not at all when visible', () => {
    const below = fake(0, 350, 20); // bottom at 270 > 200
    scrollWithin(below.container, below.el, 'nearest');
    expect(below.container.scrollTop).toBe(70);
    const above = fake(300, 60, 20); // 40 px above the top
    scrollWithin(above.container, above.el, 'nearest');
    expect(above.container.scrollTop).toBe(260);
    const inside = fake(10, 150, 20);
    scrollWithin(inside.container, inside.el, 'nearest');
    expect(inside.container.scrollTop).toBe(10);
  });
});
