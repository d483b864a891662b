import { startTestServer, type TestServer } from '../../api/test/harness';
import * as generated from '../src/graphql/generated/graphql';

// Every operation the storefront sends must pass the API's schema validation and its query limits (depth,
// cost, aliases): a document over the cost limit is refused for everyone, whatever the data.

const operations = Object.entries(generated).filter(
  ([name, document]) => name.endsWith('Document') && /^\s*(query|mutation|subscription)\b/.test(String(document)),
) as [string, unknown][];

describe('storefront: GraphQL documents', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations)('%s passes the API’s validation and limits', async (_name, document) => {
    // Without variables nothing runs past validation; what matters is that validation lets it through.
    const { errors = [] } = await t.gql(String(document), {});
    const refused = errors.filter((e) => ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(String(e.extensions?.code)));
    expect(refused).toEqual([]);
  });
});
