import { StandardAdoptersPanel } from '../../features/enterprises/components/standard-adopters-panel.tsx';
import { StandardDetailPage } from '../../features/standards/pages/standard-detail-page.tsx';

// A standard's page also lists the enterprises adopting it; the two features meet here, not in each other.
export function StandardDetailRoute() {
  return (
    <StandardDetailPage
      sections={(standard) => (
        <StandardAdoptersPanel
          standardId={standard.id}
          label={standard.number ?? standard.planNumber ?? standard.titleZh}
          deleted={standard.deletedAt !== null}
        />
      )}
    />
  );
}
