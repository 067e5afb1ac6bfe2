import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { BreachAcknowledgementRequest } from '@ws/contracts';
import { Submission } from '@ws/dashboard-ui-table';
import { throwError } from 'rxjs';
import { AcknowledgeForm } from './acknowledge-form';

describe('AcknowledgeForm', () => {
  function render(submission: Submission) {
    const fixture = TestBed.createComponent(AcknowledgeForm);
    fixture.componentRef.setInput('cycle', 2);
    fixture.componentRef.setInput('submission', submission);
    fixture.componentRef.setInput('lang', 'en');
    fixture.detectChanges();
    return fixture;
  }

  it('emits the chosen root cause and the trimmed note', () => {
    const fixture = render(new Submission());
    const sent: BreachAcknowledgementRequest[] = [];
    fixture.componentInstance.acknowledge.subscribe((body) => sent.push(body));
    const root: HTMLElement = fixture.nativeElement;
    (root.querySelector('[data-testid="ack-root-cause"]') as HTMLSelectElement).value = 'staffing';
    (root.querySelector('[data-testid="ack-note"]') as HTMLTextAreaElement).value =
      '  two staff off  ';
    (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    expect(sent).toEqual([{ rootCause: 'staffing', note: 'two staff off' }]);
  });

  it('shows the API messages next to their fields, linked for screen readers', () => {
    const submission = new Submission();
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        message: 'x',
        errors: [{ field: 'note', rule: 'text', message: 'note must not be empty' }],
      },
    });
    submission.run(
      throwError(() => error),
      () => undefined,
    );
    const fixture = render(submission);
    const root: HTMLElement = fixture.nativeElement;
    const note = root.querySelector('[data-testid="ack-note"]') as HTMLTextAreaElement;
    expect(note.getAttribute('aria-invalid')).toBe('true');
    const message = root.querySelector('[data-testid="field-error-note"]') as HTMLElement;
    expect(message.textContent).toContain('note must not be empty');
    expect(note.getAttribute('aria-describedby')).toContain(message.id);
    expect(root.querySelector('[data-testid="field-error-rootCause"]')).toBeNull();
  });
});
