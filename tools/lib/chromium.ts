/**
 * Debian's Chromium, as every script and the e2e suite start it: never a
 * browser of their own. Without the background-networking flags Chromium
 * keeps reaching for Google's hosts, which this closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
