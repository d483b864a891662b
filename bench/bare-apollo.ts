/**
 * The read benchmark's baseline: a bare Apollo Server 5 answering `{ hello }` over the same Express 5
 * integration the API uses, in its own process, listening on PORT.
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const apollo = new ApolloServer({ typeDefs: `type Query { hello: String }`, resolvers: { Query: { hello: () => 'world' } } });
  await apollo.start();
  const app = express();
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createServer(app);
  server.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
