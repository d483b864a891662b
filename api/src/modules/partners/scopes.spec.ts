import { buildSchema, parse } from 'graphql';
import { ApiScope, refusalMessage, scopeRefusal } from './scopes';

const schema = buildSchema(`
  type Query { creators: [Creator!]! creator(handle: String): Creator me: String }
  type Creator { handle: String! availability: Availability! }
  type Availability { status: String! }
  type Mutation { doIt: Boolean }
  type Subscription { creatorAvailabilityChanged: Availability! }
`);
const refusal = (query: string, scopes: string[]) => scopeRefusal(schema, parse(query), scopes);

describe('API key scopes', () => {
  it('lets a key read creators with creators:read, and refuses it without', () => {
    expect(refusal('{ creators { handle } }', [ApiScope.CREATORS_READ])).toBeNull();
    expect(refusal('{ creators { handle } }', [ApiScope.AVAILABILITY_READ])).toEqual({ coordinate: 'Query.creators', needs: [ApiScope.CREATORS_READ] });
  });

  it('needs availability:read (or calls:embed) for availability, also inside fragments', () => {
    const query = '{ creators { ...C } } fragment C on Creator { handle availability { status } }';
    expect(refusal(query, [ApiScope.CREATORS_READ])).toEqual({ coordinate: 'Creator.availability', needs: [ApiScope.AVAILABILITY_READ, ApiScope.CALLS_EMBED] });
    expect(refusal(query, [ApiScope.CREATORS_READ, ApiScope.AVAILABILITY_READ])).toBeNull();
  });

  it('gives calls:embed one creator with its availability, live, but not the directory', () => {
    expect(refusal('{ creator(handle: "a") { handle availability { status } } }', [ApiScope.CALLS_EMBED])).toBeNull();
    expect(refusal('subscription { creatorAvailabilityChanged { status } }', [ApiScope.CALLS_EMBED])).toBeNull();
    expect(refusal('{ creators { handle } }', [ApiScope.CALLS_EMBED])?.coordinate).toBe('Query.creators');
  });

  it('closes every other root field and every mutation to keys, whatever their scopes; introspection stays open', () => {
    const all = Object.values(ApiScope);
    expect(refusal('{ me }', all)).toEqual({ coordinate: 'Query.me', needs: [] });
    expect(refusal('mutation { doIt }', all)).toEqual({ coordinate: 'Mutation.doIt', needs: [] });
    expect(refusal('{ __typename __schema { queryType { name } } }', [])).toBeNull();
  });

  it('names the missing scope in the message', () => {
    expect(refusalMessage({ coordinate: 'Query.creators', needs: [ApiScope.CREATORS_READ] })).toBe(
      'This API key lacks the scope creators:read needed for Query.creators.',
    );
    expect(refusalMessage({ coordinate: 'Query.me', needs: [] })).toBe('Query.me is not available to API keys.');
  });
});
