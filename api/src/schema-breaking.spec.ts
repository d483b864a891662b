import { breakingChanges, recordedBreaks, unrecordedBreaks } from './schema-breaking';

const before = `
  type Query { creators(first: Int, after: String): [Creator!]! legacy: String }
  type Creator { handle: String! status: Status! }
  enum Status { ON OFF }
`;

describe('the breaking-change check', () => {
  it('names removed fields, arguments and enum values by their schema coordinate', () => {
    const after = `
      type Query { creators(first: Int): [Creator!]! }
      type Creator { handle: String! status: Status! }
      enum Status { ON }
    `;
    expect(breakingChanges(before, after).map((b) => b.coordinate)).toEqual(expect.arrayContaining(['Query.legacy', 'Query.creators(after:)', 'Status.OFF']));
  });

  it('lets additions through', () => {
    const after = before.replace('legacy: String', 'legacy: String added: Int');
    expect(breakingChanges(before, after)).toEqual([]);
  });

  it('passes a breaking change the changelog records on a BREAKING line, and only that one', () => {
    const after = before.replace('legacy: String', '').replace('ON OFF', 'ON');
    const changelog = '# Changes\n- BREAKING `Query.legacy`: removed after 90 days deprecated.\n- `Status.OFF` mentioned, but not as breaking\n';
    expect(recordedBreaks(changelog)).toEqual(new Set(['Query.legacy']));
    expect(unrecordedBreaks(before, after, changelog).map((b) => b.coordinate)).toEqual(['Status.OFF']);
  });
});
