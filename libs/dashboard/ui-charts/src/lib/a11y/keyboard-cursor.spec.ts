import { nextCursor } from './keyboard-cursor';

describe('keyboard cursor of a chart', () => {
  const lengths = [3, 2];

  it('lands on the first point at the first arrow (the last with End), and ignores other keys', () => {
    expect(nextCursor(null, 'ArrowRight', lengths, false)).toEqual({ series: 0, point: 0 });
    expect(nextCursor(null, 'End', lengths, false)).toEqual({ series: 0, point: 2 });
    expect(nextCursor(null, 'Tab', lengths, false)).toBeNull();
    expect(nextCursor(null, 'ArrowRight', [], false)).toBeNull();
  });

  it('moves forward with the right arrow in LTR and the left arrow in RTL, stopping at the ends', () => {
    expect(nextCursor({ series: 0, point: 0 }, 'ArrowRight', lengths, false)).toEqual({
      series: 0,
      point: 1,
    });
    expect(nextCursor({ series: 0, point: 0 }, 'ArrowLeft', lengths, true)).toEqual({
      series: 0,
      point: 1,
    });
    expect(nextCursor({ series: 0, point: 2 }, 'ArrowRight', lengths, false)).toEqual({
      series: 0,
      point: 2,
    });
    expect(nextCursor({ series: 0, point: 0 }, 'ArrowLeft', lengths, false)).toEqual({
      series: 0,
      point: 0,
    });
    expect(nextCursor({ series: 0, point: 1 }, 'Home', lengths, false)).toEqual({
      series: 0,
      point: 0,
    });
  });

  it('changes series with up and down, keeping the position where the other series has one', () => {
    expect(nextCursor({ series: 0, point: 2 }, 'ArrowDown', lengths, false)).toEqual({
      series: 1,
      point: 1,
    });
    expect(nextCursor({ series: 1, point: 1 }, 'ArrowDown', lengths, false)).toEqual({
      series: 1,
      point: 1,
    });
    expect(nextCursor({ series: 1, point: 0 }, 'ArrowUp', lengths, false)).toEqual({
      series: 0,
      point: 0,
    });
  });
});
