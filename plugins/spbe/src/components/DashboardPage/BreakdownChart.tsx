import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useNavigate } from 'react-router-dom';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CountRow } from '@internal/plugin-spbe-common';
import { topRows } from '../../lib/dashboardFigures';
import { entityPath, refName } from '../../lib/entityRefs';
import { shortAgencyName } from '../../lib/shortAgencyName';
import Typography from '@material-ui/core/Typography';
import { useEntityTitles } from '../../hooks/useEntityTitles';
import { spbeTranslationRef } from '../../translations';

/** Axis labels longer than this are cut with an ellipsis; the tooltip and the table keep the full name. */
const MAX_TICK_CHARS = 30;

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/**
 * A horizontal bar chart of a breakdown (top rows, the rest as "other"),
 * with the same figures as a table for screen readers and keyboard users;
 * rows that are entities link to them.
 */
export function BreakdownChart(props: {
  title: string;
  rows: CountRow[];
  top?: number;
  testId: string;
  entityRows?: boolean;
  /** The label of the row without a value (key `-`), e.g. "no coordinator". */
  noneLabel?: string;
}) {
  const { t } = useTranslationRef(spbeTranslationRef);
  const navigate = useNavigate();
  const other = t('dashboard.other');
  const rows = topRows(props.rows, props.top ?? 10, other);
  const isEntity = (key: string) => Boolean(props.entityRows) && key !== other && key !== '-';
  const titles = useEntityTitles(rows.filter(r => isEntity(r.key)).map(r => r.key));
  const data = rows.map(r => {
    let label = r.key;
    if (r.key === '-') label = props.noneLabel ?? '-';
    else if (isEntity(r.key)) label = titles.get(r.key) ?? refName(r.key);
    return { ...r, label };
  });
  // The rest ("other") is often larger than every top row together: it is
  // listed in the table and the caption, not drawn, so the top rows stay readable.
  const drawn = data.filter(r => r.key !== other);
  const rest = data.find(r => r.key === other)?.count ?? 0;
  const open = (key: string) => {
    if (isEntity(key)) navigate(entityPath(key));
  };
  return (
    <InfoCard title={props.title}>
      <div data-testid={props.testId}>
        <ResponsiveContainer width="100%" height={Math.max(160, drawn.length * 32)}>
          <BarChart data={drawn} layout="vertical" margin={{ left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="label"
              width={200}
              interval={0}
              tick={{ fontSize: 12 }}
              tickFormatter={(label: string) =>
                shorten(props.entityRows ? shortAgencyName(label) : label, MAX_TICK_CHARS)
              }
            />
            <Tooltip />
            <Bar
              dataKey="count"
              name={t('dashboard.applications')}
              fill="#1f5493"
              onClick={(entry: { key?: string }) => entry.key && open(entry.key)}
            />
          </BarChart>
        </ResponsiveContainer>
        {rest > 0 && (
          <Typography variant="caption" color="textSecondary" component="p">
            {t('dashboard.otherCaption', { n: rest.toLocaleString('id-ID') })}
          </Typography>
        )}
        <details>
          <summary>{t('dashboard.asTable')}</summary>
          <table>
            <tbody>
              {data.map(r => (
                <tr key={r.key}>
                  <td>
                    {isEntity(r.key) ? (
                      <a href={entityPath(r.key)}>{r.label}</a>
                    ) : (
                      r.label
                    )}
                  </td>
                  <td>{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </InfoCard>
  );
}
