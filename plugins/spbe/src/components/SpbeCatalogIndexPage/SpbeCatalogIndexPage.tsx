import { ComponentProps, Fragment, ReactElement } from 'react';
import { CatalogIndexPage } from '@backstage/plugin-catalog/alpha';
import { spbeCatalogColumns } from '../../columns';

type CatalogIndexPageProps = ComponentProps<typeof CatalogIndexPage>;

/** The catalog index page with the SPBE columns and the installed catalog filters. */
export function SpbeCatalogIndexPage(props: {
  filters: ReactElement[];
  pagination: CatalogIndexPageProps['pagination'];
  exportSettings?: CatalogIndexPageProps['exportSettings'];
}) {
  return (
    <CatalogIndexPage
      columns={spbeCatalogColumns}
      filters={
        <>
          {props.filters.map((filter, index) => (
            <Fragment key={index}>{filter}</Fragment>
          ))}
        </>
      }
      pagination={props.pagination}
      exportSettings={props.exportSettings}
    />
  );
}
