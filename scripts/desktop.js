#!/usr/bin/env node
/**
 * `npm run start:desktop` / `npm run stop`: sideloads the add-in into Excel desktop, or removes it.
 * office-addin-debugging does that, but it pulls in a native module (keytar) that breaks `npm ci` on a
 * clean Linux machine (TOOLCHAIN.md), so it is fetched with npx only where Excel desktop exists
 * (Windows, macOS) and is not a dependency of the project. On Linux we say so plainly.
 */
"use strict";
const { spawnSync } = require("child_process");

const action = process.argv[2] === "stop" ? "stop" : "start";

if (process.platform !== "win32" && process.platform !== "darwin") {
  if (action === "stop") {
    console.log(
      "Excel för skrivbordet finns inte på den här datorn, så det finns inget sidladdat tillägg att ta bort.",
    );
    console.log("Stoppa utvecklingsservern (npm start) med Ctrl+C i dess terminal.");
  } else {
    console.log(
      [
        "Excel för skrivbordet finns inte på den här datorn (" +
          process.platform +
          "): tillägget kan inte sidladdas här.",
        "",
        "Så här gör du i stället:",
        "  1. Kör  npm start  – det startar utvecklingsservern på https://localhost:3000.",
        "  2. Excel på webben: öppna en arbetsbok, välj Start > Tillägg > Fler tillägg > Mina tillägg >",
        "     Ladda upp mitt tillägg, och välj filen manifest.xml i projektets rotmapp.",
        "  3. Excel för Windows eller Mac: kör  npm run start:desktop  på den datorn,",
        "     eller se README.md, avsnittet om att sidladda för hand.",
      ].join("\n"),
    );
  }
  process.exit(0);
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const args =
  action === "stop"
    ? ["--yes", "office-addin-debugging", "stop", "manifest.xml"]
    : ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop"];
const result = spawnSync(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status === null ? 1 : result.status);
