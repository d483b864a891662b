// The blocks module: who blocked whom (table `account_block`); asked by creators, calls and messaging.
export { BlockRepository } from './block.repository';
export { BlocksService } from './blocks.service';
export { BlocksResolver } from './blocks.resolver';
