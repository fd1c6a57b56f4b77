import type { GreenApiNetwork } from '@switchboard/green-api-protocol';

/**
 * Where an instance's API and uploads go when `apiUrl`/`mediaUrl` are not configured. The first four
 * digits of the instance id name its cluster: WhatsApp `https://7103.api.green-api.com` with uploads
 * on `https://7103.media.green-api.com`; Telegram (`4100…` ids) `https://4100.api.green-api.com` for
 * both; MAX (`3100…` ids) `https://3100.api.green-api.com/v3` for both. Ids shorter than four digits
 * fall back to each network's documented default cluster.
 */
export function greenApiDefaultUrls(
  network: GreenApiNetwork,
  idInstance: string,
): {
  /** Host of the instance's API methods, e.g. `https://7103.api.green-api.com`. */
  apiUrl: string;
  /** Host of uploads (`sendFileByUpload`, `uploadFile`), e.g. `https://7103.media.green-api.com`. */
  mediaUrl: string;
} {
  const cluster = /^\d{4}/.exec(idInstance)?.[0] ?? fallbackClusters[network];
  const apiUrl = `https://${cluster}.api.green-api.com`;
  if (network === 'whatsapp') return { apiUrl, mediaUrl: `https://${cluster}.media.green-api.com` };
  if (network === 'telegram') return { apiUrl, mediaUrl: apiUrl };
  return { apiUrl: `${apiUrl}/v3`, mediaUrl: `${apiUrl}/v3` };
}

const fallbackClusters: Readonly<Record<GreenApiNetwork, string>> = {
  whatsapp: '1101',
  telegram: '4100',
  max: '3100',
};

/** The partner API's host when `partnerUrl` is not configured. */
export const greenApiPartnerUrl = 'https://api.green-api.com';
