import type { MatrixResponse, OpenDataRow } from '@ws/contracts';
import { entityMonthGrid, matrixGrid } from './heatmap-rows';

function row(month: string, entity: string, met: number, decided: number): OpenDataRow {
  return {
    month,
    entity,
    entityNameAr: `ع-${entity}`,
    entityNameEn: `E-${entity}`,
    met,
    decided,
    adherence: decided ? met / decided : null,
    responses: 0,
    satisfied: 0,
    csat: null,
    opened: 0,
    resolved: 0,
    openedDigital: 0,
  };
}

describe('entityMonthGrid', () => {
  it('lays entities by month, leaves out the national rows and blanks months with nothing decided', () => {
    const grid = entityMonthGrid([
      row('2026-02', 'MOPH', 9, 10),
      row('2026-01', 'MOI', 8, 10),
      row('2026-01', 'national', 8, 10),
      row('2026-02', 'MOI', 0, 0),
    ]);
    expect(grid.columns).toEqual(['2026-01', '2026-02']);
    expect(grid.rows.map((r) => r.code)).toEqual(['MOI', 'MOPH']);
    expect(grid.rows[1]).toEqual({ code: 'MOPH', nameAr: 'ع-MOPH', nameEn: 'E-MOPH' });
    expect(grid.cells).toEqual([
      { x: 1, y: 1, value: 0.9, count: 10 },
      { x: 0, y: 0, value: 0.8, count: 10 },
      { x: 1, y: 0, value: null, count: 0 },
    ]);
  });
});

describe('matrixGrid', () => {
  it('puts requesting entities in rows and providing entities in columns', () => {
    const matrix: MatrixResponse = {
      from: '2026-01-01',
      to: '2026-03-31',
      agencies: [
        { code: 'MOI', nameAr: 'الداخلية', nameEn: 'Interior' },
        { code: 'MOJ', nameAr: 'العدل', nameEn: 'Justice' },
        { code: 'MOPH', nameAr: 'الصحة', nameEn: 'Health' },
      ],
      cells: [
        { requesting: 'MOJ', providing: 'MOI', met: 3, decided: 4, adherence: 0.75 },
        { requesting: 'MOPH', providing: 'MOI', met: 0, decided: 0, adherence: null },
      ],
    };
    const grid = matrixGrid(matrix);
    expect(grid.columns).toEqual(['MOI']);
    expect(grid.rows.map((r) => r.code)).toEqual(['MOJ', 'MOPH']);
    expect(grid.cells).toEqual([
      { x: 0, y: 0, value: 0.75, count: 4 },
      { x: 0, y: 1, value: null, count: 0 },
    ]);
  });
});
