import type { RequestContext } from '../../common/context';
import { forbidden } from '../../common/errors';
import { Role } from '../identity';

/** The signed-in creator's id; anyone else is refused. */
export function requireCreator(ctx: RequestContext): string {
  const viewer = ctx.requireViewer();
  if (viewer.account.role !== Role.CREATOR) throw forbidden('Only creators can do this.');
  return viewer.account.id;
}
