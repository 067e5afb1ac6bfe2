import { TestBed } from '@angular/core/testing';
import type { AgencyEntry, ServiceEntry } from '@ws/dashboard-data-access';
import { TrackingFilters } from './tracking-filters';

const agencies: AgencyEntry[] = [
  { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior', active: true },
  { code: 'MOPH', nameAr: 'وزارة الصحة العامة', nameEn: 'Ministry of Public Health', active: true },
];
const service = (code: string, agency: string): ServiceEntry => ({
  code,
  agency,
  nameAr: code,
  nameEn: code,
  digitised: true,
  inScope: true,
  active: true,
  demo: true,
});

describe('TrackingFilters', () => {
  async function render(filter: object) {
    localStorage.clear();
    const fixture = TestBed.createComponent(TrackingFilters);
    fixture.componentRef.setInput('filter', { from: '2026-01-01', to: '2026-03-31', interval: 'month', ...filter });
    fixture.componentRef.setInput('agencies', agencies);
    fixture.componentRef.setInput('services', [service('MOI-A', 'MOI'), service('MOPH-B', 'MOPH')]);
    const changes: unknown[] = [];
    fixture.componentInstance.changed.subscribe((change) => changes.push(change));
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, changes };
  }
  const select = (el: HTMLElement, id: string) =>
    el.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement;

  it('shows the filter, offers only the chosen entity services, in Arabic', async () => {
    const { el } = await render({ agency: 'MOI', channel: 'web' });
    expect(select(el, 'filter-agency').value).toBe('MOI');
    expect(select(el, 'filter-channel').value).toBe('web');
    const services = Array.from(select(el, 'filter-service').options).map((o) => o.value);
    expect(services).toEqual(['', 'MOI-A']);
    expect(el.querySelector('label[for="filter-interval"]')?.textContent?.trim()).toBe('الفاصل الزمني');
  });

  it('keeps the service list closed until an entity is chosen', async () => {
    const { el } = await render({});
    expect(select(el, 'filter-service').disabled).toBe(true);
    expect(select(el, 'filter-agency').value).toBe('');
  });

  it('a new entity starts again at the entity level; an emptied filter is removed', async () => {
    const { el, changes } = await render({ agency: 'MOI', service: 'MOI-A' });
    const agency = select(el, 'filter-agency');
    agency.value = 'MOPH';
    agency.dispatchEvent(new Event('change'));
    const channel = select(el, 'filter-channel');
    channel.value = '';
    channel.dispatchEvent(new Event('change'));
    expect(changes).toEqual([{ agency: 'MOPH', service: null }, { channel: null }]);
  });
});
