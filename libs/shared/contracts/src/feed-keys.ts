/** The answer to `POST /feed-keys/{id}/rotate`: the new key (shown once) and when the old one stops working. */
export interface RotatedFeedKey {
  key: string;
  id: number;
  agency: string;
  keyPrefix: string;
  /** The key it replaces, valid until `oldKeyValidUntil`, refused after. */
  replaces: number;
  oldKeyValidUntil: string;
}
