/**
 * Campaigns: the list (`#/campaigns`, with `#/campaigns/new` opening the new campaign form) and
 * one campaign's detail (`#/campaigns/<id>`).
 */
import { CampaignDetail } from './CampaignDetail.tsx';
import { CampaignList } from './CampaignList.tsx';
import './campaigns.css';

export function CampaignsScreen({ openId }: { openId?: string }) {
  if (openId && openId !== 'new') return <CampaignDetail key={openId} campaignId={openId} />;
  return <CampaignList creating={openId === 'new'} />;
}
