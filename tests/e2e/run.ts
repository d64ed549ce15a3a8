/** Runs every browser suite and prints one closing line per suite. */
import { runAll } from './harness';
import './app.e2e';
import './import.e2e';
import './public.e2e';
import './planner.e2e';
import './tiles.e2e';

const failed = await runAll('e2e', process.argv[2]);
process.exit(failed ? 1 : 0);
