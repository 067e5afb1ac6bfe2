import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LoadStatus } from '@ws/dashboard-ui-table';
import { TableCard } from './table-card';

@Component({
  selector: 'ws-host',
  imports: [TableCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-table-card
      testId="things"
      title="Things"
      lang="en"
      [status]="status()"
      [csvHeader]="['Name']"
      [csvRows]="[['a']]"
      (retry)="retries = retries + 1"
    >
      <table data-testid="things-table"><caption>Things</caption></table>
    </ws-table-card>
  `,
})
class Host {
  readonly status = signal<LoadStatus>('loading');
  retries = 0;
}

describe('TableCard', () => {
  it('shows the states, then the projected table, with its title and CSV button', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('#things-title')?.textContent).toBe('Things');
    expect(el.querySelector('[data-testid="state-loading"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="things-table"]')).toBeNull();

    fixture.componentInstance.status.set('error');
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('[data-testid="retry"]')?.click();
    expect(fixture.componentInstance.retries).toBe(1);

    fixture.componentInstance.status.set('ok');
    await fixture.whenStable();
    expect(el.querySelector('.table-wrap [data-testid="things-table"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="things-csv"]')?.textContent?.trim()).toBe('Download CSV');
  });
});
