import { formAll, formChecked, formNumber, formText, submittedForm } from './form-values';

describe('form values', () => {
  function form(html: string): HTMLFormElement {
    const element = document.createElement('form');
    element.innerHTML = html;
    return element;
  }

  it('reads trimmed text, numbers, checkboxes and lists', () => {
    const f = form(`
      <input name="code" value="  MOI-X  ">
      <input name="amount" value="2.5">
      <input type="checkbox" name="digitised" checked>
      <input type="checkbox" name="other">
      <input type="checkbox" name="channels" value="web" checked>
      <input type="checkbox" name="channels" value="api" checked>`);
    expect(formText(f, 'code')).toBe('MOI-X');
    expect(formText(f, 'missing')).toBe('');
    expect(formNumber(f, 'amount')).toBe(2.5);
    expect(formChecked(f, 'digitised')).toBe(true);
    expect(formChecked(f, 'other')).toBe(false);
    expect(formAll(f, 'channels')).toEqual(['web', 'api']);
  });

  it('passes what is not a number on as typed, so the API names the field', () => {
    expect(formNumber(form('<input name="amount" value="three">'), 'amount')).toBe('three');
    expect(formNumber(form('<input name="amount" value="">'), 'amount')).toBe('');
  });

  it('stops the browser submitting the form and hands the form over', () => {
    const f = form('<input name="code" value="MOI">');
    let handed: HTMLFormElement | null = null;
    f.addEventListener('submit', (event) => {
      handed = submittedForm(event as SubmitEvent);
    });
    const submit = new Event('submit', { cancelable: true });
    f.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(handed).toBe(f);
  });
});
