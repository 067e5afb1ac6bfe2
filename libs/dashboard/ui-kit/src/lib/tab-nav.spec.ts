import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NavTab } from './tab-nav';
import { TabNav } from './tab-nav';

@Component({
  selector: 'ws-host',
  imports: [TabNav],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ws-tab-nav [tabs]="tabs" [current]="current()" ariaLabel="Lists" testIdPrefix="list-tab-" />
  `,
})
class Host {
  readonly tabs: NavTab[] = [
    { key: 'open', label: 'Open', queryParams: { status: 'open' } },
    { key: 'closed', label: 'Closed', queryParams: { status: 'closed' } },
  ];
  readonly current = signal('open');
}

describe('TabNav', () => {
  function links(el: HTMLElement): HTMLAnchorElement[] {
    return Array.from(el.querySelectorAll<HTMLAnchorElement>('nav.tabs a'));
  }

  it('links every tab to its query parameters and marks the chosen one as the page', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Lists');
    expect(
      links(el).map((a) => [a.dataset['testid'], a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['list-tab-open', 'Open', '/?status=open'],
      ['list-tab-closed', 'Closed', '/?status=closed'],
    ]);
    expect(links(el).map((a) => a.getAttribute('aria-current'))).toEqual(['page', null]);

    fixture.componentInstance.current.set('closed');
    await fixture.whenStable();
    expect(links(el).map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
  });
});
