import type { Config } from '../../config';
import { ImagePipeline } from './image-pipeline';

export type { AcceptedFormat, ImageLimits, ImageRefusal, ImageResult, ImageUse, ImageVariant, ProcessedImage } from './image-pipeline';
export { IMMUTABLE_CACHE_CONTROL, ImagePipeline, VARIANT_WIDTHS } from './image-pipeline';
export { renderDemoPortrait, type DemoPortraitOptions } from './demo-portrait';
export { loadSharp } from './sharp';

/** The pipeline with the configured upload limits. */
export function createImagePipeline(config: Config): ImagePipeline {
  return new ImagePipeline({ maxBytes: config.IMAGE_MAX_BYTES, maxPixels: config.IMAGE_MAX_PIXELS });
}
