// The photos module: creators' uploaded photos (table `creator_photo`), re-encoded by the image pipeline and kept
// in object storage; the profile photo's summary is written to the creators module's profile.
export { PhotoRepository, type PhotoRecord, type PhotoPurpose } from './photo.repository';
export { PhotosService, type CreatorPhotos, type UploadedPhoto } from './photos.service';
export { PhotosResolver } from './photos.resolver';
export { handlePhotoUpload, type UploadDeps } from './upload.handler';
export { MAX_GALLERY } from './photo-rules';
