import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface GatewayClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  uri: string;
  /** A bearer token from the `login` mutation or an API token. */
  token?: string;
  /** A fetch to use instead of the global one (tests count requests with it). */
  fetch?: typeof fetch;
}

/**
 * An Apollo Client for the gateway. InMemoryCache's default ids
 * (`Customer:<id>`, `CustomerGroup:<id>`, `Address:<id>`) normalize every
 * object the API returns, so a mutation's payload updates the same customer
 * in every list already in the cache, with no refetch.
 */
export function createGatewayClient({ uri, token, fetch }: GatewayClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache(),
  });
}
