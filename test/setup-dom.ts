import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI shares two cores between test workers and Chromium: give findBy*/waitFor
// room beyond the 1 s default, which a loaded machine sometimes needs.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => cleanup());
