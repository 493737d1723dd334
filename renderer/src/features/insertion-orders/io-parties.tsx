/** The contract's head: letterhead, the parties and the campaign band. */
import type { Contact } from '@shared/domain/model.ts';
import type { IoDocument, IoLine, IoParty } from '@shared/io/types.ts';
import type { I18n } from '@renderer/i18n/index.tsx';
/** What every part of the document is drawn from. */
export type Part = { doc: IoDocument; i18n: I18n };

/** "SIREN 123 456 789" / "SIRET …" from the number's length, else the generic label. */
function companyNumberLabel(value: string, i18n: I18n): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === value.length && digits.length === 9) return i18n.t('io.doc.siren');
  if (digits.length === value.length && digits.length === 14) return i18n.t('io.doc.siret');
  return i18n.t('io.doc.companyNumber');
}

export function Letterhead({ doc, i18n }: Part) {
  const { t, day } = i18n;
  const p = doc.publisher;
  return (
    <header className="io-head">
      <div className="io-head__publisher">
        {p.logoDataUrl ? <img className="io-head__logo" src={p.logoDataUrl} alt="" /> : null}
        <div>
          <div className="io-head__publisher-name">{p.legalName || p.name}</div>
          {p.address && <p>{p.address}</p>}
          {p.companyNumber && (
            <p>
              {companyNumberLabel(p.companyNumber, i18n)} {p.companyNumber}
            </p>
          )}
          {p.vatNumber && (
            <p>
              {t('io.doc.vatNumber')} {p.vatNumber}
            </p>
          )}
          {(p.email || p.phone) && (
            <p>
              {p.email && <span className="io-nowrap">{`${t('io.doc.email')} ${p.email}`}</span>}
              {p.email && p.phone && ' · '}
              {p.phone && <span className="io-nowrap">{`${t('io.doc.phone')} ${p.phone}`}</span>}
            </p>
          )}
        </div>
      </div>
      <div className="io-head__id">
        <h1 className="io-head__title">{t('io.doc.title')}</h1>
        <dl>
          <dt>{t('io.doc.number')}</dt>
          <dd>{doc.number}</dd>
          <dt>{t('io.doc.revision')}</dt>
          <dd>{doc.revision}</dd>
          <dt>{t('io.doc.issuedOn')}</dt>
          <dd>{day(doc.issuedOn, 'long')}</dd>
        </dl>
      </div>
    </header>
  );
}

function hasContact(contact: Contact): boolean {
  return [contact.name, contact.email, contact.phone].some((part) => part.trim() !== '');
}

export function PartyBlock({ title, party, i18n }: { title: string; party: IoParty; i18n: I18n }) {
  const { t } = i18n;
  const legal = party.legalName || party.name;
  const contacts = party.contacts
    ? (['sales', 'traffic', 'billing'] as const)
        .map((role) => ({ role, contact: party.contacts![role] }))
        .filter((c) => hasContact(c.contact))
    : [];
  return (
    <div className="io-party">
      <h2>{title}</h2>
      <div className="io-party__name">{legal}</div>
      {party.legalName && party.name && party.legalName !== party.name && (
        <div className="io-muted">{party.name}</div>
      )}
      {party.address && <p className="io-party__address">{party.address}</p>}
      {party.vatNumber && (
        <p className="io-party__ids">
          {t('io.doc.vatNumber')} {party.vatNumber}
        </p>
      )}
      {contacts.length > 0 && (
        <dl className="io-party__contacts" aria-label={t('io.doc.contacts')}>
          {contacts.map((c) => (
            <div key={c.role} style={{ display: 'contents' }}>
              <dt>{t(`io.doc.contact.${c.role}`)}</dt>
              <dd>
                {c.contact.name && <div>{c.contact.name}</div>}
                {(c.contact.email || c.contact.phone) && (
                  <div className="io-muted">
                    {c.contact.email && <span className="io-nowrap">{c.contact.email}</span>}
                    {c.contact.email && c.contact.phone && ' · '}
                    {c.contact.phone && <span className="io-nowrap">{c.contact.phone}</span>}
                  </div>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** The first and last day of the lines (null without lines). */
export function periodOf(lines: readonly IoLine[]): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const line of lines) {
    if (start === null || line.startDate < start) start = line.startDate;
    if (end === null || line.endDate > end) end = line.endDate;
  }
  return start !== null && end !== null ? { start, end } : null;
}

export function CampaignBlock({ doc, i18n }: Part) {
  const { t, dayRange } = i18n;
  const period = periodOf(doc.lines);
  return (
    <dl className="io-campaign">
      <div className="io-campaign__name">
        <dt>{t('io.doc.campaign')}</dt>
        <dd>{doc.campaign.name}</dd>
      </div>
      <div>
        <dt>{t('io.doc.period')}</dt>
        <dd>{period ? dayRange(period.start, period.end) : '—'}</dd>
      </div>
      <div>
        <dt>{t('io.doc.currency')}</dt>
        <dd>{doc.currency}</dd>
      </div>
      <div className="io-campaign__terms">
        <dt>{t('io.doc.governingTerms')}</dt>
        <dd>{doc.terms.governingTerms || '—'}</dd>
      </div>
      <div style={{ gridColumn: 'span 2' }}>
        <dt>{t('io.doc.adServer')}</dt>
        <dd>{doc.terms.adServerOfRecord || t('io.doc.adServerDefault')}</dd>
      </div>
      {doc.campaign.notes && (
        <div className="io-campaign__wide">
          <dt>{t('io.doc.remarks')}</dt>
          <dd>{doc.campaign.notes}</dd>
        </div>
      )}
    </dl>
  );
}
