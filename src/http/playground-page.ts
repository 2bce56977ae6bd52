/**
 * The GraphiQL page and its start-up script. The script is a separate file
 * (not inline) so the page's Content-Security-Policy can allow scripts from
 * this server only; nothing is fetched from any other host.
 */

export const ASSET_PREFIX = '/playground';

export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer gateway · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSET_PREFIX}/graphiql.min.css" />
    <link rel="stylesheet" href="${ASSET_PREFIX}/page.css" />
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${ASSET_PREFIX}/react.production.min.js"></script>
    <script src="${ASSET_PREFIX}/react-dom.production.min.js"></script>
    <script src="${ASSET_PREFIX}/graphiql.min.js"></script>
    <script src="${ASSET_PREFIX}/start.js"></script>
  </body>
</html>
`;

export const PAGE_CSS = `html, body, #graphiql { height: 100%; margin: 0; }
body { font-family: system-ui, sans-serif; }
`;

const DEFAULT_QUERY = `# Customer gateway
#
# 1. Fill in Login, press ▶ and pick "Login".
# 2. In Headers (below), replace <token...> with
#    the token from the result.
# 3. Press ▶ and pick "Customers".
#
# Ctrl-Space completes; the book icon opens the docs.

mutation Login {
  login(email: "admin@example.com", password: "<password>") {
    token
    expiresAt
    errors { code field message }
  }
}

query Customers {
  customers(limit: 10) {
    count
    items {
      id
      email
      firstName
      lastName
      groups { id name }
      addresses { city countryCode isDefaultBilling }
    }
  }
}
`;

const DEFAULT_HEADERS = `{
  "Authorization": "Bearer <token from the Login mutation>"
}`;

/**
 * Starts GraphiQL against the URL the page was served from, so it works
 * under any host, port or proxy path. GraphiQL keeps its tabs, variables and
 * history (which records headers) in sessionStorage, this browser tab only,
 * not localStorage: a password typed into Login or a bearer token should
 * not outlive the tab.
 */
export const START_SCRIPT = `(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: ${JSON.stringify(DEFAULT_HEADERS)},
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      storage: window.sessionStorage,
    }),
  );
})();
`;
