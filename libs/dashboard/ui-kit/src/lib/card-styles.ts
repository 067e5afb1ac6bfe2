/**
 * The bordered white block (`class="card"`) pages put their sections in, with a tighter padding
 * than the application's global card.
 */
export const CARD_STYLES = `
  .card {
    background: var(--ws-surface, #fff);
    border: 1px solid var(--ws-border, #d0d4da);
    border-radius: 8px;
    padding: 1rem;
    margin-block-end: 1rem;
  }
`;
