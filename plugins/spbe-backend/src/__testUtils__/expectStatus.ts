import { Response } from 'supertest';

/** For setup code outside tests: throws (with the body) unless the response has the status. */
export function expectStatus(res: Response, status: number): Response {
  if (res.status !== status) {
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res;
}
