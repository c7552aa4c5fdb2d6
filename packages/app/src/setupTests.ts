import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. A role query over a page of
// MUI tables can itself take longer than that on a loaded 2-core CI machine
// (one CI run failed on it), so the tests wait up to 10 s; jest's per-test
// timeouts still bound a test that never settles.
configure({ asyncUtilTimeout: 10_000 });
