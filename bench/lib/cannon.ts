// autocannon, run from the bench process (the server under test is another process).
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses whose body failed `verify` (e.g. carried GraphQL errors). */
  bad: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  seconds: number;
  connections?: number;
  headers?: Record<string, string>;
  /** Requests per second across all connections (open-loop-ish pacing); unset = as fast as possible. */
  overallRate?: number;
  /** Checks each response body; counted in `bad` when false. Costs load-generator CPU. */
  verify?: (body: string) => boolean;
}

export async function cannon({ url, body, seconds, connections = 50, headers = {}, overallRate, verify }: LoadOptions): Promise<LoadResult> {
  let bad = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    connections,
    duration: seconds,
    overallRate,
    ...(verify
      ? {
          requests: [
            {
              onResponse: (status: number, resBody: string) => {
                if (status === 200 && !verify(resBody)) bad++;
              },
            },
          ],
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bad,
  };
}
