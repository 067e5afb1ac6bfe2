import type { MatrixResponse, OpenDataRow } from '@ws/contracts';
import type { HeatmapCell } from '@ws/dashboard-ui-charts';

export interface Grid {
  columns: string[];
  rows: { code: string; nameAr: string; nameEn: string }[];
  cells: HeatmapCell[];
}

/** Entity x month adherence from the open-data rows (the national rows left out). */
export function entityMonthGrid(rows: readonly OpenDataRow[]): Grid {
  const entities = rows.filter((r) => r.entity !== 'national');
  const columns = [...new Set(entities.map((r) => r.month))].sort();
  const codes = [...new Set(entities.map((r) => r.entity))].sort();
  const names = new Map(entities.map((r) => [r.entity, r]));
  return {
    columns,
    rows: codes.map((code) => ({
      code,
      nameAr: names.get(code)?.entityNameAr ?? code,
      nameEn: names.get(code)?.entityNameEn ?? code,
    })),
    cells: entities.map((r) => ({
      x: columns.indexOf(r.month),
      y: codes.indexOf(r.entity),
      value: r.decided > 0 ? r.adherence : null,
      count: r.decided,
    })),
  };
}

/** Requesting (rows) x providing (columns) adherence of inter-entity requests. */
export function matrixGrid(matrix: MatrixResponse): Grid {
  const codes = matrix.agencies.map((a) => a.code);
  const requesting = codes.filter((c) => matrix.cells.some((cell) => cell.requesting === c));
  const providing = codes.filter((c) => matrix.cells.some((cell) => cell.providing === c));
  const named = (code: string) => matrix.agencies.find((a) => a.code === code) ?? { code, nameAr: code, nameEn: code };
  return {
    columns: providing,
    rows: requesting.map(named),
    cells: matrix.cells.map((cell) => ({
      x: providing.indexOf(cell.providing),
      y: requesting.indexOf(cell.requesting),
      value: cell.decided > 0 ? cell.adherence : null,
      count: cell.decided,
    })),
  };
}
