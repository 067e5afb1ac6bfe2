import type { SelectOption } from '@ws/dashboard-ui-table';

/** The trimmed text of a named control of a form ('' when missing). */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The number typed in a named control; the text itself when it is not a number, so that the API
 * names the field and its rule instead of the browser silently dropping it.
 */
export function formNumber(form: HTMLFormElement, name: string): number {
  const text = formText(form, name);
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? value : (text as unknown as number);
}

export function formChecked(form: HTMLFormElement, name: string): boolean {
  return new FormData(form).get(name) !== null;
}

export function formAll(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).filter((v): v is string => typeof v === 'string');
}

/** A catalogue entry with a code and a name in each language. */
export interface CodedEntry {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** Select options of catalogue entries: `CODE — name in the current language`. */
export function codeOptions(
  entries: readonly CodedEntry[],
  names: { name: (entry: { nameAr: string; nameEn: string }) => string },
): SelectOption[] {
  return entries.map((entry) => ({
    value: entry.code,
    label: `${entry.code} — ${names.name(entry)}`,
  }));
}

/** The form of a submit event, after stopping the browser's own submission. */
export function submittedForm(event: SubmitEvent): HTMLFormElement {
  event.preventDefault();
  return event.target as HTMLFormElement;
}
