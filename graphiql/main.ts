// The self-hosted GraphiQL page served at /graphiql (built by `npm run build:graphiql` into
// dist/graphiql). Everything it needs (React, GraphiQL, CodeMirror, CSS) is bundled locally, so it
// works with no internet. Plain .ts with React.createElement: no JSX transform is needed.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import { DEFAULT_QUERY } from './default-query.ts';

// Same origin as the page: works on whatever host and port the server listens on.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).toString() });

const container = document.getElementById('graphiql');
if (!container) throw new Error('GraphiQL: #graphiql container is missing from index.html');

createRoot(container).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: false,
    isHeadersEditorEnabled: true,
  }),
);
