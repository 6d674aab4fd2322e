/** A request for a table the server cannot answer as asked; HTTP status and the parameter at fault. */
export class TableRequestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 429,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** 400 naming the parameter, e.g. `instruments: no instrument with id "instrument:xyz"`. */
export const badParameter = (parameter: string, message: string): TableRequestError => new TableRequestError(400, `${parameter}: ${message}`, parameter);
