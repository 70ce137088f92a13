/** Every chart of the story, in story order. Add a chart here after creating its folder and its text files. */
import type { ChartDef } from './shared/scene';
import { microsoftEmissions } from './microsoft-emissions';
import { microsoftCountries } from './microsoft-countries';

export const charts: readonly ChartDef[] = [microsoftEmissions, microsoftCountries];
