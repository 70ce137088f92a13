/** Every chart of the story, in story order. Add a chart here after creating its folder and its text files. */
import type { ChartDef } from './shared/scene';
import { imageEnergy } from './image-energy';
import { inferenceTasks } from './inference-tasks';
import { datacentreElectricity } from './datacentre-electricity';
import { microsoftEmissions } from './microsoft-emissions';
import { microsoftCountries } from './microsoft-countries';
import { microsoftBtg } from './microsoft-btg';
import { amazonFootprint } from './amazon-footprint';
import { amazonLeaf } from './amazon-leaf';
import { amazonNewclimate } from './amazon-newclimate';
import { googleEmissions } from './google-emissions';
import { googleDatacentreElectricity } from './google-datacentre-electricity';
import { googleRemoval } from './google-removal';
import { offsetsVsEmissions } from './offsets-vs-emissions';

export const charts: readonly ChartDef[] = [imageEnergy, inferenceTasks, datacentreElectricity, microsoftEmissions, microsoftCountries, microsoftBtg, amazonFootprint, amazonLeaf, amazonNewclimate, googleEmissions, googleDatacentreElectricity, googleRemoval, offsetsVsEmissions];
