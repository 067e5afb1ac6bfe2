import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Submission } from '@ws/dashboard-ui-table';
import { NameFields } from './name-fields';

@Component({
  selector: 'ws-host',
  imports: [NameFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form>
      <ws-name-fields idPrefix="agency" [labels]="labels" [submission]="submission" />
    </form>
  `,
})
class Host {
  readonly labels = { nameAr: 'Arabic name', nameEn: 'English name' };
  readonly submission = new Submission();
}

describe('NameFields', () => {
  it('adds the Arabic (right-to-left) and English names to the enclosing form', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const [arabic, english] = ['#agency-name-ar', '#agency-name-en'].map(
      (selector) => el.querySelector(selector) as HTMLInputElement,
    );
    expect([arabic.name, arabic.dir, arabic.lang]).toEqual(['nameAr', 'rtl', 'ar']);
    expect([english.name, english.dir, english.lang]).toEqual(['nameEn', 'ltr', 'en']);
    expect(el.querySelector('label[for="agency-name-ar"]')?.textContent).toBe('Arabic name');

    arabic.value = 'وزارة';
    english.value = 'Ministry';
    const form = new FormData(el.querySelector('form') as HTMLFormElement);
    expect([form.get('nameAr'), form.get('nameEn')]).toEqual(['وزارة', 'Ministry']);
  });
});
