import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [App], providers: [provideRouter([])] });
  });

  it('shows the product name in Arabic, right to left, by default', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="product-name"]')?.textContent).toContain(
      'المنصة الوطنية',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('switches to English left to right with the language button', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const button = el.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]');
    expect(button?.textContent?.trim()).toBe('English');
    expect(button?.getAttribute('lang')).toBe('en');
    button?.click();
    await fixture.whenStable();
    expect(document.documentElement.dir).toBe('ltr');
    expect(el.querySelector('[data-testid="product-name"]')?.textContent).toContain(
      'National Service Performance Monitor',
    );
    expect(el.querySelector('[data-testid="nav-overview"]')?.textContent?.trim()).toBe('Overview');
    expect(localStorage.getItem('ws.dashboard.lang')).toBe('en');
  });
});
