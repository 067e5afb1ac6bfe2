import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { FigureStatus } from './status-badge';
import { StatusBadge } from './status-badge';
import type { FigureView } from './view-toggle';
import { ViewToggle } from './view-toggle';

@Component({
  selector: 'ws-host',
  imports: [StatusBadge, ViewToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-status-badge [status]="status()" label="Off track" />
    <ws-view-toggle [(view)]="view" [labels]="{ viewAs: 'View as', chart: 'Chart', table: 'Table' }" />
  `,
})
class Host {
  readonly status = signal<FigureStatus>('red');
  readonly view = signal<FigureView>('chart');
}

describe('StatusBadge and ViewToggle', () => {
  it('shows a status with an icon and words, not colour alone', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const badge: HTMLElement = fixture.nativeElement.querySelector('[data-testid="status"]');
    expect(badge.getAttribute('data-status')).toBe('red');
    expect(badge.textContent).toContain('✕');
    expect(badge.textContent).toContain('Off track');
    fixture.componentInstance.status.set('green');
    await fixture.whenStable();
    expect(badge.textContent).toContain('✓');
  });

  it('switches between chart and table with pressed buttons', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLButtonElement>('[data-testid="view-table"]')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.view()).toBe('table');
    expect(el.querySelector('[data-testid="view-table"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('[data-testid="view-chart"]')?.getAttribute('aria-pressed')).toBe('false');
  });
});
