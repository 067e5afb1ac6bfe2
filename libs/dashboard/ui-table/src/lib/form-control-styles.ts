/**
 * Styles of a form's own controls, shared by the components that draw them: inputs, selects and
 * text areas (red and thicker when `aria-invalid`), and the hint under a field.
 */
export const FORM_CONTROL_STYLES = `
  input,
  select,
  textarea {
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--ws-border-strong, #8a9099);
    border-radius: 6px;
  }
  [aria-invalid='true'] {
    border-color: var(--ws-danger, #a4161a);
    border-width: 2px;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--ws-muted, #4a5058);
  }
`;

/** The buttons of a form: filled with the primary colour. */
export const FORM_BUTTON_STYLES = `
  button {
    font: inherit;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--ws-primary, #8a1538);
    border-radius: 6px;
    background: var(--ws-primary, #8a1538);
    color: #fff;
    cursor: pointer;
  }
`;
