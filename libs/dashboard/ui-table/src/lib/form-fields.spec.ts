import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';
import { SelectField, TextField } from './form-fields';
import { Submission } from './submission';

function failed(field: string, message: string): Submission {
  const submission = new Submission();
  const error = new HttpErrorResponse({
    status: 400,
    error: { message: 'x', errors: [{ field, rule: 'range', message }] },
  });
  submission.run(
    throwError(() => error),
    () => undefined,
  );
  return submission;
}

describe('form fields', () => {
  it('label the input and show its field messages, linked for screen readers', () => {
    const fixture = TestBed.createComponent(TextField);
    const ref = fixture.componentRef;
    ref.setInput('inputId', 'amount');
    ref.setInput('name', 'amount');
    ref.setInput('label', 'Target amount');
    ref.setInput('field', 'sla.target.amount');
    ref.setInput('hint', 'More than 0');
    ref.setInput('submission', failed('sla.target.amount', 'must be more than 0'));
    fixture.detectChanges();
    const root: HTMLElement = fixture.nativeElement;
    const input = root.querySelector('input') as HTMLInputElement;
    expect(root.querySelector('label')?.getAttribute('for')).toBe('amount');
    expect(input.name).toBe('amount');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('amount-hint amount-error');
    expect(root.querySelector('#amount-error')?.textContent).toContain('must be more than 0');
  });

  it('select the chosen option and stay valid when another field failed', () => {
    const fixture = TestBed.createComponent(SelectField);
    const ref = fixture.componentRef;
    ref.setInput('inputId', 'unit');
    ref.setInput('name', 'unit');
    ref.setInput('label', 'Unit');
    ref.setInput('field', 'sla.target.unit');
    ref.setInput('options', [
      { value: 'workingDays', label: 'working days' },
      { value: 'businessHours', label: 'business hours' },
    ]);
    ref.setInput('selected', 'businessHours');
    ref.setInput('submission', failed('code', 'bad'));
    fixture.detectChanges();
    const select = fixture.nativeElement.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('businessHours');
    expect(select.getAttribute('aria-invalid')).toBe('false');
    expect(fixture.nativeElement.querySelector('#unit-error')).toBeNull();
  });
});
