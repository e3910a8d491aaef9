#!/usr/bin/env node
/**
 * `npm start`: the README's main-job command. Prepares the machine (scripts/setup.js), then serves the
 * add-in over https on localhost (webpack-dev-server, development build) and, once the first build is
 * ready, prints where the workbench (the real task pane beside an Excel-like grid, no Excel needed)
 * and the add-in's files are. Excel itself is reached by sideloading manifest.xml (README).
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);

const setup = spawnSync(process.execPath, [path.join(__dirname, "setup.js"), "start"], {
  cwd: root,
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status || 1);

const server = spawn(
  process.execPath,
  [path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "serve", "--mode", "development"],
  {
    cwd: root,
    stdio: ["inherit", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), FINSAM_START_ANNOUNCES: "1" },
  },
);

let announced = false;
function forward(stream, out) {
  stream.on("data", (chunk) => {
    out.write(chunk);
    if (!announced && /compiled successfully/.test(String(chunk))) {
      announced = true;
      const base = `https://localhost:${port}`;
      out.write(
        [
          "",
          "──────────────────────────────────────────────────────────────",
          ` FINSAM körs på ${base}`,
          ` Arbetsbänken (panelen utan Excel): ${base}/workbench.html`,
          ` Panelen i Excel: sidladda manifest.xml (se README.md).`,
          " Webbläsaren varnar för det självsignerade certifikatet första gången: godkänn det.",
          " Avsluta med Ctrl+C.",
          "──────────────────────────────────────────────────────────────",
          "",
        ].join("\n"),
      );
    }
  });
}
forward(server.stdout, process.stdout);
forward(server.stderr, process.stderr);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
