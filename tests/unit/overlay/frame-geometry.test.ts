import { describe, expect, test } from 'vitest';
import { clampPoint, cornerPoint, frameRect, movedPoint } from '../../../lib/overlay/frame-geometry';

const laptop = { width: 1366, height: 768 };
const badge = { width: 232, height: 52 };

describe('cornerPoint', () => {
  test.each([
    ['bottom-right', { x: 1366 - 16 - 232, y: 768 - 16 - 52 }],
    ['bottom-left', { x: 16, y: 768 - 16 - 52 }],
    ['top-right', { x: 1366 - 16 - 232, y: 16 }],
    ['top-left', { x: 16, y: 16 }],
  ] as const)('%s keeps a 16 px margin', (corner, point) => {
    expect(cornerPoint(corner, badge, laptop)).toEqual(point);
  });

  test('a viewport narrower than the badge pins it to the left edge', () => {
    expect(cornerPoint('bottom-right', badge, { width: 200, height: 400 })).toEqual({ x: 0, y: 400 - 16 - 52 });
  });
});

describe('clampPoint', () => {
  test.each([
    ['inside stays', { x: 300, y: 200 }, { x: 300, y: 200 }],
    ['past the right and bottom edges', { x: 1500, y: 900 }, { x: 1366 - 232, y: 768 - 52 }],
    ['negative', { x: -40, y: -3 }, { x: 0, y: 0 }],
    ['fractions round', { x: 10.6, y: 20.4 }, { x: 11, y: 20 }],
    ['NaN goes to the far corner', { x: Number.NaN, y: Number.NaN }, { x: 1366 - 232, y: 768 - 52 }],
  ])('%s', (_name, point, expected) => {
    expect(clampPoint(point, badge, laptop)).toEqual(expected);
  });

  test('a position saved on a wide screen comes back inside a small one', () => {
    const savedOn1920 = { x: 1650, y: 1000 };
    expect(clampPoint(savedOn1920, badge, { width: 1280, height: 720 })).toEqual({ x: 1280 - 232, y: 720 - 52 });
  });

  test('a box larger than the viewport keeps its top-left corner visible', () => {
    expect(clampPoint({ x: 50, y: 50 }, { width: 400, height: 900 }, { width: 360, height: 640 })).toEqual({ x: 0, y: 0 });
  });
});

describe('frameRect and movedPoint', () => {
  test('a corner anchor hugs its corner whatever the size (expanded grows up and left)', () => {
    const expanded = { width: 352, height: 420 };
    expect(frameRect({ kind: 'corner', corner: 'bottom-right' }, expanded, laptop)).toEqual({ x: 1366 - 16 - 352, y: 768 - 16 - 420, ...expanded });
  });

  test('a point anchor expanding past the bottom edge is pulled up, not cut off', () => {
    expect(frameRect({ kind: 'point', x: 900, y: 600 }, { width: 352, height: 420 }, laptop)).toEqual({ x: 900, y: 768 - 420, width: 352, height: 420 });
  });

  test('a drag moves by the delta and stops at the edges', () => {
    const rect = { x: 1000, y: 600, ...badge };
    expect(movedPoint(rect, { x: -120, y: -35 }, laptop)).toEqual({ x: 880, y: 565 });
    expect(movedPoint(rect, { x: 500, y: 500 }, laptop)).toEqual({ x: 1366 - 232, y: 768 - 52 });
  });
});
