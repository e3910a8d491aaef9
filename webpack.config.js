/**
 * Webpack: builds the add-in into dist/.
 *
 * - `functions`: the custom functions. custom-functions-metadata-plugin writes dist/functions.json
 *   from the JSDoc of src/functions/functions.ts and fails the build on a metadata error.
 * - `taskpane`: the task pane. ONE taskpane.html loads office.js, the functions bundle and the pane
 *   bundle, because functions and pane share one runtime (manifest: SharedRuntime 1.1).
 * - `workbench`: the pane beside an Excel double, for machines without Excel.
 *
 * An entry whose file does not exist yet is skipped, so the build works at every stage of the project.
 *
 * office.js: released add-ins load it from Microsoft's CDN. `OFFICE_JS=local` (or a dev build) makes
 * taskpane.html load a copy from node_modules instead; the workbench always uses the local copy,
 * because tests and the workbench must run without internet.
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { ContentSecurityPolicyPlugin, contentSecurityPolicy } = require("./scripts/csp");

const root = __dirname;
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || process.env.PORT || 3000);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

const entryFiles = {
  functions: "src/functions/functions.ts",
  taskpane: "src/taskpane/index.tsx",
  workbench: "src/workbench/index.tsx",
  // The checking engine in a Web Worker, loaded by the pane (src/taskpane/engine.ts); no page lists it.
  "engine-worker": "src/taskpane/engineWorker.ts",
  // The published-report reader in a Web Worker (src/taskpane/reportReader.ts); pdf.js is a chunk it
  // loads only for a PDF, so neither the pane nor a Word reading carries it.
  "report-worker": "src/taskpane/reportWorker.ts",
};

/** Entries that run in a worker load their lazy chunks with importScripts (no document there). */
const workerEntries = new Set(["report-worker"]);

/** Only entries whose source exists: the project grows engineer by engineer. */
function existingEntries() {
  const entries = {};
  for (const [name, file] of Object.entries(entryFiles)) {
    if (!fs.existsSync(path.join(root, file))) continue;
    entries[name] = workerEntries.has(name)
      ? { import: "./" + file, chunkLoading: "import-scripts" }
      : "./" + file;
  }
  return entries;
}

/** A page: the given template if someone wrote one, otherwise a minimal Swedish page. */
function page({ filename, title, template, chunks, officeJs }) {
  const common = {
    filename,
    chunks,
    chunksSortMode: "manual", // functions before the pane: the pane may call what functions registered
    templateParameters: { officeJs, title },
  };
  if (fs.existsSync(path.join(root, template))) {
    return new HtmlWebpackPlugin({ ...common, template: "./" + template });
  }
  return new HtmlWebpackPlugin({
    ...common,
    templateContent: ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${htmlWebpackPlugin.options.templateParameters.title}</title>
    <script src="${htmlWebpackPlugin.options.templateParameters.officeJs}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
  });
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const localOfficeJs = dev || process.env.OFFICE_JS === "local" || Boolean(env.officeJsLocal);
  const entry = existingEntries();
  const has = (name) => Object.prototype.hasOwnProperty.call(entry, name);

  const plugins = [];
  if (has("functions")) {
    plugins.push(
      new CustomFunctionsMetadataPlugin({ input: "./" + entryFiles.functions, output: "functions.json" }),
    );
  }
  if (has("functions") || has("taskpane")) {
    plugins.push(
      page({
        filename: "taskpane.html",
        title: "FINSAM",
        template: "src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"].filter(has),
        officeJs: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
      }),
    );
  }
  if (has("workbench")) {
    plugins.push(
      page({
        filename: "workbench.html",
        title: "FINSAM – arbetsbänk",
        template: "src/workbench/workbench.html",
        chunks: ["workbench"],
        officeJs: OFFICE_JS_LOCAL,
      }),
    );
  }

  const copy = [
    { from: "assets", to: "assets", noErrorOnMissing: true },
    { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true },
  ];
  if (has("workbench")) {
    // The workbench opens the embedded sample by default (src/workbench/index.tsx, SAMPLE_URL).
    copy.push({ from: "samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true });
  }
  if (localOfficeJs || has("workbench")) {
    copy.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      // Already minified by Microsoft; without this flag Terser chews 33 MB (70 s instead of 10 s).
      info: { minimized: true },
      globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
    });
  }
  plugins.push(new CopyWebpackPlugin({ patterns: copy }));
  // Every emitted page carries the policy (scripts/csp.js); the dev server's adds its live-reload socket.
  const devServerSocket = dev ? { host: "localhost", port: DEV_PORT } : undefined;
  const policy = contentSecurityPolicy({ devServer: devServerSocket });
  plugins.push(new ContentSecurityPolicyPlugin(policy));

  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the Content-Security-Policy allows no eval, in development either.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry,
    output: {
      path: path.join(root, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck` (tsc --noEmit); the build only transpiles, fast.
          // ES modules for webpack, whatever tsconfig says for jest and tsc (CommonJS): with CommonJS
          // output webpack cannot tree-shake, and the pane swallows all of @fluentui/react-icons (18 MB).
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins,
    // office.js brings hundreds of files: list only ours.
    stats: { excludeAssets: [/^office-js\//], assetsSpace: 30 },
    // A Fluent v9 pane is about 100 KB gzip but more than webpack's 244 KiB raw default: we set the
    // limits we actually want to hold (issue 5: pane ≤ 150 KB gzip ≈ 600 KB raw) instead of silencing.
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 700 * 1024,
      // office.js and its host files are Microsoft's, copied as they are: not ours to budget.
      // The workbench alone loads ExcelJS (its own chunk); the pane's budget is held by a test.
      // pdf.js is loaded by the report worker only when a PDF is read (its size: paneBundle.test.ts).
      assetFilter: (file) =>
        !file.startsWith("office-js/") &&
        !file.endsWith(".map") &&
        !/exceljs/i.test(file) &&
        !/^pdfjs-/.test(file),
    },
    devServer: {
      static: { directory: path.join(root, "dist"), watch: false },
      server: { type: "https" }, // webpack-dev-server's own self-signed certificate
      port: DEV_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": policy },
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      // `npm start` on a machine without Excel: say where the workbench is (issue 5).
      onListening: (devServer) => {
        // npm start (scripts/start.js) announces the addresses itself once the build is ready.
        if (!has("workbench") || process.env.FINSAM_START_ANNOUNCES === "1") return;
        const { port } = devServer.server.address();
        console.log(
          `\nArbetsbänken (panelen mot en Excel-dubblett): https://localhost:${port}/workbench.html\n`,
        );
      },
    },
  };
};
