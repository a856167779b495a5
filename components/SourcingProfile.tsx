import { CATEGORIES, type Category } from '../utils/attribution/types';
import { CATEGORY_GLYPH, CATEGORY_LABELS } from '../utils/categoryStyle';
import type { ClaimSummary } from '../utils/messages';
import { onRecordShare, summaryProfile } from '../utils/sourcing';
import { inkOn } from '../utils/colorContrast';
import { inkStyle } from './CategoryMarker';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

/**
 * How the article is sourced, at a glance: the number of claims, the share on the record (official, named,
 * document) against anonymous as a bar in the four category colours with glyphs and words beside it (never colour
 * alone), and the number of distinct sources.
 */
export function SourcingProfile({ claims, colors }: { claims: ClaimSummary[]; colors: Record<Category, string> }) {
  const profile = summaryProfile(claims);
  const onRecord = profile.claims - profile.counts.anonymous;
  return (
    <section class="profile" aria-label="Sourcing profile" data-testid="profile">
      <p class="profile-line">
        <span data-testid="profile-claims" data-value={profile.claims}>
          <strong>{profile.claims}</strong> {profile.claims === 1 ? 'claim' : 'claims'}
        </span>
        <span aria-hidden="true"> · </span>
        <span data-testid="profile-sources" data-value={profile.distinctSources}>
          <strong>{profile.distinctSources}</strong> {profile.distinctSources === 1 ? 'source' : 'sources'}
        </span>
      </p>
      <div class="profile-bar" aria-hidden="true">
        {CATEGORIES.filter((c) => profile.counts[c] > 0).map((category) => (
          <span
            key={category}
            class="profile-segment"
            data-category={category}
            title={`${CATEGORY_LABELS[category]}: ${profile.counts[category]}`}
            style={{ flexGrow: profile.counts[category], background: colors[category], color: inkOn(colors[category]) }}
          >
            {CATEGORY_GLYPH[category]}
          </span>
        ))}
      </div>
      <p class="profile-shares">
        <span data-testid="profile-on-record" data-value={onRecord}>
          {percent(onRecordShare(profile))} on the record ({onRecord})
        </span>
        <span data-testid="profile-anonymous" data-value={profile.counts.anonymous}>
          <span class="marker-glyph" aria-hidden="true" style={inkStyle(colors.anonymous)}>
            {CATEGORY_GLYPH.anonymous}
          </span>
          {percent(profile.anonymousShare)} anonymous ({profile.counts.anonymous})
        </span>
      </p>
    </section>
  );
}
