/**
 * A CSV answer written row by row through csv-stringify's stream API into the HTTP response
 * (chunked transfer: no Content-Length, nothing held beyond the rows not yet sent). Spreadsheet
 * friendly: UTF-8 with a byte-order mark (Excel reads it as UTF-8 only then), CRLF line ends,
 * fields quoted where RFC 4180 needs it. Backpressure: a write waits while the socket is full.
 */
import type { ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';
import { stringify, type Stringifier } from 'csv-stringify';

export interface CsvWriter {
  row(cells: readonly (string | number | boolean | null | undefined)[]): Promise<void>;
  end(): Promise<void>;
}

export function startCsv(res: ServerResponse, filename: string, header: readonly string[], extraHeaders: Record<string, string> = {}): CsvWriter {
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    ...extraHeaders,
  });
  const stringifier: Stringifier = stringify({ bom: true, record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
  stringifier.pipe(res);
  // A client that goes away ends the stream: stop producing rows instead of buffering them.
  let closed = false;
  res.once('close', () => {
    closed = true;
    stringifier.destroy();
  });
  const write = async (cells: readonly unknown[]): Promise<void> => {
    if (closed) throw new Error('the client closed the connection');
    if (!stringifier.write(cells.map((c) => (c === null || c === undefined ? '' : c)))) {
      await new Promise((resolve) => {
        stringifier.once('drain', resolve);
        stringifier.once('close', resolve);
      });
    }
  };
  const started = write(header);
  return {
    async row(cells) {
      await started;
      await write(cells);
    },
    async end() {
      await started;
      stringifier.end();
      await finished(res);
    },
  };
}
