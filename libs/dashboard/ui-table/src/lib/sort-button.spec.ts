import { TestBed } from '@angular/core/testing';
import type { SortState } from './sorting';
import { SortButton } from './sort-button';

describe('SortButton', () => {
  it('says its state in words and emits the next sort on click', () => {
    const fixture = TestBed.createComponent(SortButton);
    fixture.componentRef.setInput('label', 'Due');
    fixture.componentRef.setInput('column', 'dueAt');
    fixture.componentRef.setInput('lang', 'en');
    fixture.componentRef.setInput('sort', { key: 'dueAt', direction: 'asc' });
    fixture.detectChanges();
    const emitted: SortState[] = [];
    fixture.componentInstance.sortChange.subscribe((s) => emitted.push(s));
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.textContent).toContain('sorted ascending');
    expect(button.textContent).toContain('▲');
    button.click();
    expect(emitted).toEqual([{ key: 'dueAt', direction: 'desc' }]);
  });
});
