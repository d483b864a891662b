import { Field, GraphQLISODateTime, Int, ObjectType, createUnionType } from 'type-graphql';

@ObjectType({ description: 'The account was deleted: personal data erased, the bookkeeping kept anonymized. Its sessions have ended.' })
export class AccountDeleted {
  @Field(() => GraphQLISODateTime, { description: 'When it was deleted.' })
  deletedAt: Date;
}

@ObjectType({
  description: 'Nothing was deleted: the account would lose tokens or earnings. Read `message`, then call again with `acceptLosses: true` to delete anyway.',
})
export class DeletionNeedsConfirmation {
  @Field(() => Int, { description: 'Creator earnings not paid out yet.' })
  earnings: number;

  @Field(() => Int, { description: 'Unspent wallet tokens.' })
  walletTokens: number;

  @Field({ description: 'What happens to them, in a sentence to show before confirming.' })
  message: string;
}

export const DeleteAccountResult = createUnionType({
  name: 'DeleteAccountResult',
  description: 'AccountDeleted, or DeletionNeedsConfirmation when tokens or earnings would be lost.',
  types: () => [AccountDeleted, DeletionNeedsConfirmation] as const,
  resolveType: (value) => ('deletedAt' in value ? AccountDeleted : DeletionNeedsConfirmation),
});
