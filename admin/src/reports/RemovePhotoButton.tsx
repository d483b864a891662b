import HideImageIcon from '@mui/icons-material/HideImage';
import { useDataProvider, useRecordContext, useRefresh } from 'react-admin';
import { ActionDialogButton } from '../components/ActionDialogButton';
import type { ModerationDataProvider } from '../dataProvider';
import type { ReportRecord } from '../types';

/** Removes the reported photo from the creator's profile and deletes its files; audited by the API. */
export function RemovePhotoButton() {
  const report = useRecordContext<ReportRecord>();
  const dataProvider = useDataProvider<ModerationDataProvider>();
  const refresh = useRefresh();
  if (!report?.photo || report.photoRemoved) return null;
  const photoId = report.photo.id;
  return (
    <ActionDialogButton
      label="Remove photo"
      icon={<HideImageIcon />}
      color="error"
      title="Remove this photo?"
      description={`Takes the photo off ${report.reportedAccountName}’s profile and deletes its files. Say why; it goes into the audit log.`}
      textLabel="Reason"
      confirmLabel="Remove photo"
      onConfirm={async ({ text }) => {
        await dataProvider.removePhoto(photoId, text);
        refresh();
        return 'Photo removed';
      }}
    />
  );
}
