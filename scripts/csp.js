/**
 * The Content-Security-Policy of every page the add-in serves (task pane, workbench, the help
 * pages and any page added later), written as a <meta> at the top of each emitted HTML so that it
 * holds on whatever static host serves dist/, and sent as a header by the dev server.
 *
 * - Scripts only from the add-in's own origin and Office's: office.js from
 *   https://appsforoffice.microsoft.com (released builds), which also loads its host scripts from
 *   there and MicrosoftAjax from https://ajax.aspnetcdn.com (the list people found for office.js,
 *   OfficeDev/office-js#1005, office-js-docs-pr#721). No inline script, no eval.
 * - Connections (fetch, XHR, WebSocket) only to the own origin and Office's (office.js's telemetry
 *   posts to browser.pipe.aria.microsoft.com); a workbook is never fetched from elsewhere.
 * - Frames: office.js's telemetry frame on telemetryservice.firstpartyapps.oaspapps.com, one of
 *   the hosts Microsoft lists for the Office web add-in platform (appsforoffice, aria, nexus …).
 * - Styles may be inline: Fluent UI (Griffel) inserts its style rules at run time, and Excel on the
 *   web's host script applies inline styles (OfficeDev/office-js#1687). Styles run no code.
 * - No frame-ancestors: Office on the web shows the pane in a frame of its own domains, and a
 *   <meta> policy cannot carry it anyway.
 * - Development only: webpack-dev-server's live reload talks over a WebSocket to its own host.
 */
"use strict";

const OFFICE_SCRIPTS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const OFFICE_CONNECT = ["https://appsforoffice.microsoft.com", "https://browser.pipe.aria.microsoft.com"];
/** office.js opens a hidden telemetry frame over https (seen on the dev server). */
const OFFICE_FRAMES = ["https://telemetryservice.firstpartyapps.oaspapps.com"];

/** The policy as one header value; `devServer` adds the dev server's live-reload socket. */
function contentSecurityPolicy({ devServer } = {}) {
  const socket = devServer ? [`wss://${devServer.host}:${devServer.port}`] : [];
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...OFFICE_SCRIPTS],
    "worker-src": ["'self'"],
    "frame-src": ["'self'", ...OFFICE_FRAMES],
    "connect-src": ["'self'", ...OFFICE_CONNECT, ...socket],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Puts the policy first in the <head> of every HTML file the build emits, whoever made it
 * (HtmlWebpackPlugin's pages, help pages copied from assets/): right after the charset, because a
 * <meta> policy governs only what comes after it, so it must precede every script. Runs after the
 * other plugins have added their files, before webpack writes them (and before the dev server
 * serves them from memory).
 */
class ContentSecurityPolicyPlugin {
  constructor(policy) {
    this.meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ContentSecurityPolicyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
            if (name.startsWith("office-js/")) continue; // Microsoft's files, copied as they are
            const html = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(withPolicy(html, this.meta, name)));
          }
        },
      );
    });
  }
}

function withPolicy(html, meta, name) {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) return html;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  const head = /<head[^>]*>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : head ? head.index + head[0].length : -1;
  if (at < 0) throw new Error(`${name}: ingen <head> att sätta Content-Security-Policy i`);
  return html.slice(0, at) + meta + html.slice(at);
}

module.exports = { contentSecurityPolicy, ContentSecurityPolicyPlugin };
