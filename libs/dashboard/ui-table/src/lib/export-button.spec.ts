import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ExportButton } from './export-button';

describe('ExportButton', () => {
  const source = {
    url: '/api/v1/review/breaches/export',
    params: { status: 'open_breach', agency: 'MOI' },
    filename: 'breach-review-open_breach.csv',
  };

  function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(ExportButton);
    fixture.componentRef.setInput('source', source);
    fixture.componentRef.setInput('lang', 'en');
    fixture.componentRef.setInput('formatCount', (rows: number) => rows.toLocaleString('en-GB'));
    fixture.detectChanges();
    return {
      fixture,
      http: TestBed.inject(HttpTestingController),
      button: () => fixture.nativeElement.querySelector('button') as HTMLButtonElement,
    };
  }

  it('asks the export for its row count with HEAD and shows it on the button', () => {
    const { fixture, http, button } = render();
    expect(button().textContent?.trim()).toBe('Download CSV');
    const head = http.expectOne(
      (request) => request.method === 'HEAD' && request.url === source.url,
    );
    expect(head.request.params.get('status')).toBe('open_breach');
    head.flush(null, { headers: { 'X-Total-Count': '1234' } });
    fixture.detectChanges();
    expect(button().textContent?.trim()).toBe('Download CSV (1,234 rows)');
    expect(button().dataset['rows']).toBe('1234');
    http.verify();
  });

  it('downloads the export itself, not rows held by the page, and says when it failed', () => {
    const { fixture, http, button } = render();
    http.expectOne((request) => request.method === 'HEAD').flush(null);
    const created = jest.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const clicks = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    button().click();
    http
      .expectOne(
        (request) =>
          request.method === 'GET' &&
          request.url === source.url &&
          request.params.get('agency') === 'MOI',
      )
      .flush(new Blob(['\uFEFFa\r\n']));
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveBeenCalledTimes(1);
    button().click();
    http
      .expectOne((request) => request.method === 'GET')
      .flush(new Blob(['no']), { status: 500, statusText: 'Server Error' });
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain(
      'The download failed',
    );
    http.verify();
  });
});
