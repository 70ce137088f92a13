import { describe, expect, it } from 'vitest';
import { FigPropsSchema, StepPropsSchema, parseProps } from '../../src/components/props';

describe('MDX component props', () => {
  it('<Fig> rejects an unknown display unit, naming the component and the prop', () => {
    expect(() => parseProps(FigPropsSchema, { id: 'ms-t1a-fy2023', unit: 'Gt' }, 'Fig')).toThrow(/<Fig>: prop "unit"/);
  });
  it('<Fig> accepts a known unit and never defaults the locale', () => {
    expect(parseProps(FigPropsSchema, { id: 'ms-t1a-fy2023', unit: 'MtCO2e', locale: 'en' }, 'Fig').locale).toBe('en');
    expect(() => parseProps(FigPropsSchema, { id: 'ms-t1a-fy2023', unit: 'MtCO2e' }, 'Fig')).toThrow(/<Fig>: prop "locale"/);
  });
  it('<Step> rejects a step written as a string or counted from 0', () => {
    expect(() => parseProps(StepPropsSchema, { chart: 'microsoft-emissions', n: '2' }, 'Step')).toThrow(/<Step>: prop "n"/);
    expect(() => parseProps(StepPropsSchema, { chart: 'microsoft-emissions', n: 0 }, 'Step')).toThrow(/<Step>: prop "n"/);
  });
  it('<Step> rejects a chart id that is not kebab-case', () => {
    expect(() => parseProps(StepPropsSchema, { chart: 'Microsoft Emissions', n: 1 }, 'Step')).toThrow(/kebab-case/);
  });
});
