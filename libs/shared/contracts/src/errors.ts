/** One precise problem with a request: the field (a JSON path) and the rule it broke. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** Every error response of the API has this body. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}
