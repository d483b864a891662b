import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { OwnTransaction } from '../../common/transaction.middleware';
import { Role } from '../identity';
import { PrivacyService } from './privacy.service';
import { DeleteAccountResult } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Authorized()
  @Query(() => GraphQLJSONObject, {
    description:
      'Everything Minutely holds about the signed-in account as one JSON document (account, settings, balances, wallet and earnings history, calls, conversations with their messages).',
  })
  myDataExport(@Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return this.privacy.exportMyData(ctx);
  }

  @Authorized(Role.FAN, Role.CREATOR)
  @OwnTransaction('the password is checked with argon2 before the transaction opens')
  @Mutation(() => DeleteAccountResult, {
    description:
      'Deletes the signed-in account: personal data erased (profile, phone, message texts), ledger history kept anonymized, every session ended. Needs the password; returns DeletionNeedsConfirmation, changing nothing, while unpaid earnings or unspent tokens would be lost.',
  })
  deleteMyAccount(
    @Arg('password', { description: 'The account’s password.' }) password: string,
    @Arg('acceptLosses', { defaultValue: false, description: 'Delete even though unpaid earnings or unspent tokens are lost.' }) acceptLosses: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return this.privacy.deleteMyAccount(ctx, password, acceptLosses);
  }
}
