import type { RequestContext } from '../../common/context';
import { countStaffList, readStaffList, type ListArgs, type StaffListQuery } from '../../common/staff-list';
import { Account, AccountStatus, type Role } from './account.entity';
import { Session } from './session.entity';

/** What another module may know of an account: its name and handle (call parties, chat senders, staff lists). */
export interface Person {
  id: string;
  displayName: string;
  handle: string;
}

/** Filters of the staff's account list. */
export interface AccountListFilter {
  ids?: string[];
  q?: string;
  role?: Role;
  status?: AccountStatus;
}

/** The `account` table. */
export class AccountRepository {
  async insert(ctx: RequestContext, fields: Pick<Account, 'email' | 'passwordHash' | 'displayName' | 'handle' | 'role' | 'emailVerifiedAt'>): Promise<Account> {
    const repo = ctx.em.getRepository(Account);
    const account = repo.create({
      ...fields,
      status: AccountStatus.ACTIVE,
      suspendedReason: null,
      deletedAt: null,
      notifyMissedCalls: true,
      notifyMessages: true,
      notifyProductNews: false,
    });
    await repo.insert(account);
    return account;
  }

  find(ctx: RequestContext, id: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).findOneBy({ id });
  }

  findByEmail(ctx: RequestContext, email: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).findOneBy({ email });
  }

  /** The account with its password hash, by id (a password check of the signed-in account). */
  findWithPasswordHashById(ctx: RequestContext, id: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).createQueryBuilder('a').addSelect('a.passwordHash').where('a.id = :id', { id }).getOne();
  }

  findByHandle(ctx: RequestContext, handle: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).findOneBy({ handle });
  }

  /** The account with its password hash, for a log-in. */
  findWithPasswordHash(ctx: RequestContext, email: string): Promise<Account | null> {
    return ctx.em.getRepository(Account).createQueryBuilder('a').addSelect('a.passwordHash').where('a.email = :email', { email }).getOne();
  }

  /** The account behind a session, whether that session was revoked, and the call it is scoped to; null when either is unknown. */
  async findWithSession(
    ctx: RequestContext,
    accountId: string,
    sessionId: string,
  ): Promise<{ account: Account; revoked: boolean; callId: string | null; expiresAt: Date | null } | null> {
    const found = await ctx.em
      .getRepository(Account)
      .createQueryBuilder('a')
      .innerJoin(Session, 's', 's.account_id = a.id AND s.id = :sid', { sid: sessionId })
      .addSelect('s.revoked_at', 'revoked_at')
      .addSelect('s.call_id', 'call_id')
      .addSelect('s.expires_at', 'expires_at')
      .where('a.id = :id', { id: accountId })
      .getRawAndEntities();
    const account = found.entities[0];
    const raw = found.raw[0];
    return account ? { account, revoked: !!raw?.revoked_at, callId: raw?.call_id ?? null, expiresAt: raw?.expires_at ? new Date(raw.expires_at) : null } : null;
  }

  async update(ctx: RequestContext, id: string, patch: Partial<Omit<Account, 'id' | 'createdAt' | 'updatedAt'>>): Promise<Account> {
    await ctx.em.getRepository(Account).update({ id }, patch);
    return ctx.em.getRepository(Account).findOneByOrFail({ id });
  }

  /** Names and handles of many accounts in one query. */
  async people(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows: { id: string; display_name: string; handle: string }[] = await ctx.em.query(
      `SELECT id, display_name, handle FROM account WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name, handle: r.handle }]));
  }

  /** True when the account is an active creator. */
  async isActiveCreator(ctx: RequestContext, id: string): Promise<boolean> {
    const rows = await ctx.em.query(`SELECT 1 FROM account WHERE id = $1 AND role = 'CREATOR' AND status = 'ACTIVE'`, [id]);
    return rows.length > 0;
  }

  /** One page of the staff's account list (react-admin grammar). */
  async list(ctx: RequestContext, filter: AccountListFilter, args: ListArgs): Promise<Account[]> {
    const rows = await readStaffList<AccountRow>(ctx.em, listQuery(filter), args);
    return rows.map(toAccount);
  }

  count(ctx: RequestContext, filter: AccountListFilter): Promise<number> {
    return countStaffList(ctx.em, listQuery(filter));
  }
}

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  handle: string;
  role: Role;
  status: AccountStatus;
  suspended_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

function listQuery(filter: AccountListFilter): StaffListQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) where.push(`a.id = ANY($${params.push(filter.ids)}::uuid[])`);
  if (filter.q) where.push(`(a.email ILIKE $${params.push(`%${filter.q}%`)} OR a.handle ILIKE $${params.length} OR a.display_name ILIKE $${params.length})`);
  if (filter.role) where.push(`a.role = $${params.push(filter.role)}`);
  if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
  return {
    from: `FROM account a`,
    where,
    params,
    columns: `a.id, a.email, a.display_name, a.handle, a.role, a.status, a.suspended_reason, a.created_at, a.updated_at`,
    sortable: { id: 'a.id', createdAt: 'a.created_at', handle: 'a.handle', role: 'a.role', status: 'a.status' },
  };
}

function toAccount(r: AccountRow): Account {
  return Object.assign(new Account(), {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    handle: r.handle,
    role: r.role,
    status: r.status,
    suspendedReason: r.suspended_reason,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
}
