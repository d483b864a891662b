import type * as DiceBearCore from '@dicebear/core' with { 'resolution-mode': 'import' };
import type * as Avataaars from '@dicebear/avataaars' with { 'resolution-mode': 'import' };
import { loadSharp } from './sharp';

export interface DemoPortraitOptions {
  /** Side of the square PNG in pixels; 640 by default. */
  size?: number;
  /** Hair and facial hair drawn from feminine or masculine sets; both when unset. */
  presentation?: 'feminine' | 'masculine';
}

// Styles picked for a friendly directory: natural skin and hair colours, calm expressions, no eye patches,
// hats or slogans. The avataaars design (Pablo Stanley) is free for personal and commercial use.
const FEMININE_TOPS = [
  'bob',
  'bun',
  'curly',
  'curvy',
  'bigHair',
  'frida',
  'fro',
  'froBand',
  'longButNotTooLong',
  'miaWallace',
  'straight01',
  'straight02',
  'straightAndStrand',
];
const MASCULINE_TOPS = [
  'dreads01',
  'dreads02',
  'frizzle',
  'shaggy',
  'shortCurly',
  'shortFlat',
  'shortRound',
  'shortWaved',
  'sides',
  'theCaesar',
  'theCaesarAndSidePart',
];
const BACKGROUNDS = ['f4d6cc', 'e9d5f5', 'd3e4f7', 'd8f0e3', 'fbe7b5', 'f7d3e0', 'cfe8ef', 'e6dccb'];

type AvataaarsOptions = DiceBearCore.StyleOptions<Avataaars.Options>;

// DiceBear 9 ships ES modules only; loaded once, on first use (the API is CommonJS).
let dicebear: Promise<[typeof DiceBearCore, typeof Avataaars]> | undefined;

/**
 * A portrait-like avatar made offline from a seed, for demo creators: the same seed gives the same PNG bytes on
 * every run (DiceBear's seeded choices, rendered by sharp's bundled librsvg; nothing is fetched). Feed the PNG
 * to the ImagePipeline like any upload, so demo photos take the same path as real ones.
 */
export async function renderDemoPortrait(seed: string, options: DemoPortraitOptions = {}): Promise<Buffer> {
  const size = options.size ?? 640;
  if (!Number.isInteger(size) || size < 64 || size > 2048) throw new RangeError('A demo portrait is 64–2048 pixels wide.');
  const tops =
    options.presentation === 'feminine' ? FEMININE_TOPS : options.presentation === 'masculine' ? MASCULINE_TOPS : [...FEMININE_TOPS, ...MASCULINE_TOPS];
  const avatarOptions = {
    seed,
    size,
    backgroundColor: BACKGROUNDS,
    backgroundType: ['gradientLinear'],
    backgroundRotation: [0, 360],
    top: tops,
    topProbability: 100,
    hairColor: ['2c1b18', '4a312c', '724133', 'a55728', 'b58143', 'd6b370', 'c93305', 'ecdcbf'],
    facialHair: ['beardLight', 'beardMedium', 'moustacheFancy'],
    facialHairProbability: options.presentation === 'feminine' ? 0 : options.presentation === 'masculine' ? 35 : 15,
    facialHairColor: ['2c1b18', '4a312c', '724133', 'a55728', 'b58143'],
    skinColor: ['614335', 'ae5d29', 'd08b5b', 'edb98a', 'ffdbb4'],
    eyes: ['default', 'happy', 'side', 'squint', 'wink'],
    eyebrows: ['default', 'defaultNatural', 'flatNatural', 'raisedExcited', 'raisedExcitedNatural', 'upDownNatural'],
    mouth: ['default', 'smile', 'twinkle', 'serious'],
    accessories: ['prescription01', 'prescription02', 'round', 'wayfarers'],
    accessoriesProbability: 12,
    clothing: ['blazerAndShirt', 'blazerAndSweater', 'collarAndSweater', 'hoodie', 'shirtCrewNeck', 'shirtScoopNeck', 'shirtVNeck'],
    clothesColor: ['262e33', '3c4f5c', '25557c', '5199e4', '65c9ff', 'a7ffc4', 'ff488e', 'ff5c5c', 'ffafb9', 'e6e6e6'],
  } as unknown as AvataaarsOptions;
  const [{ createAvatar }, style] = await (dicebear ??= Promise.all([import('@dicebear/core'), import('@dicebear/avataaars')]));
  const svg = createAvatar(style, avatarOptions).toString();
  // Fixed density and encoder settings: the rendering is a pure function of the SVG.
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg), { density: 72 }).resize(size, size).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer();
}
