import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TableColumn } from './data-table';
import { DataTable } from './data-table';

interface Row {
  code: string;
  count: number | null;
}

const rows: Row[] = [
  { code: 'B', count: 2 },
  { code: 'A', count: null },
  { code: 'C', count: 10 },
];
const columns: TableColumn<Row>[] = [
  { key: 'code', label: 'Code', text: (r) => r.code, link: (r) => ['/x', r.code] },
  {
    key: 'count',
    label: 'Count',
    text: (r) => String(r.count ?? '—'),
    sortValue: (r) => r.count,
    csv: (r) => r.count,
    numeric: true,
  },
];

describe('DataTable', () => {
  function render(pageSize = 20) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(DataTable<Row>);
    fixture.componentRef.setInput('columns', columns);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('caption', 'Things');
    fixture.componentRef.setInput('csvFilename', 'things.csv');
    fixture.componentRef.setInput('lang', 'en');
    fixture.componentRef.setInput('pageSize', pageSize);
    fixture.componentRef.setInput('rowKey', (r: Row) => r.code);
    fixture.detectChanges();
    return fixture;
  }
  const keys = (root: HTMLElement) =>
    Array.from(root.querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-key'));

  it('sorts by a header button and says so with aria-sort, empty values last', () => {
    const fixture = render();
    const root: HTMLElement = fixture.nativeElement;
    expect(keys(root)).toEqual(['B', 'A', 'C']);
    (root.querySelector('[data-testid="sort-count"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(keys(root)).toEqual(['B', 'C', 'A']);
    const header = root.querySelector('[data-testid="sort-count"]')?.closest('th');
    expect(header?.getAttribute('aria-sort')).toBe('ascending');
    (root.querySelector('[data-testid="sort-count"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(keys(root)).toEqual(['C', 'B', 'A']);
    expect(header?.getAttribute('aria-sort')).toBe('descending');
  });

  it('pages the rows and links and isolates cell text', () => {
    const fixture = render(2);
    const root: HTMLElement = fixture.nativeElement;
    expect(keys(root)).toEqual(['B', 'A']);
    expect(root.querySelector('tbody a')?.getAttribute('href')).toBe('/x/B');
    expect(root.querySelector('tbody td bdi')).not.toBeNull();
    (root.querySelector('[data-testid="page-next"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(keys(root)).toEqual(['C']);
    expect(root.querySelector('[data-testid="page-status"]')?.textContent).toContain('Page 2 of 2');
  });

  it('adds an action button to the rows it is shown for, naming its target', () => {
    const fixture = render();
    fixture.componentRef.setInput('rowAction', {
      header: 'Actions',
      label: () => 'Edit',
      target: (r: Row) => r.code,
      testId: (r: Row) => `edit-${r.code}`,
      shown: (r: Row) => r.count !== null,
    });
    const pressed: Row[] = [];
    fixture.componentInstance.action.subscribe((row) => pressed.push(row));
    fixture.detectChanges();
    const root: HTMLElement = fixture.nativeElement;
    expect(root.querySelectorAll('thead th')[2]?.textContent?.trim()).toBe('Actions');
    expect(root.querySelector('[data-testid="edit-A"]')).toBeNull();
    const button = root.querySelector('[data-testid="edit-C"]') as HTMLButtonElement;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Edit C');
    button.click();
    expect(pressed).toEqual([rows[2]]);
  });
});
