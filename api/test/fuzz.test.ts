import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { fundedFan, readyCreator } from './fixtures';
import { startTestServer, type TestAccount, type TestServer } from './harness';

/**
 * Property-based fuzzing of every mutation in the schema, as an attacker would: for each, at least RUNS
 * generated inputs in which at least one argument (or one field of an input object) is bad — a malformed id,
 * text PostgreSQL cannot store, a number out of range, a wrong type — sent as the role allowed to call it.
 * Nothing may crash (no INTERNAL_SERVER_ERROR, no HTTP 500), and a refused request leaves every record as it
 * was. The mutations are read from the schema, so a new one is covered without anyone listing it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

let t: TestServer;
const tokens: Record<string, string | undefined> = {};
/** Real ids a filler argument may name, so a bad argument next to them reaches deeper code. */
const knownIds: string[] = [];
let probeSql = '';

beforeAll(async () => {
  // Limits high enough that the fuzzer meets the checks, not the abuse limits (they have their own tests).
  t = await startTestServer({ env: { LOGIN_MAX_PER_IP: '10000', LOGIN_MAX_PER_ACCOUNT: '10000' } });
  const fan: TestAccount = await fundedFan(t, 500);
  const creator = await readyCreator(t);
  const moderator = await t.staff('MODERATOR');
  const admin = await t.staff('ADMIN');
  Object.assign(tokens, { FAN: fan.accessToken, CREATOR: creator.accessToken, MODERATOR: moderator.accessToken, ADMIN: admin.accessToken });
  const sent = await t.ok<{ sendMessage: { conversationId: string } }>(
    `mutation($c: ID!) { sendMessage(creatorId: $c, text: "hello") { ... on Message { conversationId } } }`,
    { c: creator.id },
    { token: fan.accessToken },
  );
  knownIds.push(fan.id, creator.id, moderator.id, admin.id, sent.sendMessage.conversationId);
  const tables = await t.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  probeSql = `SELECT ${tables.map(({ name }) => `(SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM "${name}" r) AS "${name}"`).join(', ')}`;
});
afterAll(() => t?.close());

/** Every table's rows, hashed: what "nothing changed" is checked against. */
async function probe(): Promise<Record<string, string>> {
  const [row] = await t.sql<Record<string, string>>(probeSql);
  return row;
}

// ---- generators, from the GraphQL input types -----------------------------------------------------------

const MALFORMED_IDS = [
  '',
  'not-a-uuid',
  'a'.repeat(36),
  '-'.repeat(36),
  'a-'.repeat(18),
  "1' OR '1'='1",
  '00000000-0000-0000-0000-00000000000g',
  '0',
  '\u0000',
];
const BAD_TEXT = fc.oneof(
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\u0000', '\uD800', 'a\uDFFFb', 'x'.repeat(5_000), '   ', ''),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}\uDC00`),
);
/** Odd but storable text: filler that must be stored or refused cleanly, never crash. */
const ODD_TEXT = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("'; DROP TABLE account; --", 'Zoë 😀', '%_\\', '$1'));
const WRONG_TYPE = fc.constantFrom<unknown>({}, [], { a: 1 }, true, 1.5, 'x', -1, 2 ** 31);

/** A plausible value of the type (filler next to the bad argument). */
function filler(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return filler(type.ofType);
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) return fc.array(filler(type.ofType), { maxLength: 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) return fc.record(Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, filler(f.type)])));
    switch (type.name) {
      case 'ID':
        return fc.oneof(fc.constantFrom(...knownIds), fc.uuid());
      case 'Int':
        return fc.integer({ min: -5, max: 100 });
      case 'Float':
        return fc.double({ min: -5, max: 100, noNaN: true });
      case 'Boolean':
        return fc.boolean();
      default:
        return ODD_TEXT;
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A bad value of the type: malformed, unstorable, out of range, or of another type altogether. */
function bad(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  const value = ((): fc.Arbitrary<unknown> => {
    if (isListType(inner)) {
      return fc.oneof(
        fc.tuple(bad(inner.ofType), fc.array(filler(inner.ofType), { maxLength: 3 })).map(([b, rest]) => [...rest, b]),
        fc.constant(Array.from({ length: 200 }, () => null)),
      );
    }
    if (isEnumType(inner)) return fc.constantFrom('NOT_A_VALUE', '', 'fan', '\u0000');
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields());
      return fc
        .tuple(fc.nat({ max: fields.length - 1 }), fc.tuple(...fields.map((f) => fc.tuple(filler(f.type), bad(f.type)))))
        .map(([k, pairs]) => Object.fromEntries(fields.map((f, i) => [f.name, pairs[i][i === k ? 1 : 0]])));
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'ID':
          return fc.oneof(fc.constantFrom(...MALFORMED_IDS), fc.string({ maxLength: 40 }), fc.uuid());
        case 'Int':
          return fc.constantFrom(-1, 0, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, 1e20, -999_999_999);
        case 'Float':
          return fc.constantFrom(-1, 0, 1e308, -1e308, 1e-300);
        case 'Boolean':
          return fc.constantFrom('true', 0, 'yes');
        default:
          return BAD_TEXT;
      }
    }
    return fc.constant(null);
  })();
  return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: WRONG_TYPE }, { weight: isNonNullType(type) ? 1 : 0, arbitrary: fc.constant(null) });
}

/** Arguments of `field` where at least one is bad (the forced one; others bad by chance). */
function badArguments(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.nat({ max: args.length - 1 }), fc.tuple(...args.map((a) => fc.tuple(filler(a.type), bad(a.type), fc.double({ min: 0, max: 1, noNaN: true })))))
    .map(([forced, values]) =>
      Object.fromEntries(args.map((a, i) => [`v${i}`, i === forced || values[i][2] < 0.15 ? values[i][1] : values[i][0]]).filter(([, v]) => v !== undefined)),
    );
}

// ---- who may call what ----------------------------------------------------------------------------------

/** The role to call a mutation as, from its @Authorized metadata: null for public ones. */
function roleFor(field: string): string | null {
  const authorized = getMetadataStorage().authorizedFields.find((m) => m.fieldName === field);
  if (!authorized) return null;
  return (authorized.roles as string[])[0] ?? 'FAN';
}

function documentFor(field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a, i) => `${a.name}: $v${i}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `mutation(${vars}) { ${field.name}(${args})${selection} }`;
}

// ---- the property ---------------------------------------------------------------------------------------

describe('fuzzing every mutation with bad input', () => {
  it(`crashes nothing and changes nothing it refuses (${RUNS} inputs per mutation, seed ${SEED})`, async () => {
    const mutations = Object.values(t.server.schema.getMutationType()!.getFields()).filter((f) => f.args.length > 0);
    expect(mutations.length).toBeGreaterThan(30);
    const summary: Record<string, Record<string, number>> = {};
    let state = await probe();
    let probing = 0;
    for (const field of mutations) {
      const role = roleFor(field.name);
      const token = role ? tokens[role] : undefined;
      const query = documentFor(field);
      const codes: Record<string, number> = (summary[`${field.name} as ${role ?? 'anonymous'}`] = {});
      await fc.assert(
        fc.asyncProperty(badArguments(field.args), async (variables) => {
          const res = await t.gql(query, variables, { token });
          const code = res.errors?.length ? String(res.errors[0].extensions?.code) : 'accepted';
          codes[code] = (codes[code] ?? 0) + 1;
          const crashed = res.status >= 500 || (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (crashed) throw new Error(`${field.name} crashed (HTTP ${res.status}): ${JSON.stringify(res.errors)}`);
          // A request refused before execution began (variables of the wrong type, say) has no `data` at all
          // (GraphQL spec, "Response"): no resolver ran, so there is nothing to probe.
          if (res.errors?.length && res.data === undefined) return;
          const probeStarted = Date.now();
          const after = await probe();
          probing += Date.now() - probeStarted;
          if (res.errors?.length && !res.data?.[field.name as keyof typeof res.data]) {
            const changed = Object.keys(after).filter((table) => after[table] !== state[table]);
            if (changed.length) throw new Error(`${field.name} refused the input (${code}) but changed ${changed.join(', ')}`);
          }
          state = after;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    // What each mutation answered, for the log of a run (a mutation accepting most "bad" inputs deserves a look).
    if (process.env.FUZZ_SUMMARY) console.log(JSON.stringify(summary), `probing took ${probing} ms`);
    for (const [name, codes] of Object.entries(summary)) {
      expect({ name, runs: Object.values(codes).reduce((a, b) => a + b, 0) }).toEqual({ name, runs: RUNS });
    }
    // About 4,000 requests: well under a minute alone, longer when the suite runs files in parallel.
  }, 600_000);
});
